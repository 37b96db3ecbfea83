"""Throughput and pay: submissions per hour, how long the work takes, and what it pays per hour.

The effective hourly wage is the reward (with or without the bonuses paid on that work)
against the median work time of the work that was not rejected: rejected work is mostly
work done too fast to be honest, and would make a task look quicker than it is.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import tzinfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from workbench.domain.clock import format_duration
from workbench.domain.money import format_dollars
from workbench.domain.statuses import AssignmentStatus
from workbench.domain.text import translate
from workbench.services.context import Workbench
from workbench.services.statistics import summaries
from workbench.services.statistics.approval import submitted_per_hour
from workbench.services.statistics.calendar import (
    HOUR_S,
    Granularity,
    LocalCalendar,
    TimeAxis,
    TimeBucket,
    make_axis,
)
from workbench.services.statistics.query import (
    NO_BATCH,
    ChartFilter,
    Table,
    hour_start,
    in_range,
    scope_assignments,
)
from workbench.store.schema import HIT, Assignment, Batch, Bonus

REJECTED = AssignmentStatus.REJECTED.value
# Histogram bin widths a person reads easily, in seconds.
NICE_WIDTHS = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 43200,
               86400)
MAX_BINS = 30


@dataclass(frozen=True)
class SubmissionsPoint:
    bucket: TimeBucket
    submissions: int
    # The hours of the bucket that have passed (the current day is not over yet).
    hours: float

    @property
    def per_hour(self) -> float:
        return self.submissions / self.hours if self.hours > 0 else 0.0


@dataclass(frozen=True)
class SubmissionsReport:
    """Work submitted per period, as an average rate per hour."""

    axis: TimeAxis
    points: list[SubmissionsPoint]
    total: int
    busiest_hour: TimeBucket | None
    busiest_hour_submissions: int

    @property
    def empty(self) -> bool:
        return self.total == 0

    def table(self) -> Table:
        table = Table(("Period", "Submissions", "Hours", "Submissions per hour"))
        table.rows.extend((p.bucket.label, str(p.submissions), f"{p.hours:g}",
                           f"{p.per_hour:.2f}") for p in self.points)
        table.rows.append(("Total", str(self.total), "", ""))
        return table


@dataclass(frozen=True)
class WorkTimeBin:
    low_s: int
    # None for the last, open-ended bin.
    high_s: int | None
    kept: int
    rejected: int

    @property
    def label(self) -> str:
        if self.high_s is None:
            return translate("Statistics", "{duration} or more").format(
                duration=format_duration(self.low_s))
        return f"{format_duration(self.low_s)}–{format_duration(self.high_s)}"


@dataclass(frozen=True)
class WorkTimeReport:
    """How long submitted work took: a histogram, split into kept and rejected work."""

    bins: list[WorkTimeBin]
    median_s: float | None
    kept_median_s: float | None
    p90_s: float | None
    assignments: int

    @property
    def empty(self) -> bool:
        return self.assignments == 0

    def table(self) -> Table:
        table = Table(("Work time from (s)", "to (s)", "Approved or awaiting review",
                       "Rejected"))
        table.rows.extend((str(b.low_s), "" if b.high_s is None else str(b.high_s),
                           str(b.kept), str(b.rejected)) for b in self.bins)
        table.rows.append(("Median (s)", _seconds(self.median_s), "Median of kept work (s)",
                           _seconds(self.kept_median_s)))
        return table


@dataclass(frozen=True)
class WageRow:
    """The effective hourly wage of one batch at one reward."""

    label: str
    batch_id: int | None
    reward_cents: int
    assignments: int
    median_work_s: float
    bonus_cents: int

    @property
    def bonus_per_assignment_cents(self) -> float:
        return self.bonus_cents / self.assignments if self.assignments else 0.0

    @property
    def wage_cents(self) -> float:
        """Reward per hour of median work."""
        return self.reward_cents * HOUR_S / self.median_work_s if self.median_work_s else 0.0

    @property
    def wage_with_bonus_cents(self) -> float:
        if not self.median_work_s:
            return 0.0
        return (self.reward_cents + self.bonus_per_assignment_cents) * HOUR_S / self.median_work_s


@dataclass(frozen=True)
class WageReport:
    """Effective hourly wage per batch (and reward), against the wage the user set."""

    rows: list[WageRow]
    fair_wage_cents: int

    @property
    def empty(self) -> bool:
        return not self.rows

    @property
    def below_fair(self) -> list[WageRow]:
        return [r for r in self.rows if r.wage_with_bonus_cents < self.fair_wage_cents]

    def table(self) -> Table:
        table = Table(("Batch", "Reward", "Assignments (not rejected)", "Median work time (s)",
                       "Bonus per assignment", "Hourly wage", "Hourly wage with bonuses",
                       "Your fair wage"))
        table.rows.extend((
            r.label, format_dollars(r.reward_cents), str(r.assignments), _seconds(r.median_work_s),
            format_dollars(round(r.bonus_per_assignment_cents)),
            format_dollars(round(r.wage_cents)), format_dollars(round(r.wage_with_bonus_cents)),
            format_dollars(self.fair_wage_cents)) for r in self.rows)
        return table


def _seconds(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def median(counts: Iterable[tuple[int, int]]) -> float | None:
    """The median of values given as (value, how many times), e.g. grouped by the database."""
    return quantile(counts, 0.5)


def quantile(counts: Iterable[tuple[int, int]], share: float) -> float | None:
    """A quantile of counted values; the median of an even count averages the middle two."""
    ordered = sorted((v, n) for v, n in counts if n > 0)
    total = sum(n for _, n in ordered)
    if not total:
        return None
    if share == 0.5 and total % 2 == 0:
        wanted = (total // 2 - 1, total // 2)
    else:
        rank = min(total - 1, max(0, math.ceil(share * total) - 1))
        wanted = (rank, rank)
    values: list[int] = []
    seen = 0
    for value, n in ordered:
        while len(values) < 2 and wanted[len(values)] < seen + n:
            values.append(value)
        seen += n
        if len(values) == 2:
            break
    return (values[0] + values[1]) / 2


def submissions_over_time(wb: Workbench, flt: ChartFilter, *, zone: tzinfo | None = None,
                          from_scratch: bool = False) -> SubmissionsReport:
    """Submissions per period (local time), as an average per hour, and the busiest hour."""
    calendar = LocalCalendar(zone)
    phase = calendar.hour_phase()
    by_hour: dict[float, int] = {}
    with wb.store.read() as session:
        for (key, _), n in submitted_per_hour(session, flt, phase,
                                              from_scratch=from_scratch).items():
            start = hour_start(key, phase)
            assert start is not None
            by_hour[start] = by_hour.get(start, 0) + n
    hours = list(by_hour)
    now = wb.clock()
    axis = make_axis(calendar, flt.granularity, hours, start=flt.start, end=flt.end, now=now)
    counts = [0] * len(axis.buckets)
    for start, n in by_hour.items():
        index = axis.index_of(start)
        if index is not None:
            counts[index] += n
    points = []
    for bucket, n in zip(axis.buckets, counts, strict=True):
        # The bucket under way counts only its hours so far (at least one: no wild rates).
        passed = (min(bucket.end, now.timestamp()) - bucket.start) / HOUR_S
        points.append(SubmissionsPoint(bucket, n, max(min(bucket.hours, 1.0), passed)))
    busiest, busiest_n = None, 0
    if hours:
        start = max(hours, key=lambda h: (by_hour[h], -h))
        busiest = TimeBucket(start, start + HOUR_S, calendar.label(start, Granularity.HOUR))
        busiest_n = by_hour[start]
    return SubmissionsReport(axis, points, sum(by_hour.values()), busiest, busiest_n)


# (batch, reward, work time in s, 1 if rejected) -> how many assignments
WorkGroups = dict[tuple[int | None, int, int, int], int]


def _work_groups(session: Session, flt: ChartFilter, from_scratch: bool = False) -> WorkGroups:
    """One pass over the work submitted in the range, for both the histogram and the wage."""
    if not from_scratch and flt.start is None and flt.end is None and summaries.usable(session):
        # (The summary has no time: a range is read from the assignments themselves.)
        source = summaries.rows(session, "chart_work_times", flt)
        keys = (source.c.batch_key, source.c.reward_cents, source.c.work_time_s,
                source.c.rejected)
        return {(summaries.batch_of(batch), int(reward), int(work), int(was_rejected)): int(n)
                for batch, reward, work, was_rejected, n in session.execute(
                    select(*keys, func.sum(source.c.n)).group_by(*keys)
                    .having(func.sum(source.c.n) != 0))}
    rejected = case((Assignment.status == REJECTED, 1), else_=0).label("g_rejected")
    # No "work time IS NOT NULL" here: SQLite would then walk the work-time index and fetch
    # each row from it, slower than reading the table in order; empty times are dropped below.
    query = (select(HIT.batch_id.label("g_batch"), HIT.reward_cents.label("g_reward"),
                    Assignment.work_time_s.label("g_work"), rejected, func.count().label("g_n"))
             .select_from(Assignment).join(HIT, HIT.id == Assignment.hit_pk))
    query = in_range(scope_assignments(query, flt, joined=True), Assignment.submit_time, flt)
    return {(batch, int(reward), int(work), int(was_rejected)): int(n)
            for batch, reward, work, was_rejected, n in session.execute(
                query.group_by("g_batch", "g_reward", "g_work", "g_rejected"))
            if work is not None}


def work_time_distribution(wb: Workbench, flt: ChartFilter, *, from_scratch: bool = False
                           ) -> WorkTimeReport:
    """A histogram of work time for work submitted in the range, kept and rejected apart."""
    with wb.store.read() as session:
        return _work_time(_work_groups(session, flt, from_scratch))


def hourly_wage(wb: Workbench, flt: ChartFilter, fair_wage_cents: int, *,
                from_scratch: bool = False) -> WageReport:
    """Effective hourly wage per batch and reward: reward over the median work time of kept work."""
    with wb.store.read() as session:
        return _wage(session, flt, _work_groups(session, flt, from_scratch), fair_wage_cents)


def work_time_and_wage(wb: Workbench, flt: ChartFilter, fair_wage_cents: int, *,
                       from_scratch: bool = False) -> tuple[WorkTimeReport, WageReport]:
    """Both from one pass over the assignments (or their summary)."""
    with wb.store.read() as session:
        groups = _work_groups(session, flt, from_scratch)
        return _work_time(groups), _wage(session, flt, groups, fair_wage_cents)


def _work_time(groups: WorkGroups) -> WorkTimeReport:
    rows: dict[tuple[int, int], int] = {}
    for (_, _, work, was_rejected), n in groups.items():
        rows[(work, was_rejected)] = rows.get((work, was_rejected), 0) + n
    everything: dict[int, int] = {}
    kept: dict[int, int] = {}
    for (work, was_rejected), n in rows.items():
        everything[work] = everything.get(work, 0) + n
        if not was_rejected:
            kept[work] = kept.get(work, 0) + n
    total = sum(everything.values())
    if not total:
        return WorkTimeReport([], None, None, None, 0)
    p95 = quantile(everything.items(), 0.95) or 0
    width = next((w for w in NICE_WIDTHS if math.ceil((p95 + 1) / w) <= MAX_BINS),
                 NICE_WIDTHS[-1])
    count = max(1, math.ceil((p95 + 1) / width))
    top = max(everything)
    bins_kept = [0] * (count + 1)
    bins_rejected = [0] * (count + 1)
    for (work, was_rejected), n in rows.items():
        index = min(work // width, count)
        (bins_rejected if was_rejected else bins_kept)[index] += n
    bins = [WorkTimeBin(i * width, (i + 1) * width, bins_kept[i], bins_rejected[i])
            for i in range(count)]
    if bins_kept[count] or bins_rejected[count]:
        bins.append(WorkTimeBin(count * width, None if top >= (count + 1) * width
                                else (count + 1) * width, bins_kept[count], bins_rejected[count]))
    return WorkTimeReport(bins, median(everything.items()), median(kept.items()),
                          quantile(everything.items(), 0.9), total)


def _wage(session: Session, flt: ChartFilter, work: WorkGroups, fair_wage_cents: int
          ) -> WageReport:
    groups: dict[tuple[int | None, int], dict[int, int]] = {}
    for (batch_id, reward, seconds, was_rejected), n in work.items():
        if not was_rejected:
            groups.setdefault((batch_id, reward), {})[seconds] = n
    bonuses = (select(HIT.batch_id.label("g_batch"), HIT.reward_cents.label("g_reward"),
                      func.sum(Bonus.amount_cents).label("g_cents"))
               .select_from(Bonus)
               .join(Assignment, (Assignment.account_id == Bonus.account_id)
                     & (Assignment.assignment_id == Bonus.assignment_id))
               .join(HIT, HIT.id == Assignment.hit_pk)
               .where(Assignment.status != REJECTED, Assignment.work_time_s.is_not(None)))
    bonuses = in_range(scope_assignments(bonuses, flt, joined=True), Assignment.submit_time, flt)
    paid = {(b, int(r)): int(c or 0)
            for b, r, c in session.execute(bonuses.group_by("g_batch", "g_reward"))}
    ids = [b for b, _ in groups if b is not None]
    batches = {row.id: (row.name, row.created_at) for row in session.execute(
        select(Batch.id, Batch.name, Batch.created_at).where(Batch.id.in_(ids)))}
    rewards_per_batch: dict[int | None, int] = {}
    for batch_id, _ in groups:
        rewards_per_batch[batch_id] = rewards_per_batch.get(batch_id, 0) + 1
    rows: list[WageRow] = []
    for (batch_id, reward), works in groups.items():
        middle = median(works.items())
        if not middle:
            continue  # no time recorded (0 s): no wage can be computed
        name = (batches[batch_id][0] if batch_id in batches
                else translate("Statistics", NO_BATCH))
        if rewards_per_batch[batch_id] > 1:
            name = translate("Statistics", "{batch} at {reward}").format(
                batch=name, reward=format_dollars(reward))
        rows.append(WageRow(name, batch_id, reward, sum(works.values()), middle,
                            paid.get((batch_id, reward), 0)))
    rows.sort(key=lambda r: (r.batch_id is None,
                             -(batches[r.batch_id][1].timestamp() if r.batch_id in batches
                               else 0), r.label))
    return WageReport(rows, fair_wage_cents)
