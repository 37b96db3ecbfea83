"""What `workbench serve` serves: the MTurk API and the worker site, in one process or more.

With one process the application is built in place. With several, uvicorn starts worker
processes that each build their own from a settings file (readable by its owner only: it
holds the API keys) named by an environment variable; they share the listening socket and
the database, whose transactions keep every marketplace rule across processes.
"""

from __future__ import annotations

import json
import os
import socket
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.routing import BaseRoute, Mount

from workbench.marketplace.wire.app import RateLimit, WireAPI
from workbench.marketplace.wire.auth import Keyring, ServerKey
from workbench.marketplace.wire.faults import FaultPlan
from workbench.sql.engine import make_engine

SETTINGS_ENV = "WORKBENCH_SERVE_SETTINGS"
APP_FACTORY = "workbench.marketplace.wire.served:create_app"


@dataclass
class ServeSettings:
    """Everything a server process needs to build the application."""

    database: str  # the marketplace database of keys (and a site) that name none of their own
    keys: list[dict[str, Any]] = field(default_factory=list)
    site: bool = True
    site_market_url: str | None = None
    delay: float = 0.0
    rate: float | None = None
    faults: str | None = None
    strict: bool = False

    @classmethod
    def of(cls, database: str, keys: list[ServerKey], **options: Any) -> ServeSettings:
        return cls(database, [asdict(key) for key in keys], **options)

    def server_keys(self) -> list[ServerKey]:
        return [ServerKey(**key) for key in self.keys]

    def write(self, path: Path) -> None:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            json.dump(asdict(self), stream)

    @classmethod
    def read(cls, path: Path) -> ServeSettings:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def marketplace_app(api: WireAPI | None, site_engine: Engine | None) -> Starlette:
    """The API on ``POST /`` and, beside it, the worker site on every other path."""
    routes: list[BaseRoute] = list(api.routes()) if api is not None else []
    if site_engine is not None:
        from workbench.marketplace.site.app import WorkerSite

        routes.append(Mount("/", app=WorkerSite(site_engine).app()))
    return Starlette(routes=routes)


def build_app(settings: ServeSettings,
              engine_for: Callable[[str | None], Engine] | None = None) -> Starlette:
    """The application for these settings; ``engine_for(url)`` opens marketplace databases."""
    engines: dict[str, Engine] = {}

    def opened(url: str | None) -> Engine:
        url = url or settings.database
        if url not in engines:
            engines[url] = make_engine(url)
        return engines[url]

    engine_for = engine_for or opened
    faults = FaultPlan(Path(settings.faults)) if settings.faults else None
    api = WireAPI(Keyring(settings.server_keys()), engine_for, faults=faults,
                  delay=settings.delay,
                  rate_limit=RateLimit(settings.rate) if settings.rate else None,
                  check_responses=settings.strict) if settings.keys else None
    return marketplace_app(api, engine_for(settings.site_market_url) if settings.site else None)


def create_app() -> Starlette:
    """The factory each server process calls (uvicorn's ``--factory``)."""
    return build_app(ServeSettings.read(Path(os.environ[SETTINGS_ENV])))


@contextmanager
def settings_file(settings: ServeSettings) -> Iterator[Path]:
    """The settings in a private file, named in the environment for worker processes."""
    folder = Path(tempfile.mkdtemp(prefix="workbench-serve-"))
    path = folder / "settings.json"
    settings.write(path)
    previous = os.environ.get(SETTINGS_ENV)
    os.environ[SETTINGS_ENV] = str(path)
    try:
        yield path
    finally:
        if previous is None:
            os.environ.pop(SETTINGS_ENV, None)
        else:
            os.environ[SETTINGS_ENV] = previous
        path.unlink(missing_ok=True)
        folder.rmdir()


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


def shared_url(host: str, port: int) -> str:
    """The worker site's address to share: the LAN address when serving on every interface."""
    if host in ("0.0.0.0", "::", ""):
        host = lan_address() or "127.0.0.1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}/"
