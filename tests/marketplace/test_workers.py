"""The worker's side: MTurk's rules about who may take which work, and when."""

from __future__ import annotations

import random

import pytest

from tests.conftest import FakeClock
from tests.marketplace.conftest import QUESTION, Crowd
from workbench.domain.qualifications import APPROVAL_RATE_ID, LOCALE_ID
from workbench.formats.answers import answers_to_xml
from workbench.marketplace.local.simulation import make_crowd, plan_work
from workbench.marketplace.local.workers import Locale, WorkRefused


def test_one_assignment_per_worker_per_hit(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=3)
    worker, _ = crowd.submit(hit_id)
    with pytest.raises(WorkRefused, match="already"):
        crowd.workers.accept(worker, hit_id)


def test_never_more_accepted_than_the_hit_allows(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=2)
    crowd.workers.accept(crowd.worker(), hit_id)
    crowd.workers.accept(crowd.worker(), hit_id)
    with pytest.raises(WorkRefused, match="no more assignments"):
        crowd.workers.accept(crowd.worker(), hit_id)


def test_submitting_after_the_deadline_is_refused_and_frees_the_slot(crowd: Crowd,
                                                                     clock: FakeClock) -> None:
    hit_id = crowd.hit(assignments=1)
    worker = crowd.worker()
    assignment = crowd.workers.accept(worker, hit_id)
    clock.advance(minutes=10, seconds=1)
    with pytest.raises(WorkRefused, match="run out"):
        crowd.workers.submit(worker, assignment, answers_to_xml({"label": "late"}))
    crowd.workers.accept(crowd.worker(), hit_id)  # the slot went back to the pool


def test_no_double_submission_and_no_submitting_for_someone_else(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=2)
    worker, assignment = crowd.submit(hit_id)
    with pytest.raises(WorkRefused, match="cannot be submitted again"):
        crowd.workers.submit(worker, assignment, answers_to_xml({"label": "again"}))
    with pytest.raises(WorkRefused, match="no such assignment"):
        crowd.workers.submit(crowd.worker(), assignment, answers_to_xml({"label": "mine"}))


def test_returning_puts_the_assignment_back(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=1)
    worker = crowd.worker()
    assignment = crowd.workers.accept(worker, hit_id)
    crowd.workers.return_assignment(worker, assignment)
    crowd.workers.accept(crowd.worker(), hit_id)


def test_hostile_answers_are_refused_at_submission(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=1)
    worker = crowd.worker()
    assignment = crowd.workers.accept(worker, hit_id)
    bomb = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><QuestionFormAnswers>&b;'
            '</QuestionFormAnswers>')
    with pytest.raises(WorkRefused, match="could not be read"):
        crowd.workers.submit(worker, assignment, bomb)


def test_qualification_requirements_are_enforced_on_accept(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=5, QualificationRequirements=[
        {"QualificationTypeId": LOCALE_ID, "Comparator": "In",
         "LocaleValues": [{"Country": "US"}, {"Country": "CA"}]},
        {"QualificationTypeId": APPROVAL_RATE_ID, "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [95]},
    ])
    with pytest.raises(WorkRefused, match="qualification"):
        crowd.workers.accept(crowd.worker(locale=Locale("IN")), hit_id)
    crowd.workers.accept(crowd.worker(locale=Locale("CA", "ON")), hit_id)


def test_the_approval_rate_qualification_counts_decided_work(crowd: Crowd) -> None:
    worker = crowd.worker()
    first = crowd.hit(assignments=1)
    _, assignment = crowd.submit(first, worker)
    crowd.market.reject_assignment(AssignmentId=assignment, RequesterFeedback="wrong")
    strict = crowd.hit(assignments=1, QualificationRequirements=[
        {"QualificationTypeId": APPROVAL_RATE_ID, "Comparator": "GreaterThan",
         "IntegerValues": [50]}])
    with pytest.raises(WorkRefused):
        crowd.workers.accept(worker, strict)


def test_planned_work_is_deterministic_and_fair() -> None:
    hits = [(f"H{i}", 3) for i in range(40)]
    plan_a = plan_work(hits, make_crowd(8, random.Random(7)), random.Random(7))
    plan_b = plan_work(hits, make_crowd(8, random.Random(7)), random.Random(7))
    assert [(t.worker.worker_id, t.hit_id, t.accept_at) for t in plan_a] == \
        [(t.worker.worker_id, t.hit_id, t.accept_at) for t in plan_b]
    assert len(plan_a) == 120
    pairs = [(t.worker.worker_id, t.hit_id) for t in plan_a]
    assert len(set(pairs)) == len(pairs)  # nobody does a HIT twice
    assert all(t.submit_at > t.accept_at for t in plan_a)


def guarded_hit(crowd: Crowd, qid: str, guard: str) -> str:
    return crowd.hit(assignments=3, QualificationRequirements=[
        {"QualificationTypeId": qid, "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [80], "ActionsGuarded": guard}])


def own_type(crowd: Crowd) -> str:
    created = crowd.market.create_qualification_type(
        Name="Screened", Description="Passed our screening", QualificationTypeStatus="Active")
    return str(created["QualificationType"]["QualificationTypeId"])


@pytest.mark.parametrize(("guard", "finds", "previews"), [
    ("Accept", True, True), ("PreviewAndAccept", True, False),
    ("DiscoverPreviewAndAccept", False, False)])
def test_requirements_guard_discovering_and_previewing_as_they_say(
        crowd: Crowd, guard: str, finds: bool, previews: bool) -> None:
    qid = own_type(crowd)
    hit_id = guarded_hit(crowd, qid, guard)
    outsider, holder = crowd.worker(), crowd.worker()
    crowd.market.associate_qualification_with_worker(QualificationTypeId=qid, WorkerId=holder,
                                                     IntegerValue=85)
    found = crowd.workers.discover(outsider)
    assert [v.hit_id for v in found] == ([hit_id] if finds else [])
    if finds:
        assert found[0].can_preview is previews and not found[0].can_accept
    if previews:
        view, question = crowd.workers.preview(outsider, hit_id)
        assert question == QUESTION and not view.can_accept
    else:
        hidden = "no longer available" if not finds else "to preview"
        with pytest.raises(WorkRefused, match=hidden):
            crowd.workers.preview(outsider, hit_id)
    with pytest.raises(WorkRefused, match="qualification"):
        crowd.workers.accept(outsider, hit_id)
    [view] = crowd.workers.discover(holder)
    assert view.can_preview and view.can_accept and view.available == 3
    assert crowd.workers.preview(holder, hit_id)[1] == QUESTION
    crowd.workers.accept(holder, hit_id)


def test_the_old_required_to_preview_flag_guards_previewing(crowd: Crowd) -> None:
    qid = own_type(crowd)
    hit_id = crowd.hit(QualificationRequirements=[
        {"QualificationTypeId": qid, "Comparator": "Exists", "RequiredToPreview": True}])
    with pytest.raises(WorkRefused, match="to preview"):
        crowd.workers.preview(crowd.worker(), hit_id)


def test_a_blocked_worker_still_finds_and_previews_but_cannot_accept(crowd: Crowd) -> None:
    hit_id = crowd.hit(assignments=2)
    worker = crowd.worker()
    crowd.market.create_worker_block(WorkerId=worker, Reason="spam")
    [view] = crowd.workers.discover(worker)
    assert view.hit_id == hit_id and view.can_preview and not view.can_accept
    with pytest.raises(WorkRefused, match="does not accept work from you"):
        crowd.workers.accept(worker, hit_id)


def test_full_and_expired_hits_are_not_found(crowd: Crowd, clock: FakeClock) -> None:
    full = crowd.hit(assignments=1)
    crowd.submit(full)
    crowd.hit(assignments=1, LifetimeInSeconds=60)
    worker = crowd.worker()
    assert len(crowd.workers.discover(worker)) == 1
    clock.advance(seconds=61)
    assert crowd.workers.discover(worker) == []


COMPARISONS = [
    # comparator, values, (worker's score or None for no qualification) -> may accept
    ("LessThan", [50], {40: True, 50: False, None: False}),
    ("LessThanOrEqualTo", [50], {50: True, 51: False, None: False}),
    ("GreaterThan", [50], {51: True, 50: False, None: False}),
    ("GreaterThanOrEqualTo", [50], {50: True, 49: False, None: False}),
    ("EqualTo", [50], {50: True, 49: False, None: False}),
    ("NotEqualTo", [50], {49: True, 50: False, None: False}),
    ("In", [1, 3, 5], {3: True, 4: False, None: False}),
    ("NotIn", [1, 3, 5], {4: True, 5: False, None: False}),
    ("Exists", None, {0: True, None: False}),
    ("DoesNotExist", None, {None: True, 7: False}),
]


@pytest.mark.parametrize(("comparator", "values", "cases"), COMPARISONS)
def test_every_comparator_is_enforced_as_it_says(crowd: Crowd, comparator: str,
                                                 values: list[int] | None,
                                                 cases: dict[int | None, bool]) -> None:
    qid = own_type(crowd)
    requirement: dict[str, object] = {"QualificationTypeId": qid, "Comparator": comparator}
    if values is not None:
        requirement["IntegerValues"] = values
    hit_id = crowd.hit(assignments=len(cases), QualificationRequirements=[requirement])
    for score, allowed in cases.items():
        worker = crowd.worker()
        if score is not None:
            crowd.market.associate_qualification_with_worker(
                QualificationTypeId=qid, WorkerId=worker, IntegerValue=score)
        if allowed:
            assert crowd.workers.accept(worker, hit_id)
        else:
            with pytest.raises(WorkRefused, match="qualification"):
                crowd.workers.accept(worker, hit_id)


@pytest.mark.parametrize(("comparator", "locales", "cases"), [
    ("EqualTo", [{"Country": "US", "Subdivision": "NY"}],
     {("US", "NY"): True, ("US", "CA"): False, ("CA", None): False}),
    ("NotEqualTo", [{"Country": "US"}], {("CA", "ON"): True, ("US", "TX"): False}),
    ("In", [{"Country": "GB"}, {"Country": "US", "Subdivision": "CA"}],
     {("GB", None): True, ("US", "CA"): True, ("US", "NY"): False}),
    ("NotIn", [{"Country": "IN"}, {"Country": "PH"}], {("DE", None): True, ("IN", None): False}),
])
def test_locale_comparators_are_enforced(crowd: Crowd, comparator: str,
                                         locales: list[dict[str, str]],
                                         cases: dict[tuple[str, str | None], bool]) -> None:
    hit_id = crowd.hit(assignments=len(cases), QualificationRequirements=[
        {"QualificationTypeId": LOCALE_ID, "Comparator": comparator, "LocaleValues": locales}])
    for (country, subdivision), allowed in cases.items():
        worker = crowd.worker(locale=Locale(country, subdivision))
        if allowed:
            assert crowd.workers.accept(worker, hit_id)
        else:
            with pytest.raises(WorkRefused, match="qualification"):
                crowd.workers.accept(worker, hit_id)
