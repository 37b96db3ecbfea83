"""The local marketplace's HIT lifecycle, as MTurk's API describes it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from botocore.exceptions import ClientError, ParamValidationError

from tests.conftest import FakeClock
from tests.marketplace.conftest import QUESTION, Crowd
from workbench.marketplace.errors import turk_error_code
from workbench.marketplace.local.market import LocalMarketplace
from workbench.marketplace.local.workers import WorkRefused


def code(error: pytest.ExceptionInfo[ClientError]) -> str:
    return turk_error_code(error.value) or ""


def test_identical_hit_type_properties_give_the_same_hit_type(market: LocalMarketplace) -> None:
    params = {"Title": "T", "Description": "D", "Reward": "0.05",
              "AssignmentDurationInSeconds": 300}
    first = market.create_hit_type(**params)["HITTypeId"]
    assert market.create_hit_type(**params)["HITTypeId"] == first
    assert market.create_hit_type(**{**params, "Reward": "0.06"})["HITTypeId"] != first


@pytest.mark.parametrize("reward", ["0.051", "-1", "1,00", "$$"])
def test_bad_rewards_are_refused_as_mturk_does(market: LocalMarketplace, reward: str) -> None:
    with pytest.raises(ClientError) as raised:
        market.create_hit_type(Title="T", Description="D", Reward=reward,
                               AssignmentDurationInSeconds=300)
    assert code(raised) == "AWS.MechanicalTurk.ParameterOutOfRange"
    assert raised.value.response["Error"]["Code"] == "RequestError"


def test_arguments_are_validated_like_boto3(market: LocalMarketplace) -> None:
    with pytest.raises(ParamValidationError, match="Missing required parameter"):
        market.create_hit_type(Title="T", Reward="0.05", AssignmentDurationInSeconds=300)
    with pytest.raises(ParamValidationError, match="Unknown parameter"):
        market.get_hit(HITId="x", Colour="red")  # type: ignore[call-arg]
    with pytest.raises(ClientError, match="at most 100"):
        market.list_hits(MaxResults=500)


def test_a_new_hit_is_assignable_with_all_assignments_available(crowd: Crowd) -> None:
    hit = crowd.market.get_hit(HITId=crowd.hit(assignments=3))["HIT"]
    assert hit["HITStatus"] == "Assignable"
    assert hit["NumberOfAssignmentsAvailable"] == 3
    assert hit["Reward"] == "0.10"
    assert hit["Question"] == QUESTION


def test_statuses_follow_the_work(crowd: Crowd, clock: FakeClock) -> None:
    hit_id = crowd.hit(assignments=2)
    market, workers = crowd.market, crowd.workers
    first, second = crowd.worker(), crowd.worker()
    a1 = workers.accept(first, hit_id)
    workers.accept(second, hit_id)
    hit = market.get_hit(HITId=hit_id)["HIT"]
    assert (hit["HITStatus"], hit["NumberOfAssignmentsPending"],
            hit["NumberOfAssignmentsAvailable"]) == ("Unassignable", 2, 0)
    workers.submit(first, a1, "<QuestionFormAnswers/>")
    clock.advance(minutes=11)  # the second worker runs out of time: back to the pool
    hit = market.get_hit(HITId=hit_id)["HIT"]
    assert (hit["HITStatus"], hit["NumberOfAssignmentsAvailable"]) == ("Assignable", 1)
    clock.advance(days=2)  # the HIT expires with one slot unfilled
    assert market.get_hit(HITId=hit_id)["HIT"]["HITStatus"] == "Reviewable"


def test_the_same_request_token_never_creates_a_second_hit(crowd: Crowd) -> None:
    first = crowd.hit(UniqueRequestToken="row-1")
    with pytest.raises(ClientError) as raised:
        crowd.hit(UniqueRequestToken="row-1")
    assert code(raised) == "AWS.MechanicalTurk.HitAlreadyExists"
    assert first in str(raised.value)
    assert crowd.market.list_hits()["NumResults"] == 1


def test_a_token_is_forgotten_after_24_hours(crowd: Crowd, clock: FakeClock) -> None:
    crowd.hit(UniqueRequestToken="again")
    clock.advance(hours=24, seconds=1)
    crowd.hit(UniqueRequestToken="again")
    assert crowd.market.list_hits()["NumResults"] == 2


def test_pagination_returns_every_hit_once(crowd: Crowd) -> None:
    created = {crowd.hit(assignments=1) for _ in range(23)}
    seen: list[str] = []
    token = None
    while True:
        page = crowd.market.list_hits(MaxResults=5, **({"NextToken": token} if token else {}))
        seen += [h["HITId"] for h in page["HITs"]]
        token = page.get("NextToken")
        if not token:
            break
    assert sorted(seen) == sorted(created)
    with pytest.raises(ClientError) as raised:
        crowd.market.list_hits(NextToken="garbage!")
    assert code(raised).endswith("InvalidNextToken")


def test_expire_now_and_extend(crowd: Crowd, clock: FakeClock) -> None:
    hit_id = crowd.hit()
    crowd.market.update_expiration_for_hit(HITId=hit_id, ExpireAt=clock.now - timedelta(days=1))
    hit = crowd.market.get_hit(HITId=hit_id)["HIT"]
    assert hit["HITStatus"] == "Reviewable" and hit["Expiration"] == clock.now
    with pytest.raises(WorkRefused, match="no more assignments"):
        crowd.workers.accept(crowd.worker(), hit_id)
    crowd.market.update_expiration_for_hit(HITId=hit_id, ExpireAt=clock.now + timedelta(days=3))
    assert crowd.market.get_hit(HITId=hit_id)["HIT"]["HITStatus"] == "Assignable"


def test_additional_assignments_respect_the_ten_assignment_rule(crowd: Crowd) -> None:
    small, large = crowd.hit(assignments=5), crowd.hit(assignments=10)
    with pytest.raises(ClientError) as raised:
        crowd.market.create_additional_assignments_for_hit(HITId=small,
                                                           NumberOfAdditionalAssignments=5)
    assert code(raised).endswith("InvalidMaximumAssignmentsIncrease")
    crowd.market.create_additional_assignments_for_hit(HITId=small,
                                                       NumberOfAdditionalAssignments=4,
                                                       UniqueRequestToken="more")
    with pytest.raises(ClientError) as raised:
        crowd.market.create_additional_assignments_for_hit(HITId=small,
                                                           NumberOfAdditionalAssignments=4,
                                                           UniqueRequestToken="more")
    assert code(raised).endswith("DuplicateRequest")
    crowd.market.create_additional_assignments_for_hit(HITId=large,
                                                       NumberOfAdditionalAssignments=5)
    assert crowd.market.get_hit(HITId=small)["HIT"]["MaxAssignments"] == 9
    assert crowd.market.get_hit(HITId=large)["HIT"]["MaxAssignments"] == 15


def test_only_finished_and_reviewed_hits_can_be_deleted(crowd: Crowd, clock: FakeClock) -> None:
    hit_id = crowd.hit(assignments=1)
    with pytest.raises(ClientError) as raised:
        crowd.market.delete_hit(HITId=hit_id)
    assert code(raised).endswith("InvalidHITState")
    _, assignment = crowd.submit(hit_id)
    with pytest.raises(ClientError):
        crowd.market.delete_hit(HITId=hit_id)  # submitted work is not yet decided
    crowd.market.approve_assignment(AssignmentId=assignment)
    crowd.market.delete_hit(HITId=hit_id)
    assert crowd.market.list_hits()["NumResults"] == 0
    assert crowd.market.get_hit(HITId=hit_id)["HIT"]["HITStatus"] == "Disposed"


def test_reviewing_status_can_be_set_and_reverted(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=1)
    crowd.submit(hit_id)
    crowd.market.update_hit_review_status(HITId=hit_id)
    assert crowd.market.get_hit(HITId=hit_id)["HIT"]["HITStatus"] == "Reviewing"
    reviewing = crowd.market.list_reviewable_hits(Status="Reviewing")
    assert [h["HITId"] for h in reviewing["HITs"]] == [hit_id]
    crowd.market.update_hit_review_status(HITId=hit_id, Revert=True)
    assert [h["HITId"] for h in crowd.market.list_reviewable_hits()["HITs"]] == [hit_id]


def test_another_requesters_hits_are_invisible(crowd: Crowd, engine: object,
                                               clock: FakeClock) -> None:
    from workbench.marketplace.local.market import create_requester

    hit_id = crowd.hit()
    other = LocalMarketplace(engine, create_requester(engine, "other"), clock=clock)  # type: ignore[arg-type]
    assert other.list_hits()["NumResults"] == 0
    with pytest.raises(ClientError) as raised:
        other.get_hit(HITId=hit_id)
    assert code(raised).endswith("HITDoesNotExist")


def test_unknown_operations_are_refused_by_name(market: LocalMarketplace) -> None:
    with pytest.raises(ClientError, match="GetFileUploadURL"):
        market.call("GetFileUploadURL", {"AssignmentId": "a", "QuestionIdentifier": "q"})
    assert market.call("GetAccountBalance", {})["AvailableBalance"] == "10000.00"
