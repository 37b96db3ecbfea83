"""INI files that hold secrets (a server's keys file, AWS credential files), changed safely.

A change replaces or removes one section and leaves every other line as it was (comments
included: ``configparser`` would drop them from a file the user also edits by hand). The
new text is written to a temporary file readable by its owner only, flushed to disk, and
renamed over the old one, so a reader sees the old file or the new one, never half, and
the secret is never readable by others for a moment. Two processes changing one file at
once take turns (a lock file beside it), so neither loses the other's change.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

_SECTION = re.compile(r"^\s*\[(?P<name>[^\]]*)\]\s*$")
LOCK_TIMEOUT_S = 10.0


def section_names(text: str) -> list[str]:
    """The section names of an INI text, in order."""
    return [m.group("name").strip() for line in text.splitlines()
            if (m := _SECTION.match(line))]


def _bounds(lines: Sequence[str], name: str) -> tuple[int, int] | None:
    """(first line, line after the last) of section ``name``, with its header."""
    start = None
    for index, line in enumerate(lines):
        found = _SECTION.match(line)
        if found is None:
            continue
        if start is not None:
            return start, index
        if found.group("name").strip() == name:
            start = index
    return (start, len(lines)) if start is not None else None


def replace_section(text: str, name: str, values: Sequence[tuple[str, str]]) -> str:
    """``text`` with section ``name`` holding exactly ``values`` (added at the end if new)."""
    if any(c in name for c in "[]\n\r"):
        raise ValueError(f"{name!r} cannot name an INI section")
    body = [f"[{name}]"] + [f"{key} = {value}" for key, value in values]
    lines = text.splitlines()
    found = _bounds(lines, name)
    if found is None:
        if lines and lines[-1].strip():
            lines.append("")
        return "\n".join([*lines, *body]) + "\n"
    start, end = found
    # Blank lines and comments just before the next section stay with that section.
    tail = end
    while tail > start + 1 and (not lines[tail - 1].strip()
                                or lines[tail - 1].lstrip().startswith(("#", ";"))):
        tail -= 1
    return "\n".join([*lines[:start], *body, *lines[tail:]]) + "\n"


def remove_section(text: str, name: str) -> tuple[str, bool]:
    """``text`` without section ``name``, and whether it was there."""
    lines = text.splitlines()
    found = _bounds(lines, name)
    if found is None:
        return text, False
    start, end = found
    tail = end
    while tail > start + 1 and (not lines[tail - 1].strip()
                                or lines[tail - 1].lstrip().startswith(("#", ";"))):
        tail -= 1
    kept = [*lines[:start], *lines[tail:]]
    while kept and not kept[-1].strip():
        kept.pop()
    return ("\n".join(kept) + "\n") if kept else "", True


def read_text(path: Path) -> str:
    """The file's text, or "" when there is none yet."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def write_private(path: Path, text: str) -> None:
    """Replace ``path`` with ``text``, readable and writable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        if os.name == "posix":
            os.fchmod(descriptor, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """Hold the lock of ``path`` (``path.lock`` beside it) while changing it."""
    lock_path = path.with_name(path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    deadline = time.monotonic() + timeout
    try:
        while not _try_lock(descriptor):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{path} is being changed by another process")
            time.sleep(0.05)
        try:
            yield
        finally:
            _unlock(descriptor)
    finally:
        os.close(descriptor)


def _try_lock(descriptor: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(descriptor, 0, os.SEEK_SET)  # msvcrt locks from the current position
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    else:
        import fcntl

        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def _unlock(descriptor: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(descriptor, fcntl.LOCK_UN)
