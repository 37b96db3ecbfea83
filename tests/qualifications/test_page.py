"""The Qualifications page in the main window: types, test editor, requests and scores."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.qualifications.screens import fill
from workbench.services import outbox
from workbench.services import qualifications as quals
from workbench.services.accounts import get_account
from workbench.views.main_window import MainWindow
from workbench.views.pages.qualifications import QualificationsPage

SIZE = (1280, 800)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def window(qtbot: Any, wb: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))
    account = get_account(wb)
    types = fill(wb, account)
    main = MainWindow(wb)
    qtbot.addWidget(main)
    main.resize(*SIZE)
    main.show()
    main.show_page("Qualifications")
    page = main.pages["Qualifications"]
    assert isinstance(page, QualificationsPage)
    qtbot.waitUntil(lambda: page.types.rowCount() == 3 and page.current is not None,
                    timeout=10_000)
    yield main, page, types
    main.runner.shutdown()


def choose(qtbot: Any, page: QualificationsPage, name: str) -> None:
    page.table.selectRow(next(r for r in range(page.types.rowCount())
                              if page.types.item(r).name == name))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.current is not None and page.current.name == name,
                    timeout=5000)


def test_the_page_shows_types_requests_and_scores(qtbot: Any, window: Any, shots: Path
                                                  ) -> None:
    main, page, types = window
    assert page.stack.currentIndex() == 1
    choose(qtbot, page, "Bird spotter")
    assert "Passed our bird identification test" in page.details.toPlainText()
    assert "Bird identification screening" in page.preview.toPlainText()
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.scores.model.rowCount() == types["Bird spotter"].holders > 0,
                    timeout=5000)
    qtbot.wait(150)
    main.grab().save(str(shots / "qualifications_workers.png"))
    page.tabs.setCurrentIndex(0)
    qtbot.wait(100)
    main.grab().save(str(shots / "qualifications.png"))
    choose(qtbot, page, "Careful labeller")
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.requests.model.rowCount() == 6, timeout=5000)
    page.requests.table.selectRow(0)
    qtbot.waitUntil(lambda: "Score" in page.requests.answers.toPlainText(), timeout=5000)
    qtbot.wait(100)
    main.grab().save(str(shots / "qualifications_requests.png"))
    assert page.tabs.tabText(1) == "Requests (6)"


def test_granting_requests_queues_once_and_shows_it(qtbot: Any, window: Any) -> None:
    main, page, _types = window
    choose(qtbot, page, "Careful labeller")
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.requests.model.rowCount() == 6, timeout=5000)
    page.requests.table.selectAll()
    page.requests.grant_button.click()
    account = get_account(main.wb)
    def queued() -> int:
        return len(outbox.list_actions(main.wb, account, states=["pending"]))

    qtbot.waitUntil(lambda: queued() == 6, timeout=5000)
    qtbot.waitUntil(lambda: all(page.requests.model.item(r).queued  # type: ignore[union-attr]
                                for r in range(6)), timeout=5000)
    # A second click queues nothing more: each worker already has a decision waiting.
    page.requests.table.selectAll()
    page.requests.grant(None)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in page.findChildren(QMessageBox)), timeout=5000)
    for box in page.findChildren(QMessageBox):
        box.close()
    assert queued() == 6


def test_a_new_type_with_a_test_is_created_from_the_dialogs(qtbot: Any, window: Any,
                                                            shots: Path) -> None:
    main, page, _types = window
    dialog = page.open_type_dialog(None)
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Colour checker")
    dialog.description.setPlainText("Names colours correctly.")
    dialog.retries.setChecked(True)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert save.isEnabled()
    dialog.by_test.setChecked(True)
    assert not save.isEnabled() and "Create the test" in dialog.problems.text()
    editor = dialog.open_test_editor()
    editor.test_title.setText("Colour test")
    editor.instructions.setPlainText("Three quick questions about colours. Answer from what "
                                     "you see every day.")
    editor.editor.text.setPlainText("What colour is a ripe banana?")
    table = editor.editor.choices
    for row, text in enumerate(("Yellow", "Blue", "Red")):
        table.item(row, 1).setText(text)  # type: ignore[union-attr]
    editor.add_question("free_text")
    editor.editor.text.setPlainText("Which colour do you like best, and why?")
    editor.add_question("multiple")
    editor.editor.text.setPlainText("Which of these are warm colours? Pick every one.")
    for row, (text, correct) in enumerate((("Red", True), ("Blue", False),
                                           ("Orange", True))):
        editor.editor.choices.item(row, 1).setText(text)  # type: ignore[union-attr]
        editor.editor.choices.item(row, 2).setCheckState(  # type: ignore[union-attr]
            Qt.CheckState.Checked if correct else Qt.CheckState.Unchecked)
    editor.editor.partial.setChecked(True)
    editor.by_hand.setChecked(True)
    editor.show_answers.setChecked(True)
    editor.resize(*SIZE)
    qtbot.wait(100)
    editor.grab().save(str(shots / "test_editor.png"))
    assert editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert "3 questions, 30 minutes, you review the answers" in dialog.test_summary.text()
    dialog.accept()
    account = get_account(main.wb)
    qtbot.waitUntil(lambda: page.current is not None and page.current.name == "Colour checker",
                    timeout=10_000)
    created = quals.get_type(main.wb, account, page.current.type_id)
    assert created.has_test and created.answer_key_xml is None and created.retry_delay_s
    kept = quals.review_key(created.type_id)
    assert kept is not None and "<SelectionIdentifier>c</SelectionIdentifier>" in kept


def test_the_empty_page_says_what_qualifications_are_for(qtbot: Any, wb: Any) -> None:
    main = MainWindow(wb)
    qtbot.addWidget(main)
    main.show_page("Qualifications")
    page = main.pages["Qualifications"]
    assert isinstance(page, QualificationsPage)
    qtbot.waitUntil(lambda: not page.types.is_loading, timeout=5000)
    assert page.stack.currentIndex() == 0
    assert "require it when you publish" in page.empty.body.text()
    main.runner.shutdown()


def test_deleting_and_deactivating(qtbot: Any, window: Any) -> None:
    _main, page, _types = window
    choose(qtbot, page, "Trusted transcriber")
    page.toggle_active()
    qtbot.waitUntil(lambda: page.current is not None and not page.current.active,
                    timeout=5000)
    assert page.active_button.text() == "Activate"
    page.delete_type(confirmed=True)
    qtbot.waitUntil(lambda: page.types.rowCount() == 2, timeout=5000)
    assert all(page.types.item(r).name != "Trusted transcriber"  # type: ignore[union-attr]
               for r in range(2))
    assert page.table.selectionModel().selectedRows()
