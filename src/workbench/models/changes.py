"""What changed in the store, announced once so every page can refresh itself.

Windows never call each other: a write reports what it changed here, and the pages that show
those things reload them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

HITS = "hits"
ASSIGNMENTS = "assignments"
OUTBOX = "outbox"
ACCOUNTS = "accounts"
BATCHES = "batches"
WORKERS = "workers"
EVERYTHING = frozenset({HITS, ASSIGNMENTS, OUTBOX, ACCOUNTS, BATCHES, WORKERS})


class ChangeBus(QObject):
    """Announces which kinds of things changed in the store."""

    changed = Signal(frozenset)

    def announce(self, *kinds: str) -> None:
        self.changed.emit(frozenset(kinds) or EVERYTHING)
