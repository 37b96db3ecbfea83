"""Sync: push the outbox, then pull the marketplace's state into the store.

The pull is incremental. A HIT that is finished and fully reviewed ("settled") is not asked
about again; nor is one that is finished and waits only for our review, until its first
auto-approval falls due (nothing else changes it, unless the account is used elsewhere too).
For the others, the pull either reads ``ListHITs`` page by page or asks ``GetHIT`` about
each one, whichever takes fewer calls. The listing also finds what was done outside the
workbench (HITs made, reviewed or deleted elsewhere), so it runs on the first pull of a
session, at least every ``LISTING_INTERVAL`` after, and on ``full``.

A HIT whose status and counts are what the store already holds is not fetched; the changed
ones are fetched in parallel (a bounded pool) while earlier ones are written, in batches.
A HIT's new counts are written together with its assignments, so a sync cut off half-way
leaves nothing that looks up to date but is not.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from botocore.exceptions import ClientError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from workbench.domain.clock import as_utc
from workbench.domain.money import parse_usd
from workbench.domain.statuses import (
    AccountKind,
    ActionKind,
    ActionState,
    AssignmentStatus,
    HITStatus,
)
from workbench.domain.text import translate
from workbench.marketplace.errors import turk_error_code
from workbench.marketplace.interface import Marketplace
from workbench.marketplace.paging import items
from workbench.marketplace.prolific.client import ProlificClient
from workbench.services.accounts import AccountInfo, refuse_archive
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.mirror import collector_paused, upsert_assignments, upsert_hits
from workbench.services.progress import Cancelled, CancelToken, Progress, no_progress
from workbench.services.push import PushReport, push_outbox
from workbench.store.database import Store
from workbench.store.schema import (
    HIT,
    Account,
    Assignment,
    Block,
    Bonus,
    OutboxAction,
    QualificationRequest,
    QualificationScore,
    QualificationType,
    SyncState,
)

PAGE_SIZE = 100
WRITE_BATCH = 50
FINISHED = (HITStatus.REVIEWABLE.value, HITStatus.DISPOSED.value)
ALL_ASSIGNMENT_STATUSES = [s.value for s in AssignmentStatus]
# The longest an incremental pull goes without listing every HIT (new and deleted HITs).
LISTING_INTERVAL = timedelta(minutes=10)
LISTED_AT = "hits.listed_at"
# The accounts each open store has listed since it was opened.
_listed_this_session: weakref.WeakKeyDictionary[Store, set[int]] = weakref.WeakKeyDictionary()


class CallCounter:
    """Wraps a marketplace and counts the calls made through it (thread-safe)."""

    def __init__(self, market: Marketplace) -> None:
        self._market = market
        self._lock = threading.Lock()
        self.calls: dict[str, int] = {}

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._market, name)
        if not callable(target):
            return target

        def counted(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                self.calls[name] = self.calls.get(name, 0) + 1
            return target(*args, **kwargs)

        return counted

    @property
    def total(self) -> int:
        return sum(self.calls.values())


@dataclass
class PullReport:
    """What a pull did: HITs listed or probed one by one, fetched, and the calls it made."""

    hits_listed: int = 0
    hits_probed: int = 0
    hits_fetched: int = 0
    assignments: int = 0
    bonuses: int = 0
    blocks: int = 0
    qualification_types: int = 0
    calls: dict[str, int] = field(default_factory=dict)
    cancelled: bool = False
    # A Prolific account's studies and submissions (services.prolific.ProlificPullReport).
    prolific: Any = None

    @property
    def total_calls(self) -> int:
        return sum(self.calls.values())

    @property
    def hits_checked(self) -> int:
        return self.hits_listed + self.hits_probed


@dataclass
class SyncReport:
    push: PushReport
    pull: PullReport


def _signature(status: str, max_assignments: int, available: int, pending: int,
               completed: int, review_status: str, expiration: datetime | None) -> tuple[Any, ...]:
    return (status, max_assignments, available, pending, completed, review_status,
            as_utc(expiration).replace(microsecond=0) if expiration else None)


def _hit_signature(data: dict[str, Any]) -> tuple[Any, ...]:
    expiration = data.get("Expiration")
    return _signature(data.get("HITStatus", ""), int(data.get("MaxAssignments", 0)),
                      int(data.get("NumberOfAssignmentsAvailable", 0)),
                      int(data.get("NumberOfAssignmentsPending", 0)),
                      int(data.get("NumberOfAssignmentsCompleted", 0)),
                      data.get("HITReviewStatus", "NotReviewed"),
                      as_utc(expiration) if isinstance(expiration, datetime) else None)


@dataclass(frozen=True)
class _Known:
    signature: tuple[Any, ...]
    settled: bool
    waiting: bool


@dataclass(frozen=True)
class _Fetched:
    hit: dict[str, Any]
    assignments: list[dict[str, Any]]
    bonuses: list[dict[str, Any]]


class Puller:
    """Pulls one account's marketplace state into the store."""

    def __init__(self, wb: Workbench, account: AccountInfo, market: Marketplace, *,
                 max_workers: int = 8) -> None:
        self.wb = wb
        self.account = account
        self.market = CallCounter(market)
        self.max_workers = max_workers
        self._lock = threading.Lock()
        self._bonused_hits: set[str] | None = None

    def _known_hits(self) -> dict[str, _Known]:
        """What the store holds of each HIT: its signature, and whether it can change."""
        now = self.wb.clock()
        next_approval = (
            select(Assignment.hit_pk, func.min(Assignment.auto_approval_time).label("at"))
            .where(Assignment.account_id == self.account.id,
                   Assignment.status == AssignmentStatus.SUBMITTED.value)
            .group_by(Assignment.hit_pk).subquery())
        with self.wb.store.read() as session:
            rows = session.execute(
                select(HIT.hit_id, HIT.status, HIT.max_assignments, HIT.assignments_available,
                       HIT.assignments_pending, HIT.assignments_completed, HIT.review_status,
                       HIT.expiration, HIT.settled, HIT.submitted_count,
                       HIT.approved_count + HIT.rejected_count, next_approval.c.at)
                .outerjoin(next_approval, next_approval.c.hit_pk == HIT.id)
                .where(HIT.account_id == self.account.id)).all()
        known: dict[str, _Known] = {}
        for row in rows:
            status, available, pending, completed = row[1], row[3], row[4], row[5]
            submitted, decided, auto_at = row[9], row[10], row[11]
            # Finished, holding submitted work that only we review: nothing on the marketplace
            # changes it before its auto-approval, unless this account is used elsewhere.
            waiting = (status in (HITStatus.REVIEWABLE.value, HITStatus.REVIEWING.value)
                       and available == 0 and pending == 0 and submitted > 0
                       and decided == completed and auto_at is not None
                       and as_utc(auto_at) > now)
            known[row[0]] = _Known(_signature(*row[1:8]), bool(row[8]), waiting)
        return known

    def fetch(self, hit: dict[str, Any], *, all_bonuses: bool = False) -> _Fetched:
        hit_id = hit["HITId"]
        assignments = list(items(self.market.list_assignments_for_hit, "ListAssignmentsForHIT",
                                 HITId=hit_id, AssignmentStatuses=ALL_ASSIGNMENT_STATUSES))
        bonuses: list[dict[str, Any]] = []
        if all_bonuses or any(a.get("AssignmentStatus") != AssignmentStatus.SUBMITTED.value
                              for a in assignments) or self._bonus_expected(hit_id):
            bonuses = list(items(self.market.list_bonus_payments, "ListBonusPayments",
                                 HITId=hit_id))
        return _Fetched(hit, assignments, bonuses)

    def _probe(self, hit_id: str, signature: tuple[Any, ...]
               ) -> _Fetched | _Unchanged | _Gone:
        """Ask about one HIT: fetched again if it changed."""
        try:
            hit = self.market.get_hit(HITId=hit_id)["HIT"]
        except ClientError as exc:
            if (turk_error_code(exc) or "").endswith("HITDoesNotExist"):
                return _Gone(hit_id)
            raise
        if _hit_signature(hit) == signature:
            return _Unchanged(hit_id)
        return self.fetch(hit)

    def _bonus_expected(self, hit_id: str) -> bool:
        """Did we queue a bonus for an assignment of this HIT? (One query per pull.)"""
        with self._lock:
            if self._bonused_hits is None:
                with self.wb.store.read() as session:
                    self._bonused_hits = set(session.scalars(
                        select(HIT.hit_id).distinct()
                        .join(Assignment, Assignment.hit_pk == HIT.id)
                        .join(OutboxAction,
                              (OutboxAction.target == Assignment.assignment_id)
                              & (OutboxAction.account_id == Assignment.account_id))
                        .where(OutboxAction.account_id == self.account.id,
                               OutboxAction.kind == ActionKind.BONUS.value)))
            return hit_id in self._bonused_hits

    def _write(self, fetched: list[_Fetched], report: PullReport) -> None:
        now = self.wb.clock()
        with self.wb.store.session(write=True, durable=False) as session:
            rows = upsert_hits(session, self.account.id, [f.hit for f in fetched], now)
            report.assignments += upsert_assignments(
                session, self.account.id,
                [(rows[item.hit["HITId"]], item.assignments) for item in fetched], now)
            for item in fetched:
                hit = rows[item.hit["HITId"]]
                report.bonuses += self._merge_bonuses(session, item.bonuses)
                submitted = any(a.get("AssignmentStatus") == AssignmentStatus.SUBMITTED.value
                                for a in item.assignments)
                hit.settled = (hit.status in FINISHED and hit.assignments_available == 0
                               and hit.assignments_pending == 0 and not submitted)

    def _merge_bonuses(self, session: Session, payments: list[dict[str, Any]]) -> int:
        """Match listed payments to our ledger (and to bonuses still being sent)."""
        added = 0
        occurrences: dict[tuple[str, ...], int] = {}
        for payment in payments:
            amount = parse_usd(str(payment["BonusAmount"]), minimum_cents=0)
            grant = payment.get("GrantTime")
            grant_time = as_utc(grant) if isinstance(grant, datetime) else None
            base = (payment["AssignmentId"], payment["WorkerId"], str(amount),
                    payment.get("Reason") or "",
                    grant_time.isoformat() if grant_time else "")
            occurrences[base] = occurrences.get(base, 0) + 1
            fingerprint = hashlib.sha256("|".join(
                (*base, str(occurrences[base]))).encode()).hexdigest()
            if session.scalar(select(Bonus.id).where(Bonus.account_id == self.account.id,
                                                     Bonus.fingerprint == fingerprint)):
                continue
            same = (Bonus.account_id == self.account.id) & \
                (Bonus.assignment_id == payment["AssignmentId"]) & \
                (Bonus.worker_id == payment["WorkerId"]) & (Bonus.amount_cents == amount) & \
                (Bonus.reason == (payment.get("Reason") or ""))
            ours = session.scalar(select(Bonus).where(same, Bonus.fingerprint.is_(None))
                                  .order_by(Bonus.id).limit(1))
            if ours is not None:
                ours.fingerprint = fingerprint
                ours.grant_time = grant_time or ours.grant_time
                continue
            in_flight = self._bonus_in_flight(session, payment, amount)
            session.add(Bonus(account_id=self.account.id, worker_id=payment["WorkerId"],
                              assignment_id=payment["AssignmentId"], amount_cents=amount,
                              reason=payment.get("Reason") or "", grant_time=grant_time,
                              fingerprint=fingerprint, outbox_action_id=in_flight))
            session.flush()
            added += 1
        return added

    def _bonus_in_flight(self, session: Session, payment: dict[str, Any], amount: int
                         ) -> int | None:
        """A bonus of ours whose send was cut off, which this payment shows went through."""
        candidates = session.scalars(
            select(OutboxAction).where(
                OutboxAction.account_id == self.account.id,
                OutboxAction.kind == ActionKind.BONUS.value,
                OutboxAction.target == payment["AssignmentId"],
                OutboxAction.state == ActionState.SENDING.value)
            .order_by(OutboxAction.id))
        for action in candidates:
            p = action.payload
            if (p.get("worker_id") == payment["WorkerId"] and int(p.get("amount_cents", -1))
                    == amount and p.get("reason") == (payment.get("Reason") or "")
                    and session.scalar(select(Bonus.id).where(
                        Bonus.outbox_action_id == action.id)) is None):
                return action.id
        return None

    def _listing_due(self) -> bool:
        if self.account.id not in _listed_this_session.get(self.wb.store, set()):
            return True  # a new session (a window opened, a command run) sees everything
        with self.wb.store.read() as session:
            state = session.get(SyncState, (self.account.id, LISTED_AT))
        at = (state.value or {}).get("at") if state is not None else None
        return not at or datetime.fromisoformat(at) <= self.wb.clock() - LISTING_INTERVAL

    def _mark_listed(self) -> None:
        with self.wb.store.session(write=True, durable=False) as session:
            state = session.get(SyncState, (self.account.id, LISTED_AT))
            if state is None:
                state = SyncState(account_id=self.account.id, key=LISTED_AT, value={})
                session.add(state)
            state.value = {"at": self.wb.clock().isoformat()}
        _listed_this_session.setdefault(self.wb.store, set()).add(self.account.id)

    def _touch(self, hit_ids: list[str]) -> None:
        """Note that these HITs were seen unchanged."""
        for start in range(0, len(hit_ids), 500):
            with self.wb.store.session(write=True, durable=False) as session:
                session.execute(
                    update(HIT)
                    .where(HIT.account_id == self.account.id,
                           HIT.hit_id.in_(hit_ids[start:start + 500]))
                    .values(synced_at=self.wb.clock())
                    .execution_options(synchronize_session=False))

    def pull_hits(self, report: PullReport, *, full: bool, progress: Progress,
                  cancel: CancelToken | None) -> None:
        """Bring every HIT that may have changed, with its assignments, into the store."""
        known = self._known_hits()
        live = sum(1 for k in known.values() if k.signature[0] != HITStatus.DISPOSED.value)
        active = {hit_id: k.signature for hit_id, k in known.items()
                  if not k.settled and not k.waiting}
        listing_pages = -(-live // PAGE_SIZE)
        if full or not known or len(active) >= listing_pages or self._listing_due():
            self._pull_by_listing(report, known, full=full, progress=progress, cancel=cancel)
            return
        # Fewer HITs can have changed than the listing has pages: ask about each of them.
        with FetchPipeline(self, report, progress, cancel) as pipeline:
            for hit_id, signature in active.items():
                pipeline.submit(self._probe, hit_id, signature)
            pipeline.finish()
        report.hits_probed = len(active)
        self._touch(pipeline.unchanged)
        self.mark_disposed(pipeline.gone)

    def _pull_by_listing(self, report: PullReport, known: dict[str, _Known], *, full: bool,
                         progress: Progress, cancel: CancelToken | None) -> None:
        listed: set[str] = set()
        unchanged: list[str] = []
        with FetchPipeline(self, report, progress, cancel) as pipeline:
            for hit in items(self.market.list_hits, "ListHITs"):
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                hit_id = hit["HITId"]
                listed.add(hit_id)
                previous = known.get(hit_id)
                if full or previous is None or previous.signature != _hit_signature(hit):
                    pipeline.submit(self.fetch, hit)
                else:
                    unchanged.append(hit_id)
                if len(listed) % 500 == 0:
                    progress(len(listed), 0, translate(
                        "SyncService", "Listing HITs"))
            pipeline.finish()
        report.hits_listed = len(listed)
        self._touch(unchanged)
        self.mark_missing(listed)
        self._mark_listed()

    def pull_blocks(self, report: PullReport) -> None:
        blocks = {b["WorkerId"]: b.get("Reason", "") for b in
                  items(self.market.list_worker_blocks, "ListWorkerBlocks")}
        with self.wb.store.session(write=True, durable=False) as session:
            existing = {b.worker_id: b for b in session.scalars(
                select(Block).where(Block.account_id == self.account.id))}
            for worker_id, reason in blocks.items():
                if worker_id in existing:
                    existing[worker_id].reason = reason
                else:
                    session.add(Block(account_id=self.account.id, worker_id=worker_id,
                                      reason=reason, created_at=None))
            gone = [w for w in existing if w not in blocks]
            if gone:
                session.execute(delete(Block).where(Block.account_id == self.account.id,
                                                    Block.worker_id.in_(gone)))
        report.blocks = len(blocks)

    def pull_qualifications(self, report: PullReport) -> None:
        types = list(items(self.market.list_qualification_types, "ListQualificationTypes",
                           MustBeRequestable=False, MustBeOwnedByCaller=True))
        report.qualification_types = len(types)
        for qtype in types:
            type_id = qtype["QualificationTypeId"]
            scores = list(items(self.market.list_workers_with_qualification_type,
                                "ListWorkersWithQualificationType", QualificationTypeId=type_id))
            requests = list(items(self.market.list_qualification_requests,
                                  "ListQualificationRequests", QualificationTypeId=type_id))
            with self.wb.store.session(write=True, durable=False) as session:
                self._merge_qualification(session, qtype, scores, requests)

    def _merge_qualification(self, session: Session, qtype: dict[str, Any],
                             scores: list[dict[str, Any]], requests: list[dict[str, Any]]
                             ) -> None:
        account_id = self.account.id
        type_id = qtype["QualificationTypeId"]
        row = session.scalar(select(QualificationType).where(
            QualificationType.account_id == account_id,
            QualificationType.qualification_type_id == type_id))
        if row is None:
            row = QualificationType(account_id=account_id, qualification_type_id=type_id,
                                    name=qtype["Name"])
            session.add(row)
        row.name = qtype["Name"]
        row.description = qtype.get("Description", "")
        row.keywords = qtype.get("Keywords", "") or ""
        row.status = qtype.get("QualificationTypeStatus", "Active")
        row.is_requestable = bool(qtype.get("IsRequestable", True))
        row.auto_granted = bool(qtype.get("AutoGranted", False))
        row.auto_granted_value = qtype.get("AutoGrantedValue")
        row.retry_delay_s = qtype.get("RetryDelayInSeconds")
        row.test_xml = qtype.get("Test")
        row.answer_key_xml = qtype.get("AnswerKey")
        row.test_duration_s = qtype.get("TestDurationInSeconds")
        created = qtype.get("CreationTime")
        row.creation_time = as_utc(created) if isinstance(created, datetime) else None
        existing = {s.worker_id: s for s in session.scalars(select(QualificationScore).where(
            QualificationScore.account_id == account_id,
            QualificationScore.qualification_type_id == type_id))}
        for score in scores:
            held = existing.get(score["WorkerId"])
            if held is None:
                held = QualificationScore(account_id=account_id, qualification_type_id=type_id,
                                          worker_id=score["WorkerId"])
                session.add(held)
            held.integer_value = score.get("IntegerValue")
            held.locale = score.get("LocaleValue")
            held.status = score.get("Status", "Granted")
            granted = score.get("GrantTime")
            held.grant_time = as_utc(granted) if isinstance(granted, datetime) else None
        open_ids = {r["QualificationRequestId"] for r in requests}
        known = {r.request_id: r for r in session.scalars(select(QualificationRequest).where(
            QualificationRequest.account_id == account_id,
            QualificationRequest.qualification_type_id == type_id))}
        for request in requests:
            item = known.get(request["QualificationRequestId"])
            if item is None:
                submitted = request.get("SubmitTime")
                session.add(QualificationRequest(
                    account_id=account_id, request_id=request["QualificationRequestId"],
                    qualification_type_id=type_id, worker_id=request["WorkerId"],
                    test_answer=request.get("Answer"),
                    submit_time=as_utc(submitted) if isinstance(submitted, datetime) else None,
                    state="pending"))
        for request_id, item in known.items():
            if request_id not in open_ids and item.state == "pending":
                item.state = "decided"

    def mark_missing(self, listed: set[str]) -> None:
        """HITs the marketplace no longer lists have been disposed of."""
        with self.wb.store.read() as session:
            known = session.scalars(select(HIT.hit_id).where(
                HIT.account_id == self.account.id, HIT.status != HITStatus.DISPOSED.value))
            missing = [hit_id for hit_id in known if hit_id not in listed]
        self.mark_disposed(missing)

    def mark_disposed(self, hit_ids: list[str]) -> None:
        for start in range(0, len(hit_ids), 500):
            with self.wb.store.session(write=True, durable=False) as session:
                session.execute(
                    update(HIT)
                    .where(HIT.account_id == self.account.id,
                           HIT.hit_id.in_(hit_ids[start:start + 500]))
                    .values(status=HITStatus.DISPOSED.value, settled=True)
                    .execution_options(synchronize_session=False))

    def pull(self, *, full: bool = False, progress: Progress = no_progress,
             cancel: CancelToken | None = None) -> PullReport:
        """Pull HITs, and meanwhile blocks, qualifications and the balance."""
        report = PullReport()
        try:
            # The account-wide lists do not depend on the HITs: they go alongside them.
            with ThreadPoolExecutor(max_workers=3, thread_name_prefix="sync-side") as side:
                blocks = side.submit(self.pull_blocks, report)
                qualifications = side.submit(self.pull_qualifications, report)
                balance_call = side.submit(self.market.get_account_balance)
                self.pull_hits(report, full=full, progress=progress, cancel=cancel)
                blocks.result()
                qualifications.result()
                balance = balance_call.result()
        except Cancelled:
            report.cancelled = True
            report.calls = dict(self.market.calls)
            return report
        now = self.wb.clock()
        with self.wb.store.session(write=True, durable=False) as session:
            account = session.get(Account, self.account.id)
            assert account is not None
            account.last_synced_at = now
            account.balance_cents = parse_usd(str(balance.get("AvailableBalance", "0")),
                                              minimum_cents=-10**12)
            account.balance_checked_at = now
        report.calls = dict(self.market.calls)
        return report


@dataclass(frozen=True)
class _Unchanged:
    hit_id: str


@dataclass(frozen=True)
class _Gone:
    hit_id: str


class FetchPipeline:
    """Runs fetches in a bounded pool while the calling thread writes finished ones in batches.

    Results are taken in the order they were submitted, so what is written is always a
    prefix of the work: a cancelled or failed pull leaves the rest for the next one.
    """

    def __init__(self, puller: Puller, report: PullReport, progress: Progress,
                 cancel: CancelToken | None) -> None:
        self.puller = puller
        self.report = report
        self.progress = progress
        self.cancel = cancel
        workers = max(1, puller.max_workers)
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sync")
        self.window = workers * 4
        self.futures: deque[Future[_Fetched | _Unchanged | _Gone | None]] = deque()
        self.batch: list[_Fetched] = []
        self.unchanged: list[str] = []
        self.gone: list[str] = []
        self.submitted = 0
        self.written = 0

    def __enter__(self) -> FetchPipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, work: Callable[..., Any], *args: Any) -> None:
        self.futures.append(self.pool.submit(work, *args))
        self.submitted += 1
        while self.futures and (self.futures[0].done() or len(self.futures) > self.window):
            self._take(self.futures.popleft().result())

    def finish(self) -> None:
        while self.futures:
            self._take(self.futures.popleft().result())
        self._flush()

    def _take(self, outcome: _Fetched | _Unchanged | _Gone | None) -> None:
        if isinstance(outcome, _Fetched):
            self.batch.append(outcome)
            if len(self.batch) >= WRITE_BATCH:
                self._flush()
        elif isinstance(outcome, _Gone):
            self.gone.append(outcome.hit_id)
        elif isinstance(outcome, _Unchanged):
            self.unchanged.append(outcome.hit_id)

    def _flush(self) -> None:
        if not self.batch:
            return
        self.puller._write(self.batch, self.report)
        self.written += len(self.batch)
        self.report.hits_fetched += len(self.batch)
        self.batch = []
        self.progress(self.written, self.submitted, translate(
            "SyncService", "Fetching assignments"))
        if self.cancel is not None and self.cancel.cancelled:
            raise Cancelled()


def pull(wb: Workbench, account: AccountInfo, market: Marketplace | None = None, *,
         full: bool = False, progress: Progress = no_progress,
         cancel: CancelToken | None = None, max_workers: int | None = None) -> PullReport:
    """Bring the store up to date with the marketplace."""
    workers = max_workers or (4 if account.kind == "local" else 8)
    with collector_paused():
        return Puller(wb, account, market or wb.marketplace(account), max_workers=workers
                      ).pull(full=full, progress=progress, cancel=cancel)


def sync(wb: Workbench, account: AccountInfo, market: Marketplace | None = None, *,
         full: bool = False, progress: Progress = no_progress,
         cancel: CancelToken | None = None, prolific: ProlificClient | None = None
         ) -> SyncReport:
    """Push the outbox, then pull; what was pushed shows up in the pull."""
    refuse_archive(account, "sync")  # an archive has no marketplace: say so, as bad input
    market = market or wb.marketplace(account)
    pushed = push_outbox(wb, account, market, progress=progress, cancel=cancel,
                         prolific=prolific)
    if account.kind == AccountKind.PROLIFIC.value:
        # Prolific's decisions onto the site first, or the pull would undo them in the store.
        from workbench.services.prolific import prepare_pull

        prepare_pull(wb, account)
    pulled = pull(wb, account, market, full=full, progress=progress, cancel=cancel)
    if account.kind == AccountKind.PROLIFIC.value and not pulled.cancelled:
        # After the worker site's HITs: Prolific's decisions win over the site's statuses.
        from workbench.services.prolific import pull_prolific

        pulled.prolific = pull_prolific(wb, account, prolific, progress=progress)
    # Durable: the whole sync reaches the disk with this record (one wait, at the end).
    with wb.store.session(write=True) as session:
        record(session, actor=wb.actor, event="sync", subject=account.name,
               account_id=account.id, sent=pushed.sent, failed=pushed.failed,
               reconciled=pushed.reconciled, hits=pulled.hits_listed,
               fetched=pulled.hits_fetched, calls=pulled.total_calls,
               cancelled=pulled.cancelled or pushed.cancelled)
    return SyncReport(pushed, pulled)


def store_counts(wb: Workbench, account: AccountInfo) -> dict[str, int]:
    """Assignments in the store by status (for reports and tests)."""
    with wb.store.read() as session:
        rows = session.execute(select(Assignment.status, func.count()).where(
            Assignment.account_id == account.id).group_by(Assignment.status))
        return {status: int(count) for status, count in rows}
