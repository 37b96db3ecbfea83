"""The Assignments page: all assignments across HITs, filtered by status, batch and worker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from workbench.models import changes
from workbench.models.formatting import format_count, local_time, status_label
from workbench.models.tables import AssignmentTableModel
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.services.tables import batch_choices
from workbench.store.schema import AnswerField, Assignment
from workbench.views.pages.base import (
    KeptSelection,
    Page,
    PageContext,
    refill_choices,
    reset_choices,
)
from workbench.views.settings import load_bytes, window_settings
from workbench.views.widgets.details import DetailsView
from workbench.views.widgets.table_view import DataTableView

translate = QCoreApplication.translate


def assignment_fields(wb: Workbench, assignment_pk: int) -> list[tuple[str, list[tuple[str, str]]]]:
    """The selected assignment's record and every answer field, as plain text groups.

    Runs on a worker thread; QCoreApplication.translate is thread-safe.
    """
    title = translate("AssignmentsPage", "Assignment")
    with wb.store.read() as session:
        assignment = session.get(Assignment, assignment_pk)
        if assignment is None:
            return [(title, [("—", translate("AssignmentsPage", "No longer in the store"))])]
        answers = [(a.name, a.value) for a in session.scalars(
            select(AnswerField).where(AnswerField.assignment_pk == assignment_pk)
            .order_by(AnswerField.id))]
        accepted, submitted = assignment.accept_time, assignment.submit_time
        record = [
            (title, assignment.assignment_id),
            (translate("AssignmentsPage", "Worker"), assignment.worker_id),
            (translate("AssignmentsPage", "Status"), status_label(assignment.status)),
            (translate("AssignmentsPage", "Accepted"), local_time(accepted) if accepted else ""),
            (translate("AssignmentsPage", "Submitted"),
             local_time(submitted) if submitted else ""),
            (translate("AssignmentsPage", "Feedback"), assignment.requester_feedback or "—"),
        ]
        if assignment.answer_format == "unreadable":
            answers = [("—", translate("AssignmentsPage", "The answer could not be read "
                                                      "safely; it is kept as it came."))]
        return [(title, record), (translate("AssignmentsPage", "Answers"),
                                  answers or [("—", translate("AssignmentsPage", "No answers"))])]


class AssignmentsPage(Page):
    """Every assignment, sortable, with filters and the worker's answers in full below."""

    title = "Assignments"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = AssignmentTableModel(self.wb, self.runner, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.make_search(
            self.tr("Search assignments: id, worker, HIT or answer (Ctrl+F)"), self._filter), 3)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), "")
        for status in ("Submitted", "Approved", "Rejected"):
            self.status.addItem(status_label(status), status)
        self.batch = QComboBox()
        self.batch.setAccessibleName(self.tr("Filter by batch"))
        self.batch.setMinimumWidth(200)
        self.worker = QLineEdit()
        self.worker.setPlaceholderText(self.tr("Worker id"))
        self.worker.setAccessibleName(self.tr("Filter by worker id"))
        self.worker.setClearButtonEnabled(True)
        self.worker.setMaximumWidth(170)
        self.count_label = QLabel()
        for widget in (self.status, self.batch, self.worker, self.count_label):
            bar.addWidget(widget)
        bar.addStretch()
        layout.addLayout(bar)
        self.status.currentIndexChanged.connect(self._filter)
        self.batch.currentIndexChanged.connect(self._filter)
        self.worker.editingFinished.connect(self._filter)
        self.table = DataTableView("assignments")
        self.table.setModel(self.model)
        self.table.set_empty_text(self.tr(
            "No assignments yet. Work that workers submit appears here after a sync (F5)."))
        self.details = DetailsView()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setSizes([520, 200])
        state = load_bytes(window_settings(), "assignments/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        layout.addWidget(self.splitter)
        self.model.loaded.connect(self._loaded)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # A reload drops the selection without a word: the details must not keep a row
        # that is no longer there (a filter that finds nothing, another account).
        self.model.modelReset.connect(self._selection_changed)
        self.kept = KeptSelection(self.table, self._selection_changed)
        self.details.show_message(self.tr("Select an assignment to see every answer in full."))
        self._shown: int | None = None

    def _loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("1 assignment") if count == 1 else self.tr(
            "{count} assignments").format(count=format_count(count)))

    def set_account(self, account: AccountInfo) -> None:
        changed = self.account is None or self.account.id != account.id
        super().set_account(account)
        if changed:
            # The batch chosen belonged to the account before: start at all batches.
            reset_choices(self.batch, self.tr("All batches"))
        self._load_batches()
        self._filter()

    def show_worker(self, worker_id: str) -> None:
        self.worker.setText(worker_id)
        self._filter()

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
            status=self.status.currentData(), batch_id=self.batch.currentData() or None,
            worker=self.worker.text().strip()))

    def on_changes(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.ASSIGNMENTS, changes.HITS}:
            self.model.refresh()
        if changes.BATCHES in kinds:
            self._load_batches()

    def _selection_changed(self) -> None:
        rows = self.table.selected_rows()  # positions: no id lookup for a big selection
        found = self.model.row_id(rows[0]) if len(rows) == 1 else None
        if found is None:
            self.details.show_message(
                self.tr("{count} assignments selected.").format(count=format_count(len(rows)))
                if rows else self.tr("Select an assignment to see every answer in full."))
            return
        pk = found
        self._shown = pk
        def show(groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
            if pk == self._shown:  # the selection may have moved on meanwhile
                self.details.show_groups(groups)

        self.runner.run(lambda: assignment_fields(self.wb, pk), on_done=show)

    def save_state(self) -> None:
        window_settings().setValue("assignments/splitter", self.splitter.saveState())
        self.table.save_columns()
