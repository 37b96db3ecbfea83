/*
 * Crowd HTML Elements, offline: a plain rendering of crowd-form and its elements for pages
 * shown where https://assets.crowd.aws/crowd-html-elements.js cannot load (the workbench's
 * preview, which never reaches the network, and the local marketplace's worker site).
 *
 * It builds the answer exactly as crowd-form does: one object, sent as the JSON array
 * [object] in a field named "taskAnswers". Text elements give their text, sliders a number,
 * check boxes and radio buttons {name: {value: checked}}, classifiers {name: {label: ...}}.
 *
 * On submit, crowd-form fires a cancelable "submit" event (templates validate there), then a
 * cancelable "crowd-form-submitted" event whose detail is {taskAnswers: "[...]"}. If nobody
 * cancels that, the answer is posted as MTurk's crowd-form would post it: to the form's
 * action, or to turkSubmitTo + "/mturk/externalSubmit", with the assignmentId of the URL.
 * Classic pages get turkGetParam and turkSetAssignmentID (of externalHIT_v1.js) as well.
 */
(function () {
  "use strict";
  if (!window.customElements || window.customElements.get("crowd-form")) {
    return;
  }

  var PAGE_CSS = [
    "crowd-form { display: block; }",
    "crowd-radio-group, crowd-input, crowd-text-area, crowd-slider, crowd-classifier,",
    "crowd-image-classifier, crowd-instructions, crowd-alert, crowd-card { display: block;",
    "  margin: 0.4em 0; }",
    "crowd-radio-button, crowd-checkbox, crowd-toggle-button { display: block;",
    "  margin: 0.15em 0; }",
    "crowd-button { display: inline-block; }",
    "short-instructions, full-instructions, classification-target, short-summary,",
    "detailed-instructions, positive-example, negative-example { display: block; }",
    ".crowd-offline-image { display: flex; align-items: center; justify-content: center;",
    "  width: 100%; max-width: 480px; min-height: 160px; border: 1px dashed #8a94a0;",
    "  border-radius: 6px; background: #eef1f4; color: #4a5560; font: 12px sans-serif;",
    "  padding: 12px; box-sizing: border-box; overflow-wrap: anywhere; text-align: center; }"
  ].join("\n");

  var FIELD_CSS = [
    ":host { font: inherit; color: inherit; }",
    "label.caption { display: block; font-size: 0.9em; color: #3b4650; margin: 0 0 0.2em; }",
    "input[type=text], input:not([type]), input[type=number], input[type=email],",
    "input[type=url], input[type=password], input[type=date], textarea {",
    "  box-sizing: border-box; width: 100%; padding: 6px 8px; font: inherit;",
    "  border: 1px solid #9aa5b1; border-radius: 4px; background: #fff; }",
    "input:focus, textarea:focus { outline: 2px solid #3d7bd9; outline-offset: 0; }",
    "label.choice { display: inline-flex; align-items: center; gap: 0.45em; cursor: pointer; }",
    "button { font: inherit; padding: 6px 16px; border-radius: 4px; cursor: pointer;",
    "  border: 1px solid #2f6fcc; background: #3d7bd9; color: #fff; }",
    "button.category { display: block; width: 100%; text-align: left; margin: 4px 0;",
    "  background: #fff; color: #1d2730; border-color: #9aa5b1; }",
    "button.category[aria-pressed=true] { background: #3d7bd9; color: #fff;",
    "  border-color: #2f6fcc; }",
    ".layout { display: flex; gap: 24px; align-items: flex-start; }",
    ".target { flex: 3; min-width: 0; } .side { flex: 2; min-width: 180px; }",
    "h2 { font-size: 1.15em; margin: 0 0 0.6em; }",
    ".note { font-size: 0.85em; color: #5b6670; margin: 0.4em 0; }",
    ".box { border: 1px solid #c9d1d9; border-radius: 6px; padding: 10px 12px; }",
    ".warning { border-color: #d9a400; background: #fff8e1; }",
    "details summary { cursor: pointer; color: #2f6fcc; }",
    "img { max-width: 100%; }",
    ".pin { font-size: 0.9em; margin-left: 0.6em; }"
  ].join("\n");

  function whenParsed(callback) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", callback, { once: true });
    } else {
      callback();
    }
  }

  function addPageStyle() {
    var style = document.createElement("style");
    style.setAttribute("data-crowd-offline", "");
    style.textContent = PAGE_CSS;
    (document.head || document.documentElement).appendChild(style);
  }

  function shadow(element, html) {
    var root = element.attachShadow({ mode: "open", slotAssignment: "manual" });
    root.innerHTML = "<style>" + FIELD_CSS + "</style>" + html;
    return root;
  }

  function assignChildren(slot, element, predicate) {
    var nodes = Array.prototype.filter.call(element.childNodes, predicate);
    slot.assign.apply(slot, nodes);
  }

  function isElementNamed(names) {
    return function (node) {
      return node.nodeType === 1 && names.indexOf(node.localName) >= 0;
    };
  }

  function notElementNamed(names) {
    var match = isElementNamed(names);
    return function (node) { return !match(node); };
  }

  function parseCategories(text) {
    if (!text) { return []; }
    try {
      return JSON.parse(text);
    } catch (error) {
      try {
        return JSON.parse(text.replace(/'/g, "\""));
      } catch (again) {
        return text.replace(/^\[|\]$/g, "").split(",").map(function (item) {
          return item.trim().replace(/^['"]|['"]$/g, "");
        }).filter(function (item) { return item.length > 0; });
      }
    }
  }

  function define(name, constructor) {
    if (!window.customElements.get(name)) {
      window.customElements.define(name, constructor);
    }
  }

  /* -- text ---------------------------------------------------------------------------- */

  class CrowdText extends HTMLElement {
    constructor(multiline) {
      super();
      var control = multiline ? "<textarea part='input'></textarea>"
        : "<input part='input'>";
      this._root = shadow(this, "<label class='caption' part='label'></label>" + control);
      this._control = this._root.querySelector(multiline ? "textarea" : "input");
      this._caption = this._root.querySelector("label");
      this._multiline = multiline;
    }

    connectedCallback() {
      var control = this._control;
      var label = this.getAttribute("label") || "";
      this._caption.textContent = label;
      this._caption.hidden = !label;
      ["placeholder", "maxlength", "minlength", "rows"].forEach(function (name) {
        var value = this.getAttribute(name === "maxlength" ? "max-length" : name) ||
          this.getAttribute(name);
        if (value !== null) { control.setAttribute(name, value); }
      }, this);
      if (!this._multiline && this.getAttribute("type")) {
        control.setAttribute("type", this.getAttribute("type"));
      }
      control.required = this.hasAttribute("required");
      control.disabled = this.hasAttribute("disabled");
      if (this.hasAttribute("value") && !control.value) {
        control.value = this.getAttribute("value");
      }
      if (this._multiline && !this.hasAttribute("rows")) {
        control.rows = 3;
      }
    }

    get name() { return this.getAttribute("name") || ""; }
    get value() { return this._control.value; }
    set value(text) { this._control.value = text; }
    get required() { return this.hasAttribute("required"); }
    focus() { this._control.focus(); }
  }

  class CrowdInput extends CrowdText { constructor() { super(false); } }
  class CrowdTextArea extends CrowdText { constructor() { super(true); } }

  /* -- check boxes and radio buttons ------------------------------------------------------ */

  class CrowdChoice extends HTMLElement {
    constructor(type) {
      super();
      this._root = shadow(this, "<label class='choice'><input type='" + type +
        "' part='input'><slot></slot></label>");
      this._input = this._root.querySelector("input");
      this._slot = this._root.querySelector("slot");
      var element = this;
      this._input.addEventListener("change", function () {
        element._changed();
        element.dispatchEvent(new Event("change", { bubbles: true }));
      });
    }

    connectedCallback() {
      var element = this;
      this._input.checked = this._input.checked || this.hasAttribute("checked");
      this._input.disabled = this.hasAttribute("disabled");
      whenParsed(function () {
        assignChildren(element._slot, element, function () { return true; });
      });
    }

    _changed() {}

    get name() { return this.getAttribute("name") || ""; }
    get value() { return this.getAttribute("value") || "on"; }
    get checked() { return this._input.checked; }
    set checked(on) {
      this._input.checked = !!on;
      if (on) { this._changed(); }
    }
  }

  class CrowdCheckbox extends CrowdChoice { constructor() { super("checkbox"); } }
  class CrowdToggleButton extends CrowdChoice { constructor() { super("checkbox"); } }

  class CrowdRadioButton extends CrowdChoice {
    constructor() { super("radio"); }

    _changed() {
      // One choice per group: the enclosing crowd-radio-group, else buttons of one name.
      var group = this.closest("crowd-radio-group");
      var name = this.name;
      var others = group ? group.querySelectorAll("crowd-radio-button")
        : document.querySelectorAll("crowd-radio-button[name='" + CSS.escape(name) + "']");
      Array.prototype.forEach.call(others, function (other) {
        if (other !== this && other.checked) { other._input.checked = false; }
      }, this);
    }
  }

  class CrowdRadioGroup extends HTMLElement {}

  /* -- slider ------------------------------------------------------------------------------ */

  class CrowdSlider extends HTMLElement {
    constructor() {
      super();
      this._root = shadow(this, "<label class='caption'></label><input type='range'" +
        " part='input'><span class='pin'></span>");
      this._input = this._root.querySelector("input");
      this._pin = this._root.querySelector(".pin");
      var element = this;
      this._input.addEventListener("input", function () { element._showPin(); });
    }

    connectedCallback() {
      var input = this._input;
      ["min", "max", "step"].forEach(function (name) {
        if (this.hasAttribute(name)) { input.setAttribute(name, this.getAttribute(name)); }
      }, this);
      var caption = this._root.querySelector("label");
      caption.textContent = this.getAttribute("label") || "";
      caption.hidden = !caption.textContent;
      if (this.hasAttribute("value")) { input.value = this.getAttribute("value"); }
      input.disabled = this.hasAttribute("disabled");
      this._showPin();
    }

    _showPin() {
      this._pin.textContent = this.hasAttribute("pin") ? this._input.value : "";
    }

    get name() { return this.getAttribute("name") || ""; }
    get value() { return Number(this._input.value); }
    set value(number) { this._input.value = number; this._showPin(); }
  }

  /* -- classifiers --------------------------------------------------------------------- */

  class CrowdClassifier extends HTMLElement {
    constructor() {
      super();
      this._root = shadow(this,
        "<h2 part='header'></h2><div class='layout'><div class='target'>" +
        "<slot name='target'></slot></div><div class='side'><div class='categories'></div>" +
        "<div class='note short'><slot name='short'></slot></div>" +
        "<details class='full'><summary>Full instructions</summary>" +
        "<slot name='full'></slot></details></div></div>");
      this._label = "";
    }

    connectedCallback() {
      var element = this;
      var root = this._root;
      root.querySelector("h2").textContent = this.getAttribute("header") || "";
      var box = root.querySelector(".categories");
      box.textContent = "";
      parseCategories(this.getAttribute("categories")).forEach(function (category) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "category";
        button.textContent = String(category);
        button.setAttribute("aria-pressed", "false");
        button.addEventListener("click", function () {
          element._label = String(category);
          Array.prototype.forEach.call(box.children, function (other) {
            other.setAttribute("aria-pressed", other === button ? "true" : "false");
          });
        });
        box.appendChild(button);
      });
      whenParsed(function () { element._assign(); });
    }

    _assign() {
      var root = this._root;
      var target = ["classification-target"];
      assignChildren(root.querySelector("slot[name=target]"), this, isElementNamed(target));
      assignChildren(root.querySelector("slot[name=short]"), this,
        isElementNamed(["short-instructions"]));
      assignChildren(root.querySelector("slot[name=full]"), this,
        isElementNamed(["full-instructions"]));
      root.querySelector(".full").hidden = !this.querySelector("full-instructions");
      if (this.localName === "crowd-image-classifier" && this.getAttribute("src")) {
        var image = document.createElement("img");
        image.src = this.getAttribute("src");
        image.alt = this.getAttribute("header") || "";
        var holder = root.querySelector(".target");
        holder.insertBefore(image, holder.firstChild);
      }
    }

    get name() { return this.getAttribute("name") || ""; }
    get value() { return this._label; }
  }

  class CrowdImageClassifier extends CrowdClassifier {}

  /* -- instructions, buttons and boxes -------------------------------------------------- */

  class CrowdInstructions extends HTMLElement {
    constructor() {
      super();
      this._root = shadow(this, "<details class='box'><summary></summary>" +
        "<slot name='summary'></slot><slot name='detailed'></slot>" +
        "<h2 class='positive'>Good examples</h2><slot name='positive'></slot>" +
        "<h2 class='negative'>Bad examples</h2><slot name='negative'></slot></details>");
    }

    connectedCallback() {
      var element = this;
      var root = this._root;
      root.querySelector("summary").textContent =
        this.getAttribute("link-text") || "Instructions";
      whenParsed(function () {
        var parts = [["summary", "short-summary"], ["detailed", "detailed-instructions"],
          ["positive", "positive-example"], ["negative", "negative-example"]];
        parts.forEach(function (part) {
          assignChildren(root.querySelector("slot[name=" + part[0] + "]"), element,
            isElementNamed([part[1]]));
        });
        root.querySelector(".positive").hidden = !element.querySelector("positive-example");
        root.querySelector(".negative").hidden = !element.querySelector("negative-example");
        if (!element.querySelector("short-summary, detailed-instructions")) {
          assignChildren(root.querySelector("slot[name=detailed]"), element,
            notElementNamed(["positive-example", "negative-example"]));
        }
      });
    }
  }

  class CrowdButton extends HTMLElement {
    constructor() {
      super();
      this._root = shadow(this, "<button type='button' part='button'><slot></slot></button>");
      var element = this;
      this._root.querySelector("button").addEventListener("click", function () {
        var form = element.closest("crowd-form");
        if (element.getAttribute("form-action") === "submit" && form) { form.submit(); }
      });
    }

    connectedCallback() {
      var element = this;
      whenParsed(function () {
        assignChildren(element._root.querySelector("slot"), element, function () {
          return true;
        });
      });
    }
  }

  class CrowdBox extends HTMLElement {
    constructor() {
      super();
      this._root = shadow(this, "<div class='box'><h2></h2><slot></slot></div>");
    }

    connectedCallback() {
      var element = this;
      var heading = this._root.querySelector("h2");
      heading.textContent = this.getAttribute("heading") || "";
      heading.hidden = !heading.textContent;
      if (this.localName === "crowd-alert") {
        this._root.querySelector(".box").classList.add("warning");
      }
      whenParsed(function () {
        assignChildren(element._root.querySelector("slot"), element, function () {
          return true;
        });
      });
    }
  }

  /* Annotation tools (boxes, polygons, segmentation, entities...) need the real script. */
  class CrowdTool extends HTMLElement {
    constructor() {
      super();
      this._root = shadow(this, "<div class='box warning'><h2></h2><div class='picture'>" +
        "</div><p class='note'></p></div>");
    }

    connectedCallback() {
      var root = this._root;
      root.querySelector("h2").textContent = this.getAttribute("header") || this.localName;
      root.querySelector(".note").textContent = "<" + this.localName + "> is an annotation " +
        "tool of the Crowd HTML Elements script, which this offline page cannot load; " +
        "workers see the tool itself. Its answer is left empty here.";
      var picture = root.querySelector(".picture");
      picture.textContent = "";
      if (this.getAttribute("src")) {
        var image = document.createElement("img");
        image.src = this.getAttribute("src");
        image.alt = this.getAttribute("header") || "";
        picture.appendChild(image);
      }
    }

    get name() { return this.getAttribute("name") || ""; }
    get value() { return {}; }
  }

  /* -- the form ------------------------------------------------------------------------ */

  function setEntry(answers, name, key, on) {
    var entry = answers[name];
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      entry = {};
      answers[name] = entry;
    }
    entry[key] = on;
  }

  function collectAnswers(form) {
    var answers = {};
    Array.prototype.forEach.call(form.querySelectorAll("[name]"), function (element) {
      var name = element.getAttribute("name");
      var tag = element.localName;
      if (!name) { return; }
      if (tag === "crowd-input" || tag === "crowd-text-area") {
        answers[name] = element.value;
      } else if (tag === "crowd-slider") {
        answers[name] = element.value;
      } else if (tag === "crowd-checkbox" || tag === "crowd-radio-button" ||
                 tag === "crowd-toggle-button") {
        setEntry(answers, name, element.value, element.checked);
      } else if (tag === "crowd-classifier" || tag === "crowd-image-classifier") {
        answers[name] = { label: element.value };
      } else if (tag === "input") {
        var type = (element.getAttribute("type") || "text").toLowerCase();
        if (type === "radio" || type === "checkbox") {
          setEntry(answers, name, element.value || "on", element.checked);
        } else if (["submit", "button", "reset", "image", "file"].indexOf(type) < 0) {
          answers[name] = element.value;
        }
      } else if (tag === "select") {
        answers[name] = element.multiple ? Array.prototype.map.call(
          element.selectedOptions, function (option) { return option.value; })
          : element.value;
      } else if (tag === "textarea") {
        answers[name] = element.value;
      } else if (tag.indexOf("crowd-") === 0 && element.value !== undefined) {
        answers[name] = element.value;
      }
    });
    return answers;
  }

  function missingAnswers(form) {
    var missing = [];
    Array.prototype.forEach.call(form.querySelectorAll(
      "crowd-input[required], crowd-text-area[required]"), function (element) {
      if (!String(element.value).trim()) { missing.push(element); }
    });
    Array.prototype.forEach.call(form.querySelectorAll(
      "crowd-classifier, crowd-image-classifier"), function (element) {
      if (!element.value) { missing.push(element); }
    });
    return missing;
  }

  function urlParameter(name) {
    try {
      return new URL(window.location.href).searchParams.get(name);
    } catch (error) {
      return null;
    }
  }

  class CrowdForm extends HTMLElement {
    constructor() {
      super();
      this._root = shadow(this, "<slot></slot><p class='note missing' hidden></p>" +
        "<div class='actions'><button type='button' part='submit'>Submit</button></div>");
      var element = this;
      this._root.querySelector("button").addEventListener("click", function () {
        element.submit();
      });
    }

    connectedCallback() {
      var element = this;
      whenParsed(function () {
        assignChildren(element._root.querySelector("slot"), element, function () {
          return true;
        });
        var own = element.querySelector("crowd-button[form-action=submit]");
        element._root.querySelector(".actions").hidden = !!own;
      });
    }

    submit() {
      var note = this._root.querySelector(".missing");
      var missing = missingAnswers(this);
      if (missing.length) {
        note.textContent = "Please answer every required question before submitting.";
        note.hidden = false;
        if (missing[0].focus) { missing[0].focus(); }
        return;
      }
      note.hidden = true;
      var submitting = new Event("submit", { bubbles: true, cancelable: true });
      if (!this.dispatchEvent(submitting)) { return; }
      var detail = { taskAnswers: JSON.stringify([collectAnswers(this)]) };
      var submitted = new CustomEvent("crowd-form-submitted",
        { bubbles: true, cancelable: true, detail: detail });
      if (!this.dispatchEvent(submitted)) { return; }
      this._post(detail.taskAnswers);
    }

    _post(taskAnswers) {
      var target = this.getAttribute("action");
      if (!target) {
        var base = urlParameter("turkSubmitTo");
        if (!base) { return; }
        target = base.replace(/\/$/, "") + "/mturk/externalSubmit";
      }
      var form = document.createElement("form");
      form.method = "post";
      form.action = target;
      form.style.display = "none";
      [["assignmentId", urlParameter("assignmentId") || ""], ["taskAnswers", taskAnswers]]
        .forEach(function (pair) {
          var input = document.createElement("input");
          input.type = "hidden";
          input.name = pair[0];
          input.value = pair[1];
          form.appendChild(input);
        });
      document.body.appendChild(form);
      HTMLFormElement.prototype.submit.call(form);
    }
  }

  window.crowdOffline = { collectAnswers: collectAnswers, version: 1 };

  // Classic MTurk pages call these from externalHIT_v1.js, which cannot load offline either.
  if (typeof window.turkGetParam !== "function") {
    window.turkGetParam = function (name, fallback) {
      var value = urlParameter(name);
      return value === null ? (fallback === undefined ? "" : fallback) : value;
    };
  }
  if (typeof window.turkSetAssignmentID !== "function") {
    window.turkSetAssignmentID = function () {
      var field = document.getElementById("assignmentId");
      if (field) {
        field.value = window.turkGetParam("assignmentId", "ASSIGNMENT_ID_NOT_AVAILABLE");
      }
    };
  }

  define("crowd-form", CrowdForm);
  define("crowd-input", CrowdInput);
  define("crowd-text-area", CrowdTextArea);
  define("crowd-checkbox", CrowdCheckbox);
  define("crowd-toggle-button", CrowdToggleButton);
  define("crowd-radio-group", CrowdRadioGroup);
  define("crowd-radio-button", CrowdRadioButton);
  define("crowd-slider", CrowdSlider);
  define("crowd-classifier", CrowdClassifier);
  define("crowd-image-classifier", CrowdImageClassifier);
  define("crowd-instructions", CrowdInstructions);
  define("crowd-button", CrowdButton);
  define("crowd-alert", class extends CrowdBox {});
  define("crowd-card", class extends CrowdBox {});
  ["crowd-bounding-box", "crowd-polygon", "crowd-polyline", "crowd-line", "crowd-keypoint",
    "crowd-semantic-segmentation", "crowd-instance-segmentation", "crowd-entity-annotation",
    "crowd-video-frame-object-detection", "crowd-video-frame-object-tracking",
    "crowd-classifier-multi-select", "crowd-image-classifier-multi-select"]
    .forEach(function (name) {
      define(name, class extends CrowdTool {});
    });
  whenParsed(addPageStyle);
}());
