"""One question of a test being edited: its text, its choices, and the points they earn."""

from __future__ import annotations

import string

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.formats.qualification_tests import QuestionKind
from workbench.services.qualification_drafts import DraftChoice, DraftQuestion

KINDS: list[tuple[QuestionKind, str]] = [
    ("single", str(QT_TRANSLATE_NOOP("QuestionEditor", "One choice"))),
    ("multiple", str(QT_TRANSLATE_NOOP("QuestionEditor", "Several choices"))),
    ("free_text", str(QT_TRANSLATE_NOOP("QuestionEditor", "Free text")))]
POINTS_RANGE = (-1000, 1000)
ID_COLUMN, TEXT_COLUMN, SCORE_COLUMN = 0, 1, 2


def kind_label(kind: str) -> str:
    """A question kind's name in the user's language."""
    label = dict(KINDS).get(kind)  # type: ignore[call-overload]
    return QCoreApplication.translate("QuestionEditor", label) if label else kind


def _points_box(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(*POINTS_RANGE)
    box.setValue(value)
    box.setFrame(False)
    box.setAccessibleName(QCoreApplication.translate("QuestionEditor", "Points"))
    return box


class QuestionEditor(QWidget):
    """Edits a DraftQuestion in place: ``changed`` after any edit, ``reshaped`` before some."""

    changed = Signal()
    reshaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question: DraftQuestion | None = None
        self._filling = False
        self.identifier = QLineEdit()
        self.identifier.setMaxLength(255)
        self.identifier.setToolTip(self.tr("How the answers name this question "
                                           "(QuestionIdentifier); letters, digits, - and _ are "
                                           "safest"))
        self.identifier.setAccessibleName(self.tr("Question id"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of question"))
        for kind, _label in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.required = QCheckBox(self.tr("Required"))
        self.required.setToolTip(self.tr("Workers cannot hand in the test without answering it"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("The question, as workers read it"))
        self.text.setAccessibleName(self.tr("Question text"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.html = QCheckBox(self.tr("HTML"))
        self.html.setToolTip(self.tr("The text is HTML (FormattedContent): bold, lists, links"))
        self.choices = QTableWidget(0, 3)
        self.choices.setHorizontalHeaderLabels([self.tr("Id"), self.tr("Choice"),
                                                self.tr("Points")])
        self.choices.verticalHeader().setVisible(False)
        self.choices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.choices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.choices.horizontalHeader()
        header.setSectionResizeMode(ID_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SCORE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.choices.setAccessibleName(self.tr("Choices"))
        self.add_choice = QPushButton(self.tr("Add choice"))
        self.remove_choice = QPushButton(self.tr("Remove choice"))
        self.points = QSpinBox()
        self.points.setRange(*POINTS_RANGE)
        self.points.setToolTip(self.tr("Earned by picking exactly the correct choices"))
        self.partial = QCheckBox(self.tr("Partial credit for picking some of them (and no wrong "
                                         "one)"))
        self.default_score = QSpinBox()
        self.default_score.setRange(*POINTS_RANGE)
        self.default_score.setToolTip(self.tr("Earned by any answer not listed (negative to "
                                              "penalise guessing)"))
        self.free_note = QLabel(self.tr("An answer key cannot score free text: you read these "
                                        "answers when you review requests."))
        self.free_note.setWordWrap(True)
        self.free_note.setStyleSheet("color: palette(mid);")

        top = QHBoxLayout()
        id_label = QLabel(self.tr("Id"))
        id_label.setBuddy(self.identifier)
        top.addWidget(id_label)
        top.addWidget(self.identifier, 1)
        top.addWidget(self.kind)
        top.addWidget(self.required)
        text_row = QHBoxLayout()
        text_row.addWidget(self.text, 1)
        text_row.addWidget(self.html, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_choice)
        buttons.addWidget(self.remove_choice)
        buttons.addStretch()
        self.scoring = QFormLayout()
        self.points_row = QWidget()
        points_layout = QHBoxLayout(self.points_row)
        points_layout.setContentsMargins(0, 0, 0, 0)
        points_layout.addWidget(self.points)
        points_layout.addWidget(self.partial, 1)
        self.scoring.addRow(self.tr("Correct choices earn"), self.points_row)
        self.default_score.setMaximumWidth(110)
        self.points.setMaximumWidth(110)
        self.scoring.addRow(self.tr("Any other answer earns"), self.default_score)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(text_row)
        self.choice_box = QWidget()
        choice_layout = QVBoxLayout(self.choice_box)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(self.choices, 1)
        choice_layout.addLayout(buttons)
        choice_layout.addLayout(self.scoring)
        layout.addWidget(self.choice_box, 1)
        layout.addWidget(self.free_note)
        layout.addStretch(0)  # takes the room the choices leave when a question has none

        self.identifier.textEdited.connect(self._identifier_edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.required.toggled.connect(self._flag_edited)
        self.html.toggled.connect(self._flag_edited)
        self.text.textChanged.connect(self._text_edited)
        self.choices.itemChanged.connect(self._choice_edited)
        self.add_choice.clicked.connect(self.add)
        self.remove_choice.clicked.connect(self.remove_selected)
        self.points.valueChanged.connect(self._points_edited)
        self.partial.toggled.connect(self._points_edited)
        self.default_score.valueChanged.connect(self._points_edited)
        self.setEnabled(False)

    # -- showing ----------------------------------------------------------------------------

    def show_question(self, question: DraftQuestion | None) -> None:
        """Edit this question (the editor writes into it)."""
        self.question = question
        self._filling = True
        try:
            self.setEnabled(question is not None)
            if question is None:
                self.identifier.clear()
                self.text.clear()
                self.choices.setRowCount(0)
                return
            self.identifier.setText(question.identifier)
            self.kind.setCurrentIndex(self.kind.findData(question.kind))
            self.required.setChecked(question.required)
            self.html.setChecked(question.formatted)
            if self.text.toPlainText() != question.text:
                self.text.setPlainText(question.text)
            self.points.setValue(question.points)
            self.partial.setChecked(question.partial)
            self.default_score.setValue(question.default_score)
            self._fill_choices()
        finally:
            self._filling = False

    def _fill_choices(self) -> None:
        question = self.question
        assert question is not None
        multiple = question.kind == "multiple"
        self.choices.setHorizontalHeaderLabels(
            [self.tr("Id"), self.tr("Choice"), self.tr("Correct") if multiple
             else self.tr("Points")])
        self.choices.setRowCount(len(question.choices))
        for row, choice in enumerate(question.choices):
            self.choices.setItem(row, ID_COLUMN, QTableWidgetItem(choice.identifier))
            self.choices.setItem(row, TEXT_COLUMN, QTableWidgetItem(choice.text))
            old = self.choices.cellWidget(row, SCORE_COLUMN)
            if old is not None:
                old.hide()  # deleted later; it must not show meanwhile
                self.choices.removeCellWidget(row, SCORE_COLUMN)
            if multiple:
                mark = QTableWidgetItem()
                mark.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                mark.setCheckState(Qt.CheckState.Checked if choice.correct
                                   else Qt.CheckState.Unchecked)
                self.choices.setItem(row, SCORE_COLUMN, mark)
            else:
                self.choices.setItem(row, SCORE_COLUMN, QTableWidgetItem())
                box = _points_box(choice.points)
                box.valueChanged.connect(lambda value, r=row: self._choice_points(r, value))
                self.choices.setCellWidget(row, SCORE_COLUMN, box)
        free = question.kind == "free_text"
        self.choice_box.setVisible(not free)
        self.free_note.setVisible(free)
        self.points_row.setVisible(multiple)
        self.scoring.setRowVisible(self.points_row, multiple)

    # -- editing ----------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _identifier_edited(self, text: str) -> None:
        if self.question is not None:
            self.question.identifier = text
            self._edited()

    def _text_edited(self) -> None:
        if self.question is not None and not self._filling:
            self.question.text = self.text.toPlainText()
            self._edited()

    def _flag_edited(self) -> None:
        if self.question is not None and not self._filling:
            self.question.required = self.required.isChecked()
            self.question.formatted = self.html.isChecked()
            self._edited()

    def _kind_changed(self) -> None:
        if self.question is None or self._filling:
            return
        self.reshaped.emit()
        kind = self.kind.currentData()
        question = self.question
        question.kind = kind
        if kind != "free_text" and not question.choices:
            question.choices = [DraftChoice("a", "", 10, True), DraftChoice("b", "")]
        if kind == "multiple" and not any(c.correct for c in question.choices):
            for choice in question.choices:
                choice.correct = choice.points > 0
        self._filling = True
        try:
            self._fill_choices()
        finally:
            self._filling = False
        self._edited()

    def _choice_edited(self, item: QTableWidgetItem) -> None:
        if self.question is None or self._filling:
            return
        row = item.row()
        if not 0 <= row < len(self.question.choices):
            return
        choice = self.question.choices[row]
        if item.column() == ID_COLUMN:
            choice.identifier = item.text()
        elif item.column() == TEXT_COLUMN:
            choice.text = item.text()
        elif item.column() == SCORE_COLUMN and self.question.kind == "multiple":
            choice.correct = item.checkState() == Qt.CheckState.Checked
        self._edited()

    def _choice_points(self, row: int, value: int) -> None:
        if self.question is not None and 0 <= row < len(self.question.choices):
            self.question.choices[row].points = value
            self._edited()

    def _points_edited(self) -> None:
        if self.question is None or self._filling:
            return
        self.question.points = self.points.value()
        self.question.partial = self.partial.isChecked()
        self.question.default_score = self.default_score.value()
        self._edited()

    def add(self) -> None:
        """Add a choice with the next free letter as its id, and start editing its text."""
        if self.question is None:
            return
        self.reshaped.emit()
        taken = {c.identifier for c in self.question.choices}
        free = next((letter for letter in string.ascii_lowercase if letter not in taken),
                    f"c{len(taken) + 1}")
        self.question.choices.append(DraftChoice(free, ""))
        self._filling = True
        try:
            self._fill_choices()
        finally:
            self._filling = False
        row = len(self.question.choices) - 1
        self.choices.setCurrentCell(row, TEXT_COLUMN)
        item = self.choices.item(row, TEXT_COLUMN)
        if item is not None:
            self.choices.editItem(item)
        self._edited()

    def remove_selected(self) -> None:
        if self.question is None:
            return
        row = self.choices.currentRow()
        if not 0 <= row < len(self.question.choices):
            return
        self.reshaped.emit()
        del self.question.choices[row]
        self._filling = True
        try:
            self._fill_choices()
        finally:
            self._filling = False
        self._edited()
