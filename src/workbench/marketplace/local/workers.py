"""The worker's side of the local marketplace: find work, accept it, submit it, return it.

MTurk's API has no worker operations; these are what the worker site and simulated workers
use. The rules are MTurk's: qualification requirements, blocks, one assignment per worker per
HIT, the assignment duration, and no more accepted assignments than the HIT allows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, case, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from workbench.domain.clock import Clock, utcnow
from workbench.domain.ids import entity_id
from workbench.domain.ids import worker_id as new_worker_id
from workbench.domain.qualifications import guards, requirement_met
from workbench.domain.text import QT_TRANSLATE_NOOP
from workbench.formats.answers import MalformedAnswers, parse_answers
from workbench.marketplace.local.core import (
    ABANDONED,
    ACCEPTED,
    PROLIFIC,
    RETURNED,
    SUBMITTED,
    VISIBLE_STATUSES,
    hit_status,
    pays_elsewhere,
    record_payment,
    reward_payment,
    settle_due,
)
from workbench.marketplace.local.qualifications import worker_value
from workbench.marketplace.local.requirement_words import Words
from workbench.marketplace.local.schema import (
    MarketAssignment,
    MarketHIT,
    MarketHITType,
    MarketWorker,
    WorkerBlock,
)
from workbench.sql.engine import session_scope


def meets(session: Session, worker: MarketWorker, requirement: Mapping[str, Any]) -> bool:
    """Whether the worker meets one qualification requirement (the Location one by their
    country and subdivision, as MTurk's Worker_Locale)."""
    held = worker_value(session, worker, str(requirement.get("QualificationTypeId", "")))
    return requirement_met(dict(requirement), held)


# An assignment's status inside a sentence ("this assignment is approved; …"), translated
# by the worker site where it says the sentence.
_STATUS_WORDS = {"Submitted": QT_TRANSLATE_NOOP("WorkerSite", "submitted"),
                 "Approved": QT_TRANSLATE_NOOP("WorkerSite", "approved"),
                 "Rejected": QT_TRANSLATE_NOOP("WorkerSite", "rejected"),
                 "Returned": QT_TRANSLATE_NOOP("WorkerSite", "returned"),
                 "Abandoned": QT_TRANSLATE_NOOP("WorkerSite", "abandoned")}


def _status_word(status: str) -> str:
    return _STATUS_WORDS.get(status, status.lower())


class WorkRefused(Exception):
    """A worker action the marketplace does not allow; the message is for the worker."""

    @property
    def message(self) -> str:
        """The message as raised (``str()`` would drop what ``Words`` keep to translate it)."""
        given = self.args[0] if self.args else ""
        return given if isinstance(given, str) else str(self)


@dataclass(frozen=True)
class Locale:
    country: str = "US"
    subdivision: str | None = None


@dataclass(frozen=True)
class HITView:
    """A HIT as one worker finds it: what it pays, and what its requirements let them do."""

    hit_id: str
    hit_type_id: str
    title: str
    description: str
    reward_cents: int
    available: int
    can_preview: bool
    can_accept: bool
    requirements: tuple[dict[str, Any], ...] = ()


class WorkerSide:
    """Worker actions on the local marketplace; every rule is checked in one transaction."""

    def __init__(self, engine: Engine, *, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction, for running many worker actions at once (simulations)."""
        with session_scope(self._sessions, write=True) as session:
            yield session

    def register(self, worker_id: str | None = None, *, display_name: str = "",
                 locale: Locale = Locale(), adult: bool = True, simulated: bool = False) -> str:
        with self.transaction() as session:
            return self.register_in(session, worker_id, display_name=display_name,
                                    locale=locale, adult=adult, simulated=simulated)

    def register_in(self, session: Session, worker_id: str | None = None, *,
                    display_name: str = "", locale: Locale = Locale(), adult: bool = True,
                    simulated: bool = False) -> str:
        worker_id = worker_id or new_worker_id()
        if session.get(MarketWorker, worker_id) is None:
            session.add(MarketWorker(
                worker_id=worker_id, display_name=display_name, locale_country=locale.country,
                locale_subdivision=locale.subdivision, is_adult=adult, simulated=simulated,
                created_at=self.clock()))
            session.flush()
        return worker_id

    # -- rules ------------------------------------------------------------------------------

    def qualifies(self, session: Session, worker: MarketWorker, hit_type: MarketHITType,
                  action: str) -> bool:
        """Whether the worker meets every requirement that guards ``action``."""
        for requirement in hit_type.qualification_requirements or []:
            if not guards(requirement, action):
                continue
            if not meets(session, worker, requirement):
                return False
        return True

    def _allowed(self, session: Session, worker: MarketWorker, hit_type: MarketHITType
                 ) -> tuple[bool, bool, bool]:
        """Whether the worker may discover, preview and accept HITs of this type."""
        if pays_elsewhere(session, hit_type.requester_id) == PROLIFIC:
            # Given only to participants arriving from Prolific, one unit each.
            return False, False, False
        return (self.qualifies(session, worker, hit_type, "discover"),
                self.qualifies(session, worker, hit_type, "preview"),
                self.qualifies(session, worker, hit_type, "accept"))

    def discover_in(self, session: Session, worker_id: str, now: datetime | None = None, *,
                    limit: int = 100) -> list[HITView]:
        """The HITs a worker finds: open ones whose requirements do not hide them."""
        now = now or self.clock()
        worker = session.get(MarketWorker, worker_id)
        if worker is None:
            raise WorkRefused(f"unknown worker {worker_id}")
        live = and_(MarketHIT.disposed.is_(False), MarketHIT.expiration > now)
        types = list(session.scalars(select(MarketHITType).where(
            MarketHITType.hit_type_id.in_(select(MarketHIT.hit_type_id).where(live)))))
        allowed = {t.hit_type_id: self._allowed(session, worker, t) for t in types}
        visible = {t.hit_type_id: t for t in types if allowed[t.hit_type_id][0]}
        if not visible:
            return []
        found: list[HITView] = []
        hits = session.scalars(select(MarketHIT).where(
            live, MarketHIT.hit_type_id.in_(list(visible))).order_by(MarketHIT.seq))
        for hit in hits:
            counts, holds = _counts(session, hit.hit_id, worker_id, now)
            _status, available = hit_status(hit, counts, now)
            if available <= 0 and not holds:
                continue
            hit_type = visible[hit.hit_type_id]
            _discover, preview, accept = allowed[hit.hit_type_id]
            blocked = session.get(WorkerBlock, (hit.requester_id, worker_id)) is not None
            found.append(_view(hit, hit_type, available, preview,
                               accept and not blocked and not holds))
            if len(found) >= limit:
                break
        return found

    def preview_in(self, session: Session, worker_id: str, hit_id: str,
                   now: datetime | None = None) -> tuple[HITView, str]:
        """A HIT's page for a worker, if its requirements let them preview it."""
        now = now or self.clock()
        worker = session.get(MarketWorker, worker_id)
        if worker is None:
            raise WorkRefused(f"unknown worker {worker_id}")
        hit = session.scalar(select(MarketHIT).where(MarketHIT.hit_id == hit_id))
        hit_type = session.get(MarketHITType, hit.hit_type_id) if hit is not None else None
        if hit is None or hit_type is None or hit.disposed:
            raise WorkRefused(QT_TRANSLATE_NOOP("WorkerSite", "this HIT is no longer available"))
        discover, preview, accept = self._allowed(session, worker, hit_type)
        if not discover:
            # A HIT hidden from this worker looks exactly like one that does not exist.
            raise WorkRefused(QT_TRANSLATE_NOOP("WorkerSite", "this HIT is no longer available"))
        if not preview:
            raise WorkRefused(QT_TRANSLATE_NOOP(
                "WorkerSite", "you do not meet the qualification requirements to preview this "
                "HIT"))
        counts, holds = _counts(session, hit_id, worker_id, now)
        _status, available = hit_status(hit, counts, now)
        blocked = session.get(WorkerBlock, (hit.requester_id, worker_id)) is not None
        view = _view(hit, hit_type, available, True, accept and not blocked and not holds)
        return view, hit.question

    def discover(self, worker_id: str, *, limit: int = 100) -> list[HITView]:
        with self.transaction() as session:
            return self.discover_in(session, worker_id, limit=limit)

    def preview(self, worker_id: str, hit_id: str) -> tuple[HITView, str]:
        with self.transaction() as session:
            return self.preview_in(session, worker_id, hit_id)

    def accept_in(self, session: Session, worker_id: str, hit_id: str,
                  now: datetime | None = None, *, through_prolific: bool = False) -> str:
        """Accept a HIT for a worker; returns the new assignment id.

        A Prolific account's HITs are accepted only ``through_prolific`` (a participant's
        unit of work, given by marketplace/prolific/participants.py).
        """
        now = now or self.clock()
        worker = session.get(MarketWorker, worker_id)
        if worker is None:
            raise WorkRefused(f"unknown worker {worker_id}")
        hit = session.scalar(select(MarketHIT).where(MarketHIT.hit_id == hit_id)
                             .with_for_update())
        if hit is None or hit.disposed:
            raise WorkRefused(QT_TRANSLATE_NOOP("WorkerSite", "this HIT is no longer available"))
        hit_type = session.get(MarketHITType, hit.hit_type_id)
        assert hit_type is not None
        if (pays_elsewhere(session, hit.requester_id) == PROLIFIC) != through_prolific:
            raise WorkRefused("this HIT is no longer available")
        if session.get(WorkerBlock, (hit.requester_id, worker_id)) is not None:
            raise WorkRefused(QT_TRANSLATE_NOOP(
                "WorkerSite", "this requester does not accept work from you"))
        if not self.qualifies(session, worker, hit_type, "accept"):
            raise WorkRefused(QT_TRANSLATE_NOOP(
                "WorkerSite", "you do not meet the qualification requirements of this HIT"))
        counts, holds = _counts(session, hit_id, worker_id, now)
        if holds:
            raise WorkRefused(QT_TRANSLATE_NOOP(
                "WorkerSite", "you have already accepted or submitted this HIT"))
        _status, available = hit_status(hit, counts, now)
        if available <= 0:
            raise WorkRefused(QT_TRANSLATE_NOOP(
                "WorkerSite", "there are no more assignments available for this HIT"))
        assignment = MarketAssignment(
            assignment_id=entity_id(), hit_id=hit_id, worker_id=worker_id, status=ACCEPTED,
            accept_time=now, deadline=now + timedelta(seconds=hit_type.assignment_duration_s))
        session.add(assignment)
        session.flush()
        return assignment.assignment_id

    def submit_in(self, session: Session, worker_id: str, assignment_id: str, answer_xml: str,
                  now: datetime | None = None) -> None:
        """Submit a worker's answers (QuestionFormAnswers XML) for an accepted assignment."""
        now = now or self.clock()
        assignment = self._own(session, worker_id, assignment_id)
        if assignment.status != ACCEPTED:
            raise WorkRefused(Words(QT_TRANSLATE_NOOP(
                "WorkerSite", "this assignment is {status}; it cannot be submitted again"),
                status=_status_word(assignment.status)))
        if assignment.deadline <= now:
            assignment.status = ABANDONED
            raise WorkRefused(QT_TRANSLATE_NOOP(
                "WorkerSite", "the time allowed for this assignment has run out"))
        hit = session.scalar(select(MarketHIT).where(MarketHIT.hit_id == assignment.hit_id))
        if hit is None or hit.disposed:
            raise WorkRefused(QT_TRANSLATE_NOOP("WorkerSite", "this HIT is no longer available"))
        try:
            parse_answers(answer_xml)
        except MalformedAnswers as exc:
            raise WorkRefused(f"the answers could not be read: {exc}") from None
        hit_type = session.get(MarketHITType, hit.hit_type_id)
        assert hit_type is not None
        assignment.status = SUBMITTED
        assignment.submit_time = now
        assignment.answer = answer_xml
        if pays_elsewhere(session, hit.requester_id) == PROLIFIC:
            # Prolific decides and pays: nothing here may approve it by itself.
            assignment.auto_approval_time = None
            return
        assignment.auto_approval_time = now + timedelta(seconds=hit_type.auto_approval_delay_s)
        if hit_type.auto_approval_delay_s == 0:
            assignment.status = "Approved"
            assignment.approval_time = now
            record_payment(session, reward_payment(assignment, hit, hit_type, now))

    def return_in(self, session: Session, worker_id: str, assignment_id: str) -> None:
        assignment = self._own(session, worker_id, assignment_id)
        if assignment.status != ACCEPTED:
            raise WorkRefused(Words(QT_TRANSLATE_NOOP(
                "WorkerSite", "this assignment is {status}; it cannot be returned"),
                status=_status_word(assignment.status)))
        assignment.status = RETURNED

    def accept(self, worker_id: str, hit_id: str) -> str:
        with self.transaction() as session:
            settle_due(session, self.clock())
            return self.accept_in(session, worker_id, hit_id)

    def submit(self, worker_id: str, assignment_id: str, answer_xml: str) -> None:
        # A refusal that changes state (an overdue assignment is abandoned) must still commit.
        with self.transaction() as session:
            try:
                self.submit_in(session, worker_id, assignment_id, answer_xml)
            except WorkRefused as refusal:
                session.commit()
                raise refusal

    def return_assignment(self, worker_id: str, assignment_id: str) -> None:
        with self.transaction() as session:
            self.return_in(session, worker_id, assignment_id)

    # -- helpers ----------------------------------------------------------------------------

    def _own(self, session: Session, worker_id: str, assignment_id: str) -> MarketAssignment:
        assignment = session.scalar(select(MarketAssignment).where(
            MarketAssignment.assignment_id == assignment_id).with_for_update())
        # Someone else's assignment looks exactly like a missing one: nothing leaks.
        if assignment is None or assignment.worker_id != worker_id:
            raise WorkRefused(QT_TRANSLATE_NOOP("WorkerSite", "no such assignment"))
        return assignment



def _view(hit: MarketHIT, hit_type: MarketHITType, available: int, can_preview: bool,
          can_accept: bool) -> HITView:
    return HITView(hit.hit_id, hit.hit_type_id, hit_type.title, hit_type.description,
                   hit_type.reward_cents, available, can_preview, can_accept,
                   tuple(dict(r) for r in hit_type.qualification_requirements or []))


def _counts(session: Session, hit_id: str, worker_id: str, now: datetime
            ) -> tuple[tuple[int, int, int], bool]:
    """A HIT's (pending, submitted, completed) counts, and whether the worker holds one."""
    live = and_(MarketAssignment.status == ACCEPTED, MarketAssignment.deadline > now)
    row = session.execute(
        select(
            func.sum(case((live, 1), else_=0)),
            func.sum(case((MarketAssignment.status == SUBMITTED, 1), else_=0)),
            func.sum(case((MarketAssignment.status.in_(("Approved", "Rejected")), 1), else_=0)),
            func.sum(case((and_(MarketAssignment.worker_id == worker_id,
                                or_(live, MarketAssignment.status.in_(VISIBLE_STATUSES))), 1),
                          else_=0)),
        ).where(MarketAssignment.hit_id == hit_id)
    ).one()
    return (int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)), bool(row[3])
