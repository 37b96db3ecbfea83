"""Sync through boto3 against ``workbench serve``: incremental, resumable, where it should go."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ConnectionClosedError
from sqlalchemy import func, select

from tests.conftest import FakeClock
from tests.wire.conftest import Served, endpoint_account, start_server
from workbench.formats.questions import html_question
from workbench.marketplace.mturk import MTurkMarketplace
from workbench.marketplace.wire.rehearsal import worked_hits
from workbench.services import outbox
from workbench.services.accounts import add_account
from workbench.services.archive import archive_account, archive_state
from workbench.services.context import Workbench
from workbench.services.progress import CancelToken
from workbench.services.sync import LISTING_INTERVAL, pull, sync
from workbench.store.schema import HIT, Assignment, Bonus

HIT_CALLS = ("list_hits", "get_hit", "list_assignments_for_hit", "list_bonus_payments")


@pytest.fixture
def served(tmp_path: Path, _template_store: Path) -> Iterator[Served]:
    """A server of its own: these tests count every HIT and every call."""
    server = start_server(tmp_path / "server", _template_store)
    try:
        yield server
    finally:
        server.stop()


def hit_calls(report: Any) -> dict[str, int]:
    return {name: count for name, count in report.calls.items() if name in HIT_CALLS}


def test_a_second_sync_asks_only_about_hits_in_progress(
        served: Served, aws_env: dict[str, str], wb: Workbench, clock: FakeClock) -> None:
    wb.clock = clock
    made = worked_hits(served.engine, served.requester_id, hits=250, assignments=1, seed=3)
    market = served.market()
    for _ in range(2):
        market.create_hit(Title="Still open", Description="Workers may still take it",
                          Reward="0.10", AssignmentDurationInSeconds=600,
                          LifetimeInSeconds=7 * 86400, MaxAssignments=3,
                          Question=html_question("<p>Open</p>"))
    account = endpoint_account(wb, served)
    first = pull(wb, account)
    assert hit_calls(first) == {"list_hits": 3, "list_assignments_for_hit": 252}
    # Workers may still take the two open HITs: asked about. The 250 finished ones wait
    # only for our review, which nothing else can give: not asked about.
    second = pull(wb, account)
    assert hit_calls(second) == {"get_hit": 2} and second.hits_fetched == 0

    # Reviewed outside the workbench: seen at the next listing (at most 10 minutes on).
    for assignment in made.assignment_ids[2:]:
        market.approve_assignment(AssignmentId=assignment)
    assert pull(wb, account).hits_fetched == 0
    clock.advance(seconds=LISTING_INTERVAL.total_seconds() + 1)
    settling = pull(wb, account)
    assert settling.calls["list_hits"] == 3 and settling.hits_fetched == 248
    with wb.store.read() as session:
        assert session.scalar(select(func.count()).select_from(HIT).where(
            HIT.account_id == account.id, HIT.settled.is_(True))) == 248

    # 248 HITs finished and reviewed, 2 awaiting review: only the open ones are asked about.
    assert hit_calls(pull(wb, account)) == {"get_hit": 2}

    # A HIT made outside the workbench is found by the next listing too.
    outside = worked_hits(served.engine, served.requester_id, hits=1, assignments=1, seed=4)
    assert pull(wb, account).hits_fetched == 0
    clock.advance(seconds=LISTING_INTERVAL.total_seconds() + 1)
    found = pull(wb, account)
    assert found.calls["list_hits"] == 3 and found.hits_fetched == 1
    with wb.store.read() as session:
        assert session.scalar(select(HIT.status).where(
            HIT.hit_id == outside.hit_ids[0])) == "Reviewable"


def test_a_production_account_goes_where_AWS_ENDPOINT_URL_MTURK_says(
        served: Served, aws_env: dict[str, str], wb: Workbench,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL_MTURK", served.url)
    made = worked_hits(served.engine, served.requester_id, hits=2, assignments=2, seed=5)
    account = add_account(wb, "production", "mturk")
    market = wb.marketplace(account)
    assert isinstance(market, MTurkMarketplace) and market.endpoint_url == served.url
    assert not market.is_production
    pull(wb, account)
    outbox.queue_approve(wb, account, made.assignment_ids)
    held = sync(wb, account)
    assert held.push.held == 4 and served.rewards().keys().isdisjoint(made.assignment_ids)

    from workbench.services.spend import confirm_spending

    confirm_spending(wb, account)
    sent = sync(wb, account)
    assert sent.push.sent == 4
    assert {a: served.rewards()[a] for a in made.assignment_ids} == \
        {a: 1 for a in made.assignment_ids}


def test_an_archive_cut_off_resumes_where_it_stopped(
        served: Served, aws_env: dict[str, str], wb: Workbench) -> None:
    made = worked_hits(served.engine, served.requester_id, hits=230, assignments=2, seed=6)
    market = served.market()
    for assignment in made.assignment_ids[::7]:
        market.approve_assignment(AssignmentId=assignment)
        worker = market.get_assignment(AssignmentId=assignment)["Assignment"]["WorkerId"]
        market.send_bonus(WorkerId=worker, AssignmentId=assignment, BonusAmount="0.15",
                          Reason="Archived bonus")
    account = endpoint_account(wb, served, max_attempts=1)
    cancel = CancelToken()

    def stop_after_first_page(done: int, total: int, message: str) -> None:
        if message == "Archiving HITs":
            cancel.cancel()

    cut = archive_account(wb, account, progress=stop_after_first_page, cancel=cancel)
    assert not cut.finished and archive_state(wb, account)["hits_done"] == 100
    # The connection drops in the middle of the next run: it stops where it got to...
    served.plan({"operation": "ListAssignmentsForHIT", "fault": "drop", "after": 30,
                 "times": 1})
    with pytest.raises(ConnectionClosedError):
        archive_account(wb, account)
    served.plan()
    assert archive_state(wb, account)["hits_done"] == 100
    # ... and the next run carries on from there, not from the start.
    done = archive_account(wb, account)
    assert done.finished and done.resumed_after == 100 and done.hits == 130
    state = archive_state(wb, account)
    assert state["hits_done"] == 230 and state["finished_at"]
    with wb.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Assignment).where(
            Assignment.account_id == account.id)) == 460
        bonuses = session.scalars(select(Bonus.amount_cents).where(
            Bonus.account_id == account.id)).all()
    assert sorted(bonuses) == [15] * len(made.assignment_ids[::7])
    again = archive_account(wb, account)  # a finished archive starts over when run again
    assert again.finished and again.resumed_after == 0 and again.bonuses == 0
