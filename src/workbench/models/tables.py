"""One item model per entity, each a lazy table over its SQL source."""

from __future__ import annotations

from typing import Any

from workbench.models.formatting import action_label
from workbench.models.lazy_table import LazyTableModel
from workbench.models.tasks import TaskRunner
from workbench.services.context import Workbench
from workbench.services.tables import AssignmentSource, HitSource, OutboxSource, TableRequest


class HitTableModel(LazyTableModel):
    """HITs of an account, with their batch and assignment counts."""

    def __init__(self, wb: Workbench, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(HitSource(wb), runner,
                         TableRequest(sort_key="created", descending=True), parent)


class AssignmentTableModel(LazyTableModel):
    """Assignments across HITs (or of one HIT), with a summary of the worker's answers."""

    def __init__(self, wb: Workbench, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(AssignmentSource(wb), runner,
                         TableRequest(sort_key="submitted", descending=True), parent)


class OutboxTableModel(LazyTableModel):
    """Actions queued for the marketplace: pending, sent, failed and cancelled."""

    def __init__(self, wb: Workbench, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(OutboxSource(wb), runner,
                         TableRequest(sort_key="queued", descending=True), parent)
        self._kind_column = self.column_of("kind")

    def cell_text(self, column: int, value: Any) -> str:
        """The action's kind in words (the stored code stays in ValueRole and the rows)."""
        if column == self._kind_column:
            return action_label(str(value)) if value is not None else ""
        return super().cell_text(column, value)
