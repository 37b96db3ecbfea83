"""Asking before real money moves: what the queued actions will cost, and who said yes.

On a real-money account nothing that spends (approvals, bonuses, extra assignments) is sent
until the person at the keyboard has seen the total with MTurk's fees and confirmed it, once
per session (a ``Workbench``'s lifetime). The push itself enforces it, whichever window or
command started the push.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from workbench.domain.fee_schedules import fee_schedule
from workbench.domain.money import format_dollars
from workbench.domain.qualifications import is_masters
from workbench.domain.statuses import ActionKind, ActionState
from workbench.marketplace.prolific.fees import prolific_fee_cents
from workbench.services.accounts import AccountInfo
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.store.schema import HIT, Assignment, OutboxAction

MONEY_KINDS = tuple(k.value for k in ActionKind if k.moves_money)


@dataclass(frozen=True)
class SpendSummary:
    """What the queued money-moving actions of an account will cost."""

    approvals: int = 0
    approval_cents: int = 0
    approval_fee_cents: int = 0
    bonuses: int = 0
    bonus_cents: int = 0
    bonus_fee_cents: int = 0
    extra_assignments: int = 0
    extra_assignment_cents: int = 0
    extra_assignment_fee_cents: int = 0

    @property
    def actions(self) -> int:
        return self.approvals + self.bonuses + (1 if self.extra_assignments else 0)

    @property
    def fee_cents(self) -> int:
        return self.approval_fee_cents + self.bonus_fee_cents + self.extra_assignment_fee_cents

    @property
    def total_cents(self) -> int:
        return (self.approval_cents + self.bonus_cents + self.extra_assignment_cents
                + self.fee_cents)

    def lines(self) -> list[str]:
        """One line per kind of spending, then the total with fees."""
        out: list[str] = []
        for count, noun, cents, fees in (
                (self.approvals, "approval", self.approval_cents, self.approval_fee_cents),
                (self.bonuses, "bonus", self.bonus_cents, self.bonus_fee_cents),
                (self.extra_assignments, "extra assignment", self.extra_assignment_cents,
                 self.extra_assignment_fee_cents)):
            if count:
                plural = noun + ("es" if noun.endswith("s") else "s") if count != 1 else noun
                out.append(f"{count} {plural}: {format_dollars(cents)} "
                           f"+ {format_dollars(fees)} fees")
        out.append(f"Total with fees: {format_dollars(self.total_cents)}")
        return out


def pending_spend(wb: Workbench, account: AccountInfo) -> SpendSummary:
    """The cost, with the account's fees, of its queued actions that move money."""
    fees = fee_schedule(account.kind, account.options)
    approvals = approval = approval_fee = bonuses = bonus = bonus_fee = 0
    extra = extra_cents = extra_fee = 0
    with wb.store.read() as session:
        actions = session.scalars(select(OutboxAction).where(
            OutboxAction.account_id == account.id, OutboxAction.kind.in_(MONEY_KINDS),
            OutboxAction.state.in_((ActionState.PENDING.value, ActionState.SENDING.value))))
        queued = list(actions)
        targets = {a.target for a in queued}
        rewards = {row[0]: (row[1], row[2], row[3]) for row in session.execute(
            select(Assignment.assignment_id, HIT.reward_cents, HIT.max_assignments,
                   HIT.qualification_requirements)
            .join(HIT, HIT.id == Assignment.hit_pk)
            .where(Assignment.account_id == account.id,
                   Assignment.assignment_id.in_(targets)))} if targets else {}
        hits = {row[0]: (row[1], row[2], row[3]) for row in session.execute(
            select(HIT.hit_id, HIT.reward_cents, HIT.max_assignments,
                   HIT.qualification_requirements)
            .where(HIT.account_id == account.id, HIT.hit_id.in_(targets)))} if targets else {}
    for action in queued:
        payload = action.payload or {}
        if action.kind == ActionKind.APPROVE.value:
            reward, max_assignments, requirements = rewards.get(action.target, (0, 1, []))
            approvals += 1
            approval += reward
            approval_fee += fees.assignment_fee_cents(reward, max_assignments,
                                                      masters=_masters(requirements))
        elif action.kind == ActionKind.BONUS.value:
            amount = int(payload.get("amount_cents", 0))
            bonuses += 1
            bonus += amount
            bonus_fee += fees.bonus_fee_cents(amount)
        elif ActionKind(action.kind).is_prolific:
            # Prolific's amounts travel with the action (the study's reward, the bonus rows).
            amount = int(payload.get("amount_cents", 0))
            fee = prolific_fee_cents(amount, account.options)
            if action.kind == ActionKind.PROLIFIC_BONUS.value:
                bonuses += len(payload.get("bonuses", [])) or 1
                bonus, bonus_fee = bonus + amount, bonus_fee + fee
            elif action.kind in (ActionKind.PROLIFIC_PUBLISH.value,
                                 ActionKind.PROLIFIC_ADD_PLACES.value):
                extra += int(payload.get("total", 0)) - int(payload.get("before", 0))
                extra_cents, extra_fee = extra_cents + amount, extra_fee + fee
            else:
                approvals += 1
                approval, approval_fee = approval + amount, approval_fee + fee
        elif action.kind == ActionKind.ADD_ASSIGNMENTS.value:
            reward, _, requirements = hits.get(action.target, (0, 1, []))
            count = int(payload.get("count", 0))
            after = int(payload.get("before", 0)) + count
            extra += count
            extra_cents += count * reward
            extra_fee += count * fees.assignment_fee_cents(reward, after,
                                                           masters=_masters(requirements))
    return SpendSummary(approvals, approval, approval_fee, bonuses, bonus, bonus_fee,
                        extra, extra_cents, extra_fee)


def _masters(requirements: list[object] | None) -> bool:
    return any(isinstance(r, dict) and is_masters(str(r.get("QualificationTypeId", "")))
               for r in requirements or [])


def spending_allowed(wb: Workbench, account: AccountInfo) -> bool:
    """May money-moving actions of this account be sent now, in this session?"""
    return not account.moves_real_money or account.id in wb.spend_confirmed


def needs_confirmation(wb: Workbench, account: AccountInfo) -> SpendSummary | None:
    """The spending to confirm before the next push, or None if nothing needs asking."""
    if spending_allowed(wb, account):
        return None
    summary = pending_spend(wb, account)
    return summary if summary.actions else None


def confirm_spending(wb: Workbench, account: AccountInfo, summary: SpendSummary | None = None
                     ) -> None:
    """The person confirmed: this account may spend for the rest of the session."""
    wb.spend_confirmed.add(account.id)
    with wb.store.session(write=True) as session:
        record(session, actor=wb.actor, event="spend.confirmed", subject=account.name,
               account_id=account.id,
               total_cents=summary.total_cents if summary is not None else None)
