"""The status bar's view of the long task under way: what, how far, and a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from workbench.models.formatting import format_count
from workbench.models.tasks import LongTask


class TaskProgress(QWidget):
    """Shows one long task at a time; hidden when nothing runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel_button.setToolTip(self.tr("Stop the running task; what is finished is kept"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.task: LongTask | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def watch(self, task: LongTask) -> None:
        self.task = task
        self.label.setText(task.title)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        task.progressed.connect(self._progressed)
        task.ended.connect(self._ended)
        self.show()

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.label.setText(message)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.bar.setFormat(self.tr("{done} / {total}").format(
                done=format_count(done), total=format_count(total)))
        else:
            self.bar.setRange(0, 0)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))

    def _ended(self) -> None:
        self.task = None
        self.hide()
