/*
 * Runs first in a task page's frame. The page is the requester's, written for MTurk: it
 * reads its parameters with turkGetParam and posts its form to MTurk's /mturk/externalSubmit.
 * Here such forms go to this assignment's submit link (turkSubmitTo), a preview cannot
 * submit, and the frame tells the page around it how tall it is.
 */
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var assignmentId = params.get("assignmentId") || "";
  var preview = !assignmentId || assignmentId === "ASSIGNMENT_ID_NOT_AVAILABLE";
  var base = params.get("turkSubmitTo") || "";
  var submitTo = base ? base.replace(/\/$/, "") + "/mturk/externalSubmit" : "";

  window.turkGetParam = function (name, fallback) {
    var value = params.get(name);
    return value === null ? (fallback === undefined ? "" : fallback) : value;
  };
  window.turkSetAssignmentID = function () {
    var field = document.getElementById("assignmentId");
    if (field) { field.value = assignmentId || "ASSIGNMENT_ID_NOT_AVAILABLE"; }
  };

  function aimedAtMTurk(form) {
    var action = form.getAttribute("action") || "";
    return /\/mturk\/externalSubmit\/?$/i.test(action);
  }

  function retarget(form) {
    if (!submitTo || !aimedAtMTurk(form)) { return; }
    form.setAttribute("action", submitTo);
    form.setAttribute("method", "post");
    var field = form.querySelector("input[name=assignmentId]");
    if (!field) {
      field = document.createElement("input");
      field.type = "hidden";
      field.name = "assignmentId";
      form.appendChild(field);
    }
    field.value = assignmentId;
  }

  function notice() {
    var banner = document.getElementById("workbench-preview-notice");
    if (!banner) {
      banner = document.createElement("div");
      banner.id = "workbench-preview-notice";
      banner.setAttribute("role", "alert");
      banner.textContent = "This is a preview: accept the HIT to submit your work.";
      banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;padding:10px 16px;" +
        "background:#fff4ce;color:#3d3200;border-top:1px solid #e0c200;font:14px sans-serif;" +
        "z-index:2147483647;text-align:center";
      document.body.appendChild(banner);
    }
  }

  var nativeSubmit = HTMLFormElement.prototype.submit;
  HTMLFormElement.prototype.submit = function () {
    if (preview) { notice(); return undefined; }
    retarget(this);
    return nativeSubmit.call(this);
  };
  window.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form || form.localName !== "form") { return; }
    if (preview) {
      event.preventDefault();
      notice();
      return;
    }
    retarget(form);
  }, true);
  window.addEventListener("crowd-form-submitted", function () {
    if (preview) { notice(); }
  });

  function report() {
    // The page's own height (scrollHeight would never be less than the frame's).
    var height = document.documentElement.getBoundingClientRect().height;
    window.parent.postMessage({ workbench: "height", height: Math.ceil(height) }, "*");
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.forms, retarget);
    if (window.ResizeObserver && document.body) {
      new ResizeObserver(report).observe(document.body);
    }
    report();
  });
  window.addEventListener("load", report);
}());
