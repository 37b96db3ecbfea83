from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeElementTree

from workbench.formats.answers import (
    ANSWERS_MAX_BYTES,
    Answer,
    MalformedAnswers,
    answers_to_xml,
    flatten_answers,
    parse_answer_summary,
    parse_answers,
    task_answers_xml,
)
from workbench.formats.questions import QUESTION_FORM_ANSWERS_NS

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<QuestionFormAnswers><Answer><QuestionIdentifier>q</QuestionIdentifier>
<FreeText>&lol9;</FreeText></Answer></QuestionFormAnswers>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<QuestionFormAnswers><Answer><QuestionIdentifier>q</QuestionIdentifier>
<FreeText>&xxe;</FreeText></Answer></QuestionFormAnswers>"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE QuestionFormAnswers SYSTEM "file:///etc/passwd">
<QuestionFormAnswers><Answer><QuestionIdentifier>q</QuestionIdentifier>
<FreeText>x</FreeText></Answer></QuestionFormAnswers>"""


def _fixture_answer_documents(fixtures_dir: Path) -> list[str]:
    response = SafeElementTree.parse(str(fixtures_dir / "rturk_get_assignments_multiple.xml"))
    return [element.text or "" for element in response.iter("Answer")]


def test_parse_fixture_answers(fixtures_dir: Path) -> None:
    documents = _fixture_answer_documents(fixtures_dir)
    assert len(documents) == 3
    parsed = [parse_answers(document) for document in documents]
    tweets = [flatten_answers(answers)["tweet"] for answers in parsed]
    assert tweets == ["This is my tweet!", "Second Tweet", "Third tweet"]
    assert parsed[0] == [
        Answer("tweet", free_text="This is my tweet!"),
        Answer("Submit", free_text="Submit"),
    ]


def test_unnamespaced_answers_accepted() -> None:
    xml = (
        "<QuestionFormAnswers><Answer><QuestionIdentifier>colour</QuestionIdentifier>"
        "<SelectionIdentifier>red</SelectionIdentifier>"
        "<SelectionIdentifier>blue</SelectionIdentifier></Answer>"
        "<Answer><QuestionIdentifier>photo</QuestionIdentifier>"
        "<UploadedFileSizeInBytes>2048</UploadedFileSizeInBytes>"
        "<UploadedFileKey>abc/123.jpg</UploadedFileKey></Answer>"
        "<Answer><QuestionIdentifier>other</QuestionIdentifier>"
        "<OtherSelectionText>mauve</OtherSelectionText></Answer></QuestionFormAnswers>"
    )
    answers = parse_answers(xml)
    assert answers == [
        Answer("colour", selections=("red", "blue")),
        Answer("photo", uploaded_file_key="abc/123.jpg", uploaded_file_size=2048),
        Answer("other", other_text="mauve"),
    ]
    assert flatten_answers(answers) == {
        "colour": "red|blue",
        "photo": "abc/123.jpg",
        "other": "mauve",
    }


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD])
def test_hostile_documents_refused_fast_without_leaking(payload: str) -> None:
    started = time.perf_counter()
    with pytest.raises(MalformedAnswers) as caught:
        parse_answers(payload)
    assert time.perf_counter() - started < 1.0
    assert "root:" not in str(caught.value)
    assert "lollol" not in str(caught.value)
    assert parse_answer_summary(payload) == "(unreadable answer)"


@pytest.mark.parametrize(
    "xml",
    [
        "<QuestionFormAnswers><Answer><FreeText>no id</FreeText></Answer></QuestionFormAnswers>",
        "<QuestionFormAnswers><Answer>",
        "<Other><Answer><QuestionIdentifier>q</QuestionIdentifier></Answer></Other>",
        '<QuestionFormAnswers xmlns="urn:elsewhere"/>',
        "<QuestionFormAnswers><Answer><QuestionIdentifier>f</QuestionIdentifier>"
        "<UploadedFileSizeInBytes>big</UploadedFileSizeInBytes></Answer></QuestionFormAnswers>",
    ],
)
def test_malformed_answers_refused(xml: str) -> None:
    with pytest.raises(MalformedAnswers):
        parse_answers(xml)


def test_oversized_answer_refused() -> None:
    filler = "x" * (ANSWERS_MAX_BYTES + 1)
    with pytest.raises(MalformedAnswers, match="MB"):
        parse_answers(answers_to_xml({"essay": filler}))


def test_empty_answer_has_no_fields() -> None:
    assert parse_answers("") == []
    assert parse_answer_summary("  ") == ""


def test_crowd_form_task_answers_flattened() -> None:
    answers = parse_answers(
        task_answers_xml(
            {
                "sentiment": {"label": "Positive"},
                "ok": {"on": True},
                "q": {"option_1": True, "option_2": False},
                "rating": 4,
                "confidence": 0.75,
                "slider": 7.0,
                "note": None,
                "boxes": [{"left": 1, "top": 2}],
                "comment": "fine, thanks",
            }
        )
    )
    assert [answer.question_id for answer in answers] == ["taskAnswers"]
    assert flatten_answers(answers) == {
        "sentiment.label": "Positive",
        "ok.on": "true",
        "q.option_1": "true",
        "q.option_2": "false",
        "rating": "4",
        "confidence": "0.75",
        "slider": "7",
        "note": "",
        "boxes": '[{"left":1,"top":2}]',
        "comment": "fine, thanks",
    }


def test_task_answers_as_a_bare_object() -> None:
    answers = [Answer("taskAnswers", free_text='{"a": {"b": "c"}}')]
    assert flatten_answers(answers) == {"a.b": "c"}


@pytest.mark.parametrize(
    "text", ["not json", "[1, 2]", '"x"', "[{}, {}]", "[" * 50_000, "9" * 5000]
)
def test_odd_task_answers_kept_raw(text: str) -> None:
    assert flatten_answers([Answer("taskAnswers", free_text=text)]) == {"taskAnswers": text}


def test_deep_task_answers_capped_at_depth_twenty() -> None:
    deep: object = "bottom"
    for _ in range(40):
        deep = {"k": deep}
    flat = flatten_answers([Answer("taskAnswers", free_text=json.dumps([deep]))])
    [(key, value)] = flat.items()
    assert key == ".".join(["k"] * 20)
    assert json.loads(value) == _nest("bottom", 20)


def _nest(value: object, levels: int) -> object:
    for _ in range(levels):
        value = {"k": value}
    return value


def test_other_answers_beside_task_answers_keep_their_order() -> None:
    answers = [
        Answer("first", free_text="1"),
        Answer("taskAnswers", free_text='[{"x": "2"}]'),
        Answer("last", free_text="3"),
    ]
    assert list(flatten_answers(answers).items()) == [("first", "1"), ("x", "2"), ("last", "3")]


def test_repeated_field_keeps_every_value() -> None:
    answers = [Answer("tag", free_text="cat"), Answer("tag", free_text="dog")]
    assert flatten_answers(answers) == {"tag": "cat|dog"}


def test_answers_round_trip_through_xml() -> None:
    comment = "Çà va — 日本語 <b>&amp;</b> \"quoted\" 'single'\nline two\r\nline three"
    fields: dict[str, str | list[str]] = {
        "comment": comment,
        "tags": ["a&b", "<c>", "ü"],
        "empty": "",
        "weird id <&>": "]]> and \t tab",
    }
    xml = answers_to_xml(fields)
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8" standalone="no"?>')
    assert f'<QuestionFormAnswers xmlns="{QUESTION_FORM_ANSWERS_NS}">' in xml
    answers = parse_answers(xml)
    assert answers == [
        Answer("comment", free_text=comment),
        Answer("tags", selections=("a&b", "<c>", "ü")),
        Answer("empty", free_text=""),
        Answer("weird id <&>", free_text="]]> and \t tab"),
    ]
    assert parse_answers(xml.encode("utf-8")) == answers


def test_task_answers_xml_matches_crowd_form_shape() -> None:
    xml = task_answers_xml({"label": "Cat"})
    [answer] = parse_answers(xml)
    assert answer.question_id == "taskAnswers"
    assert json.loads(answer.free_text or "") == [{"label": "Cat"}]


def test_summary_is_one_line_and_truncated() -> None:
    xml = answers_to_xml({"tweet": "hello\nworld", "mood": ["happy", "calm"]})
    assert parse_answer_summary(xml) == "tweet: hello world; mood: happy|calm"
    summary = parse_answer_summary(answers_to_xml({"essay": "word " * 100}), limit=30)
    assert len(summary) == 30
    assert summary.endswith("…")
    assert summary.startswith("essay: word word")


def test_summary_of_garbage_never_raises() -> None:
    assert parse_answer_summary("<<<") == "(unreadable answer)"
