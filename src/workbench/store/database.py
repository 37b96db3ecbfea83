"""Opening a store: find or create the database, refuse what is not ours, migrate what is old."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from workbench.sql.engine import (
    DatabaseUnusable,
    check_sqlite_file,
    database_url,
    make_engine,
    session_scope,
    sqlite_path,
)
from workbench.sql.errors import describe_database_error
from workbench.sql.migrate import SchemaTooNew, upgrade_to_head
from workbench.store import answer_search
from workbench.store.integrity import IntegrityReport, check_integrity, refuse_if_damaged

APP_NAME = "RequesterWorkbench"
STORE_FILE_NAME = "workbench.sqlite3"
VERSION_TABLE = "alembic_version"
MIGRATIONS = Path(__file__).parent / "migrations"
# Tables another part of the workbench may keep in the same database (the local marketplace).
FOREIGN_TABLE_PREFIXES = ("mk_", "market_alembic_version")


class StoreUnusable(DatabaseUnusable):
    """The store cannot be opened; the message says why in one line and nothing was changed."""


def default_store_location() -> Path:
    """The SQLite file in the platform's user data folder."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / STORE_FILE_NAME


class Store:
    """An open store: an engine, a session factory and units of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        answer_search.keep_indexed(self._sessions, engine)
        self._checked_before_writing = False
        self._check_lock = threading.Lock()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return sqlite_path(self.engine.url)

    def session(self, *, write: bool = False, durable: bool = True
                ) -> AbstractContextManager[Session]:
        """A unit of work that commits on success; ``write=True`` locks SQLite for writing first.

        The first write of this process is preceded by a check for damage (store.integrity):
        a damaged store raises StoreDamaged and nothing is written. ``durable=False`` only for
        copies of what a marketplace holds, which the next pull brings again (see
        sql.engine.session_scope): their commits do not wait for the disk.
        """
        if write and not self._checked_before_writing:
            self._check_before_first_write()
        return session_scope(self._sessions, write=write, durable=durable)

    def _check_before_first_write(self) -> None:
        with self._check_lock:
            if self._checked_before_writing:
                return
            refuse_if_damaged(check_integrity(self.engine), str(self.path or self.url))
            self._checked_before_writing = True

    def check(self, *, whole: bool = True,
              cancelled: Callable[[], bool] | None = None) -> IntegrityReport:
        """Check the store's pages for damage (by default all of them, at any size)."""
        return check_integrity(self.engine, whole=whole, cancelled=cancelled)

    def read(self) -> AbstractContextManager[Session]:
        return session_scope(self._sessions)

    def optimize(self, *, everything: bool = False) -> None:
        """Refresh SQLite's statistics where they are stale, so queries keep good plans.

        ``everything`` re-analyses every table: after a migration added indexes, statistics
        for some indexes but not others would mislead the planner badly.
        """
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as connection:
            # A bounded analysis: approximate statistics in milliseconds, even at 1M rows.
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
            connection.exec_driver_sql("ANALYZE" if everything else "PRAGMA optimize")
            connection.commit()

    def dispose(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"<Store {self.url}>"


def _ours_or_empty(tables: set[str], where: str) -> None:
    if VERSION_TABLE in tables:
        return
    strangers = sorted(t for t in tables if not t.startswith(FOREIGN_TABLE_PREFIXES))
    if strangers:
        raise StoreUnusable(
            f"{where} already holds other tables ({', '.join(strangers[:5])}); it is not a "
            "Requester Workbench store and was left untouched"
        )


def _sqlite_tables(path: Path) -> set[str]:
    """Table names, read without opening the file for writing (nothing may change yet)."""
    if not path.exists() or path.stat().st_size == 0:
        return set()
    probe = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        return {row[0] for row in probe.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        probe.close()


def open_store(location: str | Path | None = None, *, migrate: bool = True) -> Store:
    """Open (creating or migrating as needed) the store at a URL or path; default: user data."""
    target = location if location is not None else default_store_location()
    path = sqlite_path(database_url(target))
    if path is not None:
        check_sqlite_file(path)
        _ours_or_empty(_sqlite_tables(path), str(path))
    engine = make_engine(target)
    try:
        if path is None:
            _ours_or_empty(set(inspect(engine).get_table_names()),
                           engine.url.render_as_string(hide_password=True))
        if migrate and upgrade_to_head(engine, MIGRATIONS, VERSION_TABLE):
            Store(engine).optimize(everything=True)
    except SchemaTooNew as exc:
        engine.dispose()
        raise StoreUnusable(str(exc)) from None
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        where = engine.url.render_as_string(hide_password=True)
        message, _ = describe_database_error(exc, path, where=where)
        raise StoreUnusable(f"cannot open {message}") from None
    except DatabaseUnusable:
        engine.dispose()
        raise
    return Store(engine)
