"""Where "Pay workers…" lives on the Workers page: its button, and what follows the account.

Kept apart from the page so that the page only places the button and passes its account on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from workbench.domain.fee_schedules import account_currency, is_own_workforce
from workbench.models import changes
from workbench.services.accounts import AccountInfo

if TYPE_CHECKING:
    from workbench.views.pages.workers import WorkersPage


def pay_workers_button(page: WorkersPage) -> QPushButton:
    """The Workers page's "Pay workers…" button (enabled for an own workforce)."""
    button = QPushButton(QCoreApplication.translate("PayWorkers", "Pay workers…"))
    button.setEnabled(False)
    button.clicked.connect(lambda: open_pay_workers(page))
    return button


def follow_account(page: WorkersPage, account: AccountInfo) -> None:
    """The page shows another account: its currency, and whether its workers are ours to pay."""
    page.model.currency = account_currency(account.kind, account.options)
    own = is_own_workforce(account.kind)
    page.pay_button.setEnabled(own)
    page.pay_button.setToolTip(
        QCoreApplication.translate("PayWorkers", "What each worker earned, was paid and is "
                                   "owed; payout runs and their files") if own
        else QCoreApplication.translate("PayWorkers", "MTurk pays the workers of an MTurk "
                                        "account itself"))


def open_pay_workers(page: WorkersPage) -> None:
    from workbench.views.payouts.dialog import PayWorkersDialog

    account = page.account
    if account is None or not is_own_workforce(account.kind):
        return
    dialog = PayWorkersDialog(page.wb, account, page.runner, page)
    page.dialog = dialog
    dialog.changed.connect(lambda: page.bus.announce(changes.WORKERS, changes.ACCOUNTS))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
