"""Dialogs for the actions on selected HITs: extend the expiration, add assignments."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class ExtendDialog(QDialog):
    """How much longer the selected HITs stay available to workers."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Extend HITs")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Keep {count} HIT(s) available for longer. The new time is "
                                "counted from now, or from the current expiration if that is "
                                "later."))
        form = QFormLayout()
        self.amount = QSpinBox()
        self.amount.setRange(1, 365)
        self.amount.setValue(3)
        self.unit = QComboBox()
        self.unit.addItems(["days", "hours"])
        form.addRow("Extend by", self.amount)
        form.addRow("", self.unit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def delta(self) -> timedelta:
        amount = self.amount.value()
        return timedelta(days=amount) if self.unit.currentText() == "days" else timedelta(
            hours=amount)


class AddAssignmentsDialog(QDialog):
    """How many more assignments each selected HIT asks for."""

    def __init__(self, count: int, smallest: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add assignments")
        layout = QVBoxLayout(self)
        text = f"Ask for more assignments on {count} HIT(s)."
        if smallest < 10:
            text += (f" MTurk does not let a HIT made with fewer than 10 assignments reach 10 "
                     f"or more, so at most {9 - smallest} can be added here.")
        note = QLabel(text)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.number = QSpinBox()
        self.number.setRange(1, max(1, 9 - smallest) if smallest < 10 else 1000)
        form.addRow("Assignments to add per HIT", self.number)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            smallest >= 10 or smallest < 9)
        layout.addWidget(buttons)
