"""The Prolific part of "Connect an account": the API token, and Test connection.

The token is typed here, checked with Prolific's ``users/me`` off the GUI thread, and kept
in an owner-only file in the config folder when the account is added (never in the store).
The account can only be added once the token answered: the workspace and balance it found
are shown, so a person sees which workspace they are about to spend from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from workbench.marketplace.prolific.client import Account as ProlificAccount
from workbench.marketplace.prolific.fees import format_amount

OK_STYLE = "color: #1b7f3b;"
ERROR_STYLE = "color: #b3261e;"


class ProlificFields(QGroupBox):
    """Token and (for a rehearsal) the API's address, with Test connection and its answer."""

    checked = Signal()

    def __init__(self, run: Callable[[Callable[[], Any], Callable[[Any], None],
                                      Callable[[BaseException], None]], None] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Prolific"))
        self._run = run
        self.found: ProlificAccount | None = None
        self._checked_for: tuple[str, str] | None = None
        self._asked = 0
        form = QFormLayout(self)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("Settings → API tokens on Prolific"))
        self.token.setAccessibleName(self.tr("Prolific API token"))
        self.api = QLineEdit()
        self.api.setPlaceholderText(self.tr("https://api.prolific.com (leave empty)"))
        self.api.setToolTip(self.tr("Only to rehearse against a stand-in such as `workbench "
                                    "prolific simulate`"))
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test)
        self.result = QLabel(self.tr("Test the token to see its workspace and balance."))
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch()
        form.addRow(self.tr("API &token"), self.token)
        form.addRow(self.tr("API address"), self.api)
        form.addRow(test_row)
        # A row of its own, two lines high: the answer (workspace and balance, or why not)
        # wraps in full (a wrapped label in a form is otherwise given one line).
        self.result.setMinimumHeight(2 * self.result.fontMetrics().lineSpacing() + 4)
        form.addRow(self.result)
        note = QLabel(self.tr("The token is kept in a file only you can read, in your "
                              "settings folder, never in the store."))
        note.setWordWrap(True)
        note.setMinimumHeight(2 * note.fontMetrics().lineSpacing() + 4)
        note.setStyleSheet("color: #5b6670;")
        form.addRow(note)
        for line in (self.token, self.api):
            line.textChanged.connect(self._edited)
        self._edited()

    def entered(self) -> tuple[str, str]:
        return self.token.text().strip(), self.api.text().strip()

    def ready(self) -> bool:
        """A connection was tested with exactly what is typed now, and it answered."""
        return self.found is not None and self._checked_for == self.entered()

    def _edited(self) -> None:
        token, api = self.entered()
        self.test_button.setEnabled(bool(token) and self._run is not None)
        if self._checked_for is not None and self._checked_for != (token, api):
            self.found = None
            self._checked_for = None
            self._say(self.tr("Test the token again: it changed."), "")
        self.checked.emit()

    def test(self) -> None:
        """Ask Prolific who the token is (off the GUI thread)."""
        from workbench.services.prolific import check_token

        token, api = self.entered()
        if not token or self._run is None:
            return
        if api and not api.startswith(("http://", "https://")):
            self._say(self.tr("The API address must start with http:// or https://."),
                      ERROR_STYLE)
            return
        self._asked += 1
        asked = self._asked
        self.test_button.setEnabled(False)
        self._say(self.tr("Asking Prolific…"), "")
        self._run(lambda: check_token(token, api or None),
                  lambda found: self._answered(asked, (token, api), found),
                  lambda error: self._failed(asked, error))

    def _answered(self, asked: int, entered: tuple[str, str], found: ProlificAccount) -> None:
        if asked != self._asked:
            return
        self.test_button.setEnabled(True)
        if entered != self.entered():
            return
        self.found, self._checked_for = found, entered
        balance = (self.tr("unknown") if found.available_balance_cents is None else
                   format_amount(found.available_balance_cents, found.currency or "GBP"))
        self._say(self.tr("Connected as {email}: workspace “{workspace}”, available balance "
                          "{balance}.").format(email=found.email or found.user_id,
                                               workspace=found.workspace_title or "—",
                                               balance=balance), OK_STYLE)
        self.checked.emit()

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self.test_button.setEnabled(True)
        self.found = None
        self._checked_for = None
        self._say(self.tr("Not connected: {error}").format(error=error), ERROR_STYLE)
        self.checked.emit()

    def _say(self, text: str, style: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(style)
        # The dialog grows with a longer answer instead of cutting it and the note below.
        window = self.window()
        if window is not self and window.isVisible():
            window.adjustSize()
