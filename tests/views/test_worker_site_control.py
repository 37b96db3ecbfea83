"""The window's "Open to my workers" switch: serves the worker site, invites, stops cleanly."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from tests.site.scenes import WorkerClient
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.views.widgets.worker_site import WorkerSiteControl


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("0.0.0.0", 0))
        return int(probe.getsockname()[1])


def port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


def control_for(wb: Workbench, runner: TaskRunner, qtbot: QtBot, tmp_path: Path,
                **options: object) -> WorkerSiteControl:
    control = WorkerSiteControl(wb, get_account(wb), runner,
                                keys_path=tmp_path / "serve-keys.ini", **options)  # type: ignore[arg-type]
    qtbot.addWidget(control)
    control.resize(900, 40)
    control.show()
    return control


def test_the_switch_serves_the_site_invites_and_closes(
        wb: Workbench, qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    port = free_port()
    control = control_for(wb, runner, qtbot, tmp_path, port=port)
    assert control.switch.isEnabled() and not control.copy_button.isVisible()

    control.switch.click()
    qtbot.waitUntil(lambda: control.site is not None, timeout=20000)
    assert control.switch.isChecked()
    url = control.address.text()
    assert url == control.url and url.endswith(f":{port}/")
    assert control.copy_button.isVisible()
    control.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == url
    assert (tmp_path / "serve-keys.ini").exists()  # the MTurk API is served too, as by serve
    assert "MTurk API is served too" in control.address.toolTip()
    control.grab().save(str(tmp_path / "control.png"))

    with httpx.Client(base_url=url, timeout=20) as http:
        page = http.get("/sign-in")
        assert page.status_code == 200 and "csrf" in page.text
        target = "MTurkRequesterServiceV20170117.GetAccountBalance"
        api = http.post("/", content=b"{}", headers={
            "X-Amz-Target": target, "Content-Type": "application/x-amz-json-1.1"})
        assert api.status_code in (400, 403)  # the API is there, and wants a signature

    dialog = control.open_invitations()
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert url in dialog.note.text()
    dialog.name_edit.setText("Maria Lopez")
    dialog.locale_fields.set_values("MX", None, "es")
    dialog.invite_button.click()
    qtbot.waitUntil(lambda: bool(dialog.link), timeout=10000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    link = dialog.link_edit.text()
    assert link.startswith(url) and "/sign-in#" in link
    name = dialog.table.item(0, 1)
    assert name is not None and name.text() == "Maria Lopez"
    dialog.resize(760, 520)
    dialog.grab().save(str(tmp_path / "invite.png"))

    _base, token = link.split("#", 1)
    worker = WorkerClient(httpx.Client(base_url=url, timeout=20))
    try:
        assert worker.sign_in(token).status_code == 303
        assert worker.get("/hits").status_code == 200
        assert "Maria Lopez" in worker.page
    finally:
        worker.http.close()

    dialog.table.selectRow(0)
    assert dialog.revoke_button.isEnabled()
    dialog.revoke_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10000)
    dialog.close()

    control.switch.click()
    qtbot.waitUntil(lambda: control.site is None and control.switch.isEnabled(), timeout=20000)
    assert not control.switch.isChecked()
    assert not port_open(port)
    with pytest.raises(httpx.ConnectError), httpx.Client(timeout=5) as http:
        http.get(url + "sign-in")


def test_a_port_in_use_is_reported_and_the_switch_stays_off(
        wb: Workbench, qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    port = free_port()
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", port))
        taken.listen(1)
        control = control_for(wb, runner, qtbot, tmp_path, port=port, port_tries=1)
        control.switch.click()
        qtbot.waitUntil(lambda: bool(control.error), timeout=20000)
        assert not control.switch.isChecked() and control.site is None
        assert control.switch.isEnabled()
        assert f"Port {port} is already in use" in control.address.text()
        assert control.address.isVisible()


def test_a_taken_port_falls_back_to_the_next_free_one(
        wb: Workbench, qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen(1)
        port = int(taken.getsockname()[1])
        control = control_for(wb, runner, qtbot, tmp_path, port=port, port_tries=50)
        control.switch.click()
        qtbot.waitUntil(lambda: control.site is not None or bool(control.error),
                        timeout=20000)
        assert control.site is not None, control.error
        served = control.site.server.port
        assert port < served < port + 50 and control.url.endswith(f":{served}/")
        control.shutdown()
        assert not port_open(served) and not control.switch.isChecked()


def test_not_a_local_account_disables_the_switch(
        wb: Workbench, qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    control = control_for(wb, runner, qtbot, tmp_path)
    local = get_account(wb)
    remote = AccountInfo(**{**local.__dict__, "id": 99, "name": "mturk", "kind": "mturk",
                            "requester_id": None})
    control.set_account(remote)
    assert not control.switch.isEnabled()
    assert "local marketplace account" in control.switch.toolTip()
    assert not control.invite_button.isEnabled()
    control.set_account(local)
    assert control.switch.isEnabled() and control.invite_button.isEnabled()
