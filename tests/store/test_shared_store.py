"""One store shared by separate processes: the window, the command line, the server.

The window (here a long-lived process holding the store) opens and closes the store's
files as a Qt file dialog sniffing their type does, while commands run on the same store
from a shell. Before the store held locks a stray close cannot drop, the first command
to finish deleted the WAL under the window, and the window's later decisions were lost.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HOLDER = Path(__file__).with_name("store_holder.py")


class Holder:
    """A separate process with the store open, answering one line per command."""

    def __init__(self, location: str, path: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HOLDER), location, path], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env=os.environ.copy())
        assert self.read() == "ready"

    def read(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.read()

    def close(self) -> None:
        if self.process.poll() is None:
            self.ask("quit")
            self.process.wait(timeout=30)


def workbench(location: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workbench", "--db", location, "-q", *args],
                          capture_output=True, text=True, timeout=120)


def assignment_ids(location: str) -> list[str]:
    from sqlalchemy import text

    from workbench.services.context import Workbench

    with Workbench.open(location) as wb, wb.store.read() as session:
        return [row[0] for row in session.execute(
            text("SELECT assignment_id FROM assignments ORDER BY assignment_id"))]


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(location, file to open and close) of a store with a demo batch, on both databases."""
    if request.param == "sqlite":
        path = tmp_path / "store.db"
        location = str(path)
    else:
        location = request.getfixturevalue("pg_database")
        path = tmp_path / "unrelated.txt"  # a server database has no file to sniff
        path.write_text("x")
    done = workbench(location, "demo", "--hits", "3", "--assignments", "2", "--seed", "5")
    assert done.returncode == 0, done.stderr
    yield location, str(path)


def test_a_stray_close_in_the_window_loses_no_write_of_anyone(
        shared_store: tuple[str, str]) -> None:
    location, path = shared_store
    first, second, third, fourth = assignment_ids(location)[:4]
    window = Holder(location, path)
    try:
        assert window.ask(f"approve {first}") == "ok"
        assert window.ask("stray") == "ok"  # a file dialog opened in the store's folder
        done = workbench(location, "review", "approve", second)
        assert done.returncode == 0, done.stderr
        if location.endswith(".db"):
            # The command must not have taken the WAL away from the window.
            assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
        assert window.ask(f"approve {third}") == "ok"
        assert window.ask("stray") == "ok"
        done = workbench(location, "review", "approve", fourth)
        assert done.returncode == 0, done.stderr
        # The window sees the commands' decisions, the commands see the window's.
        assert window.ask("outbox").split() == sorted([first, second, third, fourth])
        listed = workbench(location, "outbox")
        assert listed.returncode == 0, listed.stderr
        for assignment_id in (first, second, third, fourth):
            assert assignment_id in listed.stdout
    finally:
        window.close()
    if location.endswith(".db"):
        connection = sqlite3.connect(location)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            queued = {row[0] for row in connection.execute("SELECT target FROM outbox")}
        finally:
            connection.close()
        assert {first, second, third, fourth} <= queued
        # The last process to let go tidied the WAL into the store file.
        assert not Path(f"{path}-wal").exists()


def _start_together(commands: list[list[str]], gate: Path) -> list[subprocess.Popen[str]]:
    """Start processes that each wait for ``gate`` to appear, then run their command."""
    waiter = ("import os, sys, time, runpy\n"
              "while not os.path.exists(sys.argv[1]): time.sleep(0.001)\n"
              "sys.argv = ['workbench'] + sys.argv[2:]\n"
              "runpy.run_module('workbench', run_name='__main__')\n")
    processes = [subprocess.Popen([sys.executable, "-c", waiter, str(gate), *command],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for command in commands]
    import time

    time.sleep(1.5)  # every interpreter up and polling
    gate.write_text("go")
    return processes


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_first_runs_at_once_on_a_new_store_all_succeed(
        database: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    for attempt in range(3):
        if database == "sqlite":
            location = str(tmp_path / f"new-{attempt}.db")
        else:
            location = request.getfixturevalue("pg_database") if attempt == 0 else \
                _fresh_pg_database(request)
        processes = _start_together(
            [["--db", location, "hits"] for _ in range(4)],
            tmp_path / f"gate-{attempt}")
        for process in processes:
            _, err = process.communicate(timeout=120)
            assert process.returncode == 0, err
        from sqlalchemy import text

        from workbench.services.context import Workbench

        with Workbench.open(location) as wb, wb.store.read() as session:
            assert session.execute(text("SELECT count(*) FROM accounts")).scalar() == 1
            # No requester left behind by the processes that lost the race.
            assert session.execute(text("SELECT count(*) FROM mk_requesters")).scalar() == 1


def _fresh_pg_database(request: pytest.FixtureRequest) -> str:
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(request.getfixturevalue("pg_url"))
    name = f"wb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()

    def drop() -> None:
        engine = create_engine(server, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    request.addfinalizer(drop)
    return server.set(database=name).render_as_string(hide_password=False)


def test_restore_is_refused_while_another_process_holds_the_store(tmp_path: Path) -> None:
    from workbench.services.backup import BackupError, backup_store, restore_store
    from workbench.services.context import Workbench

    location = str(tmp_path / "store.db")
    done = workbench(location, "demo", "--hits", "2", "--assignments", "2", "--seed", "3")
    assert done.returncode == 0, done.stderr
    backup = tmp_path / "backup.sqlite3"
    with Workbench.open(location) as wb:
        backup_store(wb.store, backup)
    first, second = assignment_ids(location)[:2]
    server = Holder(location, location)  # as `workbench serve` or the window would
    try:
        assert server.ask(f"approve {first}") == "ok"
        with pytest.raises(BackupError, match="open in another Requester Workbench"):
            restore_store(backup, location)
        # Nothing changed: the holder goes on, and its work is in the store.
        assert server.ask(f"approve {second}") == "ok"
    finally:
        server.close()
    assert _column(location, "SELECT target FROM outbox") == {first, second}
    # Once no one holds it, the restore goes ahead and keeps the old store, with its
    # last decisions, beside it.
    kept = restore_store(backup, location)
    assert kept is not None
    assert _column(str(kept), "SELECT target FROM outbox") == {first, second}
    assert _column(location, "SELECT count(*) FROM outbox") == {0}


def _column(location: str, query: str) -> set[object]:
    # Closed at once: an open connection of this process holds the store too.
    with contextlib.closing(sqlite3.connect(location)) as connection:
        return {row[0] for row in connection.execute(query)}


def test_a_process_starting_during_a_restore_waits_and_sees_the_restored_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    from workbench.services import backup as backup_service
    from workbench.services.context import Workbench

    location = str(tmp_path / "store.db")
    backup = tmp_path / "backup.sqlite3"
    with Workbench.open(location) as wb:
        backup_service.backup_store(wb.store, backup)
    done = workbench(location, "accounts", "add", "after-backup", "--kind", "local")
    assert done.returncode == 0, done.stderr

    writing = threading.Event()
    real_write = backup_service._write_in_place

    def slow_write(source: Path, store_path: Path) -> None:
        writing.set()
        time.sleep(3)  # the newcomer below starts meanwhile and must wait
        real_write(source, store_path)

    monkeypatch.setattr(backup_service, "_write_in_place", slow_write)
    restoring = threading.Thread(target=backup_service.restore_store, args=(backup, location))
    restoring.start()
    assert writing.wait(30)
    newcomer = workbench(location, "accounts", "add", "newcomer", "--kind", "local")
    restoring.join()
    assert newcomer.returncode == 0, newcomer.stderr
    listed = workbench(location, "accounts", "list")
    # The newcomer's account went into the restored store, not the one set aside.
    assert "newcomer" in listed.stdout and "after-backup" not in listed.stdout


def test_a_store_whose_marketplace_is_newer_is_refused_in_one_line(tmp_path: Path) -> None:
    from workbench.services.backup import BackupError, restore_store
    from workbench.services.context import Workbench

    location = tmp_path / "store.db"
    Workbench.open(location).close()
    connection = sqlite3.connect(location)
    connection.execute("UPDATE market_alembic_version SET version_num = 'm9999z'")
    connection.commit()
    connection.close()
    before = location.read_bytes()
    done = workbench(str(location), "hits")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "newer" in done.stderr and "Traceback" not in done.stderr
    assert location.read_bytes() == before
    # Nor does a restore accept such a file.
    other = tmp_path / "other.db"
    Workbench.open(other).close()
    with pytest.raises(BackupError, match="newer"):
        restore_store(location, other)
