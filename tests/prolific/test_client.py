"""The Prolific client against the simulator; each exchange checked against the OpenAPI document."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.prolific.conftest import TOKEN
from tests.prolific.contract import ContractViolation, Exchanges, ValidatingTransport
from workbench.marketplace.prolific.client import ProlificClient, ProlificError, RetryPolicy
from workbench.marketplace.prolific.model import RejectionCategory, StudyStatus
from workbench.marketplace.prolific.simulator import ProlificSimulator

REJECTION = ("Your answers did not follow the instructions: most questions were left blank "
             "and the attention check was failed twice.")


def draft(places: int = 10, reward: int = 150) -> dict[str, Any]:
    return {"name": "Tag photos", "internal_name": "Tag photos · wb-test",
            "description": "Tag 3 photos of street scenes.",
            "external_study_url": "https://site.example/prolific?PROLIFIC_PID={{%PROLIFIC_PID%}}"
                                  "&STUDY_ID={{%STUDY_ID%}}&SESSION_ID={{%SESSION_ID%}}",
            "prolific_id_option": "url_parameters",
            "completion_codes": [{"code": "WB-DONE", "code_type": "COMPLETED",
                                  "actions": [{"action": "MANUALLY_REVIEW"}]}],
            "total_available_places": places, "estimated_completion_time": 6,
            "reward": reward, "device_compatibility": ["desktop"]}


def published(client: ProlificClient, places: int = 10) -> str:
    study = client.create_study(draft(places))
    assert study["status"] == StudyStatus.UNPUBLISHED
    client.publish_study(study["id"])
    return str(study["id"])


def test_test_connection_shows_workspace_and_balance(client: ProlificClient,
                                                     simulator: ProlificSimulator,
                                                     exchanges: Exchanges) -> None:
    account = client.account()
    assert account.email == "researcher@example.org"
    assert account.workspace_id == simulator.workspace["id"]
    assert account.workspace_title == "Workbench tests"
    assert (account.currency, account.available_balance_cents) == ("GBP", 1_000_000)
    assert exchanges.checked == {"get-user": 1, "get-workspaces": 1,
                                 "get-workspace-balance": 1}


def test_a_wrong_token_is_refused_in_one_line(simulator: ProlificSimulator) -> None:
    transport = ValidatingTransport(simulator.transport())
    with ProlificClient("not-the-token", transport=transport) as client, \
            pytest.raises(ProlificError) as caught:
        client.me()
    assert caught.value.outcome == "refused" and caught.value.status == 401
    assert str(caught.value) == "Invalid token."


def test_study_lifecycle_follows_prolific_transitions(client: ProlificClient) -> None:
    study_id = published(client, places=2)
    assert client.get_study(study_id)["status"] == StudyStatus.ACTIVE
    client.pause_study(study_id)
    assert client.get_study(study_id)["status"] == StudyStatus.PAUSED
    with pytest.raises(ProlificError, match="PAUSED cannot PAUSE") as caught:
        client.pause_study(study_id)
    assert caught.value.outcome == "refused"
    client.resume_study(study_id)
    client.set_places(study_id, 5)
    assert client.get_study(study_id)["total_available_places"] == 5
    with pytest.raises(ProlificError, match="only be increased"):
        client.set_places(study_id, 3)
    client.stop_study(study_id)
    assert client.get_study(study_id)["status"] == StudyStatus.COMPLETED
    assert [s["id"] for s in client.list_studies("COMPLETED")] == [study_id]


def test_submissions_are_listed_page_by_page_and_transitioned(
        client: ProlificClient, simulator: ProlificSimulator, exchanges: Exchanges) -> None:
    study_id = published(client, places=5)
    ids = [simulator.start_submission(study_id, f"p{n:02d}") for n in range(5)]
    for submission_id in ids:
        simulator.complete_submission(submission_id, "WB-DONE")
    listed = list(client.iter_submissions(study_id, page_size=2))
    assert [s.id for s in listed] == ids
    assert all(s.status == "AWAITING REVIEW" and s.study_code == "WB-DONE" for s in listed)
    assert exchanges.checked["get-submissions"] == 3
    assert client.get_study(study_id)["status"] == StudyStatus.AWAITING_REVIEW

    assert client.approve(ids[0]).status == "APPROVED"
    rejected = client.reject(ids[1], REJECTION, RejectionCategory.FAILED_INSTRUCTIONS)
    assert rejected.status == "REJECTED"
    with pytest.raises(ProlificError, match="at least 100 characters"):
        client.reject(ids[2], "Too short.", RejectionCategory.LOW_EFFORT)
    with pytest.raises(ProlificError, match="APPROVED cannot be approved"):
        client.approve(ids[0])
    client.request_return(ids[2], ["You took part twice."])
    assert client.get_submission(ids[2]).return_requested is not None
    client.bulk_approve(ids[3:])
    assert {client.get_submission(i).status for i in ids[3:]} == {"APPROVED"}
    assert client.submission_counts(study_id)["APPROVED"] == 3
    assert [entry[1] for entry in simulator.money("reward")] == [ids[0], ids[3], ids[4]]


def test_bonuses_are_set_up_then_paid_and_paying_twice_pays_twice(
        client: ProlificClient, simulator: ProlificSimulator) -> None:
    study_id = published(client, places=2)
    ids = [simulator.start_submission(study_id, f"p{n}") for n in range(2)]
    for submission_id in ids:
        simulator.complete_submission(submission_id, "WB-DONE")
    setup = client.setup_bonuses(study_id, [(ids[0], "1.50"), (ids[1], "0.25")])
    assert setup["amount"] == 175 and setup["total_amount"] == 175 + setup["fees"]
    assert client.get_submission(ids[0]).bonus_payments == ()
    client.pay_bonuses(setup["id"])
    assert client.get_submission(ids[0]).bonus_payments == (150,)
    # The document's warning, kept by the simulator: the pay call is not idempotent.
    client.pay_bonuses(setup["id"])
    assert client.get_submission(ids[0]).bonus_payments == (150, 150)
    with pytest.raises(ProlificError, match="did not take part"):
        client.setup_bonuses(study_id, [("someone-else", "1.00")])


def test_throttling_waits_as_retry_after_says(client: ProlificClient,
                                              simulator: ProlificSimulator,
                                              sleeps: list[float], exchanges: Exchanges) -> None:
    simulator.inject("get-user", "throttle", times=2, retry_after=7)
    assert client.me()["email"] == "researcher@example.org"
    assert sleeps == [7, 7]
    assert exchanges.undeclared == {429: 2}
    simulator.inject("get-user", "throttle", times=4, retry_after=1)
    with pytest.raises(ProlificError) as caught:
        client.me()
    assert caught.value.outcome == "throttled"


def test_a_5xx_is_retried_only_where_the_call_is_idempotent(
        client: ProlificClient, simulator: ProlificSimulator) -> None:
    study_id = published(client, places=1)
    simulator.inject("get-study", "error", times=2)
    assert client.get_study(study_id)["id"] == study_id
    submission_id = simulator.start_submission(study_id, "p1")
    simulator.complete_submission(submission_id, "WB-DONE")
    simulator.inject("transition-submission", "error")
    with pytest.raises(ProlificError) as caught:
        client.approve(submission_id)
    assert caught.value.outcome == "ambiguous"
    assert simulator.money("reward") == []


def test_a_lost_pay_answer_is_ambiguous_and_never_resent_by_the_client(
        client: ProlificClient, simulator: ProlificSimulator) -> None:
    study_id = published(client, places=1)
    submission_id = simulator.start_submission(study_id, "p1")
    simulator.complete_submission(submission_id, "WB-DONE")
    setup = client.setup_bonuses(study_id, [(submission_id, "2.00")])
    simulator.inject("pay-bonus-payments", "lost")
    with pytest.raises(ProlificError) as caught:
        client.pay_bonuses(setup["id"])
    assert caught.value.outcome == "ambiguous"
    assert simulator.pay_calls[setup["id"]] == 1
    assert simulator.bonuses_paid(submission_id) == [200]


def test_unreachable_prolific_is_unsent() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with ProlificClient(TOKEN, transport=httpx.MockTransport(refuse),
                        retry=RetryPolicy(attempts=2), sleep=lambda _: None) as client, \
            pytest.raises(ProlificError) as caught:
        client.pay_bonuses("x")
    assert caught.value.outcome == "unsent"


def test_the_contract_catches_a_request_prolific_would_refuse(
        simulator: ProlificSimulator) -> None:
    transport = ValidatingTransport(simulator.transport())
    with ProlificClient(TOKEN, transport=transport) as client, \
            pytest.raises(ContractViolation, match="reward"):
        client.create_study({**draft(), "reward": "a lot"})
    assert simulator.studies == {}


def test_cost_calculator_and_minimum_hourly_rate(client: ProlificClient,
                                                 simulator: ProlificSimulator) -> None:
    assert client.calculate_cost(150, 10) == 1500 + 500
    (gbp,) = client.reward_recommendations(simulator.workspace["id"], "GBP")
    assert gbp["min_reward_per_hour"] == 600


def test_a_participant_group_serves_as_a_block_list(client: ProlificClient,
                                                    simulator: ProlificSimulator) -> None:
    group = client.create_participant_group("Blocked by the workbench",
                                            workspace_id=simulator.workspace["id"])
    assert client.add_to_group(group["id"], ["p1", "p2"]) == ["p1", "p2"]
    assert client.add_to_group(group["id"], ["p1"]) == ["p1", "p2"]
    assert client.remove_from_group(group["id"], ["p2"]) == ["p1"]
    study = client.create_study({**draft(), "filters": [
        {"filter_id": "participant_group_blocklist", "selected_values": [group["id"]]}]})
    client.publish_study(study["id"])
    with pytest.raises(Exception, match="not eligible"):
        simulator.start_submission(study["id"], "p1")
    client.send_message("p2", "Thank you for taking part.", study["id"])
    client.bulk_message(["p1", "p2"], "A follow-up study opens on Monday.", study["id"])
    assert len(simulator.messages) == 2


def test_bulk_approval_goes_in_chunks_of_the_bulk_limit(client: ProlificClient,
                                                        simulator: ProlificSimulator,
                                                        exchanges: Exchanges) -> None:
    study_id = published(client, places=201)
    ids = [simulator.start_submission(study_id, f"p{n:03d}") for n in range(201)]
    for submission_id in ids:
        simulator.complete_submission(submission_id, "WB-DONE")
    client.bulk_approve(ids)
    assert exchanges.checked["bulk-approve-submissions"] == 2
    assert len(simulator.money("reward")) == 201
    with pytest.raises(ProlificError, match="At most 200"):
        client._request("POST", "/submissions/bulk-approve/", "bulk-approve-submissions",
                        json={"submission_ids": ids})
