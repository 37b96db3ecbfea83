from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from botocore.exceptions import ClientError, EndpointConnectionError, ReadTimeoutError

from tests.conftest import FakeClock
from workbench.formats.answers import task_answers_xml
from workbench.formats.inputs import InputTable
from workbench.marketplace.local.market import LocalMarketplace
from workbench.marketplace.local.workers import WorkerSide
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.services.publish import HITProperties, create_batch, publish_batch
from workbench.services.sync import pull

TEMPLATE = "<p>${text}</p><crowd-form><crowd-input name='label'></crowd-input></crowd-form>"


class ProcessKilled(BaseException):
    """Stands for kill -9: nothing after it runs, no except clause sees it."""


class Faulty:
    """A marketplace whose calls fail the way networks and processes do.

    Faults, per method, in order: "unsent" (never reached the server), "lost" (the server
    acted, the response was lost), "timeout" (no answer; the server did nothing), "throttle",
    "500" (a server fault before acting), "killed" (the server acted, then we died).
    """

    def __init__(self, market: Any) -> None:
        self.market = market
        self.faults: dict[str, list[str]] = {}
        self.calls: list[str] = []

    def fail(self, method: str, *faults: str) -> None:
        self.faults.setdefault(method, []).extend(faults)

    def __getattr__(self, name: str) -> Any:
        target = getattr(self.market, name)
        if not callable(target):
            return target

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            queued = self.faults.get(name)
            fault = queued.pop(0) if queued else None
            if fault == "unsent":
                raise EndpointConnectionError(endpoint_url="https://example.invalid")
            if fault == "timeout":
                raise ReadTimeoutError(endpoint_url="https://example.invalid")
            if fault == "throttle":
                raise ClientError({"Error": {"Code": "ThrottlingException",
                                             "Message": "Rate exceeded"},
                                   "ResponseMetadata": {"HTTPStatusCode": 400}}, name)
            if fault == "500":
                raise ClientError({"Error": {"Code": "ServiceFault", "Message": "oops"},
                                   "ResponseMetadata": {"HTTPStatusCode": 500}}, name)
            result = target(*args, **kwargs)
            if fault == "lost":
                raise ReadTimeoutError(endpoint_url="https://example.invalid")
            if fault == "killed":
                raise ProcessKilled()
            return result

        return call


def local_market(wb: Workbench, account: AccountInfo, clock: Callable[[], Any]
                 ) -> LocalMarketplace:
    return LocalMarketplace(wb.store.engine, account.requester_id or "", clock=clock)


def publish_small_batch(wb: Workbench, account: AccountInfo, market: Any, rows: int = 4,
                        assignments: int = 2) -> int:
    table = InputTable(["text"], [{"text": f"item {i} <b>ü</b>"} for i in range(rows)])
    props = HITProperties(title="Label items", description="Say what each item is",
                          reward_cents=25, max_assignments=assignments)
    batch_id = create_batch(wb, account, name="Small batch", template_html=TEMPLATE,
                            table=table, props=props)
    publish_batch(wb, account, batch_id, market)
    return batch_id


def work_everything(wb: Workbench, clock: Callable[[], Any], market: LocalMarketplace,
                    labels: tuple[str, ...] = ("cat", "dog", "cat")) -> list[str]:
    """Workers submit every assignment of every HIT; returns the assignment ids."""
    side = WorkerSide(wb.store.engine, clock=clock)
    made: list[str] = []
    hits = market.list_hits(MaxResults=100)["HITs"]
    for hit in hits:
        for index in range(hit["MaxAssignments"]):
            worker = side.register(f"AWORKER{index:07d}")
            assignment = side.accept(worker, hit["HITId"])
            side.submit(worker, assignment,
                        task_answers_xml({"label": labels[index % len(labels)]}))
            made.append(assignment)
    return made


@pytest.fixture
def setup(wb: Workbench, clock: FakeClock) -> tuple[Workbench, AccountInfo, LocalMarketplace]:
    """A workbench with a local account whose marketplace runs on the test clock."""
    wb.clock = clock
    account = get_account(wb)
    return wb, account, local_market(wb, account, clock)


@pytest.fixture
def worked(setup: tuple[Workbench, AccountInfo, LocalMarketplace], clock: FakeClock
           ) -> tuple[Workbench, AccountInfo, LocalMarketplace, list[str]]:
    """A published batch (4 HITs × 2) whose 8 assignments are submitted and synced."""
    wb, account, market = setup
    publish_small_batch(wb, account, market)
    clock.advance(minutes=5)
    assignments = work_everything(wb, clock, market)
    pull(wb, account, market)
    return wb, account, market, assignments
