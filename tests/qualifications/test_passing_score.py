"""The passing score suggested for a qualification with a scored test fits its questions: a
worker who got 2 of 3 right (67) is not shut out by an unreachable 80."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workbench.domain.qualifications import requirement_met
from workbench.formats.answer_keys import (
    AnswerKey,
    AnswerOption,
    PercentageMapping,
    QuestionKey,
    build_answer_key,
    parse_answer_key,
    qualification_value,
)
from workbench.marketplace.local.qualifications import WorkerValue
from workbench.services.context import Workbench
from workbench.services.requirement_advice import (
    CustomType,
    custom_choice,
    suggested_passing_score,
)
from workbench.store.schema import QualificationType
from workbench.views.widgets.requirement_editor import RequirementEditor

TYPE_ID = "3BIRDSPOTTERTESTQUALIFICATION0"


def even_key(questions: int) -> str:
    return build_answer_key(AnswerKey(tuple(
        QuestionKey(f"q{n}", (AnswerOption(("a",), 1),)) for n in range(questions)),
        PercentageMapping(questions)))


def test_three_questions_suggest_67_which_two_right_answers_reach(fixtures_dir: Path) -> None:
    xml = (fixtures_dir / "mturkr_answerkey1.xml").read_text(encoding="utf-8")
    passing = suggested_passing_score(xml)
    assert passing is not None and (passing.value, passing.correct, passing.questions) == (
        67, 2, 3)
    assert passing.words() == "A score of 67 or more: at least 2 of its 3 questions right."
    key = parse_answer_key(xml)
    two_right = qualification_value(20, key.mapping)  # 10 points a question
    requirement = custom_choice(CustomType(TYPE_ID, "Bird spotter", has_test=True,
                                           answer_key_xml=xml)).default
    assert requirement == {"Comparator": "GreaterThanOrEqualTo", "IntegerValues": [67]}
    assert requirement_met(requirement, WorkerValue(True, two_right))
    assert not requirement_met(requirement, WorkerValue(True, qualification_value(10,
                                                                                  key.mapping)))


@pytest.mark.parametrize(("questions", "value", "correct"), [
    (1, 100, 1), (2, 100, 2), (3, 67, 2), (4, 75, 3), (5, 80, 4), (10, 80, 8), (12, 83, 10)])
def test_the_suggestion_is_the_attainable_score_nearest_four_fifths(
        questions: int, value: int, correct: int) -> None:
    passing = suggested_passing_score(even_key(questions))
    assert passing is not None and (passing.value, passing.correct) == (value, correct)


def test_without_an_answer_key_the_usual_80_stays() -> None:
    assert suggested_passing_score(None) is None
    assert custom_choice(CustomType(TYPE_ID, "Reviewed by hand", has_test=True)).default == {
        "Comparator": "GreaterThanOrEqualTo", "IntegerValues": [80]}


def test_the_requirement_editor_adds_the_fitting_score(qtbot: Any, wb: Workbench, account: Any,
                                                       fixtures_dir: Path) -> None:
    with wb.store.session(write=True) as session:
        session.add(QualificationType(
            account_id=account.id, qualification_type_id=TYPE_ID, name="Bird spotter",
            status="Active",
            test_xml=(fixtures_dir / "mturkr_qualificationtest1.xml").read_text("utf-8"),
            answer_key_xml=(fixtures_dir / "mturkr_answerkey1.xml").read_text("utf-8")))
    editor = RequirementEditor(wb, account=account)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: bool(editor.custom), timeout=5000)
    editor._fill_add_menu()
    action = next(a for a in editor.add_menu.actions() if a.text() == "Bird spotter")
    action.trigger()
    assert editor.requirements() == [{"QualificationTypeId": TYPE_ID,
                                      "Comparator": "GreaterThanOrEqualTo",
                                      "IntegerValues": [67], "ActionsGuarded": "Accept"}]
