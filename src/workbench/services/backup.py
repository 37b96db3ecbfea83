"""Backing up and restoring a SQLite store, safely while the app is using it.

A backup uses SQLite's online backup API, so the copy is consistent even while a sync or a
reviewer writes. A restore checks that the file is a store this version can open before it
replaces anything, and keeps the store it replaces beside it.

A restore refuses while any process (the window, a command, ``workbench serve``) has the
store open: their later writes would land in the store being replaced. It holds the store
exclusively while it works (sql.sqlite_hold), so a process that starts meanwhile waits, and
it writes the backup *into* the store's file rather than renaming another file over it, so
that such a process, once it may go on, reads the restored store and not the old one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workbench.domain.text import translate
from workbench.services.progress import Cancelled, CancelToken, Progress, no_progress
from workbench.sql.engine import DatabaseUnusable, check_sqlite_file
from workbench.sql.migrate import SchemaTooNew
from workbench.sql.sqlite_hold import StoreInUse, hold_store_exclusively
from workbench.store.database import Store, open_store

PAGES_PER_STEP = 256


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why and nothing changed."""


@dataclass(frozen=True)
class BackupReport:
    path: Path
    size_bytes: int


def backup_store(store: Store, target: str | Path, *, progress: Progress = no_progress,
                 cancel: CancelToken | None = None) -> BackupReport:
    """Write a consistent copy of the store to ``target`` (the file appears only when whole)."""
    source_path = store.path
    if source_path is None:
        raise BackupError(translate(
            "BackupService", "only an SQLite store can be backed up here; back up a server "
            "database with its own tools (e.g. pg_dump)"))
    target = Path(target)
    if target.resolve() == source_path.resolve():
        raise BackupError(translate(
            "BackupService", "the backup cannot replace the store itself"))
    if target.is_dir():
        raise BackupError(translate(
            "BackupService", "{target} is a folder; give a file name").format(target=target))
    if target.exists() and not target.is_file():
        raise BackupError(translate(
            "BackupService", "{target} is not a regular file; give a file name").format(
                target=target))
    partial = target.with_name(f".{target.name}.partial")
    try:
        source = sqlite3.connect(f"{source_path.as_uri()}?mode=ro", uri=True, timeout=30)
        destination = sqlite3.connect(partial)
    except (sqlite3.Error, OSError) as exc:
        _remove_partial(partial)
        raise BackupError(translate(
            "BackupService", "cannot write {target}: {reason}").format(
                target=target, reason=exc)) from None
    try:
        def step(status: int, remaining: int, total: int) -> None:
            progress(total - remaining, total, "Backing up the store")
            if cancel is not None and cancel.cancelled:
                raise Cancelled()

        source.backup(destination, pages=PAGES_PER_STEP, progress=step)
        destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        destination.commit()
        destination.close()
        source.close()
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        partial.replace(target)
    except BaseException as exc:
        destination.close()
        source.close()
        _remove_partial(partial)
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise BackupError(translate(
                "BackupService", "cannot write {target}: {reason}; nothing was left "
                "there").format(target=target, reason=_reason(exc))) from None
        raise
    return BackupReport(target, target.stat().st_size)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _remove_partial(partial: Path) -> None:
    """A failed backup leaves nothing behind: not the file, not SQLite's journal of it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)


def check_backup(path: str | Path) -> None:
    """Refuse a file that is not a whole, readable store this version can open."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(translate(
            "BackupService", "{path} does not exist").format(path=path))
    try:
        check_sqlite_file(path)
    except DatabaseUnusable as exc:
        raise BackupError(str(exc)) from None
    probe = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        verdict = probe.execute("PRAGMA quick_check").fetchone()[0]
        tables = {r[0] for r in probe.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise BackupError(translate(
            "BackupService", "{name} is damaged: {exc}").format(name=path.name, exc=exc)) from None
    finally:
        probe.close()
    if verdict != "ok":
        raise BackupError(translate(
            "BackupService", "{name} is damaged: {verdict}").format(
                name=path.name, verdict=verdict))
    if "alembic_version" not in tables:
        raise BackupError(translate(
            "BackupService", "{name} is not a Requester Workbench store").format(name=path.name))


def restore_store(backup: str | Path, store_path: str | Path) -> Path | None:
    """Put a backup in place of the store; returns where the replaced store was kept.

    The backup is checked first and opened (migrated if older) on a copy, so a bad file never
    replaces a good store. Refused with StoreInUse-worded BackupError while any process,
    this one included, has the store open.
    """
    backup, store_path = Path(backup), Path(store_path)
    check_backup(backup)
    staged = store_path.with_name(f".{store_path.name}.restoring")
    try:
        shutil.copyfile(backup, staged)
        _open_as_store(staged, backup.name)
        _self_contained(staged)
        if not store_path.exists():
            staged.replace(store_path)
            return None
        try:
            with hold_store_exclusively(store_path):
                kept = _keep_aside(store_path)
                _write_in_place(staged, store_path)
        except StoreInUse as exc:
            raise BackupError(translate(
                "BackupService", "not restored: {reason}").format(reason=exc)) from None
        return kept
    except OSError as exc:
        raise BackupError(translate(
            "BackupService", "not restored: {reason}; the store was not changed").format(
                reason=_reason(exc))) from None
    finally:
        _remove_partial(staged)


def _open_as_store(path: Path, name: str) -> None:
    """Open (and migrate) a copy as the workbench would, store and marketplace tables alike."""
    from workbench.marketplace.local.database import ensure_market_schema

    try:
        store = open_store(path)
    except DatabaseUnusable as exc:
        raise BackupError(translate(
            "BackupService", "{name} cannot be opened by this version: {exc}").format(
                name=name, exc=exc)) from None
    try:
        ensure_market_schema(store.engine)
    except SchemaTooNew as exc:
        raise BackupError(translate(
            "BackupService", "{name} cannot be opened by this version: {exc}").format(
                name=name, exc=exc)) from None
    finally:
        store.dispose()


def _self_contained(path: Path) -> None:
    """Fold any WAL into the file itself, so its bytes alone are the whole store."""
    connection = sqlite3.connect(path, timeout=0)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def _keep_aside(store_path: Path) -> Path:
    """Copy the store, with its WAL (committed work not yet folded in), beside itself."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = store_path.with_name(f"{store_path.stem}.before-restore-{stamp}{store_path.suffix}")
    shutil.copyfile(store_path, kept)
    wal = Path(f"{store_path}-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, f"{kept}-wal")
    _self_contained(kept)
    return kept


def _write_in_place(source: Path, store_path: Path) -> None:
    """Overwrite the store's own file (same inode: a waiting process reads the new one)."""
    with open(source, "rb") as reader, open(store_path, "r+b") as writer:
        shutil.copyfileobj(reader, writer, 1 << 20)
        writer.truncate()
        writer.flush()
        os.fsync(writer.fileno())
    # The old WAL and shared memory describe the old content: gone with it.
    for suffix in ("-wal", "-shm"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)
