"""Results as MTurk exports them: one record per assignment, with its HIT, inputs and answers.

Shared by every export format. Records stream from the store in chunks, so an export of a
million assignments holds only a chunk in memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, select, true
from sqlalchemy.orm import Session, undefer

from workbench.domain.money import format_dollars
from workbench.formats.answers import TASK_ANSWERS, MalformedAnswers, parse_answers
from workbench.formats.batch_csv import approval_rate_text
from workbench.store.schema import HIT, AnswerField, Assignment, Batch, BatchRow

CHUNK = 1000
RATE_COLUMNS = ("LifetimeApprovalRate", "Last30DaysApprovalRate", "Last7DaysApprovalRate")


@dataclass(frozen=True)
class ResultFilter:
    """Which assignments an export holds."""

    account_id: int
    batch_ids: Sequence[int] = ()
    statuses: Sequence[str] = ()
    submitted_from: datetime | None = None
    submitted_to: datetime | None = None

    def apply(self, query: Any) -> Any:
        """The query narrowed to these assignments (it must join Assignment and HIT)."""
        query = query.where(Assignment.account_id == self.account_id)
        if self.batch_ids:
            query = query.where(HIT.batch_id.in_(list(self.batch_ids)))
        if self.statuses:
            query = query.where(Assignment.status.in_(list(self.statuses)))
        if self.submitted_from is not None:
            query = query.where(Assignment.submit_time >= self.submitted_from)
        if self.submitted_to is not None:
            query = query.where(Assignment.submit_time < self.submitted_to)
        return query


@dataclass
class ResultColumns:
    """The Input.* and Answer.* columns an export needs, in MTurk's order."""

    inputs: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)


def result_columns(session: Session, filter_: ResultFilter) -> ResultColumns:
    base = select(Assignment.id).join(HIT, HIT.id == Assignment.hit_pk)
    base = filter_.apply(base)
    batch_ids = session.scalars(
        filter_.apply(select(HIT.batch_id).join(Assignment, Assignment.hit_pk == HIT.id))
        .where(HIT.batch_id.is_not(None)).distinct())
    inputs: list[str] = []
    for batch_id in sorted(b for b in batch_ids if b is not None):
        batch = session.get(Batch, batch_id)
        for column in (batch.input_columns if batch else []):
            if column not in inputs:
                inputs.append(str(column))
    names = set(session.scalars(
        select(AnswerField.name).distinct().where(
            AnswerField.assignment_pk.in_(
                base.where(Assignment.answer_format.in_(("form", "csv"))).scalar_subquery()))))
    has_crowd = session.scalar(
        base.where(Assignment.answer_format == "crowd").limit(1)) is not None
    if has_crowd:
        names.add(TASK_ANSWERS)
    return ResultColumns(inputs, sorted(names))


def worker_rates(session: Session, account_id: int, now: datetime) -> dict[str, tuple[str, ...]]:
    """Each worker's approval rates as MTurk's CSV writes them: lifetime, 30 days, 7 days."""
    decided_at = func.coalesce(Assignment.approval_time, Assignment.rejection_time)
    columns = []
    for since in (None, now - timedelta(days=30), now - timedelta(days=7)):
        window = true() if since is None else decided_at >= since
        approved = case((and_(Assignment.status == "Approved", window), 1), else_=0)
        decided = case((and_(Assignment.status.in_(("Approved", "Rejected")), window), 1),
                       else_=0)
        columns += [func.sum(approved), func.sum(decided)]
    rows = session.execute(
        select(Assignment.worker_id, *columns).where(Assignment.account_id == account_id)
        .group_by(Assignment.worker_id))
    return {
        r[0]: tuple(approval_rate_text(int(r[i] or 0), int(r[i + 1] or 0)) for i in (1, 3, 5))
        for r in rows
    }


def _task_answers_json(answer_xml: str | None) -> str:
    try:
        for answer in parse_answers(answer_xml or ""):
            if answer.question_id == TASK_ANSWERS:
                return answer.free_text or ""
    except MalformedAnswers:
        pass
    return ""


def iter_result_records(session: Session, filter_: ResultFilter, columns: ResultColumns,
                        now: datetime) -> Iterator[dict[str, Any]]:
    """One dictionary per assignment, keyed by MTurk's batch-results column names."""
    rates = worker_rates(session, filter_.account_id, now)
    last_id = 0
    while True:
        query = filter_.apply(
            select(Assignment, HIT, BatchRow)
            .join(HIT, HIT.id == Assignment.hit_pk)
            .outerjoin(BatchRow, BatchRow.id == HIT.batch_row_id)
            .options(undefer(Assignment.answer_xml))
            .where(Assignment.id > last_id)
            .order_by(Assignment.id)
            .limit(CHUNK))
        chunk = session.execute(query).all()
        if not chunk:
            return
        last_id = chunk[-1][0].id
        answers: dict[int, dict[str, str]] = {}
        for pk, name, value in session.execute(
                select(AnswerField.assignment_pk, AnswerField.name, AnswerField.value)
                .where(AnswerField.assignment_pk.in_([row[0].id for row in chunk]))):
            answers.setdefault(pk, {})[name] = value
        for assignment, hit, batch_row in chunk:
            yield _record(assignment, hit, batch_row, answers.get(assignment.id, {}),
                          columns, rates)


def _record(assignment: Assignment, hit: HIT, batch_row: BatchRow | None,
            answers: dict[str, str], columns: ResultColumns,
            rates: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    extra = assignment.extra or {}
    lifetime = hit.expiration - hit.creation_time if hit.expiration else None
    record: dict[str, Any] = {
        "HITId": hit.hit_id,
        "HITTypeId": hit.hit_type_id,
        "Title": hit.title,
        "Description": hit.description,
        "Keywords": hit.keywords,
        "Reward": format_dollars(hit.reward_cents),
        "CreationTime": hit.creation_time,
        "MaxAssignments": hit.max_assignments,
        "RequesterAnnotation": hit.requester_annotation or "",
        "AssignmentDurationInSeconds": hit.assignment_duration_s,
        "AutoApprovalDelayInSeconds": hit.auto_approval_delay_s,
        "Expiration": hit.expiration,
        "NumberOfSimilarHITs": extra.get("NumberOfSimilarHITs", ""),
        "LifetimeInSeconds": extra.get(
            "LifetimeInSeconds", int(lifetime.total_seconds()) if lifetime else ""),
        "AssignmentId": assignment.assignment_id,
        "WorkerId": assignment.worker_id,
        "AssignmentStatus": assignment.status,
        "AcceptTime": assignment.accept_time,
        "SubmitTime": assignment.submit_time,
        "AutoApprovalTime": assignment.auto_approval_time,
        "ApprovalTime": assignment.approval_time,
        "RejectionTime": assignment.rejection_time,
        "RequesterFeedback": assignment.requester_feedback or "",
        "WorkTimeInSeconds": assignment.work_time_s if assignment.work_time_s is not None else "",
    }
    worker_rates_text = rates.get(assignment.worker_id, ("0% (0/0)",) * 3)
    for column, computed in zip(RATE_COLUMNS, worker_rates_text, strict=True):
        # An imported MTurk file knew the worker's record across all of MTurk: keep it.
        record[column] = extra.get(column, computed)
    values = batch_row.values if batch_row is not None else extra.get("inputs", {})
    for column in columns.inputs:
        record[f"Input.{column}"] = values.get(column, "")
    if assignment.answer_format == "crowd":
        record[f"Answer.{TASK_ANSWERS}"] = _task_answers_json(assignment.answer_xml)
    elif assignment.answer_format in ("form", "csv"):
        for name in columns.answers:
            if name in answers:
                record[f"Answer.{name}"] = answers[name]
    return record
