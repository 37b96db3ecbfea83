"""A participant arriving from Prolific on the worker site, and what sync makes of it.

The site is the real ASGI application (Starlette's test client, no network); Prolific is the
simulator, every exchange checked against the OpenAPI document. What is checked is what a
participant or a requester would notice: the link signs in for one study and nothing else,
one unit of HITs is given and worked, the participant is sent back with the code, and the
store never flips a decided assignment back to Submitted nor lets a ledger owe anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from starlette.testclient import TestClient

from tests.conftest import FakeClock
from tests.prolific.conftest import TOKEN
from tests.prolific.scenario import REJECTION, Scenario, pid, statuses
from tests.prolific.test_flow import published_study
from workbench.marketplace.local.market import LocalMarketplace
from workbench.marketplace.local.workers import WorkerSide, WorkRefused
from workbench.marketplace.prolific.simulator import ProlificSimulator
from workbench.marketplace.site.app import WorkerSite
from workbench.services import prolific
from workbench.services.context import Workbench
from workbench.services.sync import pull

FRAME = re.compile(r'<iframe id="task-frame"[^>]* src="([^"]+)"')


@pytest.fixture
def scenario(wb: Workbench, clock: FakeClock) -> Iterator[Scenario]:
    wb.clock = clock
    made = Scenario(wb, clock, ProlificSimulator(token=TOKEN, clock=clock))
    prolific.use_transport(made.transport)
    try:
        made.open_account()
        yield made
    finally:
        prolific.use_transport(None)


@pytest.fixture
def site(scenario: Scenario) -> Iterator[TestClient]:
    app = WorkerSite(scenario.wb.store.engine, clock=scenario.clock).app()
    with TestClient(app, base_url="https://work.example.org") as client:
        yield client


def arrive(client: TestClient, participant: str, study_id: str, session_id: str
           ) -> object:
    return client.get("/prolific", params={"PROLIFIC_PID": participant, "STUDY_ID": study_id,
                                          "SESSION_ID": session_id}, follow_redirects=False)


def work_unit(client: TestClient, label: str = "car") -> tuple[list[str], str]:
    """Work every task the site shows, as the frame would post them; (assignments, the URL
    the participant is sent to at the end)."""
    worked: list[str] = []
    for _ in range(20):
        page = client.get("/prolific/work", follow_redirects=False)
        if page.status_code == 303:
            return worked, page.headers["location"]
        assert page.status_code == 200, page.text
        src = FRAME.search(page.text)
        assert src is not None, page.text
        frame_url = src.group(1).replace("&amp;", "&")
        assert client.get(frame_url).status_code == 200
        assignment = parse_qs(urlsplit(frame_url).query)["assignmentId"][0]
        submitted = client.post(urlsplit(frame_url).path + "/mturk/externalSubmit",
                                data={"assignmentId": assignment, "label": label})
        assert submitted.status_code == 200 and 'data-outcome="submitted"' in submitted.text
        worked.append(assignment)
    raise AssertionError("the unit never ended")


def test_a_participant_works_one_unit_and_is_sent_back_with_the_code(
        scenario: Scenario, site: TestClient) -> None:
    s, sim = scenario, scenario.simulator
    study, unit_of = published_study(s, places=4, per_place=3)
    session = sim.start_submission(study.study_id or "", pid(1))
    arrived = arrive(site, pid(1), study.study_id or "", session)
    assert arrived.status_code == 303 and arrived.headers["location"] == "/prolific/work"
    cookie = arrived.headers["set-cookie"]
    assert "Path=/prolific" in cookie and "HttpOnly" in cookie and "Secure" in cookie
    page = site.get("/prolific/work")
    assert "Task 1 of 3" in page.text and "Tag street photos" in page.text
    assert 'href="/hits"' not in page.text  # no menu into the rest of the site
    # The Prolific session reaches nothing else: the rest of the site wants an invitation.
    assert site.get("/hits", follow_redirects=False).headers["location"] == "/sign-in"
    assert site.get("/my-work", follow_redirects=False).headers["location"] == "/sign-in"

    worked, back_to = work_unit(site)
    assert back_to == f"https://app.prolific.com/submissions/complete?cc={study.completion_code}"
    market = LocalMarketplace(s.wb.store.engine, s.acct.requester_id or "", clock=s.clock)
    hits = {market.get_assignment(AssignmentId=a)["Assignment"]["HITId"] for a in worked}
    assert sorted(hits) == sorted(unit_of[0])
    # Arriving again with the same link (another browser) finds the same, finished unit.
    again = TestClient(site.app, base_url="https://work.example.org")
    assert arrive(again, pid(1), study.study_id or "", session).status_code == 303
    assert again.get("/prolific/work", follow_redirects=False).status_code == 303

    sim.complete_submission(session, study.completion_code)
    s.sync()
    (mirrored,) = prolific.submissions_of(s.wb, s.acct, study)
    assert sorted(mirrored.assignment_ids) == sorted(worked)


@pytest.mark.parametrize(("participant", "study", "session", "status", "words"), [
    ("", "S", "X", 400, "PROLIFIC_PID is missing or malformed"),
    ("{{%PROLIFIC_PID%}}", "S", "X", 400, "PROLIFIC_PID is missing or malformed"),
    (pid(2), "S", "nothex" * 4, 400, "SESSION_ID is missing or malformed"),
    (pid(2), "a" * 24, "b" * 24, 404, "This study is not served here"),
])
def test_links_that_are_not_a_prolific_study_are_refused_in_words(
        scenario: Scenario, site: TestClient, participant: str, study: str, session: str,
        status: int, words: str) -> None:
    made, _ = published_study(scenario, places=1, per_place=1)
    study = made.study_id if study == "S" else study
    assert study is not None
    answer = arrive(site, participant, study, session)
    assert answer.status_code == status and words in answer.text
    assert "wb_prolific" not in answer.headers.get("set-cookie", "")
    assert site.get("/prolific/work").status_code == 401


def test_a_session_belongs_to_its_participant_and_study(scenario: Scenario,
                                                         site: TestClient) -> None:
    study, _ = published_study(scenario, places=2, per_place=1)
    session = scenario.simulator.start_submission(study.study_id or "", pid(3))
    assert arrive(site, pid(3), study.study_id or "", session).status_code == 303
    other = TestClient(site.app, base_url="https://work.example.org")
    taken = arrive(other, pid(4), study.study_id or "", session)
    assert taken.status_code == 403 and "belongs to another participant" in taken.text


def test_prolific_hits_are_hidden_from_invited_workers_and_never_paid_here(
        scenario: Scenario, site: TestClient) -> None:
    s = scenario
    study, unit_of = published_study(s, places=1, per_place=2)
    side = WorkerSide(s.wb.store.engine, clock=s.clock)
    side.register("AINVITED0001")
    assert side.discover("AINVITED0001") == []
    with pytest.raises(WorkRefused, match="no longer available"):
        side.accept("AINVITED0001", unit_of[0][0])
    session = s.simulator.start_submission(study.study_id or "", pid(5))
    arrive(site, pid(5), study.study_id or "", session)
    worked, _ = work_unit(site)
    market = LocalMarketplace(s.wb.store.engine, s.acct.requester_id or "", clock=s.clock)
    from botocore.exceptions import ClientError

    with pytest.raises(ClientError, match="paid on Prolific"):
        market.approve_assignment(AssignmentId=worked[0])
    s.clock.advance(days=40)  # far past any auto-approval delay
    market.settle()
    assert {market.get_assignment(AssignmentId=a)["Assignment"]["AssignmentStatus"]
            for a in worked} == {"Submitted"}
    assert market.payments() == []


def test_a_decided_submission_stays_decided_through_every_pull(scenario: Scenario,
                                                                site: TestClient) -> None:
    """Before: each sync's local pull set a Prolific account's assignments back to
    Submitted, and its Prolific pull set them back again."""
    s, sim = scenario, scenario.simulator
    study, _ = published_study(s, places=2, per_place=2)
    sessions = []
    for n in (6, 7):
        session = sim.start_submission(study.study_id or "", pid(n))
        client = TestClient(site.app, base_url="https://work.example.org")
        arrive(client, pid(n), study.study_id or "", session)
        work_unit(client)
        sim.complete_submission(session, study.completion_code)
        sessions.append(session)
    s.sync()
    prolific.queue_approve(s.wb, s.acct, sessions[:1])
    prolific.queue_reject(s.wb, s.acct, sessions[1:], message=REJECTION, category="LOW_EFFORT")
    s.sync()
    assert statuses(s.wb, s.acct) == {"Approved": 2, "Rejected": 2}
    pull(s.wb, s.acct, full=True)  # the local marketplace's view alone
    assert statuses(s.wb, s.acct) == {"Approved": 2, "Rejected": 2}
    s.sync()
    assert statuses(s.wb, s.acct) == {"Approved": 2, "Rejected": 2}
    market = LocalMarketplace(s.wb.store.engine, s.acct.requester_id or "", clock=s.clock)
    assert market.payments() == []  # Prolific paid them; no ledger here owes anything
