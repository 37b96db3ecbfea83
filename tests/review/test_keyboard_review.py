"""A reviewer clears the 300-assignment demo batch by keyboard alone, then sends it."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from tests.review.helpers import actions, close, key, open_review, wait_idle
from workbench.services.accounts import get_account
from workbench.services.settings import DEFAULT_REJECTION_REASONS
from workbench.views.review.dialogs import RejectDialog

A, R, ENTER = Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_Return
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_a_demo_batch_is_reviewed_by_keyboard_and_sent(qtbot, demo_wb, no_dawid_skene) -> None:  # type: ignore[no-untyped-def]
    window, page = open_review(qtbot, demo_wb)
    account = get_account(demo_wb)
    intended: dict[str, str] = {}
    keystrokes = 0
    hits_seen = agreeing = 0
    while page.review is not None and page.review.awaiting:
        review = page.review
        hits_seen += 1
        answers = [a.answers.get("sentiment.label", "") for a in review.assignments]
        top, votes = Counter(answers).most_common(1)[0]
        if votes == len(answers):
            # Everyone agrees: one chord approves the whole HIT and moves on.
            key(qtbot, page, A, SHIFT)
            keystrokes += 1
            agreeing += 1
            intended.update({a.assignment_id: "approve" for a in review.assignments})
        else:
            for assignment, answer in zip(review.assignments, answers, strict=True):
                # The page moved on by itself to the next assignment to decide.
                current = page.current_assignment()
                assert current is not None and current.assignment_id == assignment.assignment_id
                if answer == top and votes > 1:
                    key(qtbot, page, A)
                    keystrokes += 1
                    intended[assignment.assignment_id] = "approve"
                else:
                    key(qtbot, page, R)
                    dialog = page.actions_.dialog
                    assert isinstance(dialog, RejectDialog)
                    qtbot.keyClick(dialog.reasons, Qt.Key.Key_1)
                    qtbot.keyClick(dialog.reasons, ENTER)
                    keystrokes += 3
                    intended[assignment.assignment_id] = "reject"
                wait_idle(qtbot, page)
        wait_idle(qtbot, page)
        qtbot.waitUntil(lambda r=review: page.review is None or page.review.pk != r.pk
                        or not page.review.awaiting, timeout=10_000)
    assert hits_seen == 100
    queued = actions(demo_wb, account)
    assert len(queued) == 300 == len(intended)
    assert {a.target: a.kind for a in queued} == intended
    rejections = [a for a in queued if a.kind == "reject"]
    assert rejections and all(a.payload["feedback"] == DEFAULT_REJECTION_REASONS[0]
                              for a in rejections)
    # The common case, a HIT whose three workers agree, takes one chord: a third of a key
    # each. A disagreeing HIT takes A per approval and R, 1, Enter per rejection.
    assert agreeing > 30 and keystrokes / 300 < 1.5
    print(f"\nkeystrokes: {keystrokes} for 300 assignments ({keystrokes / 300:.2f} each); "
          f"{agreeing} of 100 HITs agreed and took one chord each")
    # The queue is empty, and F5 sends every decision.
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 0, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.runner.long_tasks, timeout=60_000)
    sent = actions(demo_wb, account)
    assert [a.state for a in sent] == ["sent"] * 300
    market = demo_wb.marketplace(account)
    statuses = Counter(market.get_assignment(AssignmentId=a)["Assignment"]["AssignmentStatus"]
                       for a in intended)
    assert statuses == Counter({"Approved": list(intended.values()).count("approve"),
                                "Rejected": list(intended.values()).count("reject")})
    close(window)
