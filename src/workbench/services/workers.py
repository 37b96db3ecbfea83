"""Workers: their track record with you, the Workers table, and what became of messages to them.

A track record is what a reviewer needs beside a worker's answers: the approval rate you gave
(decisions sent; queued ones shown apart), agreement with the consensus of their HITs'
categorical fields, and accuracy on gold items. The stored consensus must be fresh
(``consensus.refresh_consensus``) for the last two.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Float,
    Integer,
    Select,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    or_,
    select,
)
from sqlalchemy.orm import Session

from workbench.domain.fee_schedules import OWN_WORKFORCE_KINDS
from workbench.domain.percent import percent_text
from workbench.domain.statuses import ActionKind, ActionState, AssignmentStatus
from workbench.domain.text import translate
from workbench.marketplace.interface import Marketplace
from workbench.services import outbox
from workbench.services.accounts import AccountInfo
from workbench.services.consensus import GOLD, MAJORITY, same_answer
from workbench.services.context import Workbench
from workbench.services.payouts import earned_expression
from workbench.services.tables import Column, Row, TableRequest, TableSource
from workbench.store.schema import (
    HIT,
    Account,
    AnswerField,
    Assignment,
    Block,
    Bonus,
    ConsensusAnswer,
    OutboxAction,
    QualificationScore,
    QualificationType,
    Worker,
)

APPROVED = AssignmentStatus.APPROVED.value
REJECTED = AssignmentStatus.REJECTED.value
SUBMITTED = AssignmentStatus.SUBMITTED.value
DECISIONS = (ActionKind.APPROVE.value, ActionKind.REJECT.value)


@dataclass(frozen=True)
class TrackRecord:
    """A worker's record with this account."""

    worker_id: str
    assignments: int = 0
    approved: int = 0
    rejected: int = 0
    queued_approvals: int = 0
    queued_rejections: int = 0
    agreed: int = 0
    compared: int = 0
    gold_right: int = 0
    gold_total: int = 0
    blocked: bool = False
    soft_blocked: bool = False
    block_reason: str = ""

    @property
    def approval_rate(self) -> float | None:
        decided = self.approved + self.rejected
        return self.approved / decided if decided else None

    @property
    def agreement(self) -> float | None:
        return self.agreed / self.compared if self.compared else None

    @property
    def gold_accuracy(self) -> float | None:
        return self.gold_right / self.gold_total if self.gold_total else None

    def lines(self) -> list[str]:
        """The record in a few short lines of plain text."""
        out = []
        rate = self.approval_rate
        queued = self.queued_approvals + self.queued_rejections
        if rate is not None:
            decided = translate("WorkersService", "Approved by you {rate} ({approved} of "
                                "{decided})").format(rate=percent(rate), approved=self.approved,
                                                     decided=self.approved + self.rejected)
        else:
            decided = translate("WorkersService", "No decisions sent yet")
        if queued:
            decided += translate("WorkersService", ", {count} queued").format(count=queued)
        out.append(decided)
        if self.compared:
            out.append(translate("WorkersService", "Agrees with consensus {rate} ({agreed} of "
                                 "{compared})").format(rate=percent(self.agreement),
                                                       agreed=self.agreed,
                                                       compared=self.compared))
        else:
            out.append(translate("WorkersService", "Agreement: nothing to compare yet"))
        if self.gold_total:
            out.append(translate("WorkersService", "Gold items right {rate} ({right} of "
                                 "{total})").format(rate=percent(self.gold_accuracy),
                                                    right=self.gold_right,
                                                    total=self.gold_total))
        if self.blocked and self.block_reason:
            out.append(translate("WorkersService", "Blocked: {reason}").format(
                reason=self.block_reason))
        elif self.blocked:
            out.append(translate("WorkersService", "Blocked"))
        if self.soft_blocked:
            out.append(translate("WorkersService", "Soft-blocked (left out of HITs that exclude "
                                 "the soft-block qualification)"))
        return out


def percent(value: float | None) -> str:
    return percent_text(value)


def track_records(wb: Workbench, account: AccountInfo, worker_ids: Sequence[str] | None = None
                  ) -> dict[str, TrackRecord]:
    """Track records of some workers (all of the account's when None)."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def narrowed(query: Any) -> Any:
        query = query.where(Assignment.account_id == account.id)
        return query.where(Assignment.worker_id.in_(list(worker_ids))) \
            if worker_ids is not None else query

    with wb.store.read() as session:
        for worker, status, number in session.execute(narrowed(
                select(Assignment.worker_id, Assignment.status, func.count())
                .group_by(Assignment.worker_id, Assignment.status))):
            counts[worker]["assignments"] += int(number)
            counts[worker][status] += int(number)
        for worker, kind, _status, number in session.execute(narrowed(
                select(Assignment.worker_id, OutboxAction.kind, Assignment.status, func.count())
                .join(OutboxAction, and_(OutboxAction.account_id == Assignment.account_id,
                                         OutboxAction.target == Assignment.assignment_id))
                .where(OutboxAction.decision_key.is_not(None),
                       OutboxAction.kind.in_(DECISIONS))
                .group_by(Assignment.worker_id, OutboxAction.kind, Assignment.status))):
            slot = "queued_approvals" if kind == ActionKind.APPROVE.value else \
                "queued_rejections"
            counts[worker][slot] += int(number)
        for worker, compared, agreed in session.execute(narrowed(
                select(Assignment.worker_id, func.count(),
                       func.sum(case((func.trim(AnswerField.value) == ConsensusAnswer.value, 1),
                                     else_=0)))
                .join(AnswerField, AnswerField.assignment_pk == Assignment.id)
                .join(ConsensusAnswer, and_(ConsensusAnswer.hit_pk == Assignment.hit_pk,
                                            ConsensusAnswer.name == AnswerField.name))
                .where(ConsensusAnswer.method == MAJORITY, ConsensusAnswer.votes >= 2,
                       ConsensusAnswer.tied.is_(False))
                .group_by(Assignment.worker_id))):
            counts[worker]["compared"] = int(compared)
            counts[worker]["agreed"] = int(agreed or 0)
        for worker, answer, expected in session.execute(narrowed(
                select(Assignment.worker_id, AnswerField.value, ConsensusAnswer.value)
                .join(AnswerField, AnswerField.assignment_pk == Assignment.id)
                .join(ConsensusAnswer, and_(ConsensusAnswer.hit_pk == Assignment.hit_pk,
                                            ConsensusAnswer.name == AnswerField.name))
                .where(ConsensusAnswer.method == GOLD, AnswerField.value != ""))):
            counts[worker]["gold_total"] += 1
            counts[worker]["gold_right"] += int(same_answer(answer, expected))
        block_query = select(Block.worker_id, Block.reason).where(Block.account_id == account.id)
        if worker_ids is not None:
            block_query = block_query.where(Block.worker_id.in_(list(worker_ids)))
        blocked = {worker: reason or "" for worker, reason in session.execute(block_query)}
        soft = _soft_blocked(session, account, worker_ids)
    wanted = list(worker_ids) if worker_ids is not None else list(counts)
    return {worker: TrackRecord(
        worker, assignments=counts[worker]["assignments"], approved=counts[worker][APPROVED],
        rejected=counts[worker][REJECTED],
        queued_approvals=counts[worker]["queued_approvals"],
        queued_rejections=counts[worker]["queued_rejections"],
        agreed=counts[worker]["agreed"], compared=counts[worker]["compared"],
        gold_right=counts[worker]["gold_right"], gold_total=counts[worker]["gold_total"],
        blocked=worker in blocked, soft_blocked=worker in soft,
        block_reason=blocked.get(worker, "")) for worker in wanted}


# -- soft blocks -------------------------------------------------------------------------------

SOFT_BLOCK_NAME = "Left out of my HITs (soft block)"
SOFT_BLOCK_DESCRIPTION = (
    "Workers holding this qualification are left out of HITs that require it not to exist. "
    "Unlike a block, it does not count against the worker's standing.")


def soft_block_type(wb: Workbench, account: AccountInfo) -> str | None:
    """The account's soft-block qualification type, if it has one."""
    with wb.store.read() as session:
        return session.scalar(select(QualificationType.qualification_type_id).where(
            QualificationType.account_id == account.id,
            QualificationType.name == SOFT_BLOCK_NAME, QualificationType.status == "Active")
            .limit(1))


def soft_block_requirement(type_id: str) -> str:
    """The requirement (publish --require) that keeps soft-blocked workers out of a batch."""
    return f"{type_id} doesnotexist"


def soft_block(wb: Workbench, account: AccountInfo, worker_id: str,
               market: Marketplace | None = None) -> outbox.ActionInfo:
    """Queue granting the soft-block qualification (its type is made on first use)."""
    from workbench.services.qualifications import TypeSpec, create_type

    type_id = soft_block_type(wb, account)
    if type_id is None:
        type_id = create_type(wb, account, TypeSpec(SOFT_BLOCK_NAME, SOFT_BLOCK_DESCRIPTION,
                                                     keywords="soft block, workbench"),
                              market).type_id
    return outbox.queue_grant_qualification(wb, account, type_id, worker_id, 1,
                                            name=SOFT_BLOCK_NAME)


def lift_soft_block(wb: Workbench, account: AccountInfo, worker_id: str, reason: str = ""
                    ) -> outbox.ActionInfo:
    """Queue revoking the soft-block qualification."""
    type_id = soft_block_type(wb, account)
    if type_id is None:
        raise outbox.OutboxError(translate("WorkersService",
                                           "this account has no soft-block qualification"))
    return outbox.queue_revoke_qualification(wb, account, type_id, worker_id, reason,
                                             name=SOFT_BLOCK_NAME)


BLOCK_CHOICES = ("block", "unblock", "soft_block", "lift_soft_block")


def queue_block_choice(wb: Workbench, account: AccountInfo, worker_id: str, choice: str,
                       reason: str = "") -> tuple[outbox.ActionInfo, str]:
    """Queue a block, an unblock, a soft block or its lifting; returns it and what it means."""
    if choice == "block":
        return outbox.queue_block(wb, account, worker_id, reason=reason), translate(
            "WorkersService", "Block of {worker} queued.").format(worker=worker_id)
    if choice == "unblock":
        return outbox.queue_unblock(wb, account, worker_id, reason=reason), translate(
            "WorkersService", "Unblock of {worker} queued.").format(worker=worker_id)
    if choice == "soft_block":
        action = soft_block(wb, account, worker_id)
        requirement = soft_block_requirement(str(action.payload["qualification_type_id"]))
        return action, translate(
            "WorkersService", "Soft block of {worker} queued. Batches that require "
            "“{requirement}” leave soft-blocked workers out.").format(worker=worker_id,
                                                                      requirement=requirement)
    if choice == "lift_soft_block":
        return lift_soft_block(wb, account, worker_id, reason), translate(
            "WorkersService", "Soft block of {worker} lifted (queued).").format(worker=worker_id)
    raise ValueError(f"unknown block choice {choice!r}")


def _soft_blocked(session: Session, account: AccountInfo, worker_ids: Sequence[str] | None
                  ) -> set[str]:
    """Workers holding the soft block, or with a grant of it queued (and not a revoke)."""
    type_ids = list(session.scalars(select(QualificationType.qualification_type_id).where(
        QualificationType.account_id == account.id, QualificationType.name == SOFT_BLOCK_NAME)))
    if not type_ids:
        return set()
    query = select(QualificationScore.worker_id).where(
        QualificationScore.account_id == account.id, QualificationScore.status == "Granted",
        QualificationScore.qualification_type_id.in_(type_ids))
    if worker_ids is not None:
        query = query.where(QualificationScore.worker_id.in_(list(worker_ids)))
    held = set(session.scalars(query))
    for action in session.scalars(select(OutboxAction).where(
            OutboxAction.account_id == account.id,
            OutboxAction.kind.in_((ActionKind.GRANT_QUALIFICATION.value,
                                   ActionKind.REVOKE_QUALIFICATION.value)),
            OutboxAction.state.in_((ActionState.PENDING.value, ActionState.SENDING.value)))
            .order_by(OutboxAction.id)):
        if (action.payload or {}).get("qualification_type_id") not in type_ids:
            continue
        if action.kind == ActionKind.GRANT_QUALIFICATION.value:
            held.add(action.target)
        else:
            held.discard(action.target)
    return held if worker_ids is None else held & set(worker_ids)


# -- the Workers table -------------------------------------------------------------------------

def _of_worker(*conditions: Any) -> Any:
    return and_(Assignment.account_id == Worker.account_id,
                Assignment.worker_id == Worker.worker_id, *conditions)


def _count(*conditions: Any) -> Any:
    return (select(func.count()).select_from(Assignment).where(_of_worker(*conditions))
            .correlate(Worker).scalar_subquery())


_APPROVED = _count(Assignment.status == APPROVED)
_REJECTED = _count(Assignment.status == REJECTED)
_APPROVAL_RATE = case((_APPROVED + _REJECTED == 0, null()),
                      else_=cast(_APPROVED, Float) / (_APPROVED + _REJECTED))
_AVERAGE_TIME = (select(cast(func.avg(Assignment.work_time_s), Integer))
                 .where(_of_worker()).correlate(Worker).scalar_subquery())
_BONUSES = (select(func.coalesce(func.sum(Bonus.amount_cents), 0))
            .where(Bonus.account_id == Worker.account_id, Bonus.worker_id == Worker.worker_id)
            .correlate(Worker).scalar_subquery())
_EARNED = (select(func.coalesce(func.sum(HIT.reward_cents), 0))
           .select_from(Assignment).join(HIT, HIT.id == Assignment.hit_pk)
           .where(_of_worker(Assignment.status != REJECTED, Assignment.work_time_s > 0))
           .correlate(Worker).scalar_subquery())
_WORKED_S = (select(func.sum(Assignment.work_time_s))
             .where(_of_worker(Assignment.status != REJECTED, Assignment.work_time_s > 0))
             .correlate(Worker).scalar_subquery())
# Reward (and bonuses) per hour of the work it paid for; rejected work earns nothing.
_HOURLY = case((func.coalesce(_WORKED_S, 0) == 0, null()),
               else_=cast((_EARNED + _BONUSES) * 3600, Float) / _WORKED_S)


def _answers_against(method: str, matching: bool) -> Any:
    condition = [ConsensusAnswer.method == method]
    if method == MAJORITY:
        condition += [ConsensusAnswer.votes >= 2, ConsensusAnswer.tied.is_(False)]
    if matching:
        condition.append(func.lower(func.trim(AnswerField.value))
                         == func.lower(func.trim(ConsensusAnswer.value)))
    return (select(func.count()).select_from(AnswerField)
            .join(Assignment, Assignment.id == AnswerField.assignment_pk)
            .join(ConsensusAnswer, and_(ConsensusAnswer.hit_pk == Assignment.hit_pk,
                                        ConsensusAnswer.name == AnswerField.name))
            .where(_of_worker(*condition), AnswerField.value != "")
            .correlate(Worker).scalar_subquery())


def _share(part: Any, whole: Any) -> Any:
    return case((whole == 0, null()), else_=cast(part, Float) / whole)


_AGREEMENT = _share(_answers_against(MAJORITY, True), _answers_against(MAJORITY, False))
_GOLD = _share(_answers_against(GOLD, True), _answers_against(GOLD, False))
_BLOCKED = exists().where(Block.account_id == Worker.account_id,
                          Block.worker_id == Worker.worker_id)
_queued_block_kind = (select(OutboxAction.kind)
                 .where(OutboxAction.account_id == Worker.account_id,
                        OutboxAction.target == Worker.worker_id,
                        # Spelled out: the tables' id query cannot expand an IN list.
                        or_(OutboxAction.kind == ActionKind.BLOCK.value,
                            OutboxAction.kind == ActionKind.UNBLOCK.value),
                        or_(OutboxAction.state == ActionState.PENDING.value,
                            OutboxAction.state == ActionState.SENDING.value))
                 .order_by(OutboxAction.id.desc()).limit(1)
                 .correlate(Worker).scalar_subquery())
_SOFT_BLOCKED = exists().where(
    QualificationScore.account_id == Worker.account_id,
    QualificationScore.worker_id == Worker.worker_id, QualificationScore.status == "Granted",
    QualificationScore.qualification_type_id == QualificationType.qualification_type_id,
    QualificationType.account_id == Worker.account_id,
    QualificationType.name == SOFT_BLOCK_NAME)
_BLOCK_STATUS = case(
    (_queued_block_kind == literal(ActionKind.BLOCK.value), literal("block queued")),
    (_queued_block_kind == literal(ActionKind.UNBLOCK.value), literal("unblock queued")),
    (_BLOCKED, literal("blocked")), (_SOFT_BLOCKED, literal("soft-blocked")),
    else_=literal(""))

# What the worker earned (approved rewards and bonuses) and, for an own workforce, what payout
# runs paid them and what is still owed (services.payouts keeps that ledger).
_EARNED_TOTAL, _PAID_OUT, _OWED = earned_expression(Worker.account_id, Worker.worker_id,
                                                     Worker)
_OWN_WORKFORCE = exists().where(Account.id == Worker.account_id,
                                or_(*(Account.kind == kind for kind in OWN_WORKFORCE_KINDS)))
_PAID_OUT = case((_OWN_WORKFORCE, _PAID_OUT), else_=null())
_OWED = case((_OWN_WORKFORCE, _OWED), else_=null())

PERCENT_COLUMNS = frozenset({"approval_rate", "agreement", "gold"})
MEDIAN_COLUMN = "median_time"
WAGE_COLUMN = "hourly"


class WorkerSource(TableSource):
    """Every worker of an account with their record: counts, rates, time, pay and blocks."""

    name = "workers"
    id_column = Worker.__table__.c.id
    default_sort = "assignments"
    columns = (
        Column("worker", "Worker", Worker.worker_id, "id", 130),
        Column("assignments", "Assignments", _count(), "int", 92),
        Column("to_review", "To review", _count(Assignment.status == SUBMITTED), "int", 68,
               tooltip="Submitted and waiting for your decision"),
        Column("approved", "Approved", _APPROVED, "int", 66),
        Column("rejected", "Rejected", _REJECTED, "int", 62),
        Column("approval_rate", "Approval", _APPROVAL_RATE, "percent", 66,
               tooltip="Share of your sent decisions that were approvals"),
        Column("agreement", "Agreement", _AGREEMENT, "percent", 76,
               tooltip="Share of their choices that match the majority of their HITs"),
        Column("gold", "Gold", _GOLD, "percent", 46,
               tooltip="Share of gold items answered as expected (batches with a gold column)"),
        Column("average_time", "Avg time", _AVERAGE_TIME, "duration", 62,
               tooltip="Average work time per assignment"),
        Column(MEDIAN_COLUMN, "Median", cast(null(), Integer), "duration", 58,
               sortable=False, tooltip="Median work time per assignment (not sortable)"),
        Column(WAGE_COLUMN, "Hourly wage", _HOURLY, "money", 84,
               tooltip="Reward and bonuses per hour of work (rejected work earns nothing)"),
        Column("bonuses", "Bonuses", _BONUSES, "money", 64,
               tooltip="Bonuses paid (sent)"),
        Column("earned", "Earned", _EARNED_TOTAL, "money", 72,
               tooltip="Approved rewards and bonuses"),
        Column("paid_out", "Paid", _PAID_OUT, "money", 64,
               tooltip="Paid by payout runs marked paid (your own workers)"),
        Column("owed", "Owed", _OWED, "money", 64,
               tooltip="Earned and not yet paid (your own workers): Pay workers… pays it"),
        Column("blocked", "Block", _BLOCK_STATUS, "status", 84),
        Column("last_seen", "Last seen", Worker.last_seen, "time", 120),
    )

    def base(self, columns: Sequence[Any], *, joined: bool = True) -> Select[Any]:
        return select(*columns).select_from(Worker)

    def filter(self, query: Select[Any], filters: dict[str, Any]) -> Select[Any]:
        query = query.where(Worker.account_id == filters.get("account_id", -1))
        if filters.get("search"):
            query = query.where(self.like((Worker.worker_id,), filters["search"]))
        if filters.get("blocked"):
            query = query.where(_BLOCKED)
        if filters.get("batch_id"):
            query = query.where(Worker.worker_id.in_(
                select(Assignment.worker_id).join(HIT, HIT.id == Assignment.hit_pk)
                .where(HIT.batch_id == filters["batch_id"])))
        return query

    def page(self, request: TableRequest, offset: int, limit: int, *,
             total: int | None = None) -> list[Row]:
        return self._with_medians(super().page(request, offset, limit, total=total))

    def rows(self, ids: Sequence[int]) -> dict[int, Row]:
        found = super().rows(ids)
        return {row[0]: row for row in self._with_medians(list(found.values()))}

    def _with_medians(self, rows: list[Row]) -> list[Row]:
        """Rows with the median work time filled in (SQLite has no median)."""
        if not rows:
            return rows
        worker_at = [c.key for c in self.columns].index("worker") + 1
        median_at = [c.key for c in self.columns].index(MEDIAN_COLUMN) + 1
        workers = {row[worker_at] for row in rows}
        times: dict[str, list[int]] = defaultdict(list)
        with self.wb.store.read() as session:
            account_ids = set(session.scalars(select(Worker.account_id).where(
                Worker.id.in_([row[0] for row in rows]))))
            for worker, seconds in session.execute(
                    select(Assignment.worker_id, Assignment.work_time_s)
                    .where(Assignment.account_id.in_(account_ids),
                           Assignment.worker_id.in_(workers),
                           Assignment.work_time_s.is_not(None))):
                times[worker].append(int(seconds or 0))
        out = []
        for row in rows:
            values = times.get(row[worker_at])
            median = int(statistics.median(values)) if values else None
            out.append((*row[:median_at], median, *row[median_at + 1:]))
        return out


# -- messages ----------------------------------------------------------------------------------

@dataclass
class MessageOutcome:
    """What became of a message to workers: sent, waiting, or refused, per worker."""

    subject: str = ""
    workers: int = 0
    sent: int = 0
    waiting: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.waiting == 0

    def summary(self) -> str:
        parts = [translate("WorkersService", "“{subject}” to {workers} worker(s): {sent} "
                           "delivered").format(subject=self.subject, workers=self.workers,
                                               sent=self.sent)]
        if self.waiting:
            parts.append(translate("WorkersService", "{count} waiting to be sent (Sync sends "
                                   "them)").format(count=self.waiting))
        if self.failures:
            parts.append(translate("WorkersService", "{count} not delivered"
                                   ).format(count=len(self.failures)))
        return ", ".join(parts) + "."


def message_outcome(wb: Workbench, action_ids: Sequence[int]) -> MessageOutcome:
    """Per worker, what happened to the message queued as these (chunked) outbox actions."""
    outcome = MessageOutcome()
    with wb.store.read() as session:
        for action in session.scalars(select(OutboxAction).where(
                OutboxAction.id.in_(list(action_ids))).order_by(OutboxAction.id)):
            payload = action.payload or {}
            workers = [str(w) for w in payload.get("worker_ids", [])]
            outcome.subject = str(payload.get("subject", ""))
            outcome.workers += len(workers)
            if action.state == ActionState.SENT.value:
                refused = {str(f.get("WorkerId")): str(f.get("NotifyWorkersFailureMessage")
                                                       or f.get("NotifyWorkersFailureCode"))
                           for f in (action.result or {}).get("NotifyWorkersFailureStatuses",
                                                               []) if isinstance(f, dict)}
                outcome.failures += [(w, refused[w]) for w in workers if w in refused]
                outcome.sent += len([w for w in workers if w not in refused])
            elif action.state in (ActionState.FAILED.value, ActionState.CANCELLED.value):
                reason = action.last_error or action.state
                outcome.failures += [(w, reason) for w in workers]
            else:
                outcome.waiting += len(workers)
    return outcome
