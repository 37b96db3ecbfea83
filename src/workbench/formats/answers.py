"""Worker answers: MTurk's QuestionFormAnswers XML, read defensively since workers write it."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from workbench.formats._xml import XMLRefused, escape_text, local_name, namespace, parse_untrusted
from workbench.formats.questions import QUESTION_FORM_ANSWERS_NS

ANSWERS_MAX_BYTES = 4 * 1024 * 1024
TASK_ANSWERS = "taskAnswers"
TASK_ANSWERS_MAX_DEPTH = 20
UNREADABLE_ANSWER = "(unreadable answer)"

# JSON may spell a lone UTF-16 surrogate ("\\ud800") or a NUL ("\\u0000"): valid JSON, but
# UTF-8 cannot hold the one and PostgreSQL's text refuses the other.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'


class MalformedAnswers(ValueError):
    """An answer document that cannot be read safely."""


@dataclass(frozen=True)
class Answer:
    """One answer field of an assignment, as QuestionFormAnswers carries it."""

    question_id: str
    free_text: str | None = None
    selections: tuple[str, ...] = ()
    other_text: str | None = None
    uploaded_file_key: str | None = None
    uploaded_file_size: int | None = None


def _answer_from(element: Element) -> Answer:
    question_id: str | None = None
    free_text: str | None = None
    selections: list[str] = []
    other_text: str | None = None
    file_key: str | None = None
    file_size: int | None = None
    for child in element:
        name, text = local_name(child.tag), child.text or ""
        if name == "QuestionIdentifier":
            question_id = text.strip()
        elif name == "FreeText":
            free_text = text
        elif name == "SelectionIdentifier":
            selections.append(text)
        elif name == "OtherSelectionText":
            other_text = text
        elif name == "UploadedFileKey":
            file_key = text.strip()
        elif name == "UploadedFileSizeInBytes":
            raw = text.strip()
            if not raw.isdigit():
                raise MalformedAnswers(f"uploaded file size {raw[:40]!r} is not a number")
            file_size = int(raw)
    if not question_id:
        raise MalformedAnswers("an Answer has no QuestionIdentifier")
    return Answer(question_id, free_text, tuple(selections), other_text, file_key, file_size)


def parse_answers(xml: str | bytes) -> list[Answer]:
    """The answers in a QuestionFormAnswers document; an empty document has none."""
    if len(xml) > ANSWERS_MAX_BYTES or (
        isinstance(xml, str) and len(xml.encode("utf-8", "surrogatepass")) > ANSWERS_MAX_BYTES
    ):
        raise MalformedAnswers(
            f"the answer is larger than {ANSWERS_MAX_BYTES // (1024 * 1024)} MB; refused"
        )
    if not xml.strip():
        return []
    try:
        root = parse_untrusted(xml)
    except XMLRefused as error:
        raise MalformedAnswers(str(error)) from None
    except ValueError as error:
        # Lone surrogates and similar undecodable text reach us as plain ValueErrors.
        raise MalformedAnswers(f"not well-formed XML: {error}") from None
    if local_name(root.tag) != "QuestionFormAnswers" or namespace(root.tag) not in (
        "",
        QUESTION_FORM_ANSWERS_NS,
    ):
        raise MalformedAnswers(f"not a QuestionFormAnswers document (root is {root.tag[:120]!r})")
    return [_answer_from(child) for child in root if local_name(child.tag) == "Answer"]


def _scalar_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        # JavaScript writes 5.0 as "5"; do the same.
        return str(int(value))
    return str(value)


def _compact_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _flatten_json(value: object, prefix: str, depth: int, out: dict[str, str]) -> None:
    if isinstance(value, dict) and value and depth < TASK_ANSWERS_MAX_DEPTH:
        for key, item in value.items():
            _flatten_json(item, f"{prefix}.{key}" if prefix else str(key), depth + 1, out)
    elif isinstance(value, dict | list):
        out[prefix] = _compact_json(value)
    else:
        out[prefix] = _scalar_text(value)


def _flatten_task_answers(text: str) -> dict[str, str] | None:
    """The crowd-form JSON as dotted keys, or None when it is not the shape crowd-form sends."""
    try:
        data = json.loads(text)
        if isinstance(data, list) and len(data) == 1:
            data = data[0]
        if not isinstance(data, dict):
            return None
        out: dict[str, str] = {}
        _flatten_json(data, "", 0, out)
    except (ValueError, RecursionError):
        return None
    # Such a character from a worker becomes U+FFFD, as an undecodable byte would: the rest
    # of the answer is kept, and the store, the exports and the window can all hold it.
    return {_UNSTORABLE.sub("\ufffd", key): _UNSTORABLE.sub("\ufffd", value)
            for key, value in out.items()}


def _add(out: dict[str, str], key: str, value: str) -> None:
    # A repeated field keeps every value, as MTurk joins multiple values of one field.
    out[key] = f"{out[key]}|{value}" if key in out else value


def flatten_answers(answers: Sequence[Answer]) -> dict[str, str]:
    """The answers as field -> text, crowd-form "taskAnswers" JSON spread into dotted fields."""
    out: dict[str, str] = {}
    for answer in answers:
        qid = answer.question_id
        if answer.free_text is not None:
            flat = _flatten_task_answers(answer.free_text) if qid == TASK_ANSWERS else None
            if flat is None:
                _add(out, qid, answer.free_text)
            else:
                for key, value in flat.items():
                    _add(out, key, value)
        elif answer.selections:
            _add(out, qid, "|".join(answer.selections))
            if answer.other_text is not None:
                _add(out, f"{qid}.other", answer.other_text)
        elif answer.other_text is not None:
            _add(out, qid, answer.other_text)
        elif answer.uploaded_file_key is not None:
            _add(out, qid, answer.uploaded_file_key)
        else:
            _add(out, qid, "")
    return out


def answers_to_xml(fields: Mapping[str, str | Sequence[str]]) -> str:
    """A QuestionFormAnswers document as MTurk delivers it: FreeText or SelectionIdentifiers."""
    parts = [_XML_DECLARATION, f'<QuestionFormAnswers xmlns="{QUESTION_FORM_ANSWERS_NS}">']
    for question_id, value in fields.items():
        parts.append(f"<Answer><QuestionIdentifier>{escape_text(question_id)}</QuestionIdentifier>")
        if isinstance(value, str):
            parts.append(f"<FreeText>{escape_text(value)}</FreeText>")
        elif isinstance(value, list | tuple):
            parts.extend(
                f"<SelectionIdentifier>{escape_text(str(item))}</SelectionIdentifier>"
                for item in value
            )
        else:
            parts.append(f"<FreeText>{escape_text(_scalar_text(value))}</FreeText>")
        parts.append("</Answer>")
    parts.append("</QuestionFormAnswers>")
    return "".join(parts)


def task_answers_xml(task_answers: Mapping[str, object]) -> str:
    """The answer document a crowd-form page submits: its fields as JSON in "taskAnswers"."""
    return answers_to_xml({TASK_ANSWERS: json.dumps([dict(task_answers)])})


def parse_answer_summary(xml: str, limit: int = 200) -> str:
    """A one-line "field: value; field: value" summary for tables; never raises."""
    try:
        fields = flatten_answers(parse_answers(xml))
    except Exception:
        return UNREADABLE_ANSWER
    text = "; ".join(f"{key}: {value}" for key, value in fields.items())
    text = " ".join(text.split())
    limit = max(1, limit)
    return text if len(text) <= limit else text[: limit - 1] + "…"
