"""Connecting an account: MTurk (sandbox or production), a custom endpoint, a local one, or
Prolific; and the API key of a hosted site (an endpoint account), made and rotated step by step.

Credentials never reach the store: AWS's come from the AWS credential chain or a named
profile (``~/.aws``), as boto3 finds them, and the key dialog writes the profile it names; a
Prolific API token is typed here and kept outside the store (views/dialogs/prolific_account.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.models.tasks import TaskRunner
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
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
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
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
        # Where this kind's secret lives, never in the store.
        self.intro.setText(
            self.tr("The workbench never stores the Prolific token in the store: it is kept "
                    "in a file of your settings folder that only you can read.")
            if kind == "prolific" else
            self.tr("A local account needs no key: its marketplace runs on this computer.")
            if kind == "local" else
            self.tr("The workbench never stores AWS secrets: it uses your AWS credentials "
                    "(environment or ~/.aws) or the profile you name here."))
        self.warning.setText(
            self.tr("Every approval and bonus on this account is paid in real money.")
            if kind == "mturk" else
            self.tr("A site run by workbench serve: once the account is added, you are asked "
                    "for the API key made on that server (no profile needed here).")
            if kind == "endpoint" else "")
        self.warning.setStyleSheet("color: #b3261e;" if kind == "mturk" else "")
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


class ApiKeyDialog(QDialog):
    """The API key of a hosted site, step by step: make it on the server, paste it here (it is
    checked with a signed call, then kept under the account's AWS profile), and when it
    replaces an older key, remove that one on the server and see that it is refused.

    The secrets live in the AWS credentials file and in this dialog's memory only.
    """

    key_saved = Signal(str)  # the access key id the account now signs with

    def __init__(self, wb: Workbench, account: AccountInfo, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from workbench.services.api_keys import credentials_path, current_pair, profile_for

        self.wb = wb
        self.account = account
        self.runner = runner
        self.busy = False
        self.old = current_pair(account)  # kept in memory only, to check it is refused later
        self.saved: str | None = None
        self.profile = profile_for(account.name)
        self.setWindowTitle(self.tr("API key of {account}").format(account=account.name))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "{account} signs every call to {url} with an API key made on that server. The key "
            "is kept in your AWS credentials file ({path}) under the profile {profile}, "
            "readable by you only, and never in the workbench's store.").format(
                account=account.name, url=account.endpoint_url or "",
                path=str(credentials_path()), profile=self.profile))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.now = QLabel()
        self.now.setWordWrap(True)
        self.now.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.now)

        step1 = QGroupBox(self.tr("1. On the server"))
        one = QVBoxLayout(step1)
        rotating = self.old is not None
        one.addWidget(_wrapped(self.tr(
            "Run this command on the server (with Docker, in the folder of its compose file, "
            "put docker compose exec server in front). It prints a new key; the old one keeps "
            "working until step 3.") if rotating else self.tr(
            "Run this command on the server (with Docker, in the folder of its compose file, "
            "put docker compose exec server in front). It prints a new key.")))
        self.command = _command_line(
            f"workbench serve-keys rotate {self.old.access_key_id}" if self.old is not None
            else "workbench serve-keys create")
        self.copy_command = QPushButton(self.tr("Copy command"))
        self.copy_command.clicked.connect(lambda: self._copy(self.command.text()))
        one.addLayout(_row(self.command, self.copy_command))
        layout.addWidget(step1)

        step2 = QGroupBox(self.tr("2. Paste the new key here"))
        two = QFormLayout(step2)
        self.access = QLineEdit()
        self.access.setAccessibleName(self.tr("Access key id"))
        self.access.setPlaceholderText("AKWB…")
        self.secret = QLineEdit()
        self.secret.setAccessibleName(self.tr("Secret access key"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.paste_button = QPushButton(self.tr("Paste what the command printed"))
        self.paste_button.setToolTip(self.tr("Fill both fields from the two lines the command "
                                             "printed, copied to the clipboard"))
        self.paste_button.clicked.connect(self.paste)
        self.save_button = QPushButton(self.tr("Check and save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.check_and_save)
        two.addRow(self.tr("Access key id:"), _row(self.access, self.paste_button))
        two.addRow(self.tr("Secret access key:"), _row(self.secret, self.save_button))
        self.save_status = _wrapped("")
        two.addRow(self.save_status)
        layout.addWidget(step2)

        self.step3 = QGroupBox(self.tr("3. Remove the old key on the server"))
        three = QVBoxLayout(self.step3)
        three.addWidget(_wrapped(self.tr(
            "The account uses the new key now. End the old one on the server, then check "
            "that the server refuses it.")))
        self.remove_command = _command_line(
            f"workbench serve-keys remove {self.old.access_key_id}" if self.old else "")
        self.copy_remove = QPushButton(self.tr("Copy command"))
        self.copy_remove.clicked.connect(lambda: self._copy(self.remove_command.text()))
        three.addLayout(_row(self.remove_command, self.copy_remove))
        self.check_old_button = QPushButton(self.tr("Check that the old key is refused"))
        self.check_old_button.clicked.connect(self.check_old)
        check_row = QHBoxLayout()
        check_row.addStretch(1)
        check_row.addWidget(self.check_old_button)
        three.addLayout(check_row)
        self.old_status = _wrapped("")
        three.addWidget(self.old_status)
        self.step3.setVisible(False)
        layout.addWidget(self.step3)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_now()

    def _show_now(self) -> None:
        from workbench.services.api_keys import current_pair

        pair = current_pair(self.account)
        if pair is None:
            self.now.setText(self.tr("Now: no key yet; calls to the hosted site are refused."))
        else:
            self.now.setText(self.tr("Now: signs with the key {key}.").format(
                key=pair.access_key_id))

    def _fit(self) -> None:
        """Grow to show every step and answer (wrapped text needs more height than before)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.width())
        if height > self.height():
            self.resize(self.width(), height)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def _status(self, label: QLabel, text: str, *, error: bool = False) -> None:
        label.setText(text)
        label.setStyleSheet("QLabel { color: #b3261e; }" if error else
                            "QLabel { color: #1b7f3b; }")
        self._fit()

    def paste(self) -> None:
        from workbench.services.api_keys import parse_key_pair
        from workbench.services.workforce import WorkforceError

        try:
            pair = parse_key_pair(QGuiApplication.clipboard().text())
        except WorkforceError as exc:
            self._status(self.save_status, _sentence(str(exc)), error=True)
            return
        self.access.setText(pair.access_key_id)
        self.secret.setText(pair.secret_access_key)
        self.save_status.setText("")

    def check_and_save(self) -> None:
        """Check the pair with a signed call (off the GUI thread), then keep it."""
        if self.busy:
            return
        from workbench.services.api_keys import check_key, parse_key_pair, store_key
        from workbench.services.workforce import WorkforceError

        try:
            pair = parse_key_pair(self.access.text(), self.secret.text())
        except WorkforceError as exc:
            self._status(self.save_status, _sentence(str(exc)), error=True)
            return
        wb, account = self.wb, self.account

        def work() -> tuple[Any, Any]:
            site = check_key(account, pair)
            return site, store_key(wb, account, pair)

        def done(result: tuple[Any, Any]) -> None:
            site, stored = result
            self.saved = stored.access_key_id
            self.secret.clear()
            self._status(self.save_status, self.tr(
                "Saved: {account} now signs with {key} (profile {profile}). The hosted site "
                "answered from {url}.").format(account=account.name, key=stored.access_key_id,
                                               profile=stored.profile, url=site.url))
            self._show_now()
            self.step3.setVisible(self.old is not None
                                  and self.old.access_key_id != stored.access_key_id)
            self._fit()
            self.key_saved.emit(stored.access_key_id)

        self._run(work, done, self.save_status)

    def check_old(self) -> None:
        """Whether the server refuses the replaced key now."""
        if self.busy or self.old is None:
            return
        from workbench.services.api_keys import key_refused

        account, old = self.account, self.old

        def done(refused: bool) -> None:
            if refused:
                self._status(self.old_status, self.tr(
                    "The server refuses the old key: the rotation is complete."))
            else:
                self._status(self.old_status, self.tr(
                    "The server still accepts the old key: remove it there, then check "
                    "again."), error=True)

        self._run(lambda: key_refused(account, old), done, self.old_status)

    def _run(self, work: Any, done: Any, status: QLabel) -> None:
        self.busy = True
        for button in (self.save_button, self.check_old_button):
            button.setEnabled(False)
        status.setStyleSheet("")
        status.setText(self.tr("Asking the hosted site…"))

        def settle() -> None:
            self.busy = False
            for button in (self.save_button, self.check_old_button):
                button.setEnabled(True)

        def finished(result: Any) -> None:
            if isValid(self):
                settle()
                done(result)

        def failed(error: BaseException) -> None:
            if isValid(self):
                settle()
                self._status(status, _sentence(str(error)), error=True)

        if self.runner.run(work, on_done=finished, on_error=failed) is None:
            settle()


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _command_line(text: str) -> QLineEdit:
    line = QLineEdit(text)
    line.setReadOnly(True)
    line.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    line.setAccessibleName(QCoreApplication.translate("ApiKeyDialog", "Command"))
    return line


def _row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side, the first taking the room left."""
    row = QHBoxLayout()
    for index, widget in enumerate(widgets):
        row.addWidget(widget, 1 if index == 0 else 0)
    return row
