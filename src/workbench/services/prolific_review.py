"""Review of a Prolific account's work, assignment by assignment, as for MTurk.

The Review page shows HITs and their assignments; on Prolific a decision is taken on a
submission, which is one participant's session: the assignments of their unit of work. So
here an assignment stands for its session. Approving or rejecting one queues the decision
on its submission (Prolific's rules: only a submission awaiting review; a rejection needs a
category and a message of 100 or more characters), and each assignment of that session then
shows the queued decision. Bonuses are Prolific's bulk bonuses; a block puts the participant
on the account's block-list participant group.

``queue_decisions``, ``queue_bonus`` and ``queue_block`` take any account: for the others
they are the outbox's own calls, so the Review page asks once and never by kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.fee_schedules import MTURK_FEES, FeeSchedule, fee_schedule
from workbench.domain.statuses import AccountKind, ActionKind, ActionState
from workbench.domain.text import QT_TRANSLATE_NOOP, translate
from workbench.marketplace.prolific.fees import format_amount, parse_amount, prolific_fee_cents
from workbench.marketplace.prolific.model import RejectionCategory
from workbench.services import outbox, prolific
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.store.schema import (
    OutboxAction,
    ProlificSessionAssignment,
    ProlificStudy,
    ProlificSubmission,
)

LIVE = (ActionState.PENDING.value, ActionState.SENDING.value)
# A Prolific decision shows on the Review page as the MTurk decision it stands for.
AS_MTURK = {ActionKind.PROLIFIC_APPROVE.value: ActionKind.APPROVE.value,
            ActionKind.PROLIFIC_REJECT.value: ActionKind.REJECT.value}


def is_prolific(account: AccountInfo | None) -> bool:
    return account is not None and account.kind == AccountKind.PROLIFIC.value


@dataclass(frozen=True)
class SessionOf:
    """The Prolific submission (session) an assignment was worked in, and its state."""

    assignment_id: str
    submission_id: str
    participant_id: str
    status: str
    study_key: str
    currency: str
    assignments: int


def sessions_of(wb: Workbench, account: AccountInfo, assignment_ids: Iterable[str]
                ) -> dict[str, SessionOf]:
    """assignment id → its session, for the assignments worked in one."""
    ids = list(dict.fromkeys(assignment_ids))
    if not ids:
        return {}
    with wb.store.read() as session:
        rows = session.execute(
            select(ProlificSessionAssignment.assignment_id,
                   ProlificSessionAssignment.session_id,
                   ProlificSessionAssignment.participant_id, ProlificSubmission.status,
                   ProlificStudy.request_key, ProlificStudy.currency)
            .outerjoin(ProlificSubmission,
                       (ProlificSubmission.account_id == ProlificSessionAssignment.account_id)
                       & (ProlificSubmission.submission_id
                          == ProlificSessionAssignment.session_id))
            .outerjoin(ProlificStudy,
                       (ProlificStudy.account_id == ProlificSessionAssignment.account_id)
                       & (ProlificStudy.study_id == ProlificSessionAssignment.study_id))
            .where(ProlificSessionAssignment.account_id == account.id,
                   ProlificSessionAssignment.assignment_id.in_(ids))).all()
        counts = {session_id: int(n) for session_id, n in session.execute(
            select(ProlificSessionAssignment.session_id, func.count())
            .where(ProlificSessionAssignment.account_id == account.id,
                   ProlificSessionAssignment.session_id.in_({r[1] for r in rows}))
            .group_by(ProlificSessionAssignment.session_id))}
    return {a: SessionOf(a, s, p, status or "", key or "", currency or "GBP",
                         counts.get(s, 1))
            for a, s, p, status, key, currency in rows}


def _unmapped(account: AccountInfo, missing: Sequence[str]) -> outbox.OutboxError:
    return outbox.OutboxError(translate(
        "ProlificReview", "assignment {assignment} was not worked in a Prolific session "
        "of {account} (sync first: the worker site records each session)").format(
            assignment=missing[0], account=account.name))


def queue_decisions(wb: Workbench, account: AccountInfo, assignment_ids: Sequence[str],
                    verdict: str, *, feedback: str | None = None,
                    category: str | None = None) -> list[outbox.ActionInfo]:
    """Queue approvals or rejections of these assignments (their submissions on Prolific).

    Returns one entry per assignment given, its target that assignment, so that the Review
    page marks each; several assignments of one session share one action.
    """
    if not is_prolific(account):
        if verdict == "approve":
            return outbox.queue_approve(wb, account, assignment_ids, feedback=feedback)
        return outbox.queue_reject(wb, account, assignment_ids, feedback=feedback or "")
    found = sessions_of(wb, account, assignment_ids)
    missing = [a for a in assignment_ids if a not in found]
    if missing:
        raise _unmapped(account, missing)
    submissions = list(dict.fromkeys(found[a].submission_id for a in assignment_ids))
    if verdict == "approve":
        infos = prolific.queue_approve(wb, account, submissions)
    else:
        if not category:
            raise outbox.OutboxError(translate(
                "ProlificReview", "Prolific needs a rejection category: choose one"))
        infos = prolific.queue_reject(wb, account, submissions, message=feedback or "",
                                      category=category)
    by_submission = {i.target: i for i in infos}
    return [_as_assignment(by_submission[found[a].submission_id], a) for a in assignment_ids]


def _as_assignment(info: outbox.ActionInfo, assignment_id: str) -> outbox.ActionInfo:
    """A Prolific decision as the Review page knows MTurk's: on the assignment, with feedback."""
    payload = dict(info.payload)
    if "message" in payload:
        payload["feedback"] = payload["message"]
    return replace(info, target=assignment_id, kind=AS_MTURK.get(info.kind, info.kind),
                   payload=payload)


def queued_decisions(session: Session, account_id: int, assignment_ids: Sequence[str]
                     ) -> dict[str, tuple[int, str, str, str, datetime, str | None]]:
    """Live Prolific decisions on the sessions of these assignments: assignment id →
    (action, MTurk kind, state, by, at, feedback), for the Review page."""
    if not assignment_ids:
        return {}
    mapped = dict(session.execute(
        select(ProlificSessionAssignment.assignment_id, ProlificSessionAssignment.session_id)
        .where(ProlificSessionAssignment.account_id == account_id,
               ProlificSessionAssignment.assignment_id.in_(list(assignment_ids)))).all())
    if not mapped:
        return {}
    actions = {a.target: a for a in session.scalars(select(OutboxAction).where(
        OutboxAction.account_id == account_id,
        OutboxAction.target.in_(set(mapped.values())),
        OutboxAction.kind.in_(list(AS_MTURK)), OutboxAction.state.in_(LIVE)))}
    out: dict[str, tuple[int, str, str, str, datetime, str | None]] = {}
    for assignment_id, session_id in mapped.items():
        action = actions.get(session_id)
        if action is not None:
            out[assignment_id] = (action.id, AS_MTURK[action.kind], action.state,
                                  action.created_by, action.created_at,
                                  (action.payload or {}).get("message"))
    return out


def queue_bonus(wb: Workbench, account: AccountInfo, assignment_id: str, cents: int, *,
                reason: str, request_key: str, confirmed: bool = False) -> outbox.ActionInfo:
    """A bonus for the work of one assignment: a Prolific bulk bonus of one participant."""
    if not is_prolific(account):
        return outbox.queue_bonus(wb, account, assignment_id, cents, reason=reason,
                                  request_key=request_key, confirmed=confirmed)
    found = sessions_of(wb, account, [assignment_id])
    if assignment_id not in found:
        raise _unmapped(account, [assignment_id])
    study = prolific.get_study(wb, account, found[assignment_id].study_key)
    return prolific.queue_bonuses(wb, account, study,
                                  [(found[assignment_id].submission_id, cents)],
                                  reason=reason, request_key=request_key)


def queue_block(wb: Workbench, account: AccountInfo, participant_id: str, *, reason: str,
                unblock: bool = False) -> str:
    """Block (or unblock) a participant through the account's block-list group; a message."""
    prolific.queue_block(wb, account, participant_id, reason=reason, unblock=unblock)
    if unblock:
        return translate("ProlificReview", "Unblock of {who} queued (Prolific block list)."
                         ).format(who=participant_id)
    return translate("ProlificReview", "Block of {who} queued: they join the account's block "
                     "list on Prolific.").format(who=participant_id)


@dataclass(frozen=True)
class FeeRule:
    """What an account pays on top of a reward or a bonus, in its currency."""

    currency: str
    options: dict[str, Any]
    prolific: bool
    # Any other account's fees: MTurk's, or its own workforce's payout fee.
    schedule: FeeSchedule = MTURK_FEES

    def fee_cents(self, amount_cents: int) -> int:
        if self.prolific:
            return prolific_fee_cents(amount_cents, self.options)
        return self.schedule.bonus_fee_cents(amount_cents)

    def money(self, cents: int) -> str:
        if not self.prolific:
            from workbench.domain.money import format_dollars

            return format_dollars(cents)
        return format_amount(cents, self.currency)

    def parse(self, text: str, *, maximum_cents: int) -> int:
        """An amount a person typed, in cents of the account's currency (ValueError if not)."""
        if not self.prolific:
            from workbench.domain.money import parse_usd

            return parse_usd(text, what="bonus", maximum_cents=maximum_cents)
        cents = parse_amount(text, self.currency)
        if cents > maximum_cents:
            raise ValueError(translate("ProlificReview", "at most {most}").format(
                most=self.money(maximum_cents)))
        return cents


def fee_rule(account: AccountInfo) -> FeeRule:
    """The bonus fee and currency of an account (Prolific's own for a Prolific account)."""
    if is_prolific(account):
        return FeeRule(str(account.options.get("currency") or "GBP"), dict(account.options),
                       True)
    return FeeRule("USD", {}, False, fee_schedule(account.kind, account.options))


def rejection_categories() -> list[tuple[str, str]]:
    """Prolific's rejection categories (value, words), in Prolific's order."""
    return [(c.value, translate("RejectionCategory", CATEGORY_WORDS[c.value]))
            for c in RejectionCategory]


CATEGORY_WORDS = {
    "TOO_QUICKLY": QT_TRANSLATE_NOOP("RejectionCategory", "Too quickly"),
    "TOO_SLOWLY": QT_TRANSLATE_NOOP("RejectionCategory", "Too slowly"),
    "FAILED_INSTRUCTIONS": QT_TRANSLATE_NOOP("RejectionCategory",
                                             "Did not follow the instructions"),
    "INCOMP_LONGITUDINAL": QT_TRANSLATE_NOOP("RejectionCategory",
                                             "Did not complete a longitudinal study"),
    "FAILED_CHECK": QT_TRANSLATE_NOOP("RejectionCategory", "Failed an attention check"),
    "LOW_EFFORT": QT_TRANSLATE_NOOP("RejectionCategory", "Low effort"),
    "MALINGERING": QT_TRANSLATE_NOOP("RejectionCategory",
                                     "Malingering (false answers on purpose)"),
    "NO_CODE": QT_TRANSLATE_NOOP("RejectionCategory", "No completion code"),
    "BAD_CODE": QT_TRANSLATE_NOOP("RejectionCategory", "Wrong completion code"),
    "NO_DATA": QT_TRANSLATE_NOOP("RejectionCategory", "No data"),
    "UNSUPP_DEVICE": QT_TRANSLATE_NOOP("RejectionCategory", "Unsupported device"),
    "OTHER": QT_TRANSLATE_NOOP("RejectionCategory", "Other"),
}
