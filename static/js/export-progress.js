// Follows a large export being written: asks for its progress every few seconds and shows the
// download link when it is ready. Without JavaScript the page offers a "Check again" link.
(function () {
  "use strict";
  var box = document.querySelector("[data-export-status-url]");
  if (!box) return;
  var bar = box.querySelector("progress");
  var message = box.querySelector("[data-export-message]");
  var download = document.querySelector("[data-export-download]");

  function check() {
    fetch(box.dataset.exportStatusUrl, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        bar.value = state.percent;
        bar.textContent = state.percent + "%";
        if (message.textContent !== state.message) message.textContent = state.message;
        if (state.ready) {
          download.hidden = false;
        } else if (state.status === "queued" || state.status === "running") {
          window.setTimeout(check, 3000);
        }
      })
      .catch(function () { window.setTimeout(check, 10000); });
  }
  window.setTimeout(check, 1500);
})();
