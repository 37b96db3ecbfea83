"""The test editor's drafts: points per choice become a valid QuestionForm and AnswerKey."""

from __future__ import annotations

from pathlib import Path

import xmlschema

from tests.qualifications.conftest import bird_key, bird_test
from workbench.formats.answer_keys import parse_answer_key, score
from workbench.formats.answers import Answer
from workbench.formats.qualification_tests import parse_question_form
from workbench.services.qualification_drafts import (
    DraftChoice,
    DraftQuestion,
    DraftTest,
    build,
    check_draft,
    from_xml,
    new_question,
    to_key,
)


def colour_draft() -> DraftTest:
    draft = DraftTest("Colour screening", "Answer from what you know.")
    sky = DraftQuestion("sky", "What colour is a clear sky?", choices=[
        DraftChoice("blue", "Blue", 10), DraftChoice("cyan", "Cyan", 4),
        DraftChoice("red", "Red")])
    warm = DraftQuestion("warm", "Which are warm colours?", "multiple", [
        DraftChoice("red", "Red", correct=True), DraftChoice("orange", "Orange", correct=True),
        DraftChoice("yellow", "Yellow", correct=True), DraftChoice("blue", "Blue")],
        points=9, partial=True, default_score=-1)
    why = DraftQuestion("why", "Why is the sky blue?", "free_text", required=False)
    draft.questions = [sky, warm, why]
    return draft


def test_a_draft_builds_valid_xml_with_partial_credit(schemas: dict[str, xmlschema.XMLSchema]
                                                      ) -> None:
    draft = colour_draft()
    draft.score_automatically = False
    test_xml, key_xml = build(draft)
    assert key_xml is not None
    schemas["QuestionForm-2017-11-06"].validate(test_xml)
    schemas["AnswerKey-2005-10-01"].validate(key_xml)
    key = parse_answer_key(key_xml)
    assert key.maximum == 19 and draft.maximum() == 19
    warm = key.question("warm")
    assert warm is not None
    # Two of three correct (and no wrong one) earn two thirds; one of three, a third.
    assert {(frozenset(o.selections), o.score) for o in warm.options} == {
        (frozenset({"red", "orange", "yellow"}), 9), (frozenset({"red", "orange"}), 6),
        (frozenset({"red", "yellow"}), 6), (frozenset({"orange", "yellow"}), 6),
        (frozenset({"red"}), 3), (frozenset({"orange"}), 3), (frozenset({"yellow"}), 3)}
    result = score(key, [Answer("sky", selections=("cyan",)),
                         Answer("warm", selections=("red", "blue"))])
    assert (result.summed, result.value) == (3, 16)  # 4 - 1 of 19 points
    assert parse_question_form(test_xml).question("why") is not None


def test_problems_and_warnings_of_a_draft() -> None:
    draft = colour_draft()
    draft.questions[0].choices[1].identifier = "blue"
    draft.questions[1].choices = [DraftChoice("x", "X"), DraftChoice("y", "Y")]
    draft.duration_s = 30
    check = check_draft(draft)
    assert any("uses a choice identifier twice" in p for p in check.problems)
    assert any("at least a minute" in p for p in check.problems)
    assert any("mark the correct choices" in w for w in check.warnings)
    assert any("free text" in w for w in check.warnings)
    unscored = DraftTest(questions=[DraftQuestion("q", "Which?", choices=[
        DraftChoice("a", "A"), DraftChoice("b", "B")])])
    assert to_key(unscored) is None
    assert any("review every request" in w for w in check_draft(unscored).warnings)


def test_new_questions_get_fresh_identifiers() -> None:
    draft = DraftTest()
    draft.questions.append(new_question(draft))
    draft.questions.append(new_question(draft, "multiple"))
    draft.questions.append(new_question(draft, "free_text"))
    assert [q.identifier for q in draft.questions] == ["q1", "q2", "q3"]
    assert draft.questions[2].choices == []


def test_existing_tests_and_keys_open_in_the_editor(fixtures_dir: Path) -> None:
    test = parse_question_form((fixtures_dir / "mturkr_qualificationtest1.xml").read_text())
    key = parse_answer_key((fixtures_dir / "mturkr_answerkey1.xml").read_text())
    draft, lost = from_xml(test, key)
    assert lost == []
    assert [c.points for c in draft.questions[0].choices] == [0, 0, 10, 0]
    _test_xml, key_xml = build(draft)
    assert key_xml is not None and parse_answer_key(key_xml) == key
    # A key the editor cannot show exactly says what it simplified.
    bird, lost = from_xml(bird_test(), bird_key())
    assert lost == ["'corvids': its scoring was simplified to what the editor shows"]
    assert bird.questions[2].partial and bird.questions[2].points == 10
