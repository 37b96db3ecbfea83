"""Money in the tables is in the account's own currency, and follows an account switch."""

from __future__ import annotations

from typing import Any

from workbench.services.accounts import add_account, get_account
from workbench.services.context import Workbench
from workbench.services.demo import run_demo
from workbench.services.payouts import set_payout_settings
from workbench.views.main_window import MainWindow


def reward_texts(qtbot: Any, window: MainWindow, page_name: str) -> set[str]:
    window.show_page(page_name)
    model = window.pages[page_name].model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=10_000)
    column = model.column_of("reward")
    return {str(model.index(row, column).data()) for row in range(model.rowCount())}


def test_a_euro_workforce_reads_euros_and_an_mturk_account_dollars(
        qtbot: Any, wb: Workbench) -> None:
    euros = add_account(wb, "Panel Berlin", "local")
    set_payout_settings(wb, euros, currency="EUR")
    run_demo(wb, account_name="Panel Berlin", hits=3, assignments=1, workers=1, seed=3)
    add_account(wb, "Home", "local")  # dollars, as every account unless it says otherwise
    run_demo(wb, account_name="Home", hits=2, assignments=1, workers=1, seed=4)
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        window.set_account(get_account(wb, "Panel Berlin"))
        assert reward_texts(qtbot, window, "HITs") == {"€0.05"}
        assert reward_texts(qtbot, window, "Batches") == {"€0.05"}
        window.set_account(get_account(wb, "Home"))
        qtbot.waitUntil(lambda: reward_texts(qtbot, window, "HITs") == {"$0.05"},
                        timeout=10_000)
    finally:
        window.runner.shutdown()
