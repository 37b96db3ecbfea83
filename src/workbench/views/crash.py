"""When something unexpected goes wrong: log it, say so plainly, and keep working.

Nothing is lost by a crash: every review decision is already written to the outbox before it
is sent, so the dialog can say that with confidence.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.diagnostics import log_path

log = logging.getLogger("workbench.crash")


class CrashReporter(QObject):
    """Installs hooks for uncaught errors (GUI thread and others) and shows one dialog each."""

    reported = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.reported.connect(self._show)
        self.showing = False
        self.last_message = ""

    def install(self) -> None:
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def _hook(self, kind: type[BaseException], error: BaseException,
              trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error:\n%s", text)
        self.reported.emit(f"{kind.__name__}: {error}", text)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        self.last_message = summary
        if self.showing or QApplication.instance() is None:
            return  # one dialog at a time; every error is in the log
        self.showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical, self.tr("Something went wrong"),
                self.tr("An unexpected error happened:\n\n{error}\n\nYour review decisions "
                        "are safe: they were saved in the Outbox before anything was sent. "
                        "The details are in {log}.").format(error=summary[:500],
                                                            log=log_path()))
            self.box = box
            box.setDetailedText(details[-8000:])
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.exec()
        finally:
            self.showing = False
