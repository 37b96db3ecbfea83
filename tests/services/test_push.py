"""Pushing the outbox through dropped connections, throttling, 500s and killed processes.

After every fault, the marketplace's own payment records show each approval and each bonus
exactly once, and the store agrees with the marketplace.
"""

from __future__ import annotations

import contextlib
import threading

import pytest

from tests.services.conftest import Faulty, ProcessKilled
from workbench.services import outbox
from workbench.services.push import push_outbox
from workbench.services.sync import pull, store_counts


def rewards(market) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p["AssignmentId"] for p in market.payments("reward"))


def bonuses(market) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return sorted((p["AssignmentId"], p["amount_cents"]) for p in market.payments("bonus"))


@pytest.mark.parametrize("fault", ["unsent", "lost", "timeout", "500", "throttle"])
def test_approvals_survive_network_faults_exactly_once(worked, fault: str) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    outbox.queue_approve(wb, account, assignments)
    faulty = Faulty(market)
    faulty.fail("approve_assignment", "ok", fault, "ok", fault)
    first = push_outbox(wb, account, faulty)
    if fault in ("throttle", "unsent"):
        assert first.throttled or first.unreachable  # stops, and tries again next time
        push_outbox(wb, account, faulty)
        push_outbox(wb, account, faulty)
    assert rewards(market) == sorted(assignments)
    assert all(a.state == "sent" for a in outbox.list_actions(wb, account))
    pull(wb, account, market)
    assert store_counts(wb, account) == {"Approved": 8}


def test_a_pusher_killed_after_the_server_approved_is_reconciled(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    outbox.queue_approve(wb, account, assignments)
    faulty = Faulty(market)
    faulty.fail("approve_assignment", "ok", "ok", "killed")
    with pytest.raises(ProcessKilled):
        push_outbox(wb, account, faulty)
    states = [a.state for a in outbox.list_actions(wb, account)]
    assert states.count("sending") == 1 and states.count("sent") == 2
    report = push_outbox(wb, account, market)  # "after the restart"
    assert report.reconciled == 1 and report.sent == 5
    assert rewards(market) == sorted(assignments)


@pytest.mark.parametrize("fault", ["lost", "killed", "timeout", "500"])
def test_a_bonus_is_paid_exactly_once_whatever_happens(worked, fault: str) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    for assignment in assignments[:3]:
        outbox.queue_bonus(wb, account, assignment, "0.75", reason="Careful work")
    faulty = Faulty(market)
    faulty.fail("send_bonus", "ok", fault)
    with contextlib.suppress(ProcessKilled):
        push_outbox(wb, account, faulty)
    push_outbox(wb, account, market)
    assert bonuses(market) == sorted((a, 75) for a in assignments[:3])
    assert all(a.state == "sent" for a in outbox.list_actions(wb, account))


def test_a_bonus_cut_off_after_the_token_was_forgotten_is_found_in_the_listing(
        worked, clock) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    outbox.queue_bonus(wb, account, assignments[0], "2.00", reason="Thanks")
    faulty = Faulty(market)
    faulty.fail("send_bonus", "killed")
    with pytest.raises(ProcessKilled):
        push_outbox(wb, account, faulty)
    clock.advance(hours=25)  # MTurk no longer remembers the UniqueRequestToken
    report = push_outbox(wb, account, market)
    assert report.reconciled == 1
    assert bonuses(market) == [(assignments[0], 200)]


def test_a_sync_between_the_crash_and_the_restart_does_not_cause_a_second_payment(
        worked, clock) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    outbox.queue_bonus(wb, account, assignments[0], "1.00", reason="Bonus")
    faulty = Faulty(market)
    faulty.fail("send_bonus", "killed")
    with pytest.raises(ProcessKilled):
        push_outbox(wb, account, faulty)
    clock.advance(hours=25)
    pull(wb, account, market, full=True)  # sees the payment while our action is unresolved
    push_outbox(wb, account, market)
    assert bonuses(market) == [(assignments[0], 100)]


def test_two_equal_bonuses_both_cut_off_are_each_paid_once(worked, clock) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    for _ in range(2):
        outbox.queue_bonus(wb, account, assignments[0], "0.40", reason="Same reason")
    faulty = Faulty(market)
    faulty.fail("send_bonus", "killed")
    with pytest.raises(ProcessKilled):
        push_outbox(wb, account, faulty)
    clock.advance(hours=25)
    push_outbox(wb, account, market)
    assert bonuses(market) == [(assignments[0], 40), (assignments[0], 40)]


def test_a_rejection_after_auto_approval_fails_with_the_reason(worked, clock) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    outbox.queue_reject(wb, account, [assignments[0]], feedback="Wrong")
    clock.advance(days=4)  # the auto-approval delay (3 days) passes before we push
    report = push_outbox(wb, account, market)
    assert report.failed == 1
    [action] = outbox.list_actions(wb, account)
    assert action.state == "failed" and "approved" in (action.last_error or "")


def test_two_pushers_at_once_send_each_action_once(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    outbox.queue_approve(wb, account, assignments)
    for assignment in assignments:
        outbox.queue_bonus(wb, account, assignment, "0.10", reason="Thanks")
    errors: list[BaseException] = []

    def run() -> None:
        try:
            push_outbox(wb, account, market)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    push_outbox(wb, account, market)
    assert errors == []
    assert rewards(market) == sorted(assignments)
    assert bonuses(market) == sorted((a, 10) for a in assignments)


def test_a_failed_action_can_be_retried_and_an_unsent_one_undone(worked, clock) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    [action] = outbox.queue_approve(wb, account, [assignments[0]])
    market.deposit(-10_000_00)  # an empty account: the approval of a rejection fails
    market.reject_assignment(AssignmentId=assignments[0], RequesterFeedback="elsewhere")
    report = push_outbox(wb, account, market)
    assert report.failed == 1
    market.deposit(10_000_00)
    outbox.retry(wb, action.id)
    assert [a.state for a in outbox.list_actions(wb, account)] == ["pending"]


def _fail(wb, action_id: int) -> None:  # type: ignore[no-untyped-def]
    """As a push leaves an action the marketplace refused: failed, its worker's key freed."""
    from workbench.domain.statuses import ActionState
    from workbench.store.schema import OutboxAction

    with wb.store.session(write=True) as session:
        action = session.get(OutboxAction, action_id)
        assert action is not None
        action.state, action.decision_key = ActionState.FAILED.value, None


def test_a_retried_block_is_again_the_only_block_of_its_worker(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, _, _ = worked
    block = outbox.queue_block(wb, account, "A1NOSUCHWORKER", reason="Copied answers")
    _fail(wb, block.id)
    outbox.retry(wb, block.id)
    # Retried, it waits again, so a second block of the same worker is refused...
    with pytest.raises(outbox.AlreadyDecided):
        outbox.queue_block(wb, account, "A1NOSUCHWORKER", reason="Twice")
    # ...and a failed block cannot come back beside one queued meanwhile.
    _fail(wb, block.id)
    other = outbox.queue_block(wb, account, "A1NOSUCHWORKER", reason="Again")
    with pytest.raises(outbox.OutboxError, match="another block or unblock"):
        outbox.retry(wb, block.id)
    assert [a.id for a in outbox.list_actions(wb, account, states=["pending"])] == [other.id]
