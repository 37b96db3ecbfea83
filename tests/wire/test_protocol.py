"""An unmodified boto3 client against ``workbench serve``: MTurk's wire protocol, over HTTP."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
import httpx
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

from tests.wire.conftest import ACCESS_KEY, SECRET_KEY, Served
from workbench.formats.answers import task_answers_xml
from workbench.formats.questions import html_question
from workbench.marketplace.local.workers import WorkerSide
from workbench.services.context import Workbench

TARGET = "MTurkRequesterServiceV20170117."


def client(served: Served, *, secret: str = SECRET_KEY, key: str = ACCESS_KEY,
           attempts: int = 1) -> Any:
    return boto3.client("mturk", region_name="us-east-1", endpoint_url=served.url,
                        aws_access_key_id=key, aws_secret_access_key=secret,
                        config=Config(retries={"mode": "standard", "total_max_attempts": attempts}))


def signed_post(served: Served, target: str, body: bytes, *,
                when: datetime | None = None) -> httpx.Response:
    """A request signed by hand with botocore's SigV4 signer (for bodies boto3 would refuse)."""
    request = AWSRequest(method="POST", url=served.url + "/", data=body, headers={
        "X-Amz-Target": target, "Content-Type": "application/x-amz-json-1.1"})
    signer = SigV4Auth(Credentials(ACCESS_KEY, SECRET_KEY), "mturk-requester", "us-east-1")
    if when is None:
        signer.add_auth(request)
    else:
        from unittest import mock

        with mock.patch("botocore.auth.get_current_datetime", return_value=when):
            signer.add_auth(request)
    return httpx.post(served.url + "/", content=body, headers=dict(request.headers.items()))


def hit_params(**extra: Any) -> dict[str, Any]:
    return {"Title": "Label a photo", "Description": "Say what the photo shows",
            "Reward": "0.25", "AssignmentDurationInSeconds": 600, "LifetimeInSeconds": 86400,
            "AutoApprovalDelayInSeconds": 3 * 86400, "MaxAssignments": 2,
            "Question": html_question("<p>What is it?</p><input name='label'>"), **extra}


def test_a_boto3_script_runs_a_whole_job_against_the_server(served: Served) -> None:
    mturk = client(served)
    hit = mturk.create_hit(UniqueRequestToken="script-row-1", **hit_params())["HIT"]
    assert hit["HITStatus"] == "Assignable" and hit["Reward"] == "0.25"
    assert isinstance(hit["CreationTime"], datetime)
    with pytest.raises(ClientError) as repeat:
        mturk.create_hit(UniqueRequestToken="script-row-1", **hit_params())
    assert repeat.value.response["TurkErrorCode"] == "AWS.MechanicalTurk.HitAlreadyExists"
    assert hit["HITId"] in repeat.value.response["Error"]["Message"]

    workers = WorkerSide(served.engine)
    done = []
    for name in ("AWORKERONE0001", "AWORKERTWO0002"):
        worker = workers.register(name)
        assignment = workers.accept(worker, hit["HITId"])
        workers.submit(worker, assignment, task_answers_xml({"label": "a cat"}))
        done.append(assignment)

    pages = mturk.get_paginator("list_assignments_for_hit").paginate(
        HITId=hit["HITId"], PaginationConfig={"PageSize": 1})
    listed = [a for page in pages for a in page["Assignments"]]
    assert sorted(a["AssignmentId"] for a in listed) == sorted(done)
    assert all(a["AssignmentStatus"] == "Submitted" and "a cat" in a["Answer"] for a in listed)

    mturk.approve_assignment(AssignmentId=done[0], RequesterFeedback="Thanks")
    mturk.reject_assignment(AssignmentId=done[1], RequesterFeedback="Not a label")
    mturk.send_bonus(WorkerId="AWORKERONE0001", AssignmentId=done[0], BonusAmount="0.50",
                     Reason="Careful work", UniqueRequestToken="bonus-1")
    with pytest.raises(ClientError) as again:
        mturk.send_bonus(WorkerId="AWORKERONE0001", AssignmentId=done[0], BonusAmount="0.50",
                         Reason="Careful work", UniqueRequestToken="bonus-1")
    assert again.value.response["Error"]["Code"] == "RequestError"
    bonuses = mturk.list_bonus_payments(HITId=hit["HITId"])["BonusPayments"]
    assert [(b["AssignmentId"], b["BonusAmount"]) for b in bonuses] == [(done[0], "0.50")]
    assert served.rewards() == {done[0]: 1}

    later = datetime.now(UTC) + timedelta(days=2)
    mturk.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=later)
    expiration = mturk.get_hit(HITId=hit["HITId"])["HIT"]["Expiration"]
    assert abs((expiration - later).total_seconds()) < 0.01
    balance = mturk.get_account_balance()
    assert float(balance["AvailableBalance"]) < 10_000


def test_requests_without_a_valid_signature_are_refused_and_change_nothing(
        served: Served) -> None:
    before = served.market().list_hits(MaxResults=100)["NumResults"]
    unsigned = httpx.post(served.url + "/", content=json.dumps(hit_params()).encode(), headers={
        "X-Amz-Target": TARGET + "CreateHIT", "Content-Type": "application/x-amz-json-1.1"})
    assert unsigned.status_code == 403
    assert unsigned.json()["__type"].endswith("MissingAuthenticationTokenException")
    for mturk, code in ((client(served, secret="guessed"), "InvalidSignatureException"),
                        (client(served, key="AKUNKNOWN0000000000"),
                         "UnrecognizedClientException")):
        with pytest.raises(ClientError) as refused:
            mturk.create_hit(**hit_params())
        assert refused.value.response["Error"]["Code"] == code
    stale = signed_post(served, TARGET + "CreateHIT", json.dumps(hit_params()).encode(),
                        when=datetime.now(UTC) - timedelta(minutes=20))
    assert stale.status_code == 403 and "Signature expired" in stale.json()["Message"]
    assert served.market().list_hits(MaxResults=100)["NumResults"] == before


def test_an_unknown_operation_is_answered_as_aws_answers_it(served: Served) -> None:
    unknown = signed_post(served, TARGET + "TransferAllFunds", b"{}")
    assert unknown.status_code == 400
    assert unknown.json()["__type"].endswith("#UnknownOperationException")
    wrong_service = signed_post(served, "DynamoDB_20120810.ListTables", b"{}")
    assert wrong_service.json()["__type"].endswith("#UnknownOperationException")
    # In the model but not offered by the local marketplace: a RequestError, as MTurk refuses.
    unsupported = signed_post(served, TARGET + "ListReviewPolicyResultsForHIT",
                              json.dumps({"HITId": "3X"}).encode())
    assert unsupported.status_code == 400
    assert unsupported.json()["TurkErrorCode"] == "AWS.MechanicalTurk.UnsupportedOperation"


@pytest.mark.parametrize(("body", "kind"), [
    (b"{not json", "SerializationException"),
    (b"[1, 2]", "SerializationException"),
    (json.dumps({"HITId": "3X", "ExpireAt": "soon"}).encode(), "ValidationException"),
    (json.dumps({"HITId": "3X", "ExpireAt": 1, "Extra": 1}).encode(), "ValidationException"),
    (json.dumps({"ExpireAt": 1}).encode(), "ValidationException"),
])
def test_a_request_the_model_refuses_is_refused(served: Served, body: bytes, kind: str) -> None:
    answer = signed_post(served, TARGET + "UpdateExpirationForHIT", body)
    assert answer.status_code == 400
    assert answer.json()["__type"].endswith(kind)


@pytest.mark.parametrize("depth", [100_000, 900, 40])
def test_a_body_nested_too_deeply_is_refused_as_aws_refuses_bad_json(served: Served,
                                                                     depth: int) -> None:
    nested = "[" * depth + "]" * depth
    body = f'{{"HITId": "3X", "ExpireAt": 1, "Deep": {nested}}}'.encode()
    answer = signed_post(served, TARGET + "UpdateExpirationForHIT", body)
    assert answer.status_code == 400
    error = answer.json()
    assert error["__type"] == "com.amazon.coral.service#SerializationException"
    assert "nested more than 32 levels" in error["Message"]
    assert "Traceback" not in served.log.read_text(encoding="utf-8", errors="replace")


def test_marketplace_errors_keep_their_turk_error_code(served: Served) -> None:
    with pytest.raises(ClientError) as missing:
        client(served).get_hit(HITId="3NOSUCHHIT0000000000000000000X")
    response = missing.value.response
    assert response["Error"]["Code"] == "RequestError"
    assert response["TurkErrorCode"] == "AWS.MechanicalTurk.HITDoesNotExist"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 400


def test_throttling_and_service_faults_are_shaped_for_botocore_to_retry(served: Served) -> None:
    before = served.injected()
    served.plan({"operation": "ListHITs", "fault": "throttle", "times": 2},
                {"operation": "GetAccountBalance", "fault": "fault", "times": 1})
    patient = client(served, attempts=4)
    listed = patient.list_hits()
    assert listed["ResponseMetadata"]["RetryAttempts"] == 2
    assert patient.get_account_balance()["ResponseMetadata"]["RetryAttempts"] == 1
    served.plan({"operation": "ListHITs", "fault": "throttle", "times": 1})
    with pytest.raises(ClientError) as throttled:
        client(served).list_hits()
    assert throttled.value.response["Error"] == {"Code": "ThrottlingException",
                                                 "Message": "Rate exceeded"}
    after = served.injected()
    assert {kind: after[kind] - before.get(kind, 0) for kind in after} == {"throttle": 3,
                                                                         "fault": 1}


def test_a_rate_limit_throttles_a_hurried_client(wb: Workbench) -> None:
    from workbench.marketplace.wire.app import RateLimit, WireAPI
    from workbench.marketplace.wire.auth import Keyring, ServerKey
    from workbench.marketplace.wire.server import BackgroundServer, application
    from workbench.services.accounts import get_account

    requester = get_account(wb).requester_id or ""
    api = WireAPI(Keyring([ServerKey(ACCESS_KEY, SECRET_KEY, requester)]), wb.market_engine,
                  rate_limit=RateLimit(2))
    with BackgroundServer(application(api.routes())) as server:
        hurried = boto3.client("mturk", region_name="us-east-1", endpoint_url=server.url,
                               aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                               config=Config(retries={"mode": "standard",
                                                      "total_max_attempts": 1}))
        codes = []
        for _ in range(6):
            try:
                hurried.get_account_balance()
                codes.append("ok")
            except ClientError as exc:
                codes.append(exc.response["Error"]["Code"])
    assert codes[0] == "ok" and "ThrottlingException" in codes


def test_the_server_turns_off_nagles_algorithm_on_every_connection() -> None:
    from workbench.marketplace.wire.server import BackgroundServer, application

    seen: list[int] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        transport = scope["state"]["workbench.transport"]
        sock = transport.get_extra_info("socket")
        seen.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    with BackgroundServer(app) as server:
        httpx.get(server.url + "/")
    assert seen and all(value != 0 for value in seen)
    assert application([]) is not None
