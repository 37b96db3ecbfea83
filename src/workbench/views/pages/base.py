"""What every page of the main window can do: follow the account, refresh, focus search."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from workbench.domain.fee_schedules import account_currency
from workbench.models.changes import ChangeBus
from workbench.models.formatting import plural
from workbench.models.lazy_table import LazyTableModel
from workbench.models.tasks import LongTask, TaskRunner
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.views.widgets.table_view import DataTableView


def refill_choices(combo: QComboBox, everything: str, items: Iterable[tuple[int, str]]) -> None:
    """Replace a filter's choices ("everything" first, data 0), keeping the chosen one.

    Signals are held meanwhile: refilling is not the user choosing. But when the chosen one
    is gone (another account's batch), the filter shows "everything" and must filter so:
    then the change is announced as if chosen.
    """
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, 0)
    for key, label in items:
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
    if current and combo.currentData() != current:
        combo.currentIndexChanged.emit(combo.currentIndex())


def reset_choices(combo: QComboBox, everything: str) -> None:
    """A filter of another account's things (its batches) back to "everything" alone."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, 0)
    combo.blockSignals(False)


# A kept row is looked for among the first rows a reload brings (its first page).
KEPT_ROW_SEARCH = 200


class KeptSelection(QObject):
    """Keeps a table's one selected row selected across reloads, so its details stay true.

    A reload that resets the model (a small table after a sync, a new filter) drops the
    selection without a word; the row is selected again by id if it is still there.
    ``on_reload`` runs after every reload that kept the selection as it was, to show the
    row as it is now (a sent action, a lifted block).
    """

    def __init__(self, table: DataTableView, on_reload: Callable[[], None]) -> None:
        super().__init__(table)
        self.table = table
        self.on_reload = on_reload
        self.kept: int | None = None
        model = table.lazy_model()
        model.modelAboutToBeReset.connect(self._remember)
        model.loaded.connect(self._restore)

    def _remember(self) -> None:
        rows = self.table.selected_rows()
        self.kept = self.table.lazy_model().row_id(rows[0]) if len(rows) == 1 else None

    def _restore(self, _count: int) -> None:
        kept, self.kept = self.kept, None
        model = self.table.lazy_model()
        if kept is not None and not self.table.selected_rows():
            for position in range(min(model.rowCount(), KEPT_ROW_SEARCH)):
                if model.row_id(position) == kept:
                    self.table.selectRow(position)  # its details load as on a click
                    return
        self.on_reload()


@dataclass
class PageContext:
    """What a page may use of the application; handed to every page's constructor."""

    wb: Workbench
    runner: TaskRunner
    bus: ChangeBus
    # Start a long task with progress and Cancel in the status bar: (title, work, on_done).
    start_task: Callable[[str, Callable[..., Any], Callable[[Any], None]], LongTask]
    show_page: Callable[[str], None]
    # Window-level commands a page may offer (e.g. "demo", "connect", "import", "sync").
    commands: dict[str, Callable[[], None]] = field(default_factory=dict)


class Page(QWidget):
    """A page of the main window; receives its collaborators through the constructor."""

    title = ""
    status_message = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.wb = context.wb
        self.runner = context.runner
        self.bus = context.bus
        self.account: AccountInfo | None = None
        self.search: QLineEdit | None = None
        self._copies_reported = False

    def set_account(self, account: AccountInfo) -> None:
        self.account = account
        # The page's tables show money in the account's currency (a Prolific workspace's
        # pounds, an own workforce's euros), not always MTurk's dollars.
        currency = account_currency(account.kind, account.options)
        for view in self.findChildren(DataTableView):
            model = view.model()
            while isinstance(model, QSortFilterProxyModel):
                model = model.sourceModel()
            if isinstance(model, LazyTableModel):
                model.set_currency(currency)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._copies_reported:
            # A copy of rows not loaded finishes in the background: say when it is done.
            self._copies_reported = True
            for table in self.findChildren(DataTableView):
                table.copied.connect(self._copied)

    def _copied(self, rows: int) -> None:
        self.status_message.emit(plural(self.tr("Copied %n row(s) to the clipboard.", "",
                                                rows), rows))

    def on_changes(self, kinds: frozenset[str]) -> None:
        """The store changed; reload what shows any of these kinds."""

    def focus_search(self) -> None:
        if self.search is not None:
            self.search.setFocus()
            self.search.selectAll()

    def save_state(self) -> None:
        """Remember splitters and columns before the window closes."""

    def make_search(self, placeholder: str, on_search: Callable[[], None]) -> QLineEdit:
        """A search box that waits for a pause in typing before searching."""
        box = QLineEdit()
        box.setPlaceholderText(placeholder)
        box.setClearButtonEnabled(True)
        box.setAccessibleName(placeholder)
        timer = QTimer(box)
        timer.setSingleShot(True)
        timer.setInterval(250)
        timer.timeout.connect(on_search)
        box.textChanged.connect(lambda _text: timer.start())
        box.returnPressed.connect(on_search)
        self.search = box
        return box
