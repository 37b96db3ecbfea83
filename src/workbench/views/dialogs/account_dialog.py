"""Connecting an account: MTurk (sandbox or production), a custom endpoint, a local one, Prolific.

AWS credentials never pass through this dialog: they come from the AWS credential chain or a
named profile (``~/.aws``), as boto3 finds them. A Prolific API token is typed here and kept
outside the store (views/dialogs/prolific_account.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.views.dialogs.prolific_account import ProlificFields

# (label, kind); labels translated at use (context "AccountDialog").
KINDS = [
    (QT_TRANSLATE_NOOP("AccountDialog", "MTurk sandbox (rehearsal, no real money)"),
     "mturk-sandbox"),
    (QT_TRANSLATE_NOOP("AccountDialog", "MTurk production (real money)"), "mturk"),
    (QT_TRANSLATE_NOOP("AccountDialog", "Custom endpoint (speaks MTurk's API)"), "endpoint"),
    (QT_TRANSLATE_NOOP("AccountDialog", "Local marketplace (your own workers)"), "local"),
    (QT_TRANSLATE_NOOP("AccountDialog", "Prolific (participants, real money)"), "prolific"),
]


def aws_profiles() -> list[str]:
    try:
        import boto3

        return sorted(boto3.Session().available_profiles)
    except Exception:  # an unreadable ~/.aws/config must not stop the dialog
        return []


class AccountDialog(QDialog):
    """Name, kind, endpoint and AWS profile of a new account."""

    def __init__(self, parent: QWidget | None = None, *, run: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect an account"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The workbench never stores AWS secrets: it uses your AWS "
                               "credentials (environment or ~/.aws) or the profile you name "
                               "here."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. My MTurk sandbox"))
        self.kind = QComboBox()
        for label, value in KINDS:
            self.kind.addItem(QCoreApplication.translate("AccountDialog", str(label)), value)
        self.endpoint = QLineEdit()
        self.endpoint.setPlaceholderText(self.tr("https://… (only for a custom endpoint)"))
        self.profile = QComboBox()
        self.profile.setEditable(True)
        self.profile.addItem("")
        self.profile.addItems(aws_profiles())
        self.profile.setToolTip(self.tr("Leave empty to use the default AWS credential chain"))
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Endpoint URL"), self.endpoint)
        form.addRow(self.tr("AWS &profile"), self.profile)
        layout.addLayout(form)
        # Prolific: a token checked with Test connection (``run`` runs it off the GUI thread).
        self.prolific = ProlificFields(run)
        self.prolific.checked.connect(self._validate)
        layout.addWidget(self.prolific)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.name.textChanged.connect(self._validate)
        self.endpoint.textChanged.connect(self._validate)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.endpoint.setEnabled(kind == "endpoint")
        self.profile.setEnabled(kind not in ("local", "prolific"))
        self.prolific.setVisible(kind == "prolific")
        self.warning.setText(self.tr("Every approval and bonus on this account is paid in "
                                     "real money.") if kind == "mturk" else "")
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.name.text().strip())
        if self.kind.currentData() == "endpoint":
            ok = ok and self.endpoint.text().strip().startswith(("http://", "https://"))
        if self.kind.currentData() == "prolific":
            ok = ok and self.prolific.ready()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def prolific_values(self) -> tuple[str, str | None, Any]:
        """A Prolific account's token, API address (or None) and what Test connection found."""
        token, api = self.prolific.entered()
        return token, api or None, self.prolific.found

    def values(self) -> dict[str, str | None]:
        kind = str(self.kind.currentData())
        return {
            "name": self.name.text().strip(),
            "kind": kind,
            "endpoint_url": self.endpoint.text().strip() if kind == "endpoint" else None,
            "aws_profile": (self.profile.currentText().strip() or None) if kind != "local"
            else None,
        }
