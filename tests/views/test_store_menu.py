"""Restore and check from the window's menu, with the store shared by another process."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.store.test_shared_store import Holder
from workbench.services.backup import backup_store
from workbench.services.context import Workbench
from workbench.views.main_window import MainWindow
from workbench.views.widgets import file_dialogs


def menu_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    for menu in window.menuBar().findChildren(type(window.menuBar().addMenu("x"))):
        for action in menu.actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def test_restore_from_the_menu_is_refused_while_another_process_holds_the_store(
        qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    wb = Workbench.open(path)
    backup = tmp_path / "backup.sqlite3"
    backup_store(wb.store, backup)
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.show()
    told: list[str] = []
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: told.append(text))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text, *a, **k: told.append(text))
    other = Holder(str(path), str(path))  # a command or `workbench serve` on the same store
    try:
        menu_action(window, "Restore from a backup…").trigger()
        assert told and "open in another Requester Workbench" in told[-1]
        assert window.isVisible()  # refused: the window stays, nothing to restart
        # The window goes on with its store: a new account is written and read back.
        from workbench.services.accounts import add_account, list_accounts

        add_account(wb, "after-refusal", "local")
        assert "after-refusal" in [a.name for a in list_accounts(wb)]
    finally:
        other.close()
    # With the other process gone, the same menu item restores and the window closes.
    menu_action(window, "Restore from a backup…").trigger()
    assert "The backup is now the store" in told[-1]
    assert not window.isVisible()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM accounts")}
    assert "after-refusal" not in names


def test_check_the_store_from_the_menu_says_sound_or_damaged(
        qtbot, demo_wb: Workbench, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text, *a, **k: told.append(text))
    window = MainWindow(demo_wb)
    qtbot.addWidget(window)
    menu_action(window, "Check the store for damage…").trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert "is sound" in told[0]
    window.runner.shutdown()
