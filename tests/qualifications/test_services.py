"""Qualification types, requests and scores through the services: outbox, push and mirror."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

from tests.conftest import FakeClock
from tests.qualifications.conftest import bird_key, bird_test
from tests.services.conftest import Faulty, ProcessKilled
from workbench.formats.answer_keys import build_answer_key
from workbench.formats.answers import answers_to_xml
from workbench.formats.qualification_tests import build_question_form
from workbench.marketplace.local.screening import Screening
from workbench.services import outbox
from workbench.services import qualifications as quals
from workbench.services.push import push_outbox

RIGHT = {"robin": ["a"], "heron": ["a"], "corvids": ["jay", "magpie", "rook"]}
NEARLY = {"robin": ["a"], "heron": ["c"], "corvids": ["jay", "magpie"]}


def spec(**changes: Any) -> quals.TypeSpec:
    values: dict[str, Any] = {"name": "Bird spotter", "description": "Knows common birds",
                              "keywords": "birds, screening"}
    values.update(changes)
    return quals.TypeSpec(**values)


def spec_with_test(**changes: Any) -> quals.TypeSpec:
    return spec(test_xml=build_question_form(bird_test()), test_duration_s=900, **changes)


def market_score(market: Any, type_id: str, worker: str) -> tuple[str, int | None]:
    held = market.get_qualification_score(QualificationTypeId=type_id,
                                          WorkerId=worker)["Qualification"]
    return held["Status"], held.get("IntegerValue")


def test_types_are_created_changed_deactivated_and_deleted(local: Any) -> None:
    wb, account, market = local
    created = quals.create_type(
        wb, account, spec_with_test(answer_key_xml=build_answer_key(bird_key()),
                                    retry_delay_s=86400), market)
    assert created.has_test and created.retry_delay_s == 86400
    listed = market.get_qualification_type(QualificationTypeId=created.type_id)
    assert listed["QualificationType"]["Name"] == "Bird spotter"
    assert [t.name for t in quals.list_types(wb, account)] == ["Bird spotter"]
    changed = quals.update_type(
        wb, account, created.type_id,
        spec_with_test(description="Knows birds well", retry_delay_s=3600), market)
    assert changed.description == "Knows birds well" and changed.answer_key_xml is not None
    assert not quals.set_active(wb, account, created.type_id, False, market).active
    quals.delete_type(wb, account, created.type_id, market)
    assert quals.list_types(wb, account) == []


@pytest.mark.parametrize(("changes", "reason"), [
    ({"name": " "}, "give the qualification a name"),
    ({"description": ""}, "description"),
    ({"auto_granted": True, "test_xml": build_question_form(bird_test()),
      "test_duration_s": 60}, "cannot also be granted automatically"),
    ({"test_xml": build_question_form(bird_test())}, "time limit"),
    ({"test_xml": "<QuestionForm>", "test_duration_s": 60}, "not well-formed"),
    ({"answer_key_xml": build_answer_key(bird_key())}, "needs a test"),
    ({"test_xml": build_question_form(bird_test()), "test_duration_s": 60,
      "answer_key_xml": build_answer_key(bird_key()).replace("corvids", "owls")},
     "'owls', which the test does not ask"),
])
def test_bad_types_are_refused_before_the_marketplace_is_asked(local: Any,
                                                               changes: dict[str, Any],
                                                               reason: str) -> None:
    wb, account, market = local
    with pytest.raises(quals.QualificationError, match=reason):
        quals.create_type(wb, account, spec(**changes), market)
    assert quals.list_types(wb, account) == []


def test_retries_cannot_be_turned_off_and_types_not_renamed(local: Any) -> None:
    wb, account, market = local
    created = quals.create_type(wb, account, spec(retry_delay_s=600), market)
    with pytest.raises(quals.QualificationError, match="cannot be turned off"):
        quals.update_type(wb, account, created.type_id, spec(retry_delay_s=None), market)
    with pytest.raises(quals.QualificationError, match="renamed"):
        quals.update_type(wb, account, created.type_id, spec(name="Other", retry_delay_s=600),
                          market)


def test_a_name_taken_on_the_marketplace_says_so(local: Any) -> None:
    wb, account, market = local
    quals.create_type(wb, account, spec(), market)
    with pytest.raises(quals.QualificationError, match=r"refused.*already"):
        quals.create_type(wb, account, spec(), market)


def test_requests_reviewed_by_hand_are_scored_by_the_kept_key(local: Any, clock: FakeClock
                                                              ) -> None:
    wb, account, market = local
    qtype = quals.create_type(wb, account, spec_with_test(), market)
    quals.save_review_key(qtype.type_id, build_answer_key(bird_key()))
    screening = Screening(wb.store.engine, clock=clock)
    workers = []
    for answers in (RIGHT, NEARLY):
        worker = market_worker(wb, clock)
        started = screening.request_qualification(worker, qtype.type_id)
        screening.submit_test(worker, started.request_id, answers_to_xml(answers))
        workers.append(worker)
    quals.pull_type(wb, account, qtype.type_id, market)
    pending = quals.pending_requests(wb, account, qtype.type_id)
    assert [(r.worker_id, r.suggested_value) for r in pending] == [(workers[0], 100),
                                                                   (workers[1], 57)]
    assert pending[1].score is not None and pending[1].score.correct == 1
    granted = quals.grant_requests(wb, account, pending[:1])
    assert len(granted.queued) == 1
    # A double click (or a second reviewer) queues nothing more.
    again = quals.grant_requests(wb, account, pending[:1])
    assert again.queued == [] and "already has a queued" in again.skipped[0][1]
    rejected = quals.reject_requests(wb, account, pending[1:], "Please study the corvids")
    assert len(rejected.queued) == 1
    assert "Grant the requested Bird spotter = 100" in outbox.list_actions(wb, account)[1]\
        .description
    report = push_outbox(wb, account, market)
    assert report.sent == 2
    assert market_score(market, qtype.type_id, workers[0]) == ("Granted", 100)
    assert market.list_qualification_requests(QualificationTypeId=qtype.type_id)[
        "NumResults"] == 0
    assert quals.pending_requests(wb, account, qtype.type_id) == []
    assert quals.current_scores(wb, account) == {(qtype.type_id, workers[0]): 100}


def market_worker(wb: Any, clock: FakeClock) -> str:
    from workbench.marketplace.local.workers import WorkerSide

    return WorkerSide(wb.store.engine, clock=clock).register()


@pytest.mark.parametrize("fault", ["lost", "killed", "timeout", "500", "unsent"])
def test_grants_and_revokes_survive_faults_exactly_once(local: Any, clock: FakeClock,
                                                        fault: str) -> None:
    wb, account, market = local
    qtype = quals.create_type(wb, account, spec(), market)
    worker = market_worker(wb, clock)
    other = market_worker(wb, clock)
    quals.grant_scores(wb, account, qtype.type_id, [worker, other], 85)
    faulty = Faulty(market)
    faulty.fail("associate_qualification_with_worker", fault)
    with contextlib.suppress(ProcessKilled):
        push_outbox(wb, account, faulty)
    push_outbox(wb, account, market)
    assert market_score(market, qtype.type_id, worker) == ("Granted", 85)
    assert market_score(market, qtype.type_id, other) == ("Granted", 85)
    assert all(a.state == "sent" for a in outbox.list_actions(wb, account))
    quals.revoke_scores(wb, account, qtype.type_id, [worker], "Scores expired")
    faulty.fail("disassociate_qualification_from_worker", fault)
    with contextlib.suppress(ProcessKilled):
        push_outbox(wb, account, faulty)
    push_outbox(wb, account, market)
    assert market_score(market, qtype.type_id, worker)[0] == "Revoked"
    assert all(a.state == "sent" for a in outbox.list_actions(wb, account))
    assert quals.current_scores(wb, account) == {(qtype.type_id, other): 85}


def test_a_grant_can_be_undone_before_it_is_sent(local: Any, clock: FakeClock) -> None:
    wb, account, market = local
    qtype = quals.create_type(wb, account, spec(), market)
    worker = market_worker(wb, clock)
    [action_id] = quals.grant_scores(wb, account, qtype.type_id, [worker], 1).queued
    outbox.undo(wb, action_id)
    assert push_outbox(wb, account, market).sent == 0
    # Undone, the worker is free for a new decision.
    assert quals.grant_scores(wb, account, qtype.type_id, [worker], 2).queued


def test_bad_scores_and_worker_ids_are_refused(local: Any) -> None:
    wb, account, market = local
    qtype = quals.create_type(wb, account, spec(), market)
    with pytest.raises(outbox.OutboxError, match="whole number"):
        outbox.queue_grant_qualification(wb, account, qtype.type_id, "AW1", 2**40)
    with pytest.raises(outbox.OutboxError, match="whole number"):
        outbox.queue_grant_qualification(wb, account, qtype.type_id, "AW1", True)  # type: ignore[arg-type]
    with pytest.raises(quals.QualificationError, match="not a worker id"):
        quals.grant_scores(wb, account, qtype.type_id, ["A W1"], 3)
    assert outbox.list_actions(wb, account) == []
