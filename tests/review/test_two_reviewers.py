"""Two reviewers sharing one PostgreSQL store never both decide one assignment."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from tests.review.helpers import at_keyboard as activate
from tests.review.helpers import key, wait_for_hit, wait_idle
from workbench.services import outbox
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.demo import run_demo
from workbench.views.main_window import MainWindow
from workbench.views.pages.review import ReviewPage


def reviewer_window(qtbot, wb: Workbench) -> tuple[MainWindow, ReviewPage]:  # type: ignore[no-untyped-def]
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_page("Review")
    page = window.pages["Review"]
    assert isinstance(page, ReviewPage)
    page.settle_s = page.debounce_s = 0.0
    page.use_dawid_skene = False
    wait_for_hit(qtbot, page)
    return window, page


@pytest.mark.postgres
def test_the_second_reviewer_sees_who_decided_first(qtbot, pg_database: str) -> None:  # type: ignore[no-untyped-def]
    with Workbench.open(pg_database) as setup:
        run_demo(setup, hits=4, assignments=3, workers=4, seed=5)
    alice = Workbench.open(pg_database, actor="alice")
    bob = Workbench.open(pg_database, actor="bob")
    try:
        account = get_account(alice)
        alice_window, alice_page = reviewer_window(qtbot, alice)
        bob_window, bob_page = reviewer_window(qtbot, bob)
        assert alice_page.review is not None and bob_page.review is not None
        assert alice_page.review.pk == bob_page.review.pk
        contested = bob_page.current_assignment()
        assert contested is not None
        activate(qtbot, alice_window, alice_page)
        key(qtbot, alice_page, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
        wait_idle(qtbot, alice_page)
        # Bob still sees the HIT undecided (nothing told his window) and approves.
        activate(qtbot, bob_window, bob_page)
        key(qtbot, bob_page, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: bob_page.panel.banner.isVisible(), timeout=15_000)
        assert "Already decided by alice at " in bob_page.panel.banner.text()
        queued = [a for a in outbox.list_actions(alice, account) if a.state == "pending"]
        assert len(queued) == 3 and {a.created_by for a in queued} == {"alice"}
        assert contested.assignment_id in {a.target for a in queued}
        # Bob's page now shows the decision and who took it.
        qtbot.waitUntil(lambda: bob_page.review is not None
                        and bob_page.review.assignments[0].decision is not None, timeout=10_000)
        assert bob_page.review.assignments[0].decision.by == "alice"  # type: ignore[union-attr]
        alice_window.runner.shutdown()
        bob_window.runner.shutdown()
    finally:
        alice.close()
        bob.close()


@pytest.mark.postgres
def test_simultaneous_decisions_on_postgresql_queue_exactly_one(pg_database: str) -> None:
    with Workbench.open(pg_database) as setup:
        run_demo(setup, hits=2, assignments=3, workers=4, seed=7)
    reviewers = [Workbench.open(pg_database, actor=f"reviewer{i}") for i in range(4)]
    try:
        account = get_account(reviewers[0])
        ids = [a for a in _assignment_ids(reviewers[0])]
        barrier = threading.Barrier(len(reviewers))
        outcomes: list[str] = []
        lock = threading.Lock()

        def decide(wb: Workbench, number: int) -> None:
            barrier.wait()
            try:
                if number % 2:
                    outbox.queue_reject(wb, account, ids[:3], feedback="No")
                else:
                    outbox.queue_approve(wb, account, ids[:3])
                result = f"queued by {wb.actor}"
            except outbox.AlreadyDecided as exc:
                result = f"refused: decided by {exc.by}"
            with lock:
                outcomes.append(result)

        threads = [threading.Thread(target=decide, args=(wb, n))
                   for n, wb in enumerate(reviewers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        winners = [o for o in outcomes if o.startswith("queued")]
        assert len(winners) == 1 and len(outcomes) == 4
        winner = winners[0].removeprefix("queued by ")
        live = [a for a in outbox.list_actions(reviewers[0], account) if a.state == "pending"]
        assert len(live) == 3 and {a.created_by for a in live} == {winner}
        assert all(o == f"refused: decided by {winner}" for o in outcomes if o not in winners)
    finally:
        for wb in reviewers:
            wb.close()


def _assignment_ids(wb: Workbench) -> list[str]:
    from sqlalchemy import select

    from workbench.store.schema import Assignment

    with wb.store.read() as session:
        return list(session.scalars(select(Assignment.assignment_id).order_by(Assignment.id)))
