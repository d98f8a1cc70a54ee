// Active time on a self-paced module: seconds while the page is visible and in use (some input
// in the last five minutes, or a recording playing), reported for this visit every half
// minute and when the page is left. The server caps what it keeps; nothing here blocks anyone.
(function () {
    "use strict";
    var holder = document.querySelector("[data-learning-time]");
    if (!holder || !window.FormData || !window.fetch) {
        return;
    }
    var url = holder.getAttribute("data-learning-time");
    var token = holder.querySelector("input[name=csrfmiddlewaretoken]").value;
    var key = window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID() : null;
    if (!key) {
        return;  // no way to name the visit: no time kept
    }
    var IDLE_AFTER = 5 * 60 * 1000;
    var seconds = 0;
    var lastInput = Date.now();

    function playing() {
        return Array.prototype.some.call(document.querySelectorAll("audio, video"), function (m) {
            return !m.paused;
        });
    }
    function active() {
        return document.visibilityState === "visible" &&
            (Date.now() - lastInput < IDLE_AFTER || playing());
    }
    function report(leaving) {
        var body = new FormData();
        body.append("key", key);
        body.append("seconds", String(seconds));
        body.append("csrfmiddlewaretoken", token);
        if (leaving && navigator.sendBeacon) {
            navigator.sendBeacon(url, body);
        } else {
            fetch(url, {method: "POST", body: body, credentials: "same-origin"}).catch(function () {});
        }
    }
    ["scroll", "keydown", "pointerdown", "pointermove", "touchstart", "input"].forEach(function (name) {
        window.addEventListener(name, function () { lastInput = Date.now(); }, {passive: true});
    });
    window.setInterval(function () { if (active()) { seconds += 1; } }, 1000);
    window.setInterval(function () { report(false); }, 30000);
    document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "hidden") { report(true); }
    });
    window.addEventListener("pagehide", function () { report(true); });
    report(false);
}());
