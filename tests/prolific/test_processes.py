"""Over real HTTP, with separate processes: a pusher killed between set-up and pay pays once.

The simulator is served by uvicorn on a port of this process; the pushes run in child
processes (``tests/prolific/pusher.py``) that share the store file and SIGKILL themselves at
a chosen point of the bonus flow. Every exchange, in every process, is checked against
Prolific's OpenAPI document.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.prolific.conftest import TOKEN
from tests.prolific.contract import Exchanges, ValidatingTransport
from tests.prolific.scenario import pid
from workbench.formats.answers import task_answers_xml
from workbench.formats.inputs import InputTable
from workbench.marketplace.local.workers import WorkerSide
from workbench.marketplace.prolific.credentials import TOKEN_ENV
from workbench.marketplace.prolific.participants import ProlificSite
from workbench.marketplace.prolific.simulator import ProlificSimulator
from workbench.marketplace.wire.server import BackgroundServer
from workbench.services import prolific
from workbench.services.accounts import AccountInfo, add_account, get_account
from workbench.services.context import Workbench
from workbench.services.publish import HITProperties, create_batch, publish_batch
from workbench.services.spend import confirm_spending
from workbench.services.sync import sync

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture
def served() -> Iterator[tuple[ProlificSimulator, str]]:
    simulator = ProlificSimulator(token=TOKEN)
    with BackgroundServer(simulator.asgi_app(lost_delay=3.0)) as server:
        yield simulator, server.url


@pytest.fixture
def over_http(monkeypatch: pytest.MonkeyPatch) -> Iterator[Exchanges]:
    seen = Exchanges()
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    prolific.use_transport(lambda base_url: ValidatingTransport(httpx.HTTPTransport(), seen))
    yield seen
    prolific.use_transport(None)


def push_in_child(store: Path, crash: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-m", "tests.prolific.pusher", str(store), "pro"]
    return subprocess.run([*command, *([crash] if crash else [])], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def prepare(wb: Workbench, url: str, simulator: ProlificSimulator, participants: int
            ) -> tuple[AccountInfo, prolific.StudyInfo, list[str]]:
    """A published study whose participants have each worked one HIT and been synced."""
    account = add_account(wb, "pro", "prolific", endpoint_url=url,
                          options={"timeout_s": 1.0})
    prolific.test_connection(wb, account)
    account = get_account(wb, "pro")
    confirm_spending(wb, account)
    table = InputTable(["text"], [{"text": f"photo {i}"} for i in range(participants)])
    batch_id = create_batch(wb, account, name="Photos", template_html="<p>${text}</p>",
                            table=table, props=HITProperties(
                                title="Tag", description="Tag it", reward_cents=10,
                                max_assignments=1))
    publish_batch(wb, account, batch_id, wb.marketplace(account))
    study = prolific.queue_create_study(
        wb, account, name="Photos", description="Tag one photo.",
        external_url=prolific.study_url("https://work.example.org"), places=participants,
        reward_cents=100, estimated_minutes=2, batch_id=batch_id)
    prolific.queue_publish(wb, account, study)
    sync(wb, account)
    study = prolific.get_study(wb, account, study.request_key)
    assert study.study_id
    side = WorkerSide(wb.store.engine)
    site = ProlificSite(wb.store.engine)
    sessions = []
    for n in range(participants):
        participant = pid(n)
        session_id = simulator.start_submission(study.study_id, participant)
        _cookie, arrived = site.arrive(participant, study.study_id, session_id)
        for item in arrived.unit:
            side.submit(participant, item.assignment_id, task_answers_xml({"label": "car"}))
        simulator.complete_submission(session_id, study.completion_code)
        sessions.append(session_id)
    sync(wb, account)
    return account, study, sessions


def test_a_pusher_killed_between_set_up_and_pay_leaves_one_payment(
        served: tuple[ProlificSimulator, str], over_http: Exchanges, store_path: Path) -> None:
    simulator, url = served
    with Workbench.open(store_path) as wb:
        account, study, sessions = prepare(wb, url, simulator, 5)
        prolific.queue_approve(wb, account, sessions)
        prolific.queue_bonuses(wb, account, study, [(s, 40) for s in sessions])
    killed = push_in_child(store_path, "after_setup")
    assert killed.returncode == -9, killed.stderr
    (bulk_id,) = simulator.bulk_bonuses
    assert simulator.pay_calls == {bulk_id: 0}
    assert sorted(e[1] for e in simulator.money("reward")) == sorted(sessions)

    simulator.inject("pay-bonus-payments", "lost")  # and the next pay's answer is lost too
    simulator.inject("get-submission", "throttle", times=2, retry_after=0.05)
    finished = push_in_child(store_path)
    assert finished.returncode == 0, finished.stderr
    assert "failed=0" in finished.stdout
    assert len(simulator.bulk_bonuses) == 1, "a second set-up was made"
    assert simulator.pay_calls == {bulk_id: 1}
    assert {s: simulator.bonuses_paid(s) for s in sessions} == {s: [40] for s in sessions}
    assert len(simulator.money("reward")) == 5

    with Workbench.open(store_path) as wb:
        sync(wb, get_account(wb, "pro"))
    assert simulator.pay_calls == {bulk_id: 1}
    assert over_http.total > 0


def test_a_pusher_killed_after_paying_is_reconciled_not_repeated(
        served: tuple[ProlificSimulator, str], over_http: Exchanges, store_path: Path) -> None:
    simulator, url = served
    with Workbench.open(store_path) as wb:
        account, study, sessions = prepare(wb, url, simulator, 2)
        prolific.queue_bonuses(wb, account, study, [(sessions[0], 25)])
    killed = push_in_child(store_path, "after_pay")
    assert killed.returncode == -9, killed.stderr
    (bulk_id,) = simulator.bulk_bonuses
    assert simulator.pay_calls == {bulk_id: 1}
    finished = push_in_child(store_path)
    assert finished.returncode == 0 and "reconciled=1" in finished.stdout, finished.stdout
    assert simulator.pay_calls == {bulk_id: 1}
    assert simulator.bonuses_paid(sessions[0]) == [25]
