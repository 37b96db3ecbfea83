"""Batches before and after publishing: reading input files, checking every row's page,
the time earlier batches of a template took, and what the Batches page shows of one batch.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from workbench.domain.fee_schedules import MTURK_FEES, FeeSchedule, fee_schedule
from workbench.domain.text import translate
from workbench.formats.inputs import InputTable, read_input_table
from workbench.formats.questions import QUESTION_MAX_BYTES, QuestionTooLarge, html_question
from workbench.formats.template_scan import hit_page
from workbench.formats.templates import UnknownPlaceholders, check_placeholders
from workbench.services.context import Workbench
from workbench.services.progress import CancelToken, Progress, no_progress
from workbench.services.publish import CostEstimate, HITProperties, PublishError, estimate_cost
from workbench.store.schema import HIT, Account, Assignment, Batch, BatchRow, Template

CHECK_PROGRESS_EVERY = 500
TOO_LARGE_SHOWN = 20
PREVIOUS_BATCHES_LOOKED_AT = 10


def load_input(path: str | Path, sheet: str | None = None, *, progress: Progress = no_progress,
               cancel: CancelToken | None = None) -> InputTable:
    """Read an input file (CSV or Excel) with progress; cancelling stops the reading."""

    def report(done: int, total: int, message: str) -> None:
        if cancel is not None:
            cancel.check()
        progress(done, total, message)

    progress(0, 0, translate(
        "BatchService", "Reading {name}").format(name=Path(path).name))
    return read_input_table(path, sheet=sheet, progress=report)


@dataclass(frozen=True)
class RowCheck:
    """Every row's page, rendered: the largest, and those over MTurk's 64 KB."""

    rows: int
    largest_row: int
    largest_bytes: int
    too_large: list[tuple[int, int]] = field(default_factory=list)
    too_large_count: int = 0

    @property
    def ok(self) -> bool:
        return self.too_large_count == 0

    def message(self) -> str:
        if self.ok:
            return translate(
                "BatchService", "All {rows} rows render; the largest page (row {row}) is {kb} KB "
                "of MTurk's 64 KB.").format(rows=f"{self.rows:,}", row=f"{self.largest_row + 1:,}",
                                            kb=f"{self.largest_bytes / 1024:.1f}")
        shown = ", ".join(f"{r + 1:,}" for r, _ in self.too_large[:8])
        more = "…" if self.too_large_count > 8 else ""
        return translate(
            "BatchService", "{count} row(s) make a page over MTurk's 64 KB (rows {rows}); the "
            "largest is {kb} KB.").format(count=f"{self.too_large_count:,}", rows=shown + more,
                                          kb=f"{self.largest_bytes / 1024:.1f}")


def check_rows(template_html: str, table: InputTable, frame_height: int = 0, *,
               progress: Progress = no_progress, cancel: CancelToken | None = None
               ) -> RowCheck:
    """Render every row's page as it will be published, and measure it."""
    try:
        check_placeholders(template_html, table.columns)
    except UnknownPlaceholders as exc:
        raise PublishError(str(exc)) from None
    largest, largest_bytes = 0, 0
    too_large: list[tuple[int, int]] = []
    count = 0
    total = len(table.rows)
    for index, row in enumerate(table.rows):
        try:
            size = len(html_question(hit_page(template_html, row),
                                     frame_height).encode("utf-8"))
        except QuestionTooLarge as exc:
            size = exc.size_bytes
        if size > largest_bytes:
            largest, largest_bytes = index, size
        if size > QUESTION_MAX_BYTES:
            count += 1
            if len(too_large) < TOO_LARGE_SHOWN:
                too_large.append((index, size))
        if index % CHECK_PROGRESS_EVERY == 0:
            if cancel is not None:
                cancel.check()
            progress(index, total, translate(
                "BatchService", "Rendering every row's page"))
    progress(total, total, translate(
        "BatchService", "Rendering every row's page"))
    return RowCheck(total, largest, largest_bytes, too_large, count)


def _work_times(session: Session, batch_id: int) -> list[int]:
    return [t for t in session.scalars(
        select(Assignment.work_time_s).join(HIT, HIT.id == Assignment.hit_pk)
        .where(HIT.batch_id == batch_id, Assignment.work_time_s.is_not(None))) if t is not None]


@dataclass(frozen=True)
class PreviousWork:
    """How long workers took on an earlier batch of the same template."""

    batch_id: int
    batch_name: str
    median_s: int
    assignments: int


def previous_work_time(wb: Workbench, account_id: int, template_html: str,
                       template_name: str | None = None) -> PreviousWork | None:
    """The median work time of the newest earlier batch of this template with work done."""
    with wb.store.read() as session:
        same = or_(Batch.template_html == template_html,
                   Template.name == template_name if template_name else Batch.id < 0)
        batches = session.execute(
            select(Batch.id, Batch.name).outerjoin(Template, Template.id == Batch.template_id)
            .where(Batch.account_id == account_id, same)
            .order_by(Batch.created_at.desc(), Batch.id.desc())
            .limit(PREVIOUS_BATCHES_LOOKED_AT)).all()
        for batch_id, name in batches:
            times = _work_times(session, batch_id)
            if times:
                return PreviousWork(batch_id, name, int(statistics.median(times)), len(times))
    return None


@dataclass(frozen=True)
class BatchDetails:
    """One batch as the Batches page shows it (plain values)."""

    id: int
    name: str
    state: str
    origin: str
    title: str
    description: str
    keywords: str
    props: HITProperties | None
    input_columns: list[str]
    rows: int
    published_rows: int
    hits: int
    submitted: int
    approved: int
    rejected: int
    created_at: datetime
    published_at: datetime | None
    template: str
    hit_type_id: str
    estimated_task_s: int | None
    median_work_s: int | None
    cost: CostEstimate | None
    requirements: list[dict[str, Any]]

    @property
    def unfinished(self) -> bool:
        """Rows remain unpublished: publishing can be resumed."""
        return self.origin != "import" and self.published_rows < self.rows


def _props(batch: Batch) -> HITProperties | None:
    try:
        return HITProperties(
            title=batch.title, description=batch.description,
            reward_cents=batch.reward_cents, max_assignments=batch.max_assignments,
            keywords=batch.keywords, lifetime_s=batch.lifetime_s,
            assignment_duration_s=batch.assignment_duration_s,
            auto_approval_delay_s=batch.auto_approval_delay_s,
            frame_height=batch.frame_height,
            qualification_requirements=list(batch.qualification_requirements or []))
    except (TypeError, ValueError):
        return None


def batch_details(wb: Workbench, batch_id: int) -> BatchDetails | None:
    """Everything the details pane shows about a batch, or None if it is gone."""
    with wb.store.read() as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            return None
        rows, published = session.execute(
            select(func.count(BatchRow.id), func.count(BatchRow.hit_id))
            .where(BatchRow.batch_id == batch_id)).one()
        hits, submitted, approved, rejected = session.execute(
            select(func.count(HIT.id), func.coalesce(func.sum(HIT.submitted_count), 0),
                   func.coalesce(func.sum(HIT.approved_count), 0),
                   func.coalesce(func.sum(HIT.rejected_count), 0))
            .where(HIT.batch_id == batch_id)).one()
        times = _work_times(session, batch_id)
        template = session.get(Template, batch.template_id) if batch.template_id else None
        props = _props(batch)
        count = int(rows) or int(hits)
        return BatchDetails(
            id=batch.id, name=batch.name, state=batch.state, origin=batch.origin,
            title=batch.title, description=batch.description, keywords=batch.keywords,
            props=props, input_columns=[str(c) for c in batch.input_columns or []],
            rows=int(rows), published_rows=int(published), hits=int(hits),
            submitted=int(submitted), approved=int(approved), rejected=int(rejected),
            created_at=batch.created_at, published_at=batch.published_at,
            template=translate("BatchService", "{name} (version {version})").format(
                name=template.name, version=template.version) if template else "",
            hit_type_id=batch.hit_type_id or "", estimated_task_s=batch.estimated_task_s,
            median_work_s=int(statistics.median(times)) if times else None,
            cost=estimate_cost(props, count, _account_fees(session, batch.account_id))
            if props is not None and count else None,
            requirements=list(batch.qualification_requirements or []))


@dataclass(frozen=True)
class BatchDraft:
    """A batch's page, rows and properties, to publish again as a new batch."""

    name: str
    template_html: str
    template_id: int | None
    table: InputTable
    props: HITProperties
    estimated_task_s: int | None


def batch_draft(wb: Workbench, batch_id: int) -> BatchDraft:
    """What a batch was made of, for publishing it again (as a new batch, with new tokens)."""
    with wb.store.read() as session:
        batch = session.get(Batch, batch_id)
        if batch is None or not batch.template_html:
            raise PublishError(translate(
                "BatchService", "batch {batch_id} has no template to publish again").format(
                    batch_id=batch_id))
        props = _props(batch)
        if props is None:
            raise PublishError(translate(
                "BatchService", "batch {batch_id}'s properties cannot be read").format(
                    batch_id=batch_id))
        rows = list(session.scalars(select(BatchRow.values).where(BatchRow.batch_id == batch_id)
                                    .order_by(BatchRow.row_index)))
        columns = [str(c) for c in batch.input_columns or []] or \
            list(dict.fromkeys(k for r in rows for k in r))
        table = InputTable(columns, [{c: str(r.get(c, "")) for c in columns} for r in rows],
                           source=f"batch {batch.name}")
        return BatchDraft(batch.name, batch.template_html, batch.template_id, table, props,
                          batch.estimated_task_s)


def batch_row_page(wb: Workbench, batch_id: int, row_index: int) -> tuple[str, dict[str, str]]:
    """A batch's template and the values of one of its rows."""
    with wb.store.read() as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise PublishError(translate(
                "BatchService", "there is no batch {batch_id}").format(batch_id=batch_id))
        values = session.scalar(select(BatchRow.values).where(
            BatchRow.batch_id == batch_id, BatchRow.row_index == row_index))
        return batch.template_html or "", {str(k): str(v) for k, v in (values or {}).items()}


def _account_fees(session: Session, account_id: int) -> FeeSchedule:
    account = session.get(Account, account_id)
    return fee_schedule(account.kind, account.options) if account is not None else MTURK_FEES
