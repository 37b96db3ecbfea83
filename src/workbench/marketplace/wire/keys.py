"""The keys a server accepts, created, rotated and removed while it runs.

``workbench serve-keys`` changes the keys file (``KeysFile``: each change atomic, owner-only,
one process at a time); every server process notices a changed file on the next request
(``WatchedKeyring``: one ``stat`` per request) and reads it again, so a new key works at
once and a removed one is refused at once, without a restart. A file that cannot be read
or used (a typo, wrong permissions) is reported in the log and the keys read before stay
in force: a slip while editing never locks every client out.

Rotation is two steps with both keys valid in between: ``rotate`` adds a new key for the
same account, the clients switch to it, and ``remove`` ends the old one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workbench.formats.private_ini import (
    locked,
    read_text,
    remove_section,
    replace_section,
    section_names,
    write_private,
)
from workbench.marketplace.wire.auth import (
    Keyring,
    KeysFileError,
    LocalAccount,
    ServerKey,
    check_private,
    new_access_key,
    read_keys_file,
    resolve_keys,
)

log = logging.getLogger("workbench.serve")
HEADER = ("# Keys accepted by `workbench serve`; each section is one key.\n"
          "# Use the same pair as an AWS profile on the client side.\n"
          "# Change it with `workbench serve-keys create|rotate|remove`.\n")


@dataclass(frozen=True)
class KeyInfo:
    """A key of the file as it may be shown: never its secret."""

    access_key_id: str
    account: str
    created: str
    replaces: str


@dataclass(frozen=True)
class NewKey:
    """A key just made: the pair to hand to the client (shown once), and whose it is."""

    access_key_id: str
    secret_access_key: str
    account: str
    replaces: str | None = None

    def __repr__(self) -> str:
        return f"NewKey({self.access_key_id!r}, account={self.account!r})"


class KeysFile:
    """A server's keys file (AWS credentials format, one section per key, ``account = ``)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def keys(self) -> list[KeyInfo]:
        """The keys, as they may be listed."""
        return [KeyInfo(s["aws_access_key_id"], s.get("account") or s.get("requester_id", ""),
                        s.get("created", ""), s.get("replaces", ""))
                for s in read_keys_file(self.path)]

    def create(self, account: str, *, replaces: str | None = None) -> NewKey:
        """Add a fresh key acting as ``account`` (the file is made if there is none)."""
        access, secret = new_access_key()
        values = [("aws_access_key_id", access), ("aws_secret_access_key", secret),
                  ("account", account),
                  ("created", datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))]
        if replaces:
            values.append(("replaces", replaces))
        with locked(self.path):
            text = read_text(self.path)
            if text:
                check_private(self.path)
            if section_names(text):
                read_keys_file(self.path)  # a broken file is said before it is changed
            elif not text.strip():
                text = HEADER
            write_private(self.path, replace_section(text, access, values))
        return NewKey(access, secret, account, replaces)

    def rotate(self, access_key_id: str) -> NewKey:
        """A new key for the account of ``access_key_id``; the old one keeps working."""
        old = self._find(access_key_id)
        return self.create(old.account, replaces=old.access_key_id)

    def remove(self, access_key_id: str) -> KeyInfo:
        """Remove a key: the server refuses it from its next request."""
        with locked(self.path):
            keys = self.keys()
            old = self._find(access_key_id, keys)
            if len(keys) == 1:
                raise KeysFileError(f"{access_key_id} is the only key in {self.path}; create "
                                    "another first (`workbench serve-keys create`)")
            text = read_text(self.path)
            section = self._section(text, access_key_id)
            changed, _found = remove_section(text, section)
            write_private(self.path, changed)
        return old

    def _find(self, access_key_id: str, keys: Iterable[KeyInfo] | None = None) -> KeyInfo:
        for key in (self.keys() if keys is None else keys):
            if key.access_key_id == access_key_id:
                return key
        raise KeysFileError(f"there is no key {access_key_id[:40]!r} in {self.path} "
                            "(`workbench serve-keys list` shows them)")

    def _section(self, text: str, access_key_id: str) -> str:
        for section in read_keys_file(self.path):
            if section["aws_access_key_id"] == access_key_id:
                return str(section["name"])
        names = section_names(text)
        raise KeysFileError(f"no section of {self.path} holds {access_key_id} ({names})")


class WatchedKeyring(Keyring):
    """The keys of a keys file, read again whenever the file changes."""

    def __init__(self, path: Path, accounts: Iterable[LocalAccount],
                 keys: Iterable[ServerKey]) -> None:
        super().__init__(keys)
        self.path = path
        self.accounts = list(accounts)
        # Nothing seen yet: the first request reads the file again, because it may have
        # changed between the parent reading it and this process starting.
        self._seen: tuple[int, int, int] | None = None
        self._lock = threading.Lock()

    def _stamp(self) -> tuple[int, int, int] | None:
        try:
            found = self.path.stat()
        except OSError:
            return None
        return (found.st_mtime_ns, found.st_size, found.st_ino)

    def get(self, access_key_id: str) -> ServerKey | None:
        self.refresh()
        return super().get(access_key_id)

    def refresh(self) -> None:
        """Read the file again if it changed since it was last read."""
        stamp = self._stamp()
        if stamp == self._seen:
            return
        with self._lock:
            if stamp == self._seen:
                return
            self._seen = stamp
            try:
                keys = resolve_keys(read_keys_file(self.path), self.accounts, self.path)
            except KeysFileError as exc:
                log.error("the keys file changed but cannot be used, so the keys read before "
                          "stay in force: %s", exc)
                return
            before = set(self._keys)
            self._keys = {k.access_key_id: k for k in keys}
            if before == set(self._keys):
                return
            log.warning("keys file read again: %d key(s); added %s, removed %s",
                        len(self._keys), sorted(set(self._keys) - before) or "none",
                        sorted(before - set(self._keys)) or "none")


def accounts_of(data: Iterable[Mapping[str, str | None]]) -> list[LocalAccount]:
    """Local accounts from their plain form (as they travel to server processes)."""
    return [LocalAccount(str(a["name"]), str(a["requester_id"]), a.get("market_url"))
            for a in data]
