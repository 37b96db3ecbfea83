"""Running an ASGI application on uvicorn, tuned for many small API calls.

Every connection gets ``TCP_NODELAY``: without it, small JSON answers wait for the client's
delayed ACK and every boto3 call stalls about 40 ms.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.routing import BaseRoute
from uvicorn.protocols.http.h11_impl import H11Protocol

from workbench.marketplace.wire.app import TRANSPORT_STATE_KEY


class WireProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, with Nagle's algorithm off and the transport reachable."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        # The state is copied into each request's scope: a fault can then cut this connection.
        self.app_state = {**self.app_state, TRANSPORT_STATE_KEY: transport}


def application(routes: list[BaseRoute]) -> Starlette:
    """A Starlette application serving these routes."""
    return Starlette(routes=routes)


def server_config(app: Any, host: str, port: int, *, log_level: str = "warning",
                  **options: Any) -> uvicorn.Config:
    return uvicorn.Config(app, host=host, port=port, http=WireProtocol, lifespan="off",
                          log_level=log_level, access_log=False, timeout_keep_alive=30,
                          backlog=2048, timeout_graceful_shutdown=5, **options)


class BackgroundServer:
    """A server on a thread of this process (for benchmarks and tests); ``port=0`` picks one."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        self.server = uvicorn.Server(server_config(app, host, port))
        self.host = host
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
        return f"http://{self.host}:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_forever(app: Any, host: str, port: int, *, on_ready: Any = None) -> None:
    """Serve until interrupted; ``on_ready(url)`` is called once the socket listens."""
    server = uvicorn.Server(server_config(app, host, port))

    async def run() -> None:
        task = asyncio.create_task(server.serve())
        while not server.started and not task.done():
            await asyncio.sleep(0.01)
        if server.started and on_ready is not None:
            bound = server.servers[0].sockets[0].getsockname()
            on_ready(f"http://{host}:{bound[1]}")
        await task

    asyncio.run(run())


def serve_workers(host: str, port: int, workers: int, *, on_ready: Any = None) -> None:
    """Serve with ``workers`` processes, each building the app from the settings file.

    The parent binds the socket and supervises the processes (restarting any that dies);
    Ctrl+C or SIGTERM stops them all.
    """
    from uvicorn.supervisors import Multiprocess

    from workbench.marketplace.wire.served import APP_FACTORY

    config = server_config(APP_FACTORY, host, port, factory=True, workers=workers)
    try:
        sock = config.bind_socket()
    except SystemExit:  # uvicorn logs why and exits; say it as an error instead
        raise OSError(f"cannot listen on {host}:{port}") from None
    # Listening now lets early clients wait in the backlog until a process takes them.
    sock.listen(config.backlog)
    try:
        if on_ready is not None:
            on_ready(f"http://{host}:{sock.getsockname()[1]}")
        Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()
