"""The Outbox page: what is queued for the marketplace, what was sent, what failed and why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from workbench.models.formatting import format_count, local_time, plural, status_label
from workbench.models.tables import OutboxTableModel
from workbench.services import outbox
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.services.tables import Row
from workbench.store.schema import OutboxAction, OutboxAttempt
from workbench.views.pages.base import KeptSelection, Page, PageContext
from workbench.views.settings import load_bytes, window_settings
from workbench.views.widgets.details import DetailsView
from workbench.views.widgets.table_view import DataTableView

translate = QCoreApplication.translate

# (label, state code) of the state filter; labels translated at use (context "OutboxPage").
STATES = [(QT_TRANSLATE_NOOP("OutboxPage", "All"), ""),
          (QT_TRANSLATE_NOOP("OutboxPage", "Pending"), "pending"),
          (QT_TRANSLATE_NOOP("OutboxPage", "Sending"), "sending"),
          (QT_TRANSLATE_NOOP("OutboxPage", "Sent"), "sent"),
          (QT_TRANSLATE_NOOP("OutboxPage", "Failed"), "failed"),
          (QT_TRANSLATE_NOOP("OutboxPage", "Undone"), "cancelled")]


def action_history(wb: Workbench, action_id: int) -> list[tuple[str, list[tuple[str, str]]]]:
    """An action's record and its attempts (runs on a worker thread; translate is safe)."""
    title = translate("OutboxPage", "Action")
    with wb.store.read() as session:
        action = session.get(OutboxAction, action_id)
        if action is None:
            return [(title, [("—", translate("OutboxPage", "No longer in the store"))])]
        info = outbox.action_info(action)
        attempts = []
        for a in session.scalars(select(OutboxAttempt).where(
                OutboxAttempt.action_id == action_id).order_by(OutboxAttempt.number)):
            outcome = (status_label(a.outcome) if a.outcome
                       else translate("OutboxPage", "cut off"))
            text = translate("OutboxPage", "{time} — {outcome}").format(
                time=local_time(a.started_at), outcome=outcome)
            if a.message:
                text += f": {a.message}"
            attempts.append((translate("OutboxPage", "Try {number}").format(number=a.number),
                             text))
        queued = translate("OutboxPage", "{who} at {time}").format(
            who=info.created_by, time=local_time(info.created_at))
        return [(title, [(translate("OutboxPage", "What"), info.description),
                         (translate("OutboxPage", "State"), status_label(info.state)),
                         (translate("OutboxPage", "Queued by"), queued),
                         (translate("OutboxPage", "Sent"),
                          local_time(info.sent_at) if info.sent_at else "—"),
                         (translate("OutboxPage", "Last error"), info.last_error or "—")]),
                (translate("OutboxPage", "Attempts"),
                 attempts or [("—", translate("OutboxPage", "Not tried yet"))])]


class OutboxPage(Page):
    """Lists outbox actions; undo a pending one, retry a failed one."""

    title = "Outbox"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = OutboxTableModel(self.wb, self.runner, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.make_search(
            self.tr("Search the outbox: assignment, HIT, worker or reviewer"), self._filter), 3)
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("Filter by state"))
        for label, value in STATES:
            self.state.addItem(translate("OutboxPage", str(label)), value)
        self.state.currentIndexChanged.connect(self._filter)
        bar.addWidget(self.state)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        bar.addStretch()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back actions that have not been sent yet"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Queue failed actions again"))
        for button in (self.undo_button, self.retry_button):
            button.setEnabled(False)
            bar.addWidget(button)
        self.undo_button.clicked.connect(lambda: self._change(outbox.undo, self.tr("Undone")))
        self.retry_button.clicked.connect(
            lambda: self._change(outbox.retry, self.tr("Queued again")))
        layout.addLayout(bar)
        self.table = DataTableView("outbox")
        self.table.setModel(self.model)
        self.table.set_empty_text(self.tr(
            "Nothing queued. Approvals, rejections, bonuses and other actions wait here until "
            "they are sent (F5)."))
        self.details = DetailsView()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setSizes([480, 220])
        state = load_bytes(window_settings(), "outbox/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        layout.addWidget(self.splitter)
        self.model.loaded.connect(self._loaded)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # After a reload (a push) the selected action shows as it is now, not as it was.
        self.model.modelReset.connect(self._selection_changed)
        self.kept = KeptSelection(self.table, self._selection_changed)
        self.details.show_message(self.tr("Select an action to see its attempts."))

    def _loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("1 action") if count == 1 else self.tr(
            "{count} actions").format(count=format_count(count)))

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

    def _states(self, rows: list[Row]) -> list[tuple[int, str]]:
        state = self.model.column_of("state") + 1
        return [(int(row[0]), str(row[state])) for row in rows]

    def _selection_changed(self) -> None:
        # Feedback from the rows on screen; Undo and Retry read every selected row.
        rows = self.table.selected_rows()
        count = len(rows)
        chosen = self._states(self.table.loaded_selected_rows(rows))
        self.undo_button.setEnabled(any(state == "pending" for _, state in chosen)
                                    or count > len(chosen))
        self.retry_button.setEnabled(any(state == "failed" for _, state in chosen)
                                     or count > len(chosen))
        if count == 1 and chosen:
            action_id = chosen[0][0]
            self.runner.run(lambda: action_history(self.wb, action_id),
                            on_done=self.details.show_groups)
        else:
            self.details.show_message(
                self.tr("{count} actions selected.").format(count=format_count(count))
                if count else self.tr("Select an action to see its attempts."))

    def _change(self, operation: object, verb: str) -> None:
        self.table.fetch_selected(lambda rows: self._change_rows(operation, verb, rows))

    def _change_rows(self, operation: object, verb: str, rows: list[Row]) -> None:
        wanted = "pending" if operation is outbox.undo else "failed"
        ids = [i for i, state in self._states(rows) if state == wanted]
        wb = self.wb

        def work() -> int:
            for action_id in ids:
                operation(wb, action_id)  # type: ignore[operator]
            return len(ids)

        def done(count: int) -> None:
            message = plural(self.tr("{verb}: %n action(s).", "", count), count)
            self.status_message.emit(message.format(verb=verb))
            self.bus.announce(changes.OUTBOX)

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, verb, str(error))

        self.runner.run(work, on_done=done, on_error=failed)
