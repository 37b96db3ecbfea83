"""Item models of the Qualifications page: types, pending requests, and workers' scores.

An account has few qualification types and (usually) few pending requests: those models hold
their rows, loaded off the GUI thread. Scores can run to many thousands of workers: that
model is a lazy table sorted and filtered in SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from workbench.models.formatting import format_duration, local_time
from workbench.models.lazy_table import LazyTableModel
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.services.qualification_tables import ScoresSource
from workbench.services.qualifications import (
    QualificationTypeInfo,
    RequestInfo,
    list_types,
    pending_requests,
)
from workbench.services.tables import TableRequest

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Field(Generic[T]):
    """A column of a small model: its label, what it shows, how it sorts, where it aligns.

    ``label`` and ``tooltip`` are marked with QT_TRANSLATE_NOOP("RowsModel", …) and shown
    translated.
    """

    label: str
    text: Callable[[T], str]
    sort: Callable[[T], Any]
    align: int = LEFT
    colour: Callable[[T], str | None] | None = None
    tooltip: str = ""


class RowsModel(QAbstractTableModel, Generic[T]):
    """A table of plain objects loaded off the GUI thread; sorts in memory (rows are few)."""

    ItemRole = Qt.ItemDataRole.UserRole + 1

    loaded = Signal(int)
    failed = Signal(str)

    def __init__(self, fields: Sequence[Field[T]], runner: TaskRunner, parent: Any = None
                 ) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.runner = runner
        self.items: list[T] = []
        self._generation = 0
        self._sort: tuple[int, bool] | None = None
        self.is_loading = False

    def load(self, work: Callable[[], list[T]]) -> None:
        """Replace the rows with what ``work`` returns (run on a worker thread)."""
        self._generation += 1
        generation = self._generation
        self.is_loading = True

        def done(items: list[T]) -> None:
            if generation == self._generation:
                self.set_items(items)
                self.is_loading = False
                self.loaded.emit(len(self.items))

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.is_loading = False
                self.failed.emit(str(error).splitlines()[0] if str(error) else
                                 type(error).__name__)

        self.runner.run(work, on_done=done, on_error=failed)

    def set_items(self, items: list[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def item(self, row: int) -> T | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        field = self.fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return field.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return field.align
        if role == Qt.ItemDataRole.ForegroundRole and field.colour is not None:
            colour = field.colour(item)
            return QColor(colour) if colour else None
        if role == self.ItemRole:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.fields):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.fields[section].label)
        if role == Qt.ItemDataRole.ToolTipRole:
            tooltip = self.fields[section].tooltip
            return _tr(tooltip) if tooltip else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.fields):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        before = self.persistentIndexList()
        items_before = [self.items[i.row()] for i in before]
        self._apply_sort(*self._sort)
        positions = {id(item): row for row, item in enumerate(self.items)}
        self.changePersistentIndexList(
            before, [self.index(positions[id(item)], i.column())
                     for i, item in zip(before, items_before, strict=True)])
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, descending: bool) -> None:
        key = self.fields[column].sort
        self.items.sort(key=lambda item: _sortable(key(item)), reverse=descending)


def _sortable(value: Any) -> tuple[int, Any]:
    # None sorts last whichever way values compare.
    return (1, 0) if value is None else (0, value)


def _tr(text: object) -> str:
    return QCoreApplication.translate("RowsModel", str(text))


STATUS_COLOURS = {"Active": "#1b7f3b", "Inactive": "#616161"}
# A qualification type's status (MTurk's code), as it is shown.
TYPE_STATUSES = {"Active": QT_TRANSLATE_NOOP("RowsModel", "Active"),
                 "Inactive": QT_TRANSLATE_NOOP("RowsModel", "Inactive")}


def type_status(code: str) -> str:
    """A qualification type's status code in the user's language."""
    label = TYPE_STATUSES.get(code)
    return _tr(label) if label else code


def how_workers_get_it(qtype: QualificationTypeInfo) -> str:
    """In a few words: "Test (auto-scored), 15m", "Granted on request (1)", "You grant it"."""
    if qtype.auto_granted:
        return QCoreApplication.translate("RowsModel", "Granted on request ({value})").format(
            value=qtype.auto_granted_value)
    if qtype.has_test:
        text = QCoreApplication.translate("RowsModel", "Test (auto-scored), {duration}") \
            if qtype.answer_key_xml else \
            QCoreApplication.translate("RowsModel", "Test (you review), {duration}")
        return text.format(duration=format_duration(qtype.test_duration_s or 0))
    return QCoreApplication.translate("RowsModel", "You grant it")


TYPE_FIELDS: list[Field[QualificationTypeInfo]] = [
    Field(str(QT_TRANSLATE_NOOP("RowsModel", "Name")), lambda t: t.name, lambda t: t.name.lower()),
    Field(str(QT_TRANSLATE_NOOP("RowsModel", "Waiting")), lambda t: f"{t.pending:,}" if t.pending
          else "", lambda t: t.pending,
          RIGHT, colour=lambda t: "#b26a00" if t.pending else None,
          tooltip=str(QT_TRANSLATE_NOOP("RowsModel", "Requests waiting for your decision"))),
    Field(str(QT_TRANSLATE_NOOP("RowsModel", "Holders")), lambda t: f"{t.holders:,}",
          lambda t: t.holders, RIGHT,
          tooltip=str(QT_TRANSLATE_NOOP("RowsModel", "Workers holding a score"))),
    Field(str(QT_TRANSLATE_NOOP("RowsModel", "How workers get it")), how_workers_get_it,
          how_workers_get_it),
    Field(str(QT_TRANSLATE_NOOP("RowsModel", "Status")), lambda t: type_status(t.status),
          lambda t: t.status, colour=lambda t: STATUS_COLOURS.get(t.status)),
]


class QualificationTypesModel(RowsModel[QualificationTypeInfo]):
    """The account's qualification types, with their holders and pending requests."""

    def __init__(self, wb: Workbench, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(TYPE_FIELDS, runner, parent)
        self.wb = wb

    def reload(self, account: AccountInfo) -> None:
        wb = self.wb
        self.load(lambda: list_types(wb, account))

    def row_of(self, type_id: str) -> int:
        return next((r for r, t in enumerate(self.items) if t.type_id == type_id), -1)


def _score_text(request: RequestInfo) -> str:
    if request.unreadable:
        return QCoreApplication.translate("RowsModel", "unreadable")
    if request.score is None:
        return "—"
    return f"{request.score.value}"


def _queued_text(request: RequestInfo) -> str:
    # The outbox's description of the queued decision (written by the services).
    return request.queued or ""


def _correct_text(request: RequestInfo) -> str:
    if request.score is None:
        return ""
    text = QCoreApplication.translate("RowsModel", "{correct} of {total}")
    return text.format(correct=request.score.correct, total=len(request.score.questions))


REQUEST_FIELDS: list[Field[RequestInfo]] = [
    Field(str(QT_TRANSLATE_NOOP("RowsModel", "Worker")), lambda r: r.worker_id,
          lambda r: r.worker_id),
    Field(str(QT_TRANSLATE_NOOP("RowsModel", "Qualification")), lambda r: r.type_name,
          lambda r: r.type_name.lower()),
    Field(str(QT_TRANSLATE_NOOP("RowsModel", "Submitted")),
          lambda r: local_time(r.submit_time) if r.submit_time else "",
          lambda r: r.submit_time),
    Field(str(QT_TRANSLATE_NOOP("RowsModel", "Score")), _score_text, lambda r: r.suggested_value,
          RIGHT, tooltip=str(QT_TRANSLATE_NOOP("RowsModel",
                                           "The value the answer key gives these answers"))),
    Field(str(QT_TRANSLATE_NOOP("RowsModel", "Full marks")), _correct_text,
          lambda r: r.score.correct if r.score else None, RIGHT,
          tooltip=str(QT_TRANSLATE_NOOP("RowsModel", "Questions answered for full marks"))),
    Field(str(QT_TRANSLATE_NOOP("RowsModel", "Queued")), _queued_text, lambda r: r.queued or "",
          colour=lambda r: "#1565c0" if r.queued else None,
          tooltip=str(QT_TRANSLATE_NOOP("RowsModel",
                                    "A decision waiting in the outbox for the next Sync"))),
]


class RequestsModel(RowsModel[RequestInfo]):
    """Pending qualification requests, with each worker's computed score."""

    def __init__(self, wb: Workbench, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(REQUEST_FIELDS, runner, parent)
        self.wb = wb

    def reload(self, account: AccountInfo, type_id: str | None = None) -> None:
        wb = self.wb
        self.load(lambda: pending_requests(wb, account, type_id))


class ScoresTableModel(LazyTableModel):
    """Workers' scores on one qualification type (lazy: there may be many thousands)."""

    def __init__(self, wb: Workbench, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(ScoresSource(wb), runner, TableRequest(sort_key="worker"), parent)
