"""The invitation dialog gives a worker a country, region and language, and sets them later;
a worker invited before countries existed is shown as assumed to be in the US."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workbench.marketplace.local.invitations import Invitations
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.workforce import list_workers, workforce_for
from workbench.views.widgets.worker_site import WorkerInvitationsDialog
from workbench.views.workers.dialogs import WorkerProfileDialog

NAMES = [("Zoë Álvarez-Nakamura de la Fuente y Ortega", "JP", None, "ja"),
         ("Jürgen Groß-Schönebeck", "DE", "BY", "de"),
         ("Ngozi Chukwuemeka-Adébáyọ̀", "NG", "LA", "yo"),
         ("Łukasz Wójcik-Żółtowski", "PL", None, "pl"),
         ("Ана Ивановна Смирнова", "RU", None, "ru")]


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


def dialog_for(wb: Workbench, runner: TaskRunner, qtbot: QtBot) -> WorkerInvitationsDialog:
    dialog = WorkerInvitationsDialog(wb, get_account(wb), runner,
                                     lambda: ("http://192.168.1.20:8765/", True))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loads > 0, timeout=5000)
    return dialog


def invite(qtbot: QtBot, dialog: WorkerInvitationsDialog, name: str, country: str,
           subdivision: str | None, language: str | None) -> None:
    dialog.name_edit.setText(name)  # QTest types ASCII only
    dialog.locale_fields.set_values(country, subdivision, language)
    dialog.message.clear()
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(w.name == name for w in dialog.workers)
                    or ("#b3261e" in dialog.message.styleSheet() and bool(dialog.message.text())),
                    timeout=10000)
    assert any(w.name == name for w in dialog.workers), dialog.message.text()


def test_the_dialog_invites_with_a_country_and_refuses_without_one(
        wb: Workbench, qtbot: QtBot, runner: TaskRunner) -> None:
    dialog = dialog_for(wb, runner, qtbot)
    qtbot.keyClicks(dialog.name_edit, "Ana")
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "country is needed" in dialog.message.text(), timeout=5000)
    assert dialog.table.rowCount() == 0 and not dialog.link
    invite(qtbot, dialog, "Jürgen Groß-Schönebeck", "DE", "BY", "de")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert dialog.link.startswith("http://192.168.1.20:8765/sign-in#")
    texts = [dialog.table.item(0, c).text() for c in range(4)]  # type: ignore[union-attr]
    assert texts[1:] == ["Jürgen Groß-Schönebeck", "Germany (DE-BY)", "German (de)"]
    worker = list_workers(workforce_for(wb, get_account(wb)))[0]
    assert (worker.country, worker.subdivision, worker.language) == ("DE", "BY", "de")


def test_a_worker_assumed_in_the_us_is_shown_so_and_set_to_japan(
        wb: Workbench, qtbot: QtBot, runner: TaskRunner) -> None:
    # Invited without a country, as every worker was before countries could be given.
    Invitations(wb.store.engine).invite(display_name="Zoë Álvarez",
                                        invited_by=get_account(wb).requester_id)
    dialog = dialog_for(wb, runner, qtbot)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    place = dialog.table.item(0, 2)
    assert place is not None and place.text() == "United States (US), assumed"
    assert "before a country could be given" in place.toolTip()
    dialog.table.selectRow(0)
    assert dialog.edit_button.isEnabled()
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WorkerProfileDialog),
                    timeout=5000)
    edit = QApplication.activeModalWidget()
    assert isinstance(edit, WorkerProfileDialog)
    assert edit.place.country_code() == ""  # an assumed country is not offered as chosen
    edit.place.set_values("JP", None, None)
    edit.place.language.setCurrentText("Klingon")
    buttons = [b for b in edit.findChildren(type(dialog.invite_button)) if b.text() == "Save"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert "not a language tag" in edit.problem.text() and edit.isVisible()
    edit.place.language.setCurrentText("ja")
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Japan (JP)" in dialog.table.item(0, 2).text(),  # type: ignore[union-attr]
                    timeout=5000)
    worker = list_workers(workforce_for(wb, get_account(wb)))[0]
    assert (worker.country, worker.language, worker.country_assumed) == ("JP", "ja", False)


def test_screenshots_of_the_invitation_dialog_in_english_and_german(
        wb: Workbench, qtbot: QtBot, runner: TaskRunner, qapp: QApplication,
        tmp_path: Path) -> None:
    import os

    from workbench.views.i18n import install_translators, remove_translators

    shots = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path)
    Invitations(wb.store.engine).invite(display_name="Old Worker From Before",
                                        invited_by=get_account(wb).requester_id)
    for language in ("", "de"):
        translators = install_translators(qapp, language) if language else []
        try:
            dialog = dialog_for(wb, runner, qtbot)
            if not language:
                for name, country, subdivision, tongue in NAMES:
                    invite(qtbot, dialog, name, country, subdivision, tongue)
            else:
                qtbot.waitUntil(lambda d=dialog: d.table.rowCount() == len(NAMES) + 1,
                                timeout=5000)
            dialog.name_edit.setText("Søren Kierkegaard-Østergård")
            dialog.locale_fields.set_values("DK", "84", "da")
            dialog.resize(1080, 860)
            qtbot.wait(50)
            dialog.grab().save(str(shots / f"invite-dialog-{language or 'en'}.png"))
            dialog.table.selectRow(len(NAMES))
            edit = dialog.edit_selected()
            qtbot.waitUntil(edit.isVisible, timeout=5000)
            edit.grab().save(str(shots / f"worker-profile-{language or 'en'}.png"))
            edit.reject()
            dialog.close()
        finally:
            remove_translators(qapp, translators)
