"""The first pages of the publish wizard: the template, the input file, every row's page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from workbench.formats.inputs import InputTable, list_sheets
from workbench.formats.template_scan import check_template, scan_template
from workbench.models.batches import InputTableModel
from workbench.models.tasks import LongTask, TaskRunner
from workbench.services.batches import RowCheck, check_rows, load_input
from workbench.services.context import Workbench
from workbench.services.publish import EmptyColumn, empty_placeholder_cells
from workbench.services.templates import (
    LoadedTemplate,
    load_preset,
    load_template,
    read_template_file,
    saved_versions,
)
from workbench.views.designer.chooser import PRESET, TemplateChooser
from workbench.views.designer.panels import row_check_text
from workbench.views.designer.preview import TaskPreview
from workbench.views.widgets import file_dialogs
from workbench.views.wizard.state import WizardState

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b7f3b;"
WARNING_STYLE = "color: #8a5300; background: #fff4d6; padding: 6px; border-radius: 4px;"
UTF8_BOM = b"\xef\xbb\xbf"


def encoding_text(encoding: str, bom: bool) -> str:
    """An input file's encoding in words ("UTF-8 (with BOM)", "Windows-1252")."""
    if encoding in ("utf-8", "utf-8-sig"):
        return (QCoreApplication.translate("InputPage", "UTF-8 (with BOM)") if bom
                else "UTF-8")
    return {"cp1252": "Windows-1252", "latin-1": "Latin-1 (ISO 8859-1)", "utf-16": "UTF-16",
            "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE"}.get(encoding, encoding)


def _describe(template: LoadedTemplate) -> str:
    scan = scan_template(template.html)
    nothing = QCoreApplication.translate("TemplatePage", "nothing")
    placeholders = (", ".join(f"${{{p}}}" for p in scan.placeholders)
                    or QCoreApplication.translate("TemplatePage", "none"))
    answers = ", ".join(scan.answer_keys[:12]) + (" …" if len(scan.answer_keys) > 12 else "")
    form = {"crowd-form": QCoreApplication.translate("TemplatePage", "a crowd-form page"),
            "classic": QCoreApplication.translate("TemplatePage", "a classic MTurk form"),
            "none": QCoreApplication.translate(
                "TemplatePage", "no form of its own (workers get it in one, with a Submit "
                "button, as on MTurk)")}[scan.form]
    needs = QCoreApplication.translate("TemplatePage", "Input columns it needs:")
    stored = QCoreApplication.translate("TemplatePage", "Answers stored as:")
    lines = [f"<b>{_escape(template.name)}</b> — {form}, "
             f"{len(template.html.encode('utf-8')) / 1024:.1f} KB",
             f"<p><b>{_escape(needs)}</b> {_escape(placeholders)}</p>",
             f"<p><b>{_escape(stored)}</b> {_escape(answers or nothing)}</p>"]
    problems = check_template(template.html, None, scan)
    if problems:
        check = QCoreApplication.translate("TemplatePage", "Check:")
        lines.append(f"<p><b>{_escape(check)}</b></p><ul>" + "".join(
            f"<li>{_escape(p.message)}</li>" for p in problems) + "</ul>")
    return "".join(lines)


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)


def fit_columns(view: QTableView, widest: int = 320) -> None:
    """Columns as wide as their first rows' contents, within reason (a file may be huge)."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(100)
    view.resizeColumnsToContents()
    for column in range(header.count()):
        header.resizeSection(column, min(widest, max(60, header.sectionSize(column))))


class TemplatePage(QWizardPage):
    """Choose the task page: a saved template, a preset, or an HTML file."""

    def __init__(self, wb: Workbench, state: WizardState, open_designer: Any) -> None:
        super().__init__()
        self.wb, self.state = wb, state
        self.setTitle(self.tr("Which task page?"))
        self.setSubTitle(self.tr("A saved template, a preset, or an HTML file with "
                                 "${placeholders} (an MTurk template works as it is)."))
        self.chooser = TemplateChooser()
        self.chooser.chosen.connect(self._chosen)
        self.chooser.picked.connect(lambda: self.wizard().next())
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.summary.setAccessibleName(self.tr("About the chosen template"))
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import HTML file…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.design_button = QPushButton(self.tr("Open in the designer…"))
        self.design_button.setToolTip(self.tr("Edit the chosen template (or design a new one); "
                                              "save it and it is chosen here"))
        self.design_button.clicked.connect(lambda: open_designer(self.state.template))
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.design_button)
        buttons.addStretch()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chooser)
        splitter.addWidget(self.summary)
        splitter.setSizes([560, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self, select: tuple[str, object] | None = None) -> None:
        self.chooser.set_saved(saved_versions(self.wb))
        selected = select is not None and self.chooser.select(*select)
        if not selected and self.state.template is None:
            self.chooser.select_first_saved_or_preset()

    def use(self, template: LoadedTemplate) -> None:
        self.state.template = template
        self.summary.setHtml(_describe(template))
        self.completeChanged.emit()

    def _chosen(self, kind: str, key: object) -> None:
        try:
            self.use(load_preset(str(key)) if kind == PRESET
                     else load_template(self.wb, int(str(key))))
        except ValueError as exc:
            self.summary.setPlainText(str(exc))

    def import_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = file_dialogs.open_file_name(
                self, self.tr("Import an HTML template"), "",
                self.tr("HTML templates (*.html *.htm *.xml *.txt);;All files (*)"))
        if not path:
            return
        try:
            self.use(read_template_file(path))
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Not imported"), str(exc))
            return
        self.chooser.clearSelection()

    def isComplete(self) -> bool:
        return self.state.template is not None


class InputPage(QWizardPage):
    """Choose the input file; its rows are read in the background and shown."""

    def __init__(self, runner: TaskRunner, state: WizardState) -> None:
        super().__init__()
        self.runner, self.state = runner, state
        self.setTitle(self.tr("Which rows?"))
        self.setSubTitle(self.tr("A CSV file (any common encoding) or an Excel workbook: one "
                                 "HIT per row, each ${placeholder} filled from the column of "
                                 "that name."))
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.clicked.connect(lambda: self.choose_file())
        self.path_label = QLabel(self.tr("No file chosen."))
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.setVisible(False)
        self.sheet.activated.connect(lambda _i: self.read(self.state.input_path,
                                                          self.sheet.currentText()))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.setVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setVisible(False)
        self.cancel.clicked.connect(self._cancel_reading)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Cells a placeholder uses that are empty: their HITs would show a gap.
        self.empties = QLabel()
        self.empties.setWordWrap(True)
        self.empties.setStyleSheet(WARNING_STYLE)
        self.empties.setVisible(False)
        self.bom = False
        self._empties_asked = 0
        self.model = InputTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Input rows"))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        top = QHBoxLayout()
        for widget in (self.choose, self.path_label, self.sheet):
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(self.progress)
        top.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.empties)
        layout.addWidget(self.table, 1)
        self.task: LongTask | None = None

    def initializePage(self) -> None:
        self._check()

    def choose_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = file_dialogs.open_file_name(
                self, self.tr("Input rows"), "",
                self.tr("Input files (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)"))
        if not path:
            return
        self.state.input_path = path
        self.path_label.setText(Path(path).name)
        chosen = path

        def sheets_known(sheets: list[str]) -> None:
            self.sheet.clear()
            self.sheet.addItems(sheets)
            self.sheet.setVisible(len(sheets) > 1)
            self.read(chosen, sheets[0] if sheets else None)

        self.runner.run(lambda: list_sheets(chosen), on_done=sheets_known,
                        on_error=self._failed)

    def read(self, path: str, sheet: str | None) -> None:
        """Read the file off the GUI thread, with progress and Cancel."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.state.sheet = sheet
        self.state.table = None
        self.state.row_check = None
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel.setVisible(True)
        self.status.setText(self.tr("Reading {file}…").format(file=Path(path).name))
        self.status.setStyleSheet("")
        self.completeChanged.emit()
        def read(progress: Any, cancel: Any) -> tuple[InputTable, bool]:
            table = load_input(path, sheet, progress=progress, cancel=cancel)
            with open(path, "rb") as file:
                return table, file.read(len(UTF8_BOM)) == UTF8_BOM

        task = self.runner.start(self.tr("Reading the input"), read, on_done=self._loaded,
                                 on_error=self._failed)
        task.progressed.connect(self._progressed)
        task.ended.connect(self._ended)
        self.task = task

    def _cancel_reading(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progressed(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.status.setText(self.tr("{step}: {count} rows").format(step=message,
                                                                   count=f"{done:,}"))

    def _ended(self) -> None:
        self.progress.setVisible(False)
        self.cancel.setVisible(False)
        if self.state.table is None and not self.status.styleSheet():
            self.status.setText(self.tr("Reading cancelled."))

    def _loaded(self, loaded: tuple[InputTable, bool]) -> None:
        table, self.bom = loaded
        self.state.table = table
        self.model.set_table(table)
        fit_columns(self.table)
        self._check()

    def _failed(self, error: BaseException) -> None:
        self.state.table = None
        self.model.set_table(InputTable([], []))
        self.status.setText(str(error))
        self.status.setStyleSheet(ERROR_STYLE)
        self.completeChanged.emit()

    def _check(self) -> None:
        table, template = self.state.table, self.state.template
        if table is None or template is None:
            self.completeChanged.emit()
            return
        placeholders = scan_template(template.html).placeholders
        self.model.set_used_columns(set(placeholders))
        missing = [p for p in placeholders if p not in table.columns]
        encoding = f", {encoding_text(table.encoding, self.bom)}" \
            if table.encoding and table.encoding != "xlsx" else ""
        self._check_empty_cells(template.html, table)
        if missing:
            self.status.setText(self.tr(
                "{rows} rows, but the template needs column(s) the file does not have: "
                "{missing} (columns: {columns}).").format(
                    rows=f"{len(table.rows):,}", missing=", ".join(missing),
                    columns=", ".join(table.columns)))
            self.status.setStyleSheet(ERROR_STYLE)
        else:
            self.status.setText(self.tr(
                "{rows} rows, {columns} columns{encoding}. Columns in bold fill the template's "
                "placeholders.").format(rows=f"{len(table.rows):,}", columns=len(table.columns),
                                        encoding=encoding))
            self.status.setStyleSheet(OK_STYLE)
        self.completeChanged.emit()

    def _check_empty_cells(self, html: str, table: InputTable) -> None:
        """Warn, per column, of empty cells a placeholder uses (found off the GUI thread)."""
        self._empties_asked += 1
        asked = self._empties_asked
        self.empties.setVisible(False)

        def shown(found: list[EmptyColumn]) -> None:
            if asked != self._empties_asked:
                return
            self.empties.setText(self.tr("{columns}: those HITs will show nothing there. "
                                         "Fill the cells, or publish anyway.").format(
                columns="; ".join(e.message() for e in found)) if found else "")
            self.empties.setVisible(bool(found))

        self.runner.run(lambda: empty_placeholder_cells(html, table), on_done=shown,
                        on_error=lambda _error: None)

    def isComplete(self) -> bool:
        table, template = self.state.table, self.state.template
        if table is None or template is None:
            return False
        return all(p in table.columns for p in scan_template(template.html).placeholders)


class PreviewPage(QWizardPage):
    """Every row's page rendered and measured in the background; any row shown as workers see it."""

    def __init__(self, runner: TaskRunner, state: WizardState) -> None:
        super().__init__()
        self.runner, self.state = runner, state
        self.setTitle(self.tr("Preview the HITs"))
        self.setSubTitle(self.tr("Choose any row to see its page; fill in the form and Submit "
                                 "to see the answer the workbench would store."))
        self.row = QSpinBox()
        self.row.setPrefix(self.tr("Row "))
        self.row.setMinimum(1)
        self.row.setAccessibleName(self.tr("Row to preview"))
        self.row.valueChanged.connect(self._show_row)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setAccessibleName(self.tr("Checking progress"))
        self.model = InputTableModel(parent=self)
        self.rows = QTableView()
        self.rows.setModel(self.model)
        self.rows.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.rows.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.rows.setWordWrap(False)
        self.rows.setAccessibleName(self.tr("Input rows"))
        self.rows.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.rows.clicked.connect(lambda index: self.row.setValue(index.row() + 1))
        self.preview = TaskPreview()
        top = QHBoxLayout()
        top.addWidget(self.row)
        top.addWidget(self.check_label, 1)
        top.addWidget(self.progress)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.rows)
        splitter.addWidget(self.preview)
        splitter.setSizes([330, 650])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.task: LongTask | None = None
        self._checked_for: tuple[int, int] | None = None

    def initializePage(self) -> None:
        table, template = self.state.table, self.state.template
        if table is None or template is None:
            return
        self.model.set_table(table)
        self.model.set_used_columns(set(scan_template(template.html).placeholders))
        fit_columns(self.rows, 200)
        self.row.blockSignals(True)
        self.row.setMaximum(len(table.rows))
        self.row.setSuffix(self.tr(" of {count}").format(count=f"{len(table.rows):,}"))
        self.row.setValue(1)
        self.row.blockSignals(False)
        self._show_row(1)
        key = (id(table), hash(template.html))
        if self._checked_for != key or self.state.row_check is None:
            self._checked_for = key
            self._check_rows(template.html, table)

    def _show_row(self, number: int) -> None:
        table, template = self.state.table, self.state.template
        if table is None or template is None or not table.rows:
            return
        index = min(number, len(table.rows)) - 1
        self.rows.selectRow(index)
        self.preview.show_task(template.html, table.rows[index])

    def _check_rows(self, html: str, table: InputTable) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.state.row_check = None
        self.progress.setVisible(True)
        self.progress.setRange(0, len(table.rows))
        self.check_label.setText(self.tr("Rendering every row's page to check it…"))
        self.check_label.setStyleSheet("")
        self.completeChanged.emit()
        def check(progress: Any, cancel: Any) -> RowCheck:
            return check_rows(html, table, progress=progress, cancel=cancel)

        task = self.runner.start(self.tr("Checking every row"), check, on_done=self._checked,
                                 on_error=self._failed)
        task.progressed.connect(lambda done, _total, _m: self.progress.setValue(done))
        task.ended.connect(lambda: self.progress.setVisible(False))
        self.task = task

    def _checked(self, check: RowCheck) -> None:
        self.state.row_check = check
        self.check_label.setText(row_check_text(check))
        self.check_label.setStyleSheet(OK_STYLE if check.ok else ERROR_STYLE)
        if not check.ok and check.too_large:
            self.row.setValue(check.too_large[0][0] + 1)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.check_label.setText(str(error))
        self.check_label.setStyleSheet(ERROR_STYLE)

    def isComplete(self) -> bool:
        return self.state.row_check is not None and self.state.row_check.ok

    def cleanupPage(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
