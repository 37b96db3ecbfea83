"""The window's "Open to my workers" switch: the worker site served from the running app.

Turning it on serves what ``workbench serve`` serves (the worker site and, with the keys
file's keys, the MTurk API) for the current local account's marketplace, on every network
interface so colleagues on the same network can reach it, on a thread of this process.
Starting and stopping happen on the task runner's threads, never on the GUI thread; the
address to share is shown beside the switch. The "Invite a worker…" dialog makes sign-in
links and lists and revokes invitations, as ``workbench workers`` does
(views.workers.invitations).

For an ``endpoint`` account the worker site is hosted elsewhere (``workbench serve`` on a
server): there is nothing to open here, so the control shows the hosted site's address, as
the site itself gives it over the signed API, and invites to it.
"""

from __future__ import annotations

import asyncio
import errno
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget
from shiboken6 import isValid

from workbench.domain.statuses import AccountKind
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import AccountInfo, list_accounts
from workbench.services.context import Workbench
from workbench.views.workers.invitations import (
    WorkerInvitationsDialog,
    language_text,
    place_text,
)

__all__ = ["SiteUnavailable", "WorkerInvitationsDialog", "WorkerSiteControl", "language_text",
           "open_site", "place_text"]

DEFAULT_PORT = 8765  # the port `workbench serve` and `workbench workers invite` assume
PORT_TRIES = 10  # when the port is taken, the next ones are tried
ALL_INTERFACES = "0.0.0.0"
KEYS_FILE_NAME = "serve-keys.ini"  # the keys file `workbench serve` reads (config folder)


class SiteUnavailable(RuntimeError):
    """The site cannot be opened; the message says why, in the user's words."""


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


def is_hosted(account: AccountInfo | None) -> bool:
    """An endpoint account: its worker site is a hosted ``workbench serve``."""
    return account is not None and account.kind == AccountKind.ENDPOINT.value \
        and bool(account.endpoint_url)


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
        # What the hosted site of an endpoint account says of itself (None until it answers).
        self.hosted: Any = None
        self.hosted_error = ""
        self._hosted_asked = 0

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
        if is_hosted(account):
            self.check_hosted()

    # -- the account -------------------------------------------------------------------------

    def set_account(self, account: AccountInfo) -> None:
        """Follow the window's account; a running site keeps serving the account it opened for."""
        self.account = account
        self.hosted, self.hosted_error = None, ""
        self._show_state()
        if is_hosted(account):
            self.check_hosted()

    def check_hosted(self) -> None:
        """Ask the hosted site of an endpoint account where it is (a signed call, off the GUI
        thread): it also shows at once whether the account's key works."""
        account = self.account
        if account is None or not is_hosted(account):
            return
        self._hosted_asked += 1
        asked = self._hosted_asked

        def work() -> Any:
            from workbench.services.workforce import RemoteWorkforce

            return RemoteWorkforce.connect(account).site()

        def done(site: Any) -> None:
            if asked == self._hosted_asked and isValid(self):
                self.hosted, self.hosted_error = site, ""
                self._show_state()

        def failed(error: BaseException) -> None:
            if asked == self._hosted_asked and isValid(self):
                self.hosted, self.hosted_error = None, str(error)
                self._show_state()

        self.runner.run(work, on_done=done, on_error=failed)

    def invitation_account(self) -> AccountInfo | None:
        """The account invitations are for: a hosted site's (the current endpoint account),
        else the marketplace being served, else the current local account."""
        if is_hosted(self.account):
            return self.account
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
        hosted = is_hosted(self.account)
        self.switch.setVisible(serving or not hosted)
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
            self._address(transient)
        elif hosted and self.hosted is not None:
            self._address(self.tr("Hosted: {url}").format(url=self.hosted.url), bold=True,
                          tip=self.tr("The worker site of {account}, served by workbench serve "
                                      "{version} ({workers} active workers). Invitations go "
                                      "there over its signed API.").format(
                                          account=self.account.name if self.account else "",
                                          version=self.hosted.version,
                                          workers=self.hosted.active_workers))
        elif hosted and self.hosted_error:
            self._address(self.tr("Hosted site: {problem}").format(
                problem=_short(self.hosted_error)), error=True, tip=self.hosted_error)
        elif hosted:
            self._address(self.tr("Hosted site: asking {url}…").format(
                url=self.account.endpoint_url if self.account else ""))
        elif serving:
            assert self.site is not None
            self._address(self.site.url, bold=True, tip=self.site.api_note)
        elif self.error:
            self._address(self.error, error=True, tip=self.error)
        else:
            self._address("")
        self.copy_button.setVisible(self.share_url() != "")
        self.invite_button.setEnabled(self.invitation_account() is not None)

    def _address(self, text: str, *, bold: bool = False, error: bool = False,
                 tip: str = "") -> None:
        self.address.setText(text)
        self.address.setStyleSheet("QLabel { color: #b3261e; }" if error else
                                   "QLabel { font-weight: bold; }" if bold else "")
        self.address.setToolTip(tip)
        self.address.setVisible(bool(text))

    def share_url(self) -> str:
        """The worker site's address to send to workers, if known."""
        if is_hosted(self.account):
            return str(self.hosted.url) if self.hosted is not None else ""
        return self.site.url if self.site is not None else ""

    def copy_address(self) -> None:
        url = self.share_url()
        if url:
            QGuiApplication.clipboard().setText(url)
            self.status_message.emit(self.tr("Copied {url}").format(url=url))

    def link_base(self) -> tuple[str, bool]:
        """The address sign-in links point at, and whether the site is open there now."""
        if is_hosted(self.account) and self.account is not None:
            # A hosted site puts its own address in each new link; this is the fallback.
            return (self.share_url() or str(self.account.endpoint_url)), True
        if self.site is not None:
            return self.site.url, True
        from workbench.marketplace.wire.served import shared_url

        return shared_url(self.host, self.port), False

    def open_invitations(self) -> WorkerInvitationsDialog | None:
        account = self.invitation_account()
        if account is None:
            return None
        from workbench.services.workforce import WorkforceError

        try:
            dialog = WorkerInvitationsDialog(self.wb, account, self.runner, self.link_base,
                                             self)
        except WorkforceError as exc:  # an account whose settings cannot make a client
            self.status_message.emit(str(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self._dialog = dialog
        return dialog


def _short(text: str, most: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[:most - 1] + "…"
