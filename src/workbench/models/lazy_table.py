"""A table model that holds ids and fetches rows lazily; SQL does the sorting and filtering.

Loading happens off the GUI thread in two steps: the first page (so rows paint at once),
then every id in order, which gives the row count and makes any later page one lookup by
id, however deep. A text search, which reads its whole search index anyway, loads the ids
in one pass and the first page by id. Cells of rows not loaded yet are empty and fill in
when their page arrives; the last page is fetched early, for the jump to the end.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from workbench.domain.clock import zone_label
from workbench.domain.currency import DEFAULT_CURRENCY, format_money
from workbench.models.formatting import display
from workbench.models.tasks import TaskRunner
from workbench.services.tables import Column, Row, TableRequest, TableSource

PAGE_SIZE = 200
MAX_PAGES = 200  # rows kept in memory: PAGE_SIZE * MAX_PAGES

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    "Submitted": "#b26a00", "Approved": "#1b7f3b", "Rejected": "#b3261e",
    "Assignable": "#1565c0", "Unassignable": "#6a1b9a", "Reviewable": "#b26a00",
    "Reviewing": "#6a1b9a", "Disposed": "#616161",
    "pending": "#b26a00", "sending": "#1565c0", "sent": "#1b7f3b", "failed": "#b3261e",
    "cancelled": "#616161",
}

_STATUS_QCOLOURS = {status: QColor(colour) for status, colour in STATUS_COLOURS.items()}
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# Roles answered from the row's values; any other role (font, decoration, background, check
# state, size hint…) has nothing to say and is answered without looking at the row.
_ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_VALUE_ROLE = Qt.ItemDataRole.UserRole + 3
_VALUE_ROLES = frozenset({Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                          _ROW_ID_ROLE, _ROW_ROLE, _VALUE_ROLE})


def column_label(column: Column) -> str:
    """A column's title in the user's language.

    The services that declare columns are Qt-free, so their labels are translated here, at
    display time (context "Column"; "ColumnTip" for tooltips). lupdate cannot see them:
    packaging/column_messages.py lists them for resources/translations/workbench_de_core.ts.
    """
    return QCoreApplication.translate("Column", column.label) if column.label else ""


def column_tooltip(column: Column) -> str:
    """A column's tooltip in the user's language ("" if it has none)."""
    return QCoreApplication.translate("ColumnTip", column.tooltip) if column.tooltip else ""


class LazyTableModel(QAbstractTableModel):
    """Rows of one table source, loaded page by page as the view asks for them."""

    RowIdRole = _ROW_ID_ROLE
    RowRole = _ROW_ROLE
    ValueRole = _VALUE_ROLE

    loading_changed = Signal(bool)
    loaded = Signal(int)
    failed = Signal(str)

    def __init__(self, source: TableSource, runner: TaskRunner, request: TableRequest | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self.runner = runner
        self.columns = list(source.columns)
        self.request = request or TableRequest(sort_key=source.default_sort)
        self._generation = 0
        self._count = 0
        self._ids: array[int] | None = None
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._texts: dict[int, tuple[list[Row], list[tuple[str, ...] | None]]] = {}
        # Money columns read in the account's currency (MTurk's dollars unless it has another).
        self.currency = DEFAULT_CURRENCY
        self._alignments = [_RIGHT if column.kind in ("int", "money", "duration", "percent")
                            else _LEFT
                            for column in self.columns]
        self._pending: set[int] = set()
        self._loading = False
        self._first_seen = False
        self._known_count: int | None = None
        self.active = True

    # -- loading ----------------------------------------------------------------------------

    def set_request(self, request: TableRequest, *, keep_rows: bool = False) -> None:
        """Show the rows of another request (new filters or sort); loads in the background."""
        self.request = request
        self._generation += 1
        self._first_seen = False
        generation = self._generation
        self._set_loading(True)
        self._known_count = None
        source = self.source
        if source.scans(request):
            # A text search reads its whole search index whatever it is asked: one pass for
            # the ids in order (which also counts them), then the first page by id, beats a
            # page query and a count query each reading it.
            def scan() -> tuple[array[int], list[Row]]:
                ids = source.ids(request)
                wanted = list(ids[:PAGE_SIZE])
                found = source.rows(wanted)
                return ids, [found[i] for i in wanted if i in found]

            self.runner.run(scan,
                            on_done=lambda loaded: self._scan_loaded(generation, keep_rows,
                                                                     *loaded),
                            on_error=lambda e: self._load_failed(generation, e))
            return
        self.runner.run(lambda: source.page(request, 0, PAGE_SIZE),
                        on_done=lambda rows: self._first_page_loaded(generation, keep_rows, rows),
                        on_error=lambda e: self._load_failed(generation, e))
        # In parallel: the count lets the scroll bar be right before every id is known.
        self.runner.run(lambda: source.count(request),
                        on_done=lambda count: self._count_loaded(generation, count),
                        on_error=lambda e: self._load_failed(generation, e))

    def refresh(self) -> None:
        """Reload after the store changed, keeping what is on screen until the new rows come."""
        self.set_request(self.request, keep_rows=True)

    def _count_loaded(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        self._known_count = count
        if self._first_seen and self._ids is None:
            self._grow_to(count)

    def _grow_to(self, count: int) -> None:
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()

    def _first_page_loaded(self, generation: int, keep_rows: bool, first: list[Row]) -> None:
        if generation != self._generation:
            return
        self._first_seen = True
        complete = len(first) < PAGE_SIZE
        if keep_rows and self._count >= len(first) and not complete:
            # Keep the row count until every id is known; refresh what is on screen now.
            self._pages = OrderedDict({0: first})
            self._pending.clear()
            self._ids = None
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self._count = len(first)
            self._ids = array("q", (int(r[0]) for r in first)) if complete else None
            self._pages = OrderedDict({0: first})
            self._pending.clear()
            self.endResetModel()
        if complete:
            self._set_loading(False)
            self.loaded.emit(self._count)
            return
        if self._known_count is not None and not keep_rows:
            self._grow_to(self._known_count)
        request = self.request
        self.runner.run(lambda: self.source.ids(request),
                        on_done=lambda ids: self._ids_loaded(generation, ids),
                        on_error=lambda e: self._load_failed(generation, e))

    def _scan_loaded(self, generation: int, keep_rows: bool, ids: array[int],
                     first: list[Row]) -> None:
        if generation != self._generation:
            return
        self._first_seen = True
        if keep_rows:
            # As after a page and the ids: rows on screen stay and change in place.
            self._pages = OrderedDict({0: first})
            self._pending.clear()
            if first and self._count:
                self.dataChanged.emit(self.index(0, 0), self.index(
                    min(len(first), self._count) - 1, len(self.columns) - 1))
            self._ids_loaded(generation, ids)
            return
        self.beginResetModel()
        self._ids = ids
        self._count = len(ids)
        self._pages = OrderedDict({0: first})
        self._pending.clear()
        self.endResetModel()
        self._prefetch_last_page()
        self._set_loading(False)
        self.loaded.emit(self._count)

    def _prefetch_last_page(self) -> None:
        """Fetch the last page early: "scroll to the end" is the jump a user makes most."""
        last = (self._count - 1) // PAGE_SIZE
        if last > 0 and last not in self._pages:
            self._request_page(last)

    def _ids_loaded(self, generation: int, ids: array[int]) -> None:
        if generation != self._generation:
            return
        first = self._pages.get(0, [])
        if [int(r[0]) for r in first] != list(ids[:len(first)]):
            # The store changed between the first page and the ids: show the ids' truth.
            self.beginResetModel()
            self._ids = ids
            self._count = len(ids)
            self._pages = OrderedDict()
            self._pending.clear()
            self.endResetModel()
        else:
            self._ids = ids
            if len(ids) > self._count:
                self.beginInsertRows(QModelIndex(), self._count, len(ids) - 1)
                self._count = len(ids)
                self.endInsertRows()
            elif len(ids) < self._count:
                self.beginRemoveRows(QModelIndex(), len(ids), self._count - 1)
                self._count = len(ids)
                self._pages = OrderedDict(
                    (p, rows) for p, rows in self._pages.items() if p * PAGE_SIZE < len(ids))
                self.endRemoveRows()
            # Pages beyond the first may hold rows of the earlier order: fetch them again.
            stale = [p for p in self._pages if p != 0]
            for page in stale:
                del self._pages[page]
            if stale and self._count > PAGE_SIZE:
                self.dataChanged.emit(self.index(PAGE_SIZE, 0),
                                      self.index(self._count - 1, len(self.columns) - 1))
        self._prefetch_last_page()
        self._set_loading(False)
        self.loaded.emit(self._count)

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._set_loading(False)
            self.failed.emit(str(error).splitlines()[0] if str(error) else type(error).__name__)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    @property
    def is_loading(self) -> bool:
        return self._loading

    def _request_page(self, page: int) -> None:
        if page in self._pending or not self.active:
            return
        self._pending.add(page)
        generation = self._generation
        ids = self._ids
        request = self.request
        source = self.source
        start = page * PAGE_SIZE
        total = self._count

        def load() -> list[Row]:
            if ids is not None:
                wanted = list(ids[start:start + PAGE_SIZE])
                found = source.rows(wanted)
                return [found[i] for i in wanted if i in found]
            return source.page(request, start, PAGE_SIZE, total=total)

        self.runner.run(load, on_done=lambda rows: self._page_loaded(generation, page, rows),
                        on_error=lambda e: self._load_failed(generation, e))

    def _page_loaded(self, generation: int, page: int, rows: list[Row]) -> None:
        self._pending.discard(page)
        if generation != self._generation:
            return
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(self._count, first + len(rows)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def row(self, row: int) -> Row | None:
        """The row at a position, or None while it is being fetched."""
        if not 0 <= row < self._count:
            return None
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._request_page(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def row_id(self, row: int) -> int | None:
        if self._ids is not None and 0 <= row < len(self._ids):
            return int(self._ids[row])
        found = self.row(row)
        return int(found[0]) if found is not None else None

    def rows_loader(self, positions: Sequence[int]) -> tuple[Callable[[], list[Row]], bool]:
        """A function returning the rows at these positions, in order, for a worker thread,
        and whether every one is loaded already (then it needs no thread).

        Rows loaded now are taken now; the others are fetched by id when the function runs,
        so an action on ten thousand selected rows neither freezes the window nor silently
        acts on just the rows that happened to be loaded. Raises ValueError while the ids
        are still loading.
        """
        cached: dict[int, Row] = {}
        wanted: dict[int, int] = {}
        ids = self._ids
        for position in positions:
            row = self._cached(position)
            if row is not None:
                cached[position] = row
            elif ids is not None and 0 <= position < len(ids):
                wanted[position] = int(ids[position])
            else:
                raise ValueError(self.tr("The table is still loading; try again in a moment."))
        order = list(positions)
        source = self.source

        def load() -> list[Row]:
            found = source.rows(list(wanted.values())) if wanted else {}
            rows = []
            for position in order:
                row = cached.get(position)
                if row is None and position in wanted:
                    row = found.get(wanted[position])
                if row is not None:  # a row deleted meanwhile is left out
                    rows.append(row)
            return rows

        return load, not wanted

    def cached_row(self, row: int) -> Row | None:
        """The row at a position if it is loaded; never fetches (for selection feedback)."""
        return self._cached(row) if 0 <= row < self._count else None

    def cached_rows(self, positions: Sequence[int]) -> list[Row]:
        """The loaded rows among these positions (sorted), in order; never fetches.

        Walks the loaded pages, not the positions: a million selected rows cost no more
        than the few thousand that are loaded.
        """
        found: list[tuple[int, Row]] = []
        for page, rows in self._pages.items():
            first = page * PAGE_SIZE
            start = bisect_left(positions, first)
            stop = bisect_left(positions, first + len(rows), lo=start)
            found.extend((p, rows[p - first]) for p in positions[start:stop])
        found.sort(key=lambda item: item[0])
        return [row for _, row in found]

    def _cached(self, row: int) -> Row | None:
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        return rows[offset] if rows is not None and offset < len(rows) else None

    # -- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell at each paint: the common roles are
        # answered from per-column constants and a per-row text cache, the rest at once.
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._row_texts(index.row())
            return texts[index.column()] if texts is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignments[index.column()]
        if role not in _VALUE_ROLES:
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        value = row[index.column() + 1]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _STATUS_QCOLOURS.get(str(value)) if column.kind == "status" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display(column.kind, value)
            return str(value) if column.kind == "text" and len(text) > 40 else None
        if role == self.RowIdRole:
            return int(row[0])
        if role == self.RowRole:
            return row
        return value  # ValueRole

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """All the roles a delegate asks of a cell, in one call from C++ instead of seven.

        Each call from Qt into Python costs microseconds; a paint asks ~7 roles of every
        visible cell. Answers come from data(), so subclasses that override it are obeyed.
        """
        data = self.data
        # A QModelRoleDataSpan (indexable at run time, whatever the stubs say), or by the
        # stubs' other overload a single QModelRoleData.
        span = roleDataSpan if hasattr(roleDataSpan, "__len__") else [roleDataSpan]
        for number in range(len(span)):
            entry = span[number]
            value = data(index, entry.role())
            if value is None:
                entry.clearData()
            else:
                entry.setData(value)

    def cell_text(self, column: int, value: Any) -> str:
        """The text a cell of a column shows for a value (on screen and when copied).

        Models override it for columns of their own; the text is kept while its row is
        loaded, so it must not depend on the time (override data() for a countdown).
        """
        kind = self.columns[column].kind
        if kind == "money" and self.currency != DEFAULT_CURRENCY and value not in (None, ""):
            return format_money(int(value), self.currency)
        return display(kind, value)

    def set_currency(self, code: str) -> None:
        """Show money columns in this currency (an account's own); loaded rows are redrawn."""
        if code == self.currency:
            return
        self.currency = code
        self._texts.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(self.columns) - 1))

    def _row_texts(self, position: int) -> tuple[str, ...] | None:
        """The display texts of a row, formatted once per loaded page rather than per paint."""
        row = self.row(position)  # fetches the page if it is not loaded
        if row is None:
            return None
        page, offset = divmod(position, PAGE_SIZE)
        rows = self._pages[page]
        cached = self._texts.get(page)
        if cached is None or cached[0] is not rows:
            # Keyed by the page's list itself: a reloaded page is a new list, so texts of
            # rows it replaced are never shown.
            cached = (rows, [None] * len(rows))
            self._texts[page] = cached
            if len(self._texts) > MAX_PAGES:
                for stale in [p for p in self._texts if p not in self._pages]:
                    del self._texts[stale]
        texts = cached[1][offset]
        if texts is None:
            cell_text = self.cell_text
            texts = tuple(cell_text(number, row[number + 1])
                          for number in range(len(self.columns)))
            cached[1][offset] = texts
        return texts

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_label(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column_tooltip(column)
            if tip and not column.sortable:
                tip = QCoreApplication.translate("LazyTableModel", "{tip} (not sortable)").format(
                    tip=tip)
            if column.kind == "time":
                # The window shows local time; exported files show MTurk's Pacific time.
                zone = QCoreApplication.translate(
                    "LazyTableModel", "In your computer's time zone ({zone})").format(
                        zone=zone_label())
                tip = f"{tip}\n{zone}" if tip else zone
            return tip or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self.set_request(self.request.sorted_by(
            self.columns[column].key, order == Qt.SortOrder.DescendingOrder))

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)


# Older PySide6 releases may not let Python index a QModelRoleDataSpan; there Qt's own
# multiData (one data() call per role) stays in place: slower paints, same cells.
_SPAN = getattr(QtCore, "QModelRoleDataSpan", None)
if _SPAN is None or not (hasattr(_SPAN, "__len__") and hasattr(_SPAN, "__getitem__")):
    del LazyTableModel.multiData
