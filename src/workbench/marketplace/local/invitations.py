"""Who may use the worker site: invitations, sign-in sessions and the site's own secret.

A requester invites a worker and hands them a secret sign-in token (or a link holding it).
A worker's profile (country, subdivision, language, e-mail) is set when they are invited or
later; the country is what the Location qualification compares (MTurk's Worker_Locale).
Tokens and session cookies are ``<selector>.<verifier>``: the selector finds the row, the
verifier is kept only as its SHA-256 and compared in constant time, so the database never
holds anything that signs a worker in. Revoking a worker's invitation ends their sessions.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, ForeignKey, Index, String, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from workbench.domain.clock import Clock, utcnow
from workbench.domain.ids import worker_id as new_worker_id
from workbench.marketplace.local.schema import ID, MarketBase, MarketWorker
from workbench.sql.engine import session_scope

SESSION_LIFETIME = timedelta(days=7)
# Seeing a session refreshes its "last seen" time at most this often (a write per page
# view would make every page a write transaction).
SEEN_RESOLUTION = timedelta(minutes=10)
WORKER_ID_PATTERN = re.compile(r"^[A-Z0-9]{2,64}$")
NAME_MAX = 200
# The shapes the columns hold; which codes exist is the workforce service's to check.
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")
SUBDIVISION_PATTERN = re.compile(r"^[A-Z0-9]{1,3}$")
LANGUAGE_PATTERN = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")
LANGUAGE_MAX = 35
EMAIL_MAX = 254
UNCHANGED: Any = object()  # a profile field left as it is


class SiteInvitation(MarketBase):
    """A worker's invitation to the worker site: a hashed sign-in token, revocable."""

    __tablename__ = "mk_site_invitations"
    __table_args__ = (Index("ix_mk_site_invitations_worker", "worker_id"),)

    invitation_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("mk_workers.worker_id"))
    verifier_sha256: Mapped[str] = mapped_column(String(64))
    invited_by: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    last_sign_in: Mapped[datetime | None]


class SiteSession(MarketBase):
    """A signed-in browser: its hashed cookie, its CSRF token, and when it ends."""

    __tablename__ = "mk_site_sessions"
    __table_args__ = (
        Index("ix_mk_site_sessions_worker", "worker_id"),
        Index("ix_mk_site_sessions_invitation", "invitation_id"),
    )

    session_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    verifier_sha256: Mapped[str] = mapped_column(String(64))
    invitation_id: Mapped[str] = mapped_column(
        ForeignKey("mk_site_invitations.invitation_id"))
    worker_id: Mapped[str] = mapped_column(ID)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    last_seen: Mapped[datetime]


class SiteSecret(MarketBase):
    """A random key of the site (e.g. for task-frame links), shared by all server processes."""

    __tablename__ = "mk_site_secrets"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime]


def _profile(display_name: str, profile: Profile | None) -> Profile:
    """The profile an invitation gives (its display_name argument fills an unnamed one)."""
    profile = profile or Profile()
    if profile.display_name is None and display_name:
        profile = replace(profile, display_name=display_name)
    return profile


class InvitationError(ValueError):
    """An invitation that cannot be made or changed; the message says why."""


@dataclass(frozen=True)
class Invitation:
    """An invitation as the requester sees it (never with its token)."""

    invitation_id: str
    worker_id: str
    display_name: str
    created_at: datetime
    revoked_at: datetime | None
    last_sign_in: datetime | None
    invited_by: str | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class IssuedInvitation:
    """A new invitation and its token: shown to the requester once, stored only hashed."""

    invitation: Invitation
    token: str

    @property
    def worker_id(self) -> str:
        return self.invitation.worker_id

    def link(self, base_url: str) -> str:
        """The sign-in link: the token rides in the fragment, which browsers never send."""
        return f"{base_url.rstrip('/')}/sign-in#{self.token}"


@dataclass(frozen=True)
class Profile:
    """What a requester gives of a worker: None leaves a field as it is (a new worker: unset).

    A new worker without a country is put in the US, as MTurk's old default did, and marked
    as assumed so that it is shown as such.
    """

    display_name: str | None = None
    email: str | None = None
    country: str | None = None
    subdivision: Any = UNCHANGED  # str, None to clear, or UNCHANGED
    language: Any = UNCHANGED  # str, None to clear, or UNCHANGED


@dataclass(frozen=True)
class WorkerRecord:
    """A worker of the marketplace with their profile and their latest invitation."""

    worker_id: str
    display_name: str
    email: str | None
    country: str
    subdivision: str | None
    language: str | None
    country_assumed: bool
    simulated: bool
    invited_at: datetime | None
    last_sign_in: datetime | None
    revoked_at: datetime | None

    @property
    def invited(self) -> bool:
        return self.invited_at is not None and self.revoked_at is None


@dataclass(frozen=True)
class SignedIn:
    """The worker behind a session, and the token their forms must carry."""

    session_id: str
    worker_id: str
    display_name: str
    csrf_token: str
    language: str | None = None  # what their requester says they read (BCP 47)


def _digest(verifier: str) -> str:
    return hashlib.sha256(verifier.encode("utf-8")).hexdigest()


def _new_secret() -> tuple[str, str, str]:
    """(selector, verifier, "selector.verifier")."""
    selector = secrets.token_hex(12)
    verifier = secrets.token_urlsafe(32)
    return selector, verifier, f"{selector}.{verifier}"


def _split(token: str) -> tuple[str, str] | None:
    selector, dot, verifier = token.strip().partition(".")
    if not dot or not re.fullmatch(r"[0-9a-f]{24}", selector) or not 20 <= len(verifier) <= 100:
        return None
    return selector, verifier


def token_selector(token: str) -> str | None:
    """The part of a well-formed token that names its invitation; None for a malformed one."""
    parts = _split(token)
    return parts[0] if parts else None


def _matches(verifier: str, stored_sha256: str) -> bool:
    return hmac.compare_digest(_digest(verifier), stored_sha256)


def _invitation(row: SiteInvitation, display_name: str) -> Invitation:
    return Invitation(row.invitation_id, row.worker_id, display_name, row.created_at,
                      row.revoked_at, row.last_sign_in, row.invited_by)


def _clean_name(display_name: str) -> str:
    display_name = " ".join(display_name.split())
    if len(display_name) > NAME_MAX:
        raise InvitationError(f"the name is longer than {NAME_MAX} characters")
    return display_name


def _apply(worker: MarketWorker, profile: Profile) -> None:
    """Set the fields the profile gives, refusing values the columns cannot hold."""
    if profile.display_name is not None:
        worker.display_name = _clean_name(profile.display_name)
    if profile.email is not None:
        email = profile.email.strip()
        if len(email) > EMAIL_MAX or (email and "@" not in email):
            raise InvitationError(f"{email[:80]!r} is not an e-mail address")
        worker.email = email or None
    if profile.country is not None:
        country = profile.country.strip().upper()
        if not COUNTRY_PATTERN.match(country):
            raise InvitationError(f"{profile.country[:20]!r} is not a two-letter country code")
        if country != worker.locale_country:
            worker.locale_subdivision = None  # a subdivision of the old country
        worker.locale_country = country
        worker.locale_assumed = False
    if profile.subdivision is not UNCHANGED:
        subdivision = (profile.subdivision or "").strip().upper() or None
        if subdivision is not None and not SUBDIVISION_PATTERN.match(subdivision):
            raise InvitationError(f"{profile.subdivision[:20]!r} is not a subdivision code")
        worker.locale_subdivision = subdivision
    if profile.language is not UNCHANGED:
        language = (profile.language or "").strip() or None
        if language is not None and (len(language) > LANGUAGE_MAX
                                     or not LANGUAGE_PATTERN.match(language)):
            raise InvitationError(f"{language[:40]!r} is not a language tag")
        worker.language = language


def _record(worker: MarketWorker, invitation: SiteInvitation | None) -> WorkerRecord:
    return WorkerRecord(
        worker.worker_id, worker.display_name or "", worker.email, worker.locale_country,
        worker.locale_subdivision, worker.language, bool(worker.locale_assumed),
        bool(worker.simulated), invitation.created_at if invitation else None,
        invitation.last_sign_in if invitation else None,
        invitation.revoked_at if invitation else None)


class Invitations:
    """Inviting workers to the site and signing them in, one transaction per call."""

    def __init__(self, engine: Engine, *, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- the requester's side -----------------------------------------------------------------

    def invite(self, *, display_name: str = "", worker_id: str | None = None,
               invited_by: str | None = None, profile: Profile | None = None
               ) -> IssuedInvitation:
        """Invite a worker (new, or an existing id); older invitations of theirs stop working."""
        return self.invite_many([(worker_id, _profile(display_name, profile))],
                                invited_by=invited_by)[0]

    def invite_many(self, workers: Sequence[tuple[str | None, Profile]], *,
                    invited_by: str | None = None) -> list[IssuedInvitation]:
        """Invite several workers in one transaction: all of them, or (on any error) none.

        Each is (worker id or None, profile); with no id, a worker already known by the
        profile's e-mail address is invited again rather than made twice.
        """
        now = self.clock()
        issued: list[IssuedInvitation] = []
        with session_scope(self._sessions, write=True) as session:
            for worker_id, profile in workers:
                worker = self._worker_for(session, worker_id, profile, now)
                _apply(worker, profile)
                session.flush()
                self._revoke_in(session, worker.worker_id, now)
                selector, verifier, token = _new_secret()
                row = SiteInvitation(invitation_id=selector, worker_id=worker.worker_id,
                                     verifier_sha256=_digest(verifier), invited_by=invited_by,
                                     created_at=now)
                session.add(row)
                session.flush()
                issued.append(IssuedInvitation(_invitation(row, worker.display_name), token))
        return issued

    @staticmethod
    def _worker_for(session: Session, worker_id: str | None, profile: Profile,
                    now: datetime) -> MarketWorker:
        if worker_id is not None:
            worker_id = worker_id.strip().upper()
            if not WORKER_ID_PATTERN.match(worker_id):
                raise InvitationError(f"{worker_id[:70]!r} is not a worker id: use 2 to 64 "
                                      "letters and digits (MTurk's look like A1B2C3D4E5F6G7)")
        worker = session.get(MarketWorker, worker_id) if worker_id else None
        email = (profile.email or "").strip()
        if worker is None and worker_id is None and email:
            worker = session.scalar(select(MarketWorker).where(
                func.lower(MarketWorker.email) == email.lower(),
                MarketWorker.simulated.is_(False)).order_by(MarketWorker.created_at).limit(1))
        if worker is None:
            worker = MarketWorker(worker_id=worker_id or new_worker_id(), display_name="",
                                  locale_country="US", locale_assumed=profile.country is None,
                                  created_at=now)
            session.add(worker)
        elif worker.simulated:
            raise InvitationError(f"{worker.worker_id} is a simulated worker")
        return worker

    def set_profile(self, worker_id: str, profile: Profile) -> WorkerRecord:
        """Change a worker's name, e-mail, country, subdivision or language."""
        with session_scope(self._sessions, write=True) as session:
            worker = session.get(MarketWorker, worker_id.strip().upper())
            if worker is None or worker.simulated:
                raise InvitationError(f"there is no invited worker {worker_id.strip()[:70]}")
            _apply(worker, profile)
            session.flush()
            return _record(worker, self._latest(session, worker.worker_id))

    @staticmethod
    def _latest(session: Session, worker_id: str) -> SiteInvitation | None:
        return session.scalar(select(SiteInvitation).where(SiteInvitation.worker_id == worker_id)
                              .order_by(SiteInvitation.created_at.desc()).limit(1))

    def workers(self, *, include_revoked: bool = False) -> list[WorkerRecord]:
        """Invited workers with their profiles, newest invitation first (revoked ones too when
        asked); simulated workers are not listed."""
        with session_scope(self._sessions) as session:
            latest = (select(SiteInvitation.worker_id,
                             func.max(SiteInvitation.created_at).label("created_at"))
                      .group_by(SiteInvitation.worker_id).subquery())
            query = (select(MarketWorker, SiteInvitation)
                     .join(latest, latest.c.worker_id == MarketWorker.worker_id)
                     .join(SiteInvitation, (SiteInvitation.worker_id == latest.c.worker_id)
                           & (SiteInvitation.created_at == latest.c.created_at))
                     .where(MarketWorker.simulated.is_(False))
                     .order_by(SiteInvitation.created_at.desc(), MarketWorker.worker_id))
            if not include_revoked:
                query = query.where(SiteInvitation.revoked_at.is_(None))
            seen: set[str] = set()
            found: list[WorkerRecord] = []
            for worker, invitation in session.execute(query):
                if worker.worker_id not in seen:  # two invitations made in the same instant
                    seen.add(worker.worker_id)
                    found.append(_record(worker, invitation))
            return found

    def reach(self, requirements: Sequence[Mapping[str, Any]]) -> tuple[int, list[int], int]:
        """How many invited workers there are, how many meet each requirement, and how many
        meet them all (for accepting: every requirement guards it)."""
        from workbench.marketplace.local.workers import meets

        with session_scope(self._sessions) as session:
            invited = list(session.scalars(
                select(MarketWorker).where(MarketWorker.simulated.is_(False),
                                           MarketWorker.worker_id.in_(
                                               select(SiteInvitation.worker_id).where(
                                                   SiteInvitation.revoked_at.is_(None))))))
            each = [0] * len(requirements)
            everything = 0
            for worker in invited:
                met = [meets(session, worker, requirement) for requirement in requirements]
                for index, ok in enumerate(met):
                    each[index] += ok
                everything += all(met)
            return len(invited), each, everything

    def revoke(self, worker_id: str) -> int:
        """Revoke a worker's invitations and end their sessions; returns how many were active."""
        with session_scope(self._sessions, write=True) as session:
            return self._revoke_in(session, worker_id.strip().upper(), self.clock())

    @staticmethod
    def _revoke_in(session: Session, worker_id: str, now: datetime) -> int:
        active = list(session.scalars(select(SiteInvitation.invitation_id).where(
            SiteInvitation.worker_id == worker_id, SiteInvitation.revoked_at.is_(None))))
        if active:
            session.execute(delete(SiteSession).where(SiteSession.invitation_id.in_(active))
                            .execution_options(synchronize_session=False))
            session.execute(update(SiteInvitation)
                            .where(SiteInvitation.invitation_id.in_(active))
                            .values(revoked_at=now).execution_options(synchronize_session=False))
        return len(active)

    def list(self, *, include_revoked: bool = False) -> list[Invitation]:
        """Invitations, newest first (revoked ones too when asked)."""
        with session_scope(self._sessions) as session:
            query = (select(SiteInvitation, MarketWorker.display_name)
                     .join(MarketWorker, MarketWorker.worker_id == SiteInvitation.worker_id)
                     .order_by(SiteInvitation.created_at.desc(), SiteInvitation.worker_id))
            if not include_revoked:
                query = query.where(SiteInvitation.revoked_at.is_(None))
            return [_invitation(row, name or "") for row, name in session.execute(query)]

    # -- the worker's side --------------------------------------------------------------------

    def sign_in(self, token: str) -> tuple[str, SignedIn] | None:
        """A new session for a valid token: (cookie value, who); None for any bad token."""
        parts = _split(token)
        if parts is None:
            return None
        now = self.clock()
        with session_scope(self._sessions, write=True) as session:
            invitation = session.get(SiteInvitation, parts[0])
            if invitation is None or invitation.revoked_at is not None \
                    or not _matches(parts[1], invitation.verifier_sha256):
                return None
            invitation.last_sign_in = now
            worker = session.get(MarketWorker, invitation.worker_id)
            selector, verifier, cookie = _new_secret()
            row = SiteSession(session_id=selector, verifier_sha256=_digest(verifier),
                              invitation_id=invitation.invitation_id,
                              worker_id=invitation.worker_id,
                              csrf_token=secrets.token_urlsafe(32), created_at=now,
                              expires_at=now + SESSION_LIFETIME, last_seen=now)
            session.add(row)
            # Ended sessions are swept as new ones begin, so the table stays small.
            session.execute(delete(SiteSession).where(SiteSession.expires_at <= now)
                            .execution_options(synchronize_session=False))
            return cookie, SignedIn(selector, row.worker_id,
                                    worker.display_name if worker else "", row.csrf_token)

    def session(self, cookie: str) -> SignedIn | None:
        """Who a session cookie belongs to, if it is valid, unexpired and not revoked."""
        parts = _split(cookie)
        if parts is None:
            return None
        now = self.clock()
        with session_scope(self._sessions) as session:
            row = session.execute(
                select(SiteSession, MarketWorker.display_name, MarketWorker.language)
                .join(MarketWorker, MarketWorker.worker_id == SiteSession.worker_id)
                .where(SiteSession.session_id == parts[0])).first()
            if row is None:
                return None
            found, display_name, language = row
            if found.expires_at <= now or not _matches(parts[1], found.verifier_sha256):
                return None
            stale = now - found.last_seen >= SEEN_RESOLUTION
        if stale:
            with session_scope(self._sessions, write=True) as session:
                session.execute(update(SiteSession).where(SiteSession.session_id == parts[0])
                                .values(last_seen=now))
        return SignedIn(found.session_id, found.worker_id, display_name or "",
                        found.csrf_token, language)

    def sign_out(self, session_id: str) -> None:
        with session_scope(self._sessions, write=True) as session:
            session.execute(delete(SiteSession).where(SiteSession.session_id == session_id))

    def names_invitation(self, selector: str) -> bool:
        """Whether a selector names an unrevoked invitation (to count wrong sign-ins)."""
        with session_scope(self._sessions) as session:
            return session.scalar(select(SiteInvitation.invitation_id).where(
                SiteInvitation.invitation_id == selector,
                SiteInvitation.revoked_at.is_(None))) is not None

    def may_work(self, worker_id: str) -> bool:
        """Whether the worker still holds an unrevoked invitation (checked on every submit)."""
        with session_scope(self._sessions) as session:
            return self.may_work_in(session, worker_id)

    @staticmethod
    def may_work_in(session: Session, worker_id: str) -> bool:
        """``may_work`` inside a transaction the caller holds."""
        return session.scalar(select(SiteInvitation.invitation_id).where(
            SiteInvitation.worker_id == worker_id, SiteInvitation.revoked_at.is_(None)
        ).limit(1)) is not None

    def secret(self, name: str) -> bytes:
        """The site's secret ``name``, made on first use; every process reads the same one."""
        with session_scope(self._sessions) as session:
            found = session.get(SiteSecret, name)
            if found is not None:
                return bytes.fromhex(found.value)
        try:
            with session_scope(self._sessions, write=True) as session:
                session.add(SiteSecret(name=name, value=secrets.token_hex(32),
                                       created_at=self.clock()))
        except IntegrityError:
            pass  # another process made it first: use theirs
        with session_scope(self._sessions) as session:
            made = session.get(SiteSecret, name)
            assert made is not None
            return bytes.fromhex(made.value)
