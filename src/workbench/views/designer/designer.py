"""The template designer: fields on the left, the selected field in the middle, the task as a
worker sees it (and its HTML) on the right.

The HTML source is the truth. While it is the designer's own page, editing either side
updates the other; once it is edited by hand (or imported), the designer lists what it
finds in it and the source is edited directly, until "Back to the designed page".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.formats.forms import (
    FieldKind,
    FormDesign,
    Problem,
    check_design,
    design_from_html,
    generate_html,
)
from workbench.formats.inputs import InputTable, list_sheets
from workbench.formats.template_scan import (
    check_template,
    page_bytes,
    scan_template,
    size_problem,
)
from workbench.models.designer import FormFieldsModel, kind_label
from workbench.models.formatting import plural
from workbench.models.tasks import TaskRunner
from workbench.services.batches import RowCheck, check_rows, load_input
from workbench.services.context import Workbench
from workbench.services.templates import (
    PRESETS,
    LoadedTemplate,
    TemplateInfo,
    load_preset,
    load_template,
    read_template_file,
    save_template,
    saved_versions,
)
from workbench.views.designer.chooser import PRESET, OpenTemplateDialog
from workbench.views.designer.field_editor import FieldEditor
from workbench.views.designer.panels import (
    DetectedFields,
    FieldDelegate,
    ProblemsList,
    SampleRow,
    row_check_text,
)
from workbench.views.designer.preview import TaskPreview
from workbench.views.designer.source import SourceEditor
from workbench.views.widgets import file_dialogs

DESIGN, SOURCE = "design", "source"
REFRESH_MS = 350
SOURCE_PARSE_MS = 500


def blank_design() -> FormDesign:
    """What "New" starts from: a title, instructions and one question."""
    model = FormFieldsModel(FormDesign("Untitled task"))
    model.add_field(FieldKind.INSTRUCTIONS)
    model.add_field(FieldKind.SHORT_TEXT)
    return model.design()


class TemplateDesigner(QMainWindow):
    """A window for making a task template: design it, or edit its HTML, and preview it."""

    template_saved = Signal(object)  # TemplateInfo

    def __init__(self, wb: Workbench, runner: TaskRunner, parent: QWidget | None = None,
                 template: LoadedTemplate | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.wb, self.runner = wb, runner
        self.setWindowTitle(self.tr("Template designer"))
        self._fit_to_screen()
        self.model = FormFieldsModel(parent=self)
        self.mode = DESIGN
        self.saved: TemplateInfo | None = None
        self.dirty = False
        self._setting_source = False
        self._from_source = False
        self._loading = False
        self._generation = 0
        self._document = 0  # which template the window shows (a save may end after New)
        self._closing = False
        self.row_check: RowCheck | None = None
        self._problems: list[Problem] = []
        self._build()
        self._build_actions()
        self.model.design_changed.connect(self._design_changed)
        self.model.undo_stack.cleanChanged.connect(self._clean_changed)
        self.open_loaded(template or LoadedTemplate("Untitled task",
                                                    generate_html(blank_design()),
                                                    blank_design()))

    # -- building -------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """1280 × 800, or the screen's free area when it is smaller (1024 × 768 laptops)."""
        screen = self.screen()
        free = screen.availableGeometry() if screen is not None else None
        width, height = 1280, 800
        if free is not None and free.width() > 0:
            width, height = min(width, free.width()), min(height, free.height())
        self.resize(width, height)

    def _build(self) -> None:
        self.field_list = QListView()
        self.field_list.setModel(self.model)
        self.field_list.setAccessibleName(self.tr("Fields"))
        self.field_list.setItemDelegate(FieldDelegate(self.field_list))
        self.field_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.field_list.setAlternatingRowColors(True)
        self.field_list.selectionModel().currentChanged.connect(self._current_changed)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Page title"))
        self.title_edit.textEdited.connect(self.model.set_title)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add field"))
        self.add_button.setToolTip(self.tr("Add a field after the selected one"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        for kind in FieldKind:
            menu.addAction(kind_label(kind), partial(self.add_field, kind))
        self.add_button.setMenu(menu)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected field (Delete); Ctrl+Z brings "
                                              "it back"))
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Move the selected field up (Alt+Up)"))
        self.up_button.setAccessibleName(self.tr("Move field up"))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Move the selected field down (Alt+Down)"))
        self.down_button.setAccessibleName(self.tr("Move field down"))
        for arrow in (self.up_button, self.down_button):
            arrow.setMaximumWidth(44)  # leave the room to the translated buttons beside them
        self.remove_button.clicked.connect(self.remove_field)
        self.up_button.clicked.connect(lambda: self.move_field(-1))
        self.down_button.clicked.connect(lambda: self.move_field(1))

        design_panel = QWidget()
        design_layout = QVBoxLayout(design_panel)
        design_layout.setContentsMargins(0, 0, 0, 0)
        title_label = QLabel(self.tr("Page title"))
        title_label.setBuddy(self.title_edit)
        title_label.setWordWrap(True)
        design_layout.addWidget(title_label)
        design_layout.addWidget(self.title_edit)
        fields_label = QLabel(self.tr("Fields, in the order workers see them"))
        fields_label.setBuddy(self.field_list)
        fields_label.setWordWrap(True)
        design_layout.addWidget(fields_label)
        design_layout.addWidget(self.field_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        for button in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        design_layout.addLayout(buttons)

        source_panel = QWidget()
        source_layout = QVBoxLayout(source_panel)
        source_layout.setContentsMargins(0, 0, 0, 0)
        self.source_note = QLabel(self.tr(
            "This page's HTML is its own (imported, or edited by hand), so it is edited in "
            "the HTML tab. These are the fields found in it and the answer names they give:"))
        self.source_note.setWordWrap(True)
        self.source_note.setMinimumWidth(120)  # a long word must not widen the column
        self.detected = DetectedFields()
        self.back_button = QPushButton(self.tr("Back to the designed page"))
        self.back_button.setToolTip(self.tr("Replace the HTML with the page the designer "
                                            "makes (undo with Ctrl+Z in the HTML tab)"))
        self.back_button.clicked.connect(self.back_to_design)
        source_layout.addWidget(self.source_note)
        source_layout.addWidget(self.detected, 1)
        source_layout.addWidget(self.back_button)

        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(design_panel)
        self.left_stack.addWidget(source_panel)
        self.problems = ProblemsList()
        self.problems.field_chosen.connect(self.select_field)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.left_stack)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.size_label = QLabel()
        self.size_label.setWordWrap(True)
        problems_layout.addWidget(self.size_label)
        problems_layout.addWidget(self.problems)
        left.addWidget(problems_box)
        left.setSizes([540, 160])

        self.editor = FieldEditor()
        self.editor.edited.connect(self._field_edited)
        scroll = self.editor_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        self.sample = SampleRow()
        self.sample.row_changed.connect(self._schedule_refresh)
        self.sample.load_requested.connect(self.load_input_file)
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(scroll)
        middle.addWidget(self.sample)
        middle.setSizes([470, 230])

        self.preview = TaskPreview()
        self.source = SourceEditor()
        self.source.textChanged.connect(self._source_edited)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.addTab(self.source, self.tr("HTML"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.tabs)
        # The fields and problems keep room for a question's text and a check's sentence at
        # any window size; the preview takes what a larger window adds (and gives it back).
        left.setMinimumWidth(self.fontMetrics().averageCharWidth() * 46)
        middle.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        self.tabs.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        for index, stretch in enumerate((1, 1, 2)):
            self.splitter.setStretchFactor(index, stretch)
        width = self.width()
        self.splitter.setSizes([round(width * 0.27), round(width * 0.3),
                                width - round(width * 0.27) - round(width * 0.3)])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._source_timer = QTimer(self)
        self._source_timer.setSingleShot(True)
        self._source_timer.setInterval(SOURCE_PARSE_MS)
        self._source_timer.timeout.connect(self.apply_source)

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Template"))
        bar.setObjectName("designer-toolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(16, 16))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        new_menu = QMenu(self)
        new_menu.addAction(self.tr("Blank design"), self.new_design)
        new_menu.addSeparator()
        for preset in PRESETS:
            new_menu.addAction(self.tr("From preset: {preset}").format(preset=preset.title),
                               partial(self._open_preset, preset.key))
        new_button = QToolButton()
        new_button.setText(self.tr("New"))
        new_button.setToolTip(self.tr("Start a new template: blank, or from a preset"))
        new_button.setMenu(new_menu)
        new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(new_button)
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, shortcut, handler in (
                ("new", self.tr("New blank design"), "Ctrl+N", self.new_design),
                ("open", self.tr("Open…"), "Ctrl+O", self.choose_template),
                ("import", self.tr("Import HTML…"), "Ctrl+Shift+O",
                 lambda: self.import_file()),
                ("save", self.tr("Save"), "Ctrl+S", self.save),
                ("save_as", self.tr("Save as…"), "Ctrl+Shift+S",
                 lambda: self.save(ask_name=True)),
                ("refresh", self.tr("Refresh preview"), "Ctrl+R", self.refresh)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(self.tr("{action} ({shortcut})").format(
                action=text.rstrip("…"),
                shortcut=QKeySequence(shortcut).toString(
                    QKeySequence.SequenceFormat.NativeText)))
            action.triggered.connect(handler)
            self.addAction(action)
            self.actions_by_name[name] = action
            if name != "new":
                bar.addAction(action)
        bar.addSeparator()
        undo = self.model.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.model.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        # The button keeps a short name (a long one pushed the name box off the toolbar);
        # its tooltip and the menu say what would be undone.
        undo.setIconText(self.tr("Undo"))
        redo.setIconText(self.tr("Redo"))
        for action in (undo, redo):
            bar.addAction(action)
        self.actions_by_name["undo"], self.actions_by_name["redo"] = undo, redo
        bar.addSeparator()
        name_label = QLabel(self.tr(" Name: "))
        bar.addWidget(name_label)
        self.name_edit = QLineEdit()
        name_label.setBuddy(self.name_edit)
        self.name_edit.setAccessibleName(self.tr("Template name"))
        self.name_edit.setMinimumWidth(180)
        self.name_edit.setMaximumWidth(320)
        self.name_edit.textEdited.connect(lambda _t: self._mark_dirty())
        bar.addWidget(self.name_edit)
        # In the status bar, where it stays in sight on a small screen (the toolbar has no
        # room left for it in German at 1024 pixels).
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Template state"))
        self.statusBar().addPermanentWidget(self.state_label)
        for shortcut, handler in (("Alt+Up", lambda: self.move_field(-1)),
                                  ("Alt+Down", lambda: self.move_field(1))):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(handler)
            self.addAction(action)
        delete = QAction(self.tr("Remove field"), self.field_list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self.remove_field)
        self.field_list.addAction(delete)

    # -- documents ------------------------------------------------------------------------

    def open_loaded(self, template: LoadedTemplate) -> None:
        """Show a template: its design when the designer made it, else its HTML."""
        self._document += 1
        self._loading = True
        self.saved = template.saved
        self.name_edit.setText(template.name)
        self.sample.set_input(None)
        self.sample.set_sample(template.sample)
        if template.design is not None:
            self.model.set_design(template.design, undoable=False)
            self._set_source_text(generate_html(template.design))
            self._set_mode(DESIGN)
        else:
            self.model.set_design(FormDesign(""), undoable=False)
            self._set_source_text(template.html)
            self._set_mode(SOURCE)
            self.tabs.setCurrentWidget(self.source)
        self.source.document().clearUndoRedoStacks()
        self.title_edit.setText(self.model.title)
        self._loading = False
        self.dirty = False
        self.model.undo_stack.setClean()
        if self.model.rowCount():
            self.select_field(0)
        else:
            self.editor.set_field(None)
        self._show_state()
        self.refresh()

    def current_html(self) -> str:
        return self.source.toPlainText()

    def current_design(self) -> FormDesign | None:
        """The design, while the page is the designer's own."""
        return self.model.design() if self.mode == DESIGN else None

    def new_design(self) -> None:
        def blank() -> None:
            design = blank_design()
            self.open_loaded(LoadedTemplate("Untitled task", generate_html(design), design))

        self._when_replaceable(blank)

    def _open_preset(self, key: str) -> None:
        self._when_replaceable(lambda: self.open_loaded(load_preset(key)))

    def choose_template(self) -> None:
        self._when_replaceable(self._choose_template)

    def _choose_template(self) -> None:
        dialog = OpenTemplateDialog(saved_versions(self.wb), self)
        if dialog.exec() != OpenTemplateDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        if choice is None:
            return
        kind, key = choice
        self.open_loaded(load_preset(str(key)) if kind == PRESET
                         else load_template(self.wb, int(str(key))))

    def import_file(self, path: str | None = None) -> None:
        """Open an existing MTurk template (HTML with ${placeholders})."""
        self._when_replaceable(lambda: self._import(path))

    def _import(self, path: str | None) -> None:
        if path is None:
            path, _ = file_dialogs.open_file_name(
                self, self.tr("Import an HTML template"), "",
                self.tr("HTML templates (*.html *.htm *.xml *.txt);;All files (*)"))
        if not path:
            return
        try:
            loaded = read_template_file(path)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Not imported"), str(exc))
            return
        self.open_loaded(loaded)
        self.dirty = True
        self._show_state()
        found = len(scan_template(loaded.html).fields)
        self.statusBar().showMessage(
            self.tr("Imported {file}: {placeholders}, {fields} found.").format(
                file=Path(path).name,
                placeholders=plural(self.tr("%n placeholder(s)", "", len(loaded.placeholders)),
                                    len(loaded.placeholders)),
                fields=plural(self.tr("%n field(s)", "", found), found)),
            10000)

    def save(self, ask_name: bool = False, then: Callable[[], None] | None = None) -> None:
        """Save a version in the background; ``then`` runs once it is saved (never if not)."""
        name = self.name_edit.text().strip()
        if ask_name or not name:
            name, ok = QInputDialog.getText(self, self.tr("Save template"),
                                            self.tr("Template name:"),
                                            text=name or self.model.title)
            if not ok or not name.strip():
                return
            self.name_edit.setText(name.strip())
        html, design, wb = self.current_html(), self.current_design(), self.wb
        document = self._document

        def saved(info: TemplateInfo) -> None:
            # The window may show another template by now, or newer edits of this one.
            if document == self._document:
                self.saved = info
                if self.current_html() == html:
                    self.dirty = False
                    self.model.undo_stack.setClean()
                self._show_state()
            self.statusBar().showMessage(self.tr("Saved “{name}”, version {version}.").format(
                name=info.name, version=info.version), 8000)
            self.template_saved.emit(info)
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))

        self.runner.run(lambda: save_template(wb, name, html, design), on_done=saved,
                        on_error=failed)

    def _ask_to_save(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The template has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)

    def _when_replaceable(self, then: Callable[[], None]) -> None:
        """Run ``then`` (which replaces the template) when nothing unsaved would be lost: at
        once, once the user discards the changes, or once they are saved (not if that fails)."""
        if not self.dirty:
            then()
            return
        answer = self._ask_to_save()
        if answer == QMessageBox.StandardButton.Save:
            self.save(then=then)
        elif answer == QMessageBox.StandardButton.Discard:
            then()

    def _clean_changed(self, clean: bool) -> None:
        # Undoing back to the saved state makes the template clean again.
        self.dirty = not clean
        self._show_state()

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._show_state()

    def _show_state(self) -> None:
        if self.saved is not None and not self.dirty:
            text = self.tr("Saved as version {version}").format(version=self.saved.version)
        elif self.dirty:
            text = self.tr("Unsaved changes")
        else:
            text = self.tr("Not saved yet")
        self.state_label.setText(text)
        name = self.name_edit.text() or self.tr("Template")
        self.setWindowTitle(self.tr("{name} — Template designer").format(
            name=f"{name} *" if self.dirty else name))

    # -- fields -------------------------------------------------------------------------------

    def selected_row(self) -> int:
        index = self.field_list.currentIndex()
        return index.row() if index.isValid() else -1

    def select_field(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.field_list.setCurrentIndex(self.model.index(row, 0))
            self._show_selected()

    def add_field(self, kind: FieldKind) -> None:
        row = self.selected_row()
        at = self.model.add_field(kind, row + 1 if row >= 0 else None)
        self.select_field(at)

    def remove_field(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.remove_field(row)
            self.select_field(min(row, self.model.rowCount() - 1))

    def move_field(self, step: int) -> None:
        row = self.selected_row()
        if row >= 0 and self.model.move_field(row, row + step):
            self.select_field(row + step)

    def _current_changed(self, _current: object, _previous: object) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected_row()
        columns = self.sample.columns or self.sample.placeholders
        self.editor.set_field(self.model.field_at(row) if row >= 0 else None, columns)

    def _field_edited(self, changed: Any, what: str) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.update_field(row, changed, what)

    # -- keeping the design and the HTML together -------------------------------------------

    def _design_changed(self) -> None:
        if self.title_edit.text() != self.model.title:
            self.title_edit.setText(self.model.title)
        if self.mode == DESIGN and not self._from_source:
            self._set_source_text(generate_html(self.model.design()))
        if not self._loading:
            self.dirty = True
        self._show_state()
        self._show_selected()
        self._schedule_refresh()

    def _set_source_text(self, text: str) -> None:
        self._setting_source = True
        try:
            self.source.replace_text(text)
        finally:
            self._setting_source = False

    def _source_edited(self) -> None:
        if self._setting_source:
            return
        self.dirty = True
        self._show_state()
        self._source_timer.start()

    def apply_source(self) -> None:
        """Read the HTML after a hand edit: still the designer's page, or the page's own now."""
        self._source_timer.stop()
        design = design_from_html(self.current_html())
        if design is not None:
            if design != self.model.design():
                self._from_source = True
                try:
                    self.model.set_design(design, self.tr("Edit the HTML"))
                finally:
                    self._from_source = False
            self._set_mode(DESIGN)
        else:
            self._set_mode(SOURCE)
        self.refresh()

    def back_to_design(self) -> None:
        self._set_source_text(generate_html(self.model.design()))
        self._set_mode(DESIGN)
        self._schedule_refresh()

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        self.left_stack.setCurrentIndex(0 if mode == DESIGN else 1)
        self.editor_scroll.setVisible(mode == DESIGN)
        self.back_button.setEnabled(bool(self.model.rowCount()))

    # -- preview and checks ---------------------------------------------------------------

    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Check the page and show it filled from the chosen row."""
        self._refresh_timer.stop()
        html = self.current_html()
        scan = scan_template(html)
        self.sample.set_placeholders(scan.placeholders)
        problems = check_design(self.model.design()) if self.mode == DESIGN else []
        problems += check_template(html, self.sample.columns, scan)
        row = self.sample.values()
        size = page_bytes(html, row)
        self.size_label.setText(self.tr("Page size with this row: {size} KB of MTurk's 64 KB")
                                .format(size=f"{size / 1024:.1f}"))
        too_big = size_problem(size, "the page with the row shown")
        if too_big is not None:
            problems.append(too_big)
        self._problems = problems
        self._check_all_rows(html)
        self._show_problems()
        self.detected.show_fields(scan.fields)
        self.preview.show_task(html, row)

    def _show_problems(self) -> None:
        problems = list(self._problems)
        if self.row_check is not None and not self.row_check.ok:
            problems.append(Problem(row_check_text(self.row_check)))
        self.problems.show_problems(problems)

    def _check_all_rows(self, html: str) -> None:
        """Measure every row of a loaded input in the background (big files take a while)."""
        table = self.sample.input
        self._generation += 1
        generation = self._generation
        if table is None or not all(p in table.columns for p in scan_template(html)
                                    .placeholders):
            self.row_check = None
            return

        def done(check: RowCheck) -> None:
            if generation == self._generation:
                self.row_check = check
                self._show_problems()

        self.runner.run(lambda: check_rows(html, table), on_done=done,
                        on_error=lambda _e: None)

    # -- input rows ---------------------------------------------------------------------------

    def load_input_file(self, path: str | None = None, sheet: str | None = None) -> None:
        """Fill the preview from the rows of an input file (read in the background)."""
        if path is None:
            path, _ = file_dialogs.open_file_name(
                self, self.tr("Rows to preview"), "",
                self.tr("Input files (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if not path:
            return
        chosen = path
        self.statusBar().showMessage(self.tr("Reading {file}…").format(file=Path(chosen).name))

        def sheets_known(sheets: list[str]) -> None:
            name = sheet
            if name is None and len(sheets) > 1:
                name, ok = QInputDialog.getItem(self, self.tr("Which sheet?"), self.tr("Sheet:"),
                                                sheets, 0, False)
                if not ok:
                    self.statusBar().clearMessage()
                    return
            self.runner.run(lambda: load_input(chosen, name), on_done=self.use_input,
                            on_error=self._input_failed)

        self.runner.run(lambda: list_sheets(chosen), on_done=sheets_known,
                        on_error=self._input_failed)

    def use_input(self, table: InputTable) -> None:
        self.sample.set_input(table)
        self.statusBar().showMessage(self.tr("Previewing rows of {file} ({rows}).").format(
            file=table.source, rows=self.tr("{count} rows").format(count=f"{len(table.rows):,}")),
            8000)
        self._show_selected()
        self.refresh()

    def _input_failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Input not read"), str(error))

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self._closing:
            answer = self._ask_to_save()
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                if answer == QMessageBox.StandardButton.Save:
                    self.save(then=self._close_after_saving)
                return
        self.preview.shutdown()
        event.accept()

    def _close_after_saving(self) -> None:
        self._closing = True
        self.close()
