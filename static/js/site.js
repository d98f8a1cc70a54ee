// Small enhancements; every page works without this file.
(function () {
  "use strict";
  // Move focus to a form's error summary so keyboard and screen-reader users hear it first.
  var summary = document.querySelector("[data-focus-on-load]");
  if (summary) {
    summary.focus();
  }
  // A "Print this list" button, shown only where it works (printing is the browser's own
  // command without this file).
  var printButton = document.querySelector("[data-print]");
  if (printButton && window.print) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
})();
