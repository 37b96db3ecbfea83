"""A message to selected workers, and one worker's history of assignments with you."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.models.tables import AssignmentTableModel
from workbench.views.review.dialogs import ERROR_STYLE, NOTE_STYLE, _label
from workbench.views.widgets.table_view import DataTableView

MAX_SUBJECT = 200
MAX_MESSAGE = 4096
CHUNK = 100


class MessageDialog(QDialog):
    """Subject and message to some workers; sent in chunks of 100, as MTurk requires."""

    def __init__(self, worker_ids: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker_ids = list(worker_ids)
        self.setWindowTitle("Message workers")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        count = len(self.worker_ids)
        shown = ", ".join(self.worker_ids[:5]) + (" …" if count > 5 else "")
        chunks = (count + CHUNK - 1) // CHUNK
        layout.addWidget(_label(f"To {count:,} worker(s): {shown}"))
        if chunks > 1:
            layout.addWidget(_label(f"Sent as {chunks} messages of at most {CHUNK} workers "
                                    "each; whoever cannot be reached is listed afterwards.",
                                    NOTE_STYLE))
        form = QFormLayout()
        self.subject = QLineEdit()
        self.subject.setAccessibleName("Subject")
        self.subject.setMaxLength(MAX_SUBJECT + 50)  # over the limit is said, not cut
        self.message = QPlainTextEdit()
        self.message.setAccessibleName("Message")
        self.message.setTabChangesFocus(True)
        form.addRow("Subject", self.subject)
        form.addRow("Message", self.message)
        layout.addLayout(form)
        self.counts = _label("", NOTE_STYLE)
        layout.addWidget(self.counts)
        self.problem = _label("", ERROR_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton("Queue message", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.subject.textChanged.connect(self._validate)
        self.message.textChanged.connect(self._validate)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self._accept)
        self._validate()

    def subject_text(self) -> str:
        return self.subject.text().strip()

    def message_text(self) -> str:
        return self.message.toPlainText().strip()

    def problem_text(self) -> str:
        if not self.worker_ids:
            return "Select the workers to write to first."
        if not self.subject_text():
            return "Write a subject."
        if len(self.subject_text()) > MAX_SUBJECT:
            return f"The subject is limited to {MAX_SUBJECT} characters."
        if not self.message_text():
            return "Write a message."
        if len(self.message_text()) > MAX_MESSAGE:
            return f"The message is limited to {MAX_MESSAGE:,} characters."
        return ""

    def _validate(self) -> None:
        self.counts.setText(f"Subject {len(self.subject_text())}/{MAX_SUBJECT} · message "
                            f"{len(self.message_text()):,}/{MAX_MESSAGE:,} characters")
        problem = self.problem_text()
        self.problem.setText(problem)
        self.confirm.setEnabled(not problem)

    def _accept(self) -> None:
        if not self.problem_text():
            self.accept()


class HistoryDialog(QDialog):
    """Every assignment a worker did for the account, newest first, with their record."""

    def __init__(self, model: AssignmentTableModel, account_id: int, worker_id: str,
                 record_lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History of {worker_id}")
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        title = QLabel(worker_id)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(_label(" · ".join(record_lines), NOTE_STYLE))
        # The model outlives the dialog (the page owns it): its loads may still be under way.
        self.model = model
        self.table = DataTableView("worker_history")
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.model.loaded.connect(lambda n: self.count.setText(f"{n:,} assignment(s)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.model.set_request(self.model.request.with_filter(account_id=account_id,
                                                              worker=worker_id))
