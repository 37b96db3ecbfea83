"""Archive an account: pull everything the marketplace still returns, resumably.

For people leaving MTurk: every HIT it still lists (with its question), every assignment in
every status, every bonus payment, the blocks, the qualification types with their scores
and open requests, written to the store. The job records where it got to after each page of
HITs, so one cut off (a crash, a lost connection, Cancel) resumes there instead of starting
over; a page done twice is harmless, since writing is an upsert.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from botocore.exceptions import ClientError

from workbench.marketplace.errors import turk_error_code
from workbench.marketplace.interface import Marketplace
from workbench.marketplace.paging import pages
from workbench.services.accounts import AccountInfo
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.progress import Cancelled, CancelToken, Progress, no_progress
from workbench.services.sync import FetchPipeline, Puller, PullReport
from workbench.store.schema import SyncState

ARCHIVE_KEY = "archive"


@dataclass
class ArchiveReport:
    """What an archive run brought in (this run only), and whether the archive is complete."""

    hits: int = 0
    assignments: int = 0
    bonuses: int = 0
    blocks: int = 0
    qualification_types: int = 0
    calls: int = 0
    resumed_after: int = 0
    finished: bool = False


def archive_state(wb: Workbench, account: AccountInfo) -> dict[str, Any]:
    """Where the account's archive job stands: {} if it never ran."""
    with wb.store.read() as session:
        state = session.get(SyncState, (account.id, ARCHIVE_KEY))
        return dict(state.value or {}) if state is not None else {}


def _save_state(wb: Workbench, account: AccountInfo, value: dict[str, Any]) -> None:
    with wb.store.session(write=True) as session:
        state = session.get(SyncState, (account.id, ARCHIVE_KEY))
        if state is None:
            session.add(SyncState(account_id=account.id, key=ARCHIVE_KEY, value=dict(value)))
        else:
            state.value = dict(value)


def archive_account(wb: Workbench, account: AccountInfo, market: Marketplace | None = None, *,
                    restart: bool = False, progress: Progress = no_progress,
                    cancel: CancelToken | None = None, max_workers: int = 8) -> ArchiveReport:
    """Pull everything; resume an unfinished archive unless ``restart``."""
    state = archive_state(wb, account)
    if restart or not state or state.get("finished_at"):
        state = {"started_at": wb.clock().isoformat(), "next_token": None, "hits_done": 0}
    report = ArchiveReport(resumed_after=int(state.get("hits_done", 0)))
    puller = Puller(wb, account, market or wb.marketplace(account), max_workers=max_workers)
    pulled = PullReport()
    try:
        _archive_hits(wb, account, puller, pulled, state, progress, cancel)
        progress(0, 0, "Archiving blocks and qualifications")
        puller.pull_blocks(pulled)
        puller.pull_qualifications(pulled)
    except Cancelled:
        pass
    else:
        report.finished = True
        state["finished_at"] = wb.clock().isoformat()
        _save_state(wb, account, state)
    report.hits = pulled.hits_fetched
    report.assignments = pulled.assignments
    report.bonuses = pulled.bonuses
    report.blocks = pulled.blocks
    report.qualification_types = pulled.qualification_types
    report.calls = puller.market.total
    with wb.store.session(write=True) as session:
        record(session, actor=wb.actor, event="archive", subject=account.name,
               account_id=account.id, finished=report.finished, hits=report.hits,
               assignments=report.assignments, calls=report.calls,
               resumed_after=report.resumed_after)
    return report


def _archive_hits(wb: Workbench, account: AccountInfo, puller: Puller, pulled: PullReport,
                  state: dict[str, Any], progress: Progress, cancel: CancelToken | None
                  ) -> None:
    start = state.get("next_token")
    try:
        _archive_pages(wb, account, puller, pulled, state, start, progress, cancel)
    except ClientError as exc:
        if not start or not (turk_error_code(exc) or "").endswith("InvalidNextToken"):
            raise
        # The saved place is no longer valid: go through every page again (upserts are safe).
        state.update(next_token=None, hits_done=0)
        _archive_pages(wb, account, puller, pulled, state, None, progress, cancel)


def _archive_pages(wb: Workbench, account: AccountInfo, puller: Puller, pulled: PullReport,
                   state: dict[str, Any], start: str | None, progress: Progress,
                   cancel: CancelToken | None) -> None:
    for page in pages(puller.market.list_hits, "ListHITs", start=start):
        with FetchPipeline(puller, pulled, progress, cancel) as pipeline:
            for hit in page.get("HITs") or []:
                pipeline.submit(partial(puller.fetch, all_bonuses=True), hit)
            pipeline.finish()
        state["hits_done"] = int(state.get("hits_done", 0)) + len(page.get("HITs") or [])
        state["next_token"] = page.get("NextToken")
        _save_state(wb, account, state)
        progress(int(state["hits_done"]), 0, "Archiving HITs")
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
