"""Writing what a marketplace says (boto3-shaped dictionaries) into the store's mirror tables."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import (
    Column,
    Connection,
    Dialect,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session, undefer

from workbench.domain.clock import as_utc
from workbench.domain.money import parse_usd
from workbench.domain.statuses import AssignmentStatus, HITStatus
from workbench.formats.answers import (
    TASK_ANSWERS,
    MalformedAnswers,
    flatten_answers,
    parse_answers,
)
from workbench.sql.types import UTCDateTime
from workbench.store.schema import HIT, AnswerField, Assignment, BatchRow, Worker

SUMMARY_LIMIT = 240
STATUS_SLOTS = {AssignmentStatus.SUBMITTED.value: 0, AssignmentStatus.APPROVED.value: 1,
                AssignmentStatus.REJECTED.value: 2}
UNREADABLE = "(unreadable answer)"


def _time(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, UTC)
    return as_utc(value)


def summarise(fields: Mapping[str, str], limit: int = SUMMARY_LIMIT) -> str:
    """A one-line "field: value; field: value" summary for tables."""
    parts: list[str] = []
    size = -2
    for k, v in fields.items():
        part = f"{k}: {' '.join(str(v).split())}"
        parts.append(part)
        size += len(part) + 2
        if size > limit:
            break  # cut below anyway: the fields after this one cannot show
    text = "; ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_answer_fields(answer_xml: str | None) -> tuple[dict[str, str], str, str]:
    """(flattened fields, summary, format) of an answer document; never raises.

    ``format`` is "crowd" for a crowd-form taskAnswers document, "form" otherwise, and
    "unreadable" for XML we refused (an entity bomb, say): its raw text is kept, not parsed.
    """
    if not answer_xml:
        return {}, "", "form"
    try:
        answers = parse_answers(answer_xml)
    except MalformedAnswers:
        return {}, UNREADABLE, "unreadable"
    fields = flatten_answers(answers)
    crowd = any(a.question_id == TASK_ANSWERS for a in answers)
    return fields, summarise(fields), "crowd" if crowd else "form"


_pauses = 0
_resume_collector = False
_pauses_lock = threading.Lock()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold Python's automatic cycle collection off during a bulk write, in any thread.

    An import or a sync makes millions of short-lived objects and no cycles worth finding;
    the collector would walk everything alive again and again (a tenth of a big import's
    time on the command line; the window collects from a timer instead, see
    models/collector.py, and is left alone). Collection resumes once the last is over.
    """
    global _pauses, _resume_collector
    with _pauses_lock:
        _pauses += 1
        if _pauses == 1:
            _resume_collector = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses -= 1
            if _pauses == 0 and _resume_collector:
                gc.enable()


def bulk_insert(connection: Connection, table: Table, names: Sequence[str],
                rows: Sequence[Sequence[Any]], *, ids: bool = False) -> list[int]:
    """Insert rows (values in ``names`` order) with one executemany; their new ids if asked.

    Straight to the driver: SQLAlchemy's own executemany converts every value through its
    column's type one row at a time and keeps bookkeeping per row that costs as much again
    as the insert. Here each column goes through its type's converter in one pass, and
    columns left out get their defaults as SQLAlchemy would give them. New ids are given
    explicitly on SQLite, after the highest (a write transaction there holds the write lock
    from its start, and anyone else's insert would make ours fail, never mix); other
    databases hand them back in parameter order through RETURNING.
    """
    if not rows:
        return []
    if ids and connection.dialect.name != "sqlite":
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(connection.execute(statement, [dict(zip(names, row, strict=True))
                                                   for row in rows]).scalars())
    dialect = connection.dialect
    names = list(names)
    columns: list[Sequence[Any]] | None = None
    new_ids: list[int] = []

    def add(name: str, values: Sequence[Any]) -> None:
        nonlocal columns
        if columns is None:
            columns = list(zip(*rows, strict=True))
        names.append(name)
        columns.append(values)

    if ids:
        first = int(connection.execute(select(func.coalesce(func.max(table.c.id), 0)))
                    .scalar_one()) + 1
        new_ids = list(range(first, first + len(rows)))
        add("id", new_ids)
    for column in table.columns:
        default = column.default
        if column.name in names or default is None or column.primary_key:
            continue
        if getattr(default, "is_scalar", False):
            add(column.name, [getattr(default, "arg", None)] * len(rows))
        elif getattr(default, "is_callable", False):
            make = getattr(default, "arg")  # noqa: B009 - a default's callable, given no context
            add(column.name, [make(None) for _ in rows])
        else:
            raise ValueError(f"{table.name}.{column.name}: a default this insert cannot give")
    for index, name in enumerate(names):
        convert = _converter(table.c[name], dialect)
        if convert is not None:
            if columns is None:
                columns = list(zip(*rows, strict=True))
            columns[index] = convert(columns[index])
    sql, positions = _compiled("insert", table, tuple(names), dialect)
    order = [names.index(name) for name in positions] if positions is not None else None
    parameters: Sequence[Any]
    if columns is None and order == list(range(len(names))):
        parameters = rows  # nothing to convert or add, and in the driver's order already
    else:
        if columns is None:
            columns = list(zip(*rows, strict=True))
        if order is not None:
            parameters = list(zip(*(columns[i] for i in order), strict=True))
        else:
            parameters = [dict(zip(names, values, strict=True))
                          for values in zip(*columns, strict=True)]
    connection.exec_driver_sql(sql, parameters)
    return new_ids


@lru_cache(maxsize=256)
def _compiled(kind: str, table: Table, names: tuple[str, ...], dialect: Dialect
              ) -> tuple[str, tuple[str, ...] | None]:
    """SQL inserting ``names`` (or updating them by ``row_id``), with its parameters' order.

    The order is None where parameters are named. Made once: a sync or an import writes in
    many batches.
    """
    values: dict[str, Any] = {name: bindparam(name) for name in names}
    built = insert(table).values(values) if kind == "insert" else \
        update(table).where(table.c.id == bindparam("row_id")).values(values)
    compiled = built.compile(dialect=dialect)
    return compiled.string, tuple(compiled.positiontup or ()) if compiled.positional else None


@lru_cache(maxsize=512)
def _converter(column: Column[Any], dialect: Dialect
               ) -> Callable[[Sequence[Any]], list[Any]] | None:
    """How a column's type turns many values at once into what the driver takes.

    Each distinct value is converted once (a sync's time, a HIT's creation time on each of its
    rows, an archive's approval rates). A UTC timestamp for SQLite, the bulk of a big import,
    is written as SQLAlchemy writes it but without its generic machinery, once a few samples
    show the two agree.
    """
    convert = column.type.dialect_impl(dialect).bind_processor(dialect)
    if convert is None:
        return None
    if isinstance(column.type, UTCDateTime) and dialect.name == "sqlite" and \
            _isoformat_agrees(convert):
        generic = convert

        def convert(value: Any) -> Any:
            if type(value) is datetime and value.tzinfo is UTC:
                return value.replace(tzinfo=None).isoformat(" ", "microseconds")
            return generic(value)

    def convert_all(values: Sequence[Any]) -> list[Any]:
        try:
            distinct = dict.fromkeys(values)
        except TypeError:  # dictionaries and lists (JSON): by what they hold
            memo: dict[Any, Any] = {}
            out = []
            for value in values:
                try:
                    key = _frozen(value)
                    converted = memo[key]
                except KeyError:
                    memo[key] = converted = convert(value)
                except TypeError:
                    converted = convert(value)
                out.append(converted)
            return out
        for value in distinct:
            distinct[value] = convert(value)
        return list(map(distinct.__getitem__, values))

    return convert_all


def _frozen(value: Any) -> Any:
    """A hashable stand-in for a value (a dictionary or list of plain values)."""
    if type(value) is dict:
        return (dict, tuple(value.items()))
    if type(value) is list:
        return (list, tuple(value))
    return (type(value), value)


_SAMPLE_TIMES = (datetime(2019, 11, 1, 19, 8, 17, tzinfo=UTC),
                 datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=UTC),
                 datetime(5, 1, 2, 3, 4, 5, 6, tzinfo=UTC))


def _isoformat_agrees(convert: Callable[[Any], Any]) -> bool:
    return all(convert(t) == t.replace(tzinfo=None).isoformat(" ", "microseconds")
               for t in _SAMPLE_TIMES)


def bulk_update(connection: Connection, table: Table, names: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Update rows by id with one executemany: each row is its id, then values in ``names`` order.

    Straight to the driver, for the reasons bulk_insert gives.
    """
    if not rows:
        return
    dialect = connection.dialect
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    for index, name in enumerate(names, start=1):
        convert = _converter(table.c[name], dialect)
        if convert is not None:
            columns[index] = convert(columns[index])
    sql, positions = _compiled("update", table, tuple(names), dialect)
    keys = ["row_id", *names]
    parameters: list[Any]
    if positions is not None:
        order = [keys.index(key) for key in positions]
        parameters = list(zip(*(columns[i] for i in order), strict=True))
    else:
        parameters = [dict(zip(keys, values, strict=True)) for values in zip(*columns, strict=True)]
    connection.exec_driver_sql(sql, parameters)


def hit_values(account_id: int, data: Mapping[str, Any]) -> dict[str, Any]:
    """Store columns for a HIT from a boto3 HIT dictionary."""
    return {
        "account_id": account_id,
        "hit_id": data["HITId"],
        "hit_type_id": data.get("HITTypeId", ""),
        "title": data.get("Title", ""),
        "description": data.get("Description", ""),
        "keywords": data.get("Keywords", "") or "",
        "reward_cents": parse_usd(str(data.get("Reward", "0")), minimum_cents=0),
        "max_assignments": int(data.get("MaxAssignments", 1)),
        "status": data.get("HITStatus", HITStatus.ASSIGNABLE.value),
        "review_status": data.get("HITReviewStatus", "NotReviewed"),
        "assignments_available": int(data.get("NumberOfAssignmentsAvailable", 0)),
        "assignments_pending": int(data.get("NumberOfAssignmentsPending", 0)),
        "assignments_completed": int(data.get("NumberOfAssignmentsCompleted", 0)),
        "creation_time": _time(data.get("CreationTime")),
        "expiration": _time(data.get("Expiration")),
        "assignment_duration_s": int(data.get("AssignmentDurationInSeconds", 0)),
        "auto_approval_delay_s": int(data.get("AutoApprovalDelayInSeconds", 0)),
        "requester_annotation": data.get("RequesterAnnotation"),
        "qualification_requirements": list(data.get("QualificationRequirements") or []),
    }


def upsert_hits(session: Session, account_id: int, hits: Sequence[Mapping[str, Any]],
                now: datetime, *, questions: bool = True) -> dict[str, HIT]:
    """Insert or update HIT rows; links HITs to the batch rows that published them."""
    ids = [h["HITId"] for h in hits]
    existing = {h.hit_id: h for h in session.scalars(
        select(HIT).where(HIT.account_id == account_id, HIT.hit_id.in_(ids)))}
    unlinked = [i for i in ids if i not in existing or existing[i].batch_row_id is None]
    links: dict[str, tuple[int, int]] = {}
    if unlinked:
        links = {r.hit_id: (r.batch_id, r.id) for r in session.scalars(
            select(BatchRow).where(BatchRow.hit_id.in_(unlinked))) if r.hit_id}
    result: dict[str, HIT] = {}
    for data in hits:
        values = hit_values(account_id, data)
        values["synced_at"] = now
        if questions and data.get("Question"):
            values["question"] = data["Question"]
        row = existing.get(data["HITId"])
        if row is None:
            row = HIT(**values)
            session.add(row)
        else:
            for key, value in values.items():
                if key == "creation_time" and value is None:
                    continue
                setattr(row, key, value)
        if data["HITId"] in links:
            row.batch_id, row.batch_row_id = links[data["HITId"]]
        result[data["HITId"]] = row
    session.flush()
    return result


def upsert_assignments(session: Session, account_id: int,
                       items: Sequence[tuple[HIT, Sequence[Mapping[str, Any]]]],
                       now: datetime) -> int:
    """Insert or update the assignments of several HITs and their parsed answers.

    Done in bulk (one lookup, one flush, one insert of answer fields) because a sync writes
    thousands of assignments at a time.
    """
    # Keyed by assignment: one listed twice (pages that shifted under us) is written once.
    pairs = list({data["AssignmentId"]: (hit, data)
                  for hit, rows in items for data in rows}.values())
    if not pairs:
        return 0
    ids = [data["AssignmentId"] for _, data in pairs]
    existing: dict[str, Assignment] = {}
    for start in range(0, len(ids), 500):
        existing.update({a.assignment_id: a for a in session.scalars(
            select(Assignment).where(Assignment.account_id == account_id,
                                     Assignment.assignment_id.in_(ids[start:start + 500]))
            .options(undefer(Assignment.answer_xml)))})
    fresh: list[tuple[Assignment, dict[str, str]]] = []
    # New assignments (most of a first sync) are inserted in bulk, without ORM objects.
    new_rows: list[dict[str, Any]] = []
    new_fields: list[dict[str, str]] = []
    for hit, data in pairs:
        row = existing.get(data["AssignmentId"])
        answer_xml = data.get("Answer") or ""
        accept, submit = _time(data.get("AcceptTime")), _time(data.get("SubmitTime"))
        values = {
            "worker_id": data["WorkerId"],
            "status": data.get("AssignmentStatus", AssignmentStatus.SUBMITTED.value),
            "accept_time": accept,
            "submit_time": submit,
            "auto_approval_time": _time(data.get("AutoApprovalTime")),
            "approval_time": _time(data.get("ApprovalTime")),
            "rejection_time": _time(data.get("RejectionTime")),
            "deadline": _time(data.get("Deadline")),
            "requester_feedback": data.get("RequesterFeedback"),
            "work_time_s": int((submit - accept).total_seconds()) if accept and submit else None,
            "synced_at": now,
        }
        if row is None:
            fields, summary, answer_format = parse_answer_fields(answer_xml)
            new_rows.append({"account_id": account_id, "assignment_id": data["AssignmentId"],
                             "hit_pk": hit.id, "extra": {}, "answer_xml": answer_xml,
                             "answer_summary": summary, "answer_format": answer_format,
                             **values})
            new_fields.append(fields)
            continue
        for key, value in values.items():
            setattr(row, key, value)
        if (row.answer_xml or "") != answer_xml:
            fields, summary, answer_format = parse_answer_fields(answer_xml)
            row.answer_xml = answer_xml
            row.answer_summary = summary
            row.answer_format = answer_format
            fresh.append((row, fields))
    session.flush()
    stale = [row.id for row, _ in fresh]
    for start in range(0, len(stale), 500):
        session.execute(delete(AnswerField).where(
            AnswerField.assignment_pk.in_(stale[start:start + 500])))
    connection = session.connection()
    inserted: list[int] = []
    if new_rows:
        names = list(new_rows[0])
        pick = itemgetter(*names)
        inserted = bulk_insert(connection, cast(Table, Assignment.__table__), names,
                               [pick(values) for values in new_rows], ids=True)
    answer_rows = [(pk, name[:300], value)
                   for pk, fields in chain(((row.id, fields) for row, fields in fresh),
                                           zip(inserted, new_fields, strict=True))
                   for name, value in fields.items()]
    bulk_insert(connection, cast(Table, AnswerField.__table__),
                ("assignment_pk", "name", "value"), answer_rows)
    refresh_hit_counts(session, [hit.id for hit, _ in items])
    touch_workers(session, account_id, [data for _, data in pairs])
    return len(pairs)


def hit_counts(session: Session, hit_pks: Sequence[int]) -> dict[int, tuple[int, int, int]]:
    """The submitted, approved and rejected assignments the store holds for each HIT."""
    counts = {pk: [0, 0, 0] for pk in hit_pks}
    for start in range(0, len(hit_pks), 500):
        for pk, status, number in session.execute(
                select(Assignment.hit_pk, Assignment.status, func.count())
                .where(Assignment.hit_pk.in_(hit_pks[start:start + 500]))
                .group_by(Assignment.hit_pk, Assignment.status)):
            slot = STATUS_SLOTS.get(status)
            if slot is not None:
                counts[pk][slot] = int(number)
    return {pk: (submitted, approved, rejected)
            for pk, (submitted, approved, rejected) in counts.items()}


def refresh_hit_counts(session: Session, hit_pks: Iterable[int]) -> None:
    """Recount the submitted, approved and rejected assignments the store holds per HIT."""
    counts = hit_counts(session, list(set(hit_pks)))
    bulk_update(session.connection(), cast(Table, HIT.__table__),
                ("submitted_count", "approved_count", "rejected_count"),
                [(pk, *numbers) for pk, numbers in counts.items()])


def note_worker(seen: dict[str, tuple[datetime | None, datetime | None]], worker_id: str,
                when: datetime | None) -> None:
    """Add a piece of a worker's work, done ``when``, to the first and last times seen."""
    before = seen.get(worker_id)
    if before is None:
        seen[worker_id] = (when, when)
    elif when is not None:
        first, last = before
        seen[worker_id] = (when if first is None or when < first else first,
                           when if last is None or when > last else last)


def touch_workers(session: Session, account_id: int, assignments: Sequence[Mapping[str, Any]]
                  ) -> None:
    """Record the workers seen in assignments, with when we first and last saw their work."""
    seen: dict[str, tuple[datetime | None, datetime | None]] = {}
    for data in assignments:
        note_worker(seen, data["WorkerId"],
                    _time(data.get("SubmitTime")) or _time(data.get("AcceptTime")))
    record_workers(session, account_id, seen)


def record_workers(session: Session, account_id: int,
                   seen: Mapping[str, tuple[datetime | None, datetime | None]]) -> None:
    """Add the workers not yet known; move the first and last times of those known."""
    worker_ids = list(seen)
    known: dict[str, tuple[int, datetime | None, datetime | None]] = {}
    for start in range(0, len(worker_ids), 500):
        known.update((worker_id, (pk, first, last)) for pk, worker_id, first, last in
                     session.execute(select(Worker.id, Worker.worker_id, Worker.first_seen,
                                            Worker.last_seen).where(
                         Worker.account_id == account_id,
                         Worker.worker_id.in_(worker_ids[start:start + 500]))))
    new: list[tuple[Any, ...]] = []
    moved: list[tuple[Any, ...]] = []
    for worker_id, (first, last) in seen.items():
        held = known.get(worker_id)
        if held is None:
            new.append((account_id, worker_id, first, last))
            continue
        pk, was_first, was_last = held
        earlier = first if first is not None and (was_first is None or first < was_first) \
            else was_first
        later = last if last is not None and (was_last is None or last > was_last) else was_last
        if (earlier, later) != (was_first, was_last):
            moved.append((pk, earlier, later))
    connection = session.connection()
    table = cast(Table, Worker.__table__)
    bulk_insert(connection, table, ("account_id", "worker_id", "first_seen", "last_seen"), new)
    bulk_update(connection, table, ("first_seen", "last_seen"), moved)
    # Written behind the ORM's back: workers it holds must be read again.
    for held_row in list(session.identity_map.values()):
        if isinstance(held_row, Worker):
            session.expire(held_row)
