"""The requester names themselves for workers in the Workers dialog; the site shows that name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workbench.marketplace.local.schema import Requester
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.views.widgets.worker_site import WorkerSiteControl


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


def test_the_requester_sets_the_name_workers_see(wb: Workbench, qtbot: QtBot,
                                                 runner: TaskRunner, tmp_path: Path) -> None:
    account = get_account(wb)
    control = WorkerSiteControl(wb, account, runner, keys_path=tmp_path / "keys.ini")
    qtbot.addWidget(control)
    control.show()
    qtbot.mouseClick(control.invite_button, Qt.MouseButton.LeftButton)
    dialog = control._dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.display_edit.text() == "local"  # the account's name until one is chosen
    dialog.display_edit.selectAll()
    qtbot.keyClicks(dialog.display_edit, "Acme Research")
    dialog.display_edit.insert(" — Zoë Brandt")  # (QTest types Latin-1 only)
    qtbot.mouseClick(dialog.display_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Workers now see you as" in dialog.message.text(), timeout=10_000)
    assert get_account(wb).options["display_name"] == "Acme Research — Zoë Brandt"
    with wb.market_engine(None).connect() as connection:
        from sqlalchemy import select

        name = connection.execute(select(Requester.name).where(
            Requester.requester_id == account.requester_id)).scalar()
    assert name == "Acme Research — Zoë Brandt"
    # Nothing at all is refused, in red, and changes nothing.
    dialog.display_edit.clear()
    qtbot.mouseClick(dialog.display_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "display name takes" in dialog.message.text(), timeout=10_000)
    assert get_account(wb).options["display_name"] == "Acme Research — Zoë Brandt"
    dialog.close()
