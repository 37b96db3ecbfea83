"""What every chart query shares: the filter, hour groups on both dialects, fee tiers.

Money is summed per fee tier, not per row: the database counts assignments by (reward,
10-or-more, Masters), and each count is multiplied by the fee of that tier by the account's
schedule (domain.fee_schedules: MTurk's rules, or its own workforce's percentage), so the fee
rule lives in one place and is rounded per assignment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import BigInteger, ColumnElement, Integer, Select, Text, case, cast, literal, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from workbench.domain.currency import DEFAULT_CURRENCY
from workbench.domain.fee_schedules import MTURK_FEES, FeeSchedule, account_currency, fee_schedule
from workbench.domain.money import SURCHARGE_ASSIGNMENT_THRESHOLD
from workbench.domain.percent import percent_of
from workbench.domain.qualifications import MASTERS_ID, MASTERS_SANDBOX_ID
from workbench.domain.text import QT_TRANSLATE_NOOP
from workbench.services.statistics.calendar import HOUR_S, Granularity
from workbench.store.schema import HIT, Account, Assignment, Batch

# Shown as a batch name; translated where a report names it (the constant stays English).
NO_BATCH = QT_TRANSLATE_NOOP("Statistics", "HITs outside any batch")
# Any SELECT: the helpers below only add WHERE clauses and joins, keeping its row type.
Query = TypeVar("Query", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class ChartFilter:
    """Which work the charts count: one account, optionally one batch or template, a range."""

    account_id: int
    batch_id: int | None = None
    template_id: int | None = None
    # [start, end) in UTC; None is open-ended.
    start: datetime | None = None
    end: datetime | None = None
    granularity: Granularity = Granularity.AUTO

    @property
    def narrowed(self) -> bool:
        """True when only some HITs count (a batch or a template is chosen)."""
        return self.batch_id is not None or self.template_id is not None


@dataclass(frozen=True)
class Table:
    """A chart's numbers as rows of text, to paste into a spreadsheet."""

    headers: tuple[str, ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)

    def tsv(self) -> str:
        """Tab-separated with a header line: what spreadsheets take from the clipboard."""
        lines = ["\t".join(self.headers)]
        lines += ["\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row)
                  for row in self.rows]
        return "\n".join(lines) + "\n"


class HourGroup(FunctionElement[int]):
    """The hour an instant falls in, as a whole number of hours since 1970 (shifted by phase)."""

    type = BigInteger()
    inherit_cache = True
    name = "hour_group"


@compiles(HourGroup)
def _hour_group_sqlite(element: HourGroup, compiler: SQLCompiler, **kw: Any) -> str:
    moment, phase = (compiler.process(c, **kw) for c in element.clauses.clauses)
    # strftime('%s') truncates to the second; integer division floors (times are after 1970).
    return f"((CAST(strftime('%s', {moment}) AS INTEGER) + {phase}) / {HOUR_S})"


@compiles(HourGroup, "postgresql")
def _hour_group_postgresql(element: HourGroup, compiler: SQLCompiler, **kw: Any) -> str:
    moment, phase = (compiler.process(c, **kw) for c in element.clauses.clauses)
    # The column is a naive UTC timestamp, so EXTRACT(EPOCH) reads it as UTC.
    return f"CAST(FLOOR((EXTRACT(EPOCH FROM {moment}) + {phase}) / {HOUR_S}) AS BIGINT)"


def hour_of(moment: Any, phase: int) -> ColumnElement[int]:
    """The hour group of a timestamp expression; the group starts at key * 3600 - phase."""
    return HourGroup(moment, literal(phase, Integer))


def hour_start(key: int | None, phase: int) -> float | None:
    return None if key is None else float(int(key) * HOUR_S - phase)


def ten_or_more() -> ColumnElement[int]:
    """1 for HITs that pay MTurk's surcharge for 10 or more assignments."""
    return case((HIT.max_assignments >= SURCHARGE_ASSIGNMENT_THRESHOLD, 1), else_=0)


def masters() -> ColumnElement[int]:
    """1 for HITs that require the Masters qualification (production or sandbox id)."""
    text = cast(HIT.qualification_requirements, Text)
    return case((text.like(f"%{MASTERS_ID}%") | text.like(f"%{MASTERS_SANDBOX_ID}%"), 1),
                else_=0)


def tier_fee(reward_cents: int, ten_plus: int, masters_flag: int,
             fees: FeeSchedule = MTURK_FEES) -> int:
    """The fee on one assignment of a tier the database grouped by, by the account's schedule."""
    return fees.assignment_fee_cents(int(reward_cents),
                                     SURCHARGE_ASSIGNMENT_THRESHOLD if ten_plus else 1,
                                     masters=bool(masters_flag))


def account_money(session: Any, account_id: int) -> tuple[FeeSchedule, str]:
    """The fee schedule and currency of the account the charts are about (MTurk's, or those
    of its own workforce)."""
    found = session.execute(select(Account.kind, Account.options)
                            .where(Account.id == account_id)).first()
    if found is None:
        return MTURK_FEES, DEFAULT_CURRENCY
    return fee_schedule(found[0], found[1]), account_currency(found[0], found[1])


def scope_hits(query: Query, flt: ChartFilter) -> Query:
    """Only HITs of the chosen batch or template (the query must select from HIT)."""
    if flt.batch_id is not None:
        query = query.where(HIT.batch_id == flt.batch_id)
    if flt.template_id is not None:
        query = query.where(HIT.batch_id.in_(
            select(Batch.id).where(Batch.account_id == flt.account_id,
                                   Batch.template_id == flt.template_id)))
    return query


def scope_assignments(query: Query, flt: ChartFilter, *, joined: bool = False) -> Query:
    """The account's assignments, on HITs of the chosen batch or template."""
    query = query.where(Assignment.account_id == flt.account_id)
    if flt.narrowed and not joined:
        query = query.join(HIT, HIT.id == Assignment.hit_pk)
    return scope_hits(query, flt) if flt.narrowed else query


def in_range(query: Query, moment: Any, flt: ChartFilter) -> Query:
    """Only what happened within the filter's range (by ``moment``)."""
    if flt.start is not None:
        query = query.where(moment >= flt.start)
    if flt.end is not None:
        query = query.where(moment < flt.end)
    return query


def percent(part: int, whole: int) -> str:
    """One decimal, rounded down, never 0% or 100% unless exact (domain.percent)."""
    return percent_of(part, whole, 1)
