"""Noticing a damaged store before a decision or a payment is written into it.

SQLite reads only the pages a query needs, so a store with a damaged page somewhere (a
disk error, a sync tool or another program writing into the file) answers most commands
as if it were healthy, and a reviewer's decision would go into it. Before a process first
writes, the store is checked with ``PRAGMA quick_check`` (the structure of every b-tree
page: what random bytes break): the whole file when it is small enough to take a fraction
of a second, else the tables a decision or a payment touches, so that a big store does not
make every command slow. ``workbench check`` (and the window's File → Check the store)
checks the whole file at any size. A server database (PostgreSQL) checks its own pages.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from workbench.sql.engine import DatabaseUnusable, sqlite_path
from workbench.sql.errors import RECOVERY_HINT

# quick_check reads every page: 1.8-2.1 s for the 664 MB benchmark store (1,000,000
# assignments) here, so a store up to this size is checked whole before its first write
# (about 0.2 s).
WHOLE_CHECK_MAX_BYTES = 64 * 2**20
# What a decision or a payment writes, and the money it moves: checked at any size. (The
# assignments and HITs, most of a big store, are read row by row through their indexes, and
# a damaged page on that path fails the read itself: cell_size_check is on.)
WRITE_PATH_TABLES = ("accounts", "outbox", "outbox_attempts", "audit_log", "bonuses",
                     "blocks", "review_hits", "mk_requesters", "mk_payments")
PROBLEMS_SHOWN = 3


class StoreDamaged(DatabaseUnusable):
    """The store's file is damaged; the message says so in one line, with the way back."""


@dataclass(frozen=True)
class IntegrityReport:
    """What a check found: nothing (``sound``) or SQLite's own words for each problem."""

    scope: str
    seconds: float
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def check_integrity(engine: Engine, *, whole: bool | None = None,
                    cancelled: Callable[[], bool] | None = None) -> IntegrityReport:
    """Check an SQLite store's pages (``whole=None``: whole only if small); PostgreSQL: skip."""
    path = sqlite_path(engine.url)
    if path is None:
        return IntegrityReport("a database server checks its own pages", 0.0)
    if whole is None:
        whole = _size(path) <= WHOLE_CHECK_MAX_BYTES
    started = time.perf_counter()
    connection = sqlite3.connect(path, timeout=30)
    try:
        if cancelled is not None:
            connection.set_progress_handler(lambda: int(cancelled()), 10_000)
        if whole:
            problems = _quick_check(connection, None)
            scope = "the whole store"
        else:
            tables = _present(connection, WRITE_PATH_TABLES)
            problems = [p for table in tables for p in _quick_check(connection, table)]
            scope = "the tables decisions and payments use (" + ", ".join(tables) + ")"
    except sqlite3.OperationalError as exc:
        if cancelled is not None and cancelled():
            raise InterruptedError("check cancelled") from None
        problems = [str(exc)]
        scope = "the whole store" if whole else "the tables decisions use"
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
        scope = "the whole store" if whole else "the tables decisions use"
    finally:
        connection.close()
    return IntegrityReport(scope, time.perf_counter() - started, problems)


def refuse_if_damaged(report: IntegrityReport, where: str) -> None:
    """Raise StoreDamaged, in one line, for a report that found problems."""
    if report.sound:
        return
    shown = "; ".join(report.problems[:PROBLEMS_SHOWN])
    raise StoreDamaged(
        f"{where} is damaged ({shown}); nothing was written. To recover, {RECOVERY_HINT}")


def _size(path: Path) -> int:
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += Path(f"{path}{suffix}").stat().st_size
    return total


def _present(connection: sqlite3.Connection, tables: Sequence[str]) -> list[str]:
    known = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [table for table in tables if table in known]


def _quick_check(connection: sqlite3.Connection, table: str | None) -> list[str]:
    sql = "PRAGMA quick_check" if table is None else f"PRAGMA quick_check({table})"
    lines: list[str] = []
    for (text,) in connection.execute(sql):
        lines.extend(line for line in str(text).splitlines() if line.strip())
    lines = [line for line in lines if line != "ok" and not line.startswith("*** in database")]
    return lines
