"""The Workers page: every worker with their record with you; history, messages and blocks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.models import changes
from workbench.models.review import english_plural
from workbench.models.tables import AssignmentTableModel
from workbench.models.workers import WorkersTableModel
from workbench.services import outbox
from workbench.services.accounts import AccountInfo
from workbench.services.consensus import refresh_consensus
from workbench.services.push import PushReport, push_outbox
from workbench.services.settings import load_settings
from workbench.services.tables import Row, batch_choices
from workbench.services.workers import (
    MessageOutcome,
    TrackRecord,
    message_outcome,
    queue_block_choice,
    track_records,
)
from workbench.views.pages.base import (
    KeptSelection,
    Page,
    PageContext,
    refill_choices,
    reset_choices,
)
from workbench.views.payouts.entry import follow_account, pay_workers_button
from workbench.views.review.dialogs import BlockDialog
from workbench.views.settings import load_bytes, window_settings
from workbench.views.widgets.details import DetailsView
from workbench.views.widgets.table_view import DataTableView
from workbench.views.workers.dialogs import HistoryDialog, MessageDialog


class WorkersPage(Page):
    """Workers with assignments, approval rate, times, wage, agreement, bonuses and blocks."""

    title = "Workers"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = WorkersTableModel(self.wb, self.runner, self)
        self.history_model = AssignmentTableModel(self.wb, self.runner, self)
        self.message_actions: list[int] = []
        self.outcome: MessageOutcome | None = None
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.make_search(self.tr("Search workers by id (Ctrl+F)"), self._filter),
                      2)
        self.batch = QComboBox()
        self.batch.setAccessibleName(self.tr("Only workers of this batch"))
        self.batch.setMinimumWidth(200)
        self.batch.currentIndexChanged.connect(self._filter)
        self.blocked = QCheckBox(self.tr("Blocked only"))
        self.blocked.toggled.connect(self._filter)
        self.count_label = QLabel()
        for widget in (self.batch, self.blocked, self.count_label):
            bar.addWidget(widget)
        bar.addStretch()
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Every assignment of the worker (or double-click "
                                               "a row)"))
        self.message_button = QPushButton(self.tr("Message…"))
        self.message_button.setToolTip(self.tr("Write to the selected workers (sent in chunks "
                                               "of 100)"))
        self.block_button = QPushButton(self.tr("Block…"))
        self.block_button.setToolTip(self.tr("Block or unblock the selected worker"))
        for button in (self.history_button, self.message_button, self.block_button):
            button.setEnabled(False)
            bar.addWidget(button)
        self.pay_button = pay_workers_button(self)
        bar.addWidget(self.pay_button)
        self.history_button.clicked.connect(self.show_history)
        self.message_button.clicked.connect(self.message_selected)
        self.block_button.clicked.connect(self.block_selected)
        layout.addLayout(bar)
        self.table = DataTableView("workers")
        self.table.setModel(self.model)
        self.table.set_empty_text(self.tr(
            "No workers yet: a worker appears here once their work is synced."))
        self.table.setAccessibleName(self.tr("Workers"))
        self.details = DetailsView()
        self.details.setAccessibleName(self.tr("The selected worker's record"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setSizes([540, 180])
        state = load_bytes(window_settings(), "workers/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        layout.addWidget(self.splitter, 1)
        self.model.loaded.connect(
            lambda n: self.count_label.setText(
                english_plural(self.tr("%n worker(s)", "", n), n)))
        self.model.failed.connect(lambda e: self.status_message.emit(
            self.tr("Workers: {error}").format(error=e)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # After a reload (a sync, an unblock sent) the selected worker's record is read again.
        self.model.modelReset.connect(self._selection_changed)
        self.kept = KeptSelection(self.table, self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.show_history())
        self.records: dict[str, TrackRecord] = {}
        self._show_details()

    # -- loading ------------------------------------------------------------------------------

    def set_account(self, account: AccountInfo) -> None:
        same = self.account is not None and self.account.id == account.id
        super().set_account(account)
        follow_account(self, account)
        if same:
            return  # the same account, newly read (e.g. after a sync): keep everything
        self.message_actions = []
        self.outcome = None
        # The batch chosen belonged to the account before: start at all batches.
        reset_choices(self.batch, self.tr("All batches"))
        self._load_batches()
        self._refresh()

    def _refresh(self) -> None:
        """Bring agreement up to date (off the GUI thread), then load the table."""
        if self.account is None:
            return
        account_id, wb = self.account.id, self.wb
        self._filter()
        self.runner.run(lambda: refresh_consensus(wb, account_id),
                        on_done=lambda changed: self.model.refresh() if changed else None)

    def _load_batches(self) -> None:
        if self.account is None:
            return
        account_id = self.account.id

        def fill(choices: list[tuple[int, str]]) -> None:
            if self.account is not None and self.account.id == account_id:
                refill_choices(self.batch, self.tr("All batches"), choices)

        self.runner.run(lambda: batch_choices(self.wb, account_id), on_done=fill)

    def _filter(self) -> None:
        if self.account is None:
            return
        self.model.set_request(self.model.request.with_filter(
            account_id=self.account.id, search=self.search.text() if self.search else "",
            blocked=self.blocked.isChecked() or None, batch_id=self.batch.currentData() or None))

    def on_changes(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.ASSIGNMENTS, changes.HITS, changes.WORKERS}:
            self._refresh()
        elif changes.OUTBOX in kinds:
            self.model.refresh()
        if changes.BATCHES in kinds:
            self._load_batches()
        if changes.OUTBOX in kinds and self.message_actions:
            self._load_outcome()

    # -- selection and details ------------------------------------------------------------------

    def selected_workers(self, positions: list[int] | None = None) -> list[str]:
        """The selected workers whose rows are loaded (all of them for one or a few; the
        message action reads every selected row)."""
        return self._workers_of(self.table.loaded_selected_rows(positions))

    def _workers_of(self, rows: list[Row]) -> list[str]:
        column = self.model.column_of("worker") + 1
        return [str(row[column]) for row in rows if row[column]]

    def _selection_changed(self) -> None:
        rows = self.table.selected_rows()
        count = len(rows)
        workers = self.selected_workers(rows)
        self.history_button.setEnabled(count == 1 and len(workers) == 1)
        self.message_button.setEnabled(count > 0)
        self.block_button.setEnabled(count == 1 and len(workers) == 1)
        if count != 1 or len(workers) != 1 or self.account is None:
            self.records = {}
            self._show_details()
            return
        account, wb, worker = self.account, self.wb, workers[0]

        def show(records: dict[str, TrackRecord]) -> None:
            if self.selected_workers() == [worker]:
                self.records = records
                record = records.get(worker)
                self.block_button.setText(self.tr("Unblock…") if record and record.blocked
                                          else self.tr("Block…"))
                self._show_details()

        self.runner.run(lambda: track_records(wb, account, [worker]), on_done=show)

    def _show_details(self) -> None:
        groups: list[tuple[str, list[tuple[str, str]]]] = []
        for worker, record in self.records.items():
            groups.append((worker, [("", line) for line in record.lines()]))
        if self.outcome is not None:
            lines = [("", self.outcome.summary())]
            lines += [(worker, reason) for worker, reason in self.outcome.failures[:200]]
            groups.append((self.tr("Last message"), lines))
        if groups:
            self.details.show_groups(groups)
        else:
            self.details.show_message(self.tr("Select a worker to see their record; "
                                              "double-click for their history. Select several "
                                              "to message them."))

    # -- actions ----------------------------------------------------------------------------------

    def show_history(self, _index: QModelIndex | None = None) -> None:
        workers = self.selected_workers()
        if len(workers) != 1 or self.account is None:
            return
        record = self.records.get(workers[0])
        dialog = HistoryDialog(self.history_model, self.account.id, workers[0],
                               record.lines() if record else [], self)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def message_selected(self) -> None:
        self.table.fetch_selected(lambda rows: self._message(self._workers_of(rows)))

    def _message(self, workers: list[str]) -> None:
        if not workers or self.account is None:
            return
        dialog = MessageDialog(workers, self)
        self.dialog = dialog
        account, wb = self.account, self.wb

        def confirmed() -> None:
            subject, message = dialog.subject_text(), dialog.message_text()
            self.runner.run(lambda: outbox.queue_notify(wb, account, workers, subject=subject,
                                                        message=message),
                            on_done=self._message_queued,
                            on_error=lambda e: self.status_message.emit(
                                self.tr("Not queued: {error}").format(error=e)))

        dialog.accepted.connect(confirmed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _message_queued(self, actions: list[outbox.ActionInfo]) -> None:
        self.message_actions = [a.id for a in actions]
        parts = len(actions)
        self.status_message.emit(
            english_plural(self.tr("Message queued in %n part(s).", "", parts), parts))
        self.bus.announce(changes.OUTBOX)
        if load_settings().push_as_i_go and self.account is not None:
            account, wb = self.account, self.wb
            self.runner.run(lambda: push_outbox(wb, account), on_done=self._pushed,
                            on_error=lambda e: self.status_message.emit(
                                self.tr("Not sent: {error}").format(error=e)))

    def _pushed(self, report: PushReport) -> None:
        self.bus.announce(changes.OUTBOX)

    def _load_outcome(self) -> None:
        ids, wb = list(self.message_actions), self.wb

        def show(outcome: MessageOutcome) -> None:
            self.outcome = outcome
            self._show_details()

        self.runner.run(lambda: message_outcome(wb, ids), on_done=show)

    def block_selected(self) -> None:
        workers = self.selected_workers()
        if len(workers) != 1 or self.account is None:
            return
        worker = workers[0]
        record = self.records.get(worker)
        blocked = bool(record and record.blocked)
        dialog = BlockDialog(worker, blocked, record.lines() if record else [], self,
                             soft_blocked=bool(record and record.soft_blocked))
        self.dialog = dialog
        account, wb = self.account, self.wb

        def confirmed() -> None:
            choice, reason = dialog.choice, dialog.reason_text()

            def done(queued: tuple[outbox.ActionInfo, str]) -> None:
                self.status_message.emit(queued[1] + " " + self.tr("Sync sends it."))
                self.bus.announce(changes.OUTBOX, changes.WORKERS)

            self.runner.run(lambda: queue_block_choice(wb, account, worker, choice, reason),
                            on_done=done, on_error=lambda e: self.status_message.emit(str(e)))

        dialog.accepted.connect(confirmed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_state(self) -> None:
        window_settings().setValue("workers/splitter", self.splitter.saveState())
        self.table.save_columns()
