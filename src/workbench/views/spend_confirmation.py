"""Asking before the first real money of a session moves: what the queued actions will cost.

A window calls ``ask_before_spending`` before it starts a sync of an account. For an account
that spends real money, the first time in a session that queued approvals, bonuses or
extra assignments would be sent, it shows what they cost with MTurk's fees and asks.
Declining sends nothing that spends (the push holds it back); the rest still syncs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.money import format_dollars
from workbench.models.formatting import plural
from workbench.services.spend import SpendSummary, confirm_spending, needs_confirmation


class SpendConfirmationDialog(QDialog):
    """The cost of the queued money-moving actions, with fees, and a choice to send them."""

    def __init__(self, account_name: str, summary: SpendSummary,
                 parent: QWidget | None = None, *, currency: str | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        # A Prolific workspace's currency (None: an MTurk account, in dollars).
        self.currency = currency
        self.setWindowTitle(self.tr("Spend real money?"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel((self.tr("<b>{account}</b> is a Prolific account: what you send is "
                                "paid from your Prolific workspace with real money and cannot "
                                "be taken back.") if currency else
                        self.tr("<b>{account}</b> is an MTurk account: what you send is paid "
                                "with real money and cannot be taken back.")).format(
                                   account=_escape(account_name)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.lines = QLabel("<br>".join(_escape(line) for line in self.spending_lines()))
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.lines)
        self.total = QLabel("<b>{}</b>".format(_escape(self.tr("Total with fees: {amount}").format(
            amount=self.money(summary.total_cents)))))
        layout.addWidget(self.total)
        note = QLabel(self.tr("You are asked once per session. If you choose Not now, "
                              "everything else is still synced and these stay queued."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.send = buttons.addButton(
            self.tr("Send and pay {amount}").format(amount=self.money(summary.total_cents)),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.later = buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.send.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def spending_lines(self) -> list[str]:
        """One line per kind of spending: what it pays, plus MTurk's fees."""
        summary = self.summary
        out = []
        approvals, bonuses, extra = (summary.approvals, summary.bonuses,
                                     summary.extra_assignments)
        for what, count, cents, fees in (
                (self.tr("%n approval(s)", "", approvals), approvals,
                 summary.approval_cents, summary.approval_fee_cents),
                (self.tr("%n bonus(es)", "", bonuses), bonuses,
                 summary.bonus_cents, summary.bonus_fee_cents),
                (self.tr("%n extra assignment(s)", "", extra), extra,
                 summary.extra_assignment_cents, summary.extra_assignment_fee_cents)):
            if not count:
                continue
            out.append(self.tr("{what}: {amount} + {fees} fees").format(
                what=plural(what, count), amount=self.money(cents), fees=self.money(fees)))
        return out

    def money(self, cents: int) -> str:
        if self.currency is None:
            return format_dollars(cents)
        from workbench.marketplace.prolific.fees import format_amount

        return format_amount(cents, self.currency)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Enter must never spend money by accident (the button box would make Send default).
        self.later.setDefault(True)
        self.later.setFocus()


def ask_before_spending(parent: QWidget | None, wb: Any, account: Any) -> bool:
    """Ask if this account's queued spending needs a yes; True if it may be sent."""
    summary = needs_confirmation(wb, account)
    if summary is None:
        return True
    prolific = getattr(account, "kind", "") == "prolific"
    dialog = SpendConfirmationDialog(
        account.name, summary, parent,
        currency=str(account.options.get("currency") or "GBP") if prolific else None)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    confirm_spending(wb, account, summary)
    return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
