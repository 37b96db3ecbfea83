"""Importing MTurk batch results: a user's archive becomes browsable, reviewable, exportable.

An imported file becomes a Batch (origin "import", keyed by MTurk's own batch id), one
BatchRow of inputs per HIT, the HITs, their assignments (answer format "csv") with their
answers, and the workers. The whole file goes in one transaction: a bad row anywhere, a
cancel, or a dry run leaves the store exactly as it was.

Without an account named, the rows go to the "MTurk archive" account, of its own kind: an
archive is history, with no marketplace behind it (MTurk closed on 2026-09-30). Submitted
work whose auto-approval time has passed is stored as Approved at that time, as MTurk
approved (and paid) it then.

Importing is idempotent: rows already in the store change only when the file is newer
(a later download, where an assignment has since been approved or rejected). HITs that the
store mirrors from a marketplace (published or synced ones) are never changed by a file:
the marketplace is their truth, and a hand-edited status must not pass for a decision.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from itertools import islice, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.statuses import AccountKind, AssignmentStatus, HITStatus
from workbench.domain.text import translate
from workbench.formats.answers import TASK_ANSWERS, Answer, answers_to_xml, flatten_answers
from workbench.formats.batch_csv_reader import (
    ResultRow,
    ResultsFileError,
    ResultsSource,
    batch_key,
    open_results_file,
)
from workbench.services.accounts import AccountInfo, account_info, get_account
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.mirror import (
    bulk_insert,
    bulk_update,
    collector_paused,
    hit_counts,
    note_worker,
    record_workers,
    summarise,
)
from workbench.services.progress import Cancelled, CancelToken, Progress, no_progress
from workbench.services.transfer.review import MarkedRow, ReviewPlan, plan_review
from workbench.store.schema import HIT, Account, AnswerField, Assignment, Batch, BatchRow

ARCHIVE_ACCOUNT = "MTurk archive"
WRITE_CHUNK = 1000
LOOKUP_CHUNK = 500
DISPOSAL_AGE = timedelta(days=120)
MAX_ANSWER_NAME = 300
ASSIGNMENT_COLUMNS = (
    "account_id", "assignment_id", "hit_pk", "worker_id", "status", "accept_time", "submit_time",
    "auto_approval_time", "approval_time", "rejection_time", "deadline", "requester_feedback",
    "work_time_s", "answer_xml", "answer_summary", "answer_format", "extra", "synced_at")
ANSWER_COLUMNS = ("assignment_pk", "name", "value")
# What settling a HIT after an import writes, and what it reads to decide (the same last).
SETTLED_COLUMNS = ("submitted_count", "approved_count", "rejected_count", "status",
                   "assignments_available", "assignments_pending", "assignments_completed",
                   "settled")
SETTLED_BY = (HIT.id, HIT.max_assignments, HIT.expiration, HIT.creation_time,
              *(getattr(HIT, name) for name in SETTLED_COLUMNS))
# Accounts whose HITs all come from a marketplace we sync with; a file cannot add HITs there.
MIRROR_ONLY_KINDS = (AccountKind.LOCAL.value, AccountKind.ENDPOINT.value)


class ResultsImportError(ValueError):
    """A file that cannot go into this account; the message says why and nothing changed."""


@dataclass
class BatchImport:
    """What an import did to one batch."""

    batch_id: int
    external_id: str
    name: str
    created: bool
    hits_added: int = 0
    assignments_added: int = 0
    assignments_updated: int = 0


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    path: Path
    account: AccountInfo
    kind: str
    encoding: str
    dry_run: bool
    rows: int = 0
    batches: list[BatchImport] = field(default_factory=list)
    hits_added: int = 0
    hits_updated: int = 0
    assignments_added: int = 0
    assignments_updated: int = 0
    assignments_unchanged: int = 0
    # Assignments of HITs the store mirrors from a marketplace: sync brings those.
    assignments_left_to_sync: int = 0
    workers: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    review: ReviewPlan | None = None

    @property
    def changed(self) -> bool:
        return bool(self.hits_added or self.hits_updated or self.assignments_added
                    or self.assignments_updated)

    def __str__(self) -> str:
        marks = ""
        if self.review is not None and self.review.decisions:
            marks = translate("ImportService", "; {count} marked decision(s) to queue").format(
                count=len(self.review.decisions))
        if self.dry_run:
            summary = translate(
                "ImportService", "Would import {file} into {account}: {rows} row(s), {hits} HIT(s) "
                "and {added} assignment(s) added, {updated} updated, {unchanged} unchanged{marks}")
        else:
            summary = translate(
                "ImportService", "Imported {file} into {account}: {rows} row(s), {hits} HIT(s) "
                "and {added} assignment(s) added, {updated} updated, {unchanged} unchanged{marks}")
        return summary.format(file=self.path.name, account=self.account.name, rows=self.rows,
                              hits=self.hits_added, added=self.assignments_added,
                              updated=self.assignments_updated,
                              unchanged=self.assignments_unchanged, marks=marks)


@dataclass
class _HitState:
    pk: int
    importable: bool
    batch_id: int | None


@dataclass
class _BatchState:
    batch_id: int
    next_index: int


def _token(account_id: int, hit_id: str) -> str:
    digest = hashlib.sha256(f"{account_id}:{hit_id}".encode()).hexdigest()
    return f"import-{digest[:48]}"


def _chunks(rows: Iterator[ResultRow], size: int) -> Iterator[list[ResultRow]]:
    while chunk := list(islice(rows, size)):
        yield chunk


def settled_by_mturk(row: ResultRow, now: datetime) -> ResultRow:
    """The row as MTurk left it: submitted work past its auto-approval time was approved then.

    MTurk approved (and paid) every assignment left undecided at its AutoApprovalTime; a
    file downloaded before that moment still says Submitted.
    """
    a = row.assignment
    due = a.auto_approval_time
    if a.status != AssignmentStatus.SUBMITTED or due is None or due > now:
        return row
    return replace(row, assignment=replace(a, status=AssignmentStatus.APPROVED.value,
                                           approval_time=due))


def _is_newer(old: Assignment | Any, new: ResultRow) -> bool:
    """Whether the file shows a later state of the assignment than the store holds."""
    a = new.assignment
    if old.status == AssignmentStatus.APPROVED and old.approval_time is not None and \
            old.approval_time == old.auto_approval_time:
        # Taken for MTurk's auto-approval (settled_by_mturk): a decision stamped before it
        # was the real one.
        decided = a.approval_time if a.status == AssignmentStatus.APPROVED else \
            a.rejection_time if a.status == AssignmentStatus.REJECTED else None
        return decided is not None and decided < old.approval_time
    if a.status == old.status:
        return False
    # MTurk stamps every decision; a status without its time was typed, not downloaded.
    if a.status == AssignmentStatus.APPROVED and a.approval_time is None:
        return False
    if a.status == AssignmentStatus.REJECTED and a.rejection_time is None:
        return False
    if old.status == AssignmentStatus.SUBMITTED:
        return a.status in (AssignmentStatus.APPROVED, AssignmentStatus.REJECTED)
    if old.status == AssignmentStatus.REJECTED and a.status == AssignmentStatus.APPROVED:
        return old.rejection_time is None or (a.approval_time is not None
                                              and a.approval_time > old.rejection_time)
    return False


class _Importer:
    """One import, inside one write transaction."""

    def __init__(self, wb: Workbench, session: Session, source: ResultsSource,
                 report: ImportReport, progress: Progress, cancel: CancelToken | None) -> None:
        self.wb = wb
        self.session = session
        self.source = source
        self.report = report
        self.progress = progress
        self.cancel = cancel
        self.now = wb.clock()
        self.crowd = TASK_ANSWERS in source.header.answers
        self.batches: dict[str, _BatchState] = {}
        self.batch_reports: dict[int, BatchImport] = {}
        self.touched_hits: set[int] = set()
        # Each worker of the file: when we first and last saw their work.
        self.workers: dict[str, tuple[datetime | None, datetime | None]] = {}
        self.marks: list[MarkedRow] = []

    # -- the account ------------------------------------------------------------------------

    @property
    def account(self) -> AccountInfo:
        return self.report.account

    def _resolve_account(self, first: Sequence[ResultRow], named: AccountInfo | None
                         ) -> AccountInfo:
        """The account named, else the one already holding these rows, else the archive."""
        if named is not None:
            return named
        assignment_ids = [r.assignment.assignment_id for r in first]
        hit_ids = list({r.hit.hit_id for r in first})
        owners = set(self.session.scalars(select(Assignment.account_id).distinct().where(
            Assignment.assignment_id.in_(assignment_ids))))
        owners |= set(self.session.scalars(select(HIT.account_id).distinct().where(
            HIT.hit_id.in_(hit_ids))))
        if len(owners) > 1:
            names = sorted(self.session.scalars(select(Account.name).where(
                Account.id.in_(owners))))
            raise ResultsImportError(translate(
                "ImportService", "{name} holds work from several accounts ({names}); choose one "
                "with --account").format(name=self.source.name, names=', '.join(names)))
        if owners:
            row = self.session.get(Account, owners.pop())
            assert row is not None
            return account_info(row)
        row = self.session.scalar(select(Account).where(Account.name == ARCHIVE_ACCOUNT))
        if row is None:
            row = Account(name=ARCHIVE_ACCOUNT, kind=AccountKind.MTURK_ARCHIVE.value,
                          is_default=False,
                          created_at=self.now, options={})
            self.session.add(row)
            self.session.flush()
            record(self.session, actor=self.wb.actor, event="account.added",
                   subject=ARCHIVE_ACCOUNT, account_id=row.id, kind=row.kind,
                   reason="imported MTurk batch results")
        return account_info(row)

    # -- the pass over the file ----------------------------------------------------------------

    def run(self, named: AccountInfo | None) -> None:
        header = self.source.header
        long_names = [n for n in header.answers if len(n) > MAX_ANSWER_NAME]
        if long_names:
            raise ResultsImportError(translate(
                "ImportService", "{name}: the column Answer.{column}… has a name longer than "
                "{limit} characters").format(
                    name=self.source.name, column=long_names[0][:40], limit=MAX_ANSWER_NAME))
        self.report.ignored_columns = list(header.ignored)
        chunks = _chunks(self.source.rows(), WRITE_CHUNK)
        first = next(chunks, None)
        if first is None:
            raise ResultsFileError(translate(
                "ImportService", "{name} has a header but no rows").format(name=self.source.name))
        self.report.account = self._resolve_account(first, named)
        for chunk in _prepend(first, chunks):
            if self.cancel is not None and self.cancel.cancelled:
                raise Cancelled()
            self._write_chunk(chunk)
            self.report.rows += len(chunk)
            self.progress(self.source.position, self.source.size, translate(
                "ImportService", "Importing"))
        if self.cancel is not None and self.cancel.cancelled:
            raise Cancelled()
        self._settle_hits()
        record_workers(self.session, self.account.id, self.workers)
        self.report.workers = len(self.workers)
        self.report.review = plan_review(self.session, self.account, self.marks)

    def _existing_hits(self, hit_ids: list[str]) -> dict[str, _HitState]:
        found: dict[str, _HitState] = {}
        for start in range(0, len(hit_ids), LOOKUP_CHUNK):
            for pk, hit_id, batch_id, origin in self.session.execute(
                    select(HIT.id, HIT.hit_id, HIT.batch_id, Batch.origin)
                    .outerjoin(Batch, Batch.id == HIT.batch_id)
                    .where(HIT.account_id == self.account.id,
                           HIT.hit_id.in_(hit_ids[start:start + LOOKUP_CHUNK]))):
                found[hit_id] = _HitState(pk, origin == "import", batch_id)
        return found

    def _existing_assignments(self, ids: list[str]) -> dict[str, Assignment]:
        found: dict[str, Assignment] = {}
        for start in range(0, len(ids), LOOKUP_CHUNK):
            found.update({a.assignment_id: a for a in self.session.scalars(
                select(Assignment).where(Assignment.account_id == self.account.id,
                                         Assignment.assignment_id.in_(
                                             ids[start:start + LOOKUP_CHUNK])))})
        return found

    def _write_chunk(self, rows: list[ResultRow]) -> None:
        rows = [settled_by_mturk(row, self.now) for row in rows]
        first_rows: dict[str, ResultRow] = {}
        for row in rows:
            first_rows.setdefault(row.hit.hit_id, row)
        hits = self._existing_hits(list(first_rows))
        new_hits = [row for hit_id, row in first_rows.items() if hit_id not in hits]
        if new_hits and self.account.kind in MIRROR_ONLY_KINDS:
            raise ResultsImportError(
                translate(
                    "ImportService", "HIT {hit_id} (line {line}) is not in {name}, whose HITs "
                    "come from its marketplace; import MTurk files into an MTurk account "
                    "(without --account they go to '{archive}')").format(
                        hit_id=new_hits[0].hit.hit_id, line=new_hits[0].line,
                        name=self.account.name, archive=ARCHIVE_ACCOUNT))
        hits.update(self._insert_hits(new_hits))
        added = {r.hit.hit_id for r in new_hits}
        known = [h.pk for i, h in hits.items() if h.importable and i not in added]
        # Loaded together (and held), so _update_hit finds each without a query of its own.
        loaded = [hit for start in range(0, len(known), LOOKUP_CHUNK)
                  for hit in self.session.scalars(
                      select(HIT).where(HIT.id.in_(known[start:start + LOOKUP_CHUNK])))]
        for hit_id, row in first_rows.items():
            state = hits[hit_id]
            if state.importable and hit_id not in added:
                self._update_hit(state.pk, row)
        del loaded
        existing = self._existing_assignments([r.assignment.assignment_id for r in rows])
        fresh: list[tuple[ResultRow, _HitState]] = []
        for row in rows:
            state = hits[row.hit.hit_id]
            old = existing.get(row.assignment.assignment_id)
            if row.mark.marked:
                self.marks.append(MarkedRow(row.line, row.assignment.assignment_id, row.mark))
            if old is not None and old.hit_pk != state.pk:
                raise ResultsImportError(
                    translate(
                        "ImportService", "{name}, line {line}: assignment {assignment_id} "
                        "belongs to another HIT in the store than {hit_id}").format(
                            name=self.source.name, line=row.line,
                            assignment_id=row.assignment.assignment_id, hit_id=row.hit.hit_id))
            if not state.importable:
                if old is None:
                    self.report.assignments_left_to_sync += 1
                else:
                    self.report.assignments_unchanged += 1
                continue
            a = row.assignment
            note_worker(self.workers, a.worker_id, a.submit_time or a.accept_time)
            if old is None:
                fresh.append((row, state))
            elif self._update_assignment(old, row):
                self.report.assignments_updated += 1
                self._batch_report(state.batch_id).assignments_updated += 1
                self.touched_hits.add(state.pk)
            else:
                self.report.assignments_unchanged += 1
        self._insert_assignments(fresh)
        self.session.flush()

    # -- batches and HITs ----------------------------------------------------------------------

    def _batch_report(self, batch_id: int | None) -> BatchImport:
        """The report line of a batch, made the first time the import touches it."""
        key = batch_id or 0
        report = self.batch_reports.get(key)
        if report is None:
            batch = self.session.get(Batch, batch_id) if batch_id else None
            report = BatchImport(key, batch.external_id or "" if batch else "",
                                 batch.name if batch else "(no batch)", False)
            self.batch_reports[key] = report
            self.report.batches.append(report)
        return report

    def _batch_of(self, row: ResultRow) -> _BatchState:
        """The batch a new HIT goes into: MTurk's batch, found again or made now."""
        external_id, _ = batch_key(row.hit, self.source.name)
        state = self.batches.get(external_id)
        if state is not None:
            return state
        batch = self.session.scalar(select(Batch).where(Batch.account_id == self.account.id,
                                                        Batch.external_id == external_id))
        created = batch is None
        if batch is None:
            hit = row.hit
            lifetime = (hit.expiration - hit.creation_time).total_seconds() \
                if hit.expiration and hit.creation_time else 0
            label = f"MTurk batch {external_id}" if external_id.isdigit() else external_id
            batch = Batch(
                account_id=self.account.id,
                name=f"{hit.title.strip()[:150] or 'Imported results'} ({label})"[:200],
                origin="import", state="published", external_id=external_id,
                hit_type_id=hit.hit_type_id or None, title=hit.title,
                description=hit.description, keywords=hit.keywords,
                reward_cents=hit.reward_cents, max_assignments=hit.max_assignments or 1,
                lifetime_s=int(lifetime), assignment_duration_s=hit.assignment_duration_s or 0,
                auto_approval_delay_s=hit.auto_approval_delay_s or 0,
                qualification_requirements=[], input_columns=list(self.source.header.inputs),
                created_at=hit.creation_time or self.now, published_at=hit.creation_time)
            self.session.add(batch)
            self.session.flush()
            next_index = 0
        else:
            next_index = int(self.session.scalar(
                select(func.coalesce(func.max(BatchRow.row_index), -1))
                .where(BatchRow.batch_id == batch.id)) or 0) + 1
            missing = [c for c in self.source.header.inputs if c not in batch.input_columns]
            if missing and batch.origin == "import":
                batch.input_columns = [*batch.input_columns, *missing]
        if created:
            self.batch_reports[batch.id] = BatchImport(batch.id, external_id, batch.name, True)
            self.report.batches.append(self.batch_reports[batch.id])
        state = _BatchState(batch.id, next_index)
        self.batches[external_id] = state
        return state

    def _hit_values(self, row: ResultRow) -> dict[str, Any]:
        hit, a = row.hit, row.assignment
        return {
            "hit_type_id": hit.hit_type_id, "title": hit.title, "description": hit.description,
            "keywords": hit.keywords, "reward_cents": hit.reward_cents,
            "max_assignments": hit.max_assignments or 1,
            "creation_time": hit.creation_time or a.accept_time or a.submit_time or self.now,
            "expiration": hit.expiration,
            "assignment_duration_s": hit.assignment_duration_s or 0,
            "auto_approval_delay_s": hit.auto_approval_delay_s or 0,
            "requester_annotation": hit.requester_annotation or None,
        }

    def _insert_hits(self, rows: list[ResultRow]) -> dict[str, _HitState]:
        if not rows:
            return {}
        batch_rows: list[dict[str, Any]] = []
        for row in rows:
            batch = self._batch_of(row)
            batch_rows.append({
                "batch_id": batch.batch_id, "row_index": batch.next_index,
                "values": dict(row.inputs), "request_token": _token(self.account.id,
                                                                    row.hit.hit_id),
                "hit_id": row.hit.hit_id})
            batch.next_index += 1
            self._batch_report(batch.batch_id).hits_added += 1
        row_ids = self._insert(BatchRow, batch_rows, "request_token")
        hit_rows = [{
            **self._hit_values(row), "account_id": self.account.id, "hit_id": row.hit.hit_id,
            "batch_id": values["batch_id"], "batch_row_id": row_ids[values["request_token"]],
            "status": HITStatus.REVIEWABLE.value, "synced_at": self.now,
            "qualification_requirements": [],
        } for row, values in zip(rows, batch_rows, strict=True)]
        hit_pks = self._insert(HIT, hit_rows, "hit_id")
        self.report.hits_added += len(rows)
        self.touched_hits.update(hit_pks.values())
        return {row.hit.hit_id: _HitState(hit_pks[row.hit.hit_id], True,
                                          int(values["batch_id"]))
                for row, values in zip(rows, batch_rows, strict=True)}

    def _insert(self, model: Any, rows: list[dict[str, Any]], key_name: str) -> dict[str, int]:
        """Insert rows (dictionaries with the same keys) in bulk; their new ids, by a unique key."""
        names = list(rows[0])
        pick = itemgetter(*names)
        ids = bulk_insert(self.session.connection(), model.__table__, names,
                          [pick(row) for row in rows], ids=True)
        return {row[key_name]: pk for row, pk in zip(rows, ids, strict=True)}

    def _update_hit(self, pk: int, row: ResultRow) -> None:
        """A newer download may carry a later expiration or more assignments."""
        values = self._hit_values(row)
        hit = self.session.get(HIT, pk)
        assert hit is not None
        if row.hit.creation_time is None:
            values.pop("creation_time")
        changed = {k: v for k, v in values.items() if getattr(hit, k) != v}
        if changed:
            for key, value in changed.items():
                setattr(hit, key, value)
            self.report.hits_updated += 1
            self.touched_hits.add(pk)

    # -- assignments ---------------------------------------------------------------------------

    def _answers(self, row: ResultRow) -> tuple[dict[str, str], str]:
        """(flattened answer fields, answer document kept for the CSV export)."""
        if not self.crowd:
            return row.answers, ""
        # The crowd-form JSON is kept whole in a QuestionFormAnswers document (as the API
        # would have delivered it), so the CSV export can write Answer.taskAnswers back.
        answers = [Answer(name, free_text=value) for name, value in row.answers.items()]
        return flatten_answers(answers), answers_to_xml(row.answers)

    def _insert_assignments(self, fresh: list[tuple[ResultRow, _HitState]]) -> None:
        if not fresh:
            return
        values: list[tuple[Any, ...]] = []
        answer_sets: list[dict[str, str]] = []
        for row, hit in fresh:
            a = row.assignment
            fields, xml = self._answers(row)
            work_time = a.work_time_s
            if work_time is None and a.accept_time and a.submit_time:
                work_time = int((a.submit_time - a.accept_time).total_seconds())
            values.append((  # in ASSIGNMENT_COLUMNS order
                self.account.id, a.assignment_id, hit.pk, a.worker_id, a.status, a.accept_time,
                a.submit_time, a.auto_approval_time, a.approval_time, a.rejection_time, None,
                a.requester_feedback or None, work_time, xml, summarise(fields), "csv",
                dict(row.archive), self.now))
            answer_sets.append(fields)
            self._batch_report(hit.batch_id).assignments_added += 1
            self.touched_hits.add(hit.pk)
        connection = self.session.connection()
        pks = bulk_insert(connection, cast(Table, Assignment.__table__), ASSIGNMENT_COLUMNS,
                          values, ids=True)
        answer_rows: list[tuple[int, str, str]] = []
        for pk, fields in zip(pks, answer_sets, strict=True):
            if self.crowd:  # flattened names can be long; a file's own were checked at the start
                fields = {name[:MAX_ANSWER_NAME]: value for name, value in fields.items()}
            answer_rows += zip(repeat(pk), fields, fields.values())
        bulk_insert(connection, cast(Table, AnswerField.__table__), ANSWER_COLUMNS, answer_rows)
        self.report.assignments_added += len(fresh)

    def _update_assignment(self, old: Assignment, row: ResultRow) -> bool:
        """Bring an imported assignment up to a newer download; True if anything changed."""
        changed = False
        a = row.assignment
        if _is_newer(old, row):
            old.status = a.status
            old.approval_time = a.approval_time
            old.rejection_time = a.rejection_time
            old.auto_approval_time = a.auto_approval_time or old.auto_approval_time
            old.requester_feedback = a.requester_feedback or old.requester_feedback
            old.synced_at = self.now
            changed = True
        if row.archive and {**(old.extra or {}), **row.archive} != (old.extra or {}):
            # Approval rates as of the newer download.
            old.extra = {**(old.extra or {}), **row.archive}
            changed = True
        return changed

    # -- after the last row --------------------------------------------------------------------

    def _settle_hits(self) -> None:
        """Counts, availability and status of the HITs this import touched."""
        pks = sorted(self.touched_hits)
        changes: list[tuple[Any, ...]] = []
        for start in range(0, len(pks), LOOKUP_CHUNK):
            chunk = pks[start:start + LOOKUP_CHUNK]
            counts = hit_counts(self.session, chunk)
            for hit in self.session.execute(select(*SETTLED_BY).where(HIT.id.in_(chunk))):
                submitted, approved, rejected = counts[hit.id]
                done = submitted + approved + rejected
                expired = hit.expiration is not None and hit.expiration <= self.now
                if hit.creation_time + DISPOSAL_AGE <= self.now:
                    status = HITStatus.DISPOSED.value
                elif expired or done >= hit.max_assignments:
                    status = HITStatus.REVIEWABLE.value
                else:
                    status = HITStatus.ASSIGNABLE.value
                values = (  # in SETTLED_COLUMNS order
                    submitted, approved, rejected, status,
                    0 if status != HITStatus.ASSIGNABLE.value
                    else max(0, hit.max_assignments - done),
                    0, approved + rejected, status == HITStatus.DISPOSED.value)
                if values != tuple(hit[len(SETTLED_BY) - len(SETTLED_COLUMNS):]):
                    changes.append((hit.id, *values))
        # Written behind the ORM's back: HITs it holds must be read again.
        bulk_update(self.session.connection(), cast(Table, HIT.__table__), SETTLED_COLUMNS,
                    changes)
        for held in list(self.session.identity_map.values()):
            if isinstance(held, HIT):
                self.session.expire(held)


def _prepend(first: list[ResultRow], rest: Iterator[list[ResultRow]]
             ) -> Iterator[list[ResultRow]]:
    yield first
    yield from rest


def import_results(wb: Workbench, path: str | Path, *, account: AccountInfo | None = None,
                   dry_run: bool = False, progress: Progress = no_progress,
                   cancel: CancelToken | None = None) -> ImportReport:
    """Import a batch-results CSV (or a review workbook); the report carries its review plan.

    Without an account, the rows go to the account that already holds them, or else to the
    "MTurk archive" account (an archive: its work is history, nothing is sent from it, and
    never to the local marketplace). ``dry_run`` does everything, reports, and rolls
    back. Refused files raise ResultsFileError or ResultsImportError with nothing changed.
    """
    source = open_results_file(path)
    try:
        if account is None:
            # A store's first account becomes its default; let that be a local one.
            get_account(wb)
        # The account is settled by the first rows (see _resolve_account); until then, none.
        report = ImportReport(Path(path), account or _NO_ACCOUNT, source.kind,
                              source.encoding, dry_run)
        try:
            with wb.store.session(write=True) as session, collector_paused():
                _Importer(wb, session, source, report, progress, cancel).run(account)
                if dry_run:
                    session.rollback()
                elif report.changed:
                    record(session, actor=wb.actor, event="import.results", subject=str(path),
                           account_id=report.account.id, rows=report.rows,
                           hits_added=report.hits_added,
                           assignments_added=report.assignments_added,
                           assignments_updated=report.assignments_updated,
                           batches=[b.batch_id for b in report.batches])
        except IntegrityError:
            # On a shared server store, another reviewer imported the same rows meanwhile.
            raise ResultsImportError(
                translate(
                    "ImportService", "{name}: someone else wrote the same HITs or assignments at "
                    "the same time; nothing was imported: import the file again").format(
                        name=source.name)) from None
    finally:
        source.close()
    progress(report.rows, report.rows, translate(
        "ImportService", "Imported"))
    return report


_NO_ACCOUNT = AccountInfo(id=0, name="", kind=AccountKind.MTURK.value, endpoint_url=None,
                          aws_profile=None, requester_id=None, is_default=False,
                          created_at=datetime.min, last_synced_at=None, balance_cents=None)
