"""A store that is damaged, on a full disk or a read-only folder: said plainly, nothing lost."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.store.conftest import fill, remount


def workbench(location: str | Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workbench", "--db", str(location), "-q",
                           *args], capture_output=True, text=True, timeout=180)


def demo_store(path: Path) -> list[str]:
    done = workbench(path, "demo", "--hits", "40", "--assignments", "3", "--seed", "1")
    assert done.returncode == 0, done.stderr
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute(
            "SELECT assignment_id FROM assignments ORDER BY assignment_id")]


def damage(path: Path) -> None:
    """8 KB of random bytes in the middle of the file, as a stray writer would leave."""
    size = path.stat().st_size
    with open(path, "r+b") as stream:
        stream.seek(size // 2)
        stream.write(os.urandom(8192))


def test_a_decision_is_refused_on_a_damaged_store_and_the_way_back_is_named(
        tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    ids = demo_store(path)
    backup = tmp_path / "backup.sqlite3"
    assert workbench(path, "backup", "--out", str(backup)).returncode == 0
    damage(path)
    before = path.read_bytes()
    done = workbench(path, "review", "approve", ids[0])
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "is damaged" in done.stderr and "restore" in done.stderr
    assert path.read_bytes() == before  # nothing was written into it
    checked = workbench(path, "check")
    assert checked.returncode == 1 and "damaged" in checked.stdout
    # The way back works: restore the backup, then the decision goes in.
    restored = workbench(path, "restore", str(backup), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert workbench(path, "check").returncode == 0
    assert workbench(path, "review", "approve", ids[0]).returncode == 0


def test_the_check_before_the_first_write_stays_cheap_on_a_big_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.services.context import Workbench
    from workbench.store import integrity

    path = tmp_path / "store.db"
    demo_store(path)
    # As if the store were bigger than a whole check allows before a write: only the
    # tables decisions use are checked, and damage elsewhere waits for `workbench check`.
    monkeypatch.setattr(integrity, "WHOLE_CHECK_MAX_BYTES", 0)
    with Workbench.open(path) as wb:
        report = integrity.check_integrity(wb.store.engine)
        assert report.sound and "outbox" in report.scope and "answers" not in report.scope


def test_read_only_and_full_file_systems_are_not_called_damage(
        small_filesystem: Path) -> None:
    path = small_filesystem / "store.db"
    demo_store_done = workbench(path, "demo", "--hits", "3", "--assignments", "2")
    assert demo_store_done.returncode == 0, demo_store_done.stderr
    remount(small_filesystem, "ro")
    try:
        done = workbench(path, "hits")
        assert done.returncode != 0
        assert "read-only file system" in done.stderr and "damaged" not in done.stderr
    finally:
        remount(small_filesystem, "rw")
    fill(small_filesystem)
    done = workbench(path, "review", "approve", "A1")
    assert done.returncode != 0
    assert "disk is full" in done.stderr and "damaged" not in done.stderr
    done = workbench(small_filesystem / "new.db", "hits")
    assert "disk is full" in done.stderr and "damaged" not in done.stderr


def test_a_backup_onto_a_full_disk_fails_in_one_line_and_leaves_nothing(
        tmp_path: Path, small_filesystem: Path) -> None:
    path = tmp_path / "store.db"
    demo_store(path)
    target = small_filesystem / "backup.sqlite3"
    (small_filesystem / "filler").write_bytes(b"\0" * (1800 * 1024))
    done = workbench(path, "backup", "--out", str(target))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert sorted(p.name for p in small_filesystem.iterdir()) == ["filler"]


def test_a_backup_refuses_a_target_that_is_not_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    demo_store(path)
    done = workbench(path, "backup", "--out", "/dev/null")
    assert done.returncode == 2 and "not a regular file" in done.stderr
    assert Path("/dev/null").is_char_device()


def test_every_commit_reaches_the_disk(tmp_path: Path) -> None:
    from sqlalchemy import text

    from workbench.services.context import Workbench

    with Workbench.open(tmp_path / "store.db") as wb, wb.store.read() as session:
        # 2 = FULL: a power cut cannot roll back a decision or a payment attempt's record.
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2


def test_only_a_pulls_copy_commits_without_waiting_for_the_disk(tmp_path: Path) -> None:
    from sqlalchemy import event, select, text

    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench
    from workbench.services.demo import run_demo
    from workbench.services.outbox import queue_approve
    from workbench.services.sync import sync
    from workbench.store.schema import Assignment

    with Workbench.open(tmp_path / "store.db") as wb:
        run_demo(wb, hits=3, assignments=2, workers=2, seed=2)
        account = get_account(wb)
        with wb.store.read() as session:
            first = session.scalars(select(Assignment.assignment_id)
                                    .order_by(Assignment.id)).first()
        assert first is not None
        commits: list[int] = []

        def note(connection: object) -> None:
            commits.append(int(connection.exec_driver_sql(  # type: ignore[attr-defined]
                "PRAGMA synchronous").scalar()))

        event.listen(wb.store.engine, "commit", note)
        queue_approve(wb, account, [first])  # a decision: 2 = FULL
        decided = list(commits)
        sync(wb, account, full=True)
        event.remove(wb.store.engine, "commit", note)
        with wb.store.read() as session:
            after = session.execute(text("PRAGMA synchronous")).scalar()
    assert decided and set(decided) == {2}
    synced = commits[len(decided):]
    # The push's records and the sync's last record wait for the disk (making everything
    # before them durable too); the pull's copy in between (1 = NORMAL) does not.
    assert 1 in synced and synced[-1] == 2
    assert after == 2  # a relaxed connection is durable again for whoever uses it next


def test_a_value_postgresql_cannot_store_is_not_called_damage(pg_database: str,
                                                              tmp_path: Path) -> None:
    from sqlalchemy.exc import DataError

    from workbench.services.context import Workbench
    from workbench.sql.errors import describe_database_error

    with Workbench.open(pg_database) as wb:
        with pytest.raises(DataError) as caught, wb.store.session(write=True) as session:
            from sqlalchemy import text

            session.execute(text("UPDATE accounts SET name = :n"), {"n": "a\x00b"})
        message, bad_input = describe_database_error(caught.value)
    assert "could not be stored" in message and "damaged" not in message and bad_input
