"""The window and a hosted site: its workers invited with ready-to-send messages, its API key
made, stored and rotated, all from the window, against a real ``workbench serve`` process.

Screenshots of every new screen, in English and German, go to ``WORKBENCH_SCREENSHOTS`` (or
the test's folder).
"""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from tests.site.scenes import WorkerClient
from tests.wire.conftest import Served, aws_env, endpoint_account, start_server
from workbench.marketplace.wire.keys import KeysFile
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import AccountInfo
from workbench.services.api_keys import current_pair
from workbench.services.context import Workbench
from workbench.services.workforce import LocalWorkforce
from workbench.views.dialogs.account_dialog import ApiKeyDialog
from workbench.views.i18n import install_translators, remove_translators
from workbench.views.widgets.worker_site import WorkerSiteControl
from workbench.views.workers.invitations import WorkerInvitationsDialog

pytestmark = pytest.mark.slow
__all__ = ["aws_env"]  # the fixture: this process signs with the test server's key
FIRST_NAMES = ("Jürgen", "Maria", "Ana", "Søren", "Zoë", "Łukasz", "Nguyễn", "Aiyana", "Olúwá",
               "Françoise")
COUNTRIES = (("DE", "BY", "de"), ("MX", None, "es"), ("BR", None, "pt-BR"),
             ("DK", None, "da"), ("AT", None, "de-AT"), ("PL", None, "pl"),
             ("VN", None, "vi"), ("US", "NY", "en"), ("NG", None, "yo"), ("FR", None, "fr"))


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory, _template_store: Path
           ) -> Iterator[Served]:
    server = start_server(tmp_path_factory.mktemp("hosted"), _template_store)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    found = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path)
    found.mkdir(parents=True, exist_ok=True)
    return found


def workers_csv(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["name", "email", "country", "subdivision", "language"])
        for number in range(count):
            first = FIRST_NAMES[number % len(FIRST_NAMES)]
            country, subdivision, language = COUNTRIES[number % len(COUNTRIES)]
            writer.writerow([f"{first} Müller-Łęcki {number}", f"w{number}@example.org",
                             country, subdivision or "", language])
    return path


def open_dialog(control: WorkerSiteControl, qtbot: QtBot) -> WorkerInvitationsDialog:
    dialog = control.open_invitations()
    assert dialog is not None  # a child of the control: closed (and deleted) with it
    qtbot.waitUntil(lambda: dialog.loads > 0, timeout=20000)
    return dialog


def control_for(wb: Workbench, account: AccountInfo, runner: TaskRunner, qtbot: QtBot
                ) -> WorkerSiteControl:
    control = WorkerSiteControl(wb, account, runner, port=1)
    qtbot.addWidget(control)
    control.resize(900, 40)
    control.show()
    return control


def test_a_hosted_sites_workers_are_invited_with_messages_to_send_from_the_window(
        hosted: Served, aws_env: dict[str, str], wb: Workbench, qtbot: QtBot,
        runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shots: Path,
        qapp: QApplication) -> None:
    account = endpoint_account(wb, hosted, "Hosted site")
    control = control_for(wb, account, runner, qtbot)
    # No switch to open anything here: the site is hosted, and says where it is.
    qtbot.waitUntil(lambda: control.hosted is not None, timeout=20000)
    assert not control.switch.isVisible() and control.invite_button.isEnabled()
    assert control.address.text() == f"Hosted: {hosted.url}"
    control.copy_button.click()
    assert QGuiApplication.clipboard().text() == hosted.url
    control.grab().save(str(shots / "hosted-control-en.png"))

    dialog = open_dialog(control, qtbot)
    assert not dialog.copy_message_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.name_edit.setText("Jürgen Groß")
    dialog.email_edit.setText("juergen@example.de")
    dialog.locale_fields.set_values("DE", "BY", "de")
    dialog.sender_edit.setText("Acme Research")
    dialog.invite_button.click()
    qtbot.waitUntil(lambda: bool(dialog.link), timeout=20000)
    # The message is in German, the worker's language, whatever the window's.
    assert dialog.link.startswith(f"{hosted.url}/sign-in#")
    assert dialog.subject_edit.text() == "Acme Research lädt Sie ein, an Aufgaben mitzuarbeiten"
    body = dialog.body_edit.toPlainText()
    assert body.startswith("Hallo Jürgen Groß,") and dialog.link in body
    assert "German" in dialog.language_note.text()
    dialog.copy_message_button.click()
    assert QGuiApplication.clipboard().text() == body
    dialog.copy_link_button.click()
    assert QGuiApplication.clipboard().text() == dialog.link
    opened: list[Any] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.email_button.click()
    mail = urlsplit(opened[0].toString(opened[0].ComponentFormattingOption.FullyEncoded))
    assert mail.scheme == "mailto" and unquote(mail.path) == "juergen@example.de"
    assert parse_qs(mail.query)["body"][0] == body
    # The link signs Jürgen in on the hosted site.
    worker = WorkerClient(httpx.Client(base_url=hosted.url))
    assert worker.sign_in(dialog.link.split("#", 1)[1]).status_code == 303

    # Many workers from a file: every row checked, one question, then every link here.
    from workbench.views.widgets import file_dialogs

    source = workers_csv(tmp_path / "panel.csv", 240)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: (str(source), ""))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    dialog.file_button.click()
    qtbot.waitUntil(lambda: len(dialog.issued) == 241, timeout=60000)
    assert "240 workers of panel.csv" in asked[0]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 241, timeout=20000)
    assert dialog.recipient.count() == 241
    dialog.recipient.setCurrentIndex(2)  # Maria, in Mexico: no Spanish translation
    assert "English" in dialog.language_note.text() and "Spanish" in dialog.language_note.text()
    assert dialog.body_edit.toPlainText().startswith("Hello Maria")

    target = tmp_path / "links.csv"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 241 and rows[0]["name"] == "Jürgen Groß"
    assert {r["message_language"] for r in rows} == {"de", "en"}
    qtbot.waitUntil(lambda: "Saved 241 links" in dialog.message.text(), timeout=5000)

    # A new link for the first worker of the table; then revoke them.
    dialog.table.selectRow(0)
    first = dialog.selected_workers()[0]
    dialog.resend_button.click()
    qtbot.waitUntil(lambda: len(dialog.issued) == 242, timeout=20000)
    assert dialog.issued[-1].worker.worker_id == first
    assert dialog.recipient.currentIndex() == 241
    dialog.table.selectRow(0)
    dialog.revoke_button.click()
    qtbot.waitUntil(lambda: LocalWorkforce(hosted.engine).workers(include_revoked=True)
                    and {w.worker_id: w.state for w in LocalWorkforce(hosted.engine).workers(
                        include_revoked=True)}[first] == "revoked", timeout=20000)

    for language in ("en", "de"):
        translators = install_translators(qapp, language) if language == "de" else []
        try:
            shown = open_dialog(control, qtbot)
            shown._add_issued(dialog.issued[:3])
            shown.sender_edit.setText("Acme Research – Team Ümlaut")
            shown.resize(1080, 860)
            qtbot.wait(50)
            shown.grab().save(str(shots / f"hosted-invitations-{language}.png"))
            shown.close()
            if language == "de":
                control.set_account(account)
                qtbot.waitUntil(lambda: control.hosted is not None, timeout=20000)
                assert control.address.text() == f"Gehostet: {hosted.url}"
                control.grab().save(str(shots / "hosted-control-de.png"))
        finally:
            remove_translators(qapp, translators)
    dialog.close()


def test_an_unreachable_hosted_site_is_said_beside_the_button(
        wb: Workbench, qtbot: QtBot, runner: TaskRunner, aws_env: dict[str, str]) -> None:
    from workbench.services.accounts import add_account

    account = add_account(wb, "gone", "endpoint", endpoint_url="http://127.0.0.1:9",
                          options={"max_attempts": 1, "connect_timeout": 1})
    control = control_for(wb, account, runner, qtbot)
    qtbot.waitUntil(lambda: bool(control.hosted_error), timeout=20000)
    assert control.address.text().startswith("Hosted site: cannot reach gone")
    assert "#b3261e" in control.address.styleSheet() and not control.copy_button.isVisible()


def test_the_key_is_made_on_the_server_pasted_checked_stored_and_rotated(
        hosted: Served, wb: Workbench, qtbot: QtBot, runner: TaskRunner,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shots: Path,
        qapp: QApplication) -> None:
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    credentials = tmp_path / "aws" / "credentials"
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "aws" / "config"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    account = endpoint_account(wb, hosted, "Hosted site")
    server_keys = KeysFile(hosted.faults.parent / "keys.ini")

    dialog = ApiKeyDialog(wb, account, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.command.text() == "workbench serve-keys create"
    assert "no key yet" in dialog.now.text() and not dialog.step3.isVisible()
    dialog.grab().save(str(shots / "api-key-first-en.png"))
    # A typo is said at once and nothing is stored.
    dialog.access.setText("AKWBNOTAKEY000000000")
    dialog.secret.setText("not-the-secret-000000000")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "refused the key" in dialog.save_status.text(), timeout=20000)
    assert not credentials.exists()

    first = server_keys.create("local")
    QGuiApplication.clipboard().setText(f"aws_access_key_id = {first.access_key_id}\n"
                                        f"aws_secret_access_key = {first.secret_access_key}\n")
    dialog.paste_button.click()
    assert dialog.access.text() == first.access_key_id
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20000)
    assert "now signs with" in dialog.save_status.text() and dialog.secret.text() == ""
    assert not dialog.step3.isVisible()
    assert current_pair(account).access_key_id == first.access_key_id  # type: ignore[union-attr]
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    dialog.close()

    # Rotation, with the window in German.
    translators = install_translators(qapp, "de")
    try:
        dialog = ApiKeyDialog(wb, account, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.command.text() == f"workbench serve-keys rotate {first.access_key_id}"
        dialog.grab().save(str(shots / "api-key-rotate-de.png"))
        second = server_keys.rotate(first.access_key_id)
        dialog.access.setText(second.access_key_id)
        dialog.secret.setText(second.secret_access_key)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.saved == second.access_key_id, timeout=20000)
        assert dialog.step3.isVisible()
        assert dialog.remove_command.text() == \
            f"workbench serve-keys remove {first.access_key_id}"
        dialog.check_old_button.click()  # not removed yet: the server still takes it
        qtbot.waitUntil(lambda: "noch" in dialog.old_status.text(), timeout=20000)
        server_keys.remove(first.access_key_id)
        dialog.check_old_button.click()
        qtbot.waitUntil(lambda: "abgeschlossen" in dialog.old_status.text(), timeout=20000)
        dialog.grab().save(str(shots / "api-key-rotated-de.png"))
        dialog.close()
    finally:
        remove_translators(qapp, translators)
    assert current_pair(account).access_key_id == second.access_key_id  # type: ignore[union-attr]

    dialog = ApiKeyDialog(wb, account, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()
    assert "Paste both lines" in dialog.save_status.text()
    dialog.access.setText("AKWBABCDEFGHIJKLMNOP")
    dialog.secret.setText("x")
    dialog.save_button.click()
    assert "16 to 128" in dialog.save_status.text()
    dialog.grab().save(str(shots / "api-key-rotate-en.png"))
    dialog.close()


def own_credentials(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No AWS setting of this machine: an empty credentials file of the test's own."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    credentials = tmp_path / "aws" / "credentials"
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "aws" / "config"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    return credentials


def run_on_the_server(hosted: Served, command: str) -> str:
    """What a command the window shows prints when run on the server (its store and keys)."""
    words = command.split()
    assert words[:2] == ["workbench", "serve-keys"], command
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(hosted.db), *words[1:], "--keys",
         str(hosted.faults.parent / "keys.ini")],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def on_the_server(hosted: Served, email: str) -> Any:
    """The hosted site's own record of the worker with this address."""
    (found,) = [w for w in LocalWorkforce(hosted.engine).workers(include_revoked=True)
                if w.email == email]
    return found


def test_the_window_connects_to_a_hosted_site_keys_it_and_manages_its_workers(
        hosted: Served, wb: Workbench, store_path: Path, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, shots: Path) -> None:
    """A requester, with mouse and keyboard only: Account > Connect an account… (a custom
    endpoint), the key made on the server pasted and checked, then the toolbar's Invite a
    worker… on the hosted site, and a worker's country and language set."""
    from tests.journeys.person import (
        DialogAnswer,
        bring_to_front,
        choose,
        click,
        menu,
        press,
        shown,
        type_into,
    )
    from workbench.views.dialogs.account_dialog import AccountDialog
    from workbench.views.main_window import MainWindow
    from workbench.views.workers.dialogs import WorkerProfileDialog

    credentials = own_credentials(tmp_path, monkeypatch)
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    bring_to_front(qtbot, window)

    def connect(dialog: AccountDialog) -> None:
        type_into(qtbot, dialog.name, "Acme Panel")
        choose(qtbot, dialog.kind, "Custom endpoint")
        type_into(qtbot, dialog.endpoint, hosted.url)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        click(qtbot, ok)

    answer = DialogAnswer(AccountDialog, connect)
    menu(qtbot, window, "Account", "Connect an account")
    assert answer.answered
    assert window.account.name == "Acme Panel" and window.account.kind == "endpoint"

    # Asked at once for the key: the command to run on the server, its output pasted here.
    keys = shown(qtbot, ApiKeyDialog)
    assert keys.isModal() and keys.command.text() == "workbench serve-keys create"
    QGuiApplication.clipboard().setText(run_on_the_server(hosted, keys.command.text()))
    click(qtbot, keys.paste_button)
    secret = keys.secret.text()
    assert keys.access.text().startswith("AKWB") and secret
    click(qtbot, keys.save_button)
    qtbot.waitUntil(lambda: keys.saved is not None, timeout=20000)
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    # The secret is in the credentials file only, never in the store (nor its journal).
    assert secret in credentials.read_text(encoding="utf-8")
    assert all(secret.encode() not in part.read_bytes()
               for part in store_path.parent.glob(store_path.name + "*"))
    press(qtbot, Qt.Key.Key_Escape, widget=keys)
    qtbot.waitUntil(lambda: not isValid(keys) or not keys.isVisible(), timeout=5000)

    # The toolbar now speaks of the hosted site, and invites to it.
    control = window.worker_site
    qtbot.waitUntil(lambda: control.address.text() == f"Hosted: {hosted.url}", timeout=20000)
    assert not control.switch.isVisible()
    window.grab().save(str(shots / "hosted-window-en.png"))
    click(qtbot, control.invite_button)
    dialog = shown(qtbot, WorkerInvitationsDialog)
    bring_to_front(qtbot, dialog)
    assert not dialog.shown_box.isVisible()  # the hosted site keeps its own name
    type_into(qtbot, dialog.name_edit, "Jürgen Groß")
    type_into(qtbot, dialog.email_edit, "juergen@example.de")
    choose(qtbot, dialog.locale_fields.country, "Germany (DE)")
    choose(qtbot, dialog.locale_fields.language, "German (de)")
    press(qtbot, Qt.Key.Key_Return, widget=dialog.name_edit)
    qtbot.waitUntil(lambda: dialog.link.startswith(f"{hosted.url}/sign-in#"), timeout=20000)
    assert dialog.body_edit.toPlainText().startswith("Hallo Jürgen Groß,")
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=20000)
    worker = on_the_server(hosted, "juergen@example.de")
    assert (worker.name, worker.country, worker.language) == ("Jürgen Groß", "DE", "de")

    # Jürgen moves to Vienna: his country and language, set from the list.
    table = dialog.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == worker.worker_id)
    table.scrollToItem(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 1)).center())
    assert dialog.selected_workers() == [worker.worker_id]
    click(qtbot, dialog.edit_button)
    profile = shown(qtbot, WorkerProfileDialog)
    choose(qtbot, profile.place.country, "Austria (AT)")
    choose(qtbot, profile.place.subdivision, "(AT-9)")
    type_into(qtbot, profile.place.language.lineEdit(), "de-AT")  # typed: not in the list
    save = profile.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    def shown_place() -> tuple[str, str]:
        at = next(r for r in range(table.rowCount())
                  if table.item(r, 0).text() == worker.worker_id)
        return table.item(at, 2).text(), table.item(at, 3).text()

    qtbot.waitUntil(lambda: shown_place()[0] == "Austria (AT-9)", timeout=20000)
    assert "Austria (AT-9)" in dialog.message.text()
    assert shown_place()[1].endswith("(de-AT)")
    worker = on_the_server(hosted, "juergen@example.de")
    assert (worker.country, worker.subdivision, worker.language) == ("AT", "9", "de-AT")
    press(qtbot, Qt.Key.Key_Escape, widget=table)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=5000)
