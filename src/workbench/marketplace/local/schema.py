"""The local marketplace's own records: what MTurk's servers would hold.

These tables (prefixed ``mk_``) may share a database with the requester's store, but the
two never read each other's tables: the store learns about the marketplace only by sync.
Each table has an integer ``seq`` for stable pagination and a string id as MTurk shapes it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from workbench.sql.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
ID = String(64)


class MarketBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


class Requester(MarketBase):
    """A requester on the local marketplace, with the money deposited for it."""

    __tablename__ = "mk_requesters"

    requester_id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    deposit_cents: Mapped[int] = mapped_column(default=0)
    # Rewards, bonuses and fees paid so far; kept as a running total so a balance is cheap.
    paid_cents: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    # Who pays this requester's workers: None for this marketplace (approvals pay and
    # auto-approval runs), "prolific" for a Prolific account whose participants Prolific pays.
    pays_through: Mapped[str | None] = mapped_column(String(20))


class MarketWorker(MarketBase):
    """A worker on the local marketplace (a person or a simulated one).

    The locale is what MTurk's Worker_Locale qualification holds: an ISO 3166-1 alpha-2
    country and, optionally, the code of an ISO 3166-2 subdivision of it without the country
    ("NY" of US-NY). The language (BCP 47, "de", "pt-BR") is the one they read.
    """

    __tablename__ = "mk_workers"

    worker_id: Mapped[str] = mapped_column(ID, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    locale_country: Mapped[str] = mapped_column(String(2), default="US")
    locale_subdivision: Mapped[str | None] = mapped_column(String(3))
    language: Mapped[str | None] = mapped_column(String(35))
    # True for workers invited before a country could be given: they were put in the US.
    locale_assumed: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())
    is_adult: Mapped[bool] = mapped_column(Boolean, default=True)
    simulated: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]


class MarketHITType(MarketBase):
    __tablename__ = "mk_hit_types"
    __table_args__ = (UniqueConstraint("requester_id", "fingerprint"),)

    hit_type_id: Mapped[str] = mapped_column(ID, primary_key=True)
    requester_id: Mapped[str] = mapped_column(ForeignKey("mk_requesters.requester_id"))
    # Identical properties give the same HIT type, as on MTurk.
    fingerprint: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    keywords: Mapped[str] = mapped_column(Text, default="")
    reward_cents: Mapped[int]
    assignment_duration_s: Mapped[int]
    auto_approval_delay_s: Mapped[int]
    qualification_requirements: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime]


class MarketHIT(MarketBase):
    __tablename__ = "mk_hits"
    __table_args__ = (
        Index("ix_mk_hits_requester_seq", "requester_id", "seq"),
        Index("ix_mk_hits_type", "hit_type_id"),
        Index("ix_mk_hits_expiration", "expiration"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    hit_id: Mapped[str] = mapped_column(ID, unique=True)
    requester_id: Mapped[str] = mapped_column(ForeignKey("mk_requesters.requester_id"))
    hit_type_id: Mapped[str] = mapped_column(ForeignKey("mk_hit_types.hit_type_id"))
    question: Mapped[str] = mapped_column(Text)
    requester_annotation: Mapped[str | None] = mapped_column(Text)
    max_assignments: Mapped[int]
    lifetime_s: Mapped[int]
    creation_time: Mapped[datetime]
    expiration: Mapped[datetime]
    review_status: Mapped[str] = mapped_column(String(30), default="NotReviewed")
    reviewing: Mapped[bool] = mapped_column(Boolean, default=False)
    disposed: Mapped[bool] = mapped_column(Boolean, default=False)


class MarketAssignment(MarketBase):
    """An assignment: Accepted, Submitted, Approved, Rejected, Returned or Abandoned."""

    __tablename__ = "mk_assignments"
    __table_args__ = (
        Index("ix_mk_assignments_hit_status", "hit_id", "status"),
        Index("ix_mk_assignments_worker", "worker_id", "status"),
        Index("ix_mk_assignments_status_deadline", "status", "deadline"),
        Index("ix_mk_assignments_status_auto", "status", "auto_approval_time"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    assignment_id: Mapped[str] = mapped_column(ID, unique=True)
    hit_id: Mapped[str] = mapped_column(ForeignKey("mk_hits.hit_id"))
    worker_id: Mapped[str] = mapped_column(ForeignKey("mk_workers.worker_id"))
    status: Mapped[str] = mapped_column(String(20))
    accept_time: Mapped[datetime]
    deadline: Mapped[datetime]
    submit_time: Mapped[datetime | None]
    auto_approval_time: Mapped[datetime | None]
    approval_time: Mapped[datetime | None]
    rejection_time: Mapped[datetime | None]
    answer: Mapped[str | None] = mapped_column(Text)
    requester_feedback: Mapped[str | None] = mapped_column(Text)


class Payment(MarketBase):
    """Money that left a requester's balance: a reward on approval, or a bonus; with the fee."""

    __tablename__ = "mk_payments"
    __table_args__ = (
        Index("ix_mk_payments_requester_kind", "requester_id", "kind"),
        Index("ix_mk_payments_assignment", "assignment_id"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    requester_id: Mapped[str] = mapped_column(ForeignKey("mk_requesters.requester_id"))
    kind: Mapped[str] = mapped_column(String(10))  # reward | bonus
    assignment_id: Mapped[str] = mapped_column(ID)
    hit_id: Mapped[str] = mapped_column(ID)
    worker_id: Mapped[str] = mapped_column(ID)
    amount_cents: Mapped[int]
    fee_cents: Mapped[int]
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


class RequestToken(MarketBase):
    """A UniqueRequestToken seen in the last 24 hours, and what it produced."""

    __tablename__ = "mk_request_tokens"

    requester_id: Mapped[str] = mapped_column(ID, primary_key=True)
    operation: Mapped[str] = mapped_column(String(50), primary_key=True)
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime]
    result: Mapped[str] = mapped_column(String(200), default="")


class WorkerBlock(MarketBase):
    __tablename__ = "mk_blocks"

    requester_id: Mapped[str] = mapped_column(ID, primary_key=True)
    worker_id: Mapped[str] = mapped_column(ID, primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class MarketQualificationType(MarketBase):
    __tablename__ = "mk_qualification_types"
    __table_args__ = (Index("ix_mk_qualification_types_requester", "requester_id", "seq"),)

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    qualification_type_id: Mapped[str] = mapped_column(ID, unique=True)
    # NULL for the system qualifications every requester can use.
    requester_id: Mapped[str | None] = mapped_column(ID)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="Active")
    is_requestable: Mapped[bool] = mapped_column(Boolean, default=True)
    auto_granted: Mapped[bool] = mapped_column(Boolean, default=False)
    auto_granted_value: Mapped[int | None]
    retry_delay_s: Mapped[int | None]
    test: Mapped[str | None] = mapped_column(Text)
    answer_key: Mapped[str | None] = mapped_column(Text)
    test_duration_s: Mapped[int | None]
    creation_time: Mapped[datetime]
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class MarketQualification(MarketBase):
    """A worker's score on a qualification type."""

    __tablename__ = "mk_qualifications"
    __table_args__ = (Index("ix_mk_qualifications_worker", "worker_id"),)

    qualification_type_id: Mapped[str] = mapped_column(ID, primary_key=True)
    worker_id: Mapped[str] = mapped_column(ID, primary_key=True)
    integer_value: Mapped[int | None]
    locale_country: Mapped[str | None] = mapped_column(String(2))
    locale_subdivision: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(20), default="Granted")
    grant_time: Mapped[datetime]


class MarketQualificationRequest(MarketBase):
    """A worker's request for a qualification: Testing, Pending, Approved, Rejected, Expired."""

    __tablename__ = "mk_qualification_requests"
    __table_args__ = (
        Index("ix_mk_qualification_requests_type", "qualification_type_id", "seq"),
        Index("ix_mk_qualification_requests_worker", "worker_id", "qualification_type_id"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(ID, unique=True)
    qualification_type_id: Mapped[str] = mapped_column(ID)
    worker_id: Mapped[str] = mapped_column(ID)
    test: Mapped[str | None] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    submit_time: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(20), default="Pending")
    score: Mapped[int | None]
    decided_at: Mapped[datetime | None]
    # When the worker asked (a retry waits RetryDelayInSeconds from here) and, for a test,
    # by when the answers must arrive.
    requested_at: Mapped[datetime | None]
    test_deadline: Mapped[datetime | None]


class WorkerMessage(MarketBase):
    """A message a requester sent to a worker through NotifyWorkers."""

    __tablename__ = "mk_messages"
    __table_args__ = (Index("ix_mk_messages_worker", "worker_id"),)

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    requester_id: Mapped[str] = mapped_column(ID)
    worker_id: Mapped[str] = mapped_column(ID)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime]
