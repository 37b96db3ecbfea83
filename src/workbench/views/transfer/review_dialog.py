"""The offline review round trip in the window: a marked sheet's decisions, queued on a yes.

After importing a review sheet with rows marked in Approve or Reject, the dialog shows
every decision it would queue and every mark it leaves out (with the reason); nothing is
queued until the user presses "Queue N decisions", and pressing it again queues nothing
more.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.marketplace.errors import error_message
from workbench.models.review import english_plural as plural
from workbench.models.tasks import TaskRunner
from workbench.services.context import Workbench
from workbench.services.transfer.review import (
    ReviewDecision,
    ReviewOutcome,
    ReviewPlan,
    ReviewSkip,
    queue_review,
)

ERROR_STYLE = "color: #b3261e;"
APPROVE_COLOUR = "#1b7f3b"
REJECT_COLOUR = "#b3261e"
SKIPPED_COLOUR = "#7a7a7a"
# A sheet can mark thousands of rows; the table shows this many of each kind.
MAX_SHOWN = 2000
COLUMNS = (QT_TRANSLATE_NOOP("ReviewImportDialog", "Line"),
           QT_TRANSLATE_NOOP("ReviewImportDialog", "Assignment"),
           QT_TRANSLATE_NOOP("ReviewImportDialog", "Worker"),
           QT_TRANSLATE_NOOP("ReviewImportDialog", "Decision"),
           QT_TRANSLATE_NOOP("ReviewImportDialog", "Feedback, or why it is not queued"))
LINE, ASSIGNMENT, WORKER, DECISION, TEXT = range(len(COLUMNS))
# What a row of the table stands for (item data of its Decision cell).
APPROVE, REJECT, SKIPPED = "approve", "reject", "skipped"


class ReviewImportDialog(QDialog):
    """The decisions a marked review sheet asks for, queued only when the user says so."""

    def __init__(self, wb: Workbench, plan: ReviewPlan, runner: TaskRunner, *,
                 file_name: str = "", on_queued: Callable[[ReviewOutcome], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.plan = plan
        self.runner = runner
        self.on_queued = on_queued
        self.outcome: ReviewOutcome | None = None
        self.queuing = False
        self.setWindowTitle(self.tr("Decisions marked in {file}").format(
            file=file_name or self.tr("the review sheet")))
        self.resize(980, 560)

        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text())
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ReviewImportDialog", str(c)) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Marked rows"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self._fill()
        for column in (LINE, ASSIGNMENT, WORKER, DECISION):
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + 12)
        layout.addWidget(self.table, 1)

        self.more = QLabel()
        self.more.setObjectName("more")
        hidden = max(0, len(plan.decisions) - MAX_SHOWN) + max(0, len(plan.skipped) - MAX_SHOWN)
        self.more.setText(plural(
            self.tr("%n more marked row(s) are not listed here.", "", hidden), hidden))
        self.more.setVisible(hidden > 0)
        layout.addWidget(self.more)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        count = len(plan.decisions)
        self.queue_button = QPushButton(plural(self.tr("Queue %n decision(s)", "", count), count))
        self.queue_button.setToolTip(self.tr(
            "Put these approvals and rejections in the outbox; Sync then sends them"))
        self.queue_button.setEnabled(count > 0)
        self.queue_button.setDefault(count > 0)
        self.queue_button.clicked.connect(self.queue)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Queue nothing; the sheet can be imported again"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.queue_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    def _summary_text(self) -> str:
        plan = self.plan
        text = plural(self.tr("The sheet marks %n row(s).", "", plan.marked), plan.marked) + " "
        approvals, rejections = len(plan.approvals), len(plan.rejections)
        if plan.decisions:
            text += self.tr("{approvals} and {rejections} to queue in {account}.").format(
                approvals=plural(self.tr("%n approval(s)", "", approvals), approvals),
                rejections=plural(self.tr("%n rejection(s)", "", rejections), rejections),
                account=plan.account.name)
        else:
            text += self.tr("None of them can be queued.")
        if plan.skipped:
            text += " " + plural(self.tr("%n marked row(s) will not be queued (see why below).", "",
                                  len(plan.skipped)), len(plan.skipped))
        if plan.decisions:
            text += " " + self.tr("Nothing is queued until you press the button.")
        return text

    # -- the table ------------------------------------------------------------------------

    def _fill(self) -> None:
        for decision in self.plan.decisions[:MAX_SHOWN]:
            self._add_decision(decision)
        for skip in self.plan.skipped[:MAX_SHOWN]:
            self._add_skip(skip)

    def _add_row(self, cells: tuple[str, str, str, str, str], kind: str, colour: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == LINE:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if column == DECISION:
                item.setData(Qt.ItemDataRole.UserRole, kind)
                item.setForeground(QBrush(QColor(colour)))
            if column == TEXT:
                item.setToolTip(text)
                if kind == SKIPPED:
                    item.setForeground(QBrush(QColor(SKIPPED_COLOUR)))
            self.table.setItem(row, column, item)

    def _add_decision(self, decision: ReviewDecision) -> None:
        kind = APPROVE if decision.approve else REJECT
        self._add_row((str(decision.line), decision.assignment_id, decision.worker_id,
                       self.tr("Approve") if decision.approve else self.tr("Reject"),
                       decision.feedback or ""),
                      kind, APPROVE_COLOUR if decision.approve else REJECT_COLOUR)

    def _add_skip(self, skip: ReviewSkip) -> None:
        # The reason comes from the service, which words it in English.
        self._add_row((str(skip.line), skip.assignment_id, "", self.tr("Not queued"),
                       skip.reason), SKIPPED, SKIPPED_COLOUR)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(line, assignment, kind, feedback or reason) of each table row: for tests."""
        out = []
        for row in range(self.table.rowCount()):
            def cell(column: int, row: int = row) -> str:
                item = self.table.item(row, column)
                return item.text() if item is not None else ""
            decision = self.table.item(row, DECISION)
            kind = decision.data(Qt.ItemDataRole.UserRole) if decision is not None else ""
            out.append((cell(LINE), cell(ASSIGNMENT), str(kind), cell(TEXT)))
        return out

    # -- queuing --------------------------------------------------------------------------

    def queue(self) -> None:
        """Queue the plan's decisions, once: a second press does nothing."""
        if self.queuing or self.outcome is not None or not self.plan.decisions:
            return
        self.queuing = True
        self.queue_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.message.setStyleSheet("")
        count = len(self.plan.decisions)
        self.message.setText(plural(self.tr("Queuing %n decision(s)…", "", count), count))
        self.message.show()
        wb, plan = self.wb, self.plan
        self.runner.run(lambda: queue_review(wb, plan), on_done=self._queued,
                        on_error=self._failed)

    def _queued(self, outcome: ReviewOutcome) -> None:
        self.queuing = False
        self.outcome = outcome
        for skip in outcome.skipped:
            self._add_skip(skip)
        queued, skipped = len(outcome.queued), len(outcome.skipped)
        text = plural(self.tr("Queued %n decision(s) in the outbox.", "", queued), queued)
        if outcome.skipped:
            text += " " + plural(self.tr(
                "Left out %n decision(s) that someone else made or queued meanwhile "
                "(listed at the end of the table).", "", skipped), skipped)
        text += " " + self.tr("Sync (F5) sends them.")
        self.message.setText(text)
        self.queue_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setToolTip("")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        if self.on_queued is not None:
            self.on_queued(outcome)

    def _failed(self, error: BaseException) -> None:
        # Nothing was queued for a group that failed as a whole; the user may try again.
        self.queuing = False
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("Nothing more was queued: {error}").format(
            error=error_message(error)))
        self.queue_button.setEnabled(True)
        self.cancel_button.setEnabled(True)

    def reject(self) -> None:
        if self.queuing:
            return  # the outbox is being written; the dialog closes when it is done
        super().reject()

