"""The Review page's safety: one action per double press or double click, feedback for every
rejection, bonuses validated and paid once, undo, the 30-day override, crashes and pushes."""

from __future__ import annotations

import time
from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.review.helpers import actions, close, key, open_review, wait_for_hit, wait_idle
from workbench.services import outbox
from workbench.services.accounts import get_account
from workbench.services.push import push_outbox
from workbench.views.main_window import MainWindow
from workbench.views.review.dialogs import BonusDialog, RejectDialog

A, R, B = Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_B
SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def double_click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """What a double click delivers to a button: two clicks in quick succession."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if button.isVisible():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_double_press_and_a_double_click_queue_one_approval(qtbot, demo_wb, no_dawid_skene  # type: ignore[no-untyped-def]
                                                              ) -> None:
    window, page = open_review(qtbot, demo_wb, settle=0.0, debounce=0.3)
    account = get_account(demo_wb)
    first = page.current_assignment()
    assert first is not None
    key(qtbot, page, A)
    key(qtbot, page, A)
    wait_idle(qtbot, page)
    assert [(a.kind, a.target) for a in actions(demo_wb, account)] == [
        ("approve", first.assignment_id)]
    assert "ignored" in window.statusBar().currentMessage() or page.actions_.busy is False
    # A held key repeats; a repeat decides nothing.
    time.sleep(0.35)
    second = page.current_assignment()
    assert second is not None and second.assignment_id != first.assignment_id
    target = QApplication.focusWidget()
    for repeat in (False, True, True, True):
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, A,
                                                 Qt.KeyboardModifier.NoModifier, "a", repeat))
    wait_idle(qtbot, page)
    assert len(actions(demo_wb, account)) == 2
    # A double click on the Approve button.
    time.sleep(0.35)
    third = page.current_assignment()
    assert third is not None
    double_click(qtbot, page.panel.approve_button)
    wait_idle(qtbot, page)
    assert actions(demo_wb, account)[0].target == third.assignment_id
    assert len(actions(demo_wb, account)) == 3
    close(window)


def test_a_new_hit_is_not_decided_before_it_was_on_screen(qtbot, demo_wb, no_dawid_skene  # type: ignore[no-untyped-def]
                                                         ) -> None:
    window, page = open_review(qtbot, demo_wb, settle=0.4, debounce=0.0)
    account = get_account(demo_wb)
    qtbot.wait(450)
    shown = page.review
    key(qtbot, page, A, SHIFT)
    qtbot.waitUntil(lambda: page.review is not None and page.review.pk != shown.pk
                    and not page.is_loading(), timeout=10_000)
    # The next HIT just appeared: a press now (a bounce of the last one) does nothing.
    key(qtbot, page, A, SHIFT)
    wait_idle(qtbot, page)
    assert len(actions(demo_wb, account)) == 3
    assert "look at it before deciding" in window.statusBar().currentMessage()
    qtbot.wait(450)
    key(qtbot, page, A, SHIFT)
    wait_idle(qtbot, page)
    assert len(actions(demo_wb, account)) == 6
    close(window)


def test_rejecting_without_feedback_is_impossible(qtbot, demo_wb, no_dawid_skene) -> None:  # type: ignore[no-untyped-def]
    window, page = open_review(qtbot, demo_wb)
    account = get_account(demo_wb)
    key(qtbot, page, R)
    dialog = page.actions_.dialog
    assert isinstance(dialog, RejectDialog)
    assert not dialog.confirm.isEnabled()
    assert "needs feedback" in dialog.problem.text()
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.feedback, "   ")
    qtbot.keyClick(dialog.feedback, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and not dialog.confirm.isEnabled()
    assert actions(demo_wb, account) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.actions_.dialog is None, timeout=5000)
    assert actions(demo_wb, account) == []
    # Typed feedback, saved as a reason for next time.
    key(qtbot, page, R)
    dialog = page.actions_.dialog
    assert isinstance(dialog, RejectDialog)
    # (pasted: QTest cannot type characters beyond Latin-1)
    dialog.feedback.setPlainText("Le texte n’a pas été lu — «sans rapport»")
    dialog.save_reason.setChecked(True)
    qtbot.keyClick(dialog.feedback, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, page)
    [rejection] = actions(demo_wb, account)
    assert rejection.kind == "reject"
    assert rejection.payload["feedback"] == "Le texte n’a pas été lu — «sans rapport»"
    from workbench.services.settings import load_settings

    assert load_settings().rejection_reasons[-1] == rejection.payload["feedback"]
    close(window)


def test_a_bonus_is_checked_shows_its_fee_and_is_queued_once(qtbot, demo_wb, no_dawid_skene  # type: ignore[no-untyped-def]
                                                            ) -> None:
    window, page = open_review(qtbot, demo_wb)
    account = get_account(demo_wb)
    current = page.current_assignment()
    assert current is not None
    key(qtbot, page, B)
    dialog = page.actions_.dialog
    assert isinstance(dialog, BonusDialog)
    qtbot.keyClicks(dialog.amount, "0.001")
    qtbot.keyClicks(dialog.reason, "Thorough work")
    assert not dialog.confirm.isEnabled()
    assert "not valid" in dialog.problem.text()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "0.50")
    assert dialog.confirm.isEnabled()
    # The demo's local account pays its own workers: no MTurk fee on the bonus
    assert dialog.cost.text() == "Bonus $0.50 + fee $0.00 = $0.50 in total"
    double_click(qtbot, dialog.confirm)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.current_assignment() is not None
                    and bool(page.current_assignment().bonuses), timeout=10_000)
    [bonus] = actions(demo_wb, account)
    assert (bonus.kind, bonus.target, bonus.payload["amount_cents"]) == (
        "bonus", current.assignment_id, 50)
    # The same dialog confirmed again (its request key) queues nothing more.
    outbox.queue_bonus(demo_wb, account, current.assignment_id, 50, reason="Thorough work",
                       request_key=dialog.request_key)
    assert len(actions(demo_wb, account)) == 1
    # Opening it again shows the bonus already queued and asks before paying another.
    key(qtbot, page, B)
    again = page.actions_.dialog
    assert isinstance(again, BonusDialog) and again is not dialog
    qtbot.keyClicks(again.amount, "0.25")
    qtbot.keyClicks(again.reason, "More")
    assert not again.confirm.isEnabled()
    assert "second bonus" in again.problem.text()
    again.again.setChecked(True)
    assert again.confirm.isEnabled()
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    close(window)


def test_undo_takes_the_last_decision_back(qtbot, demo_wb, no_dawid_skene) -> None:  # type: ignore[no-untyped-def]
    window, page = open_review(qtbot, demo_wb)
    account = get_account(demo_wb)
    shown = page.review
    key(qtbot, page, A, SHIFT)
    qtbot.waitUntil(lambda: page.review is not None and page.review.pk != shown.pk
                    and not page.is_loading(), timeout=10_000)
    key(qtbot, page, Qt.Key.Key_Z, CTRL)
    wait_for_hit(qtbot, page, shown.pk)
    qtbot.waitUntil(lambda: len(page.review.awaiting) == 3, timeout=10_000)
    assert actions(demo_wb, account) == []
    assert [a.state for a in outbox.list_actions(demo_wb, account)] == ["cancelled"] * 3
    close(window)


def test_a_rejection_is_overridden_within_thirty_days_and_explained_after(  # type: ignore[no-untyped-def]
        qtbot, demo_wb, clock, no_dawid_skene) -> None:
    account = get_account(demo_wb)
    window, page = open_review(qtbot, demo_wb)
    target = page.current_assignment()
    assert target is not None
    outbox.queue_reject(demo_wb, account, [target.assignment_id], feedback="Wrong label")
    push_outbox(demo_wb, account)
    page.state.setCurrentIndex(page.state.findData("all"))
    window.bus.announce("assignments")
    qtbot.waitUntil(lambda: page.review is not None and page.review.assignments[0].status
                    == "Rejected", timeout=10_000)
    page.panel.grid.set_current_column(1)
    assert page.panel.approve_button.isEnabled()
    assert "overriding the rejection" in page.panel.approve_button.text()
    later = page.review.assignments[0].submit_time + timedelta(days=31)
    demo_wb.clock = lambda: later
    page.actions_.update_buttons()
    assert not page.panel.approve_button.isEnabled()
    assert "more than 30 days ago" in page.panel.why.text()
    key(qtbot, page, A)
    assert len(actions(demo_wb, account)) == 1
    close(window)


def test_queued_decisions_survive_a_crash_and_the_queue_knows_them(qtbot, demo_wb,  # type: ignore[no-untyped-def]
                                                                   no_dawid_skene) -> None:
    window, page = open_review(qtbot, demo_wb)
    shown = page.review
    key(qtbot, page, A, SHIFT)
    qtbot.waitUntil(lambda: page.review is not None and page.review.pk != shown.pk,
                    timeout=10_000)
    # The window dies without closing (no sync, no saving): the outbox has the decisions.
    window.runner.shutdown()
    again = MainWindow(demo_wb)
    qtbot.addWidget(again)
    again.show()
    again.show_page("Review")
    reopened = again.pages["Review"]
    qtbot.waitUntil(lambda: reopened.queue_model.rowCount() == 99
                    and not reopened.queue_model.is_loading, timeout=10_000)
    assert reopened.queue_model.row_of(shown.pk) is None
    assert len(actions(demo_wb, get_account(demo_wb))) == 3
    again.runner.shutdown()
