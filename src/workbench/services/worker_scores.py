"""Scores in MTurk's worker CSV: export them for a spreadsheet, import the edited file back.

An import is planned first (what would change, what is already so) and queued only when the
user confirms: every grant, revoke, block and unblock goes through the outbox.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import and_, case, func, select

from workbench.domain.statuses import AssignmentStatus
from workbench.domain.text import translate
from workbench.formats.batch_csv import approval_rate_text
from workbench.formats.worker_csv import WorkerRow, read_worker_csv, write_worker_csv
from workbench.services import outbox
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.services.export import ExportError, replace_file
from workbench.services.progress import CancelToken, Progress, no_progress
from workbench.services.qualifications import (
    DecisionReport,
    QualificationError,
    current_scores,
    list_types,
)
from workbench.store.schema import Assignment, Block, QualificationScore, Worker


def _rates(wb: Workbench, account: AccountInfo) -> dict[str, tuple[str, str, str]]:
    """Each worker's approval rates on our work: lifetime, last 30 days, last 7 days."""
    now = wb.clock()
    approved = Assignment.status == AssignmentStatus.APPROVED.value
    rejected = Assignment.status == AssignmentStatus.REJECTED.value
    columns = [func.sum(case((approved, 1), else_=0)), func.sum(case((rejected, 1), else_=0))]
    for since in (now - timedelta(days=30), now - timedelta(days=7)):
        recent = Assignment.submit_time >= since
        columns += [func.sum(case((and_(approved, recent), 1), else_=0)),
                    func.sum(case((and_(rejected, recent), 1), else_=0))]
    with wb.store.read() as session:
        rows = session.execute(select(Assignment.worker_id, *columns).where(
            Assignment.account_id == account.id).group_by(Assignment.worker_id)).all()
    rates: dict[str, tuple[str, str, str]] = {}
    for worker_id, *counts in rows:
        texts = []
        for index in range(0, 6, 2):
            good, bad = int(counts[index] or 0), int(counts[index + 1] or 0)
            texts.append(approval_rate_text(good, good + bad))
        rates[worker_id] = (texts[0], texts[1], texts[2])
    return rates


def worker_rows(wb: Workbench, account: AccountInfo, type_ids: list[str] | None = None
                ) -> tuple[list[str], list[WorkerRow]]:
    """(qualification names, one row per worker) for the account's worker CSV."""
    types = [t for t in list_types(wb, account) if type_ids is None or t.type_id in type_ids]
    names = [t.name for t in types]
    name_of = {t.type_id: t.name for t in types}
    scores = current_scores(wb, account, list(name_of))
    with wb.store.read() as session:
        workers = set(session.scalars(select(Worker.worker_id).where(
            Worker.account_id == account.id)))
        workers |= set(session.scalars(select(QualificationScore.worker_id).where(
            QualificationScore.account_id == account.id,
            QualificationScore.qualification_type_id.in_(list(name_of)))))
        blocks = dict(session.execute(select(Block.worker_id, Block.reason).where(
            Block.account_id == account.id)).all())
    workers |= set(blocks)
    rates = _rates(wb, account)
    by_worker: dict[str, dict[str, int | None]] = {}
    for (type_id, worker_id), value in scores.items():
        by_worker.setdefault(worker_id, {})[name_of[type_id]] = value
    rows = [WorkerRow(worker_id, worker_id in blocks, blocks.get(worker_id, "") or "",
                      rates.get(worker_id, ("", "", "")), by_worker.get(worker_id, {}))
            for worker_id in sorted(workers)]
    return names, rows


def export_worker_csv(wb: Workbench, account: AccountInfo, path: Path,
                      type_ids: list[str] | None = None, *, progress: Progress = no_progress,
                      cancel: CancelToken | None = None) -> int:
    """Write the worker CSV to ``path`` (atomically); returns the number of workers."""
    progress(0, 0, translate("WorkerScores", "Collecting workers and scores"))
    names, rows = worker_rows(wb, account, type_ids)
    if cancel is not None:
        cancel.check()
    temporary = path.with_name(path.name + ".part")
    with temporary.open("w", encoding="utf-8-sig", newline="") as out:
        count = write_worker_csv(out, names, rows)
    try:
        replace_file(temporary, path)
    except ExportError:
        temporary.unlink(missing_ok=True)
        raise
    progress(count, count, translate("WorkerScores", "Wrote {count} workers"
                                     ).format(count=f"{count:,}"))
    return count


@dataclass(frozen=True)
class PlannedScore:
    type_id: str
    name: str
    worker_id: str
    value: int | None  # None revokes
    before: int | None


@dataclass
class ImportPlan:
    """What an uploaded worker CSV would change, before anything is queued."""

    scores: list[PlannedScore] = field(default_factory=list)
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (worker, reason)
    unblocks: list[str] = field(default_factory=list)
    unchanged: int = 0
    rows: int = 0

    @property
    def grants(self) -> list[PlannedScore]:
        return [s for s in self.scores if s.value is not None]

    @property
    def revokes(self) -> list[PlannedScore]:
        return [s for s in self.scores if s.value is None]

    @property
    def empty(self) -> bool:
        return not (self.scores or self.blocks or self.unblocks)

    @property
    def summary(self) -> str:
        parts = [translate("WorkerScores", "{count} score(s) to grant or change"
                           ).format(count=len(self.grants)),
                 translate("WorkerScores", "{count} to revoke").format(count=len(self.revokes))]
        if self.blocks or self.unblocks:
            parts.append(translate("WorkerScores", "{blocks} worker(s) to block, {unblocks} to "
                                   "unblock").format(blocks=len(self.blocks),
                                                     unblocks=len(self.unblocks)))
        parts.append(translate("WorkerScores", "{count} already as asked"
                               ).format(count=self.unchanged))
        return translate("WorkerScores", "{count} workers read: {parts}").format(
            count=f"{self.rows:,}", parts=", ".join(parts))


def plan_worker_csv(wb: Workbench, account: AccountInfo, text: str) -> ImportPlan:
    """Read an edited worker CSV and compare it with the scores the store holds."""
    types = list_types(wb, account)
    by_name = {t.name: t for t in types}
    changes = read_worker_csv(text, by_name)
    held = current_scores(wb, account)
    plan = ImportPlan(rows=changes.rows)
    for change in changes.scores:
        qtype = by_name[change.qualification]
        before = held.get((qtype.type_id, change.worker_id))
        holds = (qtype.type_id, change.worker_id) in held
        if (change.value is None and not holds) or (holds and before == change.value):
            plan.unchanged += 1
            continue
        plan.scores.append(PlannedScore(qtype.type_id, qtype.name, change.worker_id,
                                        change.value, before))
    with wb.store.read() as session:
        blocked = set(session.scalars(select(Block.worker_id).where(
            Block.account_id == account.id)))
    for block in changes.blocks:
        if block.block == (block.worker_id in blocked):
            plan.unchanged += 1
        elif block.block:
            plan.blocks.append((block.worker_id, block.reason))
        else:
            plan.unblocks.append(block.worker_id)
    return plan


def apply_import(wb: Workbench, account: AccountInfo, plan: ImportPlan, *,
                 reason: str = "Updated from the worker CSV") -> DecisionReport:
    """Queue what the plan says; actions already queued for a worker are reported, not doubled."""
    report = DecisionReport()
    for planned in plan.scores:
        try:
            if planned.value is None:
                action = outbox.queue_revoke_qualification(
                    wb, account, planned.type_id, planned.worker_id, reason, name=planned.name)
            else:
                action = outbox.queue_grant_qualification(
                    wb, account, planned.type_id, planned.worker_id, planned.value,
                    name=planned.name)
        except outbox.OutboxError as exc:
            report.skipped.append((planned.worker_id, str(exc)))
            continue
        report.queued.append(action.id)
    for worker_id, block_reason in plan.blocks:
        try:
            report.queued.append(outbox.queue_block(wb, account, worker_id,
                                                    reason=block_reason).id)
        except outbox.OutboxError as exc:
            report.skipped.append((worker_id, str(exc)))
    for worker_id in plan.unblocks:
        try:
            report.queued.append(outbox.queue_unblock(wb, account, worker_id).id)
        except outbox.OutboxError as exc:
            report.skipped.append((worker_id, str(exc)))
    return report


def read_csv_file(path: Path) -> str:
    """A CSV file's text (UTF-8, with or without BOM; Excel's cp1252 as a fallback)."""
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise QualificationError(translate("WorkerScores", "{file} is not a text file"
                                       ).format(file=path.name))


def csv_text(names: list[str], rows: list[WorkerRow]) -> str:
    """The worker CSV as text (for tests and the clipboard)."""
    out = io.StringIO()
    write_worker_csv(out, names, rows)
    return out.getvalue()
