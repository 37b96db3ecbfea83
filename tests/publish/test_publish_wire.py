"""Parallel publishing to `workbench serve` over real HTTP, with the server injecting faults."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from tests.wire.conftest import (  # noqa: F401 (fixtures)
    Served,
    _module_server,
    aws_env,
    endpoint_account,
    served,
)
from workbench.formats.inputs import InputTable
from workbench.services.context import Workbench
from workbench.services.publish import HITProperties, create_batch, publish_batch
from workbench.store.schema import HIT, BatchRow


def test_parallel_publishing_over_a_faulty_wire_creates_each_hit_exactly_once(
        served: Served, aws_env: dict[str, str], wb: Workbench) -> None:  # noqa: F811
    # No retries inside boto3: every fault reaches the workbench's own handling.
    account = endpoint_account(wb, served, max_attempts=1, read_timeout=1.0,
                               retry_mode="standard")
    table = InputTable(["text"], [{"text": f"row {i}"} for i in range(40)])
    batch = create_batch(wb, account, name="Rows", template_html="<p>${text}</p>", table=table,
                         props=HITProperties(title="Rows", description="D", reward_cents=10,
                                             max_assignments=2))
    served.plan(
        {"operation": "CreateHITWithHITType", "fault": "lose", "after": 3, "times": 3},
        {"operation": "CreateHITWithHITType", "fault": "drop", "after": 8, "times": 2},
        {"operation": "CreateHITWithHITType", "fault": "throttle", "after": 12, "times": 4},
        {"operation": "CreateHITWithHITType", "fault": "fault", "after": 18, "times": 2})
    report = publish_batch(wb, account, batch, concurrency=6)
    injected = served.injected()
    served.plan()
    assert report.published == 40, report
    assert {"lose", "drop", "throttle", "fault"} <= set(injected)
    # A lost answer comes back as "already exists" (one retry may cover two faults when a
    # slow answer also timed out, so fewer recoveries than losses is no duplicate).
    assert report.recovered >= 1, (report, injected)
    with wb.store.read() as session:
        tokens = list(session.scalars(select(BatchRow.request_token).where(
            BatchRow.batch_id == batch)))
        stored = session.scalar(select(func.count()).select_from(HIT).where(
            HIT.batch_id == batch))
    on_server = Counter(str(h.get("RequesterAnnotation", "")).removeprefix("workbench:")
                        for h in _all_hits(served))
    assert all(on_server[token] == 1 for token in tokens) and stored == 40


def _all_hits(server: Served) -> list[dict[str, object]]:
    market = server.market()
    found: list[dict[str, object]] = []
    token = None
    while True:
        page = market.list_hits(MaxResults=100, **({"NextToken": token} if token else {}))
        found += page["HITs"]
        token = page.get("NextToken")
        if not token or not page["HITs"]:
            return found
