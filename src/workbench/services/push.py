"""Pushing the outbox: each action claimed, attempted, recorded; never sent twice.

An attempt is written down (committed) before the marketplace is called. If we die or the
connection drops after that, the attempt has no outcome and the action stays "sending";
the next push finds it and first asks the marketplace what happened (the assignment's
status, the bonus payments it lists) before sending anything again. Where the API has a
UniqueRequestToken, the retry also carries the original token.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from botocore.exceptions import ClientError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from workbench.domain.clock import utcnow
from workbench.domain.money import format_usd
from workbench.domain.statuses import AccountKind, ActionKind, ActionState, AssignmentStatus
from workbench.marketplace.errors import (
    UNSENT_ERRORS,
    error_message,
    is_ambiguous,
    is_throttling,
    turk_error_code,
)
from workbench.marketplace.interface import Marketplace
from workbench.marketplace.prolific.client import ProlificClient, ProlificError
from workbench.services.accounts import AccountInfo
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.mirror import refresh_hit_counts
from workbench.services.progress import CancelToken, Progress, no_progress
from workbench.services.prolific_actions import PROLIFIC_KINDS, StudyNotYetCreated
from workbench.services.prolific_actions import Context as ProlificContext
from workbench.services.prolific_actions import declaration as prolific_declaration
from workbench.services.prolific_actions import refused as prolific_refused
from workbench.services.spend import MONEY_KINDS, spending_allowed
from workbench.store.schema import (
    HIT,
    Assignment,
    Block,
    Bonus,
    OutboxAction,
    OutboxAttempt,
    QualificationRequest,
    QualificationScore,
)

CLAIM_TIMEOUT = timedelta(minutes=2)
PUSH_WORKERS = 8
# Pushers running in this process; a claim by this process outside this set was abandoned.
_live_pushers: set[str] = set()
_live_lock = threading.Lock()
Verdict = Literal["done", "not_done", "unknown", "conflict"]


def pusher_identity() -> str:
    """Who holds a claim: host, process and a per-run nonce."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _claim_is_dead(claimed_by: str | None, claimed_at: datetime | None, now: datetime) -> bool:
    if not claimed_by or claimed_at is None or claimed_at < now - CLAIM_TIMEOUT:
        return True
    host, _, rest = claimed_by.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        with _live_lock:
            return claimed_by not in _live_pushers
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True  # the process that claimed it is gone (crashed or killed)
    except PermissionError:
        return False
    return False


@dataclass(frozen=True)
class _Claimed:
    id: int
    kind: str
    target: str
    payload: dict[str, Any]
    token: str
    attempt: int
    interrupted: bool


@dataclass
class PushReport:
    sent: int = 0
    reconciled: int = 0
    failed: int = 0
    deferred: int = 0
    skipped: int = 0
    # Money-moving actions of a real-money account not sent: nobody confirmed the spending.
    held: int = 0
    throttled: bool = False
    unreachable: bool = False
    cancelled: bool = False
    failures: list[tuple[int, str]] = field(default_factory=list)

    @property
    def attempted(self) -> int:
        return self.sent + self.reconciled + self.failed + self.deferred

    def merge(self, other: PushReport) -> None:
        """Add what another pusher thread did."""
        for name in ("sent", "reconciled", "failed", "deferred", "skipped"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.throttled |= other.throttled
        self.unreachable |= other.unreachable
        self.cancelled |= other.cancelled
        self.failures.extend(other.failures)


class OutboxPusher:
    """Pushes one account's outbox to its marketplace."""

    def __init__(self, wb: Workbench, account: AccountInfo, market: Marketplace, *,
                 workers: int | None = None, prolific: ProlificClient | None = None) -> None:
        self.wb = wb
        self.account = account
        self.market = market
        # A Prolific account's own actions go to Prolific (made on first use if not given).
        self._prolific = prolific
        self._prolific_lock = threading.Lock()
        self.identity = pusher_identity()
        # A remote marketplace answers in tens of milliseconds: send several actions at once.
        # The local one lives in a database we would only contend for.
        self.workers = workers or (1 if account.kind == AccountKind.LOCAL.value
                                   else PUSH_WORKERS)
        # Our threads take turns writing to the store rather than wait on SQLite's lock.
        self._writing = threading.Lock()

    # -- claiming ---------------------------------------------------------------------------

    def _claim(self, action_id: int) -> _Claimed | None:
        now = utcnow()
        with self._writing, self.wb.store.session(write=True) as session:
            action = session.get(OutboxAction, action_id, with_for_update=True)
            if action is None:
                return None
            if action.state == ActionState.PENDING.value:
                interrupted = False
            elif action.state == ActionState.SENDING.value and _claim_is_dead(
                    action.claimed_by, action.claimed_at, now):
                interrupted = True
            else:
                return None
            if action.state == ActionState.PENDING.value and action.attempts:
                # A pending action may still carry an unresolved attempt (e.g. a throttled one
                # is harmless, but one cut off mid-call is not): look at the last attempt.
                last = session.scalar(select(OutboxAttempt).where(
                    OutboxAttempt.action_id == action.id).order_by(
                    OutboxAttempt.number.desc()).limit(1))
                interrupted = last is not None and last.outcome in (None, "ambiguous")
            action.state = ActionState.SENDING.value
            action.claimed_by = self.identity
            action.claimed_at = now
            action.attempts += 1
            session.add(OutboxAttempt(action_id=action.id, number=action.attempts,
                                      started_at=now))
            return _Claimed(action.id, action.kind, action.target, dict(action.payload),
                            action.request_token, action.attempts, interrupted)

    def _finish(self, claimed: _Claimed, state: ActionState, outcome: str,
                message: str | None = None, result: dict[str, Any] | None = None) -> None:
        now = utcnow()
        with self._writing, self.wb.store.session(write=True) as session:
            action = session.get(OutboxAction, claimed.id, with_for_update=True)
            assert action is not None
            attempt = session.scalar(select(OutboxAttempt).where(
                OutboxAttempt.action_id == claimed.id, OutboxAttempt.number == claimed.attempt))
            if attempt is not None:
                attempt.finished_at = now
                attempt.outcome = outcome
                attempt.message = message
            action.state = state.value
            action.claimed_by = None
            action.claimed_at = None
            if state in (ActionState.SENT, ActionState.FAILED, ActionState.CANCELLED):
                action.decision_key = None
            if state is ActionState.SENT:
                action.sent_at = now
                action.last_error = None
                action.result = result or {}
                self._apply(session, claimed, now)
            elif message:
                action.last_error = message
            record(session, actor=self.wb.actor, event=f"outbox.{outcome}",
                   subject=claimed.target, account_id=self.account.id, action_id=claimed.id,
                   kind=claimed.kind, state=state.value, message=message)

    # -- effects on the mirror once the marketplace has acted -------------------------------

    def _apply(self, session: Session, claimed: _Claimed, now: datetime) -> None:
        kind, target, payload = claimed.kind, claimed.target, claimed.payload
        account_id = self.account.id
        if kind in PROLIFIC_KINDS:
            prolific_declaration(kind).apply(session, self._prolific_context(claimed), now)
            return
        if kind in (ActionKind.APPROVE.value, ActionKind.REJECT.value):
            assignment = session.scalar(select(Assignment).where(
                Assignment.account_id == account_id, Assignment.assignment_id == target))
            if assignment is not None:
                if kind == ActionKind.APPROVE.value:
                    if assignment.status != AssignmentStatus.APPROVED.value:
                        assignment.approval_time = now
                    assignment.status = AssignmentStatus.APPROVED.value
                    assignment.rejection_time = None
                else:
                    assignment.status = AssignmentStatus.REJECTED.value
                    assignment.rejection_time = assignment.rejection_time or now
                if payload.get("feedback"):
                    assignment.requester_feedback = payload["feedback"]
                session.flush()
                refresh_hit_counts(session, [assignment.hit_pk])
        elif kind == ActionKind.BONUS.value:
            exists = session.scalar(select(Bonus.id).where(Bonus.outbox_action_id == claimed.id))
            if exists is None:
                session.add(Bonus(account_id=account_id, worker_id=payload["worker_id"],
                                  assignment_id=target, amount_cents=int(payload["amount_cents"]),
                                  reason=payload["reason"], grant_time=now,
                                  outbox_action_id=claimed.id))
        elif kind == ActionKind.BLOCK.value:
            block = session.scalar(select(Block).where(Block.account_id == account_id,
                                                       Block.worker_id == target))
            if block is None:
                session.add(Block(account_id=account_id, worker_id=target,
                                  reason=payload.get("reason", ""), created_at=now))
        elif kind == ActionKind.UNBLOCK.value:
            session.execute(delete(Block).where(Block.account_id == account_id,
                                                Block.worker_id == target))
        elif kind == ActionKind.ADD_ASSIGNMENTS.value:
            hit = session.scalar(select(HIT).where(HIT.account_id == account_id,
                                                   HIT.hit_id == target))
            if hit is not None:
                hit.max_assignments = int(payload["before"]) + int(payload["count"])
                hit.settled = False
        elif kind == ActionKind.UPDATE_EXPIRATION.value:
            hit = session.scalar(select(HIT).where(HIT.account_id == account_id,
                                                   HIT.hit_id == target))
            if hit is not None:
                expire_at = datetime.fromisoformat(payload["expire_at"])
                hit.expiration = expire_at if expire_at > now else now
                hit.settled = False
        elif kind in (ActionKind.GRANT_QUALIFICATION.value,
                      ActionKind.REVOKE_QUALIFICATION.value):
            _apply_qualification(session, account_id, kind, target, payload, now)

    # -- Prolific: its actions are declared in services/prolific_actions.py -------------------

    def _prolific_client(self) -> ProlificClient:
        with self._prolific_lock:
            if self._prolific is None:
                from workbench.services.prolific import connect

                self._prolific = connect(self.wb, self.account)
            return self._prolific

    def _prolific_context(self, claimed: _Claimed) -> ProlificContext:
        def study_id_of(key: str) -> tuple[str | None, bool]:
            from workbench.store.schema import ProlificStudy

            with self.wb.store.read() as session:
                study_id = session.scalar(select(ProlificStudy.study_id).where(
                    ProlificStudy.account_id == self.account.id,
                    ProlificStudy.request_key == key))
                creating = session.scalar(select(OutboxAction.id).where(
                    OutboxAction.account_id == self.account.id,
                    OutboxAction.kind == ActionKind.PROLIFIC_CREATE_STUDY.value,
                    OutboxAction.target == key,
                    OutboxAction.state.in_((ActionState.PENDING.value,
                                            ActionState.SENDING.value))).limit(1))
                return study_id, creating is not None

        def open_on_site(key: str, study_id: str) -> None:
            from workbench.services.prolific import open_on_site as serve_study

            serve_study(self.wb, self.account, key, study_id)

        return ProlificContext(claimed, self._prolific_client(), self.account.id, self.wb.clock,
                               lambda changes: self._save_progress(claimed, changes),
                               study_id_of, open_on_site)

    def _save_progress(self, claimed: _Claimed, changes: dict[str, Any]) -> None:
        """Commit what an action of several calls has done so far, before its next call."""
        with self._writing, self.wb.store.session(write=True) as session:
            action = session.get(OutboxAction, claimed.id, with_for_update=True)
            assert action is not None
            merged = {**dict(action.payload or {}), **changes}
            action.payload = {k: v for k, v in merged.items() if v is not None}
            record(session, actor=self.wb.actor, event="outbox.progress",
                   subject=claimed.target, account_id=self.account.id, action_id=claimed.id,
                   kind=claimed.kind, changes=changes)
        for key, value in changes.items():
            if value is None:
                claimed.payload.pop(key, None)
            else:
                claimed.payload[key] = value

    def _push_prolific_approvals(self, report: PushReport) -> None:
        """Fresh approvals of submissions go to Prolific in bulk (up to 200 a call)."""
        from workbench.marketplace.prolific.model import BULK_LIMIT

        with self.wb.store.read() as session:
            fresh = list(session.scalars(select(OutboxAction.id).where(
                OutboxAction.account_id == self.account.id,
                OutboxAction.kind == ActionKind.PROLIFIC_APPROVE.value,
                OutboxAction.state == ActionState.PENDING.value,
                OutboxAction.attempts == 0).order_by(OutboxAction.id)))
        if len(fresh) < 2:
            return  # one goes the ordinary way
        client = self._prolific_client()
        for start in range(0, len(fresh), BULK_LIMIT):
            claimed = [c for c in (self._claim(i) for i in fresh[start:start + BULK_LIMIT])
                       if c is not None]
            if not claimed:
                continue
            try:
                client.bulk_approve([c.target for c in claimed])
            except ProlificError as exc:
                # Refused as a whole (one of them was decided meanwhile, say): each goes alone
                # in the ordinary loop, which reconciles or reads the refusal one by one.
                state, outcome = (
                    (ActionState.SENDING, "ambiguous") if exc.ambiguous
                    else (ActionState.PENDING, "retryable"))
                for one in claimed:
                    self._finish(one, state, outcome, f"bulk approval: {exc}")
                report.deferred += len(claimed)
                report.throttled |= exc.throttled
                report.unreachable |= exc.unsent
                if exc.throttled or exc.unsent:
                    return
                continue
            for one in claimed:
                self._finish(one, ActionState.SENT, "succeeded", result={"bulk": True})
            report.sent += len(claimed)

    def _after_prolific_error(self, claimed: _Claimed, exc: ProlificError,
                              report: PushReport) -> None:
        if isinstance(exc, StudyNotYetCreated):
            # Its study's creation went unanswered: it waits for the next round.
            self._finish(claimed, ActionState.PENDING, "retryable", str(exc))
            report.deferred += 1
            return
        if exc.throttled or exc.unsent:
            self._finish(claimed, ActionState.PENDING, "retryable", str(exc))
            report.deferred += 1
            report.throttled |= exc.throttled
            report.unreachable |= exc.unsent
            return
        if exc.ambiguous:
            self._after_ambiguous(claimed, str(exc), report)
            return
        try:
            verdict, why = prolific_refused(self._prolific_context(claimed), exc)
        except ProlificError as again:
            self._after_ambiguous(claimed, f"{exc} (then: {again})", report)
            return
        if verdict == "done":
            self._finish(claimed, ActionState.SENT, "reconciled", why)
            report.reconciled += 1
        else:
            self._finish(claimed, ActionState.FAILED, "refused", why)
            report.failed += 1
            report.failures.append((claimed.id, why))

    # -- talking to the marketplace ---------------------------------------------------------

    def _send(self, claimed: _Claimed) -> dict[str, Any]:
        kind, target, p = claimed.kind, claimed.target, claimed.payload
        if kind in PROLIFIC_KINDS:
            return prolific_declaration(kind).send(self._prolific_context(claimed))
        m = self.market
        if kind == ActionKind.APPROVE.value:
            params: dict[str, Any] = {"AssignmentId": target}
            if p.get("feedback"):
                params["RequesterFeedback"] = p["feedback"]
            if p.get("override"):
                params["OverrideRejection"] = True
            return m.approve_assignment(**params)
        if kind == ActionKind.REJECT.value:
            return m.reject_assignment(AssignmentId=target, RequesterFeedback=p["feedback"])
        if kind == ActionKind.BONUS.value:
            return m.send_bonus(WorkerId=p["worker_id"], AssignmentId=target,
                                BonusAmount=format_usd(int(p["amount_cents"])),
                                Reason=p["reason"], UniqueRequestToken=claimed.token)
        if kind == ActionKind.BLOCK.value:
            return m.create_worker_block(WorkerId=target, Reason=p["reason"])
        if kind == ActionKind.UNBLOCK.value:
            params = {"WorkerId": target}
            if p.get("reason"):
                params["Reason"] = p["reason"]
            return m.delete_worker_block(**params)
        if kind == ActionKind.ADD_ASSIGNMENTS.value:
            return m.create_additional_assignments_for_hit(
                HITId=target, NumberOfAdditionalAssignments=int(p["count"]),
                UniqueRequestToken=claimed.token)
        if kind == ActionKind.UPDATE_EXPIRATION.value:
            return m.update_expiration_for_hit(HITId=target,
                                               ExpireAt=datetime.fromisoformat(p["expire_at"]))
        if kind == ActionKind.NOTIFY.value:
            return m.notify_workers(Subject=p["subject"], MessageText=p["message"],
                                    WorkerIds=list(p["worker_ids"]))
        if kind == ActionKind.GRANT_QUALIFICATION.value:
            if p.get("request_id"):
                return m.accept_qualification_request(
                    QualificationRequestId=p["request_id"], IntegerValue=int(p["value"]))
            return m.associate_qualification_with_worker(
                QualificationTypeId=p["qualification_type_id"], WorkerId=target,
                IntegerValue=int(p["value"]), SendNotification=bool(p.get("notify")))
        if kind == ActionKind.REVOKE_QUALIFICATION.value:
            reason = {"Reason": p["reason"]} if p.get("reason") else {}
            if p.get("request_id"):
                return m.reject_qualification_request(QualificationRequestId=p["request_id"],
                                                      **reason)
            return m.disassociate_qualification_from_worker(
                QualificationTypeId=p["qualification_type_id"], WorkerId=target, **reason)
        raise ValueError(f"unknown outbox action kind {kind!r}")

    def _reconcile(self, claimed: _Claimed) -> tuple[Verdict, str]:
        """After an attempt we cannot be sure of: did the marketplace carry it out?"""
        kind, target, p = claimed.kind, claimed.target, claimed.payload
        try:
            if kind in PROLIFIC_KINDS:
                return prolific_declaration(kind).reconcile(self._prolific_context(claimed))
            if kind in (ActionKind.APPROVE.value, ActionKind.REJECT.value):
                status = self.market.get_assignment(AssignmentId=target)["Assignment"][
                    "AssignmentStatus"]
                wanted = "Approved" if kind == ActionKind.APPROVE.value else "Rejected"
                if status == wanted:
                    return "done", f"the assignment is already {status.lower()}"
                if status == "Submitted" or (status == "Rejected" and p.get("override")):
                    return "not_done", ""
                return "conflict", (f"the assignment was {status.lower()} on the marketplace "
                                    f"before this {kind} was sent")
            if kind == ActionKind.BONUS.value:
                return self._reconcile_bonus(claimed)
            if kind == ActionKind.ADD_ASSIGNMENTS.value:
                hit = self.market.get_hit(HITId=target)["HIT"]
                if int(hit["MaxAssignments"]) >= int(p["before"]) + int(p["count"]):
                    return "done", "the HIT already has the added assignments"
                return "not_done", ""
            if kind in (ActionKind.GRANT_QUALIFICATION.value,
                        ActionKind.REVOKE_QUALIFICATION.value):
                return self._reconcile_qualification(claimed)
            # Blocks, unblocks, expirations and messages are safe to send again.
            return "not_done", ""
        except ProlificError as exc:
            if exc.outcome == "refused":
                return "conflict", str(exc)
            return "unknown", str(exc)
        except ClientError as exc:
            if is_ambiguous(exc) or is_throttling(exc):
                return "unknown", error_message(exc)
            return "conflict", error_message(exc)
        except Exception as exc:
            if is_ambiguous(exc):
                return "unknown", error_message(exc)
            raise

    def _reconcile_bonus(self, claimed: _Claimed) -> tuple[Verdict, str]:
        p = claimed.payload
        with self.wb.store.read() as session:
            if session.scalar(select(Bonus.id).where(Bonus.outbox_action_id == claimed.id)):
                return "done", "the payment was already seen by a sync"
            others = int(session.scalar(
                select(func.count()).select_from(Bonus)
                .outerjoin(OutboxAction, OutboxAction.id == Bonus.outbox_action_id)
                .where(Bonus.account_id == self.account.id, Bonus.assignment_id == claimed.target,
                       Bonus.worker_id == p["worker_id"],
                       Bonus.amount_cents == int(p["amount_cents"]),
                       Bonus.reason == p["reason"])) or 0)
        paid = 0
        token: str | None = None
        while True:
            page = self.market.list_bonus_payments(
                AssignmentId=claimed.target, MaxResults=100,
                **({"NextToken": token} if token else {}))
            for payment in page.get("BonusPayments", []):
                if (payment.get("WorkerId") == p["worker_id"]
                        and payment.get("BonusAmount") == format_usd(int(p["amount_cents"]))
                        and (payment.get("Reason") or "") == p["reason"]):
                    paid += 1
            token = page.get("NextToken")
            if not token:
                break
        if paid > others:
            return "done", f"the marketplace lists this payment ({paid} matching, {others} known)"
        return "not_done", ""

    def _held(self, claimed: _Claimed) -> dict[str, Any] | None:
        """The worker's score on the action's qualification type, or None if they have none."""
        try:
            held: dict[str, Any] = self.market.get_qualification_score(
                QualificationTypeId=claimed.payload["qualification_type_id"],
                WorkerId=claimed.target)["Qualification"]
        except ClientError as exc:
            if (turk_error_code(exc) or "").endswith("QualificationDoesNotExist"):
                return None
            raise
        return held

    def _reconcile_qualification(self, claimed: _Claimed) -> tuple[Verdict, str]:
        """Did a grant or revoke (or a decided request) reach the marketplace?"""
        p = claimed.payload
        held = self._held(claimed)
        granted = held is not None and held.get("Status") == "Granted"
        if claimed.kind == ActionKind.GRANT_QUALIFICATION.value:
            if granted and held is not None and held.get("IntegerValue") == int(p["value"]):
                return "done", f"the worker already holds the score {p['value']}"
            return "not_done", ""
        if not p.get("request_id"):
            return ("not_done", "") if granted else ("done", "the worker no longer holds it")
        pending = self._pending_request_ids(str(p["qualification_type_id"]))
        if p["request_id"] in pending:
            return "not_done", ""
        if granted:
            return "conflict", "the request was granted on the marketplace meanwhile"
        return "done", "the request is no longer pending"

    def _pending_request_ids(self, type_id: str) -> set[str]:
        found: set[str] = set()
        token: str | None = None
        while True:
            page = self.market.list_qualification_requests(
                QualificationTypeId=type_id, MaxResults=100,
                **({"NextToken": token} if token else {}))
            found.update(r["QualificationRequestId"] for r in page.get("QualificationRequests", []))
            token = page.get("NextToken")
            if not token:
                return found

    def _interpret_refusal(self, claimed: _Claimed, exc: ClientError) -> tuple[Verdict, str]:
        """A definite "no" from the marketplace: is it a no because it was already done?"""
        code = turk_error_code(exc) or ""
        if claimed.kind == ActionKind.BONUS.value and code.endswith("DuplicateRequest"):
            return "done", "the marketplace already paid this bonus (same request token)"
        if claimed.kind in (ActionKind.APPROVE.value, ActionKind.REJECT.value) and \
                code.endswith("InvalidAssignmentState"):
            verdict, why = self._reconcile(claimed)
            if verdict == "done":
                return "done", why
            if verdict == "conflict":
                return "conflict", why
        if claimed.kind == ActionKind.ADD_ASSIGNMENTS.value and code.endswith("DuplicateRequest"):
            return "done", "the marketplace already added these assignments"
        if claimed.kind == ActionKind.REVOKE_QUALIFICATION.value and \
                code.endswith("QualificationDoesNotExist") and \
                not claimed.payload.get("request_id"):
            return "done", "the worker did not hold this qualification"
        if claimed.kind in (ActionKind.GRANT_QUALIFICATION.value,
                            ActionKind.REVOKE_QUALIFICATION.value) and \
                claimed.payload.get("request_id"):
            verdict, why = self._reconcile_qualification(claimed)
            if verdict == "done":
                return "done", why
        return "conflict", error_message(exc)

    # -- the loop ---------------------------------------------------------------------------

    def push_one(self, action_id: int, report: PushReport) -> None:
        claimed = self._claim(action_id)
        if claimed is None:
            report.skipped += 1
            return
        if claimed.interrupted:
            verdict, why = self._reconcile(claimed)
            if verdict == "done":
                self._finish(claimed, ActionState.SENT, "reconciled", why)
                report.reconciled += 1
                return
            if verdict == "conflict":
                self._finish(claimed, ActionState.FAILED, "refused", why)
                report.failed += 1
                report.failures.append((claimed.id, why))
                return
            if verdict == "unknown":
                self._finish(claimed, ActionState.SENDING, "ambiguous", why)
                report.deferred += 1
                return
        try:
            result = self._send(claimed)
        except ProlificError as exc:
            self._after_prolific_error(claimed, exc, report)
            return
        except ClientError as exc:
            if is_throttling(exc):
                self._finish(claimed, ActionState.PENDING, "retryable", error_message(exc))
                report.deferred += 1
                report.throttled = True
                return
            if is_ambiguous(exc):
                self._after_ambiguous(claimed, error_message(exc), report)
                return
            verdict, why = self._interpret_refusal(claimed, exc)
            if verdict == "done":
                self._finish(claimed, ActionState.SENT, "reconciled", why)
                report.reconciled += 1
            else:
                self._finish(claimed, ActionState.FAILED, "refused", why)
                report.failed += 1
                report.failures.append((claimed.id, why))
            return
        except UNSENT_ERRORS as exc:
            # The request never left: nothing happened, so it simply waits for the next push.
            self._finish(claimed, ActionState.PENDING, "retryable", error_message(exc))
            report.deferred += 1
            report.unreachable = True
            return
        except Exception as exc:
            if is_ambiguous(exc):
                self._after_ambiguous(claimed, error_message(exc), report)
                return
            self._finish(claimed, ActionState.SENDING, "ambiguous",
                         f"unexpected error: {error_message(exc)}")
            raise
        self._finish(claimed, ActionState.SENT, "succeeded", result=_plain(result))
        report.sent += 1

    def _after_ambiguous(self, claimed: _Claimed, message: str, report: PushReport) -> None:
        # Leave the action "sending" with an ambiguous attempt: whoever pushes next
        # (us, on the next round) reconciles before sending again.
        self._finish(claimed, ActionState.SENDING, "ambiguous", message)
        report.deferred += 1

    def pending(self, *, money: bool = True) -> list[tuple[int, str]]:
        """(id, target) of the actions waiting to be sent (or reconciled), oldest first."""
        query = select(OutboxAction.id, OutboxAction.target).where(
            OutboxAction.account_id == self.account.id,
            OutboxAction.state.in_((ActionState.PENDING.value, ActionState.SENDING.value)))
        if not money:
            query = query.where(OutboxAction.kind.not_in(MONEY_KINDS))
        with self.wb.store.read() as session:
            return [(int(i), str(t)) for i, t in session.execute(query.order_by(OutboxAction.id))]

    def pending_ids(self, *, money: bool = True) -> list[int]:
        return [action_id for action_id, _ in self.pending(money=money)]

    def push(self, *, progress: Progress = no_progress, cancel: CancelToken | None = None,
             rounds: int = 3) -> PushReport:
        """Push everything queued; actions left unsure are reconciled in a further round."""
        report = PushReport()
        with _live_lock:
            _live_pushers.add(self.identity)
        try:
            self._push_rounds(report, progress, cancel, rounds)
        finally:
            with _live_lock:
                _live_pushers.discard(self.identity)
        return report

    def _push_rounds(self, report: PushReport, progress: Progress, cancel: CancelToken | None,
                     rounds: int) -> None:
        money = spending_allowed(self.wb, self.account)
        if self.account.kind == AccountKind.PROLIFIC.value and self.pending():
            # No token, no client: said now, before any action is claimed and left unsure.
            self._prolific_client()
        if not money:
            report.held = len(self.pending_ids()) - len(self.pending_ids(money=False))
        elif self.account.kind == AccountKind.PROLIFIC.value:
            self._push_prolific_approvals(report)
            if report.throttled or report.unreachable:
                return
        for _ in range(rounds):
            actions = self.pending(money=money)
            if not actions:
                break
            before = report.deferred
            self._push_all(actions, report, progress, cancel)
            if report.cancelled or report.throttled or report.unreachable:
                return
            if report.deferred == before:
                break

    def _push_all(self, actions: list[tuple[int, str]], report: PushReport,
                  progress: Progress, cancel: CancelToken | None) -> None:
        """Push each action once; those about one target in order, different targets at once."""
        chains: dict[str, list[int]] = {}
        for action_id, target in actions:
            chains.setdefault(target, []).append(action_id)
        stop = threading.Event()
        done = [0]
        count_lock = threading.Lock()

        def run(chain: list[int], part: PushReport) -> PushReport:
            for action_id in chain:
                if stop.is_set():
                    break
                if cancel is not None and cancel.cancelled:
                    part.cancelled = True
                    stop.set()
                    break
                try:
                    self.push_one(action_id, part)
                except BaseException:
                    stop.set()
                    raise
                with count_lock:
                    done[0] += 1
                if part.throttled or part.unreachable:
                    stop.set()  # the marketplace wants a pause: nobody sends any more now
                    break
            return part

        if self.workers <= 1:
            for chain in chains.values():
                run(chain, report)
                progress(done[0], len(actions), "Sending queued actions")
                if stop.is_set():
                    return
            return
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="push") as pool:
            futures = [pool.submit(run, chain, PushReport()) for chain in chains.values()]
            waiting = set(futures)
            try:
                while waiting:
                    _, waiting = wait(waiting, timeout=0.25, return_when=FIRST_COMPLETED)
                    progress(done[0], len(actions), "Sending queued actions")
            except BaseException:
                stop.set()  # Ctrl+C: the calls under way finish and are recorded; no new ones
                raise
            parts = [future.result() for future in futures]
        for part in parts:
            report.merge(part)


def _apply_qualification(session: Session, account_id: int, kind: str, worker_id: str,
                         payload: dict[str, Any], now: datetime) -> None:
    """Mirror a grant or revoke (and the request it decided) into the store."""
    type_id = str(payload["qualification_type_id"])
    granting = kind == ActionKind.GRANT_QUALIFICATION.value
    score = session.scalar(select(QualificationScore).where(
        QualificationScore.account_id == account_id,
        QualificationScore.qualification_type_id == type_id,
        QualificationScore.worker_id == worker_id))
    if granting:
        if score is None:
            score = QualificationScore(account_id=account_id, qualification_type_id=type_id,
                                       worker_id=worker_id)
            session.add(score)
        score.integer_value = int(payload["value"])
        score.status = "Granted"
        score.grant_time = now
    elif score is not None and not payload.get("request_id"):
        score.status = "Revoked"
    if payload.get("request_id"):
        request = session.scalar(select(QualificationRequest).where(
            QualificationRequest.account_id == account_id,
            QualificationRequest.request_id == payload["request_id"]))
        if request is not None:
            request.state = "granted" if granting else "rejected"


def push_outbox(wb: Workbench, account: AccountInfo, market: Marketplace | None = None, *,
                progress: Progress = no_progress, cancel: CancelToken | None = None,
                prolific: ProlificClient | None = None) -> PushReport:
    """Send the account's queued actions to its marketplace."""
    pusher = OutboxPusher(wb, account, market or wb.marketplace(account), prolific=prolific)
    return pusher.push(progress=progress, cancel=cancel)


def _plain(result: Any) -> dict[str, Any]:
    """A JSON-safe copy of a marketplace response (without boto3's response metadata)."""
    if not isinstance(result, dict):
        return {}
    out: dict[str, Any] = {}
    for key, value in result.items():
        if key == "ResponseMetadata":
            continue
        if isinstance(value, datetime):
            out[key] = value.isoformat()
        elif isinstance(value, (str, int, float, bool)) or value is None:
            out[key] = value
        elif isinstance(value, list):
            out[key] = [_plain(v) if isinstance(v, dict) else str(v) for v in value]
        elif isinstance(value, dict):
            out[key] = _plain(value)
    return out
