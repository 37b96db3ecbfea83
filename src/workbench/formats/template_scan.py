"""What an HTML task template asks: its placeholders, its form fields, and what is wrong.

Works on any template, the designer's or one written for MTurk by hand: ``crowd-form``
pages (answers as one ``taskAnswers`` JSON object) and classic forms that post to MTurk's
``externalSubmit`` (one answer per field). For each field it says which answer names the
workbench will store, as ``formats.answers.flatten_answers`` spells them.
"""

from __future__ import annotations

import ast
import functools
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from workbench.domain.text import QT_TRANSLATE_NOOP, translate
from workbench.formats.forms import NAME_PATTERN, Problem
from workbench.formats.html_tree import Element, parse_html
from workbench.formats.questions import QUESTION_MAX_BYTES, QuestionTooLarge, html_question
from workbench.formats.templates import (
    PLACEHOLDER_PATTERN,
    find_placeholders,
    outside,
    raw_text_spans,
    render_template,
    script_placeholders,
)

LOOSE_PLACEHOLDER = re.compile(r"\$\{([^}\n]{0,80})\}")
# Elements whose answer is a set of {value: checked} flags under their name.
FLAGGED = frozenset({"crowd-checkbox", "crowd-radio-button", "crowd-toggle-button"})
CLASSIFIERS = frozenset({"crowd-classifier", "crowd-image-classifier"})
TEXTUAL_INPUTS = frozenset({"", "text", "number", "email", "url", "tel", "date", "time",
                            "datetime-local", "month", "week", "color", "range", "search",
                            "password", "hidden"})
NOT_ANSWERS = frozenset({"submit", "button", "reset", "image", "file"})
CLASSIC_CONTROL_NAMES = frozenset({"assignmentid"})


@dataclass(frozen=True)
class DetectedField:
    """A named form field of a template and the answer names it produces."""

    name: str
    element: str
    values: tuple[str, ...]
    answer_keys: tuple[str, ...]
    line: int

    @property
    def description(self) -> str:
        if self.values:
            shown = ", ".join(self.values[:6]) + (" …" if len(self.values) > 6 else "")
            return f"{self.element} ({shown})"
        return self.element


@dataclass(frozen=True)
class TemplateScan:
    """A template read for what it asks."""

    placeholders: list[str]
    fields: list[DetectedField]
    form: str  # "crowd-form" | "classic" | "none"
    loads_crowd_script: bool
    uses_crowd_elements: bool
    loose_placeholders: list[str]
    duplicate_names: list[str]
    script_placeholders: list[str] = field(default_factory=list)  # filled if a column fits

    @property
    def answer_keys(self) -> list[str]:
        return [key for f in self.fields for key in f.answer_keys]


CHOICE_ELEMENTS = ("<input type=radio>", "<input type=checkbox>", "<select>",
                   *sorted(CLASSIFIERS))


def choice_answer_keys(page: str) -> frozenset[str]:
    """Answer names a template's own controls limit to a few choices (radio buttons, lists,
    classifiers), whatever a handful of answers would suggest."""
    return frozenset(key for found in scan_template(page).fields
                     if any(label in found.element for label in CHOICE_ELEMENTS)
                     for key in found.answer_keys)


def _categories(text: str) -> tuple[str, ...]:
    for reader in (json.loads, ast.literal_eval):
        try:
            value = reader(text)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            continue
        if isinstance(value, list | tuple):
            return tuple(str(v) for v in value)
    return ()


def _describe(element: Element, crowd: bool) -> tuple[str, str, tuple[str, ...]] | None:
    """(element label, answer shape, values) of a named control, or None if it answers nothing.

    The shape is "text", "flags" ({value: checked}), "label" (classifiers), "tool" or "choice".
    """
    tag = element.tag
    if tag in FLAGGED:
        return tag, "flags", (element.get("value") or "on",)
    if tag in CLASSIFIERS:
        return tag, "label", _categories(element.get("categories"))
    if tag in ("crowd-input", "crowd-text-area", "crowd-slider"):
        return tag, "text", ()
    if tag.startswith("crowd-"):
        return tag, "tool", ()
    if tag == "input":
        kind = element.get("type").lower()
        if kind in NOT_ANSWERS:
            return None
        if kind in ("radio", "checkbox"):
            value = element.get("value") or "on"
            return f"<input type={kind}>", "flags" if crowd else "choice", (value,)
        if kind in TEXTUAL_INPUTS:
            return f"<input type={kind or 'text'}>", "text", ()
        return None
    if tag == "select":
        values = tuple(o.get("value", o.text()) for o in element.find_all("option")
                       if o.get("value", o.text()))
        return "<select>", "text", values
    if tag == "textarea":
        return "<textarea>", "text", ()
    return None


def scan_template(page: str) -> TemplateScan:
    """The placeholders and named fields of a template, and how its form submits."""
    root = parse_html(page)
    crowd_form = root.find("crowd-form")
    form = "crowd-form" if crowd_form is not None else (
        "classic" if root.find("form") is not None else "none")
    crowd = form == "crowd-form"
    found: dict[str, list[tuple[Element, str, str, tuple[str, ...]]]] = {}
    for element in root.elements():
        name = element.get("name")
        if not name or element.tag in ("meta", "param", "a", "iframe", "map", "slot",
                                       "form", "output", "fieldset"):
            continue
        if not crowd and name.lower() in CLASSIC_CONTROL_NAMES:
            continue
        described = _describe(element, crowd)
        if described is not None:
            label, shape, values = described
            found.setdefault(name, []).append((element, label, shape, values))
    fields: list[DetectedField] = []
    duplicates: list[str] = []
    for name, uses in found.items():
        shapes = {shape for _, _, shape, _ in uses}
        labels = list(dict.fromkeys(label for _, label, _, _ in uses))
        values = tuple(dict.fromkeys(v for _, _, _, vs in uses for v in vs))
        single_valued = sum(1 for _, _, shape, _ in uses if shape in ("text", "label", "tool"))
        repeated_flags = any(n > 1 for n in Counter(
            v for _, _, shape, vs in uses if shape == "flags" for v in vs).values())
        if len(shapes) > 1 or single_valued > 1 or repeated_flags:
            duplicates.append(name)
        shape = uses[0][2]
        if shape == "flags":
            keys = tuple(f"{name}.{v}" for v in values)
        elif shape == "label":
            keys = (f"{name}.label",)
        elif shape == "tool":
            keys = (f"{name}.…",)
        else:
            keys = (name,)
        fields.append(DetectedField(name, " / ".join(labels), values, keys, uses[0][0].line))
    # ${...} inside a script or a style sheet is theirs (a JavaScript template literal).
    markup = outside(page, raw_text_spans(page))
    loose = [m.group(0) for m in LOOSE_PLACEHOLDER.finditer(markup)
             if not PLACEHOLDER_PATTERN.fullmatch(m.group(0))]
    return TemplateScan(
        placeholders=find_placeholders(page), fields=fields, form=form,
        loads_crowd_script=any("crowd-html-elements" in s.get("src")
                               for s in root.find_all("script")),
        uses_crowd_elements=any(e.tag.startswith("crowd-") for e in root.elements()),
        loose_placeholders=list(dict.fromkeys(loose)), duplicate_names=duplicates,
        script_placeholders=script_placeholders(page))


# -- what the page fetches from other sites ----------------------------------------------

# Scripts the preview and the worker site stand in for (drawn locally, offline).
STOOD_IN = (re.compile(r"^https?://assets\.crowd\.aws/crowd-html-elements\.js", re.I),
            re.compile(r"^https?://s3\.amazonaws\.com/mturk-public/externalHIT_v1\.js", re.I))


@dataclass(frozen=True)
class ExternalResource:
    """A script or style sheet the page loads from another site (a CDN's jQuery...)."""

    kind: str  # "script" | "stylesheet"
    url: str

    @property
    def host(self) -> str:
        return urlsplit(self.url if "://" in self.url else f"https:{self.url}").netloc

    @property
    def file_name(self) -> str:
        path = urlsplit(self.url if "://" in self.url else f"https:{self.url}").path
        return path.rstrip("/").rsplit("/", 1)[-1] or self.host


def external_resources(page: str) -> list[ExternalResource]:
    """The scripts and style sheets the page fetches from the network, in order (those the
    workbench draws itself, like Crowd HTML Elements, left out)."""
    found: list[ExternalResource] = []
    for element in parse_html(page).elements():
        if element.tag == "script":
            kind, url = "script", element.get("src").strip()
        elif element.tag == "link" and "stylesheet" in element.get("rel").lower().split():
            kind, url = "stylesheet", element.get("href").strip()
        else:
            continue
        remote = url.lower().startswith(("http://", "https://", "//"))
        if remote and not any(p.match(url) for p in STOOD_IN) and \
                all(r.url != url for r in found):
            found.append(ExternalResource(kind, url))
    return found


# -- MTurk's rule for a page without a form -----------------------------------------------

# MTurk's web UI put every template in this form and added the Submit button; its preview
# signal (ASSIGNMENT_ID_NOT_AVAILABLE) disabled the button as externalHIT_v1.js did. The
# action follows turkSubmitTo, so the same page submits on MTurk, its sandbox and our site.
MTURK_FORM_OPEN = (
    '<form name="mturk_form" method="post" id="mturk_form" '
    'action="https://www.mturk.com/mturk/externalSubmit">\n'
    '<input type="hidden" value="" name="assignmentId" id="assignmentId">\n')
MTURK_FORM_CLOSE = """
<p><input type="submit" id="submitButton" value="Submit"></p>
</form>
<script>
(function () {
  var params = new URLSearchParams(window.location.search);
  var form = document.getElementById("mturk_form");
  var assignment = params.get("assignmentId") || "";
  var submitTo = params.get("turkSubmitTo");
  if (submitTo) { form.action = submitTo.replace(/\\/$/, "") + "/mturk/externalSubmit"; }
  document.getElementById("assignmentId").value = assignment;
  if (assignment === "ASSIGNMENT_ID_NOT_AVAILABLE") {
    var button = document.getElementById("submitButton");
    button.disabled = true;
    button.value = "You must ACCEPT the HIT before you can submit the results.";
  }
}());
</script>
"""
CROWD_FORM_OPEN = '<crowd-form answer-format="flatten-objects">\n'
CROWD_FORM_CLOSE = "\n</crowd-form>\n"
CROWD_SCRIPT_TAG = '<script src="https://assets.crowd.aws/crowd-html-elements.js"></script>\n'


def _content_span(page: str, root: Element) -> tuple[int, int]:
    """Where the page's visible content starts and ends: the body's inside, or all that
    follows the head of a page written without a body (as MTurk's templates often are)."""
    body = root.find("body")
    if body is not None:
        return body.inner_start, max(body.inner_start, body.inner_end)
    html = root.find("html")
    start, end = (html.inner_start, max(html.inner_start, html.inner_end)) if html \
        else (0, len(page))
    head = root.find("head")
    if head is not None and 0 <= head.inner_end < end:
        after_head = page.find(">", head.inner_end)
        start = max(start, after_head + 1 if after_head >= 0 else head.inner_end)
    elif html is None:
        doctype = re.match(r"\ufeff?\s*(<!--.*?-->\s*)*<!doctype[^>]*>", page,
                           re.IGNORECASE | re.DOTALL)
        start = doctype.end() if doctype else 0
    return start, end


@functools.lru_cache(maxsize=32)
def submittable_page(page: str) -> str:
    """The page as workers get it. MTurk's rule for a template without a form: it is put in
    one, with a Submit button (a crowd-form, which adds its own, for a page of crowd-*
    elements); a page with a form of its own is left exactly as it is."""
    scan = scan_template(page)
    if scan.form != "none":
        return page
    start, end = _content_span(page, parse_html(page))
    if scan.uses_crowd_elements:
        opening = ("" if scan.loads_crowd_script else CROWD_SCRIPT_TAG) + CROWD_FORM_OPEN
        closing = CROWD_FORM_CLOSE
    else:
        opening, closing = MTURK_FORM_OPEN, MTURK_FORM_CLOSE
    return page[:start] + opening + page[start:end] + closing + page[end:]


def hit_page(template: str, row: Mapping[str, str]) -> str:
    """The page one HIT shows: the template made submittable, filled from its row."""
    return render_template(submittable_page(template), row)


def page_bytes(page: str, row: Mapping[str, str], frame_height: int = 0) -> int:
    """The size of the HTMLQuestion a row makes of the page (MTurk's limit is 64 KB)."""
    filled = {**row, **{name: row.get(name, "") for name in find_placeholders(page)}}
    try:
        return len(html_question(hit_page(page, filled), frame_height).encode("utf-8"))
    except QuestionTooLarge as exc:
        return exc.size_bytes


def check_template(page: str, columns: Sequence[str] | None = None,
                   scan: TemplateScan | None = None) -> list[Problem]:
    """What would stop the page from working: no form, clashing names, unknown placeholders.

    ``columns`` are the input's columns when an input is chosen; without them placeholders
    are not checked. Size is checked per row by the caller (``page_bytes``).
    """
    scan = scan or scan_template(page)
    problems: list[Problem] = []
    if scan.form == "none":
        problems.append(Problem(translate(
            "TemplateChecks", "the page has no form of its own: as MTurk's web UI did, workers "
            "get it inside one with a Submit button") if not scan.uses_crowd_elements
            else translate(
            "TemplateChecks", "the page has no <crowd-form>: as MTurk's web UI did, workers "
            "get it inside one, which adds the Submit button"), "info"))
    elif scan.form == "crowd-form" and not scan.loads_crowd_script:
        problems.append(Problem(translate(
            "TemplateChecks", "the page uses crowd-form but does not load the Crowd HTML "
            "Elements script; add {script}").format(
                script='<script src="https://assets.crowd.aws/crowd-html-elements.js"></script>'),
            "warning"))
    if scan.uses_crowd_elements and scan.form == "classic":
        problems.append(Problem(translate(
            "TemplateChecks", "crowd-* elements only answer inside a <crowd-form>"), "warning"))
    for name in scan.duplicate_names:
        problems.append(Problem(translate(
            "TemplateChecks", "the field name {name} is used by more than one field; their "
            "answers would overwrite each other").format(name=repr(name))))
    for detected in scan.fields:
        if not NAME_PATTERN.match(detected.name) and scan.form == "crowd-form":
            problems.append(Problem(translate(
                "TemplateChecks", "the field name {name} (line {line}) has characters that make "
                "its dotted answer names ambiguous (use letters, digits, _ and -)").format(
                    name=repr(detected.name), line=detected.line),
                "warning"))
    if not scan.fields:
        problems.append(Problem(translate(
            "TemplateChecks", "the form has no named fields: workers' answers would be empty"),
            "warning"))
    for loose in scan.loose_placeholders:
        problems.append(Problem(translate(
            "TemplateChecks", "{text} is not a placeholder (a name has letters, digits, _ . and "
            "- only); workers will see it as written").format(text=loose), "warning"))
    if columns is not None:
        known = set(columns)
        for name in scan.script_placeholders:
            if name in known:
                problems.append(Problem(translate(
                    "TemplateChecks", "a script uses {text}: like MTurk, the workbench puts "
                    "the column's value there too").format(text=f"${{{name}}}"), "info"))
        missing = [p for p in scan.placeholders if p not in known]
        if missing:
            names = ", ".join(f"${{{p}}}" for p in missing[:8])
            listed = ", ".join(columns) or translate("TemplateChecks", "none")
            if len(missing) > 8:
                message = translate(
                    "TemplateChecks", "{names} and {count} more have no column in the input "
                    "(columns: {columns})").format(names=names, count=len(missing) - 8,
                                                   columns=listed)
            elif len(missing) == 1:
                message = translate(
                    "TemplateChecks", "{names} has no column in the input (columns: {columns})"
                ).format(names=names, columns=listed)
            else:
                message = translate(
                    "TemplateChecks", "{names} have no column in the input (columns: {columns})"
                ).format(names=names, columns=listed)
            problems.append(Problem(message))
    return problems


# What the window passes as ``where`` (translated here, where it is shown).
_WHERE = (QT_TRANSLATE_NOOP("TemplateChecks", "the page"),
          QT_TRANSLATE_NOOP("TemplateChecks", "the page with the row shown"))


def size_problem(size_bytes: int, where: str = _WHERE[0]) -> Problem | None:
    """An error when a question is over MTurk's 64 KB limit."""
    if size_bytes <= QUESTION_MAX_BYTES:
        return None
    return Problem(translate(
        "TemplateChecks", "{where} is {size} KB as an HTMLQuestion; MTurk accepts at most 64 KB: "
        "host images, scripts and styles elsewhere and link to them").format(
            where=translate("TemplateChecks", where), size=f"{size_bytes / 1024:.1f}"))



def unpublishable(page: str) -> str | None:
    """Why a page cannot be published at all (it is empty), or None."""
    if not page.strip():
        return translate("TemplateChecks", "the template is empty: workers would see a blank "
                                           "page and could not answer")
    return None
