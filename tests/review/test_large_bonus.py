"""Large bonuses and hostile worker ids (issue 16 §3).

Before: `review bonus --amount 99999999999999999999999` was queued (only the marketplace
refused it), any bonus up to that was queued without a second look, and a worker id with a
line break and 10 KB after it was queued as a block. Now amounts have a ceiling, a bonus
above $100 is queued only once confirmed (the window's tick box, the command line's --yes),
and worker ids follow the marketplace's rules wherever they enter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.review.helpers import actions, close, key, open_review, wait_idle
from workbench.services import outbox
from workbench.services.accounts import add_account, get_account
from workbench.services.context import Workbench
from workbench.views.review.dialogs import BonusDialog

HOSTILE_WORKER = "A1\n" + "B" * 10_000


def first_assignment(wb: Workbench) -> str:
    from sqlalchemy import select

    from workbench.store.schema import Assignment

    with wb.store.read() as session:
        return str(session.scalars(select(Assignment.assignment_id).order_by(
            Assignment.id)).first())


def test_a_bonus_above_the_limit_needs_a_confirmation(demo_wb: Workbench) -> None:
    account = get_account(demo_wb)
    assignment = first_assignment(demo_wb)
    with pytest.raises(outbox.LargeBonusNotConfirmed, match=r"a bonus of \$150.00 is more than "
                                                            r"\$100.00: confirm it"):
        outbox.queue_bonus(demo_wb, account, assignment, 15_000, reason="Extra hours")
    with pytest.raises(outbox.OutboxError, match=r"more than \$10000.00"):
        outbox.queue_bonus(demo_wb, account, assignment, "99999999999999999999999",
                           reason="Typo", confirmed=True)
    with pytest.raises(outbox.OutboxError, match=r"more than \$10000.00"):
        outbox.queue_bonus(demo_wb, account, assignment, 1_000_001, reason="x", confirmed=True)
    assert actions(demo_wb, account) == []
    queued = outbox.queue_bonus(demo_wb, account, assignment, 15_000, reason="Extra hours",
                                confirmed=True)
    assert queued.payload["amount_cents"] == 15_000
    at_limit = outbox.queue_bonus(demo_wb, account, assignment, "100", reason="Fine as it is")
    assert at_limit.payload["amount_cents"] == 10_000


def test_a_worker_id_is_checked_before_a_block_is_queued(demo_wb: Workbench) -> None:
    local = get_account(demo_wb)
    for bad in (HOSTILE_WORKER, "A1 B2", "a1b2c3", "A", "A" * 65, "<script>"):
        with pytest.raises(outbox.OutboxError) as refused:
            outbox.queue_block(demo_wb, local, bad, reason="Spam")
        message = str(refused.value)
        assert "is not a worker id" in message and "\n" not in message and len(message) < 200
    with pytest.raises(outbox.OutboxError, match="is not a worker id"):
        outbox.queue_unblock(demo_wb, local, HOSTILE_WORKER)
    # The local marketplace's ids (an invited panel member's code) need not start with A;
    # MTurk's always do.
    assert outbox.queue_block(demo_wb, local, "PANEL0042", reason="Spam").target == "PANEL0042"
    sandbox = add_account(demo_wb, "sandbox", "mturk-sandbox")
    with pytest.raises(outbox.OutboxError, match="an MTurk worker id is A followed by"):
        outbox.queue_block(demo_wb, sandbox, "PANEL0042", reason="Spam")
    assert outbox.queue_block(demo_wb, sandbox, " A1XAOEDK0Y2KBT ", reason="Spam"
                              ).target == "A1XAOEDK0Y2KBT"


def test_the_bonus_dialog_asks_before_a_large_bonus(qtbot: Any, demo_wb: Workbench,
                                                    no_dawid_skene: None,
                                                    tmp_path: Path) -> None:
    window, page = open_review(qtbot, demo_wb)
    account = get_account(demo_wb)
    current = page.current_assignment()
    assert current is not None
    key(qtbot, page, Qt.Key.Key_B)
    dialog = page.actions_.dialog
    assert isinstance(dialog, BonusDialog)
    qtbot.keyClicks(dialog.amount, "99999999999999999999999")
    qtbot.keyClicks(dialog.reason, "Hours of careful extra work")
    assert not dialog.confirm.isEnabled()
    assert "more than $10000.00, the most accepted" in dialog.problem.text()
    assert not dialog.large.isVisible()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "150")
    assert dialog.large.isVisible()
    assert dialog.large.text() == "Yes, pay $150.00: more than $100.00"
    assert dialog.problem.text() == "Tick the box above to confirm a bonus of more than $100.00."
    assert not dialog.confirm.isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and actions(demo_wb, account) == []
    dialog.grab().save(str(tmp_path / "bonus-large.png"))
    # On the box itself, at the left of its label.
    qtbot.mouseClick(dialog.large, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.large.height() // 2))
    assert dialog.large.isChecked() and dialog.confirm.isEnabled()
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    [bonus] = actions(demo_wb, account)
    assert (bonus.kind, bonus.target, bonus.payload["amount_cents"]) == (
        "bonus", current.assignment_id, 15_000)
    close(window)
