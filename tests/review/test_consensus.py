"""Suggested answers: majority per field, gold items, Dawid-Skene for a batch with overlap."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.review.conftest import hit_pks
from workbench.services import consensus, outbox
from workbench.services.consensus import (
    CHOICE,
    FREE_TEXT,
    BatchFields,
    DawidSkeneCache,
    compute_hit,
    is_categorical,
    refresh_consensus,
    set_gold_mapping,
    suggest_gold_mapping,
)
from workbench.services.push import push_outbox
from workbench.store.schema import ConsensusAnswer, ReviewHit


def test_gold_columns_are_suggested_from_their_names() -> None:
    fields = ["sentiment.label", "comment"]
    assert suggest_gold_mapping(["review", "gold_sentiment"], fields) == (
        "gold_sentiment", "sentiment.label")
    assert suggest_gold_mapping(["text", "expected_comment"], fields) == (
        "expected_comment", "comment")
    assert suggest_gold_mapping(["GoldLabel"], ["label"]) == ("GoldLabel", "label")
    assert suggest_gold_mapping(["review", "product"], fields) is None
    assert suggest_gold_mapping(["gold_colour"], fields) is None


def test_free_text_is_not_categorical() -> None:
    assert is_categorical(3, 300)
    assert is_categorical(2, 4)
    assert not is_categorical(9, 9)
    assert not is_categorical(40, 300)
    assert not is_categorical(0, 0)


def test_a_hit_majority_ignores_rejected_and_blank_answers_and_names_ties() -> None:
    answers = [(1, "Submitted", "label", "cat"), (2, "Submitted", "label", " cat "),
               (3, "Rejected", "label", "dog"), (4, "Submitted", "label", ""),
               (1, "Submitted", "note", "free text")]
    kinds = BatchFields.of({"label": CHOICE, "note": FREE_TEXT})
    computed = compute_hit(1, "4/0/1", answers, kinds, ("label", "Cat"))
    [majority, gold] = computed.rows
    assert (majority["value"], majority["votes"], majority["agreeing"], majority["tied"]) == (
        "cat", 2, 2, False)
    assert computed.agreement == 1.0
    assert (gold["method"], gold["value"], gold["votes"], gold["agreeing"]) == (
        "gold", "Cat", 3, 2)
    tie = compute_hit(2, "2/0/0", [(1, "Submitted", "label", "cat"),
                                   (2, "Submitted", "label", "dog")], kinds, None)
    assert tie.rows[0]["tied"] and tie.rows[0]["value"] == "cat / dog"
    assert tie.agreement == 0.5


def test_the_stored_consensus_is_refreshed_only_where_work_changed(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, _batch_id = demo
    assert refresh_consensus(wb, account.id) == 100
    assert refresh_consensus(wb, account.id) == 0
    with wb.store.read() as session:
        agreements = list(session.scalars(select(ReviewHit.agreement)))
        gold_rows = session.scalar(select(func.count()).select_from(ConsensusAnswer).where(
            ConsensusAnswer.method == "gold"))
    assert len(agreements) == 100 and all(1 / 3 <= a <= 1 for a in agreements if a)
    assert any(a < 1 for a in agreements)
    # The demo's gold_sentiment column is suggested for sentiment.label: about 10 gold HITs.
    assert 3 <= int(gold_rows or 0) <= 25
    # A rejection, once pushed, changes the HIT's counts: that HIT (only) is computed again.
    first = hit_pks(wb)[0]
    review_ids = _assignments_of(wb, first)
    outbox.queue_reject(wb, account, review_ids[:1], feedback="Wrong")
    push_outbox(wb, account)
    assert refresh_consensus(wb, account.id) == 1


def test_choosing_no_gold_removes_the_gold_rows_and_bad_choices_are_refused(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, batch_id = demo
    refresh_consensus(wb, account.id)
    with pytest.raises(ValueError, match="no input column"):
        set_gold_mapping(wb, batch_id, "nope", "sentiment.label")
    with pytest.raises(ValueError, match="no answer"):
        set_gold_mapping(wb, batch_id, "gold_sentiment", "nope")
    with pytest.raises(ValueError, match="both"):
        set_gold_mapping(wb, batch_id, "gold_sentiment", None)
    choice = set_gold_mapping(wb, batch_id, None, None)
    assert choice.chosen and not choice.active
    assert refresh_consensus(wb, account.id) == 100
    with wb.store.read() as session:
        assert session.scalar(select(func.count()).select_from(ConsensusAnswer).where(
            ConsensusAnswer.method == "gold")) == 0
    chosen = set_gold_mapping(wb, batch_id, "gold_sentiment", "sentiment.label")
    assert "chosen by tester" in chosen.describe()


def test_dawid_skene_needs_overlap_and_agrees_with_clear_majorities(demo) -> None:  # type: ignore[no-untyped-def]
    wb, _account, batch_id = demo
    assert consensus.dawid_skene(batch_id, "x", [(1, "W1", "a"), (1, "W2", "a")]) is None
    cache = DawidSkeneCache()
    result = cache.compute(wb, batch_id, ["sentiment.label"])["sentiment.label"]
    assert result is not None and result.tasks == 100 and result.workers == 10
    votes = consensus.dawid_skene_input(wb, batch_id, "sentiment.label")
    unanimous: dict[int, set[str]] = {}
    for task, _, label in votes:
        unanimous.setdefault(task, set()).add(label)
    clear = [t for t, labels in unanimous.items() if len(labels) == 1]
    assert clear and all(result.labels[t][0] == next(iter(unanimous[t])) for t in clear)
    assert all(0.0 <= p <= 1.0 for _, p in result.labels.values())
    # Unchanged answers: the cached result is returned as it was.
    assert cache.compute(wb, batch_id, ["sentiment.label"])["sentiment.label"] is result


def _assignments_of(wb, hit_pk: int) -> list[str]:  # type: ignore[no-untyped-def]
    from workbench.store.schema import Assignment

    with wb.store.read() as session:
        return list(session.scalars(select(Assignment.assignment_id).where(
            Assignment.hit_pk == hit_pk).order_by(Assignment.id)))
