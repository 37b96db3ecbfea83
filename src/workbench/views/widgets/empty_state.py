"""What a page shows when it has nothing to show: what it is for and what to do next."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred title, an explanation, and buttons for the next step."""

    def __init__(self, title: str, body: str,
                 actions: Sequence[tuple[str, Callable[[], None]]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(body)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        # A word-wrapped label would otherwise settle on a narrow column of short lines.
        self.body.setMinimumWidth(380)
        self.body.setMaximumWidth(560)
        # Secondary but readable in every theme (theme.with_readable_placeholders).
        self.body.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.body)
        row.addStretch()
        layout.addLayout(row)
        self.buttons: list[QPushButton] = []
        if actions:
            buttons = QHBoxLayout()
            buttons.addStretch()
            for label, callback in actions:
                button = QPushButton(label)
                button.clicked.connect(callback)
                buttons.addWidget(button)
                self.buttons.append(button)
            buttons.addStretch()
            layout.addSpacing(16)
            layout.addLayout(buttons)
        layout.addStretch(3)

    def set_text(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
