"""The requester's store: accounts, batches, the mirror of a marketplace, the outbox, the audit log.

Every table is typed with ``Mapped[]``; indexes are named for the queries that use them.
Money is whole cents; timestamps are UTC.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from workbench.sql.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(64)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}

    def __repr__(self) -> str:
        key = getattr(self, "id", None)
        return f"<{type(self).__name__} id={key}>"


class Account(Base):
    """A requester account on a marketplace: local, MTurk, MTurk sandbox or another endpoint."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    endpoint_url: Mapped[str | None] = mapped_column(String(500))
    aws_profile: Mapped[str | None] = mapped_column(String(100))
    # The requester id on the local marketplace (local accounts only).
    requester_id: Mapped[str | None] = mapped_column(ID)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    last_synced_at: Mapped[datetime | None]
    balance_cents: Mapped[int | None]
    balance_checked_at: Mapped[datetime | None]
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Template(Base):
    """A task page with ``${placeholders}``; saving an edited template adds a version."""

    __tablename__ = "templates"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    html: Mapped[str] = mapped_column(Text)
    design: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime]


class HITType(Base):
    """The shared properties of a group of HITs, as the marketplace knows them."""

    __tablename__ = "hit_types"
    __table_args__ = (UniqueConstraint("account_id", "hit_type_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    hit_type_id: Mapped[str] = mapped_column(ID)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="")
    reward_cents: Mapped[int]
    assignment_duration_s: Mapped[int]
    auto_approval_delay_s: Mapped[int]
    qualification_requirements: Mapped[list[Any]] = mapped_column(default=list)


class Batch(Base):
    """A set of HITs published (or imported) together from one template and one input file."""

    __tablename__ = "batches"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id"),
        Index("ix_batches_account_created", "account_id", "created_at"),
        Index("ix_batches_account_fingerprint", "account_id", "fingerprint"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(String(20))  # publish | demo | import
    state: Mapped[str] = mapped_column(String(20))  # draft | publishing | published | cancelled
    # MTurk's own batch id for imported results ("BatchId:3096101" in RequesterAnnotation).
    external_id: Mapped[str | None] = mapped_column(String(100))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("templates.id"))
    template_html: Mapped[str | None] = mapped_column(Text)
    hit_type_id: Mapped[str | None] = mapped_column(ID)
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="")
    reward_cents: Mapped[int] = mapped_column(default=0)
    max_assignments: Mapped[int] = mapped_column(default=1)
    lifetime_s: Mapped[int] = mapped_column(default=0)
    assignment_duration_s: Mapped[int] = mapped_column(default=0)
    auto_approval_delay_s: Mapped[int] = mapped_column(default=0)
    frame_height: Mapped[int] = mapped_column(default=0)
    qualification_requirements: Mapped[list[Any]] = mapped_column(default=list)
    input_columns: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime]
    published_at: Mapped[datetime | None]
    # When the latest publishing run began: tokens are remembered for 24 hours only, so a
    # run resumed later first looks for HITs an interrupted run may have made.
    publishing_started_at: Mapped[datetime | None]
    # A digest of template, rows and properties: the same batch published twice is noticed.
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    # The requester's estimate of one task's working time, for the effective hourly wage.
    estimated_task_s: Mapped[int | None]

    rows: Mapped[list[BatchRow]] = relationship(
        back_populates="batch", order_by="BatchRow.row_index", cascade="all, delete-orphan"
    )


class BatchRow(Base):
    """One input row of a batch: the values for one HIT's ``${placeholders}``."""

    __tablename__ = "batch_rows"
    __table_args__ = (UniqueConstraint("batch_id", "row_index"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"))
    row_index: Mapped[int]
    values: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Derived from the batch and the row, so publishing again never creates a second HIT.
    request_token: Mapped[str] = mapped_column(String(64), unique=True)
    hit_id: Mapped[str | None] = mapped_column(ID)

    batch: Mapped[Batch] = relationship(back_populates="rows")


class HIT(Base):
    """The store's mirror of a HIT on the marketplace."""

    __tablename__ = "hits"
    __table_args__ = (
        UniqueConstraint("account_id", "hit_id"),
        Index("ix_hits_account_status", "account_id", "status"),
        Index("ix_hits_account_created", "account_id", "creation_time"),
        Index("ix_hits_batch", "batch_id"),
        # What the HITs table's text search reads, without reading past the question.
        Index("ix_hits_account_search", "account_id", "hit_id", "title"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    hit_id: Mapped[str] = mapped_column(ID)
    hit_type_id: Mapped[str] = mapped_column(ID)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batches.id", ondelete="SET NULL"))
    batch_row_id: Mapped[int | None] = mapped_column(
        ForeignKey("batch_rows.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="")
    reward_cents: Mapped[int]
    max_assignments: Mapped[int]
    status: Mapped[str] = mapped_column(String(20))
    review_status: Mapped[str] = mapped_column(String(30), default="NotReviewed")
    assignments_available: Mapped[int] = mapped_column(default=0)
    assignments_pending: Mapped[int] = mapped_column(default=0)
    assignments_completed: Mapped[int] = mapped_column(default=0)
    # Counts of the assignments mirrored in the store, kept with them so tables sort fast.
    submitted_count: Mapped[int] = mapped_column(default=0)
    approved_count: Mapped[int] = mapped_column(default=0)
    rejected_count: Mapped[int] = mapped_column(default=0)
    creation_time: Mapped[datetime]
    expiration: Mapped[datetime | None]
    assignment_duration_s: Mapped[int] = mapped_column(default=0)
    auto_approval_delay_s: Mapped[int] = mapped_column(default=0)
    requester_annotation: Mapped[str | None] = mapped_column(Text)
    question: Mapped[str | None] = mapped_column(Text, deferred=True)
    qualification_requirements: Mapped[list[Any]] = mapped_column(default=list)
    synced_at: Mapped[datetime | None]
    # Finished and every assignment decided: an incremental sync does not fetch it again.
    settled: Mapped[bool] = mapped_column(Boolean, default=False)

    assignments: Mapped[list[Assignment]] = relationship(back_populates="hit")


class Assignment(Base):
    """The store's mirror of a worker's assignment (Submitted, Approved or Rejected)."""

    __tablename__ = "assignments"
    __table_args__ = (
        UniqueConstraint("account_id", "assignment_id"),
        Index("ix_assignments_hit", "hit_pk"),
        Index("ix_assignments_account_status", "account_id", "status"),
        Index("ix_assignments_account_worker", "account_id", "worker_id"),
        Index("ix_assignments_account_submit", "account_id", "submit_time"),
        Index("ix_assignments_account_work_time", "account_id", "work_time_s"),
        Index("ix_assignments_account_auto_approval", "account_id", "auto_approval_time"),
        Index("ix_assignments_account_worker_status", "account_id", "worker_id", "status"),
        # What the assignments table's text search reads, without reading past the answers.
        Index("ix_assignments_account_search", "account_id", "assignment_id", "worker_id",
              "answer_summary"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    assignment_id: Mapped[str] = mapped_column(ID)
    hit_pk: Mapped[int] = mapped_column(ForeignKey("hits.id", ondelete="CASCADE"))
    worker_id: Mapped[str] = mapped_column(ID)
    status: Mapped[str] = mapped_column(String(20))
    accept_time: Mapped[datetime | None]
    submit_time: Mapped[datetime | None]
    auto_approval_time: Mapped[datetime | None]
    approval_time: Mapped[datetime | None]
    rejection_time: Mapped[datetime | None]
    deadline: Mapped[datetime | None]
    requester_feedback: Mapped[str | None] = mapped_column(Text)
    work_time_s: Mapped[int | None]
    answer_xml: Mapped[str | None] = mapped_column(Text, deferred=True)
    answer_summary: Mapped[str] = mapped_column(String(250), default="")
    # "crowd" (crowd-form taskAnswers), "form" (one Answer per field), "csv" (imported
    # Answer.* columns) or "unreadable" (refused XML, kept raw).
    answer_format: Mapped[str] = mapped_column(String(12), default="form")
    # Columns an MTurk CSV carried that the API does not (e.g. LifetimeApprovalRate).
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    synced_at: Mapped[datetime | None]

    hit: Mapped[HIT] = relationship(back_populates="assignments")
    answers: Mapped[list[AnswerField]] = relationship(
        back_populates="assignment", cascade="all, delete-orphan", order_by="AnswerField.id"
    )


class AnswerField(Base):
    """One parsed answer field of an assignment (crowd-form JSON flattened to dotted names)."""

    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint("assignment_pk", "name"),
        Index("ix_answers_name", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_pk: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    value: Mapped[str] = mapped_column(Text)

    assignment: Mapped[Assignment] = relationship(back_populates="answers")


class Worker(Base):
    """A worker who did work for an account."""

    __tablename__ = "workers"
    __table_args__ = (UniqueConstraint("account_id", "worker_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    worker_id: Mapped[str] = mapped_column(ID)
    first_seen: Mapped[datetime | None]
    last_seen: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")


class Bonus(Base):
    """A bonus: our ledger entry (from the outbox) and/or a payment the marketplace reported."""

    __tablename__ = "bonuses"
    __table_args__ = (
        UniqueConstraint("account_id", "fingerprint"),
        UniqueConstraint("outbox_action_id"),
        Index("ix_bonuses_account_assignment", "account_id", "assignment_id"),
        Index("ix_bonuses_account_worker", "account_id", "worker_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    worker_id: Mapped[str] = mapped_column(ID)
    assignment_id: Mapped[str] = mapped_column(ID)
    amount_cents: Mapped[int]
    reason: Mapped[str] = mapped_column(Text, default="")
    grant_time: Mapped[datetime | None]
    # Set once the marketplace has listed the payment; identifies it among equal-looking ones.
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    outbox_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox.id", ondelete="SET NULL")
    )


class Block(Base):
    """A worker currently blocked from an account's HITs."""

    __tablename__ = "blocks"
    __table_args__ = (UniqueConstraint("account_id", "worker_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    worker_id: Mapped[str] = mapped_column(ID)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime | None]


class QualificationType(Base):
    """A qualification type owned by an account, with its test and answer key if it has one."""

    __tablename__ = "qualification_types"
    __table_args__ = (UniqueConstraint("account_id", "qualification_type_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    qualification_type_id: Mapped[str] = mapped_column(ID)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="Active")
    is_requestable: Mapped[bool] = mapped_column(Boolean, default=True)
    auto_granted: Mapped[bool] = mapped_column(Boolean, default=False)
    auto_granted_value: Mapped[int | None]
    retry_delay_s: Mapped[int | None]
    test_xml: Mapped[str | None] = mapped_column(Text)
    answer_key_xml: Mapped[str | None] = mapped_column(Text)
    test_duration_s: Mapped[int | None]
    creation_time: Mapped[datetime | None]


class QualificationScore(Base):
    """A worker's score on one of the account's qualification types."""

    __tablename__ = "qualification_scores"
    __table_args__ = (
        UniqueConstraint("account_id", "qualification_type_id", "worker_id"),
        Index("ix_qualification_scores_worker", "account_id", "worker_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    qualification_type_id: Mapped[str] = mapped_column(ID)
    worker_id: Mapped[str] = mapped_column(ID)
    integer_value: Mapped[int | None]
    locale: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="Granted")
    grant_time: Mapped[datetime | None]


class QualificationRequest(Base):
    """A worker's request for a qualification, with their test answers."""

    __tablename__ = "qualification_requests"
    __table_args__ = (UniqueConstraint("account_id", "request_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    request_id: Mapped[str] = mapped_column(ID)
    qualification_type_id: Mapped[str] = mapped_column(ID)
    worker_id: Mapped[str] = mapped_column(ID)
    test_answer: Mapped[str | None] = mapped_column(Text)
    submit_time: Mapped[datetime | None]
    state: Mapped[str] = mapped_column(String(20), default="pending")


class OutboxAction(Base):
    """An action queued for the marketplace: written first, pushed later, every attempt recorded."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_account_state", "account_id", "state"),
        Index("ix_outbox_target", "account_id", "target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(20), default="pending")
    # The assignment, HIT or worker the action is about.
    target: Mapped[str] = mapped_column(String(100))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Sent as UniqueRequestToken where the API has one; unique so a double click queues once.
    request_token: Mapped[str] = mapped_column(String(64), unique=True)
    # One live decision (approve/reject) per assignment: a second reviewer is refused by the DB.
    decision_key: Mapped[str | None] = mapped_column(String(150), unique=True)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(100), default="")
    attempts: Mapped[int] = mapped_column(default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    attempt_log: Mapped[list[OutboxAttempt]] = relationship(
        back_populates="action", order_by="OutboxAttempt.number", cascade="all, delete-orphan"
    )


class OutboxAttempt(Base):
    """One try at pushing an outbox action; an attempt with no outcome was cut off."""

    __tablename__ = "outbox_attempts"
    __table_args__ = (UniqueConstraint("action_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"))
    number: Mapped[int]
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    # succeeded | refused | retryable | ambiguous | reconciled; NULL while under way (or cut off)
    outcome: Mapped[str | None] = mapped_column(String(20))
    message: Mapped[str | None] = mapped_column(Text)

    action: Mapped[OutboxAction] = relationship(back_populates="attempt_log")


class AuditEntry(Base):
    """An append-only record of what happened: who did what to which thing, when."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100))
    account_id: Mapped[int | None] = mapped_column(Integer)
    event: Mapped[str] = mapped_column(String(50))
    subject: Mapped[str] = mapped_column(String(200), default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ReviewHit(Base):
    """How much a HIT's workers agree, as the review queue sorts by it (derived, recomputable)."""

    __tablename__ = "review_hits"

    hit_pk: Mapped[int] = mapped_column(ForeignKey("hits.id", ondelete="CASCADE"),
                                        primary_key=True)
    # The HIT's assignment counts when computed: other counts mean new or rejected work.
    basis: Mapped[str] = mapped_column(String(60))
    # The smallest share of the votes a categorical field's majority got; NULL: nothing compared.
    agreement: Mapped[float | None] = mapped_column(Float)
    computed_at: Mapped[datetime]


class ConsensusAnswer(Base):
    """The suggested answer of one categorical field of a HIT: its majority, or its gold answer."""

    __tablename__ = "review_consensus"
    __table_args__ = (UniqueConstraint("hit_pk", "name", "method"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hit_pk: Mapped[int] = mapped_column(ForeignKey("hits.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    method: Mapped[str] = mapped_column(String(20))  # majority | gold
    value: Mapped[str] = mapped_column(Text)
    votes: Mapped[int]
    agreeing: Mapped[int]
    # No single majority: workers who agree with either side are not counted as agreeing.
    tied: Mapped[bool] = mapped_column(Boolean, default=False)


class GoldMapping(Base):
    """Which input column of a batch holds the expected answer for which answer field."""

    __tablename__ = "gold_mappings"

    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"),
                                          primary_key=True)
    # Both NULL: the reviewer said this batch has no gold items.
    input_column: Mapped[str | None] = mapped_column(String(200))
    answer_field: Mapped[str | None] = mapped_column(String(300))
    chosen_by: Mapped[str] = mapped_column(String(100), default="")
    chosen_at: Mapped[datetime]


class SyncState(Base):
    """Bookkeeping of incremental sync per account (e.g. when a full sync last ran)."""

    __tablename__ = "sync_state"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ProlificStudy(Base):
    """A study on Prolific made by the workbench: written before it is created, filled after."""

    __tablename__ = "prolific_studies"
    __table_args__ = (
        UniqueConstraint("account_id", "study_id"),
        UniqueConstraint("account_id", "request_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    # Prolific's id; NULL until the create call has been answered (or reconciled).
    study_id: Mapped[str | None] = mapped_column(ID)
    # Ours, carried in the study's internal name: how an unanswered create is found again.
    request_key: Mapped[str] = mapped_column(String(64))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batches.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(Text)
    internal_name: Mapped[str] = mapped_column(Text, default="")
    # Prolific's status (UNPUBLISHED, ACTIVE, PAUSED, AWAITING REVIEW, COMPLETED…); "" before.
    status: Mapped[str] = mapped_column(String(20), default="")
    total_places: Mapped[int]
    reward_cents: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3), default="GBP")
    estimated_minutes: Mapped[int]
    # HITs of the batch given to one participant (one place = one unit of work).
    hits_per_place: Mapped[int] = mapped_column(default=1)
    completion_code: Mapped[str] = mapped_column(String(64))
    external_url: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    published_at: Mapped[datetime | None]
    synced_at: Mapped[datetime | None]
    # The study as it was sent to create-study (for a look, and to send it again unchanged).
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ProlificSubmission(Base):
    """The store's mirror of a Prolific submission (one participant's session of a study)."""

    __tablename__ = "prolific_submissions"
    __table_args__ = (
        UniqueConstraint("account_id", "submission_id"),
        Index("ix_prolific_submissions_study", "account_id", "study_id", "status"),
        Index("ix_prolific_submissions_participant", "account_id", "participant_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    study_id: Mapped[str] = mapped_column(ID)
    # Prolific passes it to the study's URL as SESSION_ID.
    submission_id: Mapped[str] = mapped_column(ID)
    participant_id: Mapped[str] = mapped_column(ID)
    status: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    study_code: Mapped[str | None] = mapped_column(String(100))
    return_requested_at: Mapped[datetime | None]
    # Bonuses Prolific lists as paid on it, in cents (read when a payment is reconciled).
    bonus_payments: Mapped[list[Any]] = mapped_column(default=list)
    synced_at: Mapped[datetime | None]


class ProlificSessionAssignment(Base):
    """Which assignment a participant worked in which Prolific session (SESSION_ID).

    The worker site writes one row per assignment a participant arriving from Prolific
    accepts; sync joins submissions to assignments through it, so a decision on a submission
    reaches every assignment of that session.
    """

    __tablename__ = "prolific_session_assignments"
    __table_args__ = (
        UniqueConstraint("account_id", "assignment_id"),
        Index("ix_prolific_session_assignments_session", "account_id", "session_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    session_id: Mapped[str] = mapped_column(ID)
    study_id: Mapped[str] = mapped_column(ID)
    participant_id: Mapped[str] = mapped_column(ID)
    assignment_id: Mapped[str] = mapped_column(ID)
    recorded_at: Mapped[datetime]


class Payee(Base):
    """Where a worker of the requester's own workforce is paid: their payout e-mail and name."""

    __tablename__ = "payees"
    __table_args__ = (UniqueConstraint("account_id", "worker_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    worker_id: Mapped[str] = mapped_column(ID)
    email: Mapped[str] = mapped_column(String(254), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(100), default="")


class PayoutRun(Base):
    """A payout run: which amounts it covers is recorded first, then its file is written.

    recorded → written (its file exists) → paid (the requester confirmed), or cancelled
    before it was paid (its amounts are owed again).
    """

    __tablename__ = "payout_runs"
    __table_args__ = (Index("ix_payout_runs_account_created", "account_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(20))
    file_format: Mapped[str] = mapped_column(String(10))  # paypal | csv
    currency: Mapped[str] = mapped_column(String(3))
    total_cents: Mapped[int]
    workers: Mapped[int]
    entries: Mapped[int]
    minimum_cents: Mapped[int] = mapped_column(default=0)
    # The payout service's percentage when the run was made (text, e.g. "2.9"), for its cost.
    fee_percent: Mapped[str] = mapped_column(String(10), default="0")
    # Made when the dialog or command starts: a second click or retry finds this run again.
    request_token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(100), default="")
    file_path: Mapped[str | None] = mapped_column(Text)
    # The written file's digest: cancelling deletes that file only if it is still the same.
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    file_written_at: Mapped[datetime | None]
    paid_at: Mapped[datetime | None]
    paid_by: Mapped[str | None] = mapped_column(String(100))
    cancelled_at: Mapped[datetime | None]
    cancelled_by: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text, default="")
    # When the worker site (a local marketplace) was told the run was paid.
    site_recorded_at: Mapped[datetime | None]


class PayoutLine(Base):
    """One worker's payment in a run: one row of its file."""

    __tablename__ = "payout_lines"
    __table_args__ = (
        UniqueConstraint("run_id", "worker_id"),
        Index("ix_payout_lines_account_worker", "account_id", "worker_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("payout_runs.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    worker_id: Mapped[str] = mapped_column(ID)
    email: Mapped[str] = mapped_column(String(254), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    amount_cents: Mapped[int]
    entries: Mapped[int]
    reference: Mapped[str] = mapped_column(String(100))


class PayoutItem(Base):
    """An amount a run pays: one approved reward or one bonus, claimed by at most one live run.

    ``claim_key`` names the ledger entry and is unique, so the database itself refuses a
    second run (a double click, a retry, another process) the same amount; a cancelled run
    gives its claims up (NULL) and keeps the rows as history.
    """

    __tablename__ = "payout_items"
    __table_args__ = (
        Index("ix_payout_items_run", "run_id"),
        Index("ix_payout_items_account_worker", "account_id", "worker_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("payout_runs.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    worker_id: Mapped[str] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(10))  # reward | bonus
    assignment_id: Mapped[str] = mapped_column(ID)
    bonus_id: Mapped[int | None]
    amount_cents: Mapped[int]
    claim_key: Mapped[str | None] = mapped_column(String(150), unique=True)
