"""Small dialogs of the Qualifications page: a score for workers, a reason, an import plan."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.models.review import english_plural
from workbench.services.worker_scores import ImportPlan

SHOWN_CHANGES = 300


def worker_ids(text: str) -> list[str]:
    """Worker ids typed or pasted: separated by spaces, commas, tabs or lines."""
    return [w for w in re.split(r"[\s,;]+", text) if w]


class ScoreDialog(QDialog):
    """Grant or change a score for one or more workers."""

    def __init__(self, name: str, workers: list[str] | None = None, value: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Score on {name}").format(name=name))
        self.workers = QPlainTextEdit("\n".join(workers or []))
        self.workers.setPlaceholderText(self.tr("Worker ids, one per line (or pasted from a "
                                                "column)"))
        self.workers.setTabChangesFocus(True)
        self.value = QSpinBox()
        self.value.setRange(-2_147_483_648, 2_147_483_647)
        self.value.setValue(value)
        self.value.setMaximumWidth(140)
        note = QLabel(self.tr("The change is queued in the Outbox and sent at the next Sync; "
                              "you can undo it until then."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Workers"), self.workers)
        form.addRow(self.tr("Score"), self.value)
        form.addRow(note)
        form.addRow(self.buttons)
        self.workers.textChanged.connect(self._update)
        self.resize(460, 320)
        self._update()
        if workers:
            self.value.setFocus()
            self.value.selectAll()

    def chosen(self) -> tuple[list[str], int]:
        return worker_ids(self.workers.toPlainText()), self.value.value()

    def _update(self) -> None:
        count = len(worker_ids(self.workers.toPlainText()))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(count > 0)
        ok.setText(english_plural(self.tr("Queue for %n worker(s)", "", count), count))


class ReasonDialog(QDialog):
    """Asks why (a revoke, a rejected request); the worker reads the reason."""

    def __init__(self, title: str, prompt: str, *, required: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("The worker sees this"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        label = QLabel(prompt)
        label.setWordWrap(True)
        label.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self.resize(440, 240)
        self._update()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()) or not self.required)
        ok.setEnabled(ok.isEnabled() and len(self.text()) <= 1024)


class ImportPlanDialog(QDialog):
    """What an edited worker CSV would change; nothing is queued until confirmed."""

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        summary = QLabel(plan.summary + ".")
        summary.setWordWrap(True)
        details = QTextBrowser()
        details.setOpenLinks(False)
        lines = []
        for planned in plan.scores[:SHOWN_CHANGES]:
            before = "—" if planned.before is None else str(planned.before)
            after = self.tr("revoked") if planned.value is None else str(planned.value)
            lines.append(f"{planned.worker_id}\t{planned.name}: {before} → {after}")
        block, unblock = self.tr("block: {reason}"), self.tr("unblock")
        lines += [f"{worker}\t" + block.format(reason=reason)
                  for worker, reason in plan.blocks[:100]]
        lines += [f"{worker}\t{unblock}" for worker in plan.unblocks[:100]]
        if len(plan.scores) > SHOWN_CHANGES:
            lines.append(self.tr("… and {count} more").format(
                count=f"{len(plan.scores) - SHOWN_CHANGES:,}"))
        details.setPlainText("\n".join(lines) or self.tr("Nothing to change."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        confirm = self.buttons.addButton(self.tr("Queue the changes"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        confirm.setEnabled(not plan.empty)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Each change goes to the Outbox; Sync sends them."))
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(details, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
