"""One runner for all slow work: worker threads do it, results come back on the GUI thread.

Network, sync, import, export and big queries never run on the GUI thread. A long task
reports progress and can be cancelled; its result or its error is delivered to callbacks on
the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from workbench.services.progress import Cancelled, CancelToken

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class LongTask(QObject):
    """A long piece of work: progress, cancel, and its outcome, observed from the GUI."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.token = CancelToken()
        self.running = True
        self.last_progress: tuple[int, int, str] = (0, 0, title)

    def cancel(self) -> None:
        self.token.cancel()

    def report(self, done: int, total: int, message: str) -> None:
        """Called from the worker thread; the signal crosses to the GUI thread."""
        self.progressed.emit(done, total, message)


class _Relay(QObject):
    """Lives on the GUI thread; worker threads hand it outcomes through a queued signal."""

    delivered = Signal(int, object, object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self.delivered.connect(self._deliver)

    @Slot(int, object, object)
    def _deliver(self, ticket: int, result: Any, error: Any) -> None:
        done, failed = self.callbacks.pop(ticket, (None, None))
        if error is not None:
            if failed is not None:
                failed(error)
            else:
                log.error("background task failed: %s", "".join(
                    traceback.format_exception(error)))
        elif done is not None:
            done(result)


class _ActiveCount:
    """How many jobs are queued or running; shared with the jobs, not the runner."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def add(self, delta: int) -> None:
        with self._lock:
            self.value += delta


class TaskRunner(QObject):
    """Runs functions on worker threads and calls back on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="workbench")
        # A child, so Qt destroys it with the runner, on this thread (were Python to own
        # it, the last reference could go in a worker thread and destroy it there).
        self._relay = _Relay(self)
        self._tickets = itertools.count(1)
        self._active = _ActiveCount()
        self._closed = False
        self.long_tasks: list[LongTask] = []

    @property
    def busy(self) -> bool:
        return self._active.value > 0

    def run(self, work: Callable[[], Any], *, on_done: Done | None = None,
            on_error: Failed | None = None) -> Future[Any] | None:
        """Run ``work()`` on a worker thread; ``on_done(result)`` runs on the GUI thread.

        After shutdown (the window is closing) new work is ignored.
        """
        if self._closed:
            return None
        ticket = next(self._tickets)
        self._relay.callbacks[ticket] = (on_done, on_error)
        # The job holds no reference to the runner or its relay's wrapper, only to the
        # signal: the thread that drops it last must not be the one that frees Qt objects.
        delivered, active = self._relay.delivered, self._active
        active.add(1)

        def job() -> Any:
            try:
                result = work()
            except BaseException as exc:
                active.add(-1)
                delivered.emit(ticket, None, exc)
                return None
            active.add(-1)
            delivered.emit(ticket, result, None)
            return result

        return self._pool.submit(job)

    def start(self, title: str, work: Callable[[Callable[[int, int, str], None], CancelToken],
                                                Any],
              *, on_done: Done | None = None, on_error: Failed | None = None) -> LongTask:
        """Start a long task: ``work(progress, cancel_token)`` with progress and cancel."""
        task = LongTask(title, self)
        self.long_tasks.append(task)
        task.progressed.connect(lambda d, t, m: setattr(task, "last_progress", (d, t, m)))

        def finished(result: Any) -> None:
            task.running = False
            self.long_tasks.remove(task)
            task.finished.emit(result)
            task.ended.emit()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            task.running = False
            self.long_tasks.remove(task)
            if isinstance(error, Cancelled):
                task.cancelled.emit()
            else:
                task.failed.emit(error)
                if on_error is not None:
                    on_error(error)
            task.ended.emit()

        self.run(lambda: work(task.report, task.token), on_done=finished, on_error=failed)
        return task

    def shutdown(self, *, wait: bool = True) -> None:
        self._closed = True
        for task in list(self.long_tasks):
            task.cancel()
        self._pool.shutdown(wait=wait, cancel_futures=True)
