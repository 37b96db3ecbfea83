"""Writing what a marketplace says (boto3-shaped dictionaries) into the store's mirror tables."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
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
from workbench.store.schema import HIT, AnswerField, Assignment, BatchRow, Worker

SUMMARY_LIMIT = 240
STATUS_SLOTS = {AssignmentStatus.SUBMITTED.value: 0, AssignmentStatus.APPROVED.value: 1,
                AssignmentStatus.REJECTED.value: 2}
UNREADABLE = "(unreadable answer)"


def _time(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        from datetime import UTC

        return datetime.fromtimestamp(value, UTC)
    return as_utc(value)


def summarise(fields: Mapping[str, str], limit: int = SUMMARY_LIMIT) -> str:
    """A one-line "field: value; field: value" summary for tables."""
    text = "; ".join(f"{k}: {' '.join(str(v).split())}" for k, v in fields.items())
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
    answer_rows = [{"assignment_pk": row.id, "name": name[:300], "value": value}
                   for row, fields in fresh for name, value in fields.items()]
    for start in range(0, len(new_rows), 500):
        inserted = session.execute(
            insert(Assignment).returning(Assignment.id, sort_by_parameter_order=True),
            new_rows[start:start + 500]).scalars().all()
        answer_rows += [{"assignment_pk": pk, "name": name[:300], "value": value}
                        for pk, fields in zip(inserted, new_fields[start:start + 500],
                                              strict=True)
                        for name, value in fields.items()]
    if answer_rows:
        session.execute(insert(AnswerField), answer_rows)
    refresh_hit_counts(session, [hit.id for hit, _ in items])
    touch_workers(session, account_id, [data for _, data in pairs])
    return len(pairs)


def refresh_hit_counts(session: Session, hit_pks: Iterable[int]) -> None:
    """Recount the submitted, approved and rejected assignments the store holds per HIT."""
    pks = list(set(hit_pks))
    for start in range(0, len(pks), 500):
        chunk = pks[start:start + 500]
        counts = {pk: [0, 0, 0] for pk in chunk}
        for pk, status, number in session.execute(
                select(Assignment.hit_pk, Assignment.status, func.count())
                .where(Assignment.hit_pk.in_(chunk))
                .group_by(Assignment.hit_pk, Assignment.status)):
            slot = STATUS_SLOTS.get(status)
            if slot is not None:
                counts[pk][slot] = int(number)
        session.execute(update(HIT), [
            {"id": pk, "submitted_count": submitted, "approved_count": approved,
             "rejected_count": rejected}
            for pk, (submitted, approved, rejected) in counts.items()])


def touch_workers(session: Session, account_id: int, assignments: Sequence[Mapping[str, Any]]
                  ) -> None:
    """Record the workers seen in assignments, with when we first and last saw their work."""
    seen: dict[str, datetime | None] = {}
    for data in assignments:
        when = _time(data.get("SubmitTime")) or _time(data.get("AcceptTime"))
        before = seen.get(data["WorkerId"])
        seen[data["WorkerId"]] = max(when, before) if when and before else (when or before)
    known = {w.worker_id: w for w in session.scalars(
        select(Worker).where(Worker.account_id == account_id, Worker.worker_id.in_(seen)))}
    for worker_id, when in seen.items():
        row = known.get(worker_id)
        if row is None:
            session.add(Worker(account_id=account_id, worker_id=worker_id, first_seen=when,
                               last_seen=when))
        elif when is not None:
            if row.first_seen is None or when < row.first_seen:
                row.first_seen = when
            if row.last_seen is None or when > row.last_seen:
                row.last_seen = when
