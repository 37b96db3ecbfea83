"""Reviewing without a window: the queue, a HIT side by side, bulk rules, track records."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from tests.review.conftest import hit_pks
from workbench.services import outbox
from workbench.services.consensus import refresh_consensus, set_gold_mapping
from workbench.services.push import push_outbox
from workbench.services.review import (
    Rule,
    apply_decisions,
    approval_blocker,
    load_hit_review,
    preview_rule,
    rejection_blocker,
)
from workbench.services.tables import TableRequest
from workbench.services.tables_review import ALL_WORK, DECIDED, ReviewQueueSource, due_soon
from workbench.services.workers import WorkerSource, message_outcome, track_records
from workbench.store.schema import Assignment, BatchRow


def queue(wb, account, **filters):  # type: ignore[no-untyped-def]
    source = ReviewQueueSource(wb)
    request = TableRequest(sort_key=filters.pop("sort", "submitted")).with_filter(
        account_id=account.id, **filters)
    return source, request


def test_a_hit_side_by_side_with_inputs_suggestions_and_records(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, _batch_id = demo
    review = load_hit_review(wb, account, hit_pks(wb)[0])
    assert review is not None
    assert [name for name, _ in review.inputs] == ["review_id", "product", "review",
                                                  "gold_sentiment"]
    assert len(review.assignments) == 3 and review.fields == ["sentiment.label"]
    suggestion = review.suggestions["sentiment.label"]
    assert suggestion.categorical and suggestion.majority is not None
    assert set(review.records) == {a.worker_id for a in review.assignments}
    assert review.deadline() is not None
    assert all(a.awaiting for a in review.assignments)
    assert review.gold is not None and review.gold.active and not review.gold.chosen


def test_the_queue_follows_decisions_filters_and_sorts(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, _batch_id = demo
    refresh_consensus(wb, account.id)
    source, request = queue(wb, account)
    assert source.count(request) == 100
    first = source.page(request, 0, 5)[0]
    review = load_hit_review(wb, account, first[0])
    assert review is not None
    outbox.queue_approve(wb, account, [a.assignment_id for a in review.assignments])
    # Queued is enough: the HIT leaves the queue before anything is pushed.
    assert source.count(request) == 99
    assert source.count(request.with_filter(state=DECIDED)) == 1
    assert source.count(request.with_filter(state=ALL_WORK)) == 100
    worker = review.assignments[0].worker_id
    assert 0 < source.count(request.with_filter(worker=worker, state=ALL_WORK)) < 100
    column = [c.key for c in source.columns].index("agreement") + 1
    rows = source.page(request.sorted_by("agreement", False), 0, 100)
    agreements = [r[column] for r in rows]
    assert agreements == sorted(agreements, key=lambda a: (a is None, a))
    assert agreements[0] < 1
    deadline = [c.key for c in source.columns].index("deadline") + 1
    soonest = source.page(request.sorted_by("deadline", False), 0, 100)
    assert [r[deadline] for r in soonest] == sorted(r[deadline] for r in soonest)
    assert list(source.ids(request.sorted_by("deadline", False))) == [r[0] for r in soonest]


def test_due_soon_counts_what_would_be_approved_unseen(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, batch_id = demo
    now = wb.clock()
    assert due_soon(wb, account.id, now + timedelta(days=30)) == 300
    assert due_soon(wb, account.id, now) == 0
    with wb.store.session(write=True) as session:
        session.execute(update(Assignment).where(Assignment.id <= 4).values(
            auto_approval_time=now + timedelta(hours=2)))
    assert due_soon(wb, account.id, now + timedelta(days=1), batch_id) == 4


def test_bulk_rules_preview_exactly_the_matching_assignments(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, batch_id = demo
    everything = preview_rule(wb, account, batch_id, Rule.APPROVE_SUBMITTED)
    assert len(everything.candidates) == 300
    agreeing = preview_rule(wb, account, batch_id, Rule.APPROVE_AGREEING)
    assert 100 < len(agreeing.candidates) < 300
    failing = preview_rule(wb, account, batch_id, Rule.REJECT_GOLD_FAILURES)
    assert failing.candidates
    # Check every picked assignment against the raw data, and that nothing was missed.
    answers, gold = _answers_and_gold(wb)
    failing_ids = {c.assignment_id for c in failing.candidates}
    for assignment_id, (hit_pk, answer) in answers.items():
        expected = gold.get(hit_pk)
        assert (assignment_id in failing_ids) == (expected is not None and answer != expected)
    majority_by_hit: dict[int, list[str]] = {}
    for hit_pk, answer in answers.values():
        majority_by_hit.setdefault(hit_pk, []).append(answer)
    for candidate in agreeing.candidates:
        hit_pk, answer = answers[candidate.assignment_id]
        votes = majority_by_hit[hit_pk]
        assert votes.count(answer) > len(votes) / 2
    # Nothing was queued by previewing.
    assert outbox.list_actions(wb, account) == []


def test_a_confirmed_rule_skips_what_someone_else_decided_meanwhile(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, batch_id = demo
    preview = preview_rule(wb, account, batch_id, Rule.APPROVE_SUBMITTED)
    ids = [c.assignment_id for c in preview.candidates]
    outbox.queue_reject(wb, account, [ids[5]], feedback="Off topic")
    outcome = apply_decisions(wb, account, ids, "approve")
    assert len(outcome.queued) == 299
    assert [s[0] for s in outcome.skipped] == [ids[5]]
    assert "already has a queued decision" in outcome.skipped[0][1]
    with pytest.raises(outbox.OutboxError, match="feedback"):
        apply_decisions(wb, account, ids, "reject", feedback="  ")


def test_approving_a_rejection_is_possible_for_thirty_days_only(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = demo
    pk = hit_pks(wb)[3]
    review = load_hit_review(wb, account, pk)
    assert review is not None
    target = review.assignments[0]
    outbox.queue_reject(wb, account, [target.assignment_id], feedback="Wrong label")
    review = load_hit_review(wb, account, pk)
    assert review is not None
    assert "already queued by tester" in str(approval_blocker(review.assignments[0], wb.clock()))
    push_outbox(wb, account)
    review = load_hit_review(wb, account, pk)
    assert review is not None
    rejected = review.assignments[0]
    assert rejected.status == "Rejected"
    assert approval_blocker(rejected, wb.clock()) is None
    assert "only submitted work" in str(rejection_blocker(rejected))
    late = wb.clock() + timedelta(days=31)
    assert "more than 30 days ago" in str(approval_blocker(rejected, late))


def test_track_records_count_decisions_agreement_and_gold(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, batch_id = demo
    refresh_consensus(wb, account.id)
    records = track_records(wb, account)
    assert len(records) == 10
    assert sum(r.assignments for r in records.values()) == 300
    assert all(r.approval_rate is None for r in records.values())
    assert sum(r.gold_total for r in records.values()) > 0
    # The spammer (mostly "Positive") agrees least with the consensus.
    worst = min(records.values(), key=lambda r: r.agreement or 0)
    best = max(records.values(), key=lambda r: r.agreement or 0)
    assert (worst.agreement or 0) < (best.agreement or 0)
    set_gold_mapping(wb, batch_id, None, None)
    refresh_consensus(wb, account.id)
    assert sum(r.gold_total for r in track_records(wb, account).values()) == 0


def test_the_workers_table_is_sorted_in_sql_and_has_medians(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = demo
    refresh_consensus(wb, account.id)
    source = WorkerSource(wb)
    request = TableRequest(sort_key="agreement").with_filter(account_id=account.id)
    assert source.count(request) == 10
    rows = source.page(request, 0, 50)
    keys = [c.key for c in source.columns]
    agreement = [r[keys.index("agreement") + 1] for r in rows]
    assert agreement == sorted(agreement)
    medians = [r[keys.index("median_time") + 1] for r in rows]
    assert all(m is not None and m > 0 for m in medians)
    # Work not rejected earns its reward ($0.05 here) for the time it took.
    worker, wage = rows[0][keys.index("worker") + 1], rows[0][keys.index("hourly") + 1]
    with wb.store.read() as session:
        seconds = sum(session.scalars(select(Assignment.work_time_s).where(
            Assignment.worker_id == worker)))
        count = len(list(session.scalars(select(Assignment.id).where(
            Assignment.worker_id == worker))))
    assert wage == pytest.approx(5 * count * 3600 / seconds)
    assert source.rows([rows[0][0]])[rows[0][0]] == rows[0]
    assert source.count(request.with_filter(search=rows[0][1][:6])) >= 1


def test_messages_report_failures_per_worker(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = demo
    workers = sorted(track_records(wb, account))
    actions = outbox.queue_notify(wb, account, [*workers, "ANEVERWORKEDHERE"],
                                  subject="Thanks", message="Thank you for your work.")
    waiting = message_outcome(wb, [a.id for a in actions])
    assert waiting.waiting == 11 and not waiting.finished
    push_outbox(wb, account)
    outcome = message_outcome(wb, [a.id for a in actions])
    assert outcome.finished and outcome.sent == 10
    assert [w for w, _ in outcome.failures] == ["ANEVERWORKEDHERE"]
    assert "has not worked for you" in outcome.failures[0][1]


def _answers_and_gold(wb):  # type: ignore[no-untyped-def]
    from workbench.store.schema import HIT, AnswerField

    with wb.store.read() as session:
        answers = {a: (h, v) for a, h, v in session.execute(
            select(Assignment.assignment_id, Assignment.hit_pk, AnswerField.value)
            .join(AnswerField, AnswerField.assignment_pk == Assignment.id))}
        gold = {h: v["gold_sentiment"] for h, v in session.execute(
            select(HIT.id, BatchRow.values).join(BatchRow, BatchRow.id == HIT.batch_row_id))
            if v.get("gold_sentiment")}
    return answers, gold


def test_a_soft_block_is_a_qualification_granted_and_lifted_through_the_outbox(demo) -> None:  # type: ignore[no-untyped-def]
    from workbench.services.workers import queue_block_choice, soft_block_type

    wb, account, _ = demo
    worker = sorted(track_records(wb, account))[0]
    action, message = queue_block_choice(wb, account, worker, "soft_block")
    type_id = soft_block_type(wb, account)
    assert type_id and action.kind == "grant_qualification"
    assert f"“{type_id} doesnotexist”" in message
    assert track_records(wb, account, [worker])[worker].soft_blocked  # queued counts
    with pytest.raises(outbox.AlreadyDecided):
        queue_block_choice(wb, account, worker, "soft_block")
    push_outbox(wb, account)
    assert track_records(wb, account, [worker])[worker].soft_blocked
    source = WorkerSource(wb)
    request = TableRequest(sort_key="worker").with_filter(account_id=account.id, search=worker)
    keys = [c.key for c in source.columns]
    [row] = source.page(request, 0, 5)
    assert row[keys.index("blocked") + 1] == "soft-blocked"
    queue_block_choice(wb, account, worker, "lift_soft_block", "Better now")
    assert not track_records(wb, account, [worker])[worker].soft_blocked
    push_outbox(wb, account)
    assert [a.state for a in outbox.list_actions(wb, account)] == ["sent", "sent"]
    [row] = source.page(request, 0, 5)
    assert row[keys.index("blocked") + 1] == ""
