"""Loading chart statistics off the GUI thread: only the newest answer for each chart lands."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from workbench.marketplace.errors import error_message
from workbench.models.tasks import TaskRunner


class StatisticsLoader(QObject):
    """Runs each chart's query on the task runner; a newer request for a chart wins."""

    loaded = Signal(str, object)
    failed = Signal(str, str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._generation: dict[str, int] = {}
        self.pending: set[str] = set()
        # Seconds each chart's query took last time, measured on the worker thread.
        self.durations: dict[str, float] = {}

    @property
    def busy(self) -> bool:
        return bool(self.pending)

    def load(self, key: str, work: Callable[[], Any]) -> None:
        """Run ``work()`` off the GUI thread; emit ``loaded(key, result)`` if still wanted."""
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        self.pending.add(key)

        def timed() -> tuple[Any, float]:
            started = time.perf_counter()
            result = work()
            return result, time.perf_counter() - started

        def done(outcome: tuple[Any, float]) -> None:
            if self._generation.get(key) != generation:
                return  # the filter changed meanwhile: a newer answer is coming
            self.pending.discard(key)
            result, self.durations[key] = outcome
            self.loaded.emit(key, result)

        def failed(error: BaseException) -> None:
            if self._generation.get(key) != generation:
                return
            self.pending.discard(key)
            self.failed.emit(key, error_message(error))

        self.runner.run(timed, on_done=done, on_error=failed)
