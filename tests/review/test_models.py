"""The Review and Workers item models: well-behaved for Qt, and right without any widget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.review.conftest import hit_pks
from workbench.models.review import (
    DISAGREE_COLOUR,
    ReviewQueueModel,
    SideBySideModel,
    countdown,
)
from workbench.models.tasks import TaskRunner
from workbench.models.workers import WorkersTableModel
from workbench.services import outbox
from workbench.services.consensus import refresh_consensus
from workbench.services.review import load_hit_review


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()
    task_runner.deleteLater()
    qtbot.wait(10)


def loaded(qtbot, model) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=10_000)
    for row in range(model.rowCount()):
        model.row(row)
    qtbot.waitUntil(lambda: all(model.row(r) is not None for r in range(model.rowCount())),
                    timeout=10_000)


def test_the_queue_and_workers_models_pass_the_model_tester(qtbot, qtmodeltester, runner,  # type: ignore[no-untyped-def]
                                                            demo) -> None:
    wb, account, _ = demo
    refresh_consensus(wb, account.id)
    for model in (ReviewQueueModel(wb, runner, runner), WorkersTableModel(wb, runner, runner)):
        model.set_request(model.request.with_filter(account_id=account.id))
        loaded(qtbot, model)
        qtmodeltester.check(model)
        assert model.rowCount(model.index(0, 0)) == 0


def test_the_side_by_side_model_passes_the_model_tester(qtmodeltester, demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = demo
    model = SideBySideModel(wb.clock)
    qtmodeltester.check(model)  # empty
    review = load_hit_review(wb, account, hit_pks(wb)[0])
    model.set_review(review)
    qtmodeltester.check(model)
    assert model.rowCount(model.index(0, 0)) == 0


def test_the_queue_counts_down_to_the_auto_approval(qtbot, runner, demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = demo
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert countdown(now + timedelta(days=2, hours=3, minutes=5), now) == "in 2d 3h"
    assert countdown(now + timedelta(seconds=20), now) == "in 1m"
    assert countdown(now - timedelta(seconds=1), now) == "overdue"
    assert countdown(None, now) == ""
    model = ReviewQueueModel(wb, runner, runner)
    model.set_request(model.request.with_filter(account_id=account.id))
    loaded(qtbot, model)
    column = model.column_of("deadline")
    text = model.data(model.index(0, column))
    assert text.startswith("in ")
    deadline = model.row(0)[column + 1]
    model.clock = lambda: deadline - timedelta(hours=3)
    assert model.data(model.index(0, column)) == "in 3h"
    assert model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole) is not None
    model.clock = lambda: deadline + timedelta(minutes=1)
    assert model.data(model.index(0, column)) == "overdue"


def test_the_grid_highlights_disagreement_and_escapes_nothing(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = demo
    refresh_consensus(wb, account.id)
    reviews = [load_hit_review(wb, account, pk) for pk in hit_pks(wb)]
    mixed = next(r for r in reviews if r is not None
                 and len({a.answers["sentiment.label"] for a in r.assignments}) == 2
                 and r.suggestions["sentiment.label"].gold is None)
    model = SideBySideModel(wb.clock)
    model.set_review(mixed)
    row = model.row_of_field("sentiment.label")
    assert row is not None
    majority = mixed.suggestions["sentiment.label"].majority
    assert majority is not None
    assert model.data(model.index(row, 0)).startswith(f"Majority: {majority.value} (2 of 3)")
    flagged = [c for c in range(1, 4)
               if model.data(model.index(row, c), SideBySideModel.DisagreesRole)]
    assert len(flagged) == 1
    odd = mixed.assignments[flagged[0] - 1]
    assert odd.answers["sentiment.label"] != majority.value
    colour = model.data(model.index(row, flagged[0]), Qt.ItemDataRole.BackgroundRole)
    assert colour.name() == DISAGREE_COLOUR
    assert "differs from" in model.data(model.index(row, flagged[0]),
                                        Qt.ItemDataRole.ToolTipRole)
    # A queued decision shows in the Decision row and only there is repainted.
    [action] = outbox.queue_reject(wb, account, [odd.assignment_id], feedback="Off")
    from workbench.services.review import queued_decision

    model.update_review(mixed.with_decisions({odd.assignment_id: queued_decision(action)}))
    assert model.data(model.index(1, flagged[0])) == "Reject queued by tester"
    model.set_dawid_skene({"sentiment.label": (majority.value, 0.97)})
    assert f"Dawid-Skene: {majority.value} (97%)" in model.data(model.index(row, 0))


def test_long_and_markup_answers_stay_plain_text(demo) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = demo
    review = load_hit_review(wb, account, hit_pks(wb)[0])
    assert review is not None
    evil = "<img src=x onerror=alert(1)> <b>bold</b> " + "très long " * 100
    changed = [type(a)(**{**a.__dict__, "answers": {"sentiment.label": evil},
                          "shown": {"sentiment.label": evil}}) for a in review.assignments]
    model = SideBySideModel(wb.clock)
    model.set_review(type(review)(**{**review.__dict__, "assignments": changed}))
    row = model.row_of_field("sentiment.label")
    text = model.data(model.index(row, 1))
    assert text.startswith("<img src=x onerror=alert(1)>") and text.endswith("below)")
    assert model.data(model.index(row, 1), SideBySideModel.FullTextRole) == evil
