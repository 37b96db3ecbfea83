"""Retry mode "paced" (the default) against ``workbench serve`` when it throttles.

A server that refuses one request in seven whatever the pace must not slow the client down;
one with a rate limit must be met at its rate; money still moves exactly once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from botocore.exceptions import ClientError
from sqlalchemy import func, select

from tests.wire.conftest import Served, endpoint_account, start_server
from tests.wire.test_money_faults import check_exactly_once, push_until_done, worked_account
from workbench.marketplace.mturk import MTurkMarketplace
from workbench.marketplace.wire.rehearsal import worked_hits
from workbench.services import outbox
from workbench.services.context import Workbench
from workbench.services.sync import pull
from workbench.store.schema import Assignment


def every_seventh(requests: int) -> list[dict[str, Any]]:
    """Fault rules refusing the 7th, 14th, 21st... request (each rule skips those before)."""
    return [{"operation": "*", "fault": "throttle", "after": 6 * k, "times": 1}
            for k in range(1, requests // 7 + 2)]


def stored_assignments(wb: Workbench) -> int:
    with wb.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Assignment)) or 0)


def paced_market(wb: Workbench, account: Any) -> MTurkMarketplace:
    market = cast(MTurkMarketplace, wb.marketplace(account))
    assert market.settings.retry_mode == "paced" and market.pacer is not None
    return market


@pytest.fixture
def rate_limited(tmp_path: Path, _template_store: Path) -> Iterator[Served]:
    """A server of its own that grants each key 4 requests a second."""
    server = start_server(tmp_path / "server", _template_store, "--rate", "4")
    try:
        yield server
    finally:
        server.stop()


def test_a_sync_rides_out_refusals_without_slowing_down(
        served: Served, aws_env: dict[str, str], wb: Workbench) -> None:
    worked_hits(served.engine, served.requester_id, hits=40, assignments=2, seed=11)
    account = endpoint_account(wb, served)
    market = paced_market(wb, account)
    before = served.injected().get("throttle", 0)
    served.plan(*every_seventh(400))
    report = pull(wb, account, market)
    served.plan()
    refused = served.injected().get("throttle", 0) - before
    assert report.assignments == 80 and stored_assignments(wb) == 80
    assert refused >= 5 and market.pacer is not None and market.pacer.throttles == refused
    # Refusals whatever the pace are no rate limit: the client kept its own speed.
    assert market.pacer.rate is None


def test_a_sync_learns_the_rate_a_server_grants(
        rate_limited: Served, aws_env: dict[str, str], wb: Workbench) -> None:
    worked_hits(rate_limited.engine, rate_limited.requester_id, hits=24, assignments=2, seed=12)
    account = endpoint_account(wb, rate_limited)
    market = paced_market(wb, account)
    report = pull(wb, account, market)
    assert report.assignments == 48 and stored_assignments(wb) == 48
    assert market.pacer is not None and market.pacer.throttles > 0
    # Paced a little above the 4 a second granted (or, once the listing was done, not at all).
    assert market.pacer.rate is None or 4.0 <= market.pacer.rate <= 8.0


def test_with_a_single_attempt_a_refusal_reaches_the_caller(
        served: Served, aws_env: dict[str, str], wb: Workbench) -> None:
    account = endpoint_account(wb, served, max_attempts=1)
    market = paced_market(wb, account)
    served.plan({"operation": "ListHITs", "fault": "throttle", "times": 1})
    with pytest.raises(ClientError) as refused:
        market.list_hits(MaxResults=10)
    served.plan()
    assert refused.value.response["Error"]["Code"] == "ThrottlingException"


def test_paced_retries_approve_and_pay_once_through_throttling(
        served: Served, aws_env: dict[str, str], wb: Workbench) -> None:
    account, assignments = worked_account(wb, served, attempts=8, hits=3, seed=13,
                                          retry_mode="paced")
    outbox.queue_approve(wb, account, assignments)
    bonused = assignments[::4]
    for assignment in bonused:
        outbox.queue_bonus(wb, account, assignment, "0.25", reason="Thanks")
    served.plan({"operation": "ApproveAssignment", "fault": "throttle", "after": 2, "times": 6},
                {"operation": "SendBonus", "fault": "throttle", "after": 1, "times": 3},
                *every_seventh(200))
    # The refusals are retried within the one sync: nothing is left for a second one.
    assert push_until_done(wb, account) == 1
    served.plan()
    check_exactly_once(wb, account, served, assignments, bonused)
