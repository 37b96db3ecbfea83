"""File dialogs in the store's folder leave the store's locks alone.

Qt's own dialog opens a file it cannot type by its name (``store.db``, ``store.db-shm``) to
read its first bytes; closing that descriptor drops this process's POSIX locks on it, which
is how a dialog once let a command delete the window's WAL (tests/store/test_shared_store.py
shows the consequences; sql/sqlite_hold.py the remedy). Ours never open a listed file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from workbench.services.context import Workbench
from workbench.views.widgets import file_dialogs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads the kernel's lock table (/proc/locks)")


def posix_locks_of_this_process(path: Path) -> int:
    """How many POSIX locks this process holds on the file (from /proc/locks)."""
    status = path.stat()
    inode = f"{os.major(status.st_dev):02x}:{os.minor(status.st_dev):02x}:{status.st_ino}"
    count = 0
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" in fields:
            continue  # a waiter, not a holder
        if fields[1] == "POSIX" and fields[4] == str(os.getpid()) and fields[5] == inode:
            count += 1
    return count


def browse(qtbot, show: Callable[[], object]) -> None:  # type: ignore[no-untyped-def]
    """Show a file dialog until its folder is listed (and each file typed), then cancel."""
    def close_when_listed() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                qtbot.wait(1500)  # the gatherer thread types every listed file
                widget.reject()
                return
        QTimer.singleShot(50, close_when_listed)

    QTimer.singleShot(50, close_when_listed)
    show()


def test_our_file_dialogs_never_drop_the_store_locks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.db"
    wb = Workbench.open(path)
    try:
        with wb.store.read() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM accounts")
            shm = Path(f"{path}-shm")
            held = posix_locks_of_this_process(path), posix_locks_of_this_process(shm)
            assert held[0] > 0 and held[1] > 0  # SQLite's shared locks, while reading
            browse(qtbot, lambda: file_dialogs.open_file_name(None, "Open", str(tmp_path),
                                                              "PNG (*.png)"))
            browse(qtbot, lambda: file_dialogs.save_file_name(
                None, "Save", str(tmp_path / "chart.png"), "PNG (*.png)"))
            assert (posix_locks_of_this_process(path),
                    posix_locks_of_this_process(shm)) == held
            # Qt's own dialog, as the window used it: the same browse drops them.
            browse(qtbot, lambda: QFileDialog.getOpenFileName(
                None, "Open", str(tmp_path), "PNG (*.png)",
                options=QFileDialog.Option.DontUseNativeDialog))
            assert posix_locks_of_this_process(path) < held[0]
    finally:
        wb.close()


def test_no_view_opens_qt_file_dialogs_directly() -> None:
    """Every file dialog of the window goes through views/widgets/file_dialogs.py."""
    import ast

    source_root = Path(file_dialogs.__file__).resolve().parents[2]
    offenders = []
    for path in sorted((source_root / "views").rglob("*.py")):
        if path.name == "file_dialogs.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr.startswith("get") and \
                    isinstance(node.value, ast.Name) and node.value.id == "QFileDialog":
                offenders.append(f"{path.relative_to(source_root)}:{node.lineno}")
    assert offenders == []
