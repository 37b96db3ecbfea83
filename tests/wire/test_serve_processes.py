"""``workbench serve`` as a service: no process outlives it, no secret touches a file,
SIGTERM lets open requests finish and ends it with exit status 0.

Each test runs the real command in its own process group and looks at the processes through
``/proc`` (Linux), so nothing is mocked: ``kill -9`` is a real SIGKILL of the parent.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import boto3
import httpx
import pytest
from botocore.config import Config

from tests.wire.conftest import ACCESS_KEY, SECRET_KEY, write_keys_file
from workbench.services.accounts import get_account
from workbench.services.context import Workbench

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="looks at processes through /proc")]
SERVER_LINE = re.compile(r" at (https?://\S+) with ")


@dataclass
class Running:
    process: subprocess.Popen[str]
    url: str
    temp: Path
    log: Path
    children: set[int]  # its processes once it served (killed at the end if still there)


def until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def listening(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=1):
            return True
    except OSError:
        return False


def parents() -> dict[int, int]:
    """Every live process and its parent, from /proc."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z":  # a zombie has ended; only its parent has not reaped it
            found[int(entry.name)] = int(fields[1])
    return found


def descendants(pid: int) -> set[int]:
    tree = parents()
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in tree.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    return pid in parents()


@pytest.fixture
def launch(store_path: Path, tmp_path: Path) -> Iterator[Callable[..., Running]]:
    """Start ``workbench serve`` with a temporary folder of its own; kills what remains."""
    started: list[Running] = []

    with Workbench.open(store_path) as wb:
        get_account(wb)  # the default local account, which the key acts as

    def start(*extra: str) -> Running:
        keys = write_keys_file(tmp_path / "keys.ini")
        temp = tmp_path / f"tmp-{len(started)}"
        temp.mkdir()
        log = tmp_path / f"server-{len(started)}.log"
        env = {**os.environ, "TMPDIR": str(temp), "WORKBENCH_CONFIG_DIR": str(tmp_path / "cfg"),
               "WORKBENCH_LOG": "WARNING"}
        with log.open("w", encoding="utf-8") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "workbench", "--db", str(store_path), "serve",
                 "--port", "0", "--keys", str(keys), *extra],
                stdout=subprocess.PIPE, stderr=stderr, text=True, env=env,
                start_new_session=True)
        assert process.stdout is not None
        found = SERVER_LINE.search(process.stdout.readline())
        assert found, log.read_text(encoding="utf-8")
        running = Running(process, found.group(1), temp, log, set())
        started.append(running)
        assert until(lambda: _healthy(running.url), 60), log.read_text(encoding="utf-8")
        running.children = descendants(process.pid)
        return running

    yield start
    for running in started:
        if running.process.poll() is None:
            os.killpg(running.process.pid, signal.SIGKILL)
            running.process.wait()
        for pid in running.children | descendants(running.process.pid):
            if alive(pid):  # an orphan, if the test failed
                os.kill(pid, signal.SIGKILL)


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/sign-in", timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


def server_processes(parent: int) -> set[int]:
    """The parent's server processes (not multiprocessing's resource tracker)."""
    return {pid for pid in descendants(parent)
            if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()}


def test_kill_9_of_serve_takes_its_server_processes_along_and_leaves_no_secret(
        launch: Callable[..., Running]) -> None:
    running = launch("--workers", "2")
    children = descendants(running.process.pid)
    serving = server_processes(running.process.pid)
    assert len(serving) == 2
    # The keys reached the processes through the pipe that started them: not in a file, not
    # in their command line or environment.
    for pid in serving:
        for view in ("cmdline", "environ"):
            assert SECRET_KEY.encode() not in Path(f"/proc/{pid}/{view}").read_bytes()
    os.kill(running.process.pid, signal.SIGKILL)
    running.process.wait()
    assert until(lambda: not listening(running.url), 5), "a server process still listens"
    assert until(lambda: not any(alive(pid) for pid in children), 15), \
        f"orphans still running: {[pid for pid in children if alive(pid)]}"
    left = [path for path in running.temp.rglob("*") if path.is_file()
            and SECRET_KEY.encode() in path.read_bytes()]
    assert left == [], f"secrets left in the temporary folder: {left}"
    assert list(running.temp.iterdir()) == []


def test_a_server_process_that_dies_is_replaced(launch: Callable[..., Running]) -> None:
    running = launch("--workers", "2")
    first = server_processes(running.process.pid)
    victim = min(first)
    os.kill(victim, signal.SIGKILL)
    assert until(lambda: len(server_processes(running.process.pid) - {victim}) == 2, 30)
    assert victim not in server_processes(running.process.pid)
    assert all(_healthy(running.url) for _ in range(5))
    assert "ended with exit status -9; starting another" in running.log.read_text("utf-8")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigterm_lets_an_open_request_finish_then_exits_0(
        launch: Callable[..., Running], tmp_path: Path, workers: str) -> None:
    held = tmp_path / "held"
    faults = tmp_path / "faults.json"
    # The server answers GetAccountBalance 3 s late, saying so by creating `held`.
    faults.write_text(json.dumps([{"operation": "GetAccountBalance", "fault": "hold",
                                   "seconds": 3, "signal": str(held)}]), encoding="utf-8")
    running = launch("--workers", workers, "--faults", str(faults))
    client = boto3.client("mturk", region_name="us-east-1", endpoint_url=running.url,
                          aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                          config=Config(retries={"total_max_attempts": 1}, read_timeout=30))
    with ThreadPoolExecutor(1) as pool:
        answer = pool.submit(client.get_account_balance)
        assert until(held.exists, 20)
        running.process.send_signal(signal.SIGTERM)
        assert until(lambda: not listening(running.url), 5)  # no new connections...
        result = answer.result(timeout=30)  # ...but the open request is answered
    assert result["ResponseMetadata"]["HTTPStatusCode"] == 200
    assert running.process.wait(timeout=30) == 0
    assert "Traceback" not in running.log.read_text("utf-8")
