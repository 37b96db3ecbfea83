"""The outbox: every decision and payment is written down first and sent later.

Queuing checks the store's mirror and refuses what would be a second decision on one
assignment: a unique ``decision_key`` per live approve/reject makes the database itself
refuse a double click or a second reviewer, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.ids import InvalidWorkerId, check_worker_id, request_token
from workbench.domain.money import (
    LARGE_BONUS_CENTS,
    MAX_BONUS_CENTS,
    InvalidAmount,
    check_cents,
    format_dollars,
    parse_usd,
)
from workbench.domain.statuses import AccountKind, ActionKind, ActionState, AssignmentStatus
from workbench.domain.text import translate
from workbench.services.accounts import AccountInfo, archive_refusal
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.prolific_actions import PROLIFIC_KINDS
from workbench.services.prolific_actions import describe as describe_prolific
from workbench.store.schema import Assignment, Block, OutboxAction

OVERRIDE_WINDOW = timedelta(days=30)
MAX_FEEDBACK = 1024
LIVE_STATES = (ActionState.PENDING.value, ActionState.SENDING.value)


class OutboxError(ValueError):
    """An action that cannot be queued, undone or retried; the message says why."""


class AlreadyDecided(OutboxError):
    """Someone (maybe you, a moment ago) already decided this assignment."""

    def __init__(self, message: str, *, by: str = "", at: datetime | None = None) -> None:
        super().__init__(message)
        self.by = by
        self.at = at


class LargeBonusNotConfirmed(OutboxError):
    """A bonus above the confirmation limit, queued without the person's confirmation."""


@dataclass(frozen=True)
class ActionInfo:
    """An outbox action as the rest of the workbench sees it."""

    id: int
    account_id: int
    kind: str
    state: str
    target: str
    payload: dict[str, Any]
    created_at: datetime
    created_by: str
    attempts: int
    last_error: str | None
    sent_at: datetime | None

    @property
    def description(self) -> str:
        p, target = self.payload, self.target
        if self.kind in PROLIFIC_KINDS:
            return describe_prolific(self.kind, target, p)
        if self.kind == ActionKind.APPROVE:
            if p.get("override"):
                return translate("OutboxService", "Approve assignment {target} (overriding the "
                                 "rejection)").format(target=target)
            return translate("OutboxService", "Approve assignment {target}").format(target=target)
        if self.kind == ActionKind.REJECT:
            return translate("OutboxService", "Reject assignment {target}: {feedback}").format(
                target=target, feedback=p.get("feedback", ""))
        if self.kind == ActionKind.BONUS:
            return translate("OutboxService", "Bonus {amount} to {worker} for {target}: {reason}"
                             ).format(amount=format_dollars(int(p.get("amount_cents", 0))),
                                      worker=p.get("worker_id", ""), target=target,
                                      reason=p.get("reason", ""))
        if self.kind == ActionKind.BLOCK:
            return translate("OutboxService", "Block worker {target}: {reason}").format(
                target=target, reason=p.get("reason", ""))
        if self.kind == ActionKind.UNBLOCK:
            return translate("OutboxService", "Unblock worker {target}").format(target=target)
        if self.kind == ActionKind.ADD_ASSIGNMENTS:
            return translate("OutboxService", "Add {count} assignment(s) to HIT {target}").format(
                count=p.get("count"), target=target)
        if self.kind == ActionKind.UPDATE_EXPIRATION:
            return translate("OutboxService", "Change the expiration of HIT {target} to {when}"
                             ).format(target=target, when=p.get("expire_at"))
        if self.kind == ActionKind.NOTIFY:
            return translate("OutboxService", "Message {count} worker(s): {subject}").format(
                count=len(p.get("worker_ids", [])), subject=p.get("subject", ""))
        name = p.get("name") or p.get("qualification_type_id")
        if self.kind == ActionKind.GRANT_QUALIFICATION:
            if p.get("request_id"):
                text = translate("OutboxService", "Grant the requested {name} = {value} to "
                                 "worker {target}")
            else:
                text = translate("OutboxService", "Grant {name} = {value} to worker {target}")
            return text.format(name=name, value=p.get("value"), target=target)
        if self.kind == ActionKind.REVOKE_QUALIFICATION:
            if p.get("request_id"):
                what = translate("OutboxService", "Reject worker {target}'s request for {name}")
            else:
                what = translate("OutboxService", "Revoke {name} from worker {target}")
            what = what.format(target=target, name=name)
            return what + (f": {p['reason']}" if p.get("reason") else "")
        return f"{self.kind} {target}"


def action_info(row: OutboxAction) -> ActionInfo:
    return ActionInfo(id=row.id, account_id=row.account_id, kind=row.kind, state=row.state,
                      target=row.target, payload=dict(row.payload or {}),
                      created_at=row.created_at, created_by=row.created_by,
                      attempts=row.attempts, last_error=row.last_error, sent_at=row.sent_at)


def decision_key(account_id: int, assignment_id: str) -> str:
    return f"decide:{account_id}:{assignment_id}"


def _live_decision(session: Session, account_id: int, assignment_id: str
                   ) -> OutboxAction | None:
    return session.scalar(select(OutboxAction).where(
        OutboxAction.decision_key == decision_key(account_id, assignment_id)))


def _last_sent_decision(session: Session, account_id: int, assignment_id: str
                        ) -> OutboxAction | None:
    return session.scalar(
        select(OutboxAction)
        .where(OutboxAction.account_id == account_id, OutboxAction.target == assignment_id,
               OutboxAction.kind.in_((ActionKind.APPROVE.value, ActionKind.REJECT.value)),
               OutboxAction.state == ActionState.SENT.value)
        .order_by(OutboxAction.id.desc()).limit(1))


def _already(session: Session, account_id: int, assignment: Assignment, verb: str
             ) -> AlreadyDecided:
    live = _live_decision(session, account_id, assignment.assignment_id)
    if live is not None:
        return AlreadyDecided(translate(
            "OutboxService", "assignment {assignment} already has a queued decision ({kind}) by "
            "{who} at {when} UTC").format(assignment=assignment.assignment_id, kind=live.kind,
                                          who=live.created_by,
                                          when=f"{live.created_at:%Y-%m-%d %H:%M}"),
            by=live.created_by, at=live.created_at)
    sent = _last_sent_decision(session, account_id, assignment.assignment_id)
    when = assignment.approval_time or assignment.rejection_time
    by = sent.created_by if sent is not None else "the marketplace"
    shown_by = by if sent is not None else translate("OutboxService", "the marketplace")
    if when:
        text = translate("OutboxService", "assignment {assignment} is already {status} (by {who} "
                         "at {when} UTC); it cannot be {verb}")
    else:
        text = translate("OutboxService", "assignment {assignment} is already {status} (by "
                         "{who}); it cannot be {verb}")
    return AlreadyDecided(text.format(
        assignment=assignment.assignment_id, status=_status_word(assignment.status),
        who=shown_by, when=f"{when:%Y-%m-%d %H:%M}" if when else "", verb=_status_word(verb)),
        by=by, at=when)


def _status_word(status: str) -> str:
    """An assignment's status as the messages above write it: "approved", "rejected"."""
    lowered = status.lower()
    if lowered == "approved":
        return translate("OutboxService", "approved")
    if lowered == "rejected":
        return translate("OutboxService", "rejected")
    if lowered == "submitted":
        return translate("OutboxService", "submitted")
    return lowered


def _assignments(session: Session, account: AccountInfo, ids: Sequence[str]
                 ) -> dict[str, Assignment]:
    found = {a.assignment_id: a for a in session.scalars(select(Assignment).where(
        Assignment.account_id == account.id, Assignment.assignment_id.in_(ids)))}
    missing = [i for i in ids if i not in found]
    if missing:
        raise OutboxError(translate(
            "OutboxService", "unknown assignment(s) in account {account}: {ids}").format(
                account=account.name, ids=", ".join(missing[:5])) + (
                    " …" if len(missing) > 5 else ""))
    return found


def _refuse_archive(account: AccountInfo) -> None:
    if account.is_archive:  # history: nothing is ever sent from an MTurk archive
        raise OutboxError(archive_refusal(account.name, "decide"))


def _add(session: Session, wb: Workbench, account: AccountInfo, kind: ActionKind, target: str,
         payload: dict[str, Any], *, key: str | None = None, token: str | None = None
         ) -> OutboxAction:
    _refuse_archive(account)
    action = OutboxAction(account_id=account.id, kind=kind.value,
                          state=ActionState.PENDING.value, target=target, payload=payload,
                          request_token=token or request_token(), decision_key=key,
                          created_at=wb.clock(), created_by=wb.actor)
    session.add(action)
    session.flush()
    record(session, actor=wb.actor, event=f"outbox.queued.{kind.value}", subject=target,
           account_id=account.id, action_id=action.id, payload=payload)
    return action


def queue_action(session: Session, wb: Workbench, account: AccountInfo, kind: ActionKind,
                 target: str, payload: dict[str, Any], *, key: str | None = None,
                 token: str | None = None) -> OutboxAction:
    """Write one action in the caller's transaction (for another marketplace's services)."""
    return _add(session, wb, account, kind, target, payload, key=key, token=token)


def _queue_decisions(wb: Workbench, account: AccountInfo, assignment_ids: Iterable[str],
                     kind: ActionKind, payload: dict[str, Any]) -> list[ActionInfo]:
    _refuse_archive(account)
    ids = list(dict.fromkeys(assignment_ids))
    if not ids:
        raise OutboxError(translate("OutboxService", "no assignments given"))
    verb = "approved" if kind is ActionKind.APPROVE else "rejected"
    try:
        with wb.store.session(write=True) as session:
            found = _assignments(session, account, ids)
            queued = []
            for assignment_id in ids:
                assignment = found[assignment_id]
                if _live_decision(session, account.id, assignment_id) is not None:
                    raise _already(session, account.id, assignment, verb)
                status = assignment.status
                override = False
                if status == AssignmentStatus.REJECTED and kind is ActionKind.APPROVE:
                    submitted = assignment.submit_time
                    if submitted is None or submitted < wb.clock() - OVERRIDE_WINDOW:
                        raise OutboxError(translate(
                            "OutboxService", "assignment {assignment} was rejected and submitted "
                            "more than 30 days ago; MTurk no longer lets a rejection be "
                            "overridden").format(assignment=assignment_id))
                    override = True
                elif status != AssignmentStatus.SUBMITTED:
                    raise _already(session, account.id, assignment, verb)
                action = _add(session, wb, account, kind, assignment_id,
                              {**payload, "override": override} if kind is ActionKind.APPROVE
                              else dict(payload),
                              key=decision_key(account.id, assignment_id))
                queued.append(action_info(action))
            return queued
    except IntegrityError:
        # Another reviewer's decision landed between our check and our insert.
        with wb.store.read() as session:
            for assignment_id in ids:
                contested = session.scalar(select(Assignment).where(
                    Assignment.account_id == account.id,
                    Assignment.assignment_id == assignment_id))
                if contested is not None and _live_decision(session, account.id,
                                                            assignment_id) is not None:
                    raise _already(session, account.id, contested, verb) from None
        raise


def queue_approve(wb: Workbench, account: AccountInfo, assignment_ids: Iterable[str], *,
                  feedback: str | None = None) -> list[ActionInfo]:
    """Queue approvals (overriding a rejection within 30 days); all or nothing."""
    if feedback and len(feedback) > MAX_FEEDBACK:
        raise OutboxError(translate(
            "OutboxService", "feedback is longer than {most} characters"
        ).format(most=MAX_FEEDBACK))
    return _queue_decisions(wb, account, assignment_ids, ActionKind.APPROVE,
                            {"feedback": feedback.strip() if feedback else None})


def queue_reject(wb: Workbench, account: AccountInfo, assignment_ids: Iterable[str], *,
                 feedback: str) -> list[ActionInfo]:
    """Queue rejections; feedback is required (the worker sees it). All or nothing."""
    if not feedback or not feedback.strip():
        raise OutboxError(translate(
            "OutboxService", "a rejection needs feedback: tell the worker why"))
    if len(feedback) > MAX_FEEDBACK:
        raise OutboxError(translate(
            "OutboxService", "feedback is longer than {most} characters"
        ).format(most=MAX_FEEDBACK))
    return _queue_decisions(wb, account, assignment_ids, ActionKind.REJECT,
                            {"feedback": feedback.strip()})


def queue_bonus(wb: Workbench, account: AccountInfo, assignment_id: str, amount: str | int, *,
                reason: str, request_key: str | None = None, confirmed: bool = False
                ) -> ActionInfo:
    """Queue a bonus. ``request_key`` (e.g. made when a dialog opens) makes a repeat a no-op.

    A bonus above ``LARGE_BONUS_CENTS`` needs ``confirmed``: the person said yes to that sum.
    """
    try:
        cents = check_cents(amount, what="bonus", minimum_cents=0, maximum_cents=MAX_BONUS_CENTS) \
            if isinstance(amount, int) else parse_usd(amount, what="bonus", minimum_cents=0,
                                                      maximum_cents=MAX_BONUS_CENTS)
    except InvalidAmount as exc:
        raise OutboxError(str(exc)) from None
    if cents < 1:
        raise OutboxError(translate("OutboxService", "a bonus must be at least $0.01"))
    if cents > LARGE_BONUS_CENTS and not confirmed:
        raise LargeBonusNotConfirmed(translate(
            "OutboxService", "a bonus of {amount} is more than {limit}: confirm it to queue it "
            "(on the command line: --yes)").format(amount=format_dollars(cents),
                                                   limit=format_dollars(LARGE_BONUS_CENTS)))
    if not reason or not reason.strip():
        raise OutboxError(translate("OutboxService", "a bonus needs a reason (the worker sees it)"))
    with wb.store.session(write=True) as session:
        if request_key:
            existing = session.scalar(select(OutboxAction).where(
                OutboxAction.request_token == request_key))
            if existing is not None:
                return action_info(existing)
        assignment = _assignments(session, account, [assignment_id])[assignment_id]
        action = _add(session, wb, account, ActionKind.BONUS, assignment_id,
                      {"worker_id": assignment.worker_id, "amount_cents": cents,
                       "reason": reason.strip()}, token=request_key)
        return action_info(action)


def _on_mturk(account: AccountInfo) -> bool:
    """MTurk's worker ids are stricter than the local marketplace's."""
    return account.kind in (AccountKind.MTURK.value, AccountKind.MTURK_SANDBOX.value)


BLOCK_KINDS = frozenset({ActionKind.BLOCK.value, ActionKind.UNBLOCK.value,
                         ActionKind.PROLIFIC_BLOCK.value, ActionKind.PROLIFIC_UNBLOCK.value})


def block_key(account_id: int, worker_id: str) -> str:
    """The key that lets one block or unblock of a worker wait in the outbox at a time."""
    return f"block:{account_id}:{worker_id}"


def queue_block(wb: Workbench, account: AccountInfo, worker_id: str, *, reason: str
                ) -> ActionInfo:
    if not reason or not reason.strip():
        raise OutboxError(translate("OutboxService", "a block needs a reason"))
    worker_id = worker_id.strip()
    if not worker_id:
        raise OutboxError(translate("OutboxService", "no worker given"))
    try:
        worker_id = check_worker_id(worker_id, mturk=_on_mturk(account))
    except InvalidWorkerId as exc:
        raise OutboxError(str(exc)) from None
    with wb.store.session(write=True) as session:
        key = block_key(account.id, worker_id)
        live = session.scalar(select(OutboxAction).where(OutboxAction.decision_key == key))
        if live is not None:
            raise AlreadyDecided(translate(
                "OutboxService", "worker {worker} already has a queued {kind} by {who}").format(
                    worker=worker_id, kind=live.kind, who=live.created_by),
                by=live.created_by, at=live.created_at)
        return action_info(_add(session, wb, account, ActionKind.BLOCK, worker_id,
                                {"reason": reason.strip()}, key=key))


def queue_unblock(wb: Workbench, account: AccountInfo, worker_id: str, *, reason: str = ""
                  ) -> ActionInfo:
    try:
        worker_id = check_worker_id(worker_id, mturk=_on_mturk(account))
    except InvalidWorkerId as exc:
        raise OutboxError(str(exc)) from None
    with wb.store.session(write=True) as session:
        key = block_key(account.id, worker_id)
        live = session.scalar(select(OutboxAction).where(OutboxAction.decision_key == key))
        if live is not None:
            raise AlreadyDecided(translate(
                "OutboxService", "worker {worker} already has a queued {kind}").format(
                    worker=worker_id, kind=live.kind), by=live.created_by, at=live.created_at)
        blocked = session.scalar(select(Block.id).where(Block.account_id == account.id,
                                                        Block.worker_id == worker_id))
        if blocked is None:
            raise OutboxError(translate("OutboxService", "worker {worker} is not blocked"
                                        ).format(worker=worker_id))
        return action_info(_add(session, wb, account, ActionKind.UNBLOCK, worker_id,
                                {"reason": reason.strip()}, key=key))


def queue_add_assignments(wb: Workbench, account: AccountInfo, hit_id: str, count: int
                          ) -> ActionInfo:
    from workbench.store.schema import HIT

    if count < 1:
        raise OutboxError(translate("OutboxService", "add at least one assignment"))
    with wb.store.session(write=True) as session:
        hit = session.scalar(select(HIT).where(HIT.account_id == account.id,
                                               HIT.hit_id == hit_id))
        if hit is None:
            raise OutboxError(translate("OutboxService", "unknown HIT {hit}").format(hit=hit_id))
        if hit.max_assignments < 10 <= hit.max_assignments + count:
            raise OutboxError(translate(
                "OutboxService", "HIT {hit} has {count} assignments; MTurk does not let a HIT "
                "made with fewer than 10 grow to 10 or more").format(
                    hit=hit_id, count=hit.max_assignments))
        return action_info(_add(session, wb, account, ActionKind.ADD_ASSIGNMENTS, hit_id,
                                {"count": count, "before": hit.max_assignments}))


def queue_update_expiration(wb: Workbench, account: AccountInfo, hit_id: str,
                            expire_at: datetime) -> ActionInfo:
    from workbench.store.schema import HIT

    with wb.store.session(write=True) as session:
        hit = session.scalar(select(HIT).where(HIT.account_id == account.id,
                                               HIT.hit_id == hit_id))
        if hit is None:
            raise OutboxError(translate("OutboxService", "unknown HIT {hit}").format(hit=hit_id))
        return action_info(_add(session, wb, account, ActionKind.UPDATE_EXPIRATION, hit_id,
                                {"expire_at": expire_at.isoformat()}))


def queue_notify(wb: Workbench, account: AccountInfo, worker_ids: Sequence[str], *,
                 subject: str, message: str) -> list[ActionInfo]:
    """Queue messages to workers, in chunks of at most 100 as MTurk requires."""
    ids = list(dict.fromkeys(w.strip() for w in worker_ids if w.strip()))
    if not ids:
        raise OutboxError(translate("OutboxService", "no workers given"))
    if not subject.strip() or len(subject) > 200:
        raise OutboxError(translate("OutboxService", "the subject must be 1 to 200 characters"))
    if not message.strip() or len(message) > 4096:
        raise OutboxError(translate("OutboxService", "the message must be 1 to 4,096 characters"))
    with wb.store.session(write=True) as session:
        return [action_info(_add(session, wb, account, ActionKind.NOTIFY, ids[start],
                                 {"worker_ids": ids[start:start + 100], "subject": subject,
                                  "message": message}))
                for start in range(0, len(ids), 100)]


def qualification_key(account_id: int, qualification_type_id: str, worker_id: str) -> str:
    """One live grant or revoke per worker and qualification type."""
    return f"qual:{account_id}:{qualification_type_id}:{worker_id}"


QUALIFICATION_KINDS = (ActionKind.GRANT_QUALIFICATION.value,
                       ActionKind.REVOKE_QUALIFICATION.value)
INT32 = (-2_147_483_648, 2_147_483_647)


def _queue_qualification(wb: Workbench, account: AccountInfo, kind: ActionKind,
                         qualification_type_id: str, worker_id: str, payload: dict[str, Any]
                         ) -> ActionInfo:
    type_id, worker_id = qualification_type_id.strip(), worker_id.strip()
    if not type_id:
        raise OutboxError(translate("OutboxService", "no qualification type given"))
    if not worker_id:
        raise OutboxError(translate("OutboxService", "no worker given"))
    key = qualification_key(account.id, type_id, worker_id)
    try:
        with wb.store.session(write=True) as session:
            live = session.scalar(select(OutboxAction).where(OutboxAction.decision_key == key))
            if live is not None:
                raise AlreadyDecided(translate(
                    "OutboxService", "worker {worker} already has a queued {kind} of this "
                    "qualification by {who} at {when} UTC").format(
                        worker=worker_id, kind=live.kind.replace("_", " "), who=live.created_by,
                        when=f"{live.created_at:%Y-%m-%d %H:%M}"),
                    by=live.created_by, at=live.created_at)
            return action_info(_add(session, wb, account, kind, worker_id,
                                    {"qualification_type_id": type_id, **payload}, key=key))
    except IntegrityError:
        # Someone queued for the same worker between our check and our insert.
        raise AlreadyDecided(translate(
            "OutboxService", "worker {worker} already has a queued action on this qualification"
        ).format(worker=worker_id)) from None


def queue_grant_qualification(wb: Workbench, account: AccountInfo, qualification_type_id: str,
                              worker_id: str, value: int, *, request_id: str | None = None,
                              name: str = "", notify: bool = False) -> ActionInfo:
    """Queue granting (or changing) a worker's score; with ``request_id``, accept their request."""
    if isinstance(value, bool) or not isinstance(value, int) or not INT32[0] <= value <= INT32[1]:
        raise OutboxError(translate(
            "OutboxService", "a qualification score is a whole number, not {value}"
        ).format(value=repr(value)))
    payload: dict[str, Any] = {"value": value, "name": name, "notify": notify}
    if request_id:
        payload["request_id"] = request_id
    return _queue_qualification(wb, account, ActionKind.GRANT_QUALIFICATION,
                                qualification_type_id, worker_id, payload)


def queue_revoke_qualification(wb: Workbench, account: AccountInfo, qualification_type_id: str,
                               worker_id: str, reason: str, *, request_id: str | None = None,
                               name: str = "") -> ActionInfo:
    """Queue revoking a worker's qualification; with ``request_id``, reject their request."""
    if len(reason) > MAX_FEEDBACK:
        raise OutboxError(translate(
            "OutboxService", "the reason is longer than {most} characters"
        ).format(most=MAX_FEEDBACK))
    payload: dict[str, Any] = {"reason": reason.strip(), "name": name}
    if request_id:
        payload["request_id"] = request_id
    return _queue_qualification(wb, account, ActionKind.REVOKE_QUALIFICATION,
                                qualification_type_id, worker_id, payload)


def undo(wb: Workbench, action_id: int) -> ActionInfo:
    """Take back an action that has not been sent yet."""
    with wb.store.session(write=True) as session:
        action = session.get(OutboxAction, action_id, with_for_update=True)
        if action is None:
            raise OutboxError(translate("OutboxService", "no outbox action {action}"
                                        ).format(action=action_id))
        if action.state != ActionState.PENDING.value:
            raise OutboxError(translate(
                "OutboxService", "action {action} is {state}; only pending actions can be undone"
            ).format(action=action_id, state=action.state))
        action.state = ActionState.CANCELLED.value
        action.decision_key = None
        record(session, actor=wb.actor, event="outbox.undone", subject=action.target,
               account_id=action.account_id, action_id=action.id, kind=action.kind)
        return action_info(action)


def retry(wb: Workbench, action_id: int) -> ActionInfo:
    """Put a failed action back in the queue; it keeps its token, so a retry cannot double up."""
    with wb.store.session(write=True) as session:
        action = session.get(OutboxAction, action_id, with_for_update=True)
        if action is None:
            raise OutboxError(translate("OutboxService", "no outbox action {action}"
                                        ).format(action=action_id))
        if action.state != ActionState.FAILED.value:
            raise OutboxError(translate(
                "OutboxService", "action {action} is {state}; only failed actions can be retried"
            ).format(action=action_id, state=action.state))
        # A keyed action holds its key again, as when it was first queued: refused if
        # another action took it meanwhile.
        taken: str | None = None
        if action.kind in (ActionKind.APPROVE.value, ActionKind.REJECT.value,
                           ActionKind.PROLIFIC_APPROVE.value, ActionKind.PROLIFIC_REJECT.value,
                           ActionKind.PROLIFIC_SCREEN_OUT.value):
            key = decision_key(action.account_id, action.target)
            taken = translate("OutboxService", "assignment {assignment} has another decision "
                              "queued").format(assignment=action.target)
        elif action.kind in QUALIFICATION_KINDS:
            key = qualification_key(action.account_id,
                                    str(action.payload.get("qualification_type_id", "")),
                                    action.target)
            taken = translate("OutboxService", "worker {worker} has another action on this "
                              "qualification queued").format(worker=action.target)
        elif action.kind in BLOCK_KINDS:
            key = block_key(action.account_id, action.target)
            taken = translate("OutboxService", "worker {worker} has another block or unblock "
                              "queued").format(worker=action.target)
        if taken is not None:
            if session.scalar(select(OutboxAction.id).where(
                    OutboxAction.decision_key == key)) is not None:
                raise OutboxError(taken)
            action.decision_key = key
        action.state = ActionState.PENDING.value
        action.last_error = None
        record(session, actor=wb.actor, event="outbox.retried", subject=action.target,
               account_id=action.account_id, action_id=action.id, kind=action.kind)
        return action_info(action)


def list_actions(wb: Workbench, account: AccountInfo | None = None,
                 states: Sequence[str] | None = None, limit: int = 10_000) -> list[ActionInfo]:
    with wb.store.read() as session:
        query = select(OutboxAction).order_by(OutboxAction.id.desc()).limit(limit)
        if account is not None:
            query = query.where(OutboxAction.account_id == account.id)
        if states:
            query = query.where(OutboxAction.state.in_(list(states)))
        return [action_info(a) for a in session.scalars(query)]


def count_live(wb: Workbench, account: AccountInfo) -> int:
    from sqlalchemy import func

    with wb.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxAction).where(
            OutboxAction.account_id == account.id, OutboxAction.state.in_(LIVE_STATES))) or 0)
