"""The test editor: a proficiency test's questions, what each answer earns, and the result.

On the left the questions, in the middle the one being edited, on the right the test as a
worker sees it; below, how points become the qualification value and whether the marketplace
scores the test or the requester reviews each request. Structural changes (adding, removing,
moving questions and choices) can be undone with Ctrl+Z.
"""

from __future__ import annotations

import copy
import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.formats.answer_keys import AnswerKeyError, parse_answer_key
from workbench.formats.qualification_tests import TestFormatError, parse_question_form
from workbench.models.review import english_plural
from workbench.services.qualification_drafts import (
    DraftQuestion,
    DraftTest,
    build,
    check_draft,
    from_xml,
    new_question,
    to_key,
    to_test,
)
from workbench.views.qualifications.preview import TestPreview
from workbench.views.qualifications.question_editor import KINDS, QuestionEditor, kind_label
from workbench.views.widgets import file_dialogs

MAPPINGS = [("percentage", QT_TRANSLATE_NOOP("TestEditorDialog",
                                             "Percentage of the points (0–100)")),
            ("sum", QT_TRANSLATE_NOOP("TestEditorDialog", "Total points")),
            ("scale", QT_TRANSLATE_NOOP("TestEditorDialog", "Points × a multiplier")),
            ("ranges", QT_TRANSLATE_NOOP("TestEditorDialog", "A value for each range of points"))]
UNDO_LIMIT = 100


class TestEditorDialog(QDialog):
    """Edit a qualification test and its answer key; ``result`` holds the XML once accepted."""

    __test__ = False

    def __init__(self, draft: DraftTest | None = None, parent: QWidget | None = None, *,
                 title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Qualification test"))
        self.draft = draft or DraftTest(questions=[])
        if not self.draft.questions:
            self.draft.questions.append(new_question(self.draft))
        self.result_xml: tuple[str, str | None] | None = None
        self._undo: list[DraftTest] = []
        self._redo: list[DraftTest] = []
        self._filling = False
        self.resize(1200, 760)

        self.test_title = QLineEdit()
        self.test_title.setPlaceholderText(self.tr("What workers see first, e.g. Bird "
                                                   "identification test"))
        self.duration = QSpinBox()
        self.duration.setRange(1, 7 * 24 * 60)
        self.duration.setSuffix(" " + self.tr("minutes"))
        self.duration.setToolTip(self.tr("How long a worker has to hand in the test once "
                                         "started"))
        self.instructions = QPlainTextEdit()
        self.instructions.setPlaceholderText(self.tr("Instructions: what the test checks, what "
                                                     "to do"))
        self.instructions.setMaximumHeight(64)
        self.instructions.setTabChangesFocus(True)
        header = QFormLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(self.test_title, 1)
        time_label = QLabel(self.tr("Time limit"))
        time_label.setBuddy(self.duration)
        title_row.addWidget(time_label)
        title_row.addWidget(self.duration)
        title_label = QLabel(self.tr("Title"))
        title_label.setBuddy(self.test_title)
        header.addRow(title_label, title_row)
        header.addRow(self.tr("Instructions"), self.instructions)

        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Questions"))
        self.questions.setWordWrap(True)
        self.questions.setSpacing(3)
        self.questions.setAlternatingRowColors(True)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add question"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        add_menu = QMenu(self.add_button)
        for kind, _label in KINDS:
            action = add_menu.addAction(kind_label(kind))
            action.triggered.connect(lambda _checked=False, k=kind: self.add_question(k))
        self.add_button.setMenu(add_menu)
        self.add_button.clicked.connect(lambda: self.add_question("single"))
        self.add_button.setToolTip(self.tr("Add a question (Ctrl+Shift+N)"))
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen question"))
        self.up_button = QToolButton()
        self.up_button.setText("▲")
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.setAccessibleName(self.tr("Move the question up"))
        self.down_button = QToolButton()
        self.down_button.setText("▼")
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.setAccessibleName(self.tr("Move the question down"))
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        questions_label = QLabel("<b>" + self.tr("Questions") + "</b>")
        questions_label.setBuddy(self.questions)
        left_layout.addWidget(questions_label)
        left_layout.addWidget(self.questions, 1)
        left_layout.addLayout(list_buttons)

        self.editor = QuestionEditor()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.editor_title = QLabel("<b>" + self.tr("Question") + "</b>")
        middle_layout.addWidget(self.editor_title)
        middle_layout.addWidget(self.editor, 1)

        self.preview = TestPreview()
        self.show_answers = QCheckBox(self.tr("Show the scored answers"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        preview_title = QHBoxLayout()
        preview_title.addWidget(QLabel("<b>" + self.tr("As a worker sees it") + "</b>"))
        preview_title.addStretch()
        preview_title.addWidget(self.show_answers)
        right_layout.addLayout(preview_title)
        right_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for part in (left, middle, right):
            self.splitter.addWidget(part)
        self.splitter.setSizes([230, 520, 420])
        self.splitter.setChildrenCollapsible(False)

        self.scoring = self._build_scoring()
        self.messages = QLabel()
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.RichText)
        self.messages.setAccessibleName(self.tr("Problems and warnings"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import XML…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setToolTip(self.tr("Open a QuestionForm test (and its AnswerKey) "
                                              "from files"))
        self.export_button = self.buttons.addButton(self.tr("Export XML…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setToolTip(self.tr("Save the test (and its AnswerKey) as "
                                              "QuestionForm XML files"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo adding, removing or moving questions and "
                                            "choices (Ctrl+Z)"))
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.import_files)
        self.export_button.clicked.connect(self.export_files)
        self.undo_button.clicked.connect(self.undo)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.scoring)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)

        self.test_title.textChanged.connect(self._header_edited)
        self.instructions.textChanged.connect(self._header_edited)
        self.duration.valueChanged.connect(self._header_edited)
        self.questions.currentRowChanged.connect(self._question_chosen)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.editor.changed.connect(self._question_edited)
        self.editor.reshaped.connect(self._remember)
        self.show_answers.toggled.connect(self._refresh_preview)
        for keys, slot in (("Ctrl+Z", self.undo), ("Ctrl+Shift+Z", self.redo),
                           ("Ctrl+Y", self.redo), ("Ctrl+Shift+N", self.add_question),
                           ("Alt+Up", lambda: self.move_question(-1)),
                           ("Alt+Down", lambda: self.move_question(1)),
                           ("Ctrl+Return", self.save)):
            QShortcut(QKeySequence(keys), self, slot)
        self._show_draft(select=0)

    # -- scoring ----------------------------------------------------------------------------

    def _build_scoring(self) -> QGroupBox:
        group = QGroupBox(self.tr("Score"))
        self.mapping = QComboBox()
        for value, label in MAPPINGS:
            self.mapping.addItem(QCoreApplication.translate("TestEditorDialog", str(label)),
                                 value)
        self.mapping.setToolTip(self.tr("How a worker's points become their qualification "
                                        "value"))
        self.multiplier = QDoubleSpinBox()
        self.multiplier.setRange(0.01, 1000)
        self.multiplier.setDecimals(2)
        self.multiplier.setPrefix("× ")
        self.multiplier.setAccessibleName(self.tr("Multiplier"))
        self.ranges = QTableWidget(0, 3)
        self.ranges.setHorizontalHeaderLabels([self.tr("From points"), self.tr("To points"),
                                               self.tr("Value")])
        self.ranges.setAccessibleName(self.tr("Ranges of points"))
        self.ranges.verticalHeader().setVisible(False)
        self.ranges.setMaximumHeight(96)
        self.add_range = QPushButton(self.tr("Add range"))
        self.remove_range = QPushButton(self.tr("Remove range"))
        self.out_of_range = QSpinBox()
        self.out_of_range.setRange(-2_147_483_648, 2_147_483_647)
        self.maximum = QLabel()
        self.automatic = QRadioButton(self.tr("The marketplace scores each test at once and "
                                              "grants the value (the answer key is sent)"))
        self.by_hand = QRadioButton(self.tr("I review each request; the key stays here and "
                                            "suggests a score"))
        choice = QButtonGroup(group)
        choice.addButton(self.automatic)
        choice.addButton(self.by_hand)
        row = QHBoxLayout()
        value_label = QLabel(self.tr("Value"))
        value_label.setBuddy(self.mapping)
        row.addWidget(value_label)
        row.addWidget(self.mapping)
        row.addWidget(self.multiplier)
        row.addWidget(self.maximum)
        row.addStretch()
        self.range_box = QWidget()
        range_layout = QHBoxLayout(self.range_box)
        range_layout.setContentsMargins(0, 0, 0, 0)
        range_layout.addWidget(self.ranges, 1)
        range_buttons = QVBoxLayout()
        range_buttons.addWidget(self.add_range)
        range_buttons.addWidget(self.remove_range)
        other_label = QLabel(self.tr("Any other total:"))
        other_label.setBuddy(self.out_of_range)
        range_buttons.addWidget(other_label)
        range_buttons.addWidget(self.out_of_range)
        range_buttons.addStretch()
        range_layout.addLayout(range_buttons)
        layout = QVBoxLayout(group)
        layout.addLayout(row)
        layout.addWidget(self.range_box)
        layout.addWidget(self.automatic)
        layout.addWidget(self.by_hand)
        self.mapping.currentIndexChanged.connect(self._scoring_edited)
        self.multiplier.valueChanged.connect(self._scoring_edited)
        self.out_of_range.valueChanged.connect(self._scoring_edited)
        self.automatic.toggled.connect(self._scoring_edited)
        self.ranges.itemChanged.connect(self._scoring_edited)
        self.add_range.clicked.connect(self._add_range)
        self.remove_range.clicked.connect(self._remove_range)
        return group

    def _add_range(self) -> None:
        self._remember()
        top = max((hi for _lo, hi, _v in self.draft.ranges), default=-1)
        self.draft.ranges.append((top + 1, top + 10, 0))
        self._show_draft()

    def _remove_range(self) -> None:
        row = self.ranges.currentRow()
        if 0 <= row < len(self.draft.ranges):
            self._remember()
            del self.draft.ranges[row]
            self._show_draft()

    def _scoring_edited(self) -> None:
        if self._filling:
            return
        draft = self.draft
        draft.mapping = self.mapping.currentData()
        draft.multiplier = self.multiplier.value()
        draft.out_of_range = self.out_of_range.value()
        draft.score_automatically = self.automatic.isChecked()
        ranges = []
        for row in range(self.ranges.rowCount()):
            cells = [self.ranges.item(row, c) for c in range(3)]
            try:
                low, high, value = (int(c.text()) if c is not None else 0 for c in cells)
            except ValueError:
                low, high, value = draft.ranges[row] if row < len(draft.ranges) else (0, 0, 0)
            ranges.append((low, high, value))
        draft.ranges = ranges
        self._show_scoring_parts()
        self._refresh()

    def _show_scoring_parts(self) -> None:
        mapping = self.draft.mapping
        self.multiplier.setVisible(mapping == "scale")
        self.range_box.setVisible(mapping == "ranges")
        maximum = self.draft.maximum()
        self.maximum.setText(english_plural(self.tr("A perfect test earns %n point(s)", "",
                                                    maximum), maximum))

    # -- showing the draft ------------------------------------------------------------------

    def _show_draft(self, select: int | None = None) -> None:
        """Show every part of the draft (after undo, import, or a structural change)."""
        self._filling = True
        try:
            draft = self.draft
            self.test_title.setText(draft.title)
            if self.instructions.toPlainText() != draft.instructions:
                self.instructions.setPlainText(draft.instructions)
            self.duration.setValue(max(1, draft.duration_s // 60))
            current = self.questions.currentRow() if select is None else select
            self.questions.clear()
            for question in draft.questions:
                self.questions.addItem(QListWidgetItem(self._label(question)))
            current = min(max(current, 0), len(draft.questions) - 1)
            self.questions.setCurrentRow(current)
            self.editor.show_question(draft.questions[current] if draft.questions else None)
            self.mapping.setCurrentIndex(self.mapping.findData(draft.mapping))
            self.multiplier.setValue(draft.multiplier)
            self.out_of_range.setValue(draft.out_of_range)
            self.ranges.setRowCount(len(draft.ranges))
            for row, values in enumerate(draft.ranges):
                for column, value in enumerate(values):
                    self.ranges.setItem(row, column, QTableWidgetItem(str(value)))
            (self.automatic if draft.score_automatically else self.by_hand).setChecked(True)
        finally:
            self._filling = False
        self._show_scoring_parts()
        self._refresh()

    def _label(self, question: DraftQuestion) -> str:
        number = self.draft.questions.index(question) + 1
        text = " ".join(question.text.split()) or self.tr("(no text yet)")
        kind = kind_label(question.kind).lower()
        short = text if len(text) <= 60 else text[:59] + "…"
        return f"{number}. {question.identifier} — {kind}\n{short}"

    def _refresh(self) -> None:
        self._refresh_preview()
        check = check_draft(self.draft)
        lines = [f"<div style='color:#b3261e'>✖ {html.escape(p)}</div>" for p in check.problems]
        lines += [f"<div style='color:#8a5300'>⚠ {html.escape(w)}</div>" for w in check.warnings]
        if not lines:
            lines = ["<div style='color:#1b7f3b'>✔ " + html.escape(self.tr(
                "The test and its answer key are valid for MTurk.")) + "</div>"]
        self.messages.setText("".join(lines[:8]))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not check.problems)
        self.undo_button.setEnabled(bool(self._undo))
        self.remove_button.setEnabled(len(self.draft.questions) > 1)

    def _refresh_preview(self) -> None:
        answers: dict[str, list[str]] = {}
        if self.show_answers.isChecked():
            key = to_key(self.draft)
            for scored in key.questions if key is not None else ():
                best = max(scored.options, key=lambda o: o.score)
                answers[scored.question_id] = list(best.selections)
        self.preview.show_test(to_test(self.draft), duration_s=self.draft.duration_s,
                               answers=answers)

    # -- editing ----------------------------------------------------------------------------

    def _remember(self) -> None:
        """Keep the draft as it is now, for Ctrl+Z."""
        self._undo.append(copy.deepcopy(self.draft))
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self.undo_button.setEnabled(True)

    def undo(self) -> None:
        if not self._undo:
            return
        self._redo.append(copy.deepcopy(self.draft))
        self.draft = self._undo.pop()
        self._show_draft()

    def redo(self) -> None:
        if not self._redo:
            return
        self._undo.append(copy.deepcopy(self.draft))
        self.draft = self._redo.pop()
        self._show_draft()

    def _header_edited(self) -> None:
        if self._filling:
            return
        self.draft.title = self.test_title.text()
        self.draft.instructions = self.instructions.toPlainText()
        self.draft.duration_s = self.duration.value() * 60
        self._refresh()

    def _question_chosen(self, row: int) -> None:
        if self._filling:
            return
        if 0 <= row < len(self.draft.questions):
            self.editor.show_question(self.draft.questions[row])
            self.editor_title.setText("<b>" + html.escape(self.tr("Question {number}").format(
                number=row + 1)) + "</b>")

    def _question_edited(self) -> None:
        row = self.questions.currentRow()
        if 0 <= row < len(self.draft.questions):
            item = self.questions.item(row)
            if item is not None:
                item.setText(self._label(self.draft.questions[row]))
        self._show_scoring_parts()
        self._refresh()

    def add_question(self, kind: str = "single") -> None:
        self._remember()
        question = new_question(self.draft, kind)  # type: ignore[arg-type]
        row = self.questions.currentRow() + 1
        self.draft.questions.insert(row, question)
        self._show_draft(select=row)
        self.editor.text.setFocus()

    def remove_question(self) -> None:
        row = self.questions.currentRow()
        if len(self.draft.questions) <= 1 or not 0 <= row < len(self.draft.questions):
            return
        self._remember()
        del self.draft.questions[row]
        self._show_draft(select=min(row, len(self.draft.questions) - 1))

    def move_question(self, step: int) -> None:
        row = self.questions.currentRow()
        target = row + step
        if not (0 <= row < len(self.draft.questions) and 0 <= target < len(self.draft.questions)):
            return
        self._remember()
        questions = self.draft.questions
        questions[row], questions[target] = questions[target], questions[row]
        self._show_draft(select=target)

    # -- files and saving -------------------------------------------------------------------

    def load_xml(self, test_xml: str, key_xml: str | None) -> list[str]:
        """Replace the draft with a test (and key) read from XML; returns what was simplified."""
        test = parse_question_form(test_xml)
        key = parse_answer_key(key_xml) if key_xml else None
        self._remember()
        duration = self.draft.duration_s
        automatic = self.draft.score_automatically
        self.draft, lost = from_xml(test, key)
        self.draft.duration_s = duration
        self.draft.score_automatically = automatic
        self._show_draft(select=0)
        return lost

    def import_files(self) -> None:
        xml_files = self.tr("XML files (*.xml);;All files (*)")
        path, _ = file_dialogs.open_file_name(self, self.tr("Open a QuestionForm test"), "",
                                              xml_files)
        if not path:
            return
        key_path, _ = file_dialogs.open_file_name(
            self, self.tr("Open its AnswerKey (Cancel if it has none)"), str(Path(path).parent),
            xml_files)
        try:
            test_xml = Path(path).read_text(encoding="utf-8-sig")
            key_xml = Path(key_path).read_text(encoding="utf-8-sig") if key_path else None
            lost = self.load_xml(test_xml, key_xml)
        except (OSError, UnicodeDecodeError, TestFormatError, AnswerKeyError) as exc:
            QMessageBox.warning(self, self.tr("Import XML"),
                                self.tr("The file cannot be used: {error}").format(error=exc))
            return
        if lost:
            QMessageBox.information(self, self.tr("Import XML"),
                                    self.tr("Imported, with changes:") + "\n• "
                                    + "\n• ".join(lost))

    def export_files(self) -> None:
        try:
            test_xml, key_xml = build(self.draft)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Export XML"), str(exc))
            return
        path, _ = file_dialogs.save_file_name(self, self.tr("Save the test as QuestionForm XML"),
                                              "qualification_test.xml",
                                              self.tr("XML files (*.xml)"))
        if not path:
            return
        try:
            Path(path).write_text(test_xml, encoding="utf-8")
            if key_xml:
                key_path = Path(path).with_name(Path(path).stem + "_answerkey.xml")
                key_path.write_text(key_xml, encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export XML"),
                                self.tr("Could not write the file: {error}").format(error=exc))

    def save(self) -> None:
        try:
            self.result_xml = build(self.draft)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Test"), str(exc))
            return
        self.accept()
