"""Backing up and restoring a SQLite store, safely while the app is using it.

A backup uses SQLite's online backup API, so the copy is consistent even while a sync or a
reviewer writes. A restore checks that the file is a store this version can open before it
replaces anything, and keeps the store it replaces beside it.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workbench.domain.text import translate
from workbench.services.progress import Cancelled, CancelToken, Progress, no_progress
from workbench.sql.engine import DatabaseUnusable, check_sqlite_file
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
    partial = target.with_name(f".{target.name}.partial")
    source = sqlite3.connect(f"{source_path.as_uri()}?mode=ro", uri=True, timeout=30)
    destination = sqlite3.connect(partial)
    try:
        def step(status: int, remaining: int, total: int) -> None:
            progress(total - remaining, total, "Backing up the store")
            if cancel is not None and cancel.cancelled:
                raise Cancelled()

        source.backup(destination, pages=PAGES_PER_STEP, progress=step)
        destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        destination.commit()
    except BaseException:
        destination.close()
        source.close()
        partial.unlink(missing_ok=True)
        raise
    destination.close()
    source.close()
    partial.replace(target)
    return BackupReport(target, target.stat().st_size)


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
    """Put a backup in place of the store (which must be closed); returns where the old went.

    The backup is checked first and opened (migrated if older) on a copy, so a bad file never
    replaces a good store.
    """
    backup, store_path = Path(backup), Path(store_path)
    check_backup(backup)
    staged = store_path.with_name(f".{store_path.name}.restoring")
    shutil.copyfile(backup, staged)
    try:
        open_store(staged).dispose()
    except DatabaseUnusable as exc:
        staged.unlink(missing_ok=True)
        raise BackupError(translate(
            "BackupService", "{name} cannot be opened by this version: {exc}").format(
                name=backup.name, exc=exc)) from None
    kept: Path | None = None
    if store_path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = store_path.with_name(f"{store_path.stem}.before-restore-{stamp}"
                                    f"{store_path.suffix}")
        store_path.replace(kept)
        for suffix in ("-wal", "-shm"):
            Path(str(store_path) + suffix).unlink(missing_ok=True)
    staged.replace(store_path)
    for suffix in ("-wal", "-shm"):
        Path(str(staged) + suffix).unlink(missing_ok=True)
    return kept
