"""Reading the charts' summaries (store.chart_summary) with a filter, exactly.

A filter's range rarely ends on a quarter hour ("Last 24 hours" starts at this second): the
whole quarter hours inside it are read from the summaries, and the minutes at either end
from the assignments themselves, by the same queries a computation from scratch makes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, Subquery, case, literal, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause

from workbench.services.statistics.calendar import HOUR_S
from workbench.services.statistics.query import ChartFilter
from workbench.store import chart_summary as cs
from workbench.store.schema import Batch

Q = cs.QUARTER_S


@dataclass(frozen=True)
class Split:
    """How a filter's range is read: quarter hours [first, stop) from the summaries (None:
    open-ended; no range at all also counts work without a time) and raw pieces at the ends."""

    first: int | None
    stop: int | None
    pieces: tuple[ChartFilter, ...]
    ranged: bool

    @property
    def summarised(self) -> bool:
        return self.first is None or self.stop is None or self.first < self.stop


def split(flt: ChartFilter) -> Split:
    """The quarter hours wholly inside the filter's range, and the filters of what is left."""
    if flt.start is None and flt.end is None:
        return Split(None, None, (), False)
    first = math.ceil(flt.start.timestamp() / Q) if flt.start is not None else None
    stop = math.floor(flt.end.timestamp() / Q) if flt.end is not None else None
    if first is not None and stop is not None and first >= stop:
        return Split(first, stop, (flt,), True)
    pieces = []
    if flt.start is not None and first is not None and first * Q != flt.start.timestamp():
        pieces.append(replace(flt, end=_instant(first)))
    if flt.end is not None and stop is not None and stop * Q != flt.end.timestamp():
        pieces.append(replace(flt, start=_instant(stop)))
    return Split(first, stop, tuple(pieces), True)


def _instant(quarter: int) -> datetime:
    return datetime.fromtimestamp(quarter * Q, UTC)


def usable(session: Session, phase: int = 0) -> bool:
    """Whether this store has the summaries and they can group hours in this time zone."""
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    return phase % Q == 0 and cs.is_available(engine)  # type: ignore[arg-type]


# Each summary's rows, and how the facts not folded yet read as such rows.
Columns = Callable[[FromClause], list[ColumnElement[object]]]
_FACT_ROWS: dict[str, tuple[Columns, Callable[[FromClause], list[ColumnElement[bool]]]]] = {
    "chart_submissions": (
        lambda f: [f.c.account_id, f.c.batch_key, f.c.submit_q, f.c.status, f.c.n],
        lambda f: []),
    "chart_money": (
        lambda f: [f.c.account_id, f.c.batch_key, f.c.status, f.c.money_q, f.c.reward_cents,
                   f.c.ten_plus, f.c.masters, f.c.n],
        lambda f: [f.c.status.in_((cs.APPROVED, cs.SUBMITTED))]),
    "chart_workers": (
        lambda f: [f.c.account_id, f.c.batch_key, f.c.worker_id, f.c.n,
                   case((f.c.status == cs.APPROVED, f.c.n), else_=0),
                   case((f.c.status == cs.REJECTED, f.c.n), else_=0)],
        lambda f: []),
    "chart_work_times": (
        lambda f: [f.c.account_id, f.c.batch_key, f.c.reward_cents, f.c.work_time_s,
                   case((f.c.status == cs.REJECTED, 1), else_=0), f.c.n],
        lambda f: [f.c.work_time_s.is_not(None)]),
}


Condition = Callable[[FromClause], ColumnElement[bool]]


def rows(session: Session, table: str, flt: ChartFilter, *, quarter: str | None = None,
         parts: Split | None = None, where: Sequence[Condition] = ()) -> Subquery:
    """A summary's rows for the filter's account and HITs (and, by ``quarter``, the whole
    quarter hours of ``parts``), together with the facts not folded into it yet."""
    summary = cs.metadata.tables[table].alias("s")
    facts = cs.unfolded(session.get_bind().dialect.name).subquery("u")
    columns, keep = _FACT_ROWS[table]
    branches: list[Select[Any]] = []
    sources: list[tuple[FromClause, list[ColumnElement[Any]], list[ColumnElement[bool]]]] = [
        (summary, list(summary.c), []), (facts, columns(facts), keep(facts))]
    for source, selected, own in sources:
        conditions: list[ColumnElement[bool]] = [*own, source.c.account_id == flt.account_id]
        conditions += _scope(source, flt)
        if quarter is not None and parts is not None:
            conditions += _quarters(source.c[quarter], parts)
        conditions += [condition(source) for condition in where]
        branches.append(select(*selected).where(*conditions))
    names = [c.name for c in summary.c]
    return union_all(*(b.with_only_columns(*(c.label(n) for c, n in zip(
        b.selected_columns, names, strict=True))) for b in branches)).subquery(table)


def _scope(source: FromClause, flt: ChartFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.batch_id is not None:
        conditions.append(source.c.batch_key == flt.batch_id)
    if flt.template_id is not None:
        conditions.append(source.c.batch_key.in_(
            select(Batch.id).where(Batch.account_id == flt.account_id,
                                   Batch.template_id == flt.template_id)))
    return conditions


def _quarters(column: ColumnElement[int], parts: Split) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if parts.ranged:
        conditions.append(column != cs.NO_TIME)
    if parts.first is not None:
        conditions.append(column >= parts.first)
    if parts.stop is not None:
        conditions.append(column < parts.stop)
    return conditions


def hour_of_quarter(column: ColumnClause[int] | ColumnElement[int], phase: int
                    ) -> ColumnElement[int]:
    """The hour group (as query.hour_of gives it) of a quarter hour; times after 1970."""
    return (column * Q + literal(phase)) // HOUR_S


def batch_of(key: int) -> int | None:
    """The batch a summary's key stands for (0: outside any batch)."""
    return int(key) or None
