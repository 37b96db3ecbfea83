"""QuestionForm tests and AnswerKeys: valid against MTurk's schemas, read back, and scored."""

from __future__ import annotations

from pathlib import Path

import pytest
import xmlschema

from tests.qualifications.conftest import bird_key, bird_test
from workbench.formats.answer_keys import (
    AnswerKey,
    AnswerKeyError,
    AnswerOption,
    PercentageMapping,
    QuestionKey,
    RangeMapping,
    ScaleMapping,
    ScoreRange,
    build_answer_key,
    key_problems,
    key_warnings,
    parse_answer_key,
    qualification_value,
    score,
    score_xml,
)
from workbench.formats.answers import Answer, MalformedAnswers, answers_to_xml
from workbench.formats.qualification_tests import (
    Choice,
    QualificationTest,
    TestFormatError,
    TestQuestion,
    build_question_form,
    parse_question_form,
    preview_html,
)
from workbench.formats.questions import QUESTION_FORM_NS

Schemas = dict[str, xmlschema.XMLSchema]


def test_a_built_test_is_a_valid_2017_question_form(schemas: Schemas) -> None:
    xml = build_question_form(bird_test())
    assert QUESTION_FORM_NS in xml
    schemas["QuestionForm-2017-11-06"].validate(xml)
    assert parse_question_form(xml) == bird_test()


def test_formatted_text_and_awkward_characters_stay_valid(schemas: Schemas) -> None:
    test = QualificationTest(
        "Q&A <1>", "<p>Read <b>carefully</b>: ]]> is not the end</p>", instructions_formatted=True,
        questions=(TestQuestion("q 1", "<i>Which</i> is ≥ 3?", formatted=True,
                                choices=(Choice("x", "2 < 3 & 4"), Choice("y", "\"5\""))),))
    xml = build_question_form(test)
    schemas["QuestionForm-2017-11-06"].validate(xml)
    assert parse_question_form(xml) == test


@pytest.fixture
def answer_key_xml(schemas: Schemas) -> str:
    xml = build_answer_key(bird_key())
    schemas["AnswerKey-2005-10-01"].validate(xml)
    return xml


@pytest.mark.parametrize("mapping", [
    None, PercentageMapping(30), ScaleMapping(2.5),
    RangeMapping((ScoreRange(0, 14, 0), ScoreRange(15, 24, 50), ScoreRange(25, 30, 100)), -1)])
def test_every_value_mapping_is_valid_and_reads_back(schemas: Schemas,
                                                     mapping: object) -> None:
    key = AnswerKey(bird_key().questions, mapping)  # type: ignore[arg-type]
    xml = build_answer_key(key)
    schemas["AnswerKey-2005-10-01"].validate(xml)
    assert parse_answer_key(xml) == key


def test_the_real_mturkr_test_and_key_read_and_score(fixtures_dir: Path,
                                                     schemas: Schemas) -> None:
    test = parse_question_form((fixtures_dir / "mturkr_qualificationtest1.xml").read_text())
    key = parse_answer_key((fixtures_dir / "mturkr_answerkey1.xml").read_text())
    assert [q.identifier for q in test.questions] == ["question1", "question2", "question3"]
    assert test.questions[0].choices[2] == Choice("3", "Third Answer")
    assert test.title.startswith("Please read the following passage")
    assert key_problems(key, test) == []
    assert key.mapping == PercentageMapping(30)
    all_right = answers_to_xml({"question1": ["3"], "question2": ["1"], "question3": ["4"]})
    schemas["QuestionFormAnswers-2005-10-01"].validate(all_right)
    assert score_xml(key, all_right).value == 100
    two_right = answers_to_xml({"question1": ["3"], "question2": ["1"], "question3": ["1"]})
    result = score_xml(key, two_right)
    assert (result.summed, result.value, result.correct) == (20, 67, 2)
    # Rewritten by the editor, the old test becomes a valid 2017 form.
    schemas["QuestionForm-2017-11-06"].validate(build_question_form(test))


def answers(**picked: tuple[str, ...]) -> list[Answer]:
    return [Answer(question_id, selections=selections) for question_id, selections in
            picked.items()]


def test_partial_credit_needs_exactly_the_options_selections() -> None:
    key = bird_key()
    perfect = score(key, answers(robin=("a",), heron=("a",), corvids=("jay", "magpie", "rook")))
    assert (perfect.summed, perfect.value) == (30, 100)
    nearly = score(key, answers(robin=("a",), heron=("c",), corvids=("magpie", "jay")))
    assert [q.score for q in nearly.questions] == [10, 2, 5]
    assert (nearly.summed, nearly.value) == (17, 57)
    # One wrong pick among the right ones matches no option: no credit at all.
    wrong_extra = score(key, answers(robin=("a",), heron=("a",),
                                     corvids=("jay", "magpie", "rook", "wren")))
    assert wrong_extra.questions[2].score == 0 and not wrong_extra.questions[2].matched
    assert score(key, []).value == 0


def test_repeated_answers_cannot_try_every_option() -> None:
    key = bird_key()
    repeated = [Answer("robin", selections=("b",)), Answer("robin", selections=("a",))]
    assert score(key, repeated).questions[0].score == 0


def test_default_scores_may_penalise_a_wrong_answer() -> None:
    key = AnswerKey((QuestionKey("q", (AnswerOption(("a",), 4),), default_score=-2),))
    assert score(key, answers(q=("b",))).summed == -2
    assert score(key, answers(q=("a",))).summed == 4


def test_value_mappings_round_half_up_and_look_up_ranges() -> None:
    assert qualification_value(5, PercentageMapping(8)) == 63   # 62.5 rounds up, as MTurk says
    assert qualification_value(1, PercentageMapping(3)) == 33
    assert qualification_value(7, ScaleMapping(1.5)) == 11      # 10.5 rounds up
    ranges = RangeMapping((ScoreRange(5, 7, 5), ScoreRange(8, 10, 10)), 0)
    assert [qualification_value(s, ranges) for s in (4, 5, 7, 8, 10, 11)] == [0, 5, 5, 10, 10, 0]
    assert qualification_value(12, None) == 12


def test_keys_that_do_not_fit_the_test_are_refused_with_reasons() -> None:
    test = bird_test()
    wrong = AnswerKey((
        QuestionKey("robin", (AnswerOption(("z",), 10),)),
        QuestionKey("owl", (AnswerOption(("a",), 10),)),
        QuestionKey("why", (AnswerOption(("a",), 10),)),
        QuestionKey("heron", (AnswerOption(("a", "b"), 10),)),
    ), PercentageMapping(0))
    problems = " | ".join(key_problems(wrong, test))
    assert "'z'" in problems and "does not have" in problems
    assert "'owl', which the test does not ask" in problems
    assert "free-text question" in problems
    assert "takes one choice" in problems
    assert "maximum summed score above 0" in problems
    overlapping = AnswerKey(bird_key().questions,
                            RangeMapping((ScoreRange(0, 10, 1), ScoreRange(10, 20, 2)), 0))
    assert any("overlap" in p for p in key_problems(overlapping))
    with pytest.raises(AnswerKeyError, match="overlap"):
        build_answer_key(overlapping)


def test_warnings_for_keys_that_are_legal_but_odd() -> None:
    key = AnswerKey(bird_key().questions[:2], PercentageMapping(30))
    warnings = " | ".join(key_warnings(key, bird_test()))
    assert "'corvids' is not in the answer key" in warnings
    assert "at most 20" in warnings


@pytest.mark.parametrize(("xml", "reason"), [
    ("<QuestionForm", "not well-formed"),
    ('<!DOCTYPE x [<!ENTITY a "aaaa">]><QuestionForm/>', "refused"),
    ("<QuestionForm xmlns='urn:other'/>", "not a QuestionForm"),
    (f"<QuestionForm xmlns='{QUESTION_FORM_NS}'/>", "no questions"),
    (f"<QuestionForm xmlns='{QUESTION_FORM_NS}'><Question><QuestionIdentifier>q"
     "</QuestionIdentifier><QuestionContent><Text>t</Text></QuestionContent>"
     "<AnswerSpecification><FileUploadAnswer><MaxFileSizeInBytes>9</MaxFileSizeInBytes>"
     "<MinFileSizeInBytes>1</MinFileSizeInBytes></FileUploadAnswer></AnswerSpecification>"
     "</Question></QuestionForm>", "file upload"),
])
def test_malformed_tests_are_refused(xml: str, reason: str) -> None:
    with pytest.raises(TestFormatError, match=reason):
        parse_question_form(xml)


@pytest.mark.parametrize(("xml", "reason"), [
    ("<AnswerKey>", "not well-formed"),
    ('<!DOCTYPE x [<!ENTITY a "aaaa">]><AnswerKey/>', "refused"),
    ("<AnswerKey xmlns='urn:other'/>", "not an AnswerKey"),
    ("<AnswerKey xmlns='http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
     "2005-10-01/AnswerKey.xsd'><Question><QuestionIdentifier>q</QuestionIdentifier>"
     "<AnswerOption><SelectionIdentifier>a</SelectionIdentifier><AnswerScore>ten"
     "</AnswerScore></AnswerOption></Question></AnswerKey>", "not a whole number"),
])
def test_malformed_keys_are_refused(xml: str, reason: str) -> None:
    with pytest.raises(AnswerKeyError, match=reason):
        parse_answer_key(xml)


def test_invalid_tests_cannot_be_built() -> None:
    duplicate = QualificationTest(questions=(
        TestQuestion("q", "one?", choices=(Choice("a", "A"), Choice("b", "B"))),
        TestQuestion("q", "two?", choices=(Choice("a", "A"),))))
    with pytest.raises(TestFormatError) as refused:
        build_question_form(duplicate)
    assert "used twice" in str(refused.value) and "at least two choices" in str(refused.value)
    with pytest.raises(TestFormatError, match="no questions"):
        build_question_form(QualificationTest("Empty"))


def test_hostile_worker_answers_are_refused_before_scoring() -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
            '"&lol;&lol;&lol;">]><QuestionFormAnswers>&lol2;</QuestionFormAnswers>')
    with pytest.raises(MalformedAnswers):
        score_xml(bird_key(), bomb)


def test_the_preview_escapes_plain_text_and_marks_choices() -> None:
    test = QualificationTest("Title <script>", "Plain <b>not bold</b>", (
        TestQuestion("q", "Pick <one>", choices=(Choice("a", "A&B"), Choice("b", "C"))),))
    page = preview_html(test, duration_text="10 minutes", selected={"q": ["a"]})
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "&lt;b&gt;not bold" in page
    assert "●&nbsp;A&amp;B" in page and "○&nbsp;C" in page
    assert "10 minutes" in page
