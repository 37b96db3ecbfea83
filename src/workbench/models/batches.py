"""Item models of the Batches page and the publish wizard: batches, and an input file's rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from workbench.formats.inputs import InputTable
from workbench.models.lazy_table import LazyTableModel
from workbench.models.tasks import TaskRunner
from workbench.services.context import Workbench
from workbench.services.tables import TableRequest
from workbench.services.tables_batches import BatchSource

Index = QModelIndex | QPersistentModelIndex

STATE_COLOURS = {"draft": "#616161", "publishing": "#b26a00", "published": "#1b7f3b"}


class BatchTableModel(LazyTableModel):
    """Batches of an account with their rows, HITs and work waiting for review."""

    def __init__(self, wb: Workbench, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(BatchSource(wb), runner,
                         TableRequest(sort_key="created", descending=True), parent)
        self._state_column = self.column_of("state")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() == self._state_column):
            value = super().data(index, self.ValueRole)
            colour = STATE_COLOURS.get(str(value))
            return QColor(colour) if colour else None
        return super().data(index, role)


class InputTableModel(QAbstractTableModel):
    """The rows of an input file, as read; the columns the template uses are marked."""

    def __init__(self, table: InputTable | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._table = table or InputTable([], [])
        self._used: set[str] = set()

    @property
    def table(self) -> InputTable:
        return self._table

    def set_table(self, table: InputTable) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def set_used_columns(self, columns: set[str]) -> None:
        """Mark the columns the template's placeholders use (their headers show in bold)."""
        self._used = set(columns)
        if self._table.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                        len(self._table.columns) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._table.columns[index.column()]
        value = self._table.rows[index.row()].get(column, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(value.split())
        if role == Qt.ItemDataRole.ToolTipRole and len(value) > 40:
            return value[:2000]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._table.rows):
                return f"{section + 1:,}"
            return None
        if not 0 <= section < len(self._table.columns):
            return None
        column = self._table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column
        if role == Qt.ItemDataRole.FontRole and column in self._used:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("{placeholder} in the template").format(
                placeholder=f"${{{column}}}") if column in self._used
                    else self.tr("Not used by the template"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
