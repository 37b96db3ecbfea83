"""Holding an SQLite store so that no other process can take it away from under us.

SQLite's locks on Unix are POSIX advisory locks. They belong to the *process*, and the
kernel drops all of them when the process closes *any* descriptor of the file, even one
SQLite never saw ("How To Corrupt An SQLite Database File", §2.2, on sqlite.org). A Qt
file dialog sniffing the type of ``store.sqlite3``, a header check, a backup tool: one
``open()``/``close()`` and the window's shared lock is gone. The next command-line run
that closes its own connection then finds no other holder, believes it is the last user
of the database, checkpoints, and deletes the ``-wal`` and ``-shm`` files the window
still has open: every later write of the window goes to a deleted file.

The cure here is a second set of locks that a stray ``close()`` cannot drop: open file
description (OFD) locks on Linux, which belong to our own descriptor, not to the process,
and which conflict with SQLite's POSIX locks (the kernel checks both kinds against each
other, even within one process). Every process that opens the store holds, for as long as
it has the store open:

* a read lock on SQLite's SHARED byte range of the database file. SQLite decides that it
  is the last connection by taking an EXCLUSIVE (write) lock on that range; while anyone
  holds our read lock no one can, so no process deletes or truncates the WAL under another.
  In WAL mode nothing else needs that EXCLUSIVE lock (writers lock inside the ``-shm``).
* a read lock on the ``-shm`` file's "dead man switch" byte, which SQLite uses to decide
  whether it is the first to open the shared memory and must reset it. While we hold it,
  no newcomer resets the shared memory the others are using.

The cost is that the last process leaves the (empty, checkpointed) ``-wal`` and the
``-shm`` behind; :func:`release` tidies them when no one else holds the store.

On macOS and the BSDs, which have no public OFD locks, ``flock()`` locks (which belong to
the open file, and which these kernels check against POSIX locks) guard the database file;
the ``-shm`` file cannot be guarded there without blocking writers. On Windows SQLite's
locks belong to file handles and are not dropped by a stray close: nothing is needed.

A restore (``exclusive=True``) takes the same range for writing, which succeeds only when
no process holds the store, and keeps newcomers waiting until the file has been replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import struct
import time
from dataclasses import dataclass
from pathlib import Path

# SQLite's lock bytes (os_unix.c): a SHARED lock reads, an EXCLUSIVE lock writes this range.
PENDING_BYTE = 0x40000000
SHARED_FIRST = PENDING_BYTE + 2
SHARED_SIZE = 510
# The -shm file: 8 lock bytes from offset 120, then the dead man switch.
SHM_DMS = 128

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

_OFD_SETLK: int | None = getattr(fcntl, "F_OFD_SETLK", None) if fcntl is not None else None
_OFD_GETLK: int | None = getattr(fcntl, "F_OFD_GETLK", None) if fcntl is not None else None


class StoreInUse(Exception):
    """Another process has the store open; the message says so in one line."""


@dataclass(frozen=True)
class FileIdentity:
    """A file's device and inode: the same path may name another file after a restore."""

    device: int
    inode: int

    @classmethod
    def of_path(cls, path: Path) -> FileIdentity | None:
        try:
            status = path.stat()
        except OSError:
            return None
        return cls(status.st_dev, status.st_ino)

    @classmethod
    def of_descriptor(cls, descriptor: int) -> FileIdentity:
        status = os.fstat(descriptor)
        return cls(status.st_dev, status.st_ino)


def _flock_struct(lock_type: int, start: int, length: int) -> bytes:
    # struct flock on Linux (x86-64, arm64): short type, short whence, off_t start,
    # off_t len, pid_t pid (0 for OFD locks), padded to 32 bytes.
    return struct.pack("hhxxxxqqi4x", lock_type, os.SEEK_SET, start, length, 0)


def _ofd_lock(descriptor: int, lock_type: int, start: int, length: int) -> bool:
    """Try to take an OFD lock; False when another holder conflicts."""
    assert fcntl is not None and _OFD_SETLK is not None
    try:
        fcntl.fcntl(descriptor, _OFD_SETLK, _flock_struct(lock_type, start, length))
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def ofd_locks_available() -> bool:
    """Whether this system has open file description locks (Linux 3.15+)."""
    return _OFD_SETLK is not None


class StoreHold:
    """Locks on an SQLite store that only our own descriptors can release (see module)."""

    def __init__(self, path: Path, descriptors: list[int], identity: FileIdentity | None,
                 exclusive: bool) -> None:
        self.path = path
        self.identity = identity
        self.exclusive = exclusive
        self._descriptors = descriptors

    @property
    def held(self) -> bool:
        return bool(self._descriptors)

    def release(self) -> None:
        """Let go of the locks (after SQLite's own connections are closed)."""
        for descriptor in self._descriptors:
            with contextlib.suppress(OSError):
                os.close(descriptor)
        self._descriptors = []

    def __enter__(self) -> StoreHold:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def __repr__(self) -> str:
        kind = "exclusive" if self.exclusive else "shared"
        return f"<StoreHold {kind} {self.path} {'held' if self.held else 'released'}>"


def _open_for_lock(path: Path, write: bool) -> int | None:
    flags = (os.O_RDWR if write else os.O_RDONLY) | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(path, flags)
    except FileNotFoundError:
        return None


def _try_hold(path: Path, exclusive: bool) -> StoreHold | None:
    """One attempt; None when a conflicting holder is there."""
    descriptors: list[int] = []
    database = _open_for_lock(path, write=exclusive)
    if database is None:
        return StoreHold(path, [], None, exclusive)
    descriptors.append(database)
    identity = FileIdentity.of_descriptor(database)
    try:
        if _OFD_SETLK is not None:
            lock_type = fcntl.F_WRLCK if exclusive else fcntl.F_RDLCK
            if not _ofd_lock(database, lock_type, SHARED_FIRST, SHARED_SIZE):
                raise BlockingIOError
            if not exclusive:
                shm = _open_for_lock(Path(f"{path}-shm"), write=False)
                if shm is not None:
                    descriptors.append(shm)
                    if not _ofd_lock(shm, fcntl.F_RDLCK, SHM_DMS, 1):
                        raise BlockingIOError
        elif fcntl is not None:
            operation = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
            try:
                fcntl.flock(database, operation)
            except OSError as exc:
                if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise BlockingIOError from None
                raise
    except BlockingIOError:
        for descriptor in descriptors:
            os.close(descriptor)
        return None
    except BaseException:
        for descriptor in descriptors:
            os.close(descriptor)
        raise
    return StoreHold(path, descriptors, identity, exclusive)


def hold_store(path: Path, *, timeout: float = 30.0) -> StoreHold:
    """Hold the store shared, waiting (up to ``timeout`` s) while a restore replaces it.

    On Windows nothing is needed and an empty hold comes back.
    """
    if fcntl is None:
        return StoreHold(path, [], FileIdentity.of_path(path), exclusive=False)
    deadline = time.monotonic() + timeout
    delay = 0.005
    while True:
        hold = _try_hold(path, exclusive=False)
        if hold is not None:
            return hold
        if time.monotonic() >= deadline:
            raise StoreInUse(
                f"{path} is being replaced by another process (a restore); try again")
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


def hold_store_exclusively(path: Path) -> StoreHold:
    """Hold the store alone, or raise StoreInUse if any process (this one too) has it open."""
    if fcntl is None:
        return _windows_exclusive(path)
    hold = _try_hold(path, exclusive=True)
    if hold is None:
        raise StoreInUse(
            f"{path} is open in another Requester Workbench (the window, a command or "
            "`workbench serve`); close it there first")
    return hold


def _windows_exclusive(path: Path) -> StoreHold:
    # SQLite on Windows opens the file without FILE_SHARE_DELETE, so a file some process
    # has open cannot be renamed: renaming it to itself elsewhere and back tells.
    probe = path.with_name(f".{path.name}.in-use-probe")
    try:
        os.replace(path, probe)
    except FileNotFoundError:
        return StoreHold(path, [], None, exclusive=True)
    except PermissionError:
        raise StoreInUse(
            f"{path} is open in another Requester Workbench (the window, a command or "
            "`workbench serve`); close it there first") from None
    os.replace(probe, path)
    return StoreHold(path, [], FileIdentity.of_path(path), exclusive=True)


def tidy_after_last_use(path: Path) -> None:
    """Checkpoint and remove the WAL files if no process holds the store any more.

    Our holds keep SQLite from doing this when its last connection closes; this does it
    once they are released, and does nothing while anyone else still has the store.
    """
    if fcntl is None:
        return  # on Windows nothing held SQLite back: its last close tidied already
    if not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists():
        return
    import sqlite3

    try:
        hold = hold_store_exclusively(path)
    except (StoreInUse, OSError):
        return
    hold.release()
    try:
        connection = sqlite3.connect(path, timeout=0)
    except sqlite3.Error:
        return
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass
    finally:
        # SQLite's own close takes the EXCLUSIVE lock, finds itself alone, and removes the
        # -wal and -shm files; if another process arrived meanwhile, it leaves them.
        connection.close()


__all__ = [
    "FileIdentity",
    "StoreHold",
    "StoreInUse",
    "hold_store",
    "hold_store_exclusively",
    "ofd_locks_available",
    "tidy_after_last_use",
]
