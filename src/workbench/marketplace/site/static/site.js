/* The worker site's pages: local times, countdowns, the task frame and the sign-in link. */
(function () {
  "use strict";

  function words(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var secs = seconds % 60;
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return hours > 0 ? hours + ":" + two(minutes) + ":" + two(secs) : minutes + ":" + two(secs);
  }

  function localTimes() {
    Array.prototype.forEach.call(document.querySelectorAll("time[datetime]"), function (time) {
      var moment = new Date(time.getAttribute("datetime"));
      if (isNaN(moment.getTime())) { return; }
      time.title = time.textContent;
      time.textContent = moment.toLocaleString(document.documentElement.lang || [], { year: "numeric", month: "short",
        day: "numeric", hour: "2-digit", minute: "2-digit" });
    });
  }

  function expire() {
    document.body.classList.add("expired");
    var note = document.querySelector(".expired-note");
    if (note) { note.hidden = false; }
    var frame = document.getElementById("task-frame");
    if (frame) { frame.remove(); }
  }

  function countdowns() {
    var clocks = Array.prototype.map.call(
      document.querySelectorAll(".countdown[data-seconds-left]"), function (element) {
        return { element: element,
          end: Date.now() + 1000 * Number(element.getAttribute("data-seconds-left")) };
      });
    if (!clocks.length) { return; }
    function tick() {
      clocks.forEach(function (clock) {
        var left = (clock.end - Date.now()) / 1000;
        clock.element.textContent = words(left);
        clock.element.classList.toggle("urgent", left < 60);
        if (left <= 0 && clock.element.id === "time-left" && !clock.done) {
          clock.done = true;
          expire();
        }
      });
    }
    tick();
    window.setInterval(tick, 1000);
  }

  function taskFrames() {
    var frame = document.querySelector("iframe.task-frame");
    if (!frame) { return; }
    var fixed = Number(frame.getAttribute("data-height")) || 640;
    var automatic = frame.getAttribute("data-auto") === "1";
    frame.style.height = fixed + "px";
    window.addEventListener("message", function (event) {
      // Only the task frame speaks here, and it can only resize itself or say it is done.
      if (event.source !== frame.contentWindow || !event.data) { return; }
      var data = event.data;
      if (data.workbench === "height" && automatic) {
        // Exactly the page's height plus the frame's border: a page as tall as its frame
        // then reports the same height again instead of growing it.
        var height = Math.min(20000, Math.max(240, Math.ceil(Number(data.height)) + 2));
        if (height) { frame.style.height = height + "px"; }
      } else if (data.workbench === "submitted" && frame.getAttribute("data-assignment")) {
        // A participant from Prolific goes on to their next task (data-next).
        window.location.assign(frame.getAttribute("data-next") || ("/work/" +
          encodeURIComponent(frame.getAttribute("data-assignment")) + "?note=submitted"));
      }
    });
  }

  function signInLink() {
    var form = document.getElementById("sign-in-form");
    if (!form) { return; }
    // A link opened while this page is already showing changes only the fragment.
    window.addEventListener("hashchange", signInLink, { once: true });
    if (window.location.hash.length < 2) { return; }
    var token = decodeURIComponent(window.location.hash.slice(1));
    // The token leaves the address bar (and history) before anything else happens.
    window.history.replaceState(null, "", window.location.pathname);
    form.elements.token.value = token;
    form.submit();
  }

  function confirmReturn() {
    Array.prototype.forEach.call(document.querySelectorAll("form[action$='/return']"),
      function (form) {
        form.addEventListener("submit", function (event) {
          if (!window.confirm("Return this HIT? Your answers on it will be lost.")) {
            event.preventDefault();
          }
        });
      });
    Array.prototype.forEach.call(document.querySelectorAll("form.give-back"), function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm("Give your remaining tasks back? You will not get a completion " +
                            "code; return the study on Prolific.")) {
          event.preventDefault();
        }
      });
    });
  }

  function start() {
    localTimes();
    countdowns();
    taskFrames();
    signInLink();
    confirmReturn();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
