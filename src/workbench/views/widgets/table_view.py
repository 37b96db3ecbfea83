"""A table view for big lazy models: fixed row heights, remembered columns, copy as TSV."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelectionModel, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from workbench.models.formatting import format_count
from workbench.models.lazy_table import LazyTableModel
from workbench.services.tables import Row
from workbench.views.settings import load_bytes, window_settings

# Filters a user sets on a page (an account or a HIT shown is context, not a filter).
USER_FILTERS = ("search", "status", "state", "batch_id", "worker", "blocked", "type_id")


T = TypeVar("T")
COPY_LIMIT = 20_000  # rows: copying is for a look elsewhere, exporting for everything
# Columns of names that differ at their end ("Demo: review sentiment #1", "… #2"): shortened
# in the middle, so two of them never read the same.
MIDDLE_ELIDED = frozenset({"batch", "title", "name"})


class MiddleElideDelegate(QStyledItemDelegate):
    """Draws a cell's text shortened in the middle when it does not fit."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class DataTableView(QTableView):
    """A sortable table whose column widths survive a restart; Ctrl+C copies rows as TSV."""

    copied = Signal(int)  # rows put on the clipboard

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        # Tab leaves the table for the next control (the arrow keys move between rows), so
        # a keyboard user is never trapped in a table of a million rows.
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures a million rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # What the table says with no rows: set by its page; a filtered table says that its
        # filters match nothing instead (filters the user can change, not the account).
        self.empty_text = ""
        self.no_match_text = self.tr("Nothing matches the search or the filters. Clear them "
                                     "to see every row.")
        self.user_filters: Collection[str] = USER_FILTERS
        self._middle_elide = MiddleElideDelegate(self)

    def setModel(self, model: LazyTableModel) -> None:  # type: ignore[override]
        super().setModel(model)
        # The empty-state text follows the loading (none is shown while rows may come).
        model.loading_changed.connect(self.viewport().update)
        header = self.horizontalHeader()
        for number, column in enumerate(model.columns):
            self.setItemDelegateForColumn(
                number, self._middle_elide if column.key in MIDDLE_ELIDED
                else self.itemDelegate())
            # At least as wide as its (translated) title with the sort arrow: German titles
            # run about a third longer than the widths the services chose for English.
            needed = header.sectionSizeFromContents(number).width()
            header.resizeSection(number, max(column.width, needed))
        key = model.request.sort_key
        if key:
            order = (Qt.SortOrder.DescendingOrder if model.request.descending
                     else Qt.SortOrder.AscendingOrder)
            header.setSortIndicator(model.column_of(key), order)
        self.restore_columns()
        self.setSortingEnabled(True)

    def lazy_model(self) -> LazyTableModel:
        model = self.model()
        assert isinstance(model, LazyTableModel)
        return model

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def empty_message(self) -> str:
        """What the viewport says now: nothing while rows exist or are loading."""
        model = self.model()
        if not isinstance(model, LazyTableModel) or model.rowCount() > 0 or model.is_loading:
            return ""
        filters = model.request.filters
        if any(filters.get(key) not in (None, "") for key in self.user_filters):
            return self.no_match_text
        return self.empty_text

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        message = self.empty_message()
        if not message:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, 32, -24, -24)
        width = min(area.width(), 560)
        box = QRect(area.left() + (area.width() - width) // 2, area.top(), width, area.height())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                  | Qt.TextFlag.TextWordWrap), message)
        painter.end()

    def restore_columns(self) -> None:
        state = load_bytes(window_settings(), f"tables/{self.name}/header")
        if state is not None:
            self.horizontalHeader().restoreState(state)

    def save_columns(self) -> None:
        window_settings().setValue(f"tables/{self.name}/header",
                                   self.horizontalHeader().saveState())

    def selected_rows(self) -> list[int]:
        """Positions of the selected rows, in order: read from the selection's ranges, so
        Ctrl+A on a million rows costs a range, not a million indexes."""
        selection = self.selectionModel()
        if selection is None:
            return []
        rows: set[int] = set()
        spans: Any = selection.selection()  # iterable at run time; PySide's stubs disagree
        for span in spans:
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def selected_ids(self) -> list[int]:
        model = self.lazy_model()
        ids = [model.row_id(r) for r in self.selected_rows()]
        return [i for i in ids if i is not None]

    def loaded_selected_rows(self, positions: Sequence[int] | None = None) -> list[Row]:
        """The selected rows that are loaded, fetching none: for quick feedback (which
        buttons apply) on a selection change. Actions use fetch_selected(). ``positions``:
        the selected rows, when the caller has them already."""
        rows = self.selected_rows() if positions is None else positions
        return self.lazy_model().cached_rows(rows)

    def fetch_selected(self, on_done: Callable[[list[Row]], None]) -> None:
        """Every selected row, loaded or not, then ``on_done``: at once when all are loaded
        (the usual case), else once the others are fetched off the GUI thread."""
        self._on_rows(self.selected_rows(), lambda rows: rows, on_done, self.tr("Selection"))

    def _on_rows(self, positions: Sequence[int], work: Callable[[list[Row]], T],
                 on_done: Callable[[T], None], title: str) -> T | None:
        """``work`` on the rows at these positions, then ``on_done`` with its result: here
        and now (returning it) when every row is loaded, else in a worker thread."""
        model = self.lazy_model()
        try:
            load, all_loaded = model.rows_loader(positions)
        except ValueError as exc:
            QMessageBox.information(self, title, str(exc))
            return None
        if all_loaded:
            result = work(load())
            on_done(result)
            return result
        model.runner.run(lambda: work(load()), on_done=on_done, on_error=self._warn)
        return None

    def _warn(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Could not read the rows"), str(error))

    def select_first(self) -> None:
        if self.model() is not None and self.model().rowCount() > 0:
            self.selectionModel().setCurrentIndex(
                self.model().index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def copy_selection(self) -> str | None:
        """Copy the selected rows as tab-separated text (in column order as shown).

        Returns the text when every row was loaded; otherwise the missing rows are fetched
        off the GUI thread, the clipboard is set when they arrive and ``copied`` says so.
        """
        model = self.lazy_model()
        rows = self.selected_rows()
        if not rows:
            return None
        if len(rows) > COPY_LIMIT:
            QMessageBox.information(self, self.tr("Copy"), self.tr(
                "Copying is limited to {limit} rows; export the table instead.").format(
                    limit=format_count(COPY_LIMIT)))
            return None
        header = self.horizontalHeader()
        order = [header.logicalIndex(v) for v in range(header.count())
                 if not header.isSectionHidden(header.logicalIndex(v))]
        cell_text = model.cell_text

        def text(records: list[Row]) -> tuple[str, int]:
            return "\n".join("\t".join(cell_text(c, record[c + 1]).replace("\t", " ")
                                       for c in order) for record in records), len(records)

        def done(copied: tuple[str, int]) -> None:
            QGuiApplication.clipboard().setText(copied[0])
            self.copied.emit(copied[1])  # (a worker's answer may hold a line break)

        result = self._on_rows(rows, text, done, self.tr("Copy"))
        return result[0] if result is not None else None

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)
