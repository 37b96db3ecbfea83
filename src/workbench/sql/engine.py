"""Opening a database safely: SQLite files are checked before anything can write to them."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from workbench.sql.errors import RECOVERY_HINT, filesystem_problem, is_damage
from workbench.sql.sqlite_hold import StoreHold, hold_store, tidy_after_last_use

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_BUSY_TIMEOUT_MS = 30_000


class DatabaseUnusable(Exception):
    """A database that cannot or must not be opened; the message says why in one line."""


def database_url(location: str | Path) -> URL:
    """An SQLAlchemy URL from either a URL or a plain file path."""
    text = str(location).strip()
    if not text:
        raise DatabaseUnusable("no database given")
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        return URL.create("sqlite+pysqlite", database=str(path))
    try:
        return make_url(text)
    except ArgumentError as exc:
        raise DatabaseUnusable(f"not a database URL: {text} ({exc})") from None


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database, or whose first pages are unreadable.

    This reads only: a file we do not understand is never written to.
    """
    if path.is_dir():
        raise DatabaseUnusable(f"{path} is a folder, not a database file")
    if not path.exists():
        return
    with path.open("rb") as stream:
        head = stream.read(len(SQLITE_HEADER))
    if not head:
        return  # an empty file: SQLite treats it as a new database
    if head != SQLITE_HEADER:
        raise DatabaseUnusable(
            f"{path} is not an SQLite database (it may be a text or other file); "
            "it was left untouched"
        )
    try:
        probe = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            probe.execute("PRAGMA schema_version").fetchone()
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DatabaseUnusable(
                f"{path} is damaged and cannot be read ({exc}); it was left untouched. "
                f"To recover, {RECOVERY_HINT}"
            ) from None
        problem = filesystem_problem(path)
        raise DatabaseUnusable(
            f"cannot open {path}: {problem or exc}; it was left untouched"
        ) from None


CASEFOLD_FUNCTION = "workbench_casefold"
# SQLite's synchronous settings: every commit on disk before it returns, or at checkpoints.
DURABLE = "FULL"
RELAXED = "NORMAL"
RELAXED_KEY = "workbench.relaxed_commit"


def _casefold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _configure_sqlite(engine: Engine, path: Path | None) -> None:
    holds: list[StoreHold] = []
    hold_lock = threading.Lock()

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (see "begin" below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # Every commit reaches the disk before it returns (about 3-5 ms a commit here, nothing
        # extra for bulk writes): with NORMAL, a power cut may roll back the last decisions
        # and, worse, the record of a payment attempt made just before the marketplace was
        # called, which is what keeps a retry from paying twice. Only what a pull can fetch
        # again is committed with NORMAL (session_scope's ``durable=False``).
        cursor.execute(f"PRAGMA synchronous = {DURABLE}")
        # Damaged cells are noticed when read, not trusted.
        cursor.execute("PRAGMA cell_size_check = ON")
        # Sorting a million rows for a table is memory work, not temp-file work.
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA cache_size = -16384")
        cursor.close()
        # SQLite's LIKE and lower() fold only ASCII letters; searches for other letters
        # compare Python's case folding of both sides (see services.tables).
        dbapi_connection.create_function(CASEFOLD_FUNCTION, 1, _casefold, deterministic=True)
        if path is not None:
            with hold_lock:
                if not holds:
                    # A read opens the -wal and -shm files, whose dead man switch is held too.
                    dbapi_connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    holds.append(hold_store(path))

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: Any, record: Any) -> None:
        # A relaxed commit's connection is durable again before anyone else uses it.
        if record.info.pop(RELAXED_KEY, False):
            dbapi_connection.execute(f"PRAGMA synchronous = {DURABLE}")

    @event.listens_for(engine, "engine_disposed")
    def _on_disposed(_engine: Engine) -> None:
        # SQLite's connections are closed by now; the next connection takes a new hold.
        with hold_lock:
            for hold in holds:
                hold.release()
            holds.clear()
        if path is not None:
            tidy_after_last_use(path)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        if options.get(RELAXED_KEY):
            # SQLite takes the setting only outside a transaction; checkin restores it.
            connection.exec_driver_sql(f"PRAGMA synchronous = {RELAXED}")
            connection.connection.info[RELAXED_KEY] = True
        # A write transaction takes the write lock up front, so it waits for another
        # writer instead of failing when its read snapshot turns out to be stale.
        if options.get("sqlite_immediate"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def _create_in_wal_mode(path: Path) -> None:
    """Create a new database file already in WAL mode, atomically.

    Two processes starting on a new store at once would otherwise both try to switch the
    empty file to WAL; that needs an exclusive lock, and the first one's hold on the store
    (sql.sqlite_hold) keeps the second from ever getting it. The file appears complete or
    not at all, and whoever comes second simply opens it.
    """
    scratch = path.with_name(f".{path.name}.{os.getpid()}.creating")
    try:
        connection = sqlite3.connect(scratch)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
        finally:
            connection.close()
        try:
            os.link(scratch, path)
        except FileExistsError:
            pass  # another process created it first: use theirs
        except OSError:
            # No hard links here (some file systems): a rename that refuses to replace.
            if not path.exists():
                with contextlib.suppress(FileExistsError):
                    os.rename(scratch, path)
    except (OSError, sqlite3.Error) as exc:
        problem = filesystem_problem(path)
        raise DatabaseUnusable(f"cannot create {path}: {problem or _os_reason(exc)}") from None
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{scratch}{suffix}")


def _os_reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def make_engine(location: str | Path, *, echo: bool = False) -> Engine:
    """An engine for a URL or path, with WAL and foreign keys on SQLite; checks before opening."""
    url = database_url(location)
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnusable(f"cannot create the folder for {path}: {exc}") from None
        if not path.exists():
            _create_in_wal_mode(path)
    kwargs: dict[str, Any] = {"echo": echo}
    if url.get_backend_name() == "postgresql":
        kwargs["pool_pre_ping"] = True
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
    try:
        engine = create_engine(url, **kwargs)
    except (NoSuchModuleError, ModuleNotFoundError, ArgumentError) as exc:
        hint = ""
        if url.get_backend_name() == "postgresql" and isinstance(exc, ModuleNotFoundError):
            # The driver is an extra: name the install that brings it.
            hint = ("; PostgreSQL needs the postgres extra: "
                    "pip install 'requester-workbench[postgres]'")
        raise DatabaseUnusable(f"cannot use {url.render_as_string()}: {exc}{hint}") from None
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine, path)
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def session_scope(factory: sessionmaker[Session], *, write: bool = False,
                  durable: bool = True) -> Iterator[Session]:
    """A unit of work: commit on success, roll back on any error; writes lock up front on SQLite.

    ``durable=False`` is for what a marketplace can give again (a pull's copy of its HITs and
    assignments): on SQLite that commit does not wait for the disk. It stays safe to mix: the
    WAL is one sequence, so the next durable commit makes it durable too, and a power cut can
    only lose relaxed commits made after the last durable one, never one a decision built on.
    """
    session = factory()
    session.info["write"] = write  # (hooks that write before a commit look at it)
    if write:
        bind = session.get_bind()
        if isinstance(bind, Engine) and is_sqlite(bind):
            options: dict[str, Any] = {"sqlite_immediate": True}
            if not durable:
                options[RELAXED_KEY] = True
            session.bind = bind.execution_options(**options)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
