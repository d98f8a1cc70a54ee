// The register on a trainer's session page: one tap marks a person without reloading the page.
// Without this script each tap is an ordinary form submission, so the register still works.
(function () {
  "use strict";
  var status = document.querySelector("[data-register-status]");

  function mark(form, button) {
    var data = new FormData(form);
    data.append("status", button.value);
    button.disabled = true;
    return fetch(form.action, {
      method: "POST",
      body: data,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { throw new Error(body.error || response.statusText); }
        return body;
      });
    }).then(function (body) {
      form.querySelectorAll("button[name=status]").forEach(function (other) {
        other.setAttribute("aria-pressed", other === button ? "true" : "false");
      });
      var person = form.closest(".register__person");
      person.querySelector("[data-register-mark]").textContent = body.label;
      status.textContent = person.querySelector(".register__name").textContent + ": " + body.label;
    }).catch(function () {
      form.submit();  // fall back to the plain form, which shows any error clearly
    }).finally(function () {
      button.disabled = false;
    });
  }

  document.querySelectorAll("form[data-register]").forEach(function (form) {
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button[name=status]");
      if (!button) { return; }
      event.preventDefault();
      mark(form, button);
    });
  });
})();
