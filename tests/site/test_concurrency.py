"""Many workers at the same moment, over real HTTP: no HIT gets more assignments than it
allows, no worker submits twice, and nothing is lost; on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from tests.site.scenes import Scene, WorkerClient
from workbench.marketplace.local.database import ensure_market_schema
from workbench.marketplace.local.schema import MarketAssignment
from workbench.marketplace.wire.served import marketplace_app
from workbench.marketplace.wire.server import BackgroundServer
from workbench.sql.engine import make_engine


@pytest.fixture(params=["sqlite", "postgres"])
def market_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "postgres":
        url = request.getfixturevalue("pg_database")
        engine = make_engine(url)
    else:
        engine = make_engine(tmp_path / "market.sqlite3")
    ensure_market_schema(engine)
    yield engine
    engine.dispose()


def workers_at_once(scene: Scene, url: str, count: int) -> list[WorkerClient]:
    """``count`` invited workers, each signed in with a browser (HTTP client) of their own."""
    clients = []
    for number in range(count):
        worker = WorkerClient(httpx.Client(base_url=url, timeout=60))
        invitation = scene.invite(f"Worker {number}")
        assert worker.sign_in(invitation.token).status_code == 303
        worker.worker_id = invitation.worker_id
        worker.get("/hits")
        clients.append(worker)
    return clients


def together(clients: list[WorkerClient], action: Callable[[WorkerClient], httpx.Response]
             ) -> list[httpx.Response]:
    """Every client does ``action`` at the same moment (released by one barrier)."""
    barrier = threading.Barrier(len(clients))

    def go(client: WorkerClient) -> httpx.Response:
        barrier.wait()
        return action(client)

    with ThreadPoolExecutor(len(clients)) as pool:
        return list(pool.map(go, clients))


def held(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        rows = session.execute(select(MarketAssignment.hit_id, func.count()).where(
            MarketAssignment.status.in_(("Accepted", "Submitted", "Approved", "Rejected")))
            .group_by(MarketAssignment.hit_id)).all()
    return {hit_id: int(count) for hit_id, count in rows}


def test_workers_racing_for_one_hit_get_exactly_its_places(market_engine: Engine) -> None:
    scene = Scene.create(market_engine)
    hit_id = scene.publish(assignments=3)
    with BackgroundServer(marketplace_app(None, market_engine)) as server:
        clients = workers_at_once(scene, server.url, 12)
        tokens = [client.csrf() for client in clients]
        responses = together(clients, lambda c: c.http.post(
            f"/hits/{hit_id}/accept", data={"csrf": tokens[clients.index(c)]},
            follow_redirects=False))
        for client in clients:
            client.http.close()
    codes = Counter(r.status_code for r in responses)
    assert codes == {303: 3, 409: 9}
    assert all("no more assignments" in r.text for r in responses if r.status_code == 409)
    accepted = {str(r.headers["location"]).rsplit("/", 1)[1] for r in responses
                if r.status_code == 303}
    rows = scene.assignments(hit_id)
    assert {a.assignment_id for a in rows} == accepted
    assert len({a.worker_id for a in rows}) == 3


def test_a_rush_on_a_group_fills_every_place_once(market_engine: Engine) -> None:
    scene = Scene.create(market_engine)
    hits = [scene.publish(f"h{n}", assignments=2) for n in range(5)]
    hit_type_id = scene.market.get_hit(HITId=hits[0])["HIT"]["HITTypeId"]
    with BackgroundServer(marketplace_app(None, market_engine)) as server:
        clients = workers_at_once(scene, server.url, 16)
        tokens = {id(c): c.csrf() for c in clients}
        responses = []
        for _round in range(2):  # everyone tries twice: a second HIT of the group each
            responses += together(clients, lambda c: c.http.post(
                f"/groups/{hit_type_id}/accept", data={"csrf": tokens[id(c)]},
                follow_redirects=False))
        for client in clients:
            client.http.close()
    taken = [r for r in responses if r.status_code == 303 and "/work/" in r.headers["location"]]
    assert len(taken) == 10  # 5 HITs x 2 assignments, every one of them and no more
    assert held(market_engine) == {hit_id: 2 for hit_id in hits}
    with Session(market_engine) as session:
        pairs = session.execute(select(MarketAssignment.hit_id, MarketAssignment.worker_id)
                                ).all()
    assert len(pairs) == len(set(pairs)) == 10  # never one worker twice on a HIT


def test_a_double_submit_from_many_tabs_is_stored_once(market_engine: Engine) -> None:
    scene = Scene.create(market_engine)
    hit_id = scene.publish(assignments=1)
    with BackgroundServer(marketplace_app(None, market_engine)) as server:
        [worker] = workers_at_once(scene, server.url, 1)
        assignment_id = worker.accept(hit_id)
        submit_url = worker.submit_url(assignment_id)
        tabs = [WorkerClient(httpx.Client(base_url=server.url, timeout=60)) for _ in range(8)]
        responses = together(tabs, lambda tab: tab.http.post(submit_url, data={
            "assignmentId": assignment_id,
            "taskAnswers": json.dumps([{"tab": tabs.index(tab)}])}))
        for client in [worker, *tabs]:
            client.http.close()
    codes = Counter(r.status_code for r in responses)
    assert codes == {200: 1, 409: 7}
    winner = next(i for i, r in enumerate(responses) if r.status_code == 200)
    [stored] = scene.assignments(hit_id)
    assert stored.status == "Submitted"
    assert json.dumps([{"tab": winner}]) in (stored.answer or "")
