"""Dialogs for the actions on selected HITs: extend the expiration, add assignments."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.models.formatting import plural


class ExtendDialog(QDialog):
    """How much longer the selected HITs stay available to workers."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extend HITs"))
        layout = QVBoxLayout(self)
        note = QLabel(plural(self.tr(
            "Keep %n HIT(s) available for longer. The new time is counted from now, or from the "
            "current expiration if that is later.", "", count), count))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.amount = QSpinBox()
        self.amount.setRange(1, 365)
        self.amount.setValue(3)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("days"), "days")
        self.unit.addItem(self.tr("hours"), "hours")
        self.unit.setAccessibleName(self.tr("Unit"))
        row = QHBoxLayout()
        row.addWidget(self.amount)
        row.addWidget(self.unit)
        row.addStretch()
        form.addRow(self.tr("E&xtend by"), row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.amount)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def delta(self) -> timedelta:
        amount = self.amount.value()
        return timedelta(days=amount) if self.unit.currentData() == "days" else timedelta(
            hours=amount)


class AddAssignmentsDialog(QDialog):
    """How many more assignments each selected HIT asks for."""

    def __init__(self, count: int, smallest: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add assignments"))
        layout = QVBoxLayout(self)
        text = plural(self.tr("Ask for more assignments on %n HIT(s).", "", count), count)
        if smallest < 10:
            text += " " + self.tr("MTurk does not let a HIT made with fewer than 10 assignments "
                                  "reach 10 or more, so at most {most} can be added here.").format(
                most=9 - smallest)
        note = QLabel(text)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.number = QSpinBox()
        self.number.setRange(1, max(1, 9 - smallest) if smallest < 10 else 1000)
        form.addRow(self.tr("&Assignments to add per HIT"), self.number)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            smallest >= 10 or smallest < 9)
        layout.addWidget(buttons)
