"""A table view for big lazy models: fixed row heights, remembered columns, copy as TSV."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QWidget

from workbench.models.formatting import display
from workbench.models.lazy_table import LazyTableModel
from workbench.views.settings import load_bytes, window_settings


class DataTableView(QTableView):
    """A sortable table whose column widths survive a restart; Ctrl+C copies rows as TSV."""

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

    def setModel(self, model: LazyTableModel) -> None:  # type: ignore[override]
        super().setModel(model)
        header = self.horizontalHeader()
        for number, column in enumerate(model.columns):
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

    def restore_columns(self) -> None:
        state = load_bytes(window_settings(), f"tables/{self.name}/header")
        if state is not None:
            self.horizontalHeader().restoreState(state)

    def save_columns(self) -> None:
        window_settings().setValue(f"tables/{self.name}/header",
                                   self.horizontalHeader().saveState())

    def selected_rows(self) -> list[int]:
        selection = self.selectionModel()
        if selection is None:
            return []
        return sorted({index.row() for index in selection.selectedRows()})

    def selected_ids(self) -> list[int]:
        model = self.lazy_model()
        ids = [model.row_id(r) for r in self.selected_rows()]
        return [i for i in ids if i is not None]

    def select_first(self) -> None:
        if self.model() is not None and self.model().rowCount() > 0:
            self.selectionModel().setCurrentIndex(
                self.model().index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def copy_selection(self) -> str | None:
        """The selected rows as tab-separated text (in column order as shown)."""
        model = self.lazy_model()
        rows = self.selected_rows()
        if not rows:
            return None
        try:
            records = model.rows_for_copy(rows)
        except ValueError as exc:
            QMessageBox.information(self, self.tr("Copy"), str(exc))
            return None
        header = self.horizontalHeader()
        order = [header.logicalIndex(v) for v in range(header.count())
                 if not header.isSectionHidden(header.logicalIndex(v))]
        lines = []
        for record in records:
            cells = [display(model.columns[c].kind, record[c + 1]).replace("\t", " ")
                     for c in order]
            lines.append("\t".join(cells))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)
