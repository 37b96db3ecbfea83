"""A Prolific account on a workbench, a batch served to participants, the simulator behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.conftest import FakeClock
from tests.prolific.conftest import TOKEN
from tests.prolific.contract import Exchanges, ValidatingTransport
from workbench.formats.answers import task_answers_xml
from workbench.formats.inputs import InputTable
from workbench.marketplace.local.workers import WorkerSide
from workbench.marketplace.prolific.participants import ProlificSite
from workbench.marketplace.prolific.simulator import ProlificSimulator
from workbench.services import prolific
from workbench.services.accounts import AccountInfo, add_account, get_account
from workbench.services.context import Workbench
from workbench.services.publish import HITProperties, create_batch, publish_batch
from workbench.services.spend import confirm_spending
from workbench.services.sync import SyncReport, sync

TEMPLATE = "<p>${text}</p><crowd-form><crowd-input name='label'></crowd-input></crowd-form>"
REJECTION = ("Your answers to all three photos were the same word, and none of them matched "
             "what the photos show; the instructions asked for one label per photo.")


@dataclass
class Scenario:
    """A Prolific account whose calls all go, checked, to one simulator."""

    wb: Workbench
    clock: FakeClock
    simulator: ProlificSimulator
    exchanges: Exchanges = field(default_factory=Exchanges)
    account: AccountInfo | None = None
    base_url: str = "https://api.prolific.com"

    def transport(self, base_url: str | None) -> httpx.BaseTransport:
        return ValidatingTransport(self.simulator.transport(), self.exchanges)

    def open_account(self, name: str = "prolific") -> AccountInfo:
        made = add_account(self.wb, name, "prolific", endpoint_url=self.base_url)
        prolific.store_token(made, TOKEN)
        prolific.test_connection(self.wb, made)
        confirm_spending(self.wb, made)  # the person said yes once, as the window asks
        self.account = get_account(self.wb, name)
        return self.account

    @property
    def acct(self) -> AccountInfo:
        assert self.account is not None
        self.account = get_account(self.wb, self.account.name)
        return self.account

    def publish_batch(self, hits: int) -> int:
        table = InputTable(["text"], [{"text": f"street photo {i} – Straße №{i}"}
                                      for i in range(hits)])
        props = HITProperties(title="Tag street photos", description="One label per photo",
                              reward_cents=50, max_assignments=1)
        batch_id = create_batch(self.wb, self.acct, name="Street photos",
                                template_html=TEMPLATE, table=table, props=props)
        publish_batch(self.wb, self.acct, batch_id, self.wb.marketplace(self.acct))
        return batch_id

    def sync(self) -> SyncReport:
        return sync(self.wb, self.acct)

    def study_id(self, study: prolific.StudyInfo) -> str:
        found = prolific.get_study(self.wb, self.acct, study.request_key).study_id
        assert found is not None
        return found

    def take_part(self, study: prolific.StudyInfo, participant: str,
                  hit_ids: list[str] | None = None, label: str = "car") -> str:
        """A participant arrives from Prolific, works the unit the site gives, and completes.

        The site's own rules (``ProlificSite``) give the unit; ``hit_ids``, when given, is what
        the test expects that unit to be.
        """
        study_id = self.study_id(study)
        session_id = self.simulator.start_submission(study_id, participant)
        site = ProlificSite(self.wb.store.engine, clock=self.clock)
        _cookie, arrived = site.arrive(participant, study_id, session_id)
        side = WorkerSide(self.wb.store.engine, clock=self.clock)
        for item in arrived.unit:
            side.submit(participant, item.assignment_id, task_answers_xml({"label": label}))
        if hit_ids is not None:
            assert [item.hit_id for item in arrived.unit] == hit_ids
        self.simulator.complete_submission(session_id, study.completion_code)
        return session_id

    def hit_ids(self) -> list[str]:
        market = self.wb.marketplace(self.acct)
        # In the order they were made: the order the site gives them out in.
        return [h["HITId"] for h in market.list_hits(MaxResults=100)["HITs"]]


def pid(tag: int) -> str:
    """A participant id of Prolific's shape (24 hex digits), distinct for each ``tag``."""
    return f"{0x5F0000000000000000000000 + tag:024x}"


def units(hit_ids: list[str], size: int) -> list[list[str]]:
    return [hit_ids[start:start + size] for start in range(0, len(hit_ids), size)]


def ledger_counts(simulator: ProlificSimulator, kind: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for entry in simulator.money(kind):
        counts[entry[1]] = counts.get(entry[1], 0) + 1
    return counts


def statuses(wb: Workbench, account: AccountInfo) -> dict[str, Any]:
    from workbench.services.sync import store_counts

    return store_counts(wb, account)
