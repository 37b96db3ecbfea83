"""On a real-money account nothing that spends is sent before someone saw the total and said yes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from workbench.marketplace.local.market import LocalMarketplace, create_requester
from workbench.marketplace.wire.rehearsal import worked_hits
from workbench.services import outbox
from workbench.services.accounts import AccountInfo, add_account
from workbench.services.context import Workbench
from workbench.services.push import push_outbox
from workbench.services.spend import needs_confirmation, pending_spend
from workbench.services.sync import pull
from workbench.views.spend_confirmation import SpendConfirmationDialog, ask_before_spending


@pytest.fixture
def production(wb: Workbench) -> tuple[AccountInfo, LocalMarketplace, list[str]]:
    """An MTurk production account whose HITs (played by a local marketplace) await review."""
    account = add_account(wb, "Shop on MTurk", "mturk")
    requester = create_requester(wb.store.engine, "stand-in for MTurk")
    market = LocalMarketplace(wb.store.engine, requester)
    made = worked_hits(wb.store.engine, requester, hits=2, assignments=3, reward="0.50")
    pull(wb, account, market)
    return account, market, made.assignment_ids


def test_the_cost_with_fees_is_what_mturk_would_charge(wb: Workbench, production) -> None:  # type: ignore[no-untyped-def]
    account, _, assignments = production
    outbox.queue_approve(wb, account, assignments[:3])
    outbox.queue_bonus(wb, account, assignments[0], "1.00", reason="Great")
    outbox.queue_block(wb, account, "ASPAMMER000001", reason="Spam")
    summary = pending_spend(wb, account)
    # Three $0.50 rewards with 20% fees, and a $1.00 bonus with its 20% fee.
    assert (summary.approvals, summary.approval_cents, summary.approval_fee_cents) == (3, 150, 30)
    assert (summary.bonuses, summary.bonus_cents, summary.bonus_fee_cents) == (1, 100, 20)
    assert summary.total_cents == 300
    assert summary.lines()[-1] == "Total with fees: $3.00"


def test_a_push_holds_back_spending_until_it_is_confirmed(qapp, wb: Workbench, production) -> None:  # type: ignore[no-untyped-def]
    account, market, assignments = production
    outbox.queue_approve(wb, account, assignments)
    outbox.queue_block(wb, account, "ASPAMMER000001", reason="Spam")
    first = push_outbox(wb, account, market)
    assert (first.sent, first.held) == (1, 6)
    assert market.payments() == []
    assert {a.state for a in outbox.list_actions(wb, account) if a.kind == "approve"} == \
        {"pending"}

    dialog_seen: list[SpendConfirmationDialog] = []

    def accept(dialog: SpendConfirmationDialog) -> int:
        dialog_seen.append(dialog)
        return QDialog.DialogCode.Accepted

    import workbench.views.spend_confirmation as module

    original = module.SpendConfirmationDialog.exec
    module.SpendConfirmationDialog.exec = accept  # type: ignore[method-assign,assignment]
    try:
        assert ask_before_spending(None, wb, account)
    finally:
        module.SpendConfirmationDialog.exec = original  # type: ignore[method-assign]
    assert dialog_seen and "$3.60" in dialog_seen[0].total.text()
    second = push_outbox(wb, account, market)
    assert (second.sent, second.held) == (6, 0)
    assert sorted(p["AssignmentId"] for p in market.payments("reward")) == sorted(assignments)
    assert needs_confirmation(wb, account) is None  # once per session


def test_declining_sends_nothing_that_spends(qapp, wb: Workbench, production, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account, market, assignments = production
    outbox.queue_bonus(wb, account, assignments[1], "0.40", reason="Thanks")
    monkeypatch.setattr(SpendConfirmationDialog, "exec",
                        lambda self: QDialog.DialogCode.Rejected)
    assert not ask_before_spending(None, wb, account)
    assert push_outbox(wb, account, market).held == 1
    assert market.payments() == []
    assert account.id not in wb.spend_confirmed


def test_a_local_account_is_never_asked(wb: Workbench, account: AccountInfo) -> None:
    assert needs_confirmation(wb, account) is None


def test_screenshot_of_the_confirmation(qtbot, wb: Workbench, production, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    account, _, assignments = production
    outbox.queue_approve(wb, account, assignments)
    outbox.queue_bonus(wb, account, assignments[2], "2.50", reason="Extra effort")
    dialog = SpendConfirmationDialog(account.name, pending_spend(wb, account))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.later.isDefault() and "$6.60" in dialog.send.text()
    folder = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "spend-confirmation.png"
    assert dialog.grab().save(str(path)) and path.stat().st_size > 1000
