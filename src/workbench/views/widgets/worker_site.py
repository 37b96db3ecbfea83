"""The window's "Open to my workers" switch: the worker site served from the running app.

Turning it on serves what ``workbench serve`` serves (the worker site and, with the keys
file's keys, the MTurk API) for the current local account's marketplace, on every network
interface so colleagues on the same network can reach it, on a thread of this process.
Starting and stopping happen on the task runner's threads, never on the GUI thread; the
address to share is shown beside the switch. The "Invite a worker…" dialog makes sign-in
links and lists and revokes invitations, as ``workbench workers`` does.
"""

from __future__ import annotations

import asyncio
import errno
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import uvicorn
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.domain.clock import as_utc
from workbench.domain.statuses import AccountKind
from workbench.models.formatting import local_time
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import (
    MAX_DISPLAY_NAME,
    AccountInfo,
    display_name,
    list_accounts,
    set_display_name,
)
from workbench.services.context import Workbench

DEFAULT_PORT = 8765  # the port `workbench serve` and `workbench workers invite` assume
PORT_TRIES = 10  # when the port is taken, the next ones are tried
ALL_INTERFACES = "0.0.0.0"
KEYS_FILE_NAME = "serve-keys.ini"  # the keys file `workbench serve` reads (config folder)


class SiteUnavailable(RuntimeError):
    """The site cannot be opened; the message says why, in the user's words."""


def _when(moment: datetime | None) -> str:
    return local_time(as_utc(moment)) if moment is not None else ""


def bind_listening_socket(host: str, port: int, tries: int) -> socket.socket:
    """A socket listening on ``host`` at ``port`` or the first free one of the next ports."""
    last = min(65535, port + max(1, tries) - 1)
    for candidate in range(port, last + 1):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, candidate))
            sock.listen(2048)
        except OSError as exc:
            sock.close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                continue
            raise SiteUnavailable(QCoreApplication.translate(
                "WorkerSiteControl", "Cannot listen on {host}: {reason}").format(
                    host=host, reason=exc.strerror or str(exc))) from None
        sock.set_inheritable(False)
        return sock
    if last == port:
        raise SiteUnavailable(QCoreApplication.translate(
            "WorkerSiteControl", "Port {port} is already in use by another program."
        ).format(port=port))
    raise SiteUnavailable(QCoreApplication.translate(
        "WorkerSiteControl", "Ports {first} to {last} are all in use by other programs."
    ).format(first=port, last=last))


class SiteServer:
    """The served application on a listening socket, run by uvicorn on a thread of its own."""

    def __init__(self, app: Any, sock: socket.socket) -> None:
        from workbench.marketplace.wire.server import server_config

        host, port = sock.getsockname()[:2]
        self.sock = sock
        self.host = str(host)
        self.port = int(port)
        self.server = uvicorn.Server(server_config(app, self.host, self.port))
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="worker-site", daemon=True)

    def _run(self) -> None:
        try:
            asyncio.run(self.server.serve(sockets=[self.sock]))
        except BaseException as exc:  # handed to whoever waits for the start
            self.error = exc

    def start(self, timeout: float = 15.0) -> None:
        """Serve, and wait (on a worker thread) until requests are answered."""
        self._thread.start()
        ready = threading.Event()
        waited = 0.0
        while not self.server.started:
            if not self._thread.is_alive() or waited > timeout:
                self.stop()
                reason = str(self.error) if self.error else QCoreApplication.translate(
                    "WorkerSiteControl", "it gave no sign of life")
                raise SiteUnavailable(QCoreApplication.translate(
                    "WorkerSiteControl", "The server did not start: {reason}").format(
                        reason=reason))
            ready.wait(0.02)
            waited += 0.02

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving: open requests get a few seconds, then the socket is closed."""
        self.server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=timeout)
        self.sock.close()


@dataclass
class OpenSite:
    """A running site: its server, the address to share, and whose marketplace it serves."""

    server: SiteServer
    url: str
    account: AccountInfo
    api_note: str  # how the MTurk API is served (or why not)


def is_local(account: AccountInfo | None) -> bool:
    return account is not None and account.kind == AccountKind.LOCAL.value \
        and bool(account.requester_id)


def _server_keys(wb: Workbench, account: AccountInfo, keys_path: Path) -> tuple[list[Any], str]:
    """The keys `workbench serve` accepts (a first use creates one for this account)."""
    from workbench.marketplace.wire.auth import (
        KeysFileError,
        LocalAccount,
        read_keys_file,
        resolve_keys,
        write_new_keys_file,
    )

    local = [LocalAccount(a.name, a.requester_id, a.options.get("market_url"))
             for a in list_accounts(wb) if is_local(a) and a.requester_id]
    try:
        if not keys_path.exists():
            write_new_keys_file(keys_path, account.name)
        keys = resolve_keys(read_keys_file(keys_path), local, keys_path)
    except (KeysFileError, OSError) as exc:
        return [], QCoreApplication.translate(
            "WorkerSiteControl", "MTurk API not served: {reason}").format(reason=str(exc))
    return keys, QCoreApplication.translate(
        "WorkerSiteControl", "The MTurk API is served too, with the keys in {path}").format(
            path=str(keys_path))


def open_site(wb: Workbench, account: AccountInfo, host: str, port: int, tries: int,
              keys_path: Path | None) -> OpenSite:
    """Serve the worker site (and the MTurk API) for ``account``; runs on a worker thread."""
    from workbench.marketplace.wire.served import ServeSettings, build_app, shared_url
    from workbench.services.settings import config_dir

    keys, api_note = _server_keys(wb, account, keys_path or config_dir() / KEYS_FILE_NAME)
    settings = ServeSettings.of(wb.store.engine.url.render_as_string(hide_password=False), keys,
                                site_market_url=account.options.get("market_url"))
    app = build_app(settings, engine_for=wb.market_engine)
    sock = bind_listening_socket(host, port, tries)
    server = SiteServer(app, sock)
    server.start()
    return OpenSite(server, shared_url(host, server.port), account, api_note)


class WorkerSiteControl(QWidget):
    """A switch that opens the worker site to colleagues, the address to share, invitations."""

    status_message = Signal(str)
    opened = Signal(str)  # the address to share
    closed = Signal()

    def __init__(self, wb: Workbench, account: AccountInfo | None, runner: TaskRunner,
                 parent: QWidget | None = None, *, host: str = ALL_INTERFACES,
                 port: int = DEFAULT_PORT, port_tries: int = PORT_TRIES,
                 keys_path: Path | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.account = account
        self.runner = runner
        self.host = host
        self.port = port
        self.port_tries = port_tries
        self.keys_path = keys_path
        self.site: OpenSite | None = None
        self.error = ""
        self._busy = False
        self._closing = False
        self._lock = threading.Lock()
        self._dialog: WorkerInvitationsDialog | None = None

        self.switch = QToolButton()
        self.switch.setText(self.tr("Open to my workers"))
        self.switch.setCheckable(True)
        self.switch.setAccessibleName(self.tr("Open to my workers"))
        self.switch.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.switch.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
            " padding: 2px 10px; }"
            "QToolButton:checked { background: #1b7f3b; color: white; border-color: #1b7f3b;"
            " font-weight: bold; }")
        self.switch.toggled.connect(self._toggled)
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.address.setAccessibleName(self.tr("Address to share"))
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy address"))
        self.copy_button.setAccessibleName(self.tr("Copy address"))
        self.copy_button.setToolTip(self.tr("Copy the worker site's address to send to your "
                                            "workers"))
        self.copy_button.clicked.connect(self.copy_address)
        self.invite_button = QToolButton()
        self.invite_button.setText(self.tr("Invite a worker…"))
        self.invite_button.setAccessibleName(self.tr("Invite a worker…"))
        self.invite_button.setToolTip(self.tr("Make a sign-in link for a worker; list and "
                                              "revoke invitations"))
        self.invite_button.clicked.connect(self.open_invitations)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.switch)
        layout.addWidget(self.address)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.invite_button)
        self._show_state()

    # -- the account -------------------------------------------------------------------------

    def set_account(self, account: AccountInfo) -> None:
        """Follow the window's account; a running site keeps serving the account it opened for."""
        self.account = account
        self._show_state()

    def invitation_account(self) -> AccountInfo | None:
        """The account whose marketplace invitations are for: the served one, else the current."""
        if self.site is not None:
            return self.site.account
        return self.account if is_local(self.account) else None

    # -- on and off --------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return self.site.url if self.site is not None else ""

    def _toggled(self, checked: bool) -> None:
        if self._busy:
            return
        if checked and self.site is None:
            self.turn_on()
        elif not checked and self.site is not None:
            self.turn_off()

    def turn_on(self) -> None:
        account = self.account
        if self.site is not None or self._busy or self._closing:
            return
        if account is None or not is_local(account):
            self._set_checked(False)
            return
        self._busy = True
        self.error = ""
        self._set_checked(True)
        self._show_state(self.tr("Opening…"))
        wb, host, port, tries, keys = self.wb, self.host, self.port, self.port_tries, \
            self.keys_path

        def work() -> OpenSite:
            site = open_site(wb, account, host, port, tries, keys)
            with self._lock:
                closing = self._closing
            if closing:  # the window closed while the site was opening
                site.server.stop()
                raise SiteUnavailable("closed")
            return site

        if self.runner.run(work, on_done=self._opened, on_error=self._failed) is None:
            self._busy = False
            self._set_checked(False)
            self._show_state()

    def _opened(self, site: OpenSite) -> None:
        self._busy = False
        if self._closing or not isValid(self):
            site.server.stop()
            return
        self.site = site
        self._set_checked(True)
        self._show_state()
        self.status_message.emit(self.tr("Worker site open at {url}").format(url=site.url))
        self.opened.emit(site.url)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if self._closing or not isValid(self):
            return
        self.site = None
        self.error = str(error) if isinstance(error, SiteUnavailable) else \
            self.tr("The worker site could not be opened: {reason}").format(reason=str(error))
        self._set_checked(False)
        self._show_state()
        self.status_message.emit(self.error)

    def turn_off(self) -> None:
        site = self.site
        if site is None or self._busy:
            return
        self._busy = True
        self._show_state(self.tr("Closing…"))

        def done(_result: object) -> None:
            self._busy = False
            self.site = None
            if not isValid(self):
                return
            self._set_checked(False)
            self._show_state()
            self.status_message.emit(self.tr("The worker site is closed."))
            self.closed.emit()

        def failed(error: BaseException) -> None:
            done(None)

        if self.runner.run(site.server.stop, on_done=done, on_error=failed) is None:
            site.server.stop()
            done(None)

    def shutdown(self) -> None:
        """Stop serving now (the window is closing); waits a few seconds at most."""
        with self._lock:
            self._closing = True
        site, self.site = self.site, None
        if site is not None:
            site.server.stop(timeout=6.0)
        self._busy = False
        self._set_checked(False)
        self._show_state()

    def _set_checked(self, checked: bool) -> None:
        self.switch.blockSignals(True)
        self.switch.setChecked(checked)
        self.switch.blockSignals(False)

    # -- what it shows -----------------------------------------------------------------------

    def _show_state(self, transient: str = "") -> None:
        if self._busy and not transient:
            return  # "Opening…" or "Closing…" stays until the runner answers
        serving = self.site is not None
        local = is_local(self.account)
        self.switch.setEnabled(not self._busy and not self._closing and (serving or local))
        if serving:
            assert self.site is not None
            self.switch.setToolTip(self.tr(
                "Your workers can open the worker site at {url} (the marketplace of {account})."
                " Click to close it.").format(url=self.site.url, account=self.site.account.name))
        elif local:
            self.switch.setToolTip(self.tr(
                "Serve the worker site to colleagues on this network, for the marketplace of "
                "{account}, until you switch it off or close the window.").format(
                    account=self.account.name if self.account else ""))
        else:
            self.switch.setToolTip(self.tr(
                "Only a local marketplace account can be opened to your own workers; choose "
                "a local account to use it."))
        if transient:
            self.address.setText(transient)
            self.address.setStyleSheet("")
            self.address.setToolTip("")
        elif serving:
            assert self.site is not None
            self.address.setText(self.site.url)
            self.address.setStyleSheet("QLabel { font-weight: bold; }")
            self.address.setToolTip(self.site.api_note)
        elif self.error:
            self.address.setText(self.error)
            self.address.setStyleSheet("QLabel { color: #b3261e; }")
            self.address.setToolTip(self.error)
        else:
            self.address.setText("")
            self.address.setStyleSheet("")
            self.address.setToolTip("")
        self.address.setVisible(bool(self.address.text()))
        self.copy_button.setVisible(serving)
        self.invite_button.setEnabled(self.invitation_account() is not None)

    def copy_address(self) -> None:
        if self.site is not None:
            QGuiApplication.clipboard().setText(self.site.url)
            self.status_message.emit(self.tr("Copied {url}").format(url=self.site.url))

    def link_base(self) -> tuple[str, bool]:
        """The address sign-in links point at, and whether the site is open there now."""
        if self.site is not None:
            return self.site.url, True
        from workbench.marketplace.wire.served import shared_url

        return shared_url(self.host, self.port), False

    def open_invitations(self) -> WorkerInvitationsDialog | None:
        account = self.invitation_account()
        if account is None:
            return None
        dialog = WorkerInvitationsDialog(self.wb, account, self.runner, self.link_base, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self._dialog = dialog
        return dialog


class WorkerInvitationsDialog(QDialog):
    """Invite a worker (a sign-in link shown once) with their country and language; see who
    is invited, set a worker's country and language, or revoke their access.

    Every operation goes through the workforce service (services.workforce), on the runner.
    """

    changed = Signal()

    def __init__(self, wb: Workbench, account: AccountInfo, runner: TaskRunner,
                 link_base: Callable[[], tuple[str, bool]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        from workbench.services.workforce import workforce_for
        from workbench.views.widgets.locale_values import WorkerLocaleFields

        self.wb = wb
        self.account = account
        self.runner = runner
        self.link_base = link_base
        self.workforce = workforce_for(wb, account)
        self.link = ""
        self.busy = False
        self.workers: list[Any] = []
        self.loads = 0  # lists shown so far (the first comes from the runner)
        self.setWindowTitle(self.tr("Workers of {account}").format(account=account.name))
        self.resize(1000, 640)

        shown_box = QGroupBox(self.tr("How workers see you"))
        shown_form = QFormLayout(shown_box)
        self.display_edit = QLineEdit(display_name(account))
        self.display_edit.setMaxLength(MAX_DISPLAY_NAME)
        self.display_edit.setAccessibleName(self.tr("Your name on the worker site"))
        self.display_edit.returnPressed.connect(self.save_display_name)
        self.display_button = QPushButton(self.tr("Save name"))
        self.display_button.clicked.connect(self.save_display_name)
        shown_row = QHBoxLayout()
        shown_row.addWidget(self.display_edit, 1)
        shown_row.addWidget(self.display_button)
        shown_label = QLabel(self.tr("Your name:"))
        shown_label.setBuddy(self.display_edit)
        shown_form.addRow(shown_label, shown_row)
        shown_note = QLabel(self.tr("Shown on the worker site beside your HITs, "
                                    "qualifications and messages, e.g. your lab or company."))
        shown_note.setWordWrap(True)
        shown_form.addRow(shown_note)

        invite_box = QGroupBox(self.tr("Invite a worker"))
        form = QFormLayout(invite_box)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Maria Lopez"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(200)
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("e.g. maria@example.org (optional)"))
        self.email_edit.setAccessibleName(self.tr("E-mail address"))
        self.email_edit.setMaxLength(254)
        self.locale_fields = WorkerLocaleFields()
        self.invite_button = QPushButton(self.tr("Invite"))
        self.invite_button.setDefault(True)
        self.invite_button.clicked.connect(self.invite)
        for line in (self.name_edit, self.email_edit):
            line.returnPressed.connect(self.invite)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("E-mail:"), self.email_edit)
        locale_row = QHBoxLayout()
        locale_row.addWidget(self.locale_fields, 1)
        locale_row.addWidget(self.invite_button)
        locale_label = QLabel(self.tr("Lives in, reads:"))
        locale_label.setBuddy(self.locale_fields.country)
        form.addRow(locale_label, locale_row)
        self.link_edit = QLineEdit()
        self.link_edit.setReadOnly(True)
        self.link_edit.setAccessibleName(self.tr("Sign-in link"))
        self.copy_link_button = QPushButton(self.tr("Copy link"))
        self.copy_link_button.setEnabled(False)
        self.copy_link_button.clicked.connect(self.copy_link)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_edit, 1)
        link_row.addWidget(self.copy_link_button)
        link_label = QLabel(self.tr("Sign-in link:"))
        link_label.setBuddy(self.link_edit)
        form.addRow(link_label, link_row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form.addRow(self.note)

        workers_box = QGroupBox(self.tr("Invited workers"))
        workers_layout = QVBoxLayout(workers_box)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Worker"), self.tr("Name"), self.tr("Country"), self.tr("Language"),
            self.tr("Invited"), self.tr("Last sign-in"), self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Invited workers"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        workers_layout.addWidget(self.table)
        row = QHBoxLayout()
        self.show_revoked = QPushButton(self.tr("Show revoked"))
        self.show_revoked.setCheckable(True)
        self.show_revoked.toggled.connect(lambda _on: self.reload())
        self.edit_button = QPushButton(self.tr("Set country and language…"))
        self.edit_button.setToolTip(self.tr("Where the selected worker lives (what a HIT's "
                                            "Location requirement compares) and what they "
                                            "read"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_selected)
        self.revoke_button = QPushButton(self.tr("Revoke access"))
        self.revoke_button.setToolTip(self.tr("Their link stops working and they are signed "
                                              "out; invite them again for a new link"))
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self.revoke_selected)
        row.addWidget(self.show_revoked)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.revoke_button)
        workers_layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(shown_box)
        layout.addWidget(invite_box)
        layout.addWidget(workers_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show_note()
        self.reload()

    def _show_note(self) -> None:
        base, open_now = self.link_base()
        if self.link:
            self.note.setText(self.tr(
                "Send this link to the worker. It is shown only now: only a hash of it is "
                "kept. Inviting the same worker again makes a new link."))
        elif open_now:
            self.note.setText(self.tr("Links point at {url}, where the worker site is open "
                                      "now.").format(url=base))
        else:
            self.note.setText(self.tr(
                "The worker site is not open yet: links will point at {url}, which works once "
                "you switch on \"Open to my workers\".").format(url=base))

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        for button in (self.invite_button, self.edit_button, self.revoke_button):
            button.setEnabled(False)

        def settle() -> None:
            self.busy = False
            self.invite_button.setEnabled(True)
            self._selection_changed()

        def finished(result: Any) -> None:
            if not self.alive():
                return  # closed (and deleted) while the work ran
            settle()
            done(result)

        def failed(error: BaseException) -> None:
            if not self.alive():
                return
            settle()
            self._say(_sentence(str(error)), error=True)

        if self.runner.run(work, on_done=finished, on_error=failed) is None:
            self.busy = False

    def invite(self) -> None:
        if self.busy:
            return
        from workbench.services.workforce import invite_worker

        name, email = self.name_edit.text().strip(), self.email_edit.text().strip()
        fields = self.locale_fields
        country, subdivision, language = (fields.country_code(), fields.subdivision_code(),
                                          fields.language_tag())
        requester = self.account.requester_id
        workforce = self.workforce

        def done(issued: Any) -> None:
            base, _open_now = self.link_base()
            self.link = issued.link(base)
            self.link_edit.setText(self.link)
            self.link_edit.setCursorPosition(0)
            self.copy_link_button.setEnabled(True)
            worker = issued.worker
            self._say(self.tr("Invited {who} as {worker}, in {place}.").format(
                who=worker.name or worker.worker_id, worker=worker.worker_id,
                place=place_text(worker)))
            self.name_edit.clear()
            self.email_edit.clear()
            self._show_note()
            self.changed.emit()
            self.reload()

        self._run(lambda: invite_worker(workforce, name=name, email=email, country=country,
                                        subdivision=subdivision, language=language,
                                        invited_by=requester), done)

    def save_display_name(self) -> None:
        if self.busy:
            return
        wb, name, shown = self.wb, self.account.name, self.display_edit.text()

        def done(account: AccountInfo) -> None:
            self.account = account
            self.display_edit.setText(display_name(account))
            self._say(self.tr("Workers now see you as {name}.").format(
                name=display_name(account)))

        self._run(lambda: set_display_name(wb, name, shown), done)

    def copy_link(self) -> None:
        if self.link:
            QGuiApplication.clipboard().setText(self.link)
            self._say(self.tr("The sign-in link is copied."))

    def reload(self) -> None:
        from workbench.services.workforce import list_workers

        workforce = self.workforce
        include = self.show_revoked.isChecked()
        self.runner.run(lambda: list_workers(workforce, include_revoked=include),
                        on_done=self._fill,
                        on_error=lambda error: self._say(str(error), error=True))

    def alive(self) -> bool:
        """Whether the dialog still exists (it is deleted when closed)."""
        return isValid(self) and isValid(self.table)

    def _fill(self, workers: list[Any]) -> None:
        if not self.alive():
            return
        self.workers = list(workers)
        self.loads += 1
        self.table.setRowCount(len(workers))
        assumed = self.tr("Invited before a country could be given: counted as in the US "
                          "until you set it")
        for number, worker in enumerate(workers):
            status = {"invited": self.tr("Invited"), "signed in": self.tr("Signed in")}.get(
                worker.state) or self.tr("Revoked {when}").format(when=_when(worker.revoked_at))
            cells = (worker.worker_id, worker.name, place_text(worker),
                     language_text(worker.language), _when(worker.invited_at),
                     _when(worker.last_sign_in), status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, worker.worker_id)
                item.setData(Qt.ItemDataRole.UserRole + 1, worker.active)
                if column == 2 and worker.country_assumed:
                    item.setToolTip(assumed)
                    item.setForeground(QColor("#8a5300"))
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        # Long names and country names wrap rather than push the status out of sight.
        for column, widest in ((1, 190), (2, 200), (3, 130)):
            self.table.setColumnWidth(column, min(widest, self.table.columnWidth(column)))
        self.table.resizeRowsToContents()
        self._selection_changed()

    def selected_workers(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        found = []
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole + 1):
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def _selection_changed(self) -> None:
        chosen = self.selected_workers()
        self.revoke_button.setEnabled(bool(chosen) and not self.busy)
        self.edit_button.setEnabled(len(chosen) == 1 and not self.busy)

    def edit_selected(self) -> Any:
        """Open the country-and-language dialog for the selected worker; saving sets them."""
        chosen = self.selected_workers()
        worker = next((w for w in self.workers if chosen and w.worker_id == chosen[0]), None)
        if worker is None or self.busy:
            return None
        from workbench.views.workers.dialogs import WorkerProfileDialog

        dialog = WorkerProfileDialog(worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_profile(worker.worker_id, dialog.values()))
        dialog.open()
        return dialog

    def _save_profile(self, worker_id: str, values: dict[str, Any]) -> None:
        from workbench.services.workforce import set_worker_profile

        workforce = self.workforce

        def done(worker: Any) -> None:
            self._say(self.tr("{who} now lives in {place} and reads {language}.").format(
                who=worker.name or worker.worker_id, place=place_text(worker),
                language=language_text(worker.language)))
            self.changed.emit()
            self.reload()

        self._run(lambda: set_worker_profile(workforce, worker_id, **values), done)

    def revoke_selected(self) -> None:
        workers = self.selected_workers()
        if not workers or self.busy:
            return
        from workbench.services.workforce import revoke_workers

        workforce = self.workforce

        def done(_result: Any) -> None:
            self._say(self.tr("Revoked access for {workers}; they are signed out.").format(
                workers=", ".join(workers)))
            self.changed.emit()
            self.reload()

        self._run(lambda: revoke_workers(workforce, workers), done)

    def _say(self, text: str, *, error: bool = False) -> None:
        if not self.alive():
            return
        self.message.setText(text)
        self.message.setStyleSheet("QLabel { color: #b3261e; }" if error else "")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def place_text(worker: Any) -> str:
    """"Deutschland (DE-BY)", "United States (US), assumed"."""
    from workbench.services.workforce import country_choices
    from workbench.views.widgets.locale_values import ui_language

    name = dict(country_choices(ui_language())).get(worker.country, worker.country)
    text = f"{name} ({worker.locale})"
    if worker.country_assumed:
        return QCoreApplication.translate("WorkerInvitationsDialog", "{place}, assumed").format(
            place=text)
    return text


def language_text(tag: str | None) -> str:
    """"Deutsch (de)", or "—" when not given."""
    if not tag:
        return "—"
    from workbench.services.workforce import language_name
    from workbench.views.widgets.locale_values import ui_language

    return f"{language_name(tag, ui_language())} ({tag})"
