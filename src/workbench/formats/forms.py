"""Task forms made in the designer: fields, the crowd-form page they become, and back.

A design is a list of fields (instructions, text, choices, a rating scale, an image or a
link from an input column, a hidden value). ``generate_html`` turns it into a page built on
Crowd HTML Elements, whose answers MTurk delivers as one ``taskAnswers`` JSON object:

* short and long text, dropdown, hidden value: ``{"name": "text"}``
* single and multiple choice: ``{"name": {"value": true, "other": false}}``
* rating scale (a slider): ``{"name": 4}``

``design_from_html`` reads such a page back, and only when regenerating it gives the same
page: then the HTML is still the designer's own and both views can edit it.
"""

from __future__ import annotations

import html as html_lib
import re
from collections import Counter
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from workbench.domain.text import translate
from workbench.formats.html_tree import Element, inner_html, parse_html
from workbench.formats.rich_text import clean_rich_text

DESIGN_VERSION = 1
GENERATOR = "Requester Workbench template designer"
CROWD_SCRIPT = "https://assets.crowd.aws/crowd-html-elements.js"
NAME_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,63}$")
# Names MTurk or crowd-form use for themselves; an answer field must not take them.
RESERVED_NAMES = frozenset({"taskanswers", "assignmentid", "workerid", "hitid",
                            "turksubmitto"})


class FieldKind(StrEnum):
    """What a field of the designer is."""

    INSTRUCTIONS = "instructions"
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    DROPDOWN = "dropdown"
    RATING = "rating"
    IMAGE = "image"
    LINK = "link"
    HIDDEN = "hidden"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]

    @property
    def answers(self) -> bool:
        """Whether the worker's answer includes this field."""
        return self not in (FieldKind.INSTRUCTIONS, FieldKind.IMAGE, FieldKind.LINK)

    @property
    def has_choices(self) -> bool:
        return self in (FieldKind.SINGLE_CHOICE, FieldKind.MULTIPLE_CHOICE, FieldKind.DROPDOWN)


KIND_LABELS = {
    FieldKind.INSTRUCTIONS: "Instructions", FieldKind.SHORT_TEXT: "Short text",
    FieldKind.LONG_TEXT: "Long text", FieldKind.SINGLE_CHOICE: "Single choice",
    FieldKind.MULTIPLE_CHOICE: "Multiple choice", FieldKind.DROPDOWN: "Dropdown",
    FieldKind.RATING: "Rating scale", FieldKind.IMAGE: "Image",
    FieldKind.LINK: "Link", FieldKind.HIDDEN: "Hidden value",
}


@dataclass(frozen=True)
class Choice:
    """One option of a choice field: the value stored in the answer, the label shown."""

    value: str
    label: str


@dataclass(frozen=True)
class FormField:
    """One field of a design.

    ``source`` is the image address or link target (usually an input column such as
    ``${image_url}``) or a hidden field's value; ``body`` is the instructions' rich text.
    """

    kind: FieldKind
    name: str
    label: str = ""
    required: bool = False
    choices: tuple[Choice, ...] = ()
    placeholder: str = ""
    source: str = ""
    body: str = ""
    minimum: int = 1
    maximum: int = 5
    low_label: str = ""
    high_label: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.value, "name": self.name}
        defaults = FormField(self.kind, self.name)
        for key in ("label", "required", "placeholder", "source", "body", "minimum",
                    "maximum", "low_label", "high_label"):
            value = getattr(self, key)
            if value != getattr(defaults, key):
                data[key] = value
        if self.choices:
            data["choices"] = [{"value": c.value, "label": c.label} for c in self.choices]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FormField:
        choices = tuple(Choice(str(c.get("value", "")), str(c.get("label", "")))
                        for c in data.get("choices") or [] if isinstance(c, dict))
        return cls(
            kind=FieldKind(str(data.get("kind"))), name=str(data.get("name", "")),
            label=str(data.get("label", "")), required=bool(data.get("required", False)),
            choices=choices, placeholder=str(data.get("placeholder", "")),
            source=str(data.get("source", "")), body=str(data.get("body", "")),
            minimum=int(data.get("minimum", 1)), maximum=int(data.get("maximum", 5)),
            low_label=str(data.get("low_label", "")),
            high_label=str(data.get("high_label", "")))


@dataclass(frozen=True)
class FormDesign:
    """A task page as the designer holds it: a title and fields, in order."""

    title: str
    fields: tuple[FormField, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"version": DESIGN_VERSION, "title": self.title,
                "fields": [f.to_dict() for f in self.fields]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FormDesign:
        """A design saved by ``to_dict``; raises ValueError for anything else."""
        if not isinstance(data, dict) or data.get("version") != DESIGN_VERSION:
            raise ValueError("not a template design this version of the workbench can read")
        try:
            fields = tuple(FormField.from_dict(f) for f in data.get("fields") or [])
        except (TypeError, ValueError) as exc:
            raise ValueError(f"a field of the design cannot be read: {exc}") from None
        return cls(str(data.get("title", "")), fields)

    def with_fields(self, fields: list[FormField] | tuple[FormField, ...]) -> FormDesign:
        return replace(self, fields=tuple(fields))


# -- the page -----------------------------------------------------------------------------

PAGE_STYLE = """\
body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  font-size: 15px; line-height: 1.45; color: #1d2730; margin: 0; padding: 16px; }
crowd-form { display: block; max-width: 760px; margin: 0 auto; }
.wb-title { font-size: 1.45em; margin: 0 0 0.8em; }
.wb-field { margin: 0 0 1.3em; }
.wb-label { font-weight: 600; margin: 0 0 0.4em; }
.wb-instructions { background: #f4f7fa; border-left: 4px solid #3d7bd9;
  padding: 0.6em 1em; border-radius: 4px; }
.wb-instructions h2 { font-size: 1.1em; margin: 0.2em 0 0.4em; }
.wb-image img { max-width: 100%; max-height: 480px; border-radius: 4px; }
.wb-image figcaption { font-size: 0.9em; color: #5b6670; }
.wb-image figure { margin: 0; }
.wb-choices crowd-checkbox { display: block; }
.wb-select { font: inherit; padding: 5px 8px; min-width: 240px; }
.wb-scale { display: flex; justify-content: space-between; font-size: 0.85em;
  color: #5b6670; max-width: 420px; }
.wb-missing { color: #b3261e; font-weight: 600; }"""

PAGE_SCRIPT = """\
document.querySelector("crowd-form").addEventListener("submit", function (event) {
  var missing = [];
  document.querySelectorAll("[data-wb-required]").forEach(function (section) {
    var kind = section.getAttribute("data-wb-kind");
    var answered = true;
    if (kind === "single_choice" || kind === "multiple_choice") {
      answered = Array.prototype.some.call(
        section.querySelectorAll("crowd-radio-button, crowd-checkbox"),
        function (choice) { return choice.checked; });
    } else if (kind === "dropdown") {
      answered = section.querySelector("select").value !== "";
    }
    if (!answered) { missing.push(section.querySelector(".wb-label").textContent); }
  });
  var note = document.querySelector(".wb-missing");
  if (missing.length) {
    event.preventDefault();
    note.textContent = "Please answer: " + missing.join("; ");
    note.hidden = false;
  } else {
    note.hidden = true;
  }
});"""


def _attr(value: str) -> str:
    return html_lib.escape(value, quote=True)


def _text(value: str) -> str:
    return html_lib.escape(value, quote=False)


def _required(form_field: FormField) -> str:
    return " required" if form_field.required else ""


def _open(form_field: FormField, extra_class: str = "") -> str:
    classes = "wb-field" + (f" {extra_class}" if extra_class else "")
    required = ' data-wb-required="true"' if form_field.required else ""
    return (f'<section class="{classes}" data-wb-kind="{form_field.kind.value}" '
            f'data-wb-name="{_attr(form_field.name)}"{required}>')


def _label(form_field: FormField) -> str:
    return f'<p class="wb-label">{_text(form_field.label)}</p>'


def _field_html(form_field: FormField) -> list[str]:
    kind, name = form_field.kind, _attr(form_field.name)
    if kind is FieldKind.INSTRUCTIONS:
        lines = [_open(form_field, "wb-instructions")]
        if form_field.label:
            lines.append(f'<h2 class="wb-label">{_text(form_field.label)}</h2>')
        lines += [f'<div class="wb-body">{form_field.body}</div>', "</section>"]
        return lines
    if kind is FieldKind.IMAGE:
        lines = [_open(form_field, "wb-image"),
                 f'<figure><img src="{_attr(form_field.source)}" '
                 f'alt="{_attr(form_field.label)}">']
        if form_field.label:
            lines.append(f"<figcaption>{_text(form_field.label)}</figcaption>")
        return [*lines, "</figure>", "</section>"]
    if kind is FieldKind.LINK:
        return [_open(form_field, "wb-link"),
                f'<p><a href="{_attr(form_field.source)}" target="_blank" '
                f'rel="noopener noreferrer">{_text(form_field.label or form_field.source)}</a></p>',
                "</section>"]
    if kind is FieldKind.HIDDEN:
        return [_open(form_field),
                f'<input type="hidden" name="{name}" value="{_attr(form_field.source)}">',
                "</section>"]
    lines = [_open(form_field), _label(form_field)]
    hint = f' placeholder="{_attr(form_field.placeholder)}"' if form_field.placeholder else ""
    if kind is FieldKind.SHORT_TEXT:
        lines.append(f'<crowd-input name="{name}"{hint}{_required(form_field)}></crowd-input>')
    elif kind is FieldKind.LONG_TEXT:
        lines.append(f'<crowd-text-area name="{name}" rows="4"{hint}{_required(form_field)}>'
                     "</crowd-text-area>")
    elif kind is FieldKind.SINGLE_CHOICE:
        lines.append("<crowd-radio-group>")
        lines += [f'<crowd-radio-button name="{name}" value="{_attr(c.value)}">'
                  f"{_text(c.label)}</crowd-radio-button>" for c in form_field.choices]
        lines.append("</crowd-radio-group>")
    elif kind is FieldKind.MULTIPLE_CHOICE:
        lines.append('<div class="wb-choices">')
        lines += [f'<crowd-checkbox name="{name}" value="{_attr(c.value)}">'
                  f"{_text(c.label)}</crowd-checkbox>" for c in form_field.choices]
        lines.append("</div>")
    elif kind is FieldKind.DROPDOWN:
        lines.append(f'<select class="wb-select" name="{name}"{_required(form_field)}>')
        lines.append('<option value="">Choose…</option>')
        lines += [f'<option value="{_attr(c.value)}">{_text(c.label)}</option>'
                  for c in form_field.choices]
        lines.append("</select>")
    elif kind is FieldKind.RATING:
        lines.append(f'<crowd-slider name="{name}" min="{form_field.minimum}" '
                     f'max="{form_field.maximum}" step="1" pin></crowd-slider>')
        lines.append(f'<div class="wb-scale"><span>{_text(form_field.low_label)}</span>'
                     f"<span>{_text(form_field.high_label)}</span></div>")
    lines.append("</section>")
    return lines


def generate_html(design: FormDesign) -> str:
    """The task page for a design: a crowd-form whose answers arrive as MTurk delivers them."""
    title = design.title.strip() or "Task"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta name="generator" content="{GENERATOR}">',
        f"<title>{_text(title)}</title>",
        f'<script src="{CROWD_SCRIPT}"></script>',
        "<style>",
        PAGE_STYLE,
        "</style>",
        "</head>",
        "<body>",
        '<crowd-form answer-format="flatten-objects">',
        f'<h1 class="wb-title">{_text(title)}</h1>',
    ]
    for form_field in design.fields:
        lines += _field_html(form_field)
    lines += [
        '<p class="wb-missing" hidden></p>',
        "</crowd-form>",
        "<script>",
        PAGE_SCRIPT,
        "</script>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


# -- reading the designer's page back -------------------------------------------------------

_BETWEEN_TAGS = re.compile(r">\s+<")
_SPACES = re.compile(r"\s+")


def _normalised(page: str) -> str:
    return _BETWEEN_TAGS.sub("><", _SPACES.sub(" ", page.strip()))


def _choices(section: Element, tag: str) -> tuple[Choice, ...]:
    found = []
    for element in section.find_all(tag):
        if tag == "option" and not element.get("value"):
            continue  # the "Choose…" prompt of a dropdown
        found.append(Choice(element.get("value"), element.text()))
    return tuple(found)


def _int(text: str, default: int) -> int:
    try:
        return int(text)
    except ValueError:
        return default


def _read_field(source: str, section: Element) -> FormField:
    kind = FieldKind(section.get("data-wb-kind"))
    name = section.get("data-wb-name")
    required = section.get("data-wb-required") == "true"
    label_element = section.find(css_class="wb-label")
    label = label_element.text() if label_element is not None else ""
    if kind is FieldKind.INSTRUCTIONS:
        body = section.find("div", "wb-body")
        return FormField(kind, name, label, body=inner_html(source, body) if body else "")
    if kind is FieldKind.IMAGE:
        image = section.find("img")
        return FormField(kind, name, image.get("alt") if image else "",
                         source=image.get("src") if image else "")
    if kind is FieldKind.LINK:
        link = section.find("a")
        target = link.get("href") if link else ""
        text = link.text() if link else ""
        return FormField(kind, name, "" if text == target else text, source=target)
    if kind is FieldKind.HIDDEN:
        hidden = section.find("input")
        return FormField(kind, name, source=hidden.get("value") if hidden else "")
    control = next((e for e in section.elements() if e.get("name") == name), None)
    placeholder = control.get("placeholder") if control is not None else ""
    if kind is FieldKind.SINGLE_CHOICE:
        return FormField(kind, name, label, required, _choices(section, "crowd-radio-button"))
    if kind is FieldKind.MULTIPLE_CHOICE:
        return FormField(kind, name, label, required, _choices(section, "crowd-checkbox"))
    if kind is FieldKind.DROPDOWN:
        return FormField(kind, name, label, required, _choices(section, "option"))
    if kind is FieldKind.RATING:
        scale = section.find(css_class="wb-scale")
        ends = [e.text() for e in scale.child_elements()] if scale is not None else []
        ends += ["", ""]
        return FormField(kind, name, label, required,
                         minimum=_int(control.get("min") if control else "", 1),
                         maximum=_int(control.get("max") if control else "", 5),
                         low_label=ends[0], high_label=ends[1])
    return FormField(kind, name, label, required, placeholder=placeholder)


def design_from_html(page: str) -> FormDesign | None:
    """The design a page was generated from, or None unless it is exactly the designer's own."""
    if f'content="{GENERATOR}"' not in page or "data-wb-kind" not in page:
        return None
    root = parse_html(page)
    form = root.find("crowd-form")
    if form is None:
        return None
    heading = form.find("h1", "wb-title")
    title = heading.text() if heading is not None else ""
    try:
        fields = tuple(_read_field(page, s) for s in form.find_all("section", "wb-field")
                       if s.has("data-wb-kind"))
    except ValueError:
        return None
    design = FormDesign(title, fields)
    if _normalised(generate_html(design)) != _normalised(page):
        return None
    return design


# -- checking a design ----------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    """Something wrong with a template: an error stops publishing, a warning does not."""

    message: str
    severity: str = "error"  # "error" | "warning" | "info" (what the workbench does for you)
    field_index: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def name_problem(name: str) -> str | None:
    """Why a field name cannot be used, or None if it can."""
    if not name:
        return translate("FormChecks", "has no name")
    if not NAME_PATTERN.match(name):
        return translate(
            "FormChecks", "name {name} must start with a letter and hold only letters, digits, "
            "_ and - (at most 64 characters; no dots or spaces, which would split the "
            "answer's dotted names)").format(name=repr(name))
    if name.lower() in RESERVED_NAMES:
        return translate("FormChecks", "name {name} is reserved by MTurk").format(name=repr(name))
    return None


_WORD = re.compile(r"[0-9A-Za-zÀ-ɏ]+")
_NUMBERED = re.compile(r"^(.*)_([0-9]+)$")


def suggest_value(label: str) -> str:
    """An answer value for a choice label: lower case, words joined by underscores."""
    words = _WORD.findall(label.lower())
    return "_".join(words)[:60] or "option"


def unique_value(wanted: str, taken: set[str] | frozenset[str]) -> str:
    """``wanted``, or ``wanted_2``, ``wanted_3``... whichever no other option stores."""
    value, number = wanted, 2
    while value in taken:
        value, number = f"{wanted[:56]}_{number}", number + 1
    return value


def follows_label(choice: Choice) -> bool:
    """Whether an option's stored value is the one its label suggests (so it follows the
    label when the label changes), rather than one typed by hand."""
    if not choice.value:
        return True
    suggested = suggest_value(choice.label)
    numbered = _NUMBERED.match(choice.value)
    return choice.value == suggested or (numbered is not None
                                         and numbered.group(1) == suggested)


def relabel_choice(choices: tuple[Choice, ...], index: int, label: str) -> tuple[Choice, ...]:
    """The options with one relabelled: its stored value follows the new label unless it
    was set by hand, and never takes a value another option stores."""
    before = choices[index]
    value = before.value
    if follows_label(before):
        taken = {c.value for i, c in enumerate(choices) if i != index}
        value = unique_value(suggest_value(label), taken)
    return (*choices[:index], Choice(value, label), *choices[index + 1:])


def value_contradicts_label(choice: Choice) -> bool:
    """Whether a stored value reads as another word than its label (``no`` for "Wheelchair
    ramp"): the answer would say something the worker did not choose.

    Codes are left alone: numbers (a Likert 1..5) and single letters.
    """
    value_words = _WORD.findall(choice.value.lower())
    label_words = _WORD.findall(choice.label.lower())
    if not value_words or not label_words or follows_label(choice):
        return False
    if all(w.isdigit() or len(w) == 1 for w in value_words):
        return False
    # A word in common, or an abbreviation of one ("approx" for "approximately").
    return not any(v.startswith(w) or w.startswith(v) for v in value_words
                   for w in label_words if min(len(v), len(w)) >= 2 or v == w)


def check_design(design: FormDesign) -> list[Problem]:
    """What stops the design from making a usable page: names, choices, scales, sources."""
    problems: list[Problem] = []
    counts = Counter(f.name for f in design.fields if f.name)
    reported: set[str] = set()
    for index, form_field in enumerate(design.fields):
        # The kind's name is translated under the window's "FieldKind" context.
        where = translate("FormChecks", "{kind} “{field}”").format(
            kind=translate("FieldKind", form_field.kind.label),
            field=form_field.label or form_field.name)
        problem = name_problem(form_field.name)
        if problem:
            problems.append(Problem(translate("FormChecks", "{where}: {problem}").format(
                where=where, problem=problem), field_index=index))
        elif counts[form_field.name] > 1 and form_field.name not in reported:
            reported.add(form_field.name)
            problems.append(Problem(translate(
                "FormChecks", "field name {name} is used by {count} fields; each field needs "
                "its own name, or their answers would overwrite each other").format(
                    name=repr(form_field.name), count=counts[form_field.name]),
                field_index=index))
        kind = form_field.kind
        if kind.has_choices:
            if not form_field.choices:
                problems.append(Problem(translate("FormChecks", "{where} has no options")
                                        .format(where=where), field_index=index))
            values = Counter(c.value for c in form_field.choices)
            for value, count in values.items():
                if not value:
                    problems.append(Problem(translate(
                        "FormChecks", "{where}: an option has no value").format(where=where),
                        field_index=index))
                elif count > 1:
                    problems.append(Problem(translate(
                        "FormChecks", "{where}: the option value {value} is used {count} times"
                    ).format(where=where, value=repr(value), count=count), field_index=index))
                elif "." in value:
                    problems.append(Problem(translate(
                        "FormChecks", "{where}: the option value {value} contains a dot, which "
                        "would split the answer's dotted name").format(where=where,
                                                                        value=repr(value)),
                        field_index=index))
            for choice in form_field.choices:
                if value_contradicts_label(choice):
                    problems.append(Problem(translate(
                        "FormChecks", "{where}: the option “{label}” is stored as {value}, "
                        "so answers will read {answer}; change its “Stored as” if that is not "
                        "what it means").format(
                            where=where, label=choice.label, value=repr(choice.value),
                            answer=f"{form_field.name}.{choice.value}"
                            if form_field.kind is not FieldKind.DROPDOWN
                            else f"{form_field.name} = {choice.value}"),
                        "warning", index))
        if kind is FieldKind.RATING and form_field.minimum >= form_field.maximum:
            problems.append(Problem(translate(
                "FormChecks", "{where}: the scale's lowest value must be below its highest"
            ).format(where=where), field_index=index))
        if kind in (FieldKind.IMAGE, FieldKind.LINK) and not form_field.source.strip():
            problems.append(Problem(translate(
                "FormChecks", "{where} has no address; use an input column such as {example}"
            ).format(where=where, example="${image_url}"), field_index=index))
        if kind.answers and kind is not FieldKind.HIDDEN and not form_field.label.strip():
            problems.append(Problem(translate(
                "FormChecks", "{where} has no question text for workers").format(where=where),
                "warning", index))
    if not any(f.kind.answers for f in design.fields):
        problems.append(Problem(translate(
            "FormChecks", "the form asks nothing: add a field workers answer"), "warning"))
    return problems


def new_field(kind: FieldKind, taken: set[str] | frozenset[str] = frozenset()) -> FormField:
    """A field of this kind with a fresh name and sensible starting content."""
    stem = {FieldKind.SHORT_TEXT: "answer", FieldKind.LONG_TEXT: "comments",
            FieldKind.SINGLE_CHOICE: "choice", FieldKind.MULTIPLE_CHOICE: "choices",
            FieldKind.DROPDOWN: "option", FieldKind.RATING: "rating",
            FieldKind.IMAGE: "image", FieldKind.LINK: "link", FieldKind.HIDDEN: "item_id",
            FieldKind.INSTRUCTIONS: "instructions"}[kind]
    name, number = stem, 2
    while name in taken:
        name, number = f"{stem}_{number}", number + 1
    if kind is FieldKind.INSTRUCTIONS:
        return FormField(kind, name, "Instructions",
                         body=clean_rich_text("<p>Tell workers what to do, and what a good "
                                              "answer looks like.</p>"))
    if kind.has_choices:
        return FormField(kind, name, "Which one applies?", required=True, choices=(
            Choice("yes", "Yes"), Choice("no", "No"), Choice("not_sure", "Not sure")))
    if kind is FieldKind.RATING:
        return FormField(kind, name, "How would you rate it?", low_label="Poor",
                         high_label="Excellent")
    if kind is FieldKind.IMAGE:
        return FormField(kind, name, "", source="${image_url}")
    if kind is FieldKind.LINK:
        return FormField(kind, name, "Open the page", source="${url}")
    if kind is FieldKind.HIDDEN:
        return FormField(kind, name, source="${id}")
    return FormField(kind, name, "Your answer", required=kind is FieldKind.SHORT_TEXT)
