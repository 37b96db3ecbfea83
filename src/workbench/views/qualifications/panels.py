"""The Qualifications page's tabs for one type: pending requests, and the workers' scores."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.formats.answers import Answer, MalformedAnswers, parse_answers
from workbench.formats.qualification_tests import TestFormatError, parse_question_form
from workbench.models import changes
from workbench.models.changes import ChangeBus
from workbench.models.formatting import local_time
from workbench.models.qualifications import RequestsModel, ScoresTableModel
from workbench.models.review import english_plural
from workbench.models.tasks import LongTask, TaskRunner
from workbench.services import qualifications as quals
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.services.worker_scores import (
    apply_import,
    export_worker_csv,
    plan_worker_csv,
    read_csv_file,
)
from workbench.views.qualifications.dialogs import ImportPlanDialog, ReasonDialog, ScoreDialog
from workbench.views.widgets import file_dialogs
from workbench.views.widgets.table_view import DataTableView

StartTask = Callable[[str, Callable[..., Any], Callable[[Any], None]], LongTask]


def answers_html(qtype: quals.QualificationTypeInfo | None, request: quals.RequestInfo
                 ) -> str:
    """A worker's test answers, question by question, with the points each earned (escaped)."""
    worker = f"<b>{html.escape(request.worker_id)}</b>"
    name = f"<b>{html.escape(request.type_name)}</b>"
    asked = QCoreApplication.translate("RequestsPanel", "{worker} asked for {name} on {time}.") \
        if request.submit_time else \
        QCoreApplication.translate("RequestsPanel", "{worker} asked for {name}.")
    parts = ["<p>" + html.escape(asked).format(
        worker=worker, name=name,
        time=html.escape(local_time(request.submit_time)) if request.submit_time else "")
        + "</p>"]
    if not request.answer_xml:
        parts.append("<p style='color:gray'>" + html.escape(QCoreApplication.translate(
            "RequestsPanel", "No test was taken: decide from what you know of this worker."))
            + "</p>")
        return "".join(parts)
    try:
        answers = parse_answers(request.answer_xml)
    except MalformedAnswers as exc:
        problem = QCoreApplication.translate("RequestsPanel",
                                             "The answers cannot be read safely: {error}")
        return "".join(parts) + "<p style='color:#b3261e'>" + html.escape(
            problem.format(error=exc)) + "</p>"
    try:
        test = parse_question_form(qtype.test_xml) if qtype and qtype.test_xml else None
    except TestFormatError:
        test = None
    given: dict[str, Answer] = {a.question_id: a for a in answers}
    points = {q.question_id: q for q in request.score.questions} if request.score else {}
    if request.score is not None:
        score = QCoreApplication.translate(
            "RequestsPanel", "Score {value} ({summed} of {maximum} points, {correct} of "
            "{questions} for full marks).")
        parts.append("<p>" + html.escape(score).format(
            value=f"<b>{request.score.value}</b>", summed=request.score.summed,
            maximum=request.score.maximum, correct=request.score.correct,
            questions=len(request.score.questions)) + "</p>")
    questions = [(q.identifier, q.text if not q.formatted else q.identifier,
                  {c.identifier: c.text for c in q.choices}) for q in test.questions] \
        if test is not None else [(qid, qid, {}) for qid in given]
    parts.append("<table cellspacing='0' cellpadding='4' width='100%'>")
    for number, (qid, text, labels) in enumerate(questions, start=1):
        answer = given.get(qid)
        if answer is None:
            shown = "<i>" + html.escape(QCoreApplication.translate("RequestsPanel",
                                                                    "no answer")) + "</i>"
        elif answer.selections:
            shown = ", ".join(html.escape(labels.get(s, s)) for s in answer.selections)
        else:
            shown = html.escape(answer.free_text or answer.other_text or "")
        scored = points.get(qid)
        mark = ""
        if scored is not None:
            colour = "#1b7f3b" if scored.full_marks else "#b26a00" if scored.score > 0 \
                else "#b3261e"
            points_text = f"{scored.score:+d}" if scored.score else "0"
            mark = f"<span style='color:{colour}'>{points_text}</span>"
        parts.append(f"<tr><td valign='top' width='24'>{number}.</td><td valign='top'>"
                     f"{html.escape(' '.join(text.split()))}<br><b>{shown}</b></td>"
                     f"<td valign='top' align='right' width='40'>{mark}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


def tell(parent: QWidget, title: str, text: str, *, problem: bool = False) -> QMessageBox:
    """A message box that does not block the caller (results arrive in callbacks)."""
    box = QMessageBox(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information,
                      title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def warn(parent: QWidget, title: str, prefix: str = "") -> Callable[[BaseException], None]:
    """An error callback that tells the user what went wrong, in a message box."""
    def show(error: BaseException) -> None:
        tell(parent, title, prefix + str(error), problem=True)
    return show


def queue_decisions(parent: QWidget, runner: TaskRunner,
                    work: Callable[[], quals.DecisionReport], verb: str,
                    say: Callable[[str], None], changed: Callable[[], None]) -> None:
    """Queue decisions off the GUI thread; say how many, and which were left alone and why."""
    def done(report: quals.DecisionReport) -> None:
        say(f"{verb}: {report.summary}.")
        if report.skipped:
            tell(parent, verb, QCoreApplication.translate("RequestsPanel", "Some were left alone:")
                 + "\n" + "\n".join(f"{worker}: {why}" for worker, why in report.skipped[:10]))
        changed()

    runner.run(work, on_done=done, on_error=warn(parent, verb))


class RequestsPanel(QWidget):
    """Pending requests with the worker's answers and score; grant or reject, one or many."""

    decided = Signal(str)  # a status message after queuing decisions

    def __init__(self, wb: Workbench, runner: TaskRunner, bus: ChangeBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb, self.runner, self.bus = wb, runner, bus
        self.account: AccountInfo | None = None
        self.qtype: quals.QualificationTypeInfo | None = None
        self.model = RequestsModel(wb, runner, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setShowGrid(False)
        for column, width in enumerate((150, 150, 130, 60, 80)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(1, True)  # one type's requests: its name on every row
        self.answers = QTextBrowser()
        self.answers.setOpenLinks(False)
        self.answers.setAccessibleName(self.tr("The worker's answers"))
        self.table.setAccessibleName(self.tr("Requests waiting"))
        self.count = QLabel()
        self.grant_button = QPushButton(self.tr("Grant with their scores"))
        self.grant_button.setToolTip(self.tr("Grant each selected request the score its answers "
                                             "earned (Ctrl+G)"))
        self.grant_value_button = QPushButton(self.tr("Grant with score…"))
        self.grant_value_button.setToolTip(self.tr("Grant the selected requests a score you "
                                                   "choose"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setToolTip(self.tr("Reject the selected requests, telling the workers "
                                              "why (Ctrl+Shift+R)"))
        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addStretch()
        for button in (self.grant_button, self.grant_value_button, self.reject_button):
            bar.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.answers)
        splitter.setSizes([260, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.grant_button.clicked.connect(lambda: self.grant(None))
        self.grant_value_button.clicked.connect(self._grant_with_value)
        self.reject_button.clicked.connect(self.reject)
        for keys, slot in (("Ctrl+G", lambda: self.grant(None)), ("Ctrl+Shift+R", self.reject)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.model.loaded.connect(self._loaded)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def set_type(self, account: AccountInfo, qtype: quals.QualificationTypeInfo | None) -> None:
        self.account, self.qtype = account, qtype
        self.reload()

    def reload(self) -> None:
        if self.account is not None and self.qtype is not None:
            self.model.reload(self.account, self.qtype.type_id)
        else:
            self.model.set_items([])
            self._loaded(0)

    def _loaded(self, count: int) -> None:
        self.count.setText(english_plural(self.tr("%n request(s) waiting for you", "", count),
                                          count) if count else self.tr("No requests waiting."))
        self._selection_changed()

    def selected(self) -> list[quals.RequestInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.item(row) for row in rows) if r is not None]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.grant_button.setEnabled(any(r.suggested_value is not None for r in chosen))
        self.grant_value_button.setEnabled(bool(chosen))
        self.reject_button.setEnabled(bool(chosen))
        if len(chosen) == 1:
            self.answers.setHtml(answers_html(self.qtype, chosen[0]))
        else:
            note = english_plural(self.tr("%n request(s) selected.", "", len(chosen)),
                                  len(chosen)) if chosen else \
                self.tr("Select a request to see the worker's answers.")
            self.answers.setHtml(f"<p style='color:gray'>{html.escape(note)}</p>")

    def _queue(self, work: Callable[[], quals.DecisionReport], verb: str) -> None:
        queue_decisions(self, self.runner, work, verb, self.decided.emit,
                        lambda: self.bus.announce(changes.OUTBOX))

    def grant(self, value: int | None) -> None:
        chosen = self.selected()
        if not chosen or self.account is None:
            return
        wb, account = self.wb, self.account
        self._queue(lambda: quals.grant_requests(wb, account, chosen, value), self.tr("Granted"))

    def _grant_with_value(self) -> None:
        chosen = self.selected()
        if not chosen or self.qtype is None:
            return
        suggested = next((r.suggested_value for r in chosen if r.suggested_value is not None), 1)
        dialog = ScoreDialog(self.qtype.name, [r.worker_id for r in chosen], suggested, self)
        dialog.workers.setReadOnly(True)
        dialog.accepted.connect(lambda: self.grant(dialog.chosen()[1]))
        dialog.open()

    def reject(self) -> ReasonDialog | None:
        """Ask why, then queue rejecting the selected requests."""
        chosen = self.selected()
        if not chosen or self.account is None:
            return None
        dialog = ReasonDialog(self.tr("Reject requests"), english_plural(self.tr(
            "Reject %n request(s)? Tell the workers why; they read it.", "", len(chosen)),
            len(chosen)), parent=self)
        wb, account = self.wb, self.account
        rejected = self.tr("Rejected")
        dialog.accepted.connect(lambda: self._queue(
            lambda: quals.reject_requests(wb, account, chosen, dialog.text()), rejected))
        dialog.open()
        return dialog


STATUSES = [(QT_TRANSLATE_NOOP("ScoresPanel", "Holding it"), "Granted"),
            (QT_TRANSLATE_NOOP("ScoresPanel", "Revoked"), "Revoked"),
            (QT_TRANSLATE_NOOP("ScoresPanel", "All"), "")]


class ScoresPanel(QWidget):
    """Workers holding the type: grant, change and revoke scores; the worker CSV."""

    decided = Signal(str)

    def __init__(self, wb: Workbench, runner: TaskRunner, bus: ChangeBus,
                 start_task: StartTask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb, self.runner, self.bus, self.start_task = wb, runner, bus, start_task
        self.account: AccountInfo | None = None
        self.qtype: quals.QualificationTypeInfo | None = None
        self.model = ScoresTableModel(wb, runner, self)
        self.plan_dialog: ImportPlanDialog | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a worker"))
        self.search.setAccessibleName(self.tr("Find a worker"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Show"))
        for label, value in STATUSES:
            self.status.addItem(QCoreApplication.translate("ScoresPanel", str(label)), value)
        self.count = QLabel()
        self.table = DataTableView("qualification_scores")
        self.table.setModel(self.model)
        self.table.user_filters = ("search", "status")  # the type shown is not a filter
        self.table.set_empty_text(self.tr("No worker holds this qualification yet."))
        self.table.setAccessibleName(self.tr("Workers' scores"))
        self.grant_button = QPushButton(self.tr("Grant…"))
        self.grant_button.setToolTip(self.tr("Give workers a score (Ctrl+Shift+G)"))
        self.change_button = QPushButton(self.tr("Change score…"))
        self.change_button.setToolTip(self.tr("Change the score of the selected workers"))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setToolTip(self.tr("Take the qualification away from the selected "
                                              "workers"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("MTurk's worker CSV: fill the UPDATE- columns in a "
                                              "spreadsheet, then import it"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr("Queue the scores (or Revoke) typed in the UPDATE- "
                                              "columns of a worker CSV"))
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.status)
        top.addWidget(self.count)
        top.addStretch(1)
        for button in (self.export_button, self.import_button):
            top.addWidget(button)
        actions = QHBoxLayout()
        for button in (self.grant_button, self.change_button, self.revoke_button):
            actions.addWidget(button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.search.textChanged.connect(lambda _text: self._filter())
        self.status.currentIndexChanged.connect(lambda _index: self._filter())
        self.model.loaded.connect(
            lambda n: self.count.setText(english_plural(self.tr("%n worker(s)", "", n), n)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.grant_button.clicked.connect(lambda: self.grant([]))
        self.change_button.clicked.connect(lambda: self.with_selected_workers(self.grant))
        self.revoke_button.clicked.connect(self.revoke)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.import_button.clicked.connect(lambda: self.import_csv())
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+G"), self, lambda: self.grant([]))
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._selection_changed()

    def set_type(self, account: AccountInfo, qtype: quals.QualificationTypeInfo | None) -> None:
        self.account, self.qtype = account, qtype
        self.setEnabled(qtype is not None)
        self._filter()

    def _filter(self) -> None:
        if self.account is None:
            return
        self.model.set_request(self.model.request.with_filter(
            account_id=self.account.id, type_id=self.qtype.type_id if self.qtype else "",
            search=self.search.text().strip(), status=self.status.currentData()))

    def reload(self) -> None:
        self.model.refresh()

    def with_selected_workers(self, then: Callable[[list[str]], Any]) -> Any:
        """Every selected worker, loaded or not, given to ``then``; returns what it returned
        when every row was loaded (the usual case), else None (it runs once they are)."""
        column = self.model.column_of("worker") + 1
        result: list[Any] = []
        self.table.fetch_selected(
            lambda rows: result.append(then([str(row[column]) for row in rows])))
        return result[0] if result else None

    def _selection_changed(self) -> None:
        chosen = bool(self.table.selected_rows())
        self.change_button.setEnabled(chosen)
        self.revoke_button.setEnabled(chosen)

    def _queue(self, work: Callable[[], quals.DecisionReport], verb: str) -> None:
        queue_decisions(self, self.runner, work, verb, self.decided.emit,
                        lambda: self.bus.announce(changes.OUTBOX))

    def grant(self, workers: list[str]) -> ScoreDialog | None:
        """Ask for the workers and the score, then queue the grants."""
        if self.qtype is None or self.account is None:
            return None
        dialog = ScoreDialog(self.qtype.name, workers, parent=self)
        wb, account, type_id = self.wb, self.account, self.qtype.type_id

        def chosen() -> None:
            ids, value = dialog.chosen()
            self._queue(lambda: quals.grant_scores(wb, account, type_id, ids, value),
                        self.tr("Granted"))

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def revoke(self) -> ReasonDialog | None:
        """Ask why, then queue revoking the qualification from the selected workers."""
        dialog: ReasonDialog | None = self.with_selected_workers(self._revoke)
        return dialog

    def _revoke(self, workers: list[str]) -> ReasonDialog | None:
        if not workers or self.qtype is None or self.account is None:
            return None
        dialog = ReasonDialog(self.tr("Revoke"), english_plural(self.tr(
            "Revoke {name} from %n worker(s)? They read the reason.", "", len(workers)),
            len(workers)).format(name=self.qtype.name), parent=self)
        wb, account, type_id = self.wb, self.account, self.qtype.type_id
        revoked = self.tr("Revoked")
        dialog.accepted.connect(lambda: self._queue(
            lambda: quals.revoke_scores(wb, account, type_id, workers, dialog.text()),
            revoked))
        dialog.open()
        return dialog

    def export_csv(self, path: str | None = None) -> None:
        if self.account is None:
            return
        if path is None:
            path, _ = file_dialogs.save_file_name(self, self.tr("Export the worker CSV"),
                                                  "workers.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        wb, account, target = self.wb, self.account, Path(path)
        exported = self.tr("Exported {count} workers to {file}.")
        self.start_task(self.tr("Exporting workers"),
                        lambda progress, cancel: export_worker_csv(
                            wb, account, target, progress=progress, cancel=cancel),
                        lambda count: self.decided.emit(
                            exported.format(count=f"{count:,}", file=target.name)))

    def import_csv(self, path: str | None = None) -> None:
        if self.account is None:
            return
        if path is None:
            path, _ = file_dialogs.open_file_name(self, self.tr("Import a worker CSV"), "",
                                                  self.tr("CSV files (*.csv);;All files (*)"))
        if not path:
            return
        wb, account, source = self.wb, self.account, Path(path)

        def planned(plan: Any) -> None:
            dialog = ImportPlanDialog(plan, source.name, self)
            self.plan_dialog = dialog
            dialog.accepted.connect(lambda: self._queue(
                lambda: apply_import(wb, account, plan), self.tr("Imported")))
            dialog.open()

        self.runner.run(lambda: plan_worker_csv(wb, account, read_csv_file(source)),
                        on_done=planned,
                        on_error=warn(self, self.tr("Import CSV"),
                                      self.tr("{file} was not imported:").format(
                                          file=source.name) + "\n"))
