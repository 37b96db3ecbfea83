/*
 * The workbench's preview, in its own script world: it takes what the task's form submits
 * (a crowd-form's taskAnswers, or a classic form's fields) and hands it to the workbench
 * instead of letting it leave, and shows a placeholder for images the offline preview does
 * not fetch. The page's own scripts cannot see this world.
 */
(function () {
  "use strict";
  var queue = [];
  var bridge = null;

  function send(payload) {
    var text = JSON.stringify(payload);
    if (bridge) { bridge.submitted(text); } else { queue.push(text); }
  }

  new QWebChannel(qt.webChannelTransport, function (channel) {
    bridge = channel.objects.preview;
    queue.splice(0).forEach(function (text) { bridge.submitted(text); });
  });

  // Listeners on window run last: the template's own submit handlers have had their say.
  window.addEventListener("crowd-form-submitted", function (event) {
    if (event.defaultPrevented) { return; }
    event.preventDefault();
    send({ kind: "crowd", taskAnswers: event.detail.taskAnswers });
  });

  window.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form || form.localName !== "form") { return; }
    var refused = event.defaultPrevented;
    event.preventDefault();
    if (refused) { return; }
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      fields.push([name, typeof value === "string" ? value : ""]);
    });
    send({ kind: "form", fields: fields });
  });

  window.addEventListener("error", function (event) {
    var image = event.target;
    if (!image || image.localName !== "img" || !image.getAttribute("src")) { return; }
    var box = document.createElement("span");
    box.className = "crowd-offline-image";
    box.textContent = "Image not fetched in the offline preview: " + image.getAttribute("src");
    box.title = image.getAttribute("alt") || "";
    image.replaceWith(box);
  }, true);
}());
