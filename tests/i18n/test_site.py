"""The "Open to my workers" switch and its invitations dialog, translated."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.i18n.helpers import TRANSLATIONS, missing_translations, untranslated
from workbench.marketplace.local.invitations import Invitations
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.views.i18n import install_translators, remove_translators
from workbench.views.widgets.worker_site import WorkerSiteControl

SOURCES = [Path("src/workbench/views/widgets/worker_site.py"),
           Path("src/workbench/views/workers/invitations.py"),
           Path("src/workbench/services/workforce.py"),
           Path("src/workbench/services/invitation_messages.py"),
           Path("src/workbench/services/api_keys.py"),
           Path("src/workbench/domain/locales.py")]
TS = TRANSLATIONS / "workbench_de_site.ts"


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("0.0.0.0", 0))
        return int(probe.getsockname()[1])


def open_control(wb: Workbench, runner: TaskRunner, qtbot: QtBot, tmp_path: Path
                 ) -> WorkerSiteControl:
    account = get_account(wb)
    Invitations(wb.store.engine).invite(display_name="Maria Lopez",
                                        invited_by=account.requester_id)
    control = WorkerSiteControl(wb, account, runner, port=free_port(),
                                keys_path=tmp_path / "keys.ini")
    qtbot.addWidget(control)
    control.show()
    control.switch.click()
    qtbot.waitUntil(lambda: control.site is not None, timeout=20000)
    return control


def test_every_text_is_translated(pseudo: None, wb: Workbench, qtbot: QtBot,
                                  runner: TaskRunner, tmp_path: Path) -> None:
    control = open_control(wb, runner, qtbot, tmp_path)
    try:
        assert untranslated(control, allow=[control.url]) == []
        dialog = control.open_invitations()
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
        item = dialog.table.item(0, 0)
        assert item is not None
        data = {dialog.table.item(0, c).text()  # type: ignore[union-attr]
                for c in range(4)}
        # Countries, regions and languages are named with their codes: data, not text.
        assert untranslated(dialog, allow=data,
                            allow_if=lambda t: bool(re.search(r"\([A-Za-z0-9-]{2,10}\)$", t))
                            ) == []
        dialog.close()
    finally:
        control.shutdown()


def test_nothing_lacks_a_german_translation(tmp_path: Path) -> None:
    assert missing_translations(SOURCES, TS, tmp_path) == []


def test_the_switch_speaks_german(qapp: QApplication, wb: Workbench, qtbot: QtBot,
                                  runner: TaskRunner, tmp_path: Path) -> None:
    translators = install_translators(qapp, "de")
    try:
        control = open_control(wb, runner, qtbot, tmp_path)
        try:
            assert control.switch.text() == "Für meine Worker öffnen"
            assert control.copy_button.text() == "Adresse kopieren"
            dialog = control.open_invitations()
            assert dialog is not None
            assert dialog.revoke_button.text() == "Zugang widerrufen"
            dialog.close()
        finally:
            control.shutdown()
    finally:
        remove_translators(qapp, translators)
