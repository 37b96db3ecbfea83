"""Prolific participants on the worker site: studies the site serves, sessions, units of work.

Prolific sends a participant to the study's URL with ``PROLIFIC_PID``, ``STUDY_ID`` and
``SESSION_ID``. The worker site knows a study once the workbench has *opened* it here (its
completion code, the HITs of its batch, how many HITs make one place); the participant is
then signed in for that study alone, without an invitation, and given one unit of work: ``k``
HITs accepted at once, so that no one else can take them while they work. The assignments
of each session are recorded here, in the marketplace's own database (the site cannot write
the requester's store); sync copies them to the store.

Everything here is Prolific's to pay: the requester is marked ``pays_through = "prolific"``,
so the marketplace never approves, auto-approves or pays this work (marketplace.local.core).
Decisions made on Prolific are written back onto the assignments without any payment.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import (
    Boolean,
    Engine,
    ForeignKey,
    Index,
    String,
    Text,
    and_,
    case,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from workbench.domain.clock import Clock, utcnow
from workbench.marketplace.local.core import (
    ACCEPTED,
    APPROVED,
    PROLIFIC,
    REJECTED,
    SUBMITTED,
    VISIBLE_STATUSES,
)
from workbench.marketplace.local.schema import (
    ID,
    MarketAssignment,
    MarketBase,
    MarketHIT,
    Requester,
    WorkerBlock,
)
from workbench.marketplace.local.workers import WorkerSide, WorkRefused
from workbench.sql.engine import session_scope

# Prolific's ids (participants, studies, submissions) are MongoDB ObjectIds: 24 hex digits.
PROLIFIC_ID = re.compile(r"^[0-9a-fA-F]{24}$")
# Where a participant goes back to with the study's code (Prolific's app, not its API).
COMPLETION_URL = "https://app.prolific.com/submissions/complete?cc={code}"
# A participant's session on the site lasts as long as a study may run, at most.
SESSION_LIFETIME = timedelta(days=7)
PARTICIPANT_NAME = "Prolific participant"


class SiteStudy(MarketBase):
    """A Prolific study the worker site serves: its code, its HITs, the HITs of one place."""

    __tablename__ = "mk_prolific_studies"
    __table_args__ = (Index("ix_mk_prolific_studies_requester", "requester_id"),)

    study_id: Mapped[str] = mapped_column(ID, primary_key=True)
    requester_id: Mapped[str] = mapped_column(ForeignKey("mk_requesters.requester_id"))
    # The workbench's key of the study (its internal name carries it).
    study_key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    completion_code: Mapped[str] = mapped_column(String(64))
    completion_url: Mapped[str] = mapped_column(Text)
    hits_per_place: Mapped[int]
    # False once the study is stopped (COMPLETED): nobody new is given work.
    open: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime]


class SiteStudyHIT(MarketBase):
    """A HIT of a study's batch: what its participants' units are made of."""

    __tablename__ = "mk_prolific_study_hits"

    study_id: Mapped[str] = mapped_column(ForeignKey("mk_prolific_studies.study_id"),
                                          primary_key=True)
    hit_id: Mapped[str] = mapped_column(ForeignKey("mk_hits.hit_id"), primary_key=True)


class ParticipantSession(MarketBase):
    """A Prolific session (SESSION_ID) on the site: who, which study, its cookie's hash."""

    __tablename__ = "mk_prolific_sessions"
    __table_args__ = (
        Index("ix_mk_prolific_sessions_study", "study_id", "participant_id"),
        Index("ix_mk_prolific_sessions_cookie", "cookie_selector", unique=True),
    )

    session_id: Mapped[str] = mapped_column(ID, primary_key=True)
    study_id: Mapped[str] = mapped_column(ForeignKey("mk_prolific_studies.study_id"))
    participant_id: Mapped[str] = mapped_column(ForeignKey("mk_workers.worker_id"))
    # The browser holds "selector.verifier"; only the verifier's SHA-256 is kept.
    cookie_selector: Mapped[str] = mapped_column(String(32))
    cookie_sha256: Mapped[str] = mapped_column(String(64))
    csrf_token: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    # When the participant was sent back to Prolific with the completion code.
    completed_at: Mapped[datetime | None]


class SessionAssignment(MarketBase):
    """One assignment of a session's unit, in the order the participant works them."""

    __tablename__ = "mk_prolific_session_assignments"
    __table_args__ = (Index("ix_mk_prolific_session_assignments_session", "session_id"),)

    # Increasing: sync copies what it has not copied yet.
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("mk_prolific_sessions.session_id"))
    assignment_id: Mapped[str] = mapped_column(ForeignKey("mk_assignments.assignment_id"),
                                               unique=True)
    position: Mapped[int]


class ArrivalRefused(Exception):
    """A participant the site cannot take (status and a message for them)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class StudyOpening:
    """What the workbench tells the site about one of its studies."""

    study_id: str
    study_key: str
    name: str
    completion_code: str
    completion_url: str
    hits_per_place: int
    hit_ids: tuple[str, ...]
    open: bool = True


@dataclass(frozen=True)
class UnitItem:
    """One assignment of a participant's unit, as the work page shows it."""

    position: int
    assignment_id: str
    hit_id: str
    status: str
    deadline: datetime


@dataclass(frozen=True)
class Participant:
    """A signed-in participant: their session, its study and its unit of work."""

    session_id: str
    study_id: str
    participant_id: str
    csrf_token: str
    study_name: str
    completion_url: str
    completed_at: datetime | None
    unit: tuple[UnitItem, ...]

    def current(self, now: datetime) -> UnitItem | None:
        """The first assignment still to be worked (accepted and in time)."""
        return next((item for item in self.unit
                     if item.status == ACCEPTED and item.deadline > now), None)

    def finished(self) -> bool:
        """Every assignment of the unit submitted (the participant has earned the code)."""
        return bool(self.unit) and all(item.status in VISIBLE_STATUSES for item in self.unit)

    def lost(self, now: datetime) -> list[UnitItem]:
        """Assignments that can no longer be submitted: returned, or their time ran out."""
        return [item for item in self.unit if item.status not in VISIBLE_STATUSES
                and not (item.status == ACCEPTED and item.deadline > now)]


@dataclass(frozen=True)
class SessionRecord:
    """A session's assignments as sync copies them (``seq`` of the newest row)."""

    session_id: str
    study_id: str
    participant_id: str
    assignment_ids: tuple[str, ...]
    seq: int


def completion_url(code: str, app_url: str | None = None) -> str:
    """Where a participant goes back to with ``code``: Prolific's app, or a stand-in's."""
    if app_url:
        return f"{app_url.rstrip('/')}/submissions/complete?cc={code}"
    return COMPLETION_URL.format(code=code)


def _digest(verifier: str) -> str:
    return hashlib.sha256(verifier.encode("utf-8")).hexdigest()


def _cookie_parts(cookie: str) -> tuple[str, str] | None:
    selector, dot, verifier = cookie.strip().partition(".")
    if not dot or not re.fullmatch(r"[0-9a-f]{24}", selector) or not 20 <= len(verifier) <= 100:
        return None
    return selector, verifier


class ProlificSite:
    """The marketplace's side of Prolific: opening studies, arrivals, units, decisions."""

    def __init__(self, engine: Engine, *, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.clock = clock
        self.rules = WorkerSide(engine, clock=clock)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- the workbench's side -----------------------------------------------------------------

    def mark_requester(self, requester_id: str) -> None:
        """Prolific pays this requester's participants: nothing here approves or pays them."""
        with session_scope(self._sessions, write=True) as session:
            requester = session.get(Requester, requester_id)
            if requester is None:
                raise KeyError(requester_id)
            if requester.pays_through != PROLIFIC:
                requester.pays_through = PROLIFIC

    def open_study(self, requester_id: str, opening: StudyOpening) -> None:
        """Serve a study (or update what the site knows of it): its code, HITs and unit size."""
        if not PROLIFIC_ID.match(opening.study_id):
            raise ValueError(f"{opening.study_id!r} is not a Prolific study id")
        if opening.hits_per_place < 1:
            raise ValueError("a place needs at least one HIT")
        now = self.clock()
        with session_scope(self._sessions, write=True) as session:
            requester = session.get(Requester, requester_id)
            if requester is None:
                raise KeyError(requester_id)
            requester.pays_through = PROLIFIC
            study = session.get(SiteStudy, opening.study_id)
            if study is None:
                study = SiteStudy(study_id=opening.study_id, requester_id=requester_id)
                session.add(study)
            elif study.requester_id != requester_id:
                raise ValueError(f"study {opening.study_id} belongs to another requester")
            study.study_key = opening.study_key
            study.name = opening.name
            study.completion_code = opening.completion_code
            study.completion_url = opening.completion_url
            study.hits_per_place = opening.hits_per_place
            study.open = opening.open
            study.updated_at = now
            session.flush()
            known = set(session.scalars(select(SiteStudyHIT.hit_id).where(
                SiteStudyHIT.study_id == opening.study_id)))
            mine = set(session.scalars(select(MarketHIT.hit_id).where(
                MarketHIT.requester_id == requester_id,
                MarketHIT.hit_id.in_(list(opening.hit_ids)))))
            for hit_id in opening.hit_ids:
                if hit_id in mine and hit_id not in known:
                    session.add(SiteStudyHIT(study_id=opening.study_id, hit_id=hit_id))
                    known.add(hit_id)

    def session_records(self, requester_id: str, after_seq: int = 0) -> list[SessionRecord]:
        """Sessions with assignments recorded after ``after_seq`` (all of each such session)."""
        with session_scope(self._sessions) as session:
            fresh = select(SessionAssignment.session_id).where(
                SessionAssignment.seq > after_seq).distinct()
            rows = session.execute(
                select(ParticipantSession.session_id, ParticipantSession.study_id,
                       ParticipantSession.participant_id, SessionAssignment.assignment_id,
                       SessionAssignment.seq)
                .join(SessionAssignment,
                      SessionAssignment.session_id == ParticipantSession.session_id)
                .join(SiteStudy, SiteStudy.study_id == ParticipantSession.study_id)
                .where(SiteStudy.requester_id == requester_id,
                       ParticipantSession.session_id.in_(fresh))
                .order_by(ParticipantSession.session_id, SessionAssignment.position)).all()
        found: dict[str, SessionRecord] = {}
        for session_id, study_id, participant_id, assignment_id, seq in rows:
            known = found.get(session_id)
            if known is None:
                found[session_id] = SessionRecord(session_id, study_id, participant_id,
                                                  (assignment_id,), seq)
            else:
                found[session_id] = SessionRecord(
                    session_id, study_id, participant_id,
                    (*known.assignment_ids, assignment_id), max(known.seq, seq))
        return sorted(found.values(), key=lambda r: r.seq)

    def record_decisions(self, requester_id: str,
                         decisions: Mapping[str, tuple[str, datetime, str | None]]) -> int:
        """Write Prolific's decisions onto assignments (id → (Approved|Rejected, when,
        feedback)), paying nothing; returns how many changed."""
        changed = 0
        ids = list(decisions)
        with session_scope(self._sessions, write=True) as session:
            requester = session.get(Requester, requester_id)
            if requester is None or requester.pays_through != PROLIFIC:
                raise ValueError(f"requester {requester_id} is not paid through Prolific")
            for start in range(0, len(ids), 500):
                for assignment in session.scalars(
                        select(MarketAssignment)
                        .join(MarketHIT, MarketHIT.hit_id == MarketAssignment.hit_id)
                        .where(MarketHIT.requester_id == requester_id,
                               MarketAssignment.assignment_id.in_(ids[start:start + 500]))):
                    status, when, feedback = decisions[assignment.assignment_id]
                    if status not in (APPROVED, REJECTED) or assignment.status == status \
                            or assignment.status not in (SUBMITTED, APPROVED, REJECTED):
                        continue
                    assignment.status = status
                    assignment.auto_approval_time = None
                    if status == APPROVED:
                        assignment.approval_time = when
                        assignment.rejection_time = None
                    else:
                        assignment.rejection_time = when
                    if feedback:
                        assignment.requester_feedback = feedback
                    changed += 1
        return changed

    # -- the participant's side ---------------------------------------------------------------

    def arrive(self, participant_id: str, study_id: str, session_id: str
               ) -> tuple[str, Participant]:
        """Sign a participant in for one study and give them their unit (or find it again).

        Returns a new cookie value and the participant; ArrivalRefused says why not.
        """
        for value, what in ((participant_id, "PROLIFIC_PID"), (study_id, "STUDY_ID"),
                            (session_id, "SESSION_ID")):
            if not PROLIFIC_ID.match(value or ""):
                raise ArrivalRefused(400, f"This link is not a Prolific study link: its {what} "
                                          "is missing or malformed. Open the study from "
                                          "Prolific again.")
        participant_id, study_id, session_id = (participant_id.lower(), study_id.lower(),
                                                session_id.lower())
        now = self.clock()
        selector, verifier = secrets.token_hex(12), secrets.token_urlsafe(32)
        with session_scope(self._sessions, write=True) as session:
            study = session.get(SiteStudy, study_id)
            if study is None:
                raise ArrivalRefused(404, "This study is not served here (yet). If you came "
                                          "from Prolific, try again in a minute.")
            row = session.get(ParticipantSession, session_id)
            if row is not None and (row.participant_id != participant_id
                                    or row.study_id != study_id):
                raise ArrivalRefused(403, "This session belongs to another participant or "
                                          "study.")
            if row is None:
                if not study.open:
                    raise ArrivalRefused(410, "This study has ended: return it on Prolific.")
                if session.get(WorkerBlock, (study.requester_id, participant_id)) is not None:
                    raise ArrivalRefused(403, "This researcher no longer accepts work from "
                                              "you: return the study on Prolific.")
                self.rules.register_in(session, participant_id,
                                       display_name=PARTICIPANT_NAME)
                row = ParticipantSession(
                    session_id=session_id, study_id=study_id, participant_id=participant_id,
                    cookie_selector=selector, cookie_sha256=_digest(verifier),
                    csrf_token=secrets.token_urlsafe(32), started_at=now,
                    expires_at=now + SESSION_LIFETIME, completed_at=None)
                session.add(row)
                session.flush()
                self._give_unit(session, study, row, now)
            else:
                # The same link again (another tab, another browser): this one takes over.
                row.cookie_selector = selector
                row.cookie_sha256 = _digest(verifier)
                row.expires_at = max(row.expires_at, now + timedelta(hours=1))
            session.flush()
            found = self._participant(session, row)
        return f"{selector}.{verifier}", found

    def _give_unit(self, session: Session, study: SiteStudy, row: ParticipantSession,
                   now: datetime) -> None:
        """Accept up to ``hits_per_place`` of the study's open HITs for this participant."""
        taken = and_(MarketAssignment.hit_id == SiteStudyHIT.hit_id,
                     or_(and_(MarketAssignment.status == ACCEPTED,
                              MarketAssignment.deadline > now),
                         MarketAssignment.status.in_(VISIBLE_STATUSES)))
        used = func.coalesce(func.sum(case((taken, 1), else_=0)), 0)
        candidates = session.execute(
            select(SiteStudyHIT.hit_id)
            .join(MarketHIT, MarketHIT.hit_id == SiteStudyHIT.hit_id)
            .outerjoin(MarketAssignment, MarketAssignment.hit_id == SiteStudyHIT.hit_id)
            .where(SiteStudyHIT.study_id == study.study_id, MarketHIT.disposed.is_(False),
                   MarketHIT.expiration > now)
            .group_by(SiteStudyHIT.hit_id, MarketHIT.seq, MarketHIT.max_assignments)
            .having(used < MarketHIT.max_assignments)
            .order_by(MarketHIT.seq)).scalars().all()
        position = 0
        for hit_id in candidates:
            if position >= study.hits_per_place:
                break
            try:
                assignment_id = self.rules.accept_in(session, row.participant_id, hit_id, now,
                                                     through_prolific=True)
            except WorkRefused:
                continue  # done by this participant before, or taken a moment ago
            position += 1
            session.add(SessionAssignment(session_id=row.session_id,
                                          assignment_id=assignment_id, position=position))
        session.flush()

    def participant(self, cookie: str) -> Participant | None:
        """The participant a cookie signs in, if it is valid and unexpired."""
        parts = _cookie_parts(cookie)
        if parts is None:
            return None
        with session_scope(self._sessions) as session:
            row = session.scalar(select(ParticipantSession).where(
                ParticipantSession.cookie_selector == parts[0]))
            if row is None or row.expires_at <= self.clock() \
                    or not hmac.compare_digest(_digest(parts[1]), row.cookie_sha256):
                return None
            return self._participant(session, row)

    def _participant(self, session: Session, row: ParticipantSession) -> Participant:
        study = session.get(SiteStudy, row.study_id)
        assert study is not None
        unit = session.execute(
            select(SessionAssignment.position, MarketAssignment.assignment_id,
                   MarketAssignment.hit_id, MarketAssignment.status, MarketAssignment.deadline)
            .join(MarketAssignment,
                  MarketAssignment.assignment_id == SessionAssignment.assignment_id)
            .where(SessionAssignment.session_id == row.session_id)
            .order_by(SessionAssignment.position)).all()
        return Participant(row.session_id, row.study_id, row.participant_id, row.csrf_token,
                           study.name, study.completion_url, row.completed_at,
                           tuple(UnitItem(*item) for item in unit))

    def owns(self, session_id: str, assignment_id: str) -> bool:
        """Whether an assignment belongs to this session's unit."""
        with session_scope(self._sessions) as session:
            return session.scalar(select(SessionAssignment.seq).where(
                SessionAssignment.session_id == session_id,
                SessionAssignment.assignment_id == assignment_id)) is not None

    def session_of(self, assignment_id: str) -> str | None:
        """The session whose unit holds an assignment (the task frame's check)."""
        with session_scope(self._sessions) as session:
            return session.scalar(select(SessionAssignment.session_id).where(
                SessionAssignment.assignment_id == assignment_id))

    def complete(self, session_id: str) -> str:
        """Note that the participant was sent back with the code; the completion URL."""
        with session_scope(self._sessions, write=True) as session:
            row = session.get(ParticipantSession, session_id)
            study = session.get(SiteStudy, row.study_id) if row is not None else None
            if row is None or study is None:
                raise ArrivalRefused(404, "There is no such session.")
            if not self._participant(session, row).finished():
                raise ArrivalRefused(409, "Your tasks are not all submitted yet.")
            row.completed_at = row.completed_at or self.clock()
            return study.completion_url

    def give_back(self, session_id: str) -> int:
        """The participant gives up: their unfinished assignments go back; how many."""
        now = self.clock()
        with session_scope(self._sessions, write=True) as session:
            row = session.get(ParticipantSession, session_id)
            if row is None:
                return 0
            ids = list(session.scalars(
                select(SessionAssignment.assignment_id)
                .join(MarketAssignment,
                      MarketAssignment.assignment_id == SessionAssignment.assignment_id)
                .where(SessionAssignment.session_id == session_id,
                       MarketAssignment.status == ACCEPTED, MarketAssignment.deadline > now)))
            for assignment_id in ids:
                self.rules.return_in(session, row.participant_id, assignment_id)
            return len(ids)


def study_hits(engine: Engine, study_id: str) -> Sequence[str]:
    """The HITs a study's units are made of."""
    with session_scope(sessionmaker(engine)) as session:
        return list(session.scalars(select(SiteStudyHIT.hit_id).where(
            SiteStudyHIT.study_id == study_id).order_by(SiteStudyHIT.hit_id)))
