"""The Outbox page: what is queued for the marketplace, what was sent, what failed and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from workbench.models import changes
from workbench.models.formatting import local_time
from workbench.models.tables import OutboxTableModel
from workbench.services import outbox
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.store.schema import OutboxAction, OutboxAttempt
from workbench.views.pages.base import Page, PageContext
from workbench.views.settings import load_bytes, window_settings
from workbench.views.widgets.details import DetailsView
from workbench.views.widgets.table_view import DataTableView

STATES = [("All", ""), ("Pending", "pending"), ("Sending", "sending"), ("Sent", "sent"),
          ("Failed", "failed"), ("Undone", "cancelled")]


def action_history(wb: Workbench, action_id: int) -> list[tuple[str, list[tuple[str, str]]]]:
    with wb.store.read() as session:
        action = session.get(OutboxAction, action_id)
        if action is None:
            return [("Action", [("—", "No longer in the store")])]
        info = outbox.action_info(action)
        attempts = [
            (f"Try {a.number}", f"{local_time(a.started_at)} — {a.outcome or 'cut off'}"
                                + (f": {a.message}" if a.message else ""))
            for a in session.scalars(select(OutboxAttempt).where(
                OutboxAttempt.action_id == action_id).order_by(OutboxAttempt.number))]
        return [("Action", [("What", info.description), ("State", info.state),
                            ("Queued by", f"{info.created_by} at {local_time(info.created_at)}"),
                            ("Sent", local_time(info.sent_at) if info.sent_at else "—"),
                            ("Last error", info.last_error or "—")]),
                ("Attempts", attempts or [("—", "Not tried yet")])]


class OutboxPage(Page):
    """Lists outbox actions; undo a pending one, retry a failed one."""

    title = "Outbox"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = OutboxTableModel(self.wb, self.runner, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.make_search("Search the outbox: assignment, HIT, worker or reviewer",
                                       self._filter), 3)
        self.state = QComboBox()
        self.state.setAccessibleName("Filter by state")
        for label, value in STATES:
            self.state.addItem(label, value)
        self.state.currentIndexChanged.connect(self._filter)
        bar.addWidget(self.state)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        bar.addStretch()
        self.undo_button = QPushButton("Undo")
        self.undo_button.setToolTip("Take back actions that have not been sent yet")
        self.retry_button = QPushButton("Retry")
        self.retry_button.setToolTip("Queue failed actions again")
        for button in (self.undo_button, self.retry_button):
            button.setEnabled(False)
            bar.addWidget(button)
        self.undo_button.clicked.connect(lambda: self._change(outbox.undo, "Undone"))
        self.retry_button.clicked.connect(lambda: self._change(outbox.retry, "Queued again"))
        layout.addLayout(bar)
        self.table = DataTableView("outbox")
        self.table.setModel(self.model)
        self.details = DetailsView()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setSizes([480, 220])
        state = load_bytes(window_settings(), "outbox/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        layout.addWidget(self.splitter)
        self.model.loaded.connect(
            lambda n: self.count_label.setText(f"{n:,} action{'s' if n != 1 else ''}"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details.show_message("Select an action to see its attempts.")

    def set_account(self, account: AccountInfo) -> None:
        super().set_account(account)
        self._filter()

    def _filter(self) -> None:
        if self.account is not None:
            self.model.set_request(self.model.request.with_filter(
                account_id=self.account.id, search=self.search.text() if self.search else "",
                state=self.state.currentData()))

    def on_changes(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.OUTBOX, changes.ASSIGNMENTS}:
            self.model.refresh()

    def _selected_states(self) -> list[tuple[int, str]]:
        found = []
        for position in self.table.selected_rows():
            row = self.model.row(position)
            if row is not None:
                found.append((int(row[0]), str(row[self.model.column_of("state") + 1])))
        return found

    def _selection_changed(self) -> None:
        chosen = self._selected_states()
        self.undo_button.setEnabled(any(state == "pending" for _, state in chosen))
        self.retry_button.setEnabled(any(state == "failed" for _, state in chosen))
        if len(chosen) == 1:
            action_id = chosen[0][0]
            self.runner.run(lambda: action_history(self.wb, action_id),
                            on_done=self.details.show_groups)
        else:
            self.details.show_message(f"{len(chosen)} actions selected." if chosen else
                                      "Select an action to see its attempts.")

    def _change(self, operation: object, verb: str) -> None:
        wanted = "pending" if operation is outbox.undo else "failed"
        ids = [i for i, state in self._selected_states() if state == wanted]
        wb = self.wb

        def work() -> int:
            for action_id in ids:
                operation(wb, action_id)  # type: ignore[operator]
            return len(ids)

        def done(count: int) -> None:
            self.status_message.emit(f"{verb}: {count} action(s).")
            self.bus.announce(changes.OUTBOX)

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, verb, str(error))

        self.runner.run(work, on_done=done, on_error=failed)
