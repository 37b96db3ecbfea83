"""Bulk rules and gold answers: a preview of every assignment a rule picks, before queuing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

from workbench.models.review import english_plural
from workbench.services.consensus import GoldChoice
from workbench.services.review import Rule, RulePreview
from workbench.views.review.dialogs import ERROR_STYLE, NOTE_STYLE, _FeedbackEdit, _label

PREVIEW_COLUMNS = (QT_TRANSLATE_NOOP("RulePreviewDialog", "Assignment"),
                   QT_TRANSLATE_NOOP("RulePreviewDialog", "Worker"),
                   QT_TRANSLATE_NOOP("RulePreviewDialog", "HIT"),
                   QT_TRANSLATE_NOOP("RulePreviewDialog", "Why"))
# The bulk rules' names (the services name them in English), translated where shown.
RULE_LABELS = {
    Rule.APPROVE_SUBMITTED: QT_TRANSLATE_NOOP("RulePreviewDialog",
                                              "Approve all submitted work in the batch"),
    Rule.APPROVE_AGREEING: QT_TRANSLATE_NOOP("RulePreviewDialog",
                                             "Approve work that agrees with the consensus"),
    Rule.REJECT_GOLD_FAILURES: QT_TRANSLATE_NOOP("RulePreviewDialog",
                                                 "Reject work that fails gold items"),
}


def rule_label(rule: Rule) -> str:
    """A bulk rule's name in the user's language."""
    label = RULE_LABELS.get(rule)
    return QCoreApplication.translate("RulePreviewDialog", str(label)) if label else rule.label


class RulePreviewDialog(QDialog):
    """Every assignment a rule would decide, each with a box to leave it out."""

    def __init__(self, preview: RulePreview, reasons: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.rejecting = preview.rule.verdict == "reject"
        self.setWindowTitle(rule_label(preview.rule))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(preview.explanation))
        self.table = QTableWidget(len(preview.candidates), len(PREVIEW_COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RulePreviewDialog", str(c)) for c in PREVIEW_COLUMNS])
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
        for label, state in ((self.tr("Tick all"), Qt.CheckState.Checked),
                             (self.tr("Untick all"), Qt.CheckState.Unchecked)):
            button = QPushButton(label)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=state: self._tick_all(s))
            tools.addWidget(button)
        layout.addLayout(tools)
        self.feedback = _FeedbackEdit()
        self.feedback.setAccessibleName(self.tr("Feedback to the workers"))
        if self.rejecting:
            feedback_label = _label(self.tr("Feedback every rejected worker sees (required):"))
            feedback_label.setBuddy(self.feedback)
            layout.addWidget(feedback_label)
            gold_reason = next((r for r in reasons if "gold" in r.lower()),
                               reasons[0] if reasons else "")
            self.feedback.setPlainText(gold_reason)
            layout.addWidget(self.feedback)
        self.feedback.setVisible(self.rejecting)
        self.feedback.textChanged.connect(self._validate)
        self.feedback.submitted.connect(self._accept)
        layout.addWidget(_label(self.tr("Nothing is queued until you confirm. Queued decisions "
                                        "can be undone in the Outbox until they are sent."),
                                NOTE_STYLE))
        self.problem = _label("", ERROR_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(self.tr("Queue"), QDialogButtonBox.ButtonRole.AcceptRole)
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
            return self.tr("Nothing to queue.") if not self.preview.candidates else \
                self.tr("Every assignment is unticked: nothing would be queued.")
        if self.rejecting and not self.feedback_text():
            return self.tr("Rejections need feedback: tell the workers why.")
        return ""

    def _validate(self) -> None:
        chosen = len(self.selected_ids())
        total = len(self.preview.candidates)
        self.count.setText(self.tr("{chosen} of {total} ticked").format(
            chosen=f"{chosen:,}", total=f"{total:,}"))
        self.confirm.setText(english_plural(
            self.tr("Queue %n rejection(s)", "", chosen) if self.rejecting
            else self.tr("Queue %n approval(s)", "", chosen), chosen))
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
        self.setWindowTitle(self.tr("Gold answers"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr(
            "Gold items in {batch}: rows whose input column holds the answer you "
            "expect. Workers' answers on them give their gold accuracy, and the bulk rule "
            "“{rule}” compares with them.").format(
                batch=batch_name, rule=rule_label(Rule.REJECT_GOLD_FAILURES))))
        layout.addWidget(_label(current.describe(), NOTE_STYLE))
        form = QFormLayout()
        self.column = QComboBox()
        self.column.setAccessibleName(self.tr("Input column with the expected answer"))
        self.column.addItem(self.tr("(no gold items)"), "")
        for column in columns:
            self.column.addItem(column, column)
        self.field = QComboBox()
        self.field.setAccessibleName(self.tr("Answer field it is the expected answer of"))
        for name in fields:
            self.field.addItem(name, name)
        self.column.setCurrentIndex(max(0, self.column.findData(current.input_column or "")))
        if current.answer_field:
            self.field.setCurrentIndex(max(0, self.field.findData(current.answer_field)))
        form.addRow(self.tr("Input column"), self.column)
        form.addRow(self.tr("Expected answer of"), self.field)
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
        problem = self.tr("No answer field to compare with yet.") if needs_field and \
            not self.field.count() else ""
        self.problem.setText(problem)
        self.confirm.setEnabled(not problem)
