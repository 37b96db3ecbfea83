"""One store shared by separate processes: the window, the command line, the server.

The window (here a long-lived process holding the store) opens and closes the store's
files as a Qt file dialog sniffing their type does, while commands run on the same store
from a shell. Before the store held locks a stray close cannot drop, the first command
to finish deleted the WAL under the window, and the window's later decisions were lost.
"""

from __future__ import annotations

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
