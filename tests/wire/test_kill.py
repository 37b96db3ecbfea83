"""``kill -9`` of the pushing process in the middle of 1,000 approvals and 200 bonuses.

The pusher is the real command (``workbench sync``) in its own process, talking to
``workbench serve`` in another. It is killed three times: while the server holds the answer
to an approval it has already committed, at an arbitrary moment during the approvals, and
while the server holds the answer to a bonus it has already paid. Each time it is simply
started again. In the end the server's records show every approval and every bonus once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.wire.conftest import Served, client_environment, endpoint_account
from workbench.marketplace.wire.rehearsal import worked_hits
from workbench.services import outbox
from workbench.services.context import Workbench
from workbench.services.sync import pull
from workbench.store.schema import Assignment, Bonus

pytestmark = pytest.mark.slow


def start_pusher(store: Path, directory: Path) -> subprocess.Popen[str]:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("AWS_")},
           **client_environment(directory)}
    return subprocess.Popen([sys.executable, "-m", "workbench", "--db", str(store), "--quiet",
                             "sync", "--account", "remote"], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def kill_when(process: subprocess.Popen[str], ready: Callable[[], bool],
              timeout: float = 300.0) -> None:
    """``kill -9`` the process as soon as ``ready()``; fail if it ends or times out first."""
    deadline = time.monotonic() + timeout
    while not ready():
        time.sleep(0.02)
        if process.poll() is not None:
            out, err = process.communicate()
            raise AssertionError(f"the pusher ended before it could be killed: {out} {err}")
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError("the moment to kill the pusher never came")
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL


def test_a_pusher_killed_three_times_pays_every_approval_and_bonus_once(
        served: Served, aws_env: dict[str, str], wb: Workbench, tmp_path: Path) -> None:
    made = worked_hits(served.engine, served.requester_id, hits=100, assignments=10, seed=7)
    account = endpoint_account(wb, served, max_attempts=3, retry_mode="standard")
    pull(wb, account)
    outbox.queue_approve(wb, account, made.assignment_ids)
    bonused = made.assignment_ids[::5]
    assert (len(made.assignment_ids), len(bonused)) == (1000, 200)
    for number, assignment in enumerate(bonused):
        outbox.queue_bonus(wb, account, assignment, f"0.{10 + number % 80:02d}",
                           reason="For careful work")
    store = wb.store.path
    assert store is not None
    held_approval, held_bonus = tmp_path / "held-approval", tmp_path / "held-bonus"
    served.plan(
        {"operation": "ApproveAssignment", "fault": "hold", "after": 300, "times": 1,
         "seconds": 30, "signal": str(held_approval)},
        # Bonuses go out beside their assignment's approval: the 151st comes near the 750th.
        {"operation": "SendBonus", "fault": "hold", "after": 150, "times": 1,
         "seconds": 30, "signal": str(held_bonus)})

    # 1. Killed while the server holds the answer to an approval it has committed.
    kill_when(start_pusher(store, tmp_path), held_approval.exists)
    # 2. Killed at whatever it is doing once 600 approvals are paid.
    kill_when(start_pusher(store, tmp_path), lambda: len(served.rewards()) >= 600)
    assert not held_bonus.exists()
    # 3. Killed while the server holds the answer to a bonus it has paid.
    kill_when(start_pusher(store, tmp_path), held_bonus.exists)
    served.plan()
    final = start_pusher(store, tmp_path)
    out, err = final.communicate(timeout=300)
    assert final.returncode == 0, err
    assert "found already done" in out

    rewards = served.rewards()
    assert {a: rewards.get(a, 0) for a in made.assignment_ids} == \
        {a: 1 for a in made.assignment_ids}
    paid = Counter((a, cents) for a, cents, _ in served.bonuses())
    expected = Counter((a, 10 + n % 80) for n, a in enumerate(bonused))
    assert paid == expected
    actions = outbox.list_actions(wb, account, limit=5000)
    assert len(actions) == 1200 and {a.state for a in actions} == {"sent"}
    pull(wb, account, full=True)
    with wb.store.read() as session:
        statuses = Counter(session.scalars(select(Assignment.status).where(
            Assignment.account_id == account.id,
            Assignment.assignment_id.in_(made.assignment_ids))))
        stored = Counter((a, c) for a, c in session.execute(
            select(Bonus.assignment_id, Bonus.amount_cents).where(
                Bonus.account_id == account.id)))
    assert statuses == {"Approved": 1000}
    assert stored == expected
