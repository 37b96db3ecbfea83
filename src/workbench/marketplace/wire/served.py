"""What `workbench serve` serves: the MTurk API, the worker site and a health check.

The application is built from ``ServeSettings``, in the serving process itself or, with
several processes, in each of them (``supervisor.py`` hands the settings to each process
through the pipe that starts it, never through a file: they hold the API keys). All
processes share the listening socket and the database, whose transactions keep every
marketplace rule across processes.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Engine, text
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from workbench import __version__
from workbench.marketplace.wire.app import RateLimit, WireAPI
from workbench.marketplace.wire.auth import Keyring, ServerKey
from workbench.marketplace.wire.faults import FaultPlan
from workbench.marketplace.wire.keys import WatchedKeyring, accounts_of
from workbench.marketplace.wire.logs import AccessLog, LogOptions
from workbench.marketplace.wire.server import ServerOptions
from workbench.sql.engine import make_engine

HEALTH_TIMEOUT_S = 5.0
log = logging.getLogger("workbench.serve")


@dataclass
class ServeSettings:
    """Everything a server process needs to build the application."""

    database: str  # the marketplace database of keys (and a site) that name none of their own
    keys: list[dict[str, Any]] = field(default_factory=list)
    # The keys file, read again when it changes, and the local accounts its keys may name.
    keys_file: str | None = None
    accounts: list[dict[str, Any]] = field(default_factory=list)
    site: bool = True
    site_market_url: str | None = None
    delay: float = 0.0
    rate: float | None = None
    faults: str | None = None
    strict: bool = False
    # The address people use (behind a proxy, the proxy's); https makes every cookie Secure.
    public_url: str | None = None
    server: ServerOptions = field(default_factory=ServerOptions)
    logs: LogOptions = field(default_factory=LogOptions)

    @classmethod
    def of(cls, database: str, keys: list[ServerKey], **options: Any) -> ServeSettings:
        return cls(database, [asdict(key) for key in keys], **options)

    def server_keys(self) -> list[ServerKey]:
        return [ServerKey(**key) for key in self.keys]

    def __repr__(self) -> str:  # the keys' secrets and the database password stay out of logs
        return (f"ServeSettings(keys={len(self.keys)}, site={self.site}, "
                f"server={self.server!r})")


class PublicScheme:
    """Requests count as made over HTTPS when the public address is HTTPS (Secure cookies).

    For a server behind a TLS-terminating proxy that does not say X-Forwarded-Proto, or whose
    forwarded headers are not trusted: the browser still speaks HTTPS to the proxy.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope = {**scope, "scheme": "https"}
        await self.app(scope, receive, send)


class Health:
    """``GET /healthz``: the version, and whether every database served answers."""

    def __init__(self, databases: Mapping[str, Callable[[], Engine]]) -> None:
        self.databases = databases

    async def respond(self, request: Request) -> Response:
        checks = await asyncio.gather(*(self._check(name, engine)
                                        for name, engine in self.databases.items()))
        healthy = all(check["ok"] for check in checks)
        return JSONResponse(
            {"status": "ok" if healthy else "unavailable", "version": __version__,
             "process": os.getpid(), "databases": checks},
            status_code=200 if healthy else 503, headers={"Cache-Control": "no-store"})

    async def _check(self, name: str, engine: Callable[[], Engine]) -> dict[str, Any]:
        def probe() -> dict[str, Any]:
            opened = engine()
            with opened.connect() as connection:
                schema = connection.execute(
                    text("SELECT version_num FROM market_alembic_version")).scalar()
            return {"name": name, "dialect": opened.dialect.name, "schema": schema, "ok": True}

        try:
            return await asyncio.wait_for(run_in_threadpool(probe), HEALTH_TIMEOUT_S)
        except TimeoutError:
            problem = f"no answer within {HEALTH_TIMEOUT_S:.0f} s"
        except Exception as exc:  # any failure means unhealthy; the details go to the log
            log.warning("health check of %s failed: %s", name, exc)
            problem = type(exc).__name__
        return {"name": name, "ok": False, "problem": problem}


def marketplace_app(api: WireAPI | None, site_engine: Engine | None, *,
                    health: Health | None = None, public_url: str | None = None,
                    access_log: bool = False) -> ASGIApp:
    """The API on ``POST /``, the health check, and the worker site on every other path."""
    routes: list[BaseRoute] = list(api.routes()) if api is not None else []
    if health is not None:
        routes.append(Route("/healthz", health.respond, methods=["GET", "HEAD"]))
    if site_engine is not None:
        from workbench.marketplace.site.app import WorkerSite

        routes.append(Mount("/", app=WorkerSite(site_engine).app()))
    app: ASGIApp = Starlette(routes=routes)
    if public_url and urlsplit(public_url).scheme == "https":
        app = PublicScheme(app)
    if access_log:
        app = AccessLog(app)
    return app


def build_app(settings: ServeSettings,
              engine_for: Callable[[str | None], Engine] | None = None) -> ASGIApp:
    """The application for these settings; ``engine_for(url)`` opens marketplace databases."""
    engines: dict[str, Engine] = {}

    def opened(url: str | None) -> Engine:
        url = url or settings.database
        if url not in engines:
            engines[url] = make_engine(url)
        return engines[url]

    engine_for = engine_for or opened
    keys = settings.server_keys()
    faults = FaultPlan(Path(settings.faults)) if settings.faults else None
    keyring = WatchedKeyring(Path(settings.keys_file), accounts_of(settings.accounts), keys) \
        if settings.keys_file else Keyring(keys)
    api = WireAPI(keyring, engine_for, faults=faults,
                  delay=settings.delay,
                  rate_limit=RateLimit(settings.rate) if settings.rate else None,
                  check_responses=settings.strict, public_url=settings.public_url,
                  site_served=settings.site) if keys else None
    # Each database once, named by what it serves (the accounts of its keys, the site).
    served: dict[str | None, list[str]] = {}
    for key in keys:
        served.setdefault(key.market_url or None, []).append(key.name or key.access_key_id)
    if settings.site:
        served.setdefault(settings.site_market_url or None, []).append("worker site")
    databases = {", ".join(dict.fromkeys(names)): partial(engine_for, url)
                 for url, names in served.items()}
    return marketplace_app(api, engine_for(settings.site_market_url) if settings.site else None,
                           health=Health(databases), public_url=settings.public_url,
                           access_log=settings.logs.access)


def lan_address() -> str | None:
    """This machine's address on its local network, as colleagues would reach it."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        # Connecting a UDP socket sends nothing; it only picks the outgoing interface.
        probe.connect(("10.255.255.255", 1))
        address = str(probe.getsockname()[0])
    except OSError:
        address = ""
    finally:
        probe.close()
    if address and not address.startswith("127."):
        return address
    try:
        address = socket.gethostbyname(socket.gethostname())
    except OSError:
        return None
    return None if address.startswith("127.") else address


def shared_url(host: str, port: int, scheme: str = "http") -> str:
    """The worker site's address to share: the LAN address when serving on every interface."""
    if host in ("0.0.0.0", "::", ""):
        host = lan_address() or "127.0.0.1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"{scheme}://{host}:{port}/"
