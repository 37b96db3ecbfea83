"""Qualification types, scores and requests on the local marketplace."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from botocore.exceptions import ClientError

from tests.conftest import FakeClock
from tests.marketplace.conftest import Crowd
from tests.qualifications.conftest import bird_key, bird_test
from workbench.formats.answer_keys import AnswerKey, AnswerOption, QuestionKey, build_answer_key
from workbench.formats.answers import answers_to_xml
from workbench.formats.qualification_tests import build_question_form
from workbench.marketplace.errors import turk_error_code
from workbench.marketplace.local.screening import Screening, take_test
from workbench.marketplace.local.workers import WorkRefused


def make_type(crowd: Crowd, name: str = "Screened", **extra: object) -> str:
    created = crowd.market.create_qualification_type(
        Name=name, Description="Passed our screening", QualificationTypeStatus="Active",
        **extra)
    return str(created["QualificationType"]["QualificationTypeId"])


def test_names_are_unique_per_requester(crowd: Crowd) -> None:
    make_type(crowd)
    with pytest.raises(ClientError) as raised:
        make_type(crowd, "screened")
    assert turk_error_code(raised.value).endswith("QualificationTypeAlreadyExists")  # type: ignore[union-attr]


def test_granting_revoking_and_listing_scores(crowd: Crowd) -> None:
    qid = make_type(crowd)
    worker = crowd.worker()
    crowd.market.associate_qualification_with_worker(QualificationTypeId=qid, WorkerId=worker,
                                                     IntegerValue=80)
    score = crowd.market.get_qualification_score(QualificationTypeId=qid, WorkerId=worker)
    assert score["Qualification"]["IntegerValue"] == 80
    assert score["Qualification"]["Status"] == "Granted"
    listed = crowd.market.list_workers_with_qualification_type(QualificationTypeId=qid)
    assert [q["WorkerId"] for q in listed["Qualifications"]] == [worker]
    crowd.market.disassociate_qualification_from_worker(QualificationTypeId=qid,
                                                        WorkerId=worker, Reason="expired")
    revoked = crowd.market.get_qualification_score(QualificationTypeId=qid, WorkerId=worker)
    assert revoked["Qualification"]["Status"] == "Revoked"


def test_a_custom_requirement_gates_accepting(crowd: Crowd) -> None:
    qid = make_type(crowd)
    hit_id = crowd.hit(assignments=3, QualificationRequirements=[
        {"QualificationTypeId": qid, "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [70]}])
    holder, outsider, low = crowd.worker(), crowd.worker(), crowd.worker()
    crowd.market.associate_qualification_with_worker(QualificationTypeId=qid, WorkerId=holder,
                                                     IntegerValue=90)
    crowd.market.associate_qualification_with_worker(QualificationTypeId=qid, WorkerId=low,
                                                     IntegerValue=50)
    crowd.workers.accept(holder, hit_id)
    for worker in (outsider, low):
        with pytest.raises(WorkRefused):
            crowd.workers.accept(worker, hit_id)
    listed = crowd.market.list_hits_for_qualification_type(QualificationTypeId=qid)
    assert [h["HITId"] for h in listed["HITs"]] == [hit_id]


def test_requirements_on_unknown_types_are_refused(crowd: Crowd) -> None:
    with pytest.raises(ClientError) as raised:
        crowd.hit(QualificationRequirements=[{"QualificationTypeId": "NOPE",
                                              "Comparator": "Exists"}])
    assert turk_error_code(raised.value).endswith("QualificationTypeDoesNotExist")  # type: ignore[union-attr]


def test_system_types_are_listed_and_own_types_filtered(crowd: Crowd, clock: FakeClock) -> None:
    qid = make_type(crowd)
    own = crowd.market.list_qualification_types(MustBeRequestable=False,
                                                 MustBeOwnedByCaller=True)
    assert [q["QualificationTypeId"] for q in own["QualificationTypes"]] == [qid]
    everything = crowd.market.list_qualification_types(MustBeRequestable=False)
    assert "000000000000000000L0" in {q["QualificationTypeId"]
                                      for q in everything["QualificationTypes"]}
    crowd.market.delete_qualification_type(QualificationTypeId=qid)
    assert crowd.market.list_qualification_types(
        MustBeRequestable=False, MustBeOwnedByCaller=True)["NumResults"] == 0


# -- workers requesting qualifications, tests, scores and retries --------------------------

def screening(crowd: Crowd, clock: FakeClock) -> Screening:
    return Screening(crowd.market.engine, clock=clock)


def make_tested_type(crowd: Crowd, *, key: bool = True, **extra: object) -> str:
    params: dict[str, object] = {"Test": build_question_form(bird_test()),
                                 "TestDurationInSeconds": 600, **extra}
    if key:
        params["AnswerKey"] = build_answer_key(bird_key())
    return make_type(crowd, "Bird spotter", **params)


RIGHT = {"robin": ["a"], "heron": ["a"], "corvids": ["jay", "magpie", "rook"]}
WRONG = {"robin": ["b"], "heron": ["b"], "corvids": ["wren"]}


def test_an_auto_granted_type_grants_its_value_on_request(crowd: Crowd, clock: FakeClock
                                                          ) -> None:
    qid = make_type(crowd, AutoGranted=True, AutoGrantedValue=5)
    worker = crowd.worker()
    outcome = screening(crowd, clock).request_qualification(worker, qid)
    assert outcome.granted and outcome.value == 5
    score = crowd.market.get_qualification_score(QualificationTypeId=qid, WorkerId=worker)
    assert score["Qualification"]["IntegerValue"] == 5
    with pytest.raises(WorkRefused, match="already hold"):
        screening(crowd, clock).request_qualification(worker, qid)


def test_a_test_is_taken_in_time_and_scored_from_its_key(crowd: Crowd, clock: FakeClock
                                                         ) -> None:
    qid = make_tested_type(crowd)
    worker = crowd.worker()
    side = screening(crowd, clock)
    started = side.request_qualification(worker, qid)
    assert started.status == "Testing" and started.test and "QuestionForm" in started.test
    assert started.deadline == clock.now + timedelta(seconds=600)
    # Asking again while the test is open hands back the same test.
    assert side.request_qualification(worker, qid).request_id == started.request_id
    clock.advance(minutes=5)
    done = side.submit_test(worker, started.request_id, answers_to_xml(RIGHT))
    assert done.granted and done.value == 100
    held = crowd.market.get_qualification_score(QualificationTypeId=qid, WorkerId=worker)
    assert held["Qualification"]["IntegerValue"] == 100
    # Scored requests are decided: the requester has nothing pending.
    assert crowd.market.list_qualification_requests(QualificationTypeId=qid)["NumResults"] == 0


def test_partial_credit_is_granted_as_the_mapped_value(crowd: Crowd, clock: FakeClock) -> None:
    qid = make_tested_type(crowd)
    worker = crowd.worker()
    side = screening(crowd, clock)
    started = side.request_qualification(worker, qid)
    nearly = {"robin": ["a"], "heron": ["c"], "corvids": ["jay", "magpie"]}
    assert side.submit_test(worker, started.request_id, answers_to_xml(nearly)).value == 57


def test_answers_after_the_test_duration_are_refused(crowd: Crowd, clock: FakeClock) -> None:
    qid = make_tested_type(crowd, RetryDelayInSeconds=3600)
    worker = crowd.worker()
    side = screening(crowd, clock)
    started = side.request_qualification(worker, qid)
    clock.advance(seconds=601)
    with pytest.raises(WorkRefused, match="run out"):
        side.submit_test(worker, started.request_id, answers_to_xml(RIGHT))
    assert side.status(worker, qid)[0] == "Expired"
    with pytest.raises(ClientError):
        crowd.market.get_qualification_score(QualificationTypeId=qid, WorkerId=worker)
    # The expired test was an attempt: the retry delay runs from when it was asked for.
    clock.advance(seconds=2998)
    with pytest.raises(WorkRefused, match="ask again after"):
        side.request_qualification(worker, qid)
    clock.advance(seconds=2)
    assert side.request_qualification(worker, qid).status == "Testing"


def test_without_a_retry_delay_a_qualification_is_requested_once(crowd: Crowd,
                                                                  clock: FakeClock) -> None:
    qid = make_tested_type(crowd)
    worker = crowd.worker()
    side = screening(crowd, clock)
    started = side.request_qualification(worker, qid)
    side.submit_test(worker, started.request_id, answers_to_xml(WRONG))
    clock.advance(days=365)
    with pytest.raises(WorkRefused, match="only once"):
        side.request_qualification(worker, qid)
    assert side.status(worker, qid) == ("Approved", None)


def test_untrusted_test_answers_are_refused_and_the_test_stays_open(crowd: Crowd,
                                                                    clock: FakeClock) -> None:
    qid = make_tested_type(crowd)
    worker = crowd.worker()
    side = screening(crowd, clock)
    started = side.request_qualification(worker, qid)
    bomb = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><QuestionFormAnswers>&b;'
            '</QuestionFormAnswers>')
    for answers, reason in ((bomb, "could not be read"),
                            (answers_to_xml({**RIGHT, "extra": ["a"]}), "no question 'extra'"),
                            (answers_to_xml({**RIGHT, "robin": ["zz"]}), "'zz' is not a choice"),
                            (answers_to_xml({**RIGHT, "robin": ["a", "b"]}), "one choice"),
                            (answers_to_xml({"robin": ["a"]}), "please answer 'heron'")):
        with pytest.raises(WorkRefused, match=reason):
            side.submit_test(worker, started.request_id, answers)
    assert side.status(worker, qid)[0] == "Testing"
    assert side.submit_test(worker, started.request_id, answers_to_xml(RIGHT)).value == 100
    with pytest.raises(WorkRefused, match="already handed in"):
        side.submit_test(worker, started.request_id, answers_to_xml(RIGHT))
    with pytest.raises(WorkRefused, match="no such test"):
        side.submit_test(crowd.worker(), started.request_id, answers_to_xml(RIGHT))


def test_without_a_key_the_requester_reviews_the_answers(crowd: Crowd, clock: FakeClock
                                                         ) -> None:
    qid = make_tested_type(crowd, key=False)
    worker = crowd.worker()
    side = screening(crowd, clock)
    started = side.request_qualification(worker, qid)
    waiting = side.submit_test(worker, started.request_id, answers_to_xml(RIGHT))
    assert waiting.status == "Pending" and waiting.value is None
    listed = crowd.market.list_qualification_requests(QualificationTypeId=qid)
    [request] = listed["QualificationRequests"]
    assert request["WorkerId"] == worker and "corvids" in request["Answer"]
    with pytest.raises(WorkRefused, match="waiting for the requester"):
        side.request_qualification(worker, qid)
    crowd.market.accept_qualification_request(
        QualificationRequestId=request["QualificationRequestId"], IntegerValue=90)
    held = crowd.market.get_qualification_score(QualificationTypeId=qid, WorkerId=worker)
    assert held["Qualification"]["IntegerValue"] == 90


def test_inactive_and_unknown_types_cannot_be_requested(crowd: Crowd, clock: FakeClock) -> None:
    qid = make_type(crowd, AutoGranted=True)
    crowd.market.update_qualification_type(QualificationTypeId=qid,
                                           QualificationTypeStatus="Inactive")
    worker = crowd.worker()
    with pytest.raises(WorkRefused, match="not open"):
        screening(crowd, clock).request_qualification(worker, qid)
    with pytest.raises(WorkRefused, match="no such qualification"):
        screening(crowd, clock).request_qualification(worker, "000000000000000000L0")


def test_an_answer_key_that_does_not_fit_its_test_is_refused(crowd: Crowd) -> None:
    wrong_key = AnswerKey((QuestionKey("owl", (AnswerOption(("a",), 1),)),))
    with pytest.raises(ClientError) as raised:
        make_type(crowd, Test=build_question_form(bird_test()), TestDurationInSeconds=60,
                  AnswerKey=build_answer_key(wrong_key))
    assert "does not fit the Test" in str(raised.value)
    with pytest.raises(ClientError) as malformed:
        make_type(crowd, Test=build_question_form(bird_test()), TestDurationInSeconds=60,
                  AnswerKey="<AnswerKey><Question>")
    assert turk_error_code(malformed.value).endswith("XMLParseError")  # type: ignore[union-attr]


def test_a_worker_who_fails_cannot_accept_until_a_retry_passes(crowd: Crowd,
                                                                clock: FakeClock) -> None:
    """The issue's scenario: a simulated worker fails the test, retries after the delay."""
    qid = make_tested_type(crowd, RetryDelayInSeconds=86400)
    hit_id = crowd.hit(assignments=2, LifetimeInSeconds=7 * 86400, QualificationRequirements=[
        {"QualificationTypeId": qid, "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [80]}])
    worker = crowd.worker(simulated=True)
    side = screening(crowd, clock)
    rng = random.Random(3)
    failed = take_test(side, worker, qid, accuracy=0.0, rng=rng)
    assert failed.granted and failed.value is not None and failed.value < 80
    with pytest.raises(WorkRefused, match="qualification requirements"):
        crowd.workers.accept(worker, hit_id)
    with pytest.raises(WorkRefused, match="ask again after"):
        take_test(side, worker, qid, accuracy=1.0, rng=rng)
    clock.advance(days=1)
    passed = take_test(side, worker, qid, accuracy=1.0, rng=rng)
    assert passed.value == 100
    assert crowd.workers.accept(worker, hit_id)
