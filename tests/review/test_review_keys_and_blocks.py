"""Keys right after choosing a filter, the recommended soft block, and a block's reason shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.review.helpers import actions, choose, close, key, open_review, wait_idle
from workbench.services import outbox
from workbench.services.push import push_outbox
from workbench.views.review.dialogs import BlockDialog


def test_decision_keys_work_right_after_a_batch_is_chosen(qtbot: Any, demo: Any,
                                                          no_dawid_skene: None) -> None:
    wb, account, _ = demo
    window, page = open_review(qtbot, wb)
    shown = page.review
    assert shown is not None
    qtbot.waitUntil(lambda: page.batch.count() > 1, timeout=10_000)
    choose(qtbot, page.batch, "Demo")
    qtbot.waitUntil(lambda: not page.queue_model.is_loading, timeout=10_000)
    # The reviewer picked the batch and looks at the same HIT: the drop-down has the keys.
    assert QApplication.focusWidget() is page.batch
    key(qtbot, page, Qt.Key.Key_A)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: len(actions(wb, account)) == 1, timeout=10_000)
    assert actions(wb, account)[0].kind == "approve"
    # Typing into the worker box is still typing, not deciding.
    qtbot.mouseClick(page.worker, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.worker, "AR")
    qtbot.wait(100)
    assert page.worker.text() == "AR" and len(actions(wb, account)) == 1
    close(window)


def test_ctrl_return_in_the_block_dialog_does_the_recommended_soft_block(
        qtbot: Any, demo: Any, no_dawid_skene: None) -> None:
    wb, account, _ = demo
    window, page = open_review(qtbot, wb)
    worker = page.current_assignment().worker_id  # type: ignore[union-attr]
    key(qtbot, page, Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(page.actions_.dialog, BlockDialog), timeout=5000)
    dialog = page.actions_.dialog
    assert isinstance(dialog, BlockDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.keyClicks(dialog.reason, "Answers copied from another worker")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.actions_.dialog is None and not page.actions_.busy,
                    timeout=10_000)
    queued = actions(wb, account)
    assert [a.kind for a in queued] == ["grant_qualification"]
    assert queued[0].target == worker
    close(window)


def test_a_blocked_worker_s_reason_is_shown_with_their_record(qtbot: Any, demo: Any,
                                                              no_dawid_skene: None) -> None:
    wb, account, _ = demo
    window, page = open_review(qtbot, wb)
    worker = page.current_assignment().worker_id  # type: ignore[union-attr]
    outbox.queue_block(wb, account, worker, reason="Answers copied from another worker")
    assert push_outbox(wb, account).sent == 1
    page.reload_hit()
    column = page.review.column_of(page.current_assignment().assignment_id)  # type: ignore[union-attr]
    assert column is not None
    grid = page.grid_model

    def record() -> str:
        return str(grid.data(grid.index(4, column + 1), Qt.ItemDataRole.ToolTipRole))

    qtbot.waitUntil(lambda: "Blocked: Answers copied from another worker" in record(),
                    timeout=10_000)
    assert "Answers copied from another worker" in page.panel.cell.toPlainText()
    close(window)
