"""Spend over time: rewards, the account's fees and bonuses paid, and what is committed but unpaid.

Paid means approved (at its approval time; automatic approval counts at its deadline) or a
bonus the marketplace took. Rejected work is neither paid nor charged. Committed means work
that will cost money if approved as things stand: assignments awaiting review (less those
with a rejection queued) and assignments workers are doing now, at reward plus fee, and
bonuses queued in the outbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import case, func, select

from workbench.domain.currency import DEFAULT_CURRENCY
from workbench.domain.fee_schedules import MTURK_FEES, FeeSchedule
from workbench.domain.money import format_dollars
from workbench.domain.statuses import ActionKind, ActionState, AssignmentStatus
from workbench.services.context import Workbench
from workbench.services.statistics.calendar import LocalCalendar, TimeAxis, TimeBucket, make_axis
from workbench.services.statistics.query import (
    ChartFilter,
    Table,
    account_money,
    hour_of,
    hour_start,
    in_range,
    masters,
    scope_assignments,
    scope_hits,
    ten_or_more,
    tier_fee,
)
from workbench.store.schema import HIT, Assignment, Bonus, OutboxAction

LIVE_STATES = (ActionState.PENDING.value, ActionState.SENDING.value)


@dataclass
class SpendAmounts:
    """Money paid in some period, in cents."""

    approved: int = 0
    reward_cents: int = 0
    reward_fee_cents: int = 0
    bonuses: int = 0
    bonus_cents: int = 0
    bonus_fee_cents: int = 0

    @property
    def fee_cents(self) -> int:
        return self.reward_fee_cents + self.bonus_fee_cents

    @property
    def total_cents(self) -> int:
        return self.reward_cents + self.bonus_cents + self.fee_cents

    def add(self, other: SpendAmounts) -> None:
        self.approved += other.approved
        self.reward_cents += other.reward_cents
        self.reward_fee_cents += other.reward_fee_cents
        self.bonuses += other.bonuses
        self.bonus_cents += other.bonus_cents
        self.bonus_fee_cents += other.bonus_fee_cents


@dataclass(frozen=True)
class SpendPoint:
    """What was paid in one bar of the chart, and everything paid up to its end."""

    bucket: TimeBucket
    amounts: SpendAmounts
    cumulative_cents: int


@dataclass(frozen=True)
class CommittedSpend:
    """Money that will be spent on work already done or under way, if it is approved."""

    awaiting_review: int = 0
    awaiting_review_cents: int = 0
    awaiting_review_fee_cents: int = 0
    being_worked: int = 0
    being_worked_cents: int = 0
    being_worked_fee_cents: int = 0
    queued_bonuses: int = 0
    queued_bonus_cents: int = 0
    queued_bonus_fee_cents: int = 0
    # Submitted work with a rejection queued: it will not be paid, so it is not counted.
    rejections_queued: int = 0
    # Awaiting review here, but past the time the marketplace approves it by itself (an old
    # archive, or a store not synced since): paid by now, though the store cannot say when.
    past_auto_approval: int = 0

    @property
    def total_cents(self) -> int:
        return (self.awaiting_review_cents + self.awaiting_review_fee_cents
                + self.being_worked_cents + self.being_worked_fee_cents
                + self.queued_bonus_cents + self.queued_bonus_fee_cents)

    def lines(self) -> Iterator[tuple[str, int, int, int]]:
        """(what, how many, amount, fees) for each kind of committed spending."""
        yield ("Awaiting review", self.awaiting_review, self.awaiting_review_cents,
               self.awaiting_review_fee_cents)
        yield ("Being worked on", self.being_worked, self.being_worked_cents,
               self.being_worked_fee_cents)
        yield ("Bonuses queued", self.queued_bonuses, self.queued_bonus_cents,
               self.queued_bonus_fee_cents)


@dataclass(frozen=True)
class SpendReport:
    """Paid spend per bar and cumulatively, the total paid, and what is committed now."""

    axis: TimeAxis
    points: list[SpendPoint]
    paid: SpendAmounts
    committed: CommittedSpend
    # Paid amounts with no time at all (a bonus listed without a grant time): in ``paid`` only.
    undated: SpendAmounts = field(default_factory=SpendAmounts)
    # When the report was made: nothing is paid after it, so a cumulative line stops there.
    now: datetime | None = None
    # The account's fees: MTurk's, or those of its own workforce (none, or a payout fee).
    fees: FeeSchedule = MTURK_FEES
    currency: str = DEFAULT_CURRENCY

    @property
    def empty(self) -> bool:
        return self.paid.total_cents == 0 and self.committed.total_cents == 0

    def table(self) -> Table:
        """Per period, then the totals and the committed spending, as a spreadsheet would."""
        table = Table(("Period", "Approved assignments", "Rewards", "Reward fees", "Bonuses",
                       "Bonus amounts", "Bonus fees", "Paid", "Cumulative paid"))
        for point in self.points:
            a = point.amounts
            table.rows.append((point.bucket.label, str(a.approved), format_dollars(a.reward_cents),
                               format_dollars(a.reward_fee_cents), str(a.bonuses),
                               format_dollars(a.bonus_cents), format_dollars(a.bonus_fee_cents),
                               format_dollars(a.total_cents),
                               format_dollars(point.cumulative_cents)))
        p = self.paid
        table.rows.append(("Total paid", str(p.approved), format_dollars(p.reward_cents),
                           format_dollars(p.reward_fee_cents), str(p.bonuses),
                           format_dollars(p.bonus_cents), format_dollars(p.bonus_fee_cents),
                           format_dollars(p.total_cents), ""))
        for what, count, cents, fees in self.committed.lines():
            table.rows.append((f"Committed, not yet paid: {what.lower()}", str(count),
                               format_dollars(cents), format_dollars(fees), "", "", "",
                               format_dollars(cents + fees), ""))
        return table


def spend_over_time(wb: Workbench, flt: ChartFilter, *, zone: tzinfo | None = None
                    ) -> SpendReport:
    """Rewards, fees and bonuses paid per period (local time), cumulative, and committed now."""
    calendar = LocalCalendar(zone)
    phase = calendar.hour_phase()
    by_hour: dict[float | None, SpendAmounts] = {}
    with wb.store.read() as session:
        fees, currency = account_money(session, flt.account_id)
        paid_at = func.coalesce(Assignment.approval_time, Assignment.auto_approval_time,
                                Assignment.submit_time)
        rewards = (select(hour_of(paid_at, phase).label("g_hour"),
                          HIT.reward_cents.label("g_reward"), ten_or_more().label("g_ten_plus"),
                          masters().label("g_masters"), func.count().label("g_n"))
                   .select_from(Assignment).join(HIT, HIT.id == Assignment.hit_pk)
                   .where(Assignment.status == AssignmentStatus.APPROVED.value))
        rewards = in_range(scope_assignments(rewards, flt, joined=True), paid_at, flt)
        for hour, reward, ten_plus, is_masters, n in session.execute(
                rewards.group_by("g_hour", "g_reward", "g_ten_plus", "g_masters")):
            sums = by_hour.setdefault(hour_start(hour, phase), SpendAmounts())
            sums.approved += n
            sums.reward_cents += n * reward
            sums.reward_fee_cents += n * tier_fee(reward, ten_plus, is_masters, fees)

        granted_at = func.coalesce(Bonus.grant_time, Assignment.approval_time,
                                   Assignment.submit_time)
        bonuses = (select(hour_of(granted_at, phase).label("g_hour"),
                          Bonus.amount_cents.label("g_amount"), func.count().label("g_n"))
                   .select_from(Bonus)
                   .outerjoin(Assignment, (Assignment.account_id == Bonus.account_id)
                              & (Assignment.assignment_id == Bonus.assignment_id))
                   .where(Bonus.account_id == flt.account_id))
        if flt.narrowed:
            bonuses = scope_hits(bonuses.join(HIT, HIT.id == Assignment.hit_pk), flt)
        bonuses = in_range(bonuses, granted_at, flt)
        for hour, amount, n in session.execute(bonuses.group_by("g_hour", "g_amount")):
            sums = by_hour.setdefault(hour_start(hour, phase), SpendAmounts())
            sums.bonuses += n
            sums.bonus_cents += n * amount
            sums.bonus_fee_cents += n * fees.bonus_fee_cents(amount)
        committed = _committed(session, flt, wb.clock(), fees)

    undated = by_hour.pop(None, SpendAmounts())
    now = wb.clock()
    axis = make_axis(calendar, flt.granularity, [h for h in by_hour if h is not None],
                     start=flt.start, end=flt.end, now=now)
    per_bucket = [SpendAmounts() for _ in axis.buckets]
    for moment, sums in by_hour.items():
        index = axis.index_of(moment) if moment is not None else None
        if index is not None:
            per_bucket[index].add(sums)
    points: list[SpendPoint] = []
    running = 0
    for bucket, sums in zip(axis.buckets, per_bucket, strict=True):
        running += sums.total_cents
        points.append(SpendPoint(bucket, sums, running))
    paid = SpendAmounts()
    for sums in [*per_bucket, undated]:
        paid.add(sums)
    return SpendReport(axis, points, paid, committed, undated, now, fees, currency)


def _committed(session: Any, flt: ChartFilter, now: datetime, fees: FeeSchedule
               ) -> CommittedSpend:
    rejecting = select(OutboxAction.target).where(
        OutboxAction.account_id == flt.account_id, OutboxAction.kind == ActionKind.REJECT.value,
        OutboxAction.state.in_(LIVE_STATES))
    awaiting = (select(HIT.reward_cents.label("g_reward"), ten_or_more().label("g_ten_plus"),
                       masters().label("g_masters"), func.count().label("g_n"),
                       func.sum(case((Assignment.assignment_id.in_(rejecting), 1), else_=0))
                       .label("g_rejecting"),
                       func.sum(case((Assignment.auto_approval_time < now, 1), else_=0))
                       .label("g_overdue"))
                .select_from(Assignment).join(HIT, HIT.id == Assignment.hit_pk)
                .where(Assignment.status == AssignmentStatus.SUBMITTED.value))
    awaiting = scope_assignments(awaiting, flt, joined=True)
    review = review_cents = review_fee = rejections = overdue = 0
    for reward, ten_plus, is_masters, n, n_rejecting, n_overdue in session.execute(
            awaiting.group_by("g_reward", "g_ten_plus", "g_masters")):
        overdue += int(n_overdue or 0)
        paying = n - int(n_rejecting or 0)
        rejections += int(n_rejecting or 0)
        review += paying
        review_cents += paying * reward
        review_fee += paying * tier_fee(reward, ten_plus, is_masters, fees)

    working = (select(HIT.reward_cents.label("g_reward"), ten_or_more().label("g_ten_plus"),
                      masters().label("g_masters"), func.sum(HIT.assignments_pending).label("g_n"))
               .where(HIT.account_id == flt.account_id, HIT.assignments_pending > 0))
    worked = worked_cents = worked_fee = 0
    for reward, ten_plus, is_masters, n in session.execute(
            scope_hits(working, flt).group_by("g_reward", "g_ten_plus", "g_masters")):
        worked += int(n)
        worked_cents += int(n) * reward
        worked_fee += int(n) * tier_fee(reward, ten_plus, is_masters, fees)

    queued = session.execute(select(OutboxAction.target, OutboxAction.payload).where(
        OutboxAction.account_id == flt.account_id, OutboxAction.kind == ActionKind.BONUS.value,
        OutboxAction.state.in_(LIVE_STATES))).all()
    if flt.narrowed and queued:
        targets = {target for target, _ in queued}
        kept = set(session.scalars(scope_assignments(
            select(Assignment.assignment_id).where(Assignment.assignment_id.in_(targets)), flt)))
        queued = [(t, p) for t, p in queued if t in kept]
    amounts = [int((payload or {}).get("amount_cents", 0)) for _, payload in queued]
    return CommittedSpend(
        review, review_cents, review_fee, worked, worked_cents, worked_fee,
        len(amounts), sum(amounts), sum(fees.bonus_fee_cents(a) for a in amounts), rejections,
        overdue)
