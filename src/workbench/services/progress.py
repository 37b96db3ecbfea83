"""Progress and cancellation for long work, shared by the command line and the window."""

from __future__ import annotations

import threading
from typing import Protocol


class Cancelled(Exception):
    """The user cancelled; whatever was finished stays finished."""


class Progress(Protocol):
    def __call__(self, done: int, total: int, message: str) -> None: ...


def no_progress(done: int, total: int, message: str) -> None:
    """A progress sink that ignores everything."""


class CancelToken:
    """Set from any thread; long work checks it between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
