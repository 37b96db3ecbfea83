"""Results as MTurk exports them: one record per assignment, with its HIT, inputs and answers.

Shared by every export format. Records stream from the store HIT by HIT in chunks, so an
export of a million assignments holds only a chunk in memory, and a HIT's assignments
arrive together (as in MTurk's own files, and as a consensus per HIT needs).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, case, func, or_, select, true, tuple_
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from workbench.domain.money import format_dollars
from workbench.domain.qualifications import is_masters
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

    def admits(self, status: str, submitted: datetime | None) -> bool:
        """Whether an assignment of one of the filter's HITs passes the filter's own terms.

        ``iter_results`` asks this of each row instead of putting these terms in its SQL:
        given them, SQLite may scan a whole account by status or time for every chunk
        rather than the chunk's HITs by their index (seconds per chunk at 100,000 rows).
        """
        if self.statuses and status not in self.statuses:
            return False
        if self.submitted_from is None and self.submitted_to is None:
            return True
        if submitted is None:
            return False
        if submitted.tzinfo is None:
            submitted = submitted.replace(tzinfo=UTC)
        if self.submitted_from is not None and submitted < _aware(self.submitted_from):
            return False
        return self.submitted_to is None or submitted < _aware(self.submitted_to)

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
class HitInfo:
    """A HIT as an export shows it, shared by the records of its assignments."""

    pk: int
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
    inputs: dict[str, Any] | None

    @property
    def masters(self) -> bool:
        """Whether the HIT asked for Masters (MTurk charges 5% more for it)."""
        return any(is_masters(str(r.get("QualificationTypeId", "")))
                   for r in self.qualification_requirements if isinstance(r, dict))


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
    extra: dict[str, Any]
    hit: HitInfo
    answers: dict[str, str]
    answer_xml: str | None = None

    @property
    def inputs(self) -> dict[str, Any]:
        inputs = self.hit.inputs
        return inputs if inputs is not None else self.extra.get("inputs", {})

    @property
    def lifetime_s(self) -> int | str:
        """LifetimeInSeconds as MTurk's file had it, else from the HIT's own times."""
        if "LifetimeInSeconds" in self.extra:
            return self.extra["LifetimeInSeconds"]
        hit = self.hit
        if hit.expiration is None:
            return ""
        return int((hit.expiration - hit.creation_time).total_seconds())


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
    # Per answer name, three EXISTS probes through the index on names: this stays fast and
    # small on millions of answers, where a GROUP BY over them all would sort them in memory.
    # Each probe is built once with a bound name, so its compiled form is reused.
    def probe(*conditions: Any) -> Any:
        return filter_.apply(
            select(AnswerField.id)
            .join(Assignment, Assignment.id == AnswerField.assignment_pk)
            .join(HIT, HIT.id == Assignment.hit_pk)
            .where(AnswerField.name == bindparam("name"), *conditions).limit(1))

    present = probe()
    not_boolean = probe(AnswerField.value.not_in(BOOLEAN_VALUES))
    as_column = probe(or_(Assignment.answer_format == "form",
                          and_(Assignment.answer_format == "csv", ~_has_answer_xml())))
    fields: list[str] = []
    boolean: set[str] = set()
    plain: set[str] = set()
    for name in session.scalars(select(AnswerField.name).distinct()).all():
        if session.scalar(present, {"name": name}) is None:
            continue
        fields.append(name)
        if session.scalar(not_boolean, {"name": name}) is None:
            boolean.add(name)
        # Columns as the CSV writes them: crowd answers as taskAnswers JSON, imported files'
        # columns as they came (read from the answer document kept for them).
        if session.scalar(as_column, {"name": name}) is not None:
            plain.add(name)
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


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


_RECORD_COLUMNS = (
    Assignment.id, Assignment.assignment_id, Assignment.worker_id, Assignment.status,
    Assignment.accept_time, Assignment.submit_time, Assignment.auto_approval_time,
    Assignment.approval_time, Assignment.rejection_time, Assignment.requester_feedback,
    Assignment.work_time_s, Assignment.answer_format, Assignment.extra,
)
_HIT_COLUMNS = (
    HIT.id, HIT.hit_id, HIT.hit_type_id, HIT.title, HIT.description, HIT.keywords,
    HIT.reward_cents, HIT.creation_time, HIT.max_assignments, HIT.requester_annotation,
    HIT.assignment_duration_s, HIT.auto_approval_delay_s, HIT.expiration,
    HIT.qualification_requirements, BatchRow.values,
)


def _answers_of(connection: Connection, pks: list[int]) -> dict[int, dict[str, str]]:
    """The answer fields of some assignments, by assignment."""
    query = select(AnswerField.assignment_pk, AnswerField.name, AnswerField.value)
    if pks[-1] - pks[0] + 1 == len(pks):
        # Consecutive ids (the usual case): one range scan instead of a long IN list.
        query = query.where(AnswerField.assignment_pk.between(pks[0], pks[-1]))
    else:
        query = query.where(AnswerField.assignment_pk.in_(pks))
    answers: dict[int, dict[str, str]] = {}
    for pk, name, value in connection.execute(query):
        answers.setdefault(pk, {})[name] = value
    return answers


def iter_results(session: Session, filter_: ResultFilter, *, answer_xml: bool = False,
                 chunk: int = CHUNK) -> Iterator[ResultRecord]:
    """Every assignment the filter selects, HIT by HIT, with its answers as flat fields.

    ``answer_xml`` also loads the answer documents (the CSV needs them for crowd answers).
    Rows are read through the session's connection as plain tuples: this is the hot path
    of every large export, and ORM objects would cost more than the file writing.
    """
    connection = session.connection()
    columns = (*_RECORD_COLUMNS, Assignment.answer_xml) if answer_xml else _RECORD_COLUMNS
    last_hit = 0
    while True:
        # HITs by primary key: a range scan, never a sort of the whole table per chunk.
        hits = {row[0]: HitInfo(*row) for row in connection.execute(
            filter_.apply_to_hits(select(*_HIT_COLUMNS))
            .outerjoin(BatchRow, BatchRow.id == HIT.batch_row_id)
            .where(HIT.id > last_hit).order_by(HIT.id).limit(HIT_CHUNK))}
        if not hits:
            return
        hit_pks = list(hits)
        last_hit = hit_pks[-1]
        after: tuple[int, int] = (0, 0)
        while True:
            # The chunk's HITs are the filter's (account, batches): their assignments are
            # found by the HIT index alone; status and time are checked per row (admits).
            fetched = connection.execute(
                select(*columns, Assignment.hit_pk)
                .where(Assignment.hit_pk.in_(hit_pks),
                       tuple_(Assignment.hit_pk, Assignment.id) > tuple_(*after))
                .order_by(Assignment.hit_pk, Assignment.id)
                .limit(chunk)).all()
            if not fetched:
                break
            after = (fetched[-1][-1], fetched[-1][0])
            rows = [row for row in fetched if filter_.admits(row[3], row[5])]
            answers = _answers_of(connection, sorted(row[0] for row in rows)) if rows else {}
            for row in rows:
                yield ResultRecord(
                    row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                    row[9], row[10], row[11], row[12] or {}, hits[row[-1]],
                    answers.get(row[0], {}), row[13] if answer_xml else None)
            if len(fetched) < chunk:
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
    extra, hit = result.extra, result.hit
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
    inputs = result.inputs
    for column in columns.inputs:
        record[f"Input.{column}"] = inputs.get(column, "")
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
