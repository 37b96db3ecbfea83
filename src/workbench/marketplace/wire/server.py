"""Running an ASGI application on uvicorn, tuned for many small API calls.

Every connection gets ``TCP_NODELAY``: without it, small JSON answers wait for the client's
delayed ACK and every boto3 call stalls about 40 ms. A stop signal (SIGTERM, Ctrl+C) lets
open requests finish, then the process ends normally (exit status 0), as a service manager
expects; uvicorn itself would re-raise the signal after its graceful shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import math
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.routing import BaseRoute
from uvicorn.protocols.http.h11_impl import H11Protocol

from workbench.marketplace.wire.app import TRANSPORT_STATE_KEY

# What stops a server: SIGTERM from a service manager, Ctrl+C, Ctrl+Break on Windows.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGBREAK")
                     if hasattr(signal, name))
DEFAULT_GRACE_S = 5.0
BACKLOG = 2048


class WireProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, with Nagle's algorithm off and the transport reachable."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        # The state is copied into each request's scope: a fault can then cut this connection.
        self.app_state = {**self.app_state, TRANSPORT_STATE_KEY: transport}


@dataclass(frozen=True)
class ServerOptions:
    """How a server listens: address, TLS files, trusted proxies, and the grace to stop."""

    host: str = "127.0.0.1"
    port: int = 0
    certfile: str | None = None
    keyfile: str | None = None
    # Addresses (or networks) of reverse proxies whose X-Forwarded-For/-Proto are believed.
    forwarded_allow_ips: tuple[str, ...] = field(default_factory=tuple)
    grace: float = DEFAULT_GRACE_S

    @property
    def scheme(self) -> str:
        return "https" if self.certfile else "http"


class ForwardedAllowError(ValueError):
    """A --forwarded-allow-ips entry that is neither an address, a network nor ``*``."""


def trusted_proxies(value: str) -> tuple[str, ...]:
    """``"127.0.0.1, 10.0.0.0/8"`` as a checked tuple; ``*`` trusts every peer."""
    entries = tuple(item.strip() for item in value.split(",") if item.strip())
    for entry in entries:
        if entry == "*":
            continue
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            raise ForwardedAllowError(f"{entry[:60]!r} is not an IP address or network "
                                      "(e.g. 127.0.0.1 or 172.28.0.0/16)") from None
    return entries


class Server(uvicorn.Server):
    """uvicorn's server; a stop signal ends serving gracefully and nothing is re-raised."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # Signals can only be handled on the main thread (a test's server runs on another).
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in STOP_SIGNALS}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def application(routes: list[BaseRoute]) -> Starlette:
    """A Starlette application serving these routes."""
    return Starlette(routes=routes)


def server_config(app: Any, host: str, port: int, *, log_level: str = "warning",
                  options: ServerOptions | None = None, **extra: Any) -> uvicorn.Config:
    """uvicorn's configuration: our protocol, no uvicorn logging setup, proxies as told."""
    options = options or ServerOptions(host, port)
    trusted = list(options.forwarded_allow_ips)
    return uvicorn.Config(
        app, host=host, port=port, http=WireProtocol, lifespan="off", log_level=log_level,
        # Our own handlers (or the window's) receive uvicorn's records.
        log_config=None, access_log=False, timeout_keep_alive=30, backlog=BACKLOG,
        timeout_graceful_shutdown=math.ceil(options.grace),
        # Forwarded headers are believed only from the proxies named; none by default.
        proxy_headers=bool(trusted), forwarded_allow_ips=trusted or None,
        ssl_certfile=options.certfile, ssl_keyfile=options.keyfile, **extra)


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` and listening (``port`` 0 picks a free one)."""
    infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM,
                               flags=socket.AI_PASSIVE)
    family, kind, proto, _name, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if sys.platform != "win32":
            # A restarted server may bind while old connections linger in TIME_WAIT.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock


def bound_url(sock: socket.socket, host: str, scheme: str = "http") -> str:
    """The address a listening socket answers at, as a URL."""
    port = sock.getsockname()[1]
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"{scheme}://{host}:{port}"


def serve_on(app: Any, sock: socket.socket, options: ServerOptions, *,
             log_level: str = "warning") -> bool:
    """Serve on this thread until a stop signal, then finish open requests; False if it failed."""
    server = Server(server_config(app, options.host, options.port, log_level=log_level,
                                  options=options))
    server.run(sockets=[sock])
    return bool(server.started)


class BackgroundServer:
    """A server on a thread of this process (for benchmarks and tests); ``port=0`` picks one."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0, *,
                 options: ServerOptions | None = None) -> None:
        options = options or ServerOptions(host, port)
        self.server = Server(server_config(app, options.host, options.port, options=options))
        self.host = options.host
        self.scheme = options.scheme
        self._thread = threading.Thread(target=self._run, name="wire-server", daemon=True)

    def _run(self) -> None:
        asyncio.run(self.server.serve())

    def launch(self) -> None:
        """Start serving without waiting (poll ``started`` and ``running``)."""
        self._thread.start()

    @property
    def started(self) -> bool:
        return bool(self.server.started)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def request_stop(self) -> None:
        """Ask the server to stop without waiting for it (poll ``running``)."""
        self.server.should_exit = True

    def start(self, timeout: float = 10.0) -> BackgroundServer:
        self._thread.start()
        waited = 0.0
        while not self.server.started:
            if not self._thread.is_alive() or waited > timeout:
                raise RuntimeError("the server did not start")
            threading.Event().wait(0.01)
            waited += 0.01
        return self

    @property
    def port(self) -> int:
        return int(self.server.servers[0].sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
