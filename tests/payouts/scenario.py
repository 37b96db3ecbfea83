"""A batch worked by five of the requester's own workers, reviewed: the payouts tests' world.

Four HITs of five assignments at $0.35 on the local marketplace, each worked by all five
workers (long and non-ASCII names), synced; two assignments rejected, the other eighteen
approved, three bonuses paid, synced again; every worker has a payout e-mail address.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.formats.answers import task_answers_xml
from workbench.formats.inputs import InputTable
from workbench.marketplace.local.market import LocalMarketplace
from workbench.marketplace.local.workers import WorkerSide
from workbench.services import outbox, payouts
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.services.publish import HITProperties, create_batch, publish_batch
from workbench.services.sync import pull, sync

TEMPLATE = "<p>${text}</p><crowd-form><crowd-input name='label'></crowd-input></crowd-form>"
REWARD_CENTS = 35
WORKERS = {
    "AOWNWORKER0001": ("María José Fernández-Ollero de la Cruz", "maria.fernandez@example.es"),
    "AOWNWORKER0002": ("Jürgen Großmann", "j.grossmann@example.de"),
    "AOWNWORKER0003": ("Ana Lima", "ana.lima@example.com.br"),
    "AOWNWORKER0004": ("李小龍", "xiaolong.li@example.cn"),
    "AOWNWORKER0005": ("Oluwaseun Adébáyọ̀ Okonkwo-Richardson", "seun.okonkwo@example.ng"),
}
# (worker, which of their assignments, amount in cents)
BONUSES = (("AOWNWORKER0003", 0, 125), ("AOWNWORKER0003", 1, 75), ("AOWNWORKER0004", 2, 50))
REJECTED = (("AOWNWORKER0001", 0), ("AOWNWORKER0002", 0))
# What each worker earned: approved rewards plus bonuses.
EARNED = {"AOWNWORKER0001": 3 * 35, "AOWNWORKER0002": 3 * 35,
          "AOWNWORKER0003": 4 * 35 + 125 + 75, "AOWNWORKER0004": 4 * 35 + 50,
          "AOWNWORKER0005": 4 * 35}


@dataclass
class World:
    wb: Workbench
    account: AccountInfo
    assignments: dict[str, list[str]]


def build(wb: Workbench, *, emails: bool = True, rows: int = 4) -> World:
    """Publish, work, review and sync the batch on the default local account."""
    account = get_account(wb)
    market = LocalMarketplace(wb.market_engine(account.options.get("market_url")),
                              account.requester_id or "", clock=wb.clock)
    table = InputTable(["text"], [{"text": f"Photo {i + 1}: what is in it?"} for i in range(rows)])
    props = HITProperties(title="Label the photo", description="Say what the photo shows",
                          reward_cents=REWARD_CENTS, max_assignments=len(WORKERS))
    batch_id = create_batch(wb, account, name="Photos for the shop", template_html=TEMPLATE,
                            table=table, props=props)
    publish_batch(wb, account, batch_id, market)
    side = WorkerSide(wb.market_engine(account.options.get("market_url")), clock=wb.clock)
    done: dict[str, list[str]] = {w: [] for w in WORKERS}
    for worker, (name, _email) in WORKERS.items():
        side.register(worker, display_name=name)
    for hit in market.list_hits(MaxResults=100)["HITs"]:
        for worker in WORKERS:
            assignment = side.accept(worker, hit["HITId"])
            side.submit(worker, assignment, task_answers_xml({"label": "a bicycle"}))
            done[worker].append(assignment)
    pull(wb, account, market)
    rejected = {done[w][i] for w, i in REJECTED}
    outbox.queue_reject(wb, account, sorted(rejected), feedback="The photo shows a bicycle.")
    outbox.queue_approve(wb, account, sorted(a for ids in done.values() for a in ids
                                             if a not in rejected))
    sync(wb, account, market)
    for worker, index, cents in BONUSES:
        outbox.queue_bonus(wb, account, done[worker][index], cents, reason="Careful work")
    sync(wb, account, market)
    if emails:
        for worker, (name, email) in WORKERS.items():
            payouts.set_payee(wb, account, worker, email=email, name=name)
    return World(wb, get_account(wb), done)


def open_world(location: str | Path) -> tuple[Workbench, AccountInfo]:
    wb = Workbench.open(location)
    return wb, get_account(wb)
