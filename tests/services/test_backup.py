"""Backups while the store is in use, and restores that never replace a store with junk."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from workbench.services.backup import BackupError, backup_store, check_backup, restore_store
from workbench.services.context import Workbench
from workbench.services.demo import run_demo
from workbench.services.progress import Cancelled, CancelToken
from workbench.services.sync import store_counts


def test_a_backup_taken_during_writes_is_consistent_and_restorable(wb: Workbench,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    report = run_demo(wb, hits=10, assignments=2, workers=3, seed=1)
    writer = threading.Thread(target=run_demo, kwargs={
        "wb": wb, "hits": 10, "assignments": 2, "workers": 3, "seed": 2})
    writer.start()
    backup = tmp_path / "copy.sqlite3"
    result = backup_store(wb.store, backup)
    writer.join()
    assert result.size_bytes > 0 and not (tmp_path / ".copy.sqlite3.partial").exists()
    check_backup(backup)
    connection = sqlite3.connect(backup)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    counted = connection.execute("SELECT count(*) FROM assignments").fetchone()[0]
    assert counted in (20, 40)  # before or after the second demo, never half of it
    connection.close()

    store_path = wb.store.path
    assert store_path is not None
    wb.close()
    kept = restore_store(backup, store_path)
    assert kept is not None and kept.exists()
    restored = Workbench.open(store_path)
    assert sum(store_counts(restored, report.account).values()) == counted
    restored.close()


def test_a_cancelled_backup_leaves_no_file(wb: Workbench, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run_demo(wb, hits=30, assignments=3, workers=4, seed=1)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        backup_store(wb.store, tmp_path / "never.sqlite3", cancel=cancel)
    assert list(tmp_path.glob("*never*")) == []


@pytest.mark.parametrize("content", [b"hello, not a database\n", b""])
def test_restoring_junk_is_refused_and_the_store_is_untouched(wb: Workbench, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              content: bytes) -> None:
    store_path = wb.store.path
    assert store_path is not None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(content)
    before = store_path.read_bytes()
    wb.close()
    with pytest.raises(BackupError):
        restore_store(junk, store_path)
    assert store_path.read_bytes() == before


def test_a_foreign_sqlite_file_is_not_a_backup(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="not a Requester Workbench store"):
        check_backup(other)
