"""What the worker site shows a worker: HIT groups to work on, their own work, their earnings.

HITs are listed as MTurk lists them, by group (HIT type): the title, who asks, what it pays,
how long it allows and how many of its HITs this worker could still take. Counting is done
in SQL over live HITs only, so a page stays quick with thousands of HITs on the market.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from workbench.marketplace.local.core import (
    ACCEPTED,
    APPROVED,
    REJECTED,
    SUBMITTED,
    VISIBLE_STATUSES,
)
from workbench.marketplace.local.requirement_words import unmet_requirements
from workbench.marketplace.local.schema import (
    MarketAssignment,
    MarketHIT,
    MarketHITType,
    MarketQualificationType,
    MarketWorker,
    Payment,
    Requester,
    WorkerBlock,
    WorkerMessage,
)
from workbench.marketplace.local.workers import WorkerSide

ORDERS = ("newest", "reward", "available")


@dataclass(frozen=True)
class HITGroup:
    """A HIT type as a worker finds it on the list."""

    hit_type_id: str
    title: str
    description: str
    keywords: str
    requester_name: str
    reward_cents: int
    duration_s: int
    hits_available: int
    can_preview: bool
    can_accept: bool
    blocked: bool
    requirements: tuple[str, ...]  # described for people, for the ones the worker lacks


@dataclass(frozen=True)
class WorkInProgress:
    """An accepted assignment the worker can still submit."""

    assignment_id: str
    hit_id: str
    title: str
    reward_cents: int
    deadline: datetime


@dataclass(frozen=True)
class WorkRecord:
    """One of the worker's assignments, with what the requester decided and paid."""

    assignment_id: str
    hit_id: str
    title: str
    requester_name: str
    reward_cents: int
    status: str
    accept_time: datetime
    submit_time: datetime | None
    decided_time: datetime | None
    feedback: str | None
    bonus_cents: int


@dataclass(frozen=True)
class PaymentRecord:
    """Money paid to the worker: a reward, or a bonus with its reason."""

    kind: str
    amount_cents: int
    reason: str | None
    title: str
    requester_name: str
    paid_at: datetime


@dataclass(frozen=True)
class Earnings:
    """The worker's totals and the payments behind them, newest first."""

    rewards_cents: int
    bonuses_cents: int
    pending_cents: int
    approved: int
    rejected: int
    pending: int
    payments: tuple[PaymentRecord, ...]

    @property
    def total_cents(self) -> int:
        return self.rewards_cents + self.bonuses_cents


@dataclass(frozen=True)
class Message:
    """A message a requester sent the worker."""

    subject: str
    body: str
    requester_name: str
    sent_at: datetime


def _held(now: datetime) -> Any:
    """Assignments that take a place on a HIT: live accepted ones and submitted or decided."""
    live = and_(MarketAssignment.status == ACCEPTED, MarketAssignment.deadline > now)
    return or_(live, MarketAssignment.status.in_(VISIBLE_STATUSES))


def _live_hits(now: datetime) -> Any:
    return and_(MarketHIT.disposed.is_(False), MarketHIT.expiration > now)


def _open_hits(worker_id: str, now: datetime) -> Any:
    """Per live HIT: its places left, and whether this worker already holds one of them."""
    taken = _held(now)
    counts = (
        select(MarketAssignment.hit_id.label("hit_id"),
               func.count().label("used"),
               func.sum(case((MarketAssignment.worker_id == worker_id, 1), else_=0))
               .label("mine"))
        .where(taken, MarketAssignment.hit_id.in_(
            select(MarketHIT.hit_id).where(_live_hits(now))))
        .group_by(MarketAssignment.hit_id)
        .subquery()
    )
    left = MarketHIT.max_assignments - func.coalesce(counts.c.used, 0)
    mine = func.coalesce(counts.c.mine, 0)
    return counts, left, mine


def hit_groups(session: Session, rules: WorkerSide, worker_id: str, now: datetime, *,
               order: str = "newest", search: str = "", offset: int = 0, limit: int = 25
               ) -> tuple[list[HITGroup], int]:
    """The HIT groups a worker finds (requirements that hide them are applied); and the total."""
    worker = session.get(MarketWorker, worker_id)
    if worker is None:
        return [], 0
    counts, left, mine = _open_hits(worker_id, now)
    rows = session.execute(
        select(MarketHIT.hit_type_id,
               func.sum(case((and_(left > 0, mine == 0), 1), else_=0)).label("open"),
               func.max(MarketHIT.seq).label("newest"))
        .select_from(MarketHIT)
        .outerjoin(counts, counts.c.hit_id == MarketHIT.hit_id)
        .where(_live_hits(now))
        .group_by(MarketHIT.hit_type_id)
    ).all()
    open_by_type = {row.hit_type_id: (int(row.open or 0), int(row.newest)) for row in rows
                    if int(row.open or 0) > 0}
    if not open_by_type:
        return [], 0
    types = session.execute(
        select(MarketHITType, Requester.name)
        .join(Requester, Requester.requester_id == MarketHITType.requester_id)
        .where(MarketHITType.hit_type_id.in_(list(open_by_type)),
               # A Prolific account's HITs go only to its participants, one unit each.
               Requester.pays_through.is_(None))).all()
    needle = search.strip().casefold()
    blocked_by = set(session.scalars(select(WorkerBlock.requester_id).where(
        WorkerBlock.worker_id == worker_id)))
    groups: list[tuple[int, HITGroup]] = []
    for hit_type, requester_name in types:
        if needle and needle not in " ".join(
                (hit_type.title, hit_type.description, hit_type.keywords,
                 requester_name or "")).casefold():
            continue
        if not rules.qualifies(session, worker, hit_type, "discover"):
            continue
        preview = rules.qualifies(session, worker, hit_type, "preview")
        accept = rules.qualifies(session, worker, hit_type, "accept")
        # In words: "You need an approval rate of at least 95%; yours is 90%".
        lacking = tuple(unmet_requirements(session, worker, hit_type))
        blocked = hit_type.requester_id in blocked_by
        available, newest = open_by_type[hit_type.hit_type_id]
        groups.append((newest, HITGroup(
            hit_type.hit_type_id, hit_type.title, hit_type.description, hit_type.keywords,
            requester_name or hit_type.requester_id, hit_type.reward_cents,
            hit_type.assignment_duration_s, available, preview, accept and not blocked,
            blocked, lacking)))
    if order == "reward":
        groups.sort(key=lambda g: (-g[1].reward_cents, -g[0]))
    elif order == "available":
        groups.sort(key=lambda g: (-g[1].hits_available, -g[0]))
    else:
        groups.sort(key=lambda g: -g[0])
    return [g for _, g in groups[offset:offset + limit]], len(groups)


def open_hits_in_group(session: Session, worker_id: str, hit_type_id: str, now: datetime,
                       *, spread: int = 20, rng: random.Random | None = None) -> list[str]:
    """HITs of a group this worker could take, a few of the oldest in random order.

    Many workers pressing "Accept" at once would all queue on the oldest HIT; taking one of
    the first few at random spreads them out, and a refusal just moves on to the next.
    """
    counts, left, mine = _open_hits(worker_id, now)
    found = list(session.scalars(
        select(MarketHIT.hit_id)
        .outerjoin(counts, counts.c.hit_id == MarketHIT.hit_id)
        .where(_live_hits(now), MarketHIT.hit_type_id == hit_type_id, left > 0, mine == 0)
        .order_by(MarketHIT.seq).limit(spread)))
    (rng or random).shuffle(found)
    return found


def hit_type_of(session: Session, hit_id: str) -> MarketHITType | None:
    hit = session.scalar(select(MarketHIT).where(MarketHIT.hit_id == hit_id))
    return session.get(MarketHITType, hit.hit_type_id) if hit is not None else None


def work_in_progress(session: Session, worker_id: str, now: datetime) -> list[WorkInProgress]:
    """The worker's accepted assignments whose time has not run out, soonest deadline first."""
    rows = session.execute(
        select(MarketAssignment.assignment_id, MarketAssignment.hit_id, MarketHITType.title,
               MarketHITType.reward_cents, MarketAssignment.deadline)
        .join(MarketHIT, MarketHIT.hit_id == MarketAssignment.hit_id)
        .join(MarketHITType, MarketHITType.hit_type_id == MarketHIT.hit_type_id)
        .where(MarketAssignment.worker_id == worker_id, MarketAssignment.status == ACCEPTED,
               MarketAssignment.deadline > now)
        .order_by(MarketAssignment.deadline)).all()
    return [WorkInProgress(*row) for row in rows]


STATUS_FILTERS = {
    "all": None,
    "submitted": (SUBMITTED,),
    "approved": (APPROVED,),
    "rejected": (REJECTED,),
    "returned": ("Returned", "Abandoned"),
}


def my_work(session: Session, worker_id: str, *, status: str = "all", offset: int = 0,
            limit: int = 50) -> tuple[list[WorkRecord], int]:
    """The worker's assignments, newest first (not the ones still being worked on)."""
    wanted = STATUS_FILTERS.get(status) or (SUBMITTED, APPROVED, REJECTED, "Returned",
                                            "Abandoned")
    where = and_(MarketAssignment.worker_id == worker_id, MarketAssignment.status.in_(wanted))
    total = int(session.scalar(select(func.count()).select_from(MarketAssignment)
                               .where(where)) or 0)
    bonuses = (select(Payment.assignment_id, func.sum(Payment.amount_cents).label("cents"))
               .where(Payment.worker_id == worker_id, Payment.kind == "bonus")
               .group_by(Payment.assignment_id).subquery())
    rows = session.execute(
        select(MarketAssignment, MarketHITType.title, MarketHITType.reward_cents,
               Requester.name, func.coalesce(bonuses.c.cents, 0))
        .join(MarketHIT, MarketHIT.hit_id == MarketAssignment.hit_id)
        .join(MarketHITType, MarketHITType.hit_type_id == MarketHIT.hit_type_id)
        .join(Requester, Requester.requester_id == MarketHIT.requester_id)
        .outerjoin(bonuses, bonuses.c.assignment_id == MarketAssignment.assignment_id)
        .where(where)
        .order_by(func.coalesce(MarketAssignment.submit_time, MarketAssignment.accept_time)
                  .desc(), MarketAssignment.seq.desc())
        .offset(offset).limit(limit)).all()
    return [WorkRecord(a.assignment_id, a.hit_id, title, requester or "", reward, a.status,
                       a.accept_time, a.submit_time, a.approval_time or a.rejection_time,
                       a.requester_feedback, int(bonus))
            for a, title, reward, requester, bonus in rows], total


def earnings(session: Session, worker_id: str, *, limit: int = 100) -> Earnings:
    """What the worker has earned (rewards and bonuses) and what awaits a decision."""
    paid = dict(session.execute(
        select(Payment.kind, func.sum(Payment.amount_cents))
        .where(Payment.worker_id == worker_id).group_by(Payment.kind)).all())
    statuses = dict(session.execute(
        select(MarketAssignment.status, func.count())
        .where(MarketAssignment.worker_id == worker_id,
               MarketAssignment.status.in_(VISIBLE_STATUSES))
        .group_by(MarketAssignment.status)).all())
    pending_cents = session.scalar(
        select(func.sum(MarketHITType.reward_cents))
        .select_from(MarketAssignment)
        .join(MarketHIT, MarketHIT.hit_id == MarketAssignment.hit_id)
        .join(MarketHITType, MarketHITType.hit_type_id == MarketHIT.hit_type_id)
        .where(MarketAssignment.worker_id == worker_id,
               MarketAssignment.status == SUBMITTED)) or 0
    rows = session.execute(
        select(Payment.kind, Payment.amount_cents, Payment.reason, MarketHITType.title,
               Requester.name, Payment.created_at)
        .join(MarketHIT, MarketHIT.hit_id == Payment.hit_id)
        .join(MarketHITType, MarketHITType.hit_type_id == MarketHIT.hit_type_id)
        .join(Requester, Requester.requester_id == Payment.requester_id)
        .where(Payment.worker_id == worker_id)
        .order_by(Payment.seq.desc()).limit(limit)).all()
    return Earnings(
        int(paid.get("reward") or 0), int(paid.get("bonus") or 0), int(pending_cents),
        int(statuses.get(APPROVED, 0)), int(statuses.get(REJECTED, 0)),
        int(statuses.get(SUBMITTED, 0)),
        tuple(PaymentRecord(kind, int(cents), reason, title, name or "", at)
              for kind, cents, reason, title, name, at in rows))


def messages(session: Session, worker_id: str, *, limit: int = 20) -> list[Message]:
    """Messages requesters sent the worker, newest first."""
    rows = session.execute(
        select(WorkerMessage.subject, WorkerMessage.body, Requester.name, WorkerMessage.sent_at)
        .outerjoin(Requester, Requester.requester_id == WorkerMessage.requester_id)
        .where(WorkerMessage.worker_id == worker_id)
        .order_by(WorkerMessage.seq.desc()).limit(limit)).all()
    return [Message(subject, body, name or "", at) for subject, body, name, at in rows]


@dataclass(frozen=True)
class QualificationOffer:
    """A qualification a worker may ask for, and where their requests for it stand."""

    qualification_type_id: str
    name: str
    description: str
    requester_name: str
    has_test: bool
    test_duration_s: int | None
    auto_granted: bool
    held: bool
    held_value: int | None
    last_status: str | None
    retry_at: datetime | None  # when they may ask (again); None: never again
    test_request_id: str | None  # a test under way, to go back to

    def may_request(self, now: datetime) -> bool:
        return self.test_request_id is None and self.last_status != "Pending" \
            and self.retry_at is not None and self.retry_at <= now \
            and not (self.held and not self.has_test)


def qualification_offers(session: Session, worker_id: str, now: datetime, *,
                         limit: int = 200) -> list[QualificationOffer]:
    """Requestable qualification types, newest first, with this worker's standing in each."""
    from workbench.marketplace.local.schema import (
        MarketQualification,
        MarketQualificationRequest,
    )
    from workbench.marketplace.local.screening import TESTING, retry_at

    types = session.execute(
        select(MarketQualificationType, Requester.name)
        .outerjoin(Requester, Requester.requester_id == MarketQualificationType.requester_id)
        .where(MarketQualificationType.requester_id.is_not(None),
               MarketQualificationType.deleted.is_(False),
               MarketQualificationType.status == "Active",
               MarketQualificationType.is_requestable.is_(True))
        .order_by(MarketQualificationType.seq.desc()).limit(limit)).all()
    ids = [qtype.qualification_type_id for qtype, _ in types]
    held = {q.qualification_type_id: q for q in session.scalars(
        select(MarketQualification).where(MarketQualification.worker_id == worker_id,
                                          MarketQualification.qualification_type_id.in_(ids)))}
    requests: dict[str, list[MarketQualificationRequest]] = {}
    for request in session.scalars(
            select(MarketQualificationRequest)
            .where(MarketQualificationRequest.worker_id == worker_id,
                   MarketQualificationRequest.qualification_type_id.in_(ids))
            .order_by(MarketQualificationRequest.seq)):
        requests.setdefault(request.qualification_type_id, []).append(request)
    offers = []
    for qtype, requester_name in types:
        mine = requests.get(qtype.qualification_type_id, [])
        under_way = next((r for r in mine if r.status == TESTING and r.test_deadline is not None
                          and r.test_deadline > now), None)
        last = mine[-1] if mine else None
        last_status = last.status if last else None
        if last is not None and last.status == TESTING and last is not under_way:
            last_status = "Expired"  # a test not handed in on time, not yet marked so
        grant = held.get(qtype.qualification_type_id)
        granted = grant is not None and grant.status == "Granted"
        offers.append(QualificationOffer(
            qtype.qualification_type_id, qtype.name, qtype.description, requester_name or "",
            bool(qtype.test), qtype.test_duration_s, qtype.auto_granted, granted,
            grant.integer_value if granted and grant else None, last_status,
            retry_at(qtype, mine), under_way.request_id if under_way else None))
    return offers
