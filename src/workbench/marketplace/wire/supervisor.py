"""Several server processes on one listening socket, none of which can outlive the parent.

The parent binds the socket and starts each server process with multiprocessing's spawn
method (a fresh interpreter, on every platform). The settings, API secrets included, and
the socket reach the process through the pipe that starts it: nothing is written to a file.

Each process watches a pipe of which the parent holds the only write end. The parent
closes it to ask for a graceful stop; the operating system closes it when the parent dies
in any way, ``kill -9`` included, and the process then stops just the same: it stops
listening at once, lets open requests finish within the grace period, and ends itself if
they do not. This works alike on Linux, macOS and Windows. On Linux the kernel is also
asked to send SIGTERM to the process when its parent dies (``PR_SET_PDEATHSIG``), a second
path that does not depend on a thread of ours getting to run.

The parent restarts a process that dies, gives up if they keep dying or cannot start, and
on SIGTERM or Ctrl+C stops them all, waits for them, and exits 0.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import SpawnProcess
from typing import Any

from workbench.marketplace.wire.server import STOP_SIGNALS, Server, server_config

log = logging.getLogger("workbench.serve")

STARTUP_FAILURE = 3  # the exit status of a process that could not build its application
RESTARTS_ALLOWED = 5  # ... within RESTART_WINDOW_S, before the parent gives up
RESTART_WINDOW_S = 60.0
PR_SET_PDEATHSIG = 1
_spawn = multiprocessing.get_context("spawn")


class ServingFailed(RuntimeError):
    """The server processes could not start, or kept dying; the message says which."""


@dataclass
class _Child:
    process: SpawnProcess
    stop: Connection  # the write end: closing it asks the process to stop


def die_with_parent(parent_pid: int) -> None:
    """Make this process end when ``parent_pid`` does (Linux: the kernel's death signal)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the stop pipe still ends this process when the parent goes
    if os.getppid() != parent_pid:
        os._exit(0)  # the parent died before we could ask to be told


def _watch(stop: Connection, server: Server, grace: float) -> None:
    """Stop serving when the parent asks or dies; end the process if stopping hangs."""
    with contextlib.suppress(OSError, EOFError):
        stop.poll(None)  # a message, or end-of-file: the parent closed its end or is gone
    server.should_exit = True
    time.sleep(grace + 5.0)
    os._exit(1)


def _serve_in_child(build: Callable[[], Any], options: Any, log_options: Any,
                    sockets: list[socket.socket], stop: Connection, parent_pid: int) -> None:
    """The body of a server process (runs in the spawned interpreter)."""
    from workbench.marketplace.wire.logs import configure_logging

    die_with_parent(parent_pid)
    configure_logging(log_options)
    try:
        app = build()
    except Exception:
        log.exception("a server process could not start")
        sys.exit(STARTUP_FAILURE)
    server = Server(server_config(app, options.host, options.port,
                                  log_level=log_options.level.lower(), options=options))
    threading.Thread(target=_watch, args=(stop, server, options.grace), name="parent-watch",
                     daemon=True).start()
    server.run(sockets=sockets)
    if not server.started:
        sys.exit(STARTUP_FAILURE)


class Supervisor:
    """Runs ``count`` server processes on a listening socket until told to stop."""

    def __init__(self, build: Callable[[], Any], options: Any, log_options: Any,
                 sock: socket.socket, count: int) -> None:
        self.build = build  # picklable: it is sent to each process
        self.options = options
        self.log_options = log_options
        self.sock = sock
        self.count = count
        self.children: list[_Child] = []
        self._stopping = False
        self._restarts: list[float] = []

    def _start_one(self) -> _Child:
        reader, writer = _spawn.Pipe(duplex=False)
        process = _spawn.Process(
            target=_serve_in_child, name="workbench-serve",
            args=(self.build, self.options, self.log_options, [self.sock], reader,
                  os.getpid()))
        process.start()
        reader.close()  # only the process holds the read end; only we hold the write end
        return _Child(process, writer)

    def _ask_stop(self, *_signal: object) -> None:
        self._stopping = True

    def run(self) -> None:
        """Serve until a stop signal; raises ServingFailed if the processes cannot serve."""
        on_main = threading.current_thread() is threading.main_thread()
        previous = {sig: signal.signal(sig, self._ask_stop) for sig in STOP_SIGNALS} \
            if on_main else {}
        failure: str | None = None
        try:
            # Started from this thread: Linux's death signal follows the thread that forked.
            self.children = [self._start_one() for _ in range(self.count)]
            while not self._stopping and failure is None:
                wait([child.process.sentinel for child in self.children], timeout=0.5)
                if not self._stopping:
                    failure = self._replace_the_dead()
        finally:
            self.stop_all()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        if failure is not None:
            raise ServingFailed(failure)

    def _replace_the_dead(self) -> str | None:
        for index, child in enumerate(self.children):
            if child.process.is_alive():
                continue
            child.process.join()
            child.stop.close()
            code = child.process.exitcode
            if code == STARTUP_FAILURE:
                return "a server process could not start (see the log above)"
            now = time.monotonic()
            self._restarts = [t for t in self._restarts if now - t < RESTART_WINDOW_S] + [now]
            if len(self._restarts) > RESTARTS_ALLOWED:
                return (f"server processes died {len(self._restarts)} times within "
                        f"{RESTART_WINDOW_S:.0f} s (the last with exit status {code})")
            log.warning("server process %s ended with exit status %s; starting another",
                        child.process.pid, code)
            self.children[index] = self._start_one()
        return None

    def stop_all(self) -> None:
        """Ask every process to stop, wait for open requests, end those that hang."""
        # Our copy of the socket would keep accepting connections into the backlog that no
        # process will take; new clients should be refused (and go to another server).
        self.sock.close()
        for child in self.children:
            child.stop.close()
        deadline = time.monotonic() + self.options.grace + 10.0
        for child in self.children:
            child.process.join(max(0.0, deadline - time.monotonic()))
            if child.process.is_alive():
                log.warning("server process %s did not stop in time; ending it",
                            child.process.pid)
                child.process.kill()
                child.process.join(5.0)
        self.children = []
