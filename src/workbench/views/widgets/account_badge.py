"""The coloured badge that says which marketplace an account spends money on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

BADGES = {
    "local": ("LOCAL", "#1b7f3b", "Your own local marketplace: no MTurk, no AWS"),
    "mturk-sandbox": ("SANDBOX", "#1565c0", "MTurk's sandbox: a rehearsal, no real money"),
    "endpoint": ("ENDPOINT", "#6a1b9a", "A custom endpoint speaking MTurk's API"),
    "mturk": ("LIVE MONEY", "#b3261e", "MTurk production: every approval and bonus is paid "
                                       "in real money"),
}


class AccountBadge(QLabel):
    """LOCAL / SANDBOX / ENDPOINT / LIVE MONEY, in colours that cannot be confused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(90)
        self.set_kind("local")

    def set_kind(self, kind: str) -> None:
        text, colour, tip = BADGES.get(kind, BADGES["endpoint"])
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(f"Account kind: {text.lower()}")
        self.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; font-weight: bold;"
            " border-radius: 4px; padding: 3px 8px; }")
