"""Details and buttons follow what the table shows now, not what was selected before.

A filter that finds nothing, a push that sent an action, an unblock that was synced: each
page's details and buttons must say what is true, without the row being selected again.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from workbench.services import outbox
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.push import push_outbox
from workbench.views.main_window import MainWindow


@pytest.fixture
def window(qtbot: Any, demo_wb: Workbench) -> Iterator[MainWindow]:
    win = MainWindow(demo_wb)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    yield win
    win.runner.shutdown()


def loaded(qtbot: Any, model: Any, rows: int | None = None) -> None:
    qtbot.waitUntil(lambda: not model.is_loading and (
        model.rowCount() > 0 if rows is None else model.rowCount() == rows), timeout=10_000)


def click_row(qtbot: Any, table: Any, row: int) -> None:
    index = table.model().index(row, 0)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())


def test_assignments_drop_the_old_row_when_the_filter_finds_nothing(
        qtbot: Any, window: MainWindow) -> None:
    page = window.assignments
    window.show_page("Assignments")
    loaded(qtbot, page.model)
    click_row(qtbot, page.table, 0)
    qtbot.waitUntil(lambda: bool(page.details.groups), timeout=5000)
    qtbot.mouseClick(page.worker, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.worker, "NOBODY-WORKED-HERE")
    qtbot.keyClick(page.worker, Qt.Key.Key_Return)
    loaded(qtbot, page.model, 0)
    assert page.details.groups == []
    assert page.details.message == "Select an assignment to see every answer in full."


def test_hit_actions_are_off_once_nothing_is_selected(qtbot: Any, window: MainWindow) -> None:
    page = window.hits
    window.show_page("HITs")
    loaded(qtbot, page.model)
    click_row(qtbot, page.table, 0)
    qtbot.waitUntil(page.expire_button.isEnabled, timeout=5000)
    assert page.search is not None
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.search, "no such HIT anywhere")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    loaded(qtbot, page.model, 0)
    for button in (page.expire_button, page.extend_button, page.add_button):
        assert not button.isEnabled()


def test_the_outbox_shows_an_action_as_sent_once_it_is(qtbot: Any, window: MainWindow) -> None:
    wb, account = window.wb, get_account(window.wb)
    first = window.assignments
    window.show_page("Assignments")
    loaded(qtbot, first.model)
    assignment_id = str(first.model.row(0)[1])  # type: ignore[index]
    outbox.queue_approve(wb, account, [assignment_id])
    window.bus.announce("outbox")
    page = window.outbox
    window.show_page("Outbox")
    loaded(qtbot, page.model, 1)
    click_row(qtbot, page.table, 0)

    def state() -> str:
        text = page.details.toPlainText()
        return text.split("State\n", 1)[1].split("\n", 1)[0] if "State\n" in text else ""

    qtbot.waitUntil(lambda: state() == "pending", timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # Sync sends it
    qtbot.waitUntil(lambda: not window.runner.long_tasks, timeout=30_000)
    qtbot.waitUntil(lambda: state() == "sent", timeout=10_000)
    assert not page.undo_button.isEnabled()


def test_a_worker_unblocked_and_synced_no_longer_reads_blocked(qtbot: Any,
                                                                window: MainWindow) -> None:
    wb, account = window.wb, get_account(window.wb)
    page = window.pages["Workers"]
    window.show_page("Workers")
    loaded(qtbot, page.model)  # type: ignore[attr-defined]
    worker = str(page.model.row(0)[1])  # type: ignore[attr-defined]
    outbox.queue_block(wb, account, worker, reason="Copied answers")
    push_outbox(wb, account)
    window.bus.announce("workers", "outbox")
    click_row(qtbot, page.table, 0)  # type: ignore[attr-defined]
    details = page.details  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Blocked: Copied answers" in details.toPlainText(), timeout=10_000)
    assert page.block_button.text() == "Unblock…"  # type: ignore[attr-defined]
    outbox.queue_unblock(wb, account, worker)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # Sync sends the unblock
    qtbot.waitUntil(lambda: not window.runner.long_tasks, timeout=30_000)
    qtbot.waitUntil(lambda: "Blocked" not in details.toPlainText()
                    and page.block_button.text() == "Block…",  # type: ignore[attr-defined]
                    timeout=10_000)
    assert worker in details.toPlainText()  # still the selected worker's record
