"""Export results from the window: an Excel workbook or MTurk's batch-results CSV.

The dialog chooses the format, the filters (account, batches, statuses, submission dates)
and the file; it counts the matching assignments as the filters change and runs the export
on the task runner with progress and Cancel. The services write atomically, so a cancelled
or failed export leaves no file behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy import func, select

from workbench.formats import excel
from workbench.marketplace.errors import error_message
from workbench.models.formatting import format_count, status_label
from workbench.models.review import english_plural as plural
from workbench.models.tasks import LongTask, TaskRunner
from workbench.services.accounts import AccountInfo, list_accounts
from workbench.services.context import Workbench
from workbench.services.export import (
    STATUSES,
    ExportError,
    ExportReport,
    check_target,
    count_results,
    export_csv,
    export_xlsx,
    make_filter,
)
from workbench.services.progress import CancelToken
from workbench.services.results import ResultFilter
from workbench.store.schema import HIT, Assignment, Batch
from workbench.views.widgets import file_dialogs

ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: palette(mid);"
# Filters settle for this long before the matching assignments are counted again.
COUNT_DELAY_MS = 200


@dataclass(frozen=True)
class BatchChoice:
    """A batch of the account, as the batch list offers it."""

    batch_id: int
    name: str
    assignments: int


def account_batches(wb: Workbench, account_id: int) -> list[BatchChoice]:
    """The account's batches, newest first, with how many assignments each holds."""
    with wb.store.read() as session:
        counts = dict(session.execute(
            select(HIT.batch_id, func.count()).select_from(Assignment)
            .join(HIT, HIT.id == Assignment.hit_pk)
            .where(HIT.account_id == account_id).group_by(HIT.batch_id)).all())
        return [BatchChoice(b.id, b.name, int(counts.get(b.id, 0))) for b in session.scalars(
            select(Batch).where(Batch.account_id == account_id).order_by(Batch.id.desc()))]


def file_stem(name: str) -> str:
    """A batch or account name as a file-name part: letters, digits, dashes."""
    stem = re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-_")
    return stem[:60] or "workbench"


@dataclass(frozen=True)
class ExportRequest:
    """What the dialog asks the export service for."""

    account: AccountInfo
    xlsx: bool
    batch_ids: list[int]
    statuses: list[str]
    submitted_from: datetime | None
    submitted_to: datetime | None

    def filter(self) -> ResultFilter:
        return make_filter(self.account, batch_ids=self.batch_ids, statuses=self.statuses,
                           submitted_from=self.submitted_from, submitted_to=self.submitted_to)

    def run(self, wb: Workbench, path: Path, progress: Any, cancel: CancelToken
            ) -> ExportReport:
        write = export_xlsx if self.xlsx else export_csv
        return write(wb, self.account, path, batch_ids=self.batch_ids or None,
                     statuses=self.statuses or None, submitted_from=self.submitted_from,
                     submitted_to=self.submitted_to, progress=progress, cancel=cancel)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


class ExportDialog(QDialog):
    """Choose what to export and where; the export runs in the background."""

    def __init__(self, wb: Workbench, account: AccountInfo, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.runner = runner
        self.task: LongTask | None = None
        self.report: ExportReport | None = None
        self.count: int | None = None
        self._count_generation = 0
        self._name_edited = False
        self._close_when_ended = False
        self._overwrite_confirmed: Path | None = None
        self.accounts = list_accounts(wb) or [account]
        self.setWindowTitle(self.tr("Export results"))
        self.resize(720, 640)

        layout = QVBoxLayout(self)
        layout.addWidget(self._format_box())
        layout.addWidget(self._filter_box(account), 1)
        layout.addWidget(self._file_box())

        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.count_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.setToolTip(self.tr("Show the exported file in its folder"))
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self.open_folder)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.recount)
        self._load_batches()
        self._suggest_name()
        self.recount()

    # -- building -------------------------------------------------------------------------

    def _format_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Format"))
        layout = QVBoxLayout(box)
        self.xlsx_button = QRadioButton(self.tr("Excel workbook (.xlsx)"))
        self.xlsx_button.setChecked(True)
        xlsx_note = QLabel(self.tr("Results, Consensus, Workers, Bonuses and Summary sheets, "
                                   "to hand to a colleague."))
        self.csv_button = QRadioButton(self.tr("MTurk batch-results CSV"))
        csv_note = QLabel(self.tr("MTurk's own columns and formats, read unchanged by scripts "
                                  "written for MTurk. Also a review sheet: mark x in Approve "
                                  "or a reason in Reject, then import it."))
        for note in (xlsx_note, csv_note):
            note.setWordWrap(True)
            note.setStyleSheet(NOTE_STYLE)
            note.setContentsMargins(22, 0, 0, 4)
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.xlsx_button)
        self.format_group.addButton(self.csv_button)
        self.xlsx_button.toggled.connect(self._format_changed)
        layout.addWidget(self.xlsx_button)
        layout.addWidget(xlsx_note)
        layout.addWidget(self.csv_button)
        layout.addWidget(csv_note)
        return box

    def _filter_box(self, account: AccountInfo) -> QGroupBox:
        box = QGroupBox(self.tr("Assignments"))
        form = QFormLayout(box)
        self.account_box = QComboBox()
        for info in self.accounts:
            self.account_box.addItem(info.name, info.id)
        self.account_box.setCurrentIndex(max(0, self.account_box.findData(account.id)))
        self.account_box.currentIndexChanged.connect(self._account_changed)
        form.addRow(self.tr("&Account:"), self.account_box)

        batches = QWidget()
        batch_layout = QVBoxLayout(batches)
        batch_layout.setContentsMargins(0, 0, 0, 0)
        self.all_batches = QRadioButton(self.tr("All batches"))
        self.all_batches.setChecked(True)
        self.chosen_batches = QRadioButton(self.tr("Only the batches ticked below"))
        group = QButtonGroup(self)
        group.addButton(self.all_batches)
        group.addButton(self.chosen_batches)
        self.batch_list = QListWidget()
        self.batch_list.setAccessibleName(self.tr("Batches"))
        self.batch_list.setMinimumHeight(110)
        self.batch_list.setEnabled(False)
        self.chosen_batches.toggled.connect(self.batch_list.setEnabled)
        self.chosen_batches.toggled.connect(self._filters_changed)
        self.batch_list.itemChanged.connect(self._filters_changed)
        batch_layout.addWidget(self.all_batches)
        batch_layout.addWidget(self.chosen_batches)
        batch_layout.addWidget(self.batch_list)
        form.addRow(self.tr("Batches:"), batches)

        statuses = QHBoxLayout()
        self.status_boxes: dict[str, QCheckBox] = {}
        for code in STATUSES:
            check = QCheckBox(status_label(code))
            check.setChecked(True)
            check.toggled.connect(self._filters_changed)
            self.status_boxes[code] = check
            statuses.addWidget(check)
        statuses.addStretch(1)
        form.addRow(self.tr("Status:"), statuses)

        dates = QHBoxLayout()
        self.date_check = QCheckBox(self.tr("Only work submitted from"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, self.tr("First day")),
                           (self.date_to, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._filters_changed)
            self.date_check.toggled.connect(edit.setEnabled)
        self.date_check.toggled.connect(self._filters_changed)
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.date_to)
        dates.addWidget(self.date_check)
        dates.addWidget(self.date_from)
        dates.addWidget(to_label)
        dates.addWidget(self.date_to)
        dates.addWidget(QLabel(self.tr("(both days included)")))
        dates.addStretch(1)
        form.addRow(self.tr("Dates:"), dates)
        return box

    def _file_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("File"))
        row = QHBoxLayout(box)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.path_edit.textEdited.connect(self._path_edited)
        choose = QPushButton(self.tr("Choose…"))
        choose.setToolTip(self.tr("Choose the folder and name of the file"))
        choose.clicked.connect(self.choose_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        return box

    # -- the filters ----------------------------------------------------------------------

    @property
    def account(self) -> AccountInfo:
        account_id = self.account_box.currentData()
        return next((a for a in self.accounts if a.id == account_id), self.accounts[0])

    def _load_batches(self) -> None:
        self.batch_list.blockSignals(True)
        self.batch_list.clear()
        for batch in account_batches(self.wb, self.account.id):
            count = batch.assignments
            item = QListWidgetItem(plural(self.tr("{name} (%n assignment(s))", "", count),
                                          count).format(name=batch.name))
            item.setData(Qt.ItemDataRole.UserRole, batch.batch_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, batch.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.batch_list.addItem(item)
        self.batch_list.blockSignals(False)

    def check_batches(self, batch_ids: list[int]) -> None:
        """Tick these batches (and only these) and export only them."""
        for row in range(self.batch_list.count()):
            item = self.batch_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in batch_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.chosen_batches.setChecked(True)

    def _checked_batches(self) -> list[tuple[int, str]]:
        out = []
        for row in range(self.batch_list.count()):
            item = self.batch_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append((int(item.data(Qt.ItemDataRole.UserRole)),
                            str(item.data(Qt.ItemDataRole.UserRole + 1))))
        return out

    def request(self) -> ExportRequest:
        """The export the dialog describes now (its filter may still be refused)."""
        batch_ids = [b for b, _ in self._checked_batches()] \
            if self.chosen_batches.isChecked() else []
        statuses = [code for code, box in self.status_boxes.items() if box.isChecked()]
        if len(statuses) == len(STATUSES):
            statuses = []
        since = until = None
        if self.date_check.isChecked():
            since = _local_midnight(_day(self.date_from.date()))
            until = _local_midnight(_day(self.date_to.date()) + timedelta(days=1))
        return ExportRequest(self.account, self.xlsx_button.isChecked(), batch_ids, statuses,
                             since, until)

    def _problem(self) -> str | None:
        """Why the filters cannot make an export, in words, or None."""
        if self.chosen_batches.isChecked() and not self._checked_batches():
            return self.tr("Tick at least one batch, or choose All batches.")
        if not any(box.isChecked() for box in self.status_boxes.values()):
            return self.tr("Tick at least one status.")
        if self.date_check.isChecked() and self.date_from.date() > self.date_to.date():
            return self.tr("The first day is after the last day.")
        return None

    def _account_changed(self) -> None:
        self._load_batches()
        self.all_batches.setChecked(True)
        self._filters_changed()

    def _format_changed(self) -> None:
        path = self.path_edit.text().strip()
        if path:
            self.path_edit.setText(str(Path(path).with_suffix(self._suffix())))
        self._suggest_name()
        self._show_count()
        self._update_state()

    def _filters_changed(self) -> None:
        self._suggest_name()
        self.count = None
        self._count_timer.start()
        self._update_state()

    def recount(self) -> None:
        """Count the matching assignments on a worker thread; a later count wins."""
        self._count_timer.stop()
        self._count_generation += 1
        generation = self._count_generation
        self.count = None
        problem = self._problem()
        if problem is not None:
            self.count_label.setText(problem)
            self.count_label.setStyleSheet(ERROR_STYLE)
            self._update_state()
            return
        try:
            filter_ = self.request().filter()
        except ExportError as exc:
            self.count_label.setText(str(exc))
            self.count_label.setStyleSheet(ERROR_STYLE)
            self._update_state()
            return
        self.count_label.setText(self.tr("Counting the matching assignments…"))
        self.count_label.setStyleSheet(NOTE_STYLE)
        wb = self.wb

        def counted(count: int) -> None:
            # A later count, or the dialog closed (and deleted) while this one ran.
            if not isValid(self) or generation != self._count_generation:
                return
            self.count = count
            self._show_count()
            self._update_state()

        def failed(error: BaseException) -> None:
            if isValid(self) and generation == self._count_generation:
                self.count_label.setText(self.tr("Could not count: {error}").format(
                    error=error_message(error)))
                self.count_label.setStyleSheet(ERROR_STYLE)

        self.runner.run(lambda: count_results(wb, filter_), on_done=counted, on_error=failed)
        self._update_state()

    def _show_count(self) -> None:
        count = self.count
        if count is None:
            return
        if self._too_big_for_excel():
            self.count_label.setStyleSheet(ERROR_STYLE)
            self.count_label.setText(plural(self.tr(
                "%n assignment(s) match these filters: more than an Excel sheet holds "
                "({limit}). Choose CSV or narrow the filters.", "", count), count).format(
                    limit=format_count(excel.EXCEL_MAX_ROWS - 1)))
            return
        self.count_label.setStyleSheet("" if count else ERROR_STYLE)
        self.count_label.setText(
            plural(self.tr("%n assignment(s) match these filters.", "", count), count) if count
            else self.tr("No assignments match these filters."))

    def _too_big_for_excel(self) -> bool:
        return (self.xlsx_button.isChecked() and self.count is not None
                and self.count >= excel.EXCEL_MAX_ROWS)

    # -- the file -------------------------------------------------------------------------

    def _suffix(self) -> str:
        return ".xlsx" if self.xlsx_button.isChecked() else ".csv"

    def default_name(self) -> str:
        """``<batch or account>-results-<today>.<xlsx|csv>``."""
        chosen = self._checked_batches() if self.chosen_batches.isChecked() else []
        subject = chosen[0][1] if len(chosen) == 1 else self.account.name
        today = self.wb.clock().astimezone().date().isoformat()
        return f"{file_stem(subject)}-results-{today}{self._suffix()}"

    def _suggest_name(self) -> None:
        if self._name_edited and self.path_edit.text().strip():
            return
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else default_folder()
        self.path_edit.setText(str(folder / self.default_name()))

    def _path_edited(self, text: str) -> None:
        self._name_edited = bool(text.strip())
        self._update_state()

    def choose_file(self) -> None:
        xlsx = self.xlsx_button.isChecked()
        path, _ = file_dialogs.save_file_name(
            self, self.tr("Export results to"), self.path_edit.text(),
            self.tr("Excel workbook (*.xlsx)") if xlsx else self.tr("CSV file (*.csv)"))
        if path:
            if not Path(path).suffix:
                path += self._suffix()
            self.path_edit.setText(path)
            self._name_edited = True
            self._overwrite_confirmed = Path(path)
            self._update_state()

    def confirm_overwrite(self, path: Path) -> bool:
        """Ask before replacing a file the user did not choose in the file dialog."""
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("{file} already exists. Replace it?").format(file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- running --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def _update_state(self) -> None:
        running = self.running
        ready = (not running and self.count is not None and self.count > 0
                 and not self._too_big_for_excel()
                 and bool(self.path_edit.text().strip()) and self._problem() is None)
        self.export_button.setEnabled(ready)
        for box in self.findChildren(QGroupBox):
            box.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def start_export(self) -> None:
        """Export with the dialog's choices, on the task runner."""
        if self.running or self._problem() is not None:
            return
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text).expanduser()
        if not path.suffix:
            path = path.with_suffix(self._suffix())
            self.path_edit.setText(str(path))
        try:
            # A device, a pipe or a folder is refused before anyone is asked to replace it.
            if path.exists() or path.is_symlink():
                check_target(path)
        except ExportError as exc:
            self._show_error(str(exc))
            return
        if path.exists() and path != self._overwrite_confirmed \
                and not self.confirm_overwrite(path):
            return
        try:
            request = self.request()
            request.filter()
        except ExportError as exc:
            self._show_error(str(exc))
            return
        wb = self.wb
        self.report = None
        self.open_folder_button.hide()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Exporting to {file}…").format(file=path.name))
        self.progress.setRange(0, 0)
        self.progress.setFormat("")
        self.progress.show()
        title = self.tr("Export")
        self.task = self.runner.start(
            title, lambda progress, cancel: request.run(wb, path, progress, cancel),
            on_done=self._exported, on_error=self._failed)
        self.task.progressed.connect(self._progressed)
        self.task.cancelled.connect(self._cancelled)
        self.task.ended.connect(self._ended)
        self._update_state()

    def cancel_export(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.close_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(self.tr("{done} of {total} assignments").format(
                done=format_count(done), total=format_count(total)))

    def _exported(self, report: ExportReport) -> None:
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.setFormat(self.tr("Done"))
        rows = report.rows
        text = plural(self.tr("Wrote %n assignment(s) to {file}.", "", rows), rows).format(
            file=report.path.name)
        if report.truncated_cells:
            text += " " + plural(self.tr(
                "Cut %n cell(s) to Excel's length limit (the CSV export keeps them "
                "whole).", "", report.truncated_cells), report.truncated_cells)
        self.message.setText(text)
        self.open_folder_button.show()
        self.open_folder_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self._show_error(self.tr("The export did not finish: {error}").format(
            error=error_message(error)))

    def _cancelled(self) -> None:
        self.progress.hide()
        self.message.setStyleSheet(NOTE_STYLE)
        self.message.setText(self.tr("Export cancelled; no file was written."))

    def _ended(self) -> None:
        self.close_button.setEnabled(True)
        self._update_state()
        if self._close_when_ended:
            super().reject()

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def open_folder(self) -> None:
        """Show the exported file's folder in the system's file manager."""
        if self.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.path.parent)))

    # -- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Close, or while an export runs, cancel it (the dialog closes once it stops)."""
        if self.running:
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self._close_when_ended = True
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)


def default_folder() -> Path:
    """Where exports go unless the user chooses: the Documents folder, else home."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()
