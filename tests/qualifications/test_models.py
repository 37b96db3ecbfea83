"""The Qualifications page's item models, with and without the model tester."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import FakeClock
from tests.qualifications.conftest import bird_key, bird_test
from workbench.formats.answer_keys import build_answer_key
from workbench.formats.answers import answers_to_xml
from workbench.formats.qualification_tests import build_question_form
from workbench.marketplace.local.screening import Screening
from workbench.marketplace.local.workers import WorkerSide
from workbench.models.qualifications import (
    QualificationTypesModel,
    RequestsModel,
    ScoresTableModel,
)
from workbench.models.tasks import TaskRunner
from workbench.services import qualifications as quals
from workbench.services.push import push_outbox


@pytest.fixture
def runner(qtbot: Any) -> Any:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()
    task_runner.deleteLater()
    qtbot.wait(10)


@pytest.fixture
def filled(local: Any, clock: FakeClock) -> Any:
    """Two types, five holders of one, and three pending requests for the other."""
    wb, account, market = local
    holders = quals.create_type(wb, account, quals.TypeSpec("Audio transcriber", "Types well"),
                                market)
    tested = quals.create_type(wb, account, quals.TypeSpec(
        "Bird spotter", "Knows birds", test_xml=build_question_form(bird_test()),
        test_duration_s=600), market)
    quals.save_review_key(tested.type_id, build_answer_key(bird_key()))
    side = WorkerSide(wb.store.engine, clock=clock)
    workers = [side.register(f"AWORKER{i:07d}") for i in range(5)]
    for number, worker in enumerate(workers):
        quals.grant_scores(wb, account, holders.type_id, [worker], 50 + 10 * number)
    push_outbox(wb, account, market)
    screening = Screening(wb.store.engine, clock=clock)
    for worker, answers in zip(workers[:3], ({"robin": ["a"], "heron": ["a"],
                                              "corvids": ["jay", "magpie", "rook"]},
                                             {"robin": ["b"], "heron": ["a"],
                                              "corvids": ["jay"]},
                                             {"robin": ["a"], "heron": ["c"],
                                              "corvids": ["rook", "magpie"]}), strict=True):
        started = screening.request_qualification(worker, tested.type_id)
        clock.advance(seconds=30)
        screening.submit_test(worker, started.request_id, answers_to_xml(answers))
    quals.pull_type(wb, account, tested.type_id, market)
    return wb, account, holders, tested, workers


def test_the_types_model(qtbot: Any, qtmodeltester: Any, runner: Any, filled: Any) -> None:
    wb, account, holders, tested, _workers = filled
    model = QualificationTypesModel(wb, runner, runner)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload(account)
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Audio transcriber",
                                                                 "Bird spotter"]
    assert model.data(model.index(0, 2)) == "5"
    assert model.data(model.index(1, 1)) == "3"
    assert model.data(model.index(1, 3)) == "Test (you review), 10m"
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.item(0) is not None and model.item(0).type_id == holders.type_id  # type: ignore[union-attr]
    assert model.row_of(tested.type_id) == 1
    assert model.rowCount(model.index(0, 0)) == 0


def test_the_requests_model_scores_each_request(qtbot: Any, qtmodeltester: Any, runner: Any,
                                                filled: Any) -> None:
    wb, account, _holders, tested, workers = filled
    model = RequestsModel(wb, runner, runner)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload(account, tested.type_id)
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(3)] == workers[:3]
    assert [model.data(model.index(r, 3)) for r in range(3)] == ["100", "33", "57"]
    assert model.data(model.index(0, 4)) == "3 of 3"
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 3)) for r in range(3)] == ["33", "57", "100"]
    request = model.data(model.index(0, 0), RequestsModel.ItemRole)
    assert request.worker_id == workers[1]
    quals.grant_requests(wb, account, [request], 10)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload(account, tested.type_id)
    queued = [model.data(model.index(r, 5)) for r in range(3)]
    assert sum(1 for q in queued if q.startswith("Grant the requested")) == 1


def test_the_scores_model_sorts_and_filters_in_sql(qtbot: Any, qtmodeltester: Any,
                                                   runner: Any, filled: Any) -> None:
    wb, account, holders, _tested, workers = filled
    model = ScoresTableModel(wb, runner, runner)
    model.set_request(model.request.with_filter(account_id=account.id,
                                                type_id=holders.type_id))
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() == 5, timeout=5000)
    qtbot.waitUntil(lambda: all(model.row(r) is not None for r in range(5)), timeout=5000)
    qtmodeltester.check(model)
    model.sort(model.column_of("score"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not model.is_loading and model.data(model.index(0, 1)) == "90",
                    timeout=5000)
    quals.revoke_scores(wb, account, holders.type_id, [workers[4]], "expired")
    model.refresh()
    qtbot.waitUntil(lambda: model.data(model.index(0, 4)) == "revoke queued", timeout=5000)
    model.set_request(model.request.with_filter(search="0000002"))
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() == 1, timeout=5000)
    assert model.data(model.index(0, 0)) == workers[2]


def test_unscored_requests_sort_last_and_selection_follows_a_sort(runner: Any) -> None:
    from workbench.models.qualifications import REQUEST_FIELDS, RowsModel

    model: RowsModel[quals.RequestInfo] = RowsModel(REQUEST_FIELDS, runner)
    model.set_items([quals.RequestInfo(f"R{i}", "T", "Bird spotter", f"AW{i}", None, None)
                     for i in range(3)])
    kept = model.index(2, 0)
    from PySide6.QtCore import QPersistentModelIndex

    persistent = QPersistentModelIndex(kept)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["AW2", "AW1", "AW0"]
    assert persistent.row() == 0
    assert model.data(model.index(0, 3)) == "—"
