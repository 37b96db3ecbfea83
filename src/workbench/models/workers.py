"""The Workers table: every worker of an account with their record, sorted in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from workbench.models.formatting import money_text
from workbench.models.lazy_table import LazyTableModel
from workbench.models.tasks import TaskRunner
from workbench.services.context import Workbench
from workbench.services.tables import TableRequest
from workbench.services.workers import WAGE_COLUMN, WorkerSource

Index = QModelIndex | QPersistentModelIndex
BLOCK_COLOURS = {"blocked": "#b3261e", "block queued": "#b26a00", "unblock queued": "#1565c0",
                 "soft-blocked": "#6a1b9a"}
# The block states (codes from the store), as the table shows them.
BLOCK_LABELS = {"blocked": QT_TRANSLATE_NOOP("WorkersTableModel", "blocked"),
                "block queued": QT_TRANSLATE_NOOP("WorkersTableModel", "block queued"),
                "unblock queued": QT_TRANSLATE_NOOP("WorkersTableModel", "unblock queued"),
                "soft-blocked": QT_TRANSLATE_NOOP("WorkersTableModel", "soft-blocked")}


class WorkersTableModel(LazyTableModel):
    """Workers with assignments, approval rate, times, hourly wage, agreement, pay and blocks."""

    def __init__(self, wb: Workbench, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(WorkerSource(wb), runner,
                         TableRequest(sort_key="assignments", descending=True), parent)
        self._wage = self.column_of(WAGE_COLUMN)
        self._worker = self.column_of("worker")
        self._block = self.column_of("blocked")
        # Amounts in the account's currency (an own workforce may be paid in euros or pounds).
        self.currency = "USD"
        self._money = {self.column_of(key) for key in ("bonuses", "earned", "paid_out", "owed")}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self._block:
            row = self.row(index.row())
            state = str(row[index.column() + 1]) if row is not None else ""
            return QColor(BLOCK_COLOURS[state]) if state in BLOCK_COLOURS else None
        return super().data(index, role)

    def cell_text(self, column: int, value: Any) -> str:
        if column == self._wage:
            return f"{money_text(round(value), self.currency)}/h" if value is not None else ""
        if column in self._money:
            return money_text(int(value), self.currency) if value is not None else ""
        if column == self._block:
            state = str(value or "")
            return self.tr(str(BLOCK_LABELS[state])) if state in BLOCK_LABELS else state
        return super().cell_text(column, value)

    def worker_at(self, row: int) -> str | None:
        found = self.row(row)
        return str(found[self._worker + 1]) if found is not None else None
