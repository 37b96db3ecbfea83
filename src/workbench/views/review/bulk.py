"""Bulk rules and gold answers: a preview of every assignment a rule picks, before queuing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.services.consensus import GoldChoice
from workbench.services.review import RulePreview
from workbench.views.review.dialogs import ERROR_STYLE, NOTE_STYLE, _FeedbackEdit, _label

PREVIEW_COLUMNS = ("Assignment", "Worker", "HIT", "Why")


class RulePreviewDialog(QDialog):
    """Every assignment a rule would decide, each with a box to leave it out."""

    def __init__(self, preview: RulePreview, reasons: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.rejecting = preview.rule.verdict == "reject"
        self.setWindowTitle(preview.rule.label)
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(preview.explanation))
        self.table = QTableWidget(len(preview.candidates), len(PREVIEW_COLUMNS))
        self.table.setHorizontalHeaderLabels(list(PREVIEW_COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column, width in enumerate((250, 140, 250)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, candidate in enumerate(preview.candidates):
            first = QTableWidgetItem(candidate.assignment_id)
            first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                           | Qt.ItemFlag.ItemIsSelectable)
            first.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, first)
            for column, text in enumerate((candidate.worker_id, candidate.hit_id,
                                           candidate.reason), start=1):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.itemChanged.connect(lambda _item: self._validate())
        layout.addWidget(self.table, 1)
        tools = QHBoxLayout()
        self.count = QLabel()
        tools.addWidget(self.count, 1)
        for label, state in (("Tick all", Qt.CheckState.Checked),
                             ("Untick all", Qt.CheckState.Unchecked)):
            button = QPushButton(label)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=state: self._tick_all(s))
            tools.addWidget(button)
        layout.addLayout(tools)
        self.feedback = _FeedbackEdit()
        self.feedback.setAccessibleName("Feedback to the workers")
        if self.rejecting:
            layout.addWidget(_label("Feedback every rejected worker sees (required):"))
            gold_reason = next((r for r in reasons if "gold" in r.lower()),
                               reasons[0] if reasons else "")
            self.feedback.setPlainText(gold_reason)
            layout.addWidget(self.feedback)
        self.feedback.setVisible(self.rejecting)
        self.feedback.textChanged.connect(self._validate)
        self.feedback.submitted.connect(self._accept)
        layout.addWidget(_label("Nothing is queued until you confirm. Queued decisions can be "
                                "undone in the Outbox until they are sent.", NOTE_STYLE))
        self.problem = _label("", ERROR_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton("Queue", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._validate()

    def _tick_all(self, state: Qt.CheckState) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                item.setCheckState(state)
        self.table.blockSignals(False)
        self._validate()

    def selected_ids(self) -> list[str]:
        """The assignments left ticked."""
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(item.text())
        return out

    def feedback_text(self) -> str:
        return self.feedback.toPlainText().strip()

    def problem_text(self) -> str:
        if not self.selected_ids():
            return "Nothing to queue." if not self.preview.candidates else \
                "Every assignment is unticked: nothing would be queued."
        if self.rejecting and not self.feedback_text():
            return "Rejections need feedback: tell the workers why."
        return ""

    def _validate(self) -> None:
        chosen = len(self.selected_ids())
        total = len(self.preview.candidates)
        verb = "rejection" if self.rejecting else "approval"
        self.count.setText(f"{chosen:,} of {total:,} ticked")
        self.confirm.setText(f"Queue {chosen:,} {verb}{'s' if chosen != 1 else ''}")
        problem = self.problem_text()
        self.problem.setText(problem)
        self.confirm.setEnabled(not problem)

    def _accept(self) -> None:
        if not self.problem_text():
            self.accept()


class GoldDialog(QDialog):
    """Which input column holds the expected answer, for which answer field."""

    def __init__(self, batch_name: str, columns: Sequence[str], fields: Sequence[str],
                 current: GoldChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Gold answers")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(
            f"Gold items in {batch_name}: rows whose input column holds the answer you "
            "expect. Workers' answers on them give their gold accuracy, and the bulk rule "
            "“Reject work that fails gold items” compares with them."))
        layout.addWidget(_label(current.describe(), NOTE_STYLE))
        form = QFormLayout()
        self.column = QComboBox()
        self.column.setAccessibleName("Input column with the expected answer")
        self.column.addItem("(no gold items)", "")
        for column in columns:
            self.column.addItem(column, column)
        self.field = QComboBox()
        self.field.setAccessibleName("Answer field it is the expected answer of")
        for name in fields:
            self.field.addItem(name, name)
        self.column.setCurrentIndex(max(0, self.column.findData(current.input_column or "")))
        if current.answer_field:
            self.field.setCurrentIndex(max(0, self.field.findData(current.answer_field)))
        form.addRow("Input column", self.column)
        form.addRow("Expected answer of", self.field)
        layout.addLayout(form)
        self.column.currentIndexChanged.connect(self._validate)
        self.problem = _label("", ERROR_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.confirm = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._validate()

    def choice(self) -> tuple[str | None, str | None]:
        column = self.column.currentData() or None
        return (column, self.field.currentData() or None) if column else (None, None)

    def _validate(self) -> None:
        needs_field = bool(self.column.currentData())
        self.field.setEnabled(needs_field)
        problem = "No answer field to compare with yet." if needs_field and \
            not self.field.count() else ""
        self.problem.setText(problem)
        self.confirm.setEnabled(not problem)
