"""The item models: lazy, SQL-sorted and filtered, and well-behaved as Qt models."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from workbench.models import lazy_table
from workbench.models.tables import AssignmentTableModel, HitTableModel, OutboxTableModel
from workbench.models.tasks import TaskRunner
from workbench.services import outbox
from workbench.services.accounts import get_account


def loaded(qtbot, model) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)


def all_rows(qtbot, model) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
    for row in range(model.rowCount()):
        model.row(row)
    qtbot.waitUntil(lambda: all(model.row(r) is not None for r in range(model.rowCount())),
                    timeout=10_000)
    return [model.row(r) for r in range(model.rowCount())]


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    """A task runner whose models (its children) are deleted with it after the test."""
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()
    task_runner.deleteLater()
    qtbot.wait(10)


def test_every_model_passes_the_model_tester(qtbot, runner, qtmodeltester, demo_wb) -> None:  # type: ignore[no-untyped-def]
    account = get_account(demo_wb)
    outbox.queue_approve(demo_wb, account, [_first_assignment(demo_wb)])
    for model_class in (HitTableModel, AssignmentTableModel, OutboxTableModel):
        model = model_class(demo_wb, runner, runner)
        model.set_request(model.request.with_filter(account_id=account.id))
        loaded(qtbot, model)
        assert model.rowCount() > 0
        all_rows(qtbot, model)
        qtmodeltester.check(model)
        assert model.rowCount(model.index(0, 0)) == 0


def test_rows_load_lazily_page_by_page(qtbot, demo_wb, runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(lazy_table, "PAGE_SIZE", 50)  # 300 rows: six pages
    model = AssignmentTableModel(demo_wb, runner, runner)
    model.set_request(model.request.with_filter(account_id=get_account(demo_wb).id))
    loaded(qtbot, model)
    assert model.rowCount() == 300
    # The first page, and the last one fetched early for the jump to the end.
    qtbot.waitUntil(lambda: model._cached(299) is not None, timeout=5000)
    assert sorted(model._pages) == [0, 5]
    deep = 2 * 50 + 37
    assert model.data(model.index(deep, 0)) is None  # not fetched until asked for
    qtbot.waitUntil(lambda: model.data(model.index(deep, 0)) not in (None, ""), timeout=5000)
    assert sorted(model._pages) == [0, 2, 5]


def test_a_search_loads_its_ids_in_one_pass(qtbot, demo_wb, runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    model = AssignmentTableModel(demo_wb, runner, runner)
    model.set_request(model.request.with_filter(account_id=get_account(demo_wb).id))
    loaded(qtbot, model)
    calls: list[str] = []
    for name in ("page", "count", "ids"):
        original = getattr(model.source, name)
        monkeypatch.setattr(model.source, name,
                            lambda *a, _f=original, _n=name, **k: calls.append(_n) or _f(*a, **k))
    model.set_request(model.request.with_filter(search="Positive"))
    loaded(qtbot, model)
    assert calls == ["ids"]  # no page or count query reading the whole table again
    rows = all_rows(qtbot, model)
    assert len(rows) == model.rowCount() > 0
    assert all("Positive" in r[model.column_of("answers") + 1] for r in rows)
    # A refresh keeps the rows on screen and changes them in place.
    model.refresh()
    loaded(qtbot, model)
    assert [r[0] for r in all_rows(qtbot, model)] == [r[0] for r in rows]


def test_sorting_and_filtering_happen_in_sql(qtbot, demo_wb, runner) -> None:  # type: ignore[no-untyped-def]
    account = get_account(demo_wb)
    model = AssignmentTableModel(demo_wb, runner, runner)
    model.set_request(model.request.with_filter(account_id=account.id))
    loaded(qtbot, model)
    column = model.column_of("work_time")
    model.sort(column, Qt.SortOrder.DescendingOrder)
    loaded(qtbot, model)
    times = [r[column + 1] for r in all_rows(qtbot, model)]
    assert times == sorted(times, reverse=True)
    worker = model.row(0)[model.column_of("worker") + 1]  # type: ignore[index]
    model.set_request(model.request.with_filter(worker=worker))
    loaded(qtbot, model)
    rows = all_rows(qtbot, model)
    assert rows and all(r[model.column_of("worker") + 1] == worker for r in rows)
    model.set_request(model.request.with_filter(worker=None, search="Negative"))
    loaded(qtbot, model)
    answers = [r[model.column_of("answers") + 1] for r in all_rows(qtbot, model)]
    assert answers and all("Negative" in a for a in answers)


def test_a_search_is_literal_not_a_pattern(qtbot, demo_wb, runner) -> None:  # type: ignore[no-untyped-def]
    model = HitTableModel(demo_wb, runner, runner)
    model.set_request(model.request.with_filter(account_id=get_account(demo_wb).id,
                                                search="%"))
    loaded(qtbot, model)
    assert model.rowCount() == 0


def test_display_and_roles(qtbot, demo_wb, runner) -> None:  # type: ignore[no-untyped-def]
    model = HitTableModel(demo_wb, runner, runner)
    model.set_request(model.request.with_filter(account_id=get_account(demo_wb).id))
    loaded(qtbot, model)
    reward = model.index(0, model.column_of("reward"))
    assert model.data(reward) == "$0.05"
    assert model.data(reward, Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)
    assert isinstance(model.data(reward, model.RowIdRole), int)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "HIT"
    assert model.data(QModelIndex()) is None


@pytest.mark.parametrize("one_call_per_cell", [True, False])
def test_a_painted_cell_shows_what_data_says(qtbot, demo_wb, runner, monkeypatch,  # type: ignore[no-untyped-def]
                                             one_call_per_cell) -> None:
    """Delegates ask every role of a cell at once (multiData); the answers are data()'s,
    including those of models that override data() for some columns. Without our multiData
    (an older PySide6 that cannot index a span), Qt's asks data() role by role: same cells."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from workbench.models.review import ReviewQueueModel

    if not one_call_per_cell:
        monkeypatch.delattr(lazy_table.LazyTableModel, "multiData")

    account = get_account(demo_wb)
    outbox.queue_approve(demo_wb, account, [_first_assignment(demo_wb)])
    delegate = QStyledItemDelegate()
    for model_class in (HitTableModel, AssignmentTableModel, OutboxTableModel, ReviewQueueModel):
        model = model_class(demo_wb, runner, runner)
        model.set_request(model.request.with_filter(account_id=account.id))
        loaded(qtbot, model)
        assert model.rowCount() > 0, model_class
        all_rows(qtbot, model)
        for row in (0, model.rowCount() - 1):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                option = QStyleOptionViewItem()
                delegate.initStyleOption(option, index)
                assert option.text == (model.data(index) or ""), (model_class, column)
                foreground = model.data(index, Qt.ItemDataRole.ForegroundRole)
                if foreground is not None:
                    assert option.palette.text().color() == foreground


def test_copied_rows_read_as_the_table_shows_them(qtbot, demo_wb, runner) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from workbench.models.formatting import action_label
    from workbench.store.schema import HIT
    from workbench.views.widgets.table_view import DataTableView

    account = get_account(demo_wb)
    with demo_wb.store.read() as session:
        hit_id = str(session.scalar(select(HIT.hit_id).limit(1)))
    outbox.queue_add_assignments(demo_wb, account, hit_id, 2)
    model = OutboxTableModel(demo_wb, runner, runner)
    view = DataTableView("copy-test")
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_request(model.request.with_filter(account_id=account.id))
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.is_loading, timeout=5000)
    view.select_first()
    copied = view.copy_selection()
    kind = model.index(0, model.column_of("kind"))
    assert model.data(kind) == action_label("add_assignments") == "add assignments"
    assert copied is not None and model.data(kind) in copied.split("\t")


def test_refresh_keeps_the_count_and_shows_new_values(qtbot, demo_wb, runner) -> None:  # type: ignore[no-untyped-def]
    account = get_account(demo_wb)
    model = OutboxTableModel(demo_wb, runner, runner)
    model.set_request(model.request.with_filter(account_id=account.id))
    loaded(qtbot, model)
    assert model.rowCount() == 0
    [action] = outbox.queue_approve(demo_wb, account, [_first_assignment(demo_wb)])
    model.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    outbox.undo(demo_wb, action.id)
    model.refresh()
    state = model.column_of("state")
    qtbot.waitUntil(lambda: model.data(model.index(0, state)) == "cancelled", timeout=5000)


def _first_assignment(wb) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from workbench.store.schema import Assignment

    with wb.store.read() as session:
        return str(session.scalar(select(Assignment.assignment_id).order_by(Assignment.id)))
