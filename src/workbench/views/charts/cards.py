"""The headline figures above a tab's charts: a big number with what it is and how it is made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class StatCard(QFrame):
    """One headline figure: a caption, a big value and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("stat-card")
        self.setStyleSheet("#stat-card { background: palette(base); border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: palette(mid);")
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAccessibleName(caption)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setStyleSheet("color: palette(mid);")
        for label in (self.caption, self.value, self.detail):
            layout.addWidget(label)

    def set_figure(self, value: str, detail: str = "", *, colour: str | None = None) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.detail.setText(detail)
