"""``workbench serve`` in its own process, and a workbench that talks to it over HTTP.

The server is the real command (``python -m workbench serve``) on a port of its own, with a
keys file and a fault plan it re-reads whenever the test rewrites it. Its own records (the
local marketplace's tables) are read directly from its database file to check what it did.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from workbench.marketplace.local.market import LocalMarketplace
from workbench.marketplace.local.schema import MarketAssignment, Payment
from workbench.services.accounts import AccountInfo, add_account, get_account
from workbench.services.context import Workbench
from workbench.sql.engine import make_engine

ACCESS_KEY = "AKWBTESTKEY000000001"
SECRET_KEY = "not-a-real-secret-6f1d2c3b4a59687766554433"
SERVER_LINE = re.compile(r" at (http://\S+) with ")


@dataclass
class Served:
    """A running ``workbench serve`` and what a test needs to steer and inspect it."""

    url: str
    process: subprocess.Popen[str]
    db: Path
    faults: Path
    log: Path
    requester_id: str
    _engine: Engine | None = field(default=None, repr=False)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.db)
        return self._engine

    def market(self) -> LocalMarketplace:
        """The server's marketplace, read in this process (its records are the truth)."""
        return LocalMarketplace(self.engine, self.requester_id)

    def plan(self, *rules: dict[str, Any]) -> None:
        """Replace the fault plan (the server notices the new file on its next request)."""
        temporary = self.faults.with_suffix(".tmp")
        temporary.write_text(json.dumps(list(rules)), encoding="utf-8")
        os.replace(temporary, self.faults)
        # Make sure the change of file is visible even within one clock tick.
        stamp = time.time() + len(rules) + 1
        os.utime(self.faults, (stamp, stamp))

    def injected(self) -> dict[str, int]:
        """The faults the server says it injected so far, by kind."""
        counts: dict[str, int] = {}
        for line in self.log.read_text(encoding="utf-8", errors="replace").splitlines():
            found = re.search(r"injected (\w+) on", line)
            if found:
                counts[found.group(1)] = counts.get(found.group(1), 0) + 1
        return counts

    def rewards(self) -> dict[str, int]:
        """How many times the server paid the reward of each assignment."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(Payment.assignment_id, func.count()).where(
                    Payment.requester_id == self.requester_id, Payment.kind == "reward")
                .group_by(Payment.assignment_id)).all()
        return {assignment_id: int(count) for assignment_id, count in rows}

    def bonuses(self) -> list[tuple[str, int, str]]:
        """Every bonus the server paid: (assignment, cents, reason), in order."""
        with self.engine.connect() as connection:
            return [(a, int(c), r or "") for a, c, r in connection.execute(
                select(Payment.assignment_id, Payment.amount_cents, Payment.reason).where(
                    Payment.requester_id == self.requester_id, Payment.kind == "bonus")
                .order_by(Payment.seq)).all()]

    def statuses(self) -> dict[str, str]:
        with self.engine.connect() as connection:
            return dict(connection.execute(select(
                MarketAssignment.assignment_id, MarketAssignment.status)).all())

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._engine is not None:
            self._engine.dispose()


def write_keys_file(path: Path, account: str = "local") -> Path:
    """A keys file holding the test key, readable by its owner only (as serve requires)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(f"[test]\naws_access_key_id = {ACCESS_KEY}\n"
                     f"aws_secret_access_key = {SECRET_KEY}\naccount = {account}\n")
    return path


def start_server(directory: Path, template: Path, *extra: str, db: Path | None = None
                 ) -> Served:
    """Start ``workbench serve`` on a fresh store of its own (or on ``db``); returns once it
    listens."""
    directory.mkdir(parents=True, exist_ok=True)
    if db is None:
        db = directory / "server.sqlite3"
        shutil.copyfile(template, db)
    with Workbench.open(db) as wb:
        requester_id = get_account(wb).requester_id or ""
    keys = write_keys_file(directory / "keys.ini")
    faults = directory / "faults.json"
    faults.write_text("[]", encoding="utf-8")
    log = directory / "server.log"
    with log.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "workbench", "--db", str(db), "serve", "--port", "0",
             "--keys", str(keys), "--faults", str(faults), "--strict", *extra],
            stdout=subprocess.PIPE, stderr=stderr, text=True, env=_server_environment())
    assert process.stdout is not None
    line = process.stdout.readline()
    found = SERVER_LINE.search(line)
    if not found:
        process.kill()
        raise RuntimeError(f"the server did not start: {line!r} "
                           f"{log.read_text(encoding='utf-8')[-2000:]}")
    return Served(found.group(1), process, db, faults, log, requester_id)


def _server_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["WORKBENCH_LOG"] = "WARNING"
    return env


def client_environment(directory: Path) -> dict[str, str]:
    """AWS settings for a client of the test server: its key, and nothing from this machine."""
    return {
        "AWS_ACCESS_KEY_ID": ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        "AWS_CONFIG_FILE": str(directory / "no-aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(directory / "no-aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
    }


@pytest.fixture
def aws_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """This process speaks to the test server with the test key (and no other AWS setting)."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    env = client_environment(tmp_path)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


@pytest.fixture(scope="module")
def _module_server(tmp_path_factory: pytest.TempPathFactory, _template_store: Path
                   ) -> Iterator[Served]:
    # Starting the server costs seconds (imports): one per test module, shared by its tests.
    server = start_server(tmp_path_factory.mktemp("server"), _template_store)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def served(_module_server: Served) -> Iterator[Served]:
    """The module's server, with no faults planned when the test starts or ends."""
    _module_server.plan()
    yield _module_server
    _module_server.plan()


def endpoint_account(wb: Workbench, served: Served, name: str = "remote",
                     **options: Any) -> AccountInfo:
    """An ``endpoint`` account of ``wb`` pointed at the test server."""
    return add_account(wb, name, "endpoint", endpoint_url=served.url, make_default=True,
                       options=options or None)
