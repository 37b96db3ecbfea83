"""Approval rates: how much work you approve, reject or leave waiting, over time, per batch
and across workers, and the rejection rate you give (which workers' own approval rate and
their access to other work depend on).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import tzinfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from workbench.domain.statuses import AssignmentStatus
from workbench.domain.text import translate
from workbench.services.context import Workbench
from workbench.services.statistics import summaries
from workbench.services.statistics.calendar import LocalCalendar, TimeAxis, TimeBucket, make_axis
from workbench.services.statistics.query import (
    NO_BATCH,
    ChartFilter,
    Table,
    hour_of,
    hour_start,
    in_range,
    percent,
    scope_assignments,
)
from workbench.store.chart_summary import NO_TIME
from workbench.store.schema import HIT, Assignment, Batch

APPROVED = AssignmentStatus.APPROVED.value
REJECTED = AssignmentStatus.REJECTED.value
SUBMITTED = AssignmentStatus.SUBMITTED.value


@dataclass
class Decisions:
    """Assignments by what became of them."""

    approved: int = 0
    rejected: int = 0
    pending: int = 0

    @property
    def total(self) -> int:
        return self.approved + self.rejected + self.pending

    @property
    def decided(self) -> int:
        return self.approved + self.rejected

    @property
    def rejection_rate(self) -> float | None:
        """Rejected among decided work (what a worker's approval rate is made of)."""
        return self.rejected / self.decided if self.decided else None

    def count(self, status: str, n: int) -> None:
        if status == APPROVED:
            self.approved += n
        elif status == REJECTED:
            self.rejected += n
        else:
            self.pending += n

    def cells(self) -> tuple[str, ...]:
        return (str(self.total), str(self.approved), str(self.rejected), str(self.pending),
                percent(self.approved, self.total), percent(self.rejected, self.total),
                percent(self.pending, self.total), percent(self.rejected, self.decided))


DECISION_HEADERS = ("Submitted", "Approved", "Rejected", "Awaiting review", "Approved %",
                    "Rejected %", "Awaiting %", "Rejection rate of decided")


@dataclass(frozen=True)
class ApprovalPoint:
    bucket: TimeBucket
    decisions: Decisions


@dataclass(frozen=True)
class ApprovalReport:
    """Work submitted in each period (local time) by what became of it, and in total."""

    axis: TimeAxis
    points: list[ApprovalPoint]
    total: Decisions

    @property
    def empty(self) -> bool:
        return self.total.total == 0

    def table(self) -> Table:
        table = Table(("Period submitted", *DECISION_HEADERS))
        table.rows.extend((p.bucket.label, *p.decisions.cells()) for p in self.points)
        table.rows.append(("Total", *self.total.cells()))
        return table


@dataclass(frozen=True)
class BatchDecisions:
    batch_id: int | None
    name: str
    decisions: Decisions


@dataclass(frozen=True)
class BatchApprovalReport:
    """Each batch's work by what became of it, newest batch first."""

    batches: list[BatchDecisions]

    @property
    def empty(self) -> bool:
        return not self.batches

    def table(self) -> Table:
        table = Table(("Batch", *DECISION_HEADERS))
        table.rows.extend((b.name, *b.decisions.cells()) for b in self.batches)
        return table


# Bands of a worker's approval rate on your work; requesters commonly require 95% or 99%.
RATE_BANDS = ("under 50%", "50% to under 80%", "80% to under 90%", "90% to under 95%",
              "95% to under 99%", "99% to under 100%", "100%")


@dataclass(frozen=True)
class WorkerRatesReport:
    """How many workers fall in each band of approval rate on your decided work."""

    workers_per_band: list[int]
    undecided_workers: int

    @property
    def workers(self) -> int:
        return sum(self.workers_per_band)

    @property
    def workers_rejected(self) -> int:
        """Workers you rejected at least once (everyone below 100%)."""
        return sum(self.workers_per_band[:-1])

    @property
    def empty(self) -> bool:
        return self.workers == 0

    def table(self) -> Table:
        table = Table(("Approval rate on your work", "Workers", "Share of workers"))
        table.rows.extend((band, str(n), percent(n, self.workers))
                          for band, n in zip(RATE_BANDS, self.workers_per_band, strict=True))
        table.rows.append(("nothing decided yet", str(self.undecided_workers), ""))
        return table


# (hour group, status) -> assignments submitted in it
HourStatus = Counter[tuple[int, str]]


def submitted_per_hour(session: Session, flt: ChartFilter, phase: int, *,
                       from_scratch: bool = False) -> HourStatus:
    """Assignments submitted in the filter's range, per hour group (query.hour_of) and status."""
    if from_scratch or not summaries.usable(session, phase):
        return _submitted_per_hour(session, flt, phase)
    parts = summaries.split(flt)
    found: HourStatus = Counter()
    if parts.summarised:
        source = summaries.rows(session, "chart_submissions", flt, quarter="submit_q",
                                parts=parts, where=[lambda s: s.c.submit_q != NO_TIME])
        hour = summaries.hour_of_quarter(source.c.submit_q, phase).label("g_hour")
        for key, status, n in session.execute(
                select(hour, source.c.status, func.sum(source.c.n))
                .group_by(hour, source.c.status).having(func.sum(source.c.n) != 0)):
            found[(int(key), status)] += int(n)
    for piece in parts.pieces:
        found.update(_submitted_per_hour(session, piece, phase))
    return found


def _submitted_per_hour(session: Session, flt: ChartFilter, phase: int) -> HourStatus:
    hour = hour_of(Assignment.submit_time, phase).label("g_hour")
    query = select(hour, Assignment.status.label("g_status"), func.count().label("g_n")) \
        .select_from(Assignment).where(Assignment.submit_time.is_not(None))
    query = in_range(scope_assignments(query, flt), Assignment.submit_time, flt)
    found: HourStatus = Counter()
    for key, status, n in session.execute(query.group_by("g_hour", "g_status")):
        assert key is not None
        found[(int(key), status)] += int(n)
    return found


def approval_over_time(wb: Workbench, flt: ChartFilter, *, zone: tzinfo | None = None,
                       from_scratch: bool = False) -> ApprovalReport:
    """Work submitted per period, split into approved, rejected and awaiting review."""
    calendar = LocalCalendar(zone)
    phase = calendar.hour_phase()
    by_hour: dict[float, Decisions] = {}
    with wb.store.read() as session:
        for (key, status), n in submitted_per_hour(session, flt, phase,
                                                   from_scratch=from_scratch).items():
            start = hour_start(key, phase)
            assert start is not None
            by_hour.setdefault(start, Decisions()).count(status, n)
    axis = make_axis(calendar, flt.granularity, list(by_hour), start=flt.start, end=flt.end,
                     now=wb.clock())
    points = [ApprovalPoint(b, Decisions()) for b in axis.buckets]
    total = Decisions()
    for start, decisions in by_hour.items():
        index = axis.index_of(start)
        for status, n in ((APPROVED, decisions.approved), (REJECTED, decisions.rejected),
                          (SUBMITTED, decisions.pending)):
            total.count(status, n)
            if index is not None:
                points[index].decisions.count(status, n)
    return ApprovalReport(axis, points, total)


def approval_by_batch(wb: Workbench, flt: ChartFilter, *, from_scratch: bool = False
                      ) -> BatchApprovalReport:
    """Work submitted in the range, per batch, split by what became of it."""
    found: dict[int | None, Decisions] = {}
    with wb.store.read() as session:
        for (batch_id, status), n in _per_batch(session, flt, from_scratch).items():
            found.setdefault(batch_id, Decisions()).count(status, n)
        ids = [b for b in found if b is not None]
        names = {row.id: (row.name, row.created_at) for row in session.execute(
            select(Batch.id, Batch.name, Batch.created_at).where(Batch.id.in_(ids)))}
    rows = [BatchDecisions(b, names[b][0] if b in names else translate("Statistics", NO_BATCH), d)
            for b, d in found.items()]
    # Newest batch first; HITs outside any batch last.
    rows.sort(key=lambda r: (r.batch_id is None,
                             -(names[r.batch_id][1].timestamp() if r.batch_id in names else 0),
                             r.name))
    return BatchApprovalReport(rows)


def _per_batch(session: Session, flt: ChartFilter, from_scratch: bool
               ) -> Counter[tuple[int | None, str]]:
    if from_scratch or not summaries.usable(session):
        return _per_batch_from_scratch(session, flt)
    parts = summaries.split(flt)
    found: Counter[tuple[int | None, str]] = Counter()
    if parts.summarised:
        source = summaries.rows(session, "chart_submissions", flt, quarter="submit_q",
                                parts=parts)
        for batch_key, status, n in session.execute(
                select(source.c.batch_key, source.c.status, func.sum(source.c.n))
                .group_by(source.c.batch_key, source.c.status)
                .having(func.sum(source.c.n) != 0)):
            found[(summaries.batch_of(batch_key), status)] += int(n)
    for piece in parts.pieces:
        found.update(_per_batch_from_scratch(session, piece))
    return found


def _per_batch_from_scratch(session: Session, flt: ChartFilter
                            ) -> Counter[tuple[int | None, str]]:
    query = (select(HIT.batch_id.label("g_batch"), Assignment.status.label("g_status"),
                    func.count().label("g_n"))
             .select_from(Assignment).join(HIT, HIT.id == Assignment.hit_pk))
    query = in_range(scope_assignments(query, flt, joined=True), Assignment.submit_time, flt)
    found: Counter[tuple[int | None, str]] = Counter()
    for batch_id, status, n in session.execute(query.group_by("g_batch", "g_status")):
        found[(batch_id, status)] += int(n)
    return found


def worker_approval_rates(wb: Workbench, flt: ChartFilter, *, from_scratch: bool = False
                          ) -> WorkerRatesReport:
    """How many workers have each band of approval rate on the work you decided."""
    with wb.store.read() as session:
        if from_scratch or flt.start is not None or flt.end is not None \
                or not summaries.usable(session):
            # The summary has no time: a range is read from the assignments themselves.
            approved = func.sum(case((Assignment.status == APPROVED, 1), else_=0))
            rejected = func.sum(case((Assignment.status == REJECTED, 1), else_=0))
            per_worker = select(Assignment.worker_id, approved.label("approved"),
                                rejected.label("rejected")).select_from(Assignment)
            per_worker = in_range(scope_assignments(per_worker, flt), Assignment.submit_time,
                                  flt)
            workers = per_worker.group_by(Assignment.worker_id).subquery()
        else:
            source = summaries.rows(session, "chart_workers", flt)
            workers = (select(source.c.worker_id,
                              func.sum(source.c.approved).label("approved"),
                              func.sum(source.c.rejected).label("rejected"))
                       .group_by(source.c.worker_id).having(func.sum(source.c.n) > 0)
                       .subquery())
        decided = workers.c.approved + workers.c.rejected
        # Whole-number comparisons, so a band edge (exactly 95%) falls where it should.
        band = case(
            (decided == 0, -1),
            (workers.c.rejected == 0, 6),
            (workers.c.approved * 100 >= decided * 99, 5),
            (workers.c.approved * 100 >= decided * 95, 4),
            (workers.c.approved * 100 >= decided * 90, 3),
            (workers.c.approved * 100 >= decided * 80, 2),
            (workers.c.approved * 100 >= decided * 50, 1),
            else_=0).label("g_band")
        counts = [0] * len(RATE_BANDS)
        undecided = 0
        for index, n in session.execute(select(band, func.count()).group_by("g_band")):
            if index < 0:
                undecided = n
            else:
                counts[index] = n
    return WorkerRatesReport(counts, undecided)
