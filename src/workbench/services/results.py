"""Results as MTurk exports them: one record per assignment, with its HIT, inputs and answers.

Shared by every export format. Records stream from the store HIT by HIT in chunks, so an
export of a million assignments holds only a chunk in memory, and a HIT's assignments
arrive together (as in MTurk's own files, and as a consensus per HIT needs).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select, true, tuple_
from sqlalchemy.orm import Session

from workbench.domain.money import format_dollars
from workbench.formats.answers import TASK_ANSWERS, MalformedAnswers, parse_answers
from workbench.formats.batch_csv import approval_rate_text
from workbench.store.schema import HIT, AnswerField, Assignment, Batch, BatchRow

CHUNK = 1000
HIT_CHUNK = 400
RATE_COLUMNS = ("LifetimeApprovalRate", "Last30DaysApprovalRate", "Last7DaysApprovalRate")
BOOLEAN_VALUES = ("true", "false", "")


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
        query = self.apply_to_hits(query).where(Assignment.account_id == self.account_id)
        if self.statuses:
            query = query.where(Assignment.status.in_(list(self.statuses)))
        if self.submitted_from is not None:
            query = query.where(Assignment.submit_time >= self.submitted_from)
        if self.submitted_to is not None:
            query = query.where(Assignment.submit_time < self.submitted_to)
        return query

    def apply_to_hits(self, query: Any) -> Any:
        """The query narrowed to the HITs these assignments can belong to."""
        query = query.where(HIT.account_id == self.account_id)
        if self.batch_ids:
            query = query.where(HIT.batch_id.in_(list(self.batch_ids)))
        return query


@dataclass
class ResultColumns:
    """The Input.* and Answer.* columns an export needs, in MTurk's order.

    ``answers`` are the CSV's columns (crowd-form answers as one ``taskAnswers`` JSON
    column); ``fields`` are every answer field flattened, as a spreadsheet wants them, and
    ``boolean_fields`` those of them that only ever hold true or false (checkboxes, radios).
    """

    inputs: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    boolean_fields: frozenset[str] = frozenset()


@dataclass(slots=True)
class ResultRecord:
    """One assignment with its HIT, inputs and flattened answers (plain values, no ORM)."""

    assignment_pk: int
    assignment_id: str
    worker_id: str
    status: str
    accept_time: datetime | None
    submit_time: datetime | None
    auto_approval_time: datetime | None
    approval_time: datetime | None
    rejection_time: datetime | None
    requester_feedback: str | None
    work_time_s: int | None
    answer_format: str
    answer_xml: str | None
    extra: dict[str, Any]
    hit_pk: int
    hit_id: str
    hit_type_id: str
    title: str
    description: str
    keywords: str
    reward_cents: int
    creation_time: datetime
    max_assignments: int
    requester_annotation: str | None
    assignment_duration_s: int
    auto_approval_delay_s: int
    expiration: datetime | None
    qualification_requirements: list[Any]
    inputs: dict[str, Any]
    answers: dict[str, str] = field(default_factory=dict)

    @property
    def lifetime_s(self) -> int | str:
        """LifetimeInSeconds as MTurk's file had it, else from the HIT's own times."""
        if "LifetimeInSeconds" in self.extra:
            return self.extra["LifetimeInSeconds"]
        if self.expiration is None:
            return ""
        return int((self.expiration - self.creation_time).total_seconds())


def _has_answer_xml() -> Any:
    return and_(Assignment.answer_xml.is_not(None), Assignment.answer_xml != "")


def _answer_ids(xml: str | None) -> list[str]:
    try:
        return [a.question_id for a in parse_answers(xml or "")]
    except MalformedAnswers:
        return []


def result_columns(session: Session, filter_: ResultFilter) -> ResultColumns:
    """The columns of an export of these assignments."""
    base = filter_.apply(select(Assignment.id).join(HIT, HIT.id == Assignment.hit_pk))
    batch_ids = session.scalars(
        filter_.apply(select(HIT.batch_id).join(Assignment, Assignment.hit_pk == HIT.id))
        .where(HIT.batch_id.is_not(None)).distinct())
    inputs: list[str] = []
    for batch_id in sorted(b for b in batch_ids if b is not None):
        batch = session.get(Batch, batch_id)
        for column in (batch.input_columns if batch else []):
            if column not in inputs:
                inputs.append(str(column))
    fields: list[str] = []
    boolean: set[str] = set()
    for name, non_boolean in session.execute(
            select(AnswerField.name,
                   func.max(case((AnswerField.value.in_(BOOLEAN_VALUES), 0), else_=1)))
            .where(AnswerField.assignment_pk.in_(base.scalar_subquery()))
            .group_by(AnswerField.name)):
        fields.append(name)
        if not non_boolean:
            boolean.add(name)
    # Columns as the CSV writes them: crowd answers as taskAnswers JSON, imported files'
    # columns as they came (read from the answer document kept for them).
    plain = set(session.scalars(
        select(AnswerField.name).distinct().where(AnswerField.assignment_pk.in_(
            base.where(or_(Assignment.answer_format == "form",
                           and_(Assignment.answer_format == "csv", ~_has_answer_xml())))
            .scalar_subquery()))))
    if session.scalar(base.where(Assignment.answer_format == "crowd").limit(1)) is not None:
        plain.add(TASK_ANSWERS)
    # An imported file gives every row the same Answer.* columns: one row per batch tells them.
    samples = session.execute(
        filter_.apply(select(func.min(Assignment.id), func.max(Assignment.id))
                      .join(HIT, HIT.id == Assignment.hit_pk))
        .where(Assignment.answer_format == "csv", _has_answer_xml())
        .group_by(HIT.batch_id)).all()
    sample_ids = {pk for pair in samples for pk in pair if pk is not None}
    if sample_ids:
        for xml in session.scalars(select(Assignment.answer_xml)
                                   .where(Assignment.id.in_(sample_ids))):
            plain.update(_answer_ids(xml))
    return ResultColumns(inputs, sorted(plain), sorted(fields), frozenset(boolean))


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


_RECORD_COLUMNS = (
    Assignment.id, Assignment.assignment_id, Assignment.worker_id, Assignment.status,
    Assignment.accept_time, Assignment.submit_time, Assignment.auto_approval_time,
    Assignment.approval_time, Assignment.rejection_time, Assignment.requester_feedback,
    Assignment.work_time_s, Assignment.answer_format,
)
_HIT_COLUMNS = (
    HIT.id, HIT.hit_id, HIT.hit_type_id, HIT.title, HIT.description, HIT.keywords,
    HIT.reward_cents, HIT.creation_time, HIT.max_assignments, HIT.requester_annotation,
    HIT.assignment_duration_s, HIT.auto_approval_delay_s, HIT.expiration,
    HIT.qualification_requirements,
)


def iter_results(session: Session, filter_: ResultFilter, *, answer_xml: bool = False,
                 chunk: int = CHUNK) -> Iterator[ResultRecord]:
    """Every assignment the filter selects, HIT by HIT, with its answers as flat fields.

    ``answer_xml`` also loads the answer documents (the CSV needs them for crowd answers).
    """
    xml_column = Assignment.answer_xml if answer_xml else Assignment.answer_format
    last_hit = 0
    while True:
        # HITs by primary key: a range scan, never a sort of the whole table per chunk.
        hit_pks = list(session.scalars(
            filter_.apply_to_hits(select(HIT.id)).where(HIT.id > last_hit)
            .order_by(HIT.id).limit(HIT_CHUNK)))
        if not hit_pks:
            return
        last_hit = hit_pks[-1]
        after: tuple[int, int] = (0, 0)
        while True:
            query = filter_.apply(
                select(*_RECORD_COLUMNS, xml_column, Assignment.extra, *_HIT_COLUMNS,
                       BatchRow.values)
                .join(HIT, HIT.id == Assignment.hit_pk)
                .outerjoin(BatchRow, BatchRow.id == HIT.batch_row_id)
                .where(Assignment.hit_pk.in_(hit_pks),
                       tuple_(Assignment.hit_pk, Assignment.id) > tuple_(*after))
                .order_by(Assignment.hit_pk, Assignment.id)
                .limit(chunk))
            rows = session.execute(query).all()
            if not rows:
                break
            after = (rows[-1][14], rows[-1][0])
            answers: dict[int, dict[str, str]] = {}
            for pk, name, value in session.execute(
                    select(AnswerField.assignment_pk, AnswerField.name, AnswerField.value)
                    .where(AnswerField.assignment_pk.in_([row[0] for row in rows]))
                    .order_by(AnswerField.id)):
                answers.setdefault(pk, {})[name] = value
            for row in rows:
                extra = row[13] or {}
                yield ResultRecord(
                    assignment_pk=row[0], assignment_id=row[1], worker_id=row[2],
                    status=row[3], accept_time=row[4], submit_time=row[5],
                    auto_approval_time=row[6], approval_time=row[7], rejection_time=row[8],
                    requester_feedback=row[9], work_time_s=row[10], answer_format=row[11],
                    answer_xml=row[12] if answer_xml else None, extra=extra, hit_pk=row[14], hit_id=row[15], hit_type_id=row[16], title=row[17],
                    description=row[18], keywords=row[19], reward_cents=row[20],
                    creation_time=row[21], max_assignments=row[22],
                    requester_annotation=row[23], assignment_duration_s=row[24],
                    auto_approval_delay_s=row[25], expiration=row[26],
                    qualification_requirements=row[27] or [],
                    inputs=row[28] if row[28] is not None else extra.get("inputs", {}),
                    answers=answers.get(row[0], {}))
            if len(rows) < chunk:
                break


def _document_answers(xml: str | None) -> dict[str, str]:
    try:
        return {a.question_id: a.free_text if a.free_text is not None else "|".join(a.selections)
                for a in parse_answers(xml or "")}
    except MalformedAnswers:
        return {}


def csv_record(result: ResultRecord, columns: ResultColumns,
               rates: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """The record keyed by MTurk's batch-results column names."""
    extra = result.extra
    record: dict[str, Any] = {
        "HITId": result.hit_id,
        "HITTypeId": result.hit_type_id,
        "Title": result.title,
        "Description": result.description,
        "Keywords": result.keywords,
        "Reward": format_dollars(result.reward_cents),
        "CreationTime": result.creation_time,
        "MaxAssignments": result.max_assignments,
        "RequesterAnnotation": result.requester_annotation or "",
        "AssignmentDurationInSeconds": result.assignment_duration_s,
        "AutoApprovalDelayInSeconds": result.auto_approval_delay_s,
        "Expiration": result.expiration,
        "NumberOfSimilarHITs": extra.get("NumberOfSimilarHITs", ""),
        "LifetimeInSeconds": result.lifetime_s,
        "AssignmentId": result.assignment_id,
        "WorkerId": result.worker_id,
        "AssignmentStatus": result.status,
        "AcceptTime": result.accept_time,
        "SubmitTime": result.submit_time,
        "AutoApprovalTime": result.auto_approval_time,
        "ApprovalTime": result.approval_time,
        "RejectionTime": result.rejection_time,
        "RequesterFeedback": result.requester_feedback or "",
        "WorkTimeInSeconds": result.work_time_s if result.work_time_s is not None else "",
    }
    worker_rates_text = rates.get(result.worker_id, ("0% (0/0)",) * 3)
    for column, computed in zip(RATE_COLUMNS, worker_rates_text, strict=True):
        # An imported MTurk file knew the worker's record across all of MTurk: keep it.
        record[column] = extra.get(column, computed)
    for column in columns.inputs:
        record[f"Input.{column}"] = result.inputs.get(column, "")
    if result.answer_format == "crowd":
        record[f"Answer.{TASK_ANSWERS}"] = _document_answers(result.answer_xml).get(
            TASK_ANSWERS, "")
    elif result.answer_format == "csv" and result.answer_xml:
        for name, value in _document_answers(result.answer_xml).items():
            record[f"Answer.{name}"] = value
    elif result.answer_format in ("form", "csv"):
        for name, value in result.answers.items():
            record[f"Answer.{name}"] = value
    return record
