"""Money never moves twice over a faulty wire.

The workbench pushes approvals and bonuses to ``workbench serve`` (its own process, real
HTTP) while the server injects faults: throttling bursts, 500s, connections dropped before
it acts, answers lost after it committed, and answers held until the client times out.
Whatever happens, the server's own payment records show every approval and every bonus
exactly once, and the store agrees with the server.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.wire.conftest import Served, endpoint_account
from workbench.formats.inputs import InputTable
from workbench.marketplace.wire.rehearsal import worked_hits
from workbench.services import outbox
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.services.publish import HITProperties, create_batch, publish_batch
from workbench.services.sync import pull, sync
from workbench.store.schema import HIT, Assignment, BatchRow, Bonus

# Held answers wait longer than the client does; a busy machine still answers the rest in time.
READ_TIMEOUT = 3.0
FAULTS: dict[str, list[dict[str, Any]]] = {
    "throttle": [{"operation": "ApproveAssignment", "fault": "throttle", "after": 4, "times": 6},
                 {"operation": "SendBonus", "fault": "throttle", "after": 2, "times": 3}],
    "fault": [{"operation": "ApproveAssignment", "fault": "fault", "after": 3, "times": 4},
              {"operation": "SendBonus", "fault": "fault", "after": 1, "times": 2}],
    "drop": [{"operation": "ApproveAssignment", "fault": "drop", "after": 5, "times": 4},
             {"operation": "SendBonus", "fault": "drop", "after": 2, "times": 2}],
    "lose": [{"operation": "ApproveAssignment", "fault": "lose", "after": 2, "times": 5},
             {"operation": "SendBonus", "fault": "lose", "after": 1, "times": 3}],
    "hold": [{"operation": "ApproveAssignment", "fault": "hold", "after": 6, "times": 2,
              "seconds": 8},
             {"operation": "SendBonus", "fault": "hold", "after": 3, "times": 1,
              "seconds": 8}],
}


def worked_account(wb: Workbench, served: Served, *, attempts: int, hits: int = 6,
                   assignments: int = 5, seed: int = 0, retry_mode: str = "standard"
                   ) -> tuple[AccountInfo, list[str]]:
    """An endpoint account whose store holds freshly worked HITs pulled from the server."""
    made = worked_hits(served.engine, served.requester_id, hits=hits,
                       assignments=assignments, seed=seed)
    # "standard" retries by default here: "adaptive" also slows the client right down after
    # throttling (its own test below), which would make every test slow.
    account = endpoint_account(wb, served, max_attempts=attempts, read_timeout=READ_TIMEOUT,
                               retry_mode=retry_mode)
    pull(wb, account)
    return account, made.assignment_ids


def push_until_done(wb: Workbench, account: AccountInfo, rounds: int = 12) -> int:
    """Sync until nothing is left to send (as a user pressing Sync again would)."""
    for number in range(1, rounds + 1):
        sync(wb, account)
        if not outbox.list_actions(wb, account, ["pending", "sending"]):
            return number
    raise AssertionError("actions were still unsent after many syncs")


def check_exactly_once(wb: Workbench, account: AccountInfo, served: Served,
                       approved: list[str], bonused: list[str]) -> None:
    rewards = served.rewards()
    assert {a: rewards.get(a, 0) for a in approved} == {a: 1 for a in approved}
    paid = Counter(a for a, _, _ in served.bonuses() if a in set(bonused))
    assert paid == Counter(bonused)
    assert all(a.state == "sent" for a in outbox.list_actions(wb, account))
    pull(wb, account, full=True)
    with wb.store.read() as session:
        statuses = dict(session.execute(select(Assignment.assignment_id, Assignment.status)
                                        .where(Assignment.account_id == account.id)).all())
        stored = Counter(session.scalars(select(Bonus.assignment_id).where(
            Bonus.account_id == account.id, Bonus.assignment_id.in_(bonused))))
    assert {a: statuses.get(a) for a in approved} == {a: "Approved" for a in approved}
    assert stored == Counter(bonused)


@pytest.mark.parametrize("kind", sorted(FAULTS))
def test_approvals_and_bonuses_survive_each_fault_exactly_once(
        served: Served, aws_env: dict[str, str], wb: Workbench, kind: str) -> None:
    account, assignments = worked_account(wb, served, attempts=1)
    outbox.queue_approve(wb, account, assignments)
    bonused = assignments[::3]
    for assignment in bonused:
        outbox.queue_bonus(wb, account, assignment, "0.35", reason="Careful work")
    before = served.injected().get(kind, 0)
    served.plan(*FAULTS[kind])
    push_until_done(wb, account)
    served.plan()
    injected = served.injected().get(kind, 0) - before
    assert injected == sum(rule["times"] for rule in FAULTS[kind])
    check_exactly_once(wb, account, served, assignments, bonused)


def test_botocore_retries_through_every_fault_at_once_and_pays_once(
        served: Served, aws_env: dict[str, str], wb: Workbench) -> None:
    account, assignments = worked_account(wb, served, attempts=4, hits=8, seed=1)
    outbox.queue_approve(wb, account, assignments)
    bonused = assignments[1::4]
    for assignment in bonused:
        outbox.queue_bonus(wb, account, assignment, "1.10", reason="Bonus round")
    before = sum(served.injected().values())
    # Every kind of fault, fewer of each: botocore backs off before each retry.
    rules = [{**rule, "times": (rule["times"] + 1) // 2}
             for kind_rules in FAULTS.values() for rule in kind_rules]
    served.plan(*rules)
    push_until_done(wb, account)
    served.plan()
    assert sum(served.injected().values()) - before == sum(r["times"] for r in rules)
    check_exactly_once(wb, account, served, assignments, bonused)


def test_adaptive_retries_ride_out_a_throttling_burst(
        served: Served, aws_env: dict[str, str], wb: Workbench) -> None:
    account, assignments = worked_account(wb, served, attempts=5, hits=1, seed=2,
                                          retry_mode="adaptive")
    outbox.queue_approve(wb, account, assignments)
    outbox.queue_bonus(wb, account, assignments[0], "0.50", reason="Thanks")
    served.plan({"operation": "ApproveAssignment", "fault": "throttle", "after": 1,
                 "times": 2})
    assert push_until_done(wb, account) == 1
    served.plan()
    check_exactly_once(wb, account, served, assignments, [assignments[0]])


@pytest.mark.parametrize("kind", ["lose", "drop", "fault", "hold"])
def test_publishing_over_a_faulty_wire_creates_each_hit_once(
        served: Served, aws_env: dict[str, str], wb: Workbench, kind: str) -> None:
    account = endpoint_account(wb, served, max_attempts=1, read_timeout=READ_TIMEOUT)
    table = InputTable(["text"], [{"text": f"row {i}"} for i in range(6)])
    batch = create_batch(wb, account, name="Rows", template_html="<p>${text}</p>",
                         table=table, props=HITProperties(title="Rows", description="D",
                                                          reward_cents=10, max_assignments=2))
    served.plan({"operation": "CreateHITWithHITType", "fault": kind, "after": 1, "times": 2,
                 "seconds": 8})
    report = publish_batch(wb, account, batch)
    served.plan()
    assert report.published == 6
    with wb.store.read() as session:
        tokens = list(session.scalars(select(BatchRow.request_token).where(
            BatchRow.batch_id == batch)))
        stored = int(session.scalar(select(func.count()).select_from(HIT).where(
            HIT.account_id == account.id)) or 0)
    annotations = Counter(h.get("RequesterAnnotation", "") for h in
                          served.market().list_hits(MaxResults=100)["HITs"])
    assert all(sum(n for a, n in annotations.items() if a.endswith(t)) == 1 for t in tokens)
    assert stored == 6
