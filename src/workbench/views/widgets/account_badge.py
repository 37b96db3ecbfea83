"""The coloured badge that says which marketplace an account spends money on (if any)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

# kind: (badge text, colour, tooltip); texts translated at use (context "AccountBadge").
BADGES = {
    "local": (QT_TRANSLATE_NOOP("AccountBadge", "LOCAL"), "#1b7f3b",
              QT_TRANSLATE_NOOP("AccountBadge", "Your own local marketplace: no MTurk, no AWS")),
    "mturk-sandbox": (QT_TRANSLATE_NOOP("AccountBadge", "SANDBOX"), "#1565c0",
                      QT_TRANSLATE_NOOP("AccountBadge",
                                        "MTurk's sandbox: a rehearsal, no real money")),
    "endpoint": (QT_TRANSLATE_NOOP("AccountBadge", "ENDPOINT"), "#6a1b9a",
                 QT_TRANSLATE_NOOP("AccountBadge", "A custom endpoint speaking MTurk's API")),
    "mturk": (QT_TRANSLATE_NOOP("AccountBadge", "LIVE MONEY"), "#b3261e",
              QT_TRANSLATE_NOOP("AccountBadge", "MTurk production: every approval and bonus "
                                                "is paid in real money")),
    # History, not money: a sober grey-brown that no one takes for the red of live money.
    "mturk-archive": (QT_TRANSLATE_NOOP("AccountBadge", "ARCHIVE"), "#6d5d4b",
                      QT_TRANSLATE_NOOP("AccountBadge", "An archive of work done on MTurk, "
                                                        "imported from its files: history. MTurk "
                                                        "closed on 2026-09-30; nothing is paid "
                                                        "or sent from here.")),
    # Real money, as LIVE MONEY, in Prolific's own dark blue-violet: not MTurk's red.
    "prolific": (QT_TRANSLATE_NOOP("AccountBadge", "PROLIFIC"), "#3b2a8f",
                 QT_TRANSLATE_NOOP("AccountBadge", "Prolific: participants are paid in real "
                                                   "money from your Prolific workspace")),
}

# The kinds of account as lists and menus name them (AccountInfo.kind_label, translated).
KIND_LABELS = {
    "local": QT_TRANSLATE_NOOP("AccountKind", "Local marketplace"),
    "mturk-sandbox": QT_TRANSLATE_NOOP("AccountKind", "MTurk sandbox"),
    "mturk": QT_TRANSLATE_NOOP("AccountKind", "MTurk (real money)"),
    "endpoint": QT_TRANSLATE_NOOP("AccountKind", "Custom endpoint"),
    "mturk-archive": QT_TRANSLATE_NOOP("AccountKind", "MTurk archive (history)"),
    "prolific": QT_TRANSLATE_NOOP("AccountKind", "Prolific (real money)"),
}


def kind_label(kind: str) -> str:
    """An account kind ("mturk-sandbox") in words, in the user's language."""
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("AccountKind", str(label)) if label else kind


class AccountBadge(QLabel):
    """LOCAL / SANDBOX / ENDPOINT / LIVE MONEY / ARCHIVE / PROLIFIC, in colours that cannot be
    confused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(90)
        self.kind = ""
        self.set_kind("local")

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        text, colour, tip = BADGES.get(kind, BADGES["endpoint"])
        shown = QCoreApplication.translate("AccountBadge", str(text))
        self.setText(shown)
        self.setToolTip(QCoreApplication.translate("AccountBadge", str(tip)))
        self.setAccessibleName(QCoreApplication.translate(
            "AccountBadge", "Account kind: {kind}").format(kind=shown.lower()))
        self.setStyleSheet(
            f"QLabel {{ background: {colour!s}; color: white; font-weight: bold;"
            " border-radius: 4px; padding: 3px 8px; }")
