"""Pulling into the store: complete, incremental, and safe with hostile answers."""

from __future__ import annotations

from sqlalchemy import select

from tests.services.conftest import Faulty, publish_small_batch, work_everything
from workbench.marketplace.local.workers import WorkerSide
from workbench.services import outbox
from workbench.services.progress import CancelToken
from workbench.services.push import push_outbox
from workbench.services.sync import pull, store_counts, sync
from workbench.store.schema import HIT, AnswerField, Assignment, Block, Bonus


def test_a_pull_brings_every_assignment_and_its_parsed_answers(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, _, _ = worked
    assert store_counts(wb, account) == {"Submitted": 8}
    with wb.store.read() as session:
        labels = session.scalars(select(AnswerField.value).where(
            AnswerField.name == "label")).all()
        assert sorted(set(labels)) == ["cat", "dog"]
        summaries = session.scalars(select(Assignment.answer_summary)).all()
        assert all(s.startswith("label: ") for s in summaries)
        hit = session.scalars(select(HIT)).first()
        assert hit is not None and hit.submitted_count == 2 and hit.batch_id is not None


def test_a_second_sync_of_an_unchanged_account_asks_nothing_about_its_hits(worked, clock) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, _ = worked
    report = pull(wb, account, market)
    # Every HIT is finished and waits for our review: nothing but us can change it.
    assert report.hits_fetched == 0
    assert not {"list_hits", "get_hit", "list_assignments_for_hit"} & report.calls.keys()
    clock.advance(days=3, seconds=1)  # ... until the first auto-approval falls due
    assert pull(wb, account, market).hits_fetched == 4


def test_finished_reviewed_hits_are_not_fetched_and_changed_ones_are(worked, clock) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    outbox.queue_approve(wb, account, assignments[:2])  # the first HIT's two assignments
    push_outbox(wb, account, market)
    first = pull(wb, account, market)
    assert first.hits_fetched == 1
    second = pull(wb, account, market)
    assert second.hits_fetched == 0
    with wb.store.read() as session:
        assert session.scalar(select(HIT.settled).where(HIT.approved_count == 2)) is True


def test_a_cancelled_pull_leaves_nothing_looking_up_to_date(setup, clock) -> None:  # type: ignore[no-untyped-def]
    wb, account, market = setup
    publish_small_batch(wb, account, market, rows=60, assignments=1)
    work_everything(wb, clock, market)
    cancel = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if message == "Fetching assignments" and done >= 50:
            cancel.cancel()

    report = pull(wb, account, market, progress=progress, cancel=cancel, max_workers=1)
    assert report.cancelled
    assert store_counts(wb, account) == {"Submitted": 50}
    pull(wb, account, market)
    assert store_counts(wb, account) == {"Submitted": 60}


def test_an_entity_bomb_answer_is_kept_raw_and_never_parsed(setup, clock) -> None:  # type: ignore[no-untyped-def]
    wb, account, market = setup
    publish_small_batch(wb, account, market, rows=1, assignments=1)
    side = WorkerSide(wb.store.engine, clock=clock)
    worker = side.register("AHOSTILE000001")
    hit_id = market.list_hits()["HITs"][0]["HITId"]
    assignment = side.accept(worker, hit_id)
    bomb = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><QuestionFormAnswers>&b;'
            '</QuestionFormAnswers>')
    with side.transaction() as session:  # slip it past the worker site's own check
        from workbench.marketplace.local.schema import MarketAssignment
        row = session.scalar(select(MarketAssignment).where(
            MarketAssignment.assignment_id == assignment))
        assert row is not None
        row.status, row.answer, row.submit_time = "Submitted", bomb, clock()
        row.auto_approval_time = clock.advance(days=3)
        clock.advance(days=-3)
    pull(wb, account, market)
    with wb.store.read() as session:
        stored = session.scalar(select(Assignment))
        assert stored is not None
        assert stored.answer_format == "unreadable"
        assert stored.answer_summary == "(unreadable answer)"
        assert session.scalars(select(AnswerField)).all() == []


def test_bonuses_blocks_and_qualifications_are_pulled(worked, clock) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    details = market.get_assignment(AssignmentId=assignments[0])["Assignment"]
    market.approve_assignment(AssignmentId=assignments[0])
    market.send_bonus(WorkerId=details["WorkerId"], AssignmentId=assignments[0],
                      BonusAmount="0.30", Reason="paid outside the workbench")
    market.create_worker_block(WorkerId="ABLOCKED000001", Reason="Spam")
    qtype = market.create_qualification_type(Name="Trusted", Description="d",
                                             QualificationTypeStatus="Active")
    market.associate_qualification_with_worker(
        QualificationTypeId=qtype["QualificationType"]["QualificationTypeId"],
        WorkerId=details["WorkerId"], IntegerValue=7)
    clock.advance(minutes=11)  # what is done outside the workbench shows at the next listing
    report = sync(wb, account, market)
    assert report.pull.bonuses == 1 and report.pull.blocks == 1
    assert report.pull.qualification_types == 1
    with wb.store.read() as session:
        bonus = session.scalar(select(Bonus))
        assert bonus is not None and bonus.amount_cents == 30 and bonus.outbox_action_id is None
        assert session.scalar(select(Block.worker_id)) == "ABLOCKED000001"
    assert pull(wb, account, market, full=True).bonuses == 0  # the same payment, not again


def test_our_own_bonus_is_matched_not_counted_twice(worked) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    outbox.queue_bonus(wb, account, assignments[1], "0.25", reason="Thanks")
    sync(wb, account, market)
    pull(wb, account, market, full=True)
    with wb.store.read() as session:
        rows = session.scalars(select(Bonus)).all()
        assert len(rows) == 1 and rows[0].fingerprint and rows[0].outbox_action_id


def test_deleted_hits_are_marked_disposed(worked, clock) -> None:  # type: ignore[no-untyped-def]
    wb, account, market, assignments = worked
    hit_id = market.get_assignment(AssignmentId=assignments[0])["HIT"]["HITId"]
    for assignment in assignments[:2]:
        market.approve_assignment(AssignmentId=assignment)
    from datetime import timedelta
    market.update_expiration_for_hit(HITId=hit_id, ExpireAt=market.clock() - timedelta(1))
    market.delete_hit(HITId=hit_id)
    clock.advance(minutes=11)  # deleted outside the workbench: seen at the next listing
    pull(wb, account, market)
    with wb.store.read() as session:
        assert session.scalar(select(HIT.status).where(HIT.hit_id == hit_id)) == "Disposed"


def test_a_pull_that_fails_half_way_is_completed_by_the_next(setup, clock) -> None:  # type: ignore[no-untyped-def]
    import pytest
    from botocore.exceptions import ClientError

    wb, account, market = setup
    publish_small_batch(wb, account, market, rows=80, assignments=1)
    work_everything(wb, clock, market)
    faulty = Faulty(market)
    faulty.fail("list_assignments_for_hit", *(["ok"] * 60), "500")
    with pytest.raises(ClientError):
        pull(wb, account, faulty, max_workers=1)
    assert store_counts(wb, account).get("Submitted", 0) < 80
    pull(wb, account, market)
    assert store_counts(wb, account) == {"Submitted": 80}
