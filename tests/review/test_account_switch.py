"""Switching accounts in the toolbar, as a person does it, after choosing a batch on each page.

Every page must then show the new account's rows: the batch chosen belonged to the account
before, and a filter that still held its id showed "All batches" over an empty queue while
the other account had hundreds of HITs waiting.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from sqlalchemy import func, select

from tests.review.helpers import choose, close
from workbench.models.formatting import format_count
from workbench.services.accounts import AccountInfo, add_account, get_account
from workbench.services.context import Workbench
from workbench.services.demo import run_demo
from workbench.services.tables_review import awaiting_decision
from workbench.store.schema import HIT, Assignment, Worker
from workbench.views.main_window import PAGE_ORDER, MainWindow
from workbench.views.pages.review import ReviewPage


@pytest.fixture
def two_accounts(demo_wb: Workbench) -> Iterator[tuple[Workbench, AccountInfo, AccountInfo]]:
    """The demo's local account (100 HITs) and a second local one, "Lab", with 40 HITs."""
    first = get_account(demo_wb)
    add_account(demo_wb, "Lab", "local")
    run_demo(demo_wb, account_name="Lab", hits=40, assignments=3, workers=6, seed=5)
    yield demo_wb, first, get_account(demo_wb, "Lab")


def go(qtbot: Any, window: MainWindow, name: str) -> None:
    """Click a page in the side bar."""
    bar = window.side_bar
    item = bar.item(PAGE_ORDER.index(name))
    qtbot.mouseClick(bar.viewport(), Qt.MouseButton.LeftButton,
                     pos=bar.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.current_page() is window.pages[name], timeout=5000)


def counted(wb: Workbench, account: AccountInfo) -> dict[str, int]:
    with wb.store.read() as session:
        def number(query: Any) -> int:
            return int(session.scalar(query) or 0)

        return {
            "hits": number(select(func.count()).select_from(HIT)
                           .where(HIT.account_id == account.id)),
            "assignments": number(select(func.count()).select_from(Assignment)
                                  .where(Assignment.account_id == account.id)),
            "workers": number(select(func.count()).select_from(Worker)
                              .where(Worker.account_id == account.id)),
            "to_review": number(select(func.count(func.distinct(Assignment.hit_pk)))
                                .where(Assignment.account_id == account.id,
                                       awaiting_decision())),
            "awaiting": number(select(func.count()).select_from(Assignment)
                               .where(Assignment.account_id == account.id,
                                      Assignment.status == "Submitted")),
        }


def test_after_a_batch_is_chosen_every_page_shows_the_other_accounts_rows(
        qtbot: Any, two_accounts: tuple[Workbench, AccountInfo, AccountInfo],
        no_dawid_skene: None) -> None:
    wb, first, lab = two_accounts
    expected = counted(wb, lab)
    assert expected["to_review"] >= 30 and expected["hits"] == 40
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    assert window.account.id == first.id

    # On the first account, narrow every page with a batch to its demo batch.
    for name in ("Review", "Assignments", "Workers", "Charts"):
        go(qtbot, window, name)
        combo = window.pages[name].batch  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda c=combo: c.count() > 1, timeout=10_000)
        choose(qtbot, combo, "Demo")
    review = window.pages["Review"]
    assert isinstance(review, ReviewPage)
    qtbot.waitUntil(lambda: review.queue_model.rowCount() > 0, timeout=10_000)

    # Then switch to the other account in the toolbar, with the mouse.
    go(qtbot, window, "Review")
    choose(qtbot, window.account_box, "Lab")
    assert window.account.id == lab.id

    qtbot.waitUntil(lambda: review.queue_model.rowCount() == expected["to_review"]
                    and review.review is not None, timeout=15_000)
    assert review.batch.currentText() == "All batches"
    assert review.review is not None
    with wb.store.read() as session:
        assert session.scalar(select(HIT.account_id).where(HIT.id == review.review.pk)) \
            == lab.id
    assert review.panel.empty.isHidden()

    go(qtbot, window, "HITs")
    hits = window.hits
    qtbot.waitUntil(lambda: not hits.model.is_loading
                    and hits.model.rowCount() == expected["hits"], timeout=10_000)

    go(qtbot, window, "Assignments")
    assignments = window.assignments
    assert assignments.batch.currentText() == "All batches"
    qtbot.waitUntil(lambda: not assignments.model.is_loading
                    and assignments.model.rowCount() == expected["assignments"],
                    timeout=10_000)

    go(qtbot, window, "Workers")
    workers = window.pages["Workers"]
    assert workers.batch.currentText() == "All batches"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: workers.model.rowCount() == expected["workers"],  # type: ignore[attr-defined]
                    timeout=10_000)

    go(qtbot, window, "Charts")
    charts = window.pages["Charts"]
    chart_filter = charts.chart_filter()  # type: ignore[attr-defined]
    assert chart_filter.account_id == lab.id and chart_filter.batch_id is None
    tabs = charts.findChild(QTabWidget)
    assert tabs is not None
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    card = charts.awaiting_card  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: card.value.text() == format_count(expected["awaiting"]),
                    timeout=15_000)

    go(qtbot, window, "Outbox")
    qtbot.waitUntil(lambda: not window.outbox.model.is_loading, timeout=10_000)
    assert window.outbox.model.rowCount() == 0

    # Back on the first account, its own rows come back, from all of its batches.
    choose(qtbot, window.account_box, "local")
    go(qtbot, window, "Review")
    mine = counted(wb, first)
    qtbot.waitUntil(lambda: review.queue_model.rowCount() == mine["to_review"], timeout=15_000)
    close(window)


def test_a_chosen_batch_that_is_gone_leaves_the_filter_showing_what_it_filters(
        qtbot: Any, two_accounts: tuple[Workbench, AccountInfo, AccountInfo],
        no_dawid_skene: None) -> None:
    """Refilling the batches (another account's list arriving) announces a lost choice."""
    from PySide6.QtWidgets import QComboBox

    from workbench.views.pages.base import refill_choices

    combo = QComboBox()
    seen: list[int] = []
    refill_choices(combo, "All batches", [(7, "Seven"), (8, "Eight")])
    combo.setCurrentIndex(1)
    combo.currentIndexChanged.connect(seen.append)
    refill_choices(combo, "All batches", [(7, "Seven"), (9, "Nine")])
    assert combo.currentData() == 7 and seen == []  # still there: nothing to announce
    refill_choices(combo, "All batches", [(9, "Nine")])
    assert combo.currentData() == 0 and seen == [0]
