"""The worker site over a fresh marketplace, with a clock the test moves by hand."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from tests.conftest import FakeClock
from tests.site.scenes import Scene, WorkerClient
from workbench.marketplace.local.database import ensure_market_schema
from workbench.marketplace.site.app import WorkerSite
from workbench.sql.engine import make_engine


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(tmp_path / "market.sqlite3")
    ensure_market_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def scene(engine: Engine, clock: FakeClock) -> Scene:
    return Scene.create(engine, clock)


@pytest.fixture
def site(engine: Engine, clock: FakeClock) -> WorkerSite:
    return WorkerSite(engine, clock=clock)


@pytest.fixture
def browser(site: WorkerSite) -> Iterator[Callable[..., WorkerClient]]:
    """Make a worker's browser (each with its own cookies) on the site."""
    clients: list[TestClient] = []

    def make(base_url: str = "http://testserver") -> WorkerClient:
        client = TestClient(site.app(), base_url=base_url)
        clients.append(client)
        return WorkerClient(client)

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def signed_in(scene: Scene, browser: Callable[..., WorkerClient]
              ) -> Callable[[str], WorkerClient]:
    """Invite a worker by name and sign them in."""
    def make(name: str = "Ana") -> WorkerClient:
        worker = browser()
        invitation = scene.invite(name)
        response = worker.sign_in(invitation.token)
        assert response.status_code == 303
        worker.worker_id = invitation.worker_id
        return worker

    return make
