"""Settings, About, backups and the crash dialog, as a user meets them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from workbench.services.accounts import add_account, list_accounts
from workbench.services.settings import Settings, load_settings
from workbench.views.dialogs.about import AboutDialog, dependency_licences
from workbench.views.dialogs.settings_dialog import SettingsDialog
from workbench.views.main_window import MainWindow


def test_the_settings_dialog_saves_what_was_chosen(qtbot, wb, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_account(wb, "Live", "mturk", aws_profile="work")
    win = MainWindow(wb)
    qtbot.addWidget(win)

    def choose(dialog: SettingsDialog) -> int:
        dialog.wage.setValue(15.5)
        dialog.push_as_i_go.setChecked(True)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.profiles.item(0, 1).setText("finance")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    win.open_settings()
    saved = load_settings()
    assert saved.fair_wage_cents_per_hour == 1550
    assert saved.push_as_i_go is True and saved.theme == "dark"
    assert saved.aws_profiles == {"Live": "finance"}
    win.runner.shutdown()


def test_testing_a_store_location_reports_problems_without_touching_them(qtbot, wb,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a store", encoding="utf-8")
    win = MainWindow(wb)
    qtbot.addWidget(win)
    dialog = SettingsDialog(Settings(), list_accounts(wb), win.runner, win)
    dialog.location.setText(str(notes))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("Cannot"), timeout=5000)
    assert notes.read_text(encoding="utf-8") == "not a store"
    dialog.location.setText(str(tmp_path / "new.sqlite3"))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "will be created" in dialog.test_result.text(), timeout=5000)
    win.runner.shutdown()


def test_about_names_the_version_the_store_and_the_licences(qtbot, wb) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(wb.store.url)
    qtbot.addWidget(dialog)
    text = dialog.details.toPlainText()
    assert wb.store.url in text and "Logs" in text
    names = [name for name, _, _ in dependency_licences()]
    assert "PySide6" in names and "SQLAlchemy" in names
    assert all(licence for _, _, licence in dependency_licences())


def test_back_up_from_the_menu_writes_a_copy(qtbot, demo_wb, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from workbench.views.widgets import file_dialogs

    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    win = MainWindow(demo_wb)
    qtbot.addWidget(win)
    win.back_up_store()
    qtbot.waitUntil(lambda: target.exists() and not win.runner.long_tasks, timeout=30_000)
    assert "Backed up the store" in win.statusBar().currentMessage()
    win.runner.shutdown()


def test_an_unexpected_error_is_logged_and_explained(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workbench.views.crash import CrashReporter

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    reporter = CrashReporter()
    try:
        raise RuntimeError("the disk fell off")
    except RuntimeError as error:
        reporter._hook(RuntimeError, error, error.__traceback__)
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert "the disk fell off" in shown[0] and "Outbox" in shown[0]
