"""Reviewing and paying on the local marketplace: MTurk's rules for money."""

from __future__ import annotations

import pytest
from botocore.exceptions import ClientError

from tests.conftest import FakeClock
from tests.marketplace.conftest import Crowd
from workbench.marketplace.errors import turk_error_code


def test_approving_pays_the_reward_and_the_fee_once(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=1, reward="0.50")
    _, assignment = crowd.submit(hit_id)
    assert crowd.market.get_account_balance() == {"AvailableBalance": "9999.40",
                                                  "OnHoldBalance": "0.60"}
    crowd.market.approve_assignment(AssignmentId=assignment, RequesterFeedback="Thanks!")
    with pytest.raises(ClientError) as raised:
        crowd.market.approve_assignment(AssignmentId=assignment)
    assert turk_error_code(raised.value) == "AWS.MechanicalTurk.InvalidAssignmentState"
    payments = crowd.market.payments()
    assert [(p["kind"], p["amount_cents"], p["fee_cents"]) for p in payments] == [
        ("reward", 50, 10)]
    assert crowd.market.get_account_balance()["AvailableBalance"] == "9999.40"
    details = crowd.market.get_assignment(AssignmentId=assignment)["Assignment"]
    assert details["AssignmentStatus"] == "Approved"
    assert details["RequesterFeedback"] == "Thanks!"


def test_the_ten_assignment_surcharge_is_charged(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=10, reward="0.10")
    _, assignment = crowd.submit(hit_id)
    crowd.market.approve_assignment(AssignmentId=assignment)
    assert crowd.market.payments()[0]["fee_cents"] == 4


def test_rejecting_needs_feedback_and_a_submitted_assignment(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=2)
    _, assignment = crowd.submit(hit_id)
    with pytest.raises(ClientError):
        crowd.market.reject_assignment(AssignmentId=assignment, RequesterFeedback="  ")
    crowd.market.reject_assignment(AssignmentId=assignment, RequesterFeedback="Off topic")
    with pytest.raises(ClientError) as raised:
        crowd.market.reject_assignment(AssignmentId=assignment, RequesterFeedback="again")
    assert turk_error_code(raised.value).endswith("InvalidAssignmentState")  # type: ignore[union-attr]
    assert crowd.market.payments() == []


def test_a_rejection_can_be_overridden_within_30_days_only(crowd: Crowd, clock: FakeClock
                                                           ) -> None:
    hit_id = crowd.hit(assignments=2)
    _, early = crowd.submit(hit_id)
    _, late = crowd.submit(hit_id)
    for assignment in (early, late):
        crowd.market.reject_assignment(AssignmentId=assignment, RequesterFeedback="no")
    with pytest.raises(ClientError):
        crowd.market.approve_assignment(AssignmentId=early)  # needs OverrideRejection
    crowd.market.approve_assignment(AssignmentId=early, OverrideRejection=True)
    clock.advance(days=30, seconds=1)
    with pytest.raises(ClientError, match="30 days"):
        crowd.market.approve_assignment(AssignmentId=late, OverrideRejection=True)
    assert len(crowd.market.payments("reward")) == 1


def test_auto_approval_pays_when_its_time_comes(crowd: Crowd, clock: FakeClock) -> None:
    hit_id = crowd.hit(assignments=1)
    _, assignment = crowd.submit(hit_id)
    clock.advance(days=3, seconds=1)
    details = crowd.market.get_assignment(AssignmentId=assignment)["Assignment"]
    assert details["AssignmentStatus"] == "Approved"
    assert details["ApprovalTime"] == details["AutoApprovalTime"]
    assert len(crowd.market.payments("reward")) == 1
    with pytest.raises(ClientError):
        crowd.market.reject_assignment(AssignmentId=assignment, RequesterFeedback="too late")


def test_a_bonus_is_paid_once_per_token(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=1)
    worker, assignment = crowd.submit(hit_id)
    params = {"WorkerId": worker, "AssignmentId": assignment, "BonusAmount": "1.00",
              "Reason": "Great work", "UniqueRequestToken": "bonus-1"}
    crowd.market.send_bonus(**params)
    with pytest.raises(ClientError) as raised:
        crowd.market.send_bonus(**params)
    assert turk_error_code(raised.value).endswith("DuplicateRequest")  # type: ignore[union-attr]
    crowd.market.send_bonus(**{**params, "UniqueRequestToken": "bonus-2"})
    listed = crowd.market.list_bonus_payments(AssignmentId=assignment)["BonusPayments"]
    assert [(b["BonusAmount"], b["Reason"]) for b in listed] == [("1.00", "Great work")] * 2
    assert [p["fee_cents"] for p in crowd.market.payments("bonus")] == [20, 20]


@pytest.mark.parametrize(("amount", "reason"), [("0.001", "x"), ("-1", "x"), ("1.00", " ")])
def test_bad_bonuses_are_refused(crowd: Crowd, amount: str, reason: str) -> None:
    worker, assignment = crowd.submit(crowd.hit(assignments=1))
    with pytest.raises(ClientError):
        crowd.market.send_bonus(WorkerId=worker, AssignmentId=assignment, BonusAmount=amount,
                                Reason=reason)
    assert crowd.market.payments("bonus") == []


def test_a_bonus_must_go_to_the_worker_who_did_the_assignment(crowd: Crowd) -> None:
    _, assignment = crowd.submit(crowd.hit(assignments=1))
    with pytest.raises(ClientError, match="not done by"):
        crowd.market.send_bonus(WorkerId=crowd.worker(), AssignmentId=assignment,
                                BonusAmount="1.00", Reason="x")


def test_insufficient_funds_stop_new_hits(crowd: Crowd, engine: object) -> None:
    crowd.market.deposit(-9_999_00)  # leave one dollar
    with pytest.raises(ClientError) as raised:
        crowd.hit(assignments=10, reward="0.50")
    assert turk_error_code(raised.value).endswith("InsufficientFunds")  # type: ignore[union-attr]


def test_blocks(crowd: Crowd) -> None:
    worker = crowd.worker()
    crowd.market.create_worker_block(WorkerId=worker, Reason="Spam")
    assert crowd.market.list_worker_blocks()["WorkerBlocks"] == [
        {"WorkerId": worker, "Reason": "Spam"}]
    from workbench.marketplace.local.workers import WorkRefused

    with pytest.raises(WorkRefused, match="does not accept work from you"):
        crowd.workers.accept(worker, crowd.hit())
    crowd.market.delete_worker_block(WorkerId=worker, Reason="Forgiven")
    assert crowd.market.list_worker_blocks()["WorkerBlocks"] == []


def test_notify_workers_limits_and_failures(crowd: Crowd) -> None:
    worker, _ = crowd.submit(crowd.hit(assignments=1))
    stranger = crowd.worker()
    result = crowd.market.notify_workers(Subject="Hello", MessageText="New batch tomorrow",
                                         WorkerIds=[worker, stranger])
    assert [f["WorkerId"] for f in result["NotifyWorkersFailureStatuses"]] == [stranger]
    with pytest.raises(ClientError):
        crowd.market.notify_workers(Subject="x" * 201, MessageText="m", WorkerIds=[worker])
    with pytest.raises(ClientError):
        crowd.market.notify_workers(Subject="s", MessageText="m" * 4097, WorkerIds=[worker])
    with pytest.raises(ClientError):
        crowd.market.notify_workers(Subject="s", MessageText="m",
                                    WorkerIds=[f"A{i:013d}" for i in range(101)])
