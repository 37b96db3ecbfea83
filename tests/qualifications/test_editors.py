"""The test editor and the type dialog, driven as a user would; the requirement editor's look."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QVBoxLayout, QWidget

from tests.qualifications.conftest import bird_key, bird_test
from workbench.domain.qualifications import APPROVAL_RATE_ID, LOCALE_ID, NUMBER_APPROVED_ID
from workbench.formats.answer_keys import build_answer_key, parse_answer_key
from workbench.formats.qualification_tests import build_question_form
from workbench.services import qualifications as quals
from workbench.services.qualification_drafts import DraftTest
from workbench.views.qualifications.preview import TestPreview, duration_words
from workbench.views.qualifications.test_editor import TestEditorDialog
from workbench.views.qualifications.type_dialog import TypeDialog
from workbench.views.widgets.requirement_editor import RequirementEditor


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def editor(qtbot: Any, draft: DraftTest | None = None) -> TestEditorDialog:
    dialog = TestEditorDialog(draft)
    qtbot.addWidget(dialog)
    return dialog


def save_button(dialog: TestEditorDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_structural_changes_undo_and_redo(qtbot: Any) -> None:
    dialog = editor(qtbot)
    assert dialog.questions.count() == 1
    dialog.add_question("multiple")
    dialog.add_question("free_text")
    assert dialog.questions.count() == 3
    dialog.questions.setCurrentRow(0)
    dialog.remove_question()
    assert [q.kind for q in dialog.draft.questions] == ["multiple", "free_text"]
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    # In a text box Ctrl+Z undoes typing; elsewhere it undoes the last structural change.
    dialog.questions.setFocus()
    qtbot.waitUntil(dialog.questions.hasFocus, timeout=2000)
    qtbot.keyClick(dialog.questions, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [q.kind for q in dialog.draft.questions] == ["single", "multiple", "free_text"]
    dialog.redo()
    assert len(dialog.draft.questions) == 2
    dialog.questions.setCurrentRow(0)
    dialog.move_question(1)
    assert [q.kind for q in dialog.draft.questions] == ["free_text", "multiple"]
    dialog.undo()
    assert [q.kind for q in dialog.draft.questions] == ["multiple", "free_text"]


def test_save_is_refused_until_the_test_is_valid(qtbot: Any) -> None:
    dialog = editor(qtbot)
    assert not save_button(dialog).isEnabled()
    assert "has no text" in dialog.messages.text()
    dialog.editor.text.setPlainText("Which is a fruit?")
    for row, text in enumerate(("Apple", "Chair", "Cloud")):
        dialog.editor.choices.item(row, 1).setText(text)  # type: ignore[union-attr]
    assert save_button(dialog).isEnabled()
    dialog.editor.choices.item(1, 0).setText("a")  # type: ignore[union-attr]
    assert not save_button(dialog).isEnabled()
    assert "choice identifier twice" in dialog.messages.text()
    dialog.editor.choices.item(1, 0).setText("b")  # type: ignore[union-attr]
    dialog.save()
    assert dialog.result_xml is not None
    test_xml, key_xml = dialog.result_xml
    assert "Apple" in test_xml and key_xml is not None
    assert parse_answer_key(key_xml).question("q1").options[0].selections == ("a",)  # type: ignore[union-attr]


def test_an_existing_test_is_imported_and_points_edited(qtbot: Any, fixtures_dir: Path) -> None:
    dialog = editor(qtbot)
    lost = dialog.load_xml((fixtures_dir / "mturkr_qualificationtest1.xml").read_text(),
                           (fixtures_dir / "mturkr_answerkey1.xml").read_text())
    assert lost == [] and dialog.questions.count() == 3
    dialog.questions.setCurrentRow(1)
    box = dialog.editor.choices.cellWidget(1, 2)
    box.setValue(5)  # type: ignore[union-attr]
    assert dialog.draft.questions[1].choices[1].points == 5
    assert "A perfect test earns 30 points" in dialog.maximum.text()
    dialog.mapping.setCurrentIndex(dialog.mapping.findData("ranges"))
    assert not save_button(dialog).isEnabled()
    dialog.add_range.click()
    assert save_button(dialog).isEnabled()
    dialog.save()
    key = parse_answer_key(dialog.result_xml[1])  # type: ignore[index,arg-type]
    assert key.question("question2").options[-1].score == 5  # type: ignore[union-attr]
    dialog.undo()
    assert dialog.draft.mapping == "ranges" and not dialog.draft.ranges
    with pytest.raises(ValueError):
        dialog.load_xml("<QuestionForm>", None)


def test_changing_a_question_kind_keeps_its_choices(qtbot: Any) -> None:
    dialog = editor(qtbot)
    question = dialog.draft.questions[0]
    dialog.editor.kind.setCurrentIndex(dialog.editor.kind.findData("multiple"))
    assert question.kind == "multiple" and [c.correct for c in question.choices] == \
        [True, False, False]
    assert dialog.editor.choices.item(0, 2).checkState() == Qt.CheckState.Checked  # type: ignore[union-attr]
    dialog.editor.add()
    assert [c.identifier for c in question.choices] == ["a", "b", "c", "d"]
    dialog.editor.kind.setCurrentIndex(dialog.editor.kind.findData("free_text"))
    assert not dialog.editor.choice_box.isVisibleTo(dialog.editor)
    dialog.undo()
    assert dialog.draft.questions[0].kind == "multiple"


def test_the_preview_loads_nothing_from_anywhere(qtbot: Any) -> None:
    preview = TestPreview()
    qtbot.addWidget(preview)
    test = bird_test()
    formatted = type(test)(test.title, "<img src='https://example.com/track.png'>"
                           "<link rel='stylesheet' href='file:///etc/passwd'>", test.questions,
                           instructions_formatted=True)
    preview.show_test(formatted, duration_s=5400)
    preview.show()
    qtbot.waitExposed(preview)
    qtbot.waitUntil(lambda: bool(preview.refused), timeout=2000)
    assert preview.refused and all("example.com" in r or "passwd" in r
                                   for r in preview.refused)
    assert "1 hour 30 minutes" in preview.toPlainText()
    assert duration_words(86400 * 2) == "2 days" and duration_words(60) == "1 minute"


def test_the_type_dialog_keeps_mturks_rules(qtbot: Any) -> None:
    existing = quals.QualificationTypeInfo(
        "3TYPE", "Bird spotter", "Knows birds", "", "Active", False, None, 3600,
        build_question_form(bird_test()), build_answer_key(bird_key()), 900, None)
    dialog = TypeDialog(existing)
    qtbot.addWidget(dialog)
    assert dialog.name.isReadOnly()
    assert not dialog.retries.isEnabled() and dialog.retries.isChecked()
    assert "4 questions, 15 minutes, scored automatically" in dialog.test_summary.text()
    spec = dialog.spec()
    assert spec.retry_delay_s == 3600 and spec.answer_key_xml == existing.answer_key_xml
    dialog.by_grant.setChecked(True)
    assert dialog.spec().auto_granted and dialog.spec().test_xml is None
    dialog.by_test.setChecked(True)
    dialog.description.setPlainText("")
    assert "Give the qualification a description" in dialog.problems.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_screenshot_of_the_requirement_editor(qtbot: Any, wb: Any, account: Any,
                                               shots: Path) -> None:
    from workbench.store.schema import QualificationType

    with wb.store.session(write=True) as session:
        session.add(QualificationType(account_id=account.id, qualification_type_id="3BIRDS",
                                      name="Bird spotter", status="Active",
                                      test_xml=build_question_form(bird_test())))
    frame = QWidget()
    qtbot.addWidget(frame)
    layout = QVBoxLayout(frame)
    group = QGroupBox("Qualification requirements")
    group_layout = QVBoxLayout(group)
    requirements = RequirementEditor(wb, account=account)
    group_layout.addWidget(requirements)
    layout.addWidget(group)
    layout.addStretch()
    qtbot.waitUntil(lambda: bool(requirements.custom), timeout=5000)
    requirements.set_requirements([
        {"QualificationTypeId": "3BIRDS", "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [80], "ActionsGuarded": "DiscoverPreviewAndAccept"},
        {"QualificationTypeId": APPROVAL_RATE_ID, "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [98]},
        {"QualificationTypeId": NUMBER_APPROVED_ID, "Comparator": "GreaterThan",
         "IntegerValues": [9999]},
        {"QualificationTypeId": LOCALE_ID, "Comparator": "In",
         "LocaleValues": [{"Country": "US"}, {"Country": "CA"}, {"Country": "GB"}],
         "ActionsGuarded": "PreviewAndAccept"},
        {"QualificationTypeId": LOCALE_ID, "Comparator": "NotEqualTo",
         "LocaleValues": [{"Country": "US", "Subdivision": "NY"}]},
        {"QualificationTypeId": "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH", "Comparator": "Exists"},
    ])
    frame.resize(1280, 800)
    frame.show()
    qtbot.wait(100)
    frame.grab().save(str(shots / "requirement_editor.png"))
    texts = requirements.advice_label.text()
    assert "Masters adds 5%" in texts and "almost every worker" in texts
    assert "will not even see these HITs" in texts
    assert requirements.rows[0].qualification.currentText() == "Bird spotter"
