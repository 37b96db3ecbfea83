"""A signed request that changes something is carried out once, whoever sends it again.

The captured request is real SigV4 (botocore's signer), sent byte for byte with httpx, to
two ``workbench serve`` processes over one database: the memory of used signatures lives
in that database, so a copy sent to the other process is refused too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import boto3
import botocore.auth
import httpx
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError
from sqlalchemy import Engine, func, select

from tests.conftest import FakeClock
from tests.wire.conftest import ACCESS_KEY, SECRET_KEY, Served, start_server
from workbench.marketplace.errors import is_ambiguous, is_replay_refused
from workbench.marketplace.local.database import ensure_market_schema
from workbench.marketplace.local.replays import SeenSignature, SignatureLedger
from workbench.marketplace.wire.rehearsal import worked_hits
from workbench.sql.engine import make_engine

pytestmark = pytest.mark.slow


def signed_request(url: str, operation: str, params: dict[str, object]
                   ) -> tuple[dict[str, str], bytes]:
    """A request as boto3 would sign it: its headers and body, ready to be sent (again)."""
    body = json.dumps(params).encode()
    request = AWSRequest(method="POST", url=url + "/", data=body, headers={
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": f"MTurkRequesterServiceV20170117.{operation}"})
    SigV4Auth(Credentials(ACCESS_KEY, SECRET_KEY), "mturk-requester", "us-east-1"
              ).add_auth(request)
    # The Host header is signed: copies keep it, whichever server process they reach.
    return {**dict(request.headers.items()), "Host": urlsplit(url).netloc}, body


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory: pytest.TempPathFactory, _template_store: Path
                ) -> Iterator[tuple[Served, Served]]:
    """Two server processes over one store."""
    first = start_server(tmp_path_factory.mktemp("a"), _template_store)
    second = start_server(tmp_path_factory.mktemp("b"), _template_store, db=first.db)
    try:
        yield first, second
    finally:
        second.stop()
        first.stop()


def test_a_captured_bonus_replayed_twice_pays_once(two_servers: tuple[Served, Served]) -> None:
    first, second = two_servers
    made = worked_hits(first.engine, first.requester_id, hits=1, assignments=1)
    assignment = made.assignment_ids[0]
    first.market().approve_assignment(AssignmentId=assignment)
    worker = first.market().get_assignment(
        AssignmentId=assignment)["Assignment"]["WorkerId"]
    headers, body = signed_request(first.url, "SendBonus", {
        "WorkerId": worker, "AssignmentId": assignment, "BonusAmount": "0.75",
        "Reason": "Thorough work"})
    paid = httpx.post(first.url + "/", headers=headers, content=body)
    assert paid.status_code == 200
    answers = [httpx.post(server.url + "/", headers=headers, content=body)
               for server in (first, second)]
    for answer in answers:
        error = answer.json()
        assert answer.status_code == 500 and error["__type"] == "ServiceFault"
        assert error["TurkErrorCode"] == "AWS.MechanicalTurk.ReplayedRequest"
        assert "already received" in error["Message"] and "not carried out again" in \
            error["Message"]
    assert [cents for a, cents, _ in first.bonuses() if a == assignment] == [75]


def test_a_client_that_signs_again_is_not_taken_for_a_replay(
        two_servers: tuple[Served, Served]) -> None:
    first, _ = two_servers
    made = worked_hits(first.engine, first.requester_id, hits=1, assignments=1, seed=3)
    assignment = made.assignment_ids[0]
    market = first.market()
    market.approve_assignment(AssignmentId=assignment)
    worker = market.get_assignment(AssignmentId=assignment)["Assignment"]["WorkerId"]
    client = boto3.client("mturk", region_name="us-east-1", endpoint_url=first.url,
                          aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                          config=Config(retries={"mode": "standard", "max_attempts": 6}))
    # Two identical calls in the same second carry the same signature; the second is
    # refused as a copy, and botocore's retry, signed anew a moment later, goes through.
    for _ in range(2):
        client.send_bonus(WorkerId=worker, AssignmentId=assignment, BonusAmount="0.10",
                          Reason="Two bonuses on purpose")
    assert [cents for a, cents, _ in first.bonuses() if a == assignment] == [10, 10]


def test_a_refused_request_may_be_sent_again(two_servers: tuple[Served, Served]) -> None:
    first, second = two_servers
    headers, body = signed_request(first.url, "SendBonus", {
        "WorkerId": "ANOBODY", "AssignmentId": "NOSUCHASSIGNMENT0000000000000",
        "BonusAmount": "0.50", "Reason": "x"})
    # Nothing was done the first time, so a second copy is not a replay of anything.
    for server in (first, second, first):
        answer = httpx.post(server.url + "/", headers=headers, content=body)
        assert answer.status_code == 400 and answer.json()["__type"] == "RequestError"


def test_reads_may_be_repeated(two_servers: tuple[Served, Served]) -> None:
    first, second = two_servers
    headers, body = signed_request(first.url, "GetAccountBalance", {})
    for server in (first, second, first):
        assert httpx.post(server.url + "/", headers=headers, content=body).status_code == 200


def seen(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(SeenSignature))
                   .scalar() or 0)


def test_signatures_are_forgotten_once_they_expire(tmp_path: Path, clock: FakeClock) -> None:
    engine = make_engine(tmp_path / "market.sqlite3")
    ensure_market_schema(engine)
    ledger = SignatureLedger(engine, clock=clock)
    now = clock()
    assert ledger.claim("a" * 64, ACCESS_KEY, now + timedelta(minutes=15)) is None
    assert ledger.claim("a" * 64, ACCESS_KEY, now + timedelta(minutes=15)) == now
    clock.advance(minutes=16)
    ledger._swept = 0.0  # the sweep runs at most once a minute of real time
    assert ledger.claim("b" * 64, ACCESS_KEY, clock() + timedelta(minutes=15)) is None
    assert seen(engine) == 1  # "a…" expired and was swept
    ledger.release("b" * 64)
    assert seen(engine) == 0
    engine.dispose()


def test_the_memory_is_shared_on_postgresql(pg_database: str, clock: FakeClock) -> None:
    engine = make_engine(pg_database)
    ensure_market_schema(engine)
    one, other = SignatureLedger(engine, clock=clock), SignatureLedger(engine, clock=clock)
    expires = clock() + timedelta(minutes=15)
    assert one.claim("c" * 64, ACCESS_KEY, expires) is None
    assert other.claim("c" * 64, ACCESS_KEY, expires) == clock()
    engine.dispose()


def one_second_client(url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A boto3 client whose every signature is made in the same second (no retries)."""
    frozen = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: frozen)
    return boto3.client("mturk", region_name="us-east-1", endpoint_url=url,
                        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                        config=Config(retries={"mode": "standard", "max_attempts": 1}))


def test_a_call_repeated_in_the_same_second_is_refused_in_words_a_client_reads(
        two_servers: tuple[Served, Served], monkeypatch: pytest.MonkeyPatch) -> None:
    first, _ = two_servers
    made = worked_hits(first.engine, first.requester_id, hits=1, assignments=1, seed=5)
    assignment = made.assignment_ids[0]
    market = first.market()
    market.approve_assignment(AssignmentId=assignment)
    worker = market.get_assignment(AssignmentId=assignment)["Assignment"]["WorkerId"]
    client = one_second_client(first.url, monkeypatch)
    params = {"WorkerId": worker, "AssignmentId": assignment, "BonusAmount": "0.20",
              "Reason": "Same second"}
    client.send_bonus(**params)
    with pytest.raises(ClientError) as refused:
        client.send_bonus(**params)
    assert is_replay_refused(refused.value) and is_ambiguous(refused.value)
    assert [cents for a, cents, _ in first.bonuses() if a == assignment] == [20]


def test_a_hit_type_asked_for_twice_in_one_second_is_the_same_hit_type(
        two_servers: tuple[Served, Served], monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = two_servers
    client = one_second_client(first.url, monkeypatch)
    params = {"Title": "Same second", "Description": "Two publish runs in one second",
              "Reward": "0.10", "AssignmentDurationInSeconds": 600}
    # Two publish runs one after the other ask for the same HIT type within a second:
    # the repeat changes nothing, so it is answered, not refused as a copy.
    ids = {client.create_hit_type(**params)["HITTypeId"] for _ in range(3)}
    headers, body = signed_request(second.url, "CreateHITType", params)
    for server in (first, second):
        answer = httpx.post(server.url + "/", headers=headers, content=body)
        assert answer.status_code == 200
        ids.add(answer.json()["HITTypeId"])
    assert len(ids) == 1


def test_publishing_signs_again_a_second_later_when_taken_for_a_copy(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.marketplace.errors import service_fault
    from workbench.services import publish

    refused = service_fault("CreateHITType", "This exact signed request was already received")
    refused.response["TurkErrorCode"] = "AWS.MechanicalTurk.ReplayedRequest"
    pauses: list[float] = []
    monkeypatch.setattr(publish.time, "sleep", pauses.append)
    answers: list[Any] = [refused, refused, {"HITTypeId": "T1"}]

    def create_hit_type(**_: object) -> dict[str, str]:
        answer = answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return dict(answer)

    assert publish._call(create_hit_type, Title="x") == {"HITTypeId": "T1"}
    # Each retry waits past the second its refused copy was signed in.
    assert pauses == [publish.REPLAY_PAUSE_S] * 2 and publish.REPLAY_PAUSE_S > 1
