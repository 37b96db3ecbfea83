"""Queuing decisions: one decision per assignment, feedback where the worker needs it."""

from __future__ import annotations

import pytest

from workbench.services import outbox
from workbench.services.outbox import AlreadyDecided, OutboxError
from workbench.services.push import push_outbox


def test_approvals_and_rejections_are_queued_not_sent(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    outbox.queue_approve(wb, account, assignments[:2], feedback="Thanks")
    outbox.queue_reject(wb, account, [assignments[2]], feedback="Wrong label")
    assert market.payments() == []
    states = [a.state for a in outbox.list_actions(wb, account)]
    assert states == ["pending"] * 3


def test_a_double_click_queues_one_decision(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, _, assignments = worked
    outbox.queue_approve(wb, account, [assignments[0]])
    with pytest.raises(AlreadyDecided, match="already has a queued decision") as raised:
        outbox.queue_approve(wb, account, [assignments[0]])
    assert raised.value.by == "tester"
    with pytest.raises(AlreadyDecided):
        outbox.queue_reject(wb, account, [assignments[0]], feedback="changed my mind")
    assert len(outbox.list_actions(wb, account)) == 1


def test_a_batch_of_decisions_is_all_or_nothing(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, _, assignments = worked
    outbox.queue_approve(wb, account, [assignments[3]])
    with pytest.raises(AlreadyDecided):
        outbox.queue_approve(wb, account, assignments[:5])
    assert len(outbox.list_actions(wb, account)) == 1


def test_rejecting_without_feedback_is_impossible(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, _, assignments = worked
    for feedback in ("", "   "):
        with pytest.raises(OutboxError, match="feedback"):
            outbox.queue_reject(wb, account, [assignments[0]], feedback=feedback)
    assert outbox.list_actions(wb, account) == []


def test_unknown_assignments_are_named(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, _, _ = worked
    with pytest.raises(OutboxError, match="NOPE"):
        outbox.queue_approve(wb, account, ["NOPE"])


def test_undo_before_sending_and_decide_again(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    [action] = outbox.queue_reject(wb, account, [assignments[0]], feedback="oops")
    outbox.undo(wb, action.id)
    outbox.queue_approve(wb, account, [assignments[0]])
    push_outbox(wb, account, market)
    assert market.get_assignment(AssignmentId=assignments[0])["Assignment"][
        "AssignmentStatus"] == "Approved"
    with pytest.raises(OutboxError, match="only pending"):
        outbox.undo(wb, action.id + 1)


def test_a_decided_assignment_says_who_decided_it(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    outbox.queue_approve(wb, account, [assignments[0]])
    push_outbox(wb, account, market)
    with pytest.raises(AlreadyDecided, match="already approved \\(by tester"):
        outbox.queue_reject(wb, account, [assignments[0]], feedback="no")


def test_bonuses_need_a_reason_and_a_valid_amount(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, _, assignments = worked
    for amount, reason in (("0.001", "x"), ("-2", "x"), ("abc", "x"), ("1.00", "")):
        with pytest.raises(OutboxError):
            outbox.queue_bonus(wb, account, assignments[0], amount, reason=reason)
    first = outbox.queue_bonus(wb, account, assignments[0], "0.50", reason="Great",
                               request_key="dialog-1")
    again = outbox.queue_bonus(wb, account, assignments[0], "0.50", reason="Great",
                               request_key="dialog-1")
    assert first.id == again.id
    assert len(outbox.list_actions(wb, account)) == 1


def test_blocks_cannot_be_queued_twice(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, _, _ = worked
    outbox.queue_block(wb, account, "AWORKER0000000", reason="spam")
    with pytest.raises(AlreadyDecided):
        outbox.queue_block(wb, account, "AWORKER0000000", reason="spam")


def test_messages_are_chunked_into_hundreds(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, _, _ = worked
    actions = outbox.queue_notify(wb, account, [f"A{i:013d}" for i in range(250)],
                                  subject="New batch", message="Tomorrow at 9")
    assert [len(a.payload["worker_ids"]) for a in actions] == [100, 100, 50]
