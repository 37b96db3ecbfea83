"""Qualification tests: MTurk QuestionForm documents of multiple-choice and free-text questions.

A test is built here from plain data (title, instructions, questions with their choices) into
a QuestionForm of the 2017-11-06 schema, read back from QuestionForms of either schema, and
shown as the HTML page a worker would see.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal
from xml.etree.ElementTree import Element

from workbench.domain.text import translate
from workbench.formats._xml import (
    XMLRefused,
    escape_text,
    local_name,
    namespace,
    parse_untrusted,
    strip_invalid_xml_chars,
)
from workbench.formats.questions import QUESTION_FORM_2005_NS, QUESTION_FORM_NS, QUESTION_MAX_BYTES

QuestionKind = Literal["single", "multiple", "free_text"]
MAX_IDENTIFIER = 255
MULTIPLE_STYLES = ("checkbox", "multichooser", "list")


class TestFormatError(ValueError):
    """A qualification test that cannot be read or would not be accepted; says why."""

    __test__ = False  # not a pytest test class, whatever its name


@dataclass(frozen=True)
class Choice:
    """One option of a multiple-choice question."""

    identifier: str
    text: str


@dataclass(frozen=True)
class TestQuestion:
    """A question of a test: its text (plain, or HTML when ``formatted``) and its answers."""

    __test__ = False

    identifier: str
    text: str
    kind: QuestionKind = "single"
    choices: tuple[Choice, ...] = ()
    formatted: bool = False
    required: bool = True
    display_name: str = ""
    lines: int = 3  # the size of a free-text box, as a suggestion to the worker's page

    @property
    def is_choice(self) -> bool:
        return self.kind != "free_text"


@dataclass(frozen=True)
class QualificationTest:
    """A whole test: what workers read first, then the questions."""

    title: str = ""
    instructions: str = ""
    questions: tuple[TestQuestion, ...] = ()
    instructions_formatted: bool = False
    # Parts of a test read from XML that the editor cannot show (e.g. images), in words.
    dropped: tuple[str, ...] = field(default=(), compare=False)

    def question(self, identifier: str) -> TestQuestion | None:
        return next((q for q in self.questions if q.identifier == identifier), None)


# -- building --------------------------------------------------------------------------------

def _cdata(text: str) -> str:
    # "]]>" would end the section early: split it across two sections.
    return "<![CDATA[" + strip_invalid_xml_chars(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def _content(text: str, formatted: bool, title: str = "") -> str:
    parts = [f"<Title>{escape_text(title)}</Title>"] if title.strip() else []
    if formatted and text.strip():
        parts.append(f"<FormattedContent>{_cdata(text)}</FormattedContent>")
    else:
        parts.extend(f"<Text>{escape_text(p)}</Text>" for p in _paragraphs(text))
    return "".join(parts)


def _answer_specification(question: TestQuestion) -> str:
    if question.kind == "free_text":
        lines = max(1, question.lines)
        return ("<FreeTextAnswer>"
                f"<NumberOfLinesSuggestion>{lines}</NumberOfLinesSuggestion>"
                "</FreeTextAnswer>")
    parts = ["<SelectionAnswer>"]
    if question.kind == "multiple":
        parts.append(f"<MinSelectionCount>{1 if question.required else 0}</MinSelectionCount>")
        parts.append(f"<MaxSelectionCount>{len(question.choices)}</MaxSelectionCount>")
        parts.append("<StyleSuggestion>checkbox</StyleSuggestion>")
    else:
        parts.append("<StyleSuggestion>radiobutton</StyleSuggestion>")
    parts.append("<Selections>")
    for choice in question.choices:
        parts.append("<Selection>"
                     f"<SelectionIdentifier>{escape_text(choice.identifier)}</SelectionIdentifier>"
                     f"<Text>{escape_text(choice.text)}</Text>"
                     "</Selection>")
    parts.append("</Selections></SelectionAnswer>")
    return "".join(parts)


def check_test(test: QualificationTest) -> list[str]:
    """What MTurk (or a worker) would trip over in this test; empty when it is fine."""
    problems: list[str] = []
    if not test.questions:
        problems.append(translate("QualificationTests", "the test has no questions"))
    seen: set[str] = set()
    for number, question in enumerate(test.questions, start=1):
        ident = question.identifier
        if not ident.strip():
            problems.append(translate("QualificationTests", "question {number} has no identifier"
                                      ).format(number=number))
        elif ident != ident.strip() or len(ident) > MAX_IDENTIFIER:
            problems.append(translate(
                "QualificationTests", "question {number}: the identifier {ident} must have no "
                "surrounding spaces and at most {most} characters"
            ).format(number=number, ident=repr(ident[:40]), most=MAX_IDENTIFIER))
        elif ident in seen:
            problems.append(translate(
                "QualificationTests", "question {number}: the identifier {ident} is used twice"
            ).format(number=number, ident=repr(ident)))
        seen.add(ident)
        if not question.text.strip():
            problems.append(translate(
                "QualificationTests", "question {number} ({ident}) has no text"
            ).format(number=number, ident=ident))
        if question.is_choice:
            if len(question.choices) < 2:
                problems.append(translate(
                    "QualificationTests", "question {number} ({ident}) needs at least two choices"
                ).format(number=number, ident=ident))
            choice_ids = [c.identifier for c in question.choices]
            if any(not c.strip() or c != c.strip() for c in choice_ids):
                problems.append(translate(
                    "QualificationTests", "question {number} ({ident}) has a choice without a "
                    "proper identifier").format(number=number, ident=ident))
            if len(set(choice_ids)) != len(choice_ids):
                problems.append(translate(
                    "QualificationTests",
                    "question {number} ({ident}) uses a choice identifier twice"
                ).format(number=number, ident=ident))
            if any(not c.text.strip() for c in question.choices):
                problems.append(translate(
                    "QualificationTests", "question {number} ({ident}) has a choice without text"
                ).format(number=number, ident=ident))
    return problems


def build_question_form(test: QualificationTest) -> str:
    """The test as a QuestionForm (2017-11-06 schema); TestFormatError if it is not valid."""
    problems = check_test(test)
    if problems:
        raise TestFormatError("; ".join(problems))
    parts = [f'<QuestionForm xmlns="{QUESTION_FORM_NS}">']
    if test.title.strip() or test.instructions.strip():
        parts.append("<Overview>"
                     + _content(test.instructions, test.instructions_formatted, test.title)
                     + "</Overview>")
    for question in test.questions:
        parts.append("<Question>")
        parts.append(f"<QuestionIdentifier>{escape_text(question.identifier)}"
                     "</QuestionIdentifier>")
        if question.display_name.strip():
            parts.append(f"<DisplayName>{escape_text(question.display_name)}</DisplayName>")
        parts.append(f"<IsRequired>{'true' if question.required else 'false'}</IsRequired>")
        parts.append("<QuestionContent>" + _content(question.text, question.formatted)
                     + "</QuestionContent>")
        parts.append("<AnswerSpecification>" + _answer_specification(question)
                     + "</AnswerSpecification>")
        parts.append("</Question>")
    parts.append("</QuestionForm>")
    document = "".join(parts)
    size = len(document.encode("utf-8"))
    if size > QUESTION_MAX_BYTES:
        raise TestFormatError(translate(
            "QualificationTests", "the test is {size} bytes; MTurk takes at most {most}"
        ).format(size=f"{size:,}", most=f"{QUESTION_MAX_BYTES:,}"))
    return document


# -- reading ---------------------------------------------------------------------------------

def _children(element: Element, ns: str, name: str) -> list[Element]:
    return element.findall(f"{{{ns}}}{name}")


def _read_content(element: Element | None, ns: str, dropped: list[str]
                  ) -> tuple[str, str, bool]:
    """(title, text, formatted) of a ContentType element."""
    if element is None:
        return "", "", False
    title = ""
    pieces: list[tuple[str, bool]] = []
    for child in element:
        if namespace(child.tag) != ns:
            continue
        name = local_name(child.tag)
        text = child.text or ""
        if name == "Title" and not title:
            title = text.strip()
        elif name in ("Title", "Text"):
            pieces.append((text.strip(), False))
        elif name == "FormattedContent":
            pieces.append((text.strip(), True))
        elif name == "List":
            items = [i.text or "" for i in _children(child, ns, "ListItem")]
            pieces.append(("\n".join(f"• {i.strip()}" for i in items), False))
        else:
            alt = child.findtext(f"{{{ns}}}AltText") or ""
            dropped.append(f"{name} content" + (f" ({alt.strip()})" if alt.strip() else ""))
    formatted = any(is_html for _, is_html in pieces)
    if formatted:
        text = "\n".join(t if is_html else f"<p>{html.escape(t)}</p>" for t, is_html in pieces)
    else:
        text = "\n\n".join(t for t, _ in pieces if t)
    return title, text, formatted


def _read_question(element: Element, ns: str, dropped: list[str]) -> TestQuestion:
    identifier = (element.findtext(f"{{{ns}}}QuestionIdentifier") or "").strip()
    if not identifier:
        raise TestFormatError("a Question has no QuestionIdentifier")
    _, text, formatted = _read_content(element.find(f"{{{ns}}}QuestionContent"), ns, dropped)
    required = (element.findtext(f"{{{ns}}}IsRequired") or "").strip().lower() in ("true", "1")
    display = (element.findtext(f"{{{ns}}}DisplayName") or "").strip()
    spec = element.find(f"{{{ns}}}AnswerSpecification")
    if spec is None:
        raise TestFormatError(f"question {identifier!r} has no AnswerSpecification")
    free = spec.find(f"{{{ns}}}FreeTextAnswer")
    if free is not None:
        lines_text = (free.findtext(f"{{{ns}}}NumberOfLinesSuggestion") or "3").strip()
        lines = int(lines_text) if lines_text.isdigit() else 3
        return TestQuestion(identifier, text, "free_text", (), formatted, required, display,
                            max(1, min(lines, 50)))
    selection = spec.find(f"{{{ns}}}SelectionAnswer")
    if selection is None:
        raise TestFormatError(f"question {identifier!r} asks for a file upload or another "
                              "answer a qualification test cannot score")
    style = (selection.findtext(f"{{{ns}}}StyleSuggestion") or "").strip()
    most = (selection.findtext(f"{{{ns}}}MaxSelectionCount") or "").strip()
    multiple = style in MULTIPLE_STYLES or (most.isdigit() and int(most) > 1)
    choices = []
    selections = selection.find(f"{{{ns}}}Selections")
    for item in _children(selections, ns, "Selection") if selections is not None else []:
        choice_id = (item.findtext(f"{{{ns}}}SelectionIdentifier") or "").strip()
        label = item.findtext(f"{{{ns}}}Text")
        if label is None:
            label = item.findtext(f"{{{ns}}}FormattedContent")
        if label is None:
            label = item.findtext(f"{{{ns}}}Binary/{{{ns}}}AltText") or choice_id
            dropped.append(f"an image choice of {identifier!r}")
        choices.append(Choice(choice_id, label.strip()))
    if selections is not None and selections.find(f"{{{ns}}}OtherSelection") is not None:
        dropped.append(f"the 'other' box of {identifier!r}")
    return TestQuestion(identifier, text, "multiple" if multiple else "single", tuple(choices),
                        formatted, required, display)


def parse_question_form(xml: str) -> QualificationTest:
    """A test from a QuestionForm of the 2017-11-06 or 2005-10-01 schema."""
    if len(xml.encode("utf-8", "surrogatepass")) > QUESTION_MAX_BYTES:
        raise TestFormatError(f"the test is larger than MTurk's {QUESTION_MAX_BYTES:,} bytes")
    try:
        root = parse_untrusted(xml)
    except XMLRefused as error:
        raise TestFormatError(str(error)) from None
    except ValueError as error:
        raise TestFormatError(f"not well-formed XML: {error}") from None
    ns = namespace(root.tag)
    if local_name(root.tag) != "QuestionForm" or ns not in (QUESTION_FORM_NS,
                                                             QUESTION_FORM_2005_NS):
        raise TestFormatError(f"not a QuestionForm in MTurk's namespace (the root is "
                              f"{root.tag[:120]!r})")
    dropped: list[str] = []
    title = ""
    instructions: list[str] = []
    formatted = False
    questions: list[TestQuestion] = []
    for child in root:
        name = local_name(child.tag)
        if name == "Overview":
            part_title, text, part_formatted = _read_content(child, ns, dropped)
            title = title or part_title
            if text:
                instructions.append(text)
            formatted = formatted or part_formatted
        elif name == "Question":
            questions.append(_read_question(child, ns, dropped))
    if not questions:
        raise TestFormatError("the QuestionForm has no questions")
    ids = [q.identifier for q in questions]
    if len(set(ids)) != len(ids):
        raise TestFormatError("two questions share an identifier")
    return QualificationTest(title, ("\n" if formatted else "\n\n").join(instructions),
                             tuple(questions), formatted, tuple(dropped))


# -- as a worker sees it ---------------------------------------------------------------------

def _text_html(text: str, formatted: bool) -> str:
    if formatted:
        return text
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>"
                   for p in _paragraphs(text))


def preview_html(test: QualificationTest, *, duration_text: str = "",
                 selected: Mapping[str, Sequence[str]] | None = None) -> str:
    """The test as the HTML page a worker sees (for a preview that runs no script)."""
    selected = selected or {}
    parts = ["<html><body style='font-family: sans-serif'>"]
    if test.title.strip():
        parts.append(f"<h2>{html.escape(test.title)}</h2>")
    if duration_text:
        parts.append(f"<p style='color:#555'>You have {html.escape(duration_text)} to finish "
                     "this test.</p>")
    if test.instructions.strip():
        parts.append(_text_html(test.instructions, test.instructions_formatted))
    for number, question in enumerate(test.questions, start=1):
        star = "<span style='color:#b3261e'>*</span>" if question.required else ""
        parts.append("<hr><table cellpadding='2'><tr><td valign='top'>"
                     f"<b>{number}.</b>{star}</td>"
                     f"<td>{_text_html(question.text, question.formatted)}")
        if question.kind == "free_text":
            height = 18 * max(1, question.lines)
            parts.append("<table border='1' cellspacing='0' width='90%' style='border-color:"
                         f"#999'><tr><td height='{height}'>&nbsp;</td></tr></table>")
        else:
            mark = "☐" if question.kind == "multiple" else "○"
            chosen = set(selected.get(question.identifier, ()))
            for choice in question.choices:
                sign = ("☑" if question.kind == "multiple" else "●") \
                    if choice.identifier in chosen else mark
                parts.append(f"<div>{sign}&nbsp;{html.escape(choice.text)}</div>")
        parts.append("</td></tr></table>")
    parts.append("<hr><p><i>Submit</i></p></body></html>")
    return "".join(parts)
