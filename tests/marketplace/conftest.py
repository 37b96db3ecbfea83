from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.conftest import FakeClock
from workbench.formats.answers import answers_to_xml
from workbench.formats.questions import html_question
from workbench.marketplace.local.database import ensure_market_schema
from workbench.marketplace.local.market import LocalMarketplace, create_requester
from workbench.marketplace.local.workers import WorkerSide
from workbench.sql.engine import make_engine

QUESTION = html_question("<html><body><form><input name='label'></form></body></html>")


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(tmp_path / "market.sqlite3")
    ensure_market_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def market(engine: Engine, clock: FakeClock) -> LocalMarketplace:
    requester = create_requester(engine, "tester", clock=clock)
    return LocalMarketplace(engine, requester, clock=clock)


@pytest.fixture
def workers(engine: Engine, clock: FakeClock) -> WorkerSide:
    return WorkerSide(engine, clock=clock)


class Crowd:
    """Helpers to publish HITs and have workers do them."""

    def __init__(self, market: LocalMarketplace, workers: WorkerSide) -> None:
        self.market = market
        self.workers = workers

    def hit(self, assignments: int = 3, reward: str = "0.10", **extra: Any) -> str:
        params: dict[str, Any] = {
            "Title": "Label a thing", "Description": "Say what it is", "Reward": reward,
            "AssignmentDurationInSeconds": 600, "LifetimeInSeconds": 86400,
            "AutoApprovalDelayInSeconds": 3 * 86400, "MaxAssignments": assignments,
            "Question": QUESTION, **extra}
        return str(self.market.create_hit(**params)["HIT"]["HITId"])

    def worker(self, **kwargs: Any) -> str:
        return self.workers.register(**kwargs)

    def submit(self, hit_id: str, worker_id: str | None = None, label: str = "cat"
               ) -> tuple[str, str]:
        worker_id = worker_id or self.worker()
        assignment_id = self.workers.accept(worker_id, hit_id)
        self.workers.submit(worker_id, assignment_id, answers_to_xml({"label": label}))
        return worker_id, assignment_id


@pytest.fixture
def crowd(market: LocalMarketplace, workers: WorkerSide) -> Crowd:
    return Crowd(market, workers)
