"""Saying what is really wrong when a database refuses: damage, a full disk, a read-only folder.

A read-only file system or a full disk makes SQLite fail with "unable to open database
file" or "disk I/O error", which reads like damage; a value PostgreSQL cannot store (a NUL
character) arrives as a DatabaseError too. Each gets its own sentence here, so that no one
restores a backup over a store that was intact.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

# SQLite's primary result codes (sqlite3.h).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_TOOBIG = 18
SQLITE_CONSTRAINT = 19
SQLITE_NOTADB = 26

# Below this much free space a write of a page, a WAL frame or a journal fails.
NEARLY_FULL_BYTES = 256 * 1024

RECOVERY_HINT = ("restore a backup (the window's File → Restore…, or `workbench restore "
                 "FILE`); `workbench check` lists the damage")


def filesystem_problem(path: Path) -> str | None:
    """Why nothing can be written beside ``path`` (read-only, full, no permission), or None."""
    folder = path.parent if not path.is_dir() else path
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        try:
            if statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1):
                return "its folder is on a read-only file system"
        except OSError:
            pass
    try:
        if shutil.disk_usage(folder).free < NEARLY_FULL_BYTES:
            return "the disk is full"
    except OSError:
        pass
    if folder.exists() and not os.access(folder, os.W_OK):
        return "you may not write to its folder"
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    return None


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of an error (wrapped by SQLAlchemy or not)."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_damage(error: BaseException) -> bool:
    """Whether an error says the database file itself is damaged."""
    return sqlite_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def first_line(error: object) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def describe_database_error(error: BaseException, path: Path | None = None,
                            where: str = "the store") -> tuple[str, bool]:
    """One line saying what went wrong, and whether it was the input's fault (exit 2)."""
    original = getattr(error, "orig", None) or error
    detail = first_line(original)
    code = sqlite_code(error)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return f"{where} is damaged ({detail}); nothing was written. To recover, " \
               f"{RECOVERY_HINT}", True
    if code is not None:
        problem = filesystem_problem(path) if path is not None else None
        if code == SQLITE_FULL or problem == "the disk is full":
            return f"{where} could not be written: the disk is full; nothing was " \
                   "changed. Free some space and try again", False
        if problem is not None:
            return f"{where} could not be written: {problem}; nothing was changed", False
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            return f"{where} is busy: another process held its write lock too long " \
                   f"({detail}); try again", False
        if code in (SQLITE_READONLY, SQLITE_PERM):
            return f"{where} could not be written: {detail}", False
        if code == SQLITE_TOOBIG:
            return f"a value is too big to store ({detail})", True
        if code == SQLITE_CONSTRAINT:
            return f"{where} refused the change: {detail}", True
        return f"{where} could not be used: {detail}", False
    module = type(original).__module__
    name = type(original).__name__
    if module.startswith("psycopg"):
        if name in ("DataError", "StringDataRightTruncation", "NumericValueOutOfRange",
                    "CharacterNotInRepertoire", "UntranslatableCharacter"):
            return f"a value could not be stored: {detail}", True
        if name in ("IntegrityError", "UniqueViolation", "ForeignKeyViolation",
                    "CheckViolation", "NotNullViolation"):
            return f"{where} refused the change: {detail}", True
        if name == "DiskFull":
            return f"{where}'s server has no disk space left: {detail}", False
        if name == "DataCorrupted" or name == "IndexCorrupted":
            return f"{where} is damaged on its server ({detail}); restore a backup " \
                   "with the server's tools", False
        return f"{where} could not be used: {detail}", False
    if isinstance(original, sqlite3.Error):
        return f"{where} could not be used: {detail}", False
    return f"{where} could not be used: {detail}", False
