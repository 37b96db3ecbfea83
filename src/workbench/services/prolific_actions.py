"""Prolific's outbox actions, one declaration per kind: how each is sent, checked and mirrored.

The pusher (services/push.py) claims an action, records the attempt, and hands it here:
``send`` makes the calls, ``reconcile`` answers "did Prolific already do it?" after an attempt
nobody can be sure of, ``refused`` reads a definite no (a transition already made is success,
not an error), and ``apply`` mirrors the result into the store.

A bulk bonus takes two calls, and the second moves money and is not idempotent. Its progress
is committed to the action before each step: the set-up's id before paying (a crash after the
set-up pays with that id later, never sets up a second one), then "pay started" with what
Prolific listed as paid on each submission just before. An unanswered pay is reconciled by
looking at the submissions' paid bonuses; Prolific pays asynchronously, so while nothing shows
the action waits (``PAY_SETTLE``), and then goes to a person instead of paying again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from workbench.domain.statuses import ActionKind, AssignmentStatus
from workbench.domain.text import QT_TRANSLATE_NOOP, translate
from workbench.marketplace.prolific.client import ProlificClient, ProlificError
from workbench.marketplace.prolific.fees import format_amount
from workbench.marketplace.prolific.model import (
    StudyAction,
    StudyStatus,
    SubmissionStatus,
    study_action_done,
)
from workbench.services.mirror import refresh_hit_counts
from workbench.store.schema import (
    Assignment,
    Block,
    Bonus,
    ProlificSessionAssignment,
    ProlificStudy,
    ProlificSubmission,
)

Verdict = Literal["done", "not_done", "unknown", "conflict"]
# How long an unanswered pay call may take to show on the submissions before a person is
# asked: Prolific says bonuses are paid "in the following minutes".
PAY_SETTLE = timedelta(minutes=30)
# Set by tests to stop a process at a precise point of the bonus flow (never in the app).
_crash_point: Callable[[str], None] | None = None


class Claimed(Protocol):
    """What the pusher knows of the action it claimed."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def payload(self) -> dict[str, Any]: ...


@dataclass
class Context:
    """One claimed action, the client, and a way to commit progress before the next call."""

    claimed: Claimed
    client: ProlificClient
    account_id: int
    clock: Callable[[], datetime]
    save: Callable[[dict[str, Any]], None]
    # The study's Prolific id if known, and whether its creation is still queued.
    study_id_of: Callable[[str], tuple[str | None, bool]]
    # Lets the worker site serve a study (key, Prolific id) before anyone can arrive.
    open_on_site: Callable[[str, str], None] | None = None

    @property
    def payload(self) -> dict[str, Any]:
        return self.claimed.payload

    def study_id(self) -> str:
        """Prolific's id of the action's study (created by an earlier action of the chain)."""
        key = str(self.payload.get("study_key") or self.claimed.target)
        if self.payload.get("study_id"):
            return str(self.payload["study_id"])
        study_id, creating = self.study_id_of(key)
        if not study_id and creating:
            raise StudyNotYetCreated(translate(
                "ProlificActions", "waiting for the study to be created"),
                outcome="unsent", operation="study")
        if not study_id:
            raise ProlificError(translate(
                "ProlificActions", "the study was never created on Prolific (its creation "
                "failed or is still queued)"), outcome="refused", operation="study")
        return str(study_id)


class StudyNotYetCreated(ProlificError):
    """The study's creation is queued or unresolved: the action waits its turn."""


class PayUnresolved(ProlificError):
    """An earlier pay call may have gone through: nothing is paid again until it is known."""


@dataclass(frozen=True)
class Declaration:
    """Everything about one kind of Prolific action."""

    kind: ActionKind
    send: Callable[[Context], dict[str, Any]]
    reconcile: Callable[[Context], tuple[Verdict, str]]
    apply: Callable[[Session, Context, datetime], None]
    describe: Callable[[str, dict[str, Any]], str]
    # A definite no from Prolific: by default, done if Prolific shows it done, else refused.
    refused: Callable[[Context, ProlificError], tuple[Verdict, str]] | None = None


# -- the mirror ------------------------------------------------------------------------------

MTURK_STATUS = {
    SubmissionStatus.APPROVED.value: AssignmentStatus.APPROVED.value,
    SubmissionStatus.REJECTED.value: AssignmentStatus.REJECTED.value,
    SubmissionStatus.AWAITING_REVIEW.value: AssignmentStatus.SUBMITTED.value,
}


def session_assignments(session: Session, account_id: int, submission_id: str
                        ) -> list[Assignment]:
    """The assignments worked in one Prolific session."""
    return list(session.scalars(
        select(Assignment)
        .join(ProlificSessionAssignment,
              (ProlificSessionAssignment.assignment_id == Assignment.assignment_id)
              & (ProlificSessionAssignment.account_id == Assignment.account_id))
        .where(ProlificSessionAssignment.account_id == account_id,
               ProlificSessionAssignment.session_id == submission_id)
        .order_by(Assignment.id)))


def mirror_submission_status(session: Session, account_id: int, submission_id: str,
                             status: str, now: datetime, *, feedback: str | None = None) -> None:
    """A submission's Prolific status, onto its row and onto the assignments of its session."""
    row = session.scalar(select(ProlificSubmission).where(
        ProlificSubmission.account_id == account_id,
        ProlificSubmission.submission_id == submission_id))
    if row is not None:
        row.status = status
    wanted = MTURK_STATUS.get(status)
    if wanted is None:
        return
    touched: set[int] = set()
    for assignment in session_assignments(session, account_id, submission_id):
        if assignment.status == wanted:
            continue
        assignment.status = wanted
        if wanted == AssignmentStatus.APPROVED.value:
            assignment.approval_time = assignment.approval_time or now
            assignment.rejection_time = None
        elif wanted == AssignmentStatus.REJECTED.value:
            assignment.rejection_time = assignment.rejection_time or now
        if feedback:
            assignment.requester_feedback = feedback
        touched.add(assignment.hit_pk)
    if touched:
        session.flush()
        refresh_hit_counts(session, sorted(touched))


def _study_row(session: Session, account_id: int, key: str) -> ProlificStudy | None:
    return session.scalar(select(ProlificStudy).where(ProlificStudy.account_id == account_id,
                                                      ProlificStudy.request_key == key))


# -- studies ---------------------------------------------------------------------------------

def marker(key: str) -> str:
    """What the workbench adds to a study's internal name to find it again."""
    return f"[wb {key}]"


def _create_send(ctx: Context) -> dict[str, Any]:
    study = ctx.client.create_study(dict(ctx.payload["study"]))
    found = {"study_id": str(study["id"]), "status": str(study.get("status", ""))}
    ctx.save(found)
    return found


def _create_reconcile(ctx: Context) -> tuple[Verdict, str]:
    tag = marker(ctx.claimed.target)
    for study in ctx.client.list_studies():
        if tag in str(study.get("internal_name") or ""):
            ctx.save({"study_id": str(study["id"]), "status": str(study.get("status", ""))})
            return "done", translate("ProlificActions", "Prolific lists the study already")
    return "not_done", ""


def _create_apply(session: Session, ctx: Context, now: datetime) -> None:
    row = _study_row(session, ctx.account_id, ctx.claimed.target)
    if row is not None and ctx.payload.get("study_id"):
        row.study_id = str(ctx.payload["study_id"])
        row.status = str(ctx.payload.get("status") or StudyStatus.UNPUBLISHED.value)


def _study_transition(action_of: Callable[[dict[str, Any]], StudyAction]
                      ) -> tuple[Callable[[Context], dict[str, Any]],
                                 Callable[[Context], tuple[Verdict, str]]]:
    def send(ctx: Context) -> dict[str, Any]:
        action = action_of(ctx.payload)
        if action in (StudyAction.PUBLISH, StudyAction.START) and ctx.open_on_site is not None:
            key = str(ctx.payload.get("study_key") or ctx.claimed.target)
            try:
                ctx.open_on_site(key, ctx.study_id())
            except ProlificError:
                raise
            except Exception as exc:
                # Participants would arrive at a site that does not know the study: wait.
                raise ProlificError(translate(
                    "ProlificActions", "the worker site cannot serve the study yet: {error}"
                ).format(error=exc), outcome="unsent", operation="study") from exc
        study = ctx.client.transition_study(ctx.study_id(), action)
        ctx.save({"status": str(study.get("status", ""))})
        return {"status": study.get("status")}

    def reconcile(ctx: Context) -> tuple[Verdict, str]:
        status = str(ctx.client.get_study(ctx.study_id()).get("status", ""))
        action = action_of(ctx.payload)
        if study_action_done(action, status):
            ctx.save({"status": status})
            return "done", translate("ProlificActions", "the study is already {status}"
                                     ).format(status=status)
        return "not_done", ""

    return send, reconcile


def _study_status_apply(session: Session, ctx: Context, now: datetime) -> None:
    row = _study_row(session, ctx.account_id, ctx.claimed.target)
    if row is None:
        return
    if ctx.payload.get("status"):
        row.status = str(ctx.payload["status"])
    if ctx.claimed.kind == ActionKind.PROLIFIC_PUBLISH.value and row.published_at is None:
        row.published_at = now


def _places_send(ctx: Context) -> dict[str, Any]:
    study = ctx.client.set_places(ctx.study_id(), int(ctx.payload["total"]))
    return {"total_available_places": study.get("total_available_places")}


def _places_reconcile(ctx: Context) -> tuple[Verdict, str]:
    places = int(ctx.client.get_study(ctx.study_id()).get("total_available_places") or 0)
    if places >= int(ctx.payload["total"]):
        return "done", translate("ProlificActions", "the study already has {places} places"
                                 ).format(places=places)
    return "not_done", ""


def _places_apply(session: Session, ctx: Context, now: datetime) -> None:
    row = _study_row(session, ctx.account_id, ctx.claimed.target)
    if row is not None:
        row.total_places = max(row.total_places, int(ctx.payload["total"]))


# -- submissions -----------------------------------------------------------------------------

def _submission_send(call: Callable[[Context], Any]) -> Callable[[Context], dict[str, Any]]:
    def send(ctx: Context) -> dict[str, Any]:
        result = call(ctx)
        status = getattr(result, "status", None)
        return {"status": status} if status else {}

    return send


def _submission_reconcile(wanted: SubmissionStatus) -> Callable[[Context], tuple[Verdict, str]]:
    def reconcile(ctx: Context) -> tuple[Verdict, str]:
        status = ctx.client.get_submission(ctx.claimed.target).status
        if status == wanted.value:
            return "done", translate("ProlificActions", "the submission is already {status}"
                                     ).format(status=status)
        if status == SubmissionStatus.AWAITING_REVIEW.value or (
                wanted is SubmissionStatus.SCREENED_OUT
                and status == SubmissionStatus.ACTIVE.value):
            return "not_done", ""
        return "conflict", translate(
            "ProlificActions", "the submission became {status} on Prolific before this was "
            "sent").format(status=status)

    return reconcile


def _submission_apply(status: SubmissionStatus) -> Callable[[Session, Context, datetime], None]:
    def apply(session: Session, ctx: Context, now: datetime) -> None:
        mirror_submission_status(session, ctx.account_id, ctx.claimed.target, status.value, now,
                                 feedback=ctx.payload.get("message"))

    return apply


def _return_reconcile(ctx: Context) -> tuple[Verdict, str]:
    submission = ctx.client.get_submission(ctx.claimed.target)
    if submission.return_requested is not None:
        return "done", translate("ProlificActions", "a return was already requested")
    if submission.status in (SubmissionStatus.ACTIVE.value,
                             SubmissionStatus.AWAITING_REVIEW.value):
        return "not_done", ""
    return "conflict", translate("ProlificActions", "the submission is {status} and can no "
                                 "longer be asked to return").format(status=submission.status)


def _return_apply(session: Session, ctx: Context, now: datetime) -> None:
    row = session.scalar(select(ProlificSubmission).where(
        ProlificSubmission.account_id == ctx.account_id,
        ProlificSubmission.submission_id == ctx.claimed.target))
    if row is not None:
        row.return_requested_at = row.return_requested_at or now


# -- bonuses: set up, then pay exactly once --------------------------------------------------

def _rows(payload: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in payload.get("bonuses", [])]


def _amount_text(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _paid_counts(ctx: Context) -> dict[str, int]:
    """How often each bonus's amount shows among its submission's paid bonuses now."""
    counts: dict[str, int] = {}
    for row in _rows(ctx.payload):
        paid = ctx.client.get_submission(row["submission_id"]).bonus_payments or ()
        counts[row["submission_id"]] = sum(1 for c in paid if c == int(row["amount_cents"]))
    return counts


def _pay_visible(ctx: Context) -> bool:
    """Does Prolific show this bulk bonus paid (on any of its submissions)?"""
    baseline = {str(k): int(v) for k, v in (ctx.payload.get("baseline") or {}).items()}
    for row in _rows(ctx.payload):
        paid = ctx.client.get_submission(row["submission_id"]).bonus_payments or ()
        now_count = sum(1 for c in paid if c == int(row["amount_cents"]))
        if now_count > baseline.get(row["submission_id"], 0):
            return True
    return False


def _bonus_send(ctx: Context) -> dict[str, Any]:
    p = ctx.payload
    if p.get("pay_started_at") or p.get("pay_doubt"):
        # A pay call went out before without an answer we saw: look first, always.
        if _pay_visible(ctx):
            return {"bulk_bonus_id": p.get("setup_id"), "reconciled": True}
        if p.get("pay_started_at"):
            raise PayUnresolved(translate(
                "ProlificActions", "an earlier pay call of bulk bonus {bulk} may have gone "
                "through; it is checked again before anything is paid").format(
                    bulk=p.get("setup_id")), outcome="ambiguous", operation="pay-bonus-payments")
    if not p.get("setup_id"):
        setup = ctx.client.setup_bonuses(ctx.study_id(), [
            (r["submission_id"], _amount_text(int(r["amount_cents"]))) for r in _rows(p)])
        # Committed before paying: from here on, only this set-up is ever paid.
        ctx.save({"setup_id": str(setup["id"]), "setup": {
            k: setup.get(k) for k in ("amount", "fees", "vat", "total_amount")}})
        if _crash_point is not None:
            _crash_point("after_setup")
    baseline = _paid_counts(ctx)
    ctx.save({"baseline": baseline, "pay_started_at": ctx.clock().isoformat(),
              "pay_doubt": None})
    if _crash_point is not None:
        _crash_point("before_pay")
    try:
        ctx.client.pay_bonuses(str(ctx.payload["setup_id"]))
    except ProlificError as exc:
        if exc.outcome in ("refused", "throttled", "unsent"):
            ctx.save({"pay_started_at": None})  # certainly not paid by this call
        raise
    if _crash_point is not None:
        _crash_point("after_pay")
    return {"bulk_bonus_id": ctx.payload["setup_id"], **(ctx.payload.get("setup") or {})}


def _bonus_reconcile(ctx: Context) -> tuple[Verdict, str]:
    p = ctx.payload
    if not p.get("setup_id"):
        # A set-up Prolific may hold without our knowing its id pays nothing by itself.
        return "not_done", ""
    if not p.get("pay_started_at"):
        return "not_done", ""  # set up, never paid: pay that set-up now
    if _pay_visible(ctx):
        return "done", translate("ProlificActions", "Prolific shows bulk bonus {bulk} paid"
                                 ).format(bulk=p["setup_id"])
    started = datetime.fromisoformat(str(p["pay_started_at"]))
    if ctx.clock() - started < PAY_SETTLE:
        return "unknown", translate(
            "ProlificActions", "the pay call of bulk bonus {bulk} got no answer and Prolific "
            "shows no payment yet; Prolific pays bonuses within minutes, so it is checked "
            "again at the next sync").format(bulk=p["setup_id"])
    ctx.save({"pay_started_at": None, "pay_doubt": started.isoformat()})
    return "conflict", translate(
        "ProlificActions", "the pay call of bulk bonus {bulk} got no answer and Prolific still "
        "shows no payment {minutes} minutes later; check the workspace's payments on Prolific, "
        "then retry this action to pay (it looks once more first) or leave it").format(
            bulk=p["setup_id"], minutes=int(PAY_SETTLE.total_seconds() // 60))


def _bonus_refused(ctx: Context, exc: ProlificError) -> tuple[Verdict, str]:
    return "conflict", str(exc)


def _bonus_apply(session: Session, ctx: Context, now: datetime) -> None:
    for row in _rows(ctx.payload):
        submission_id = row["submission_id"]
        fingerprint = f"prolific:{ctx.claimed.id}:{submission_id}"
        if session.scalar(select(Bonus.id).where(Bonus.account_id == ctx.account_id,
                                                 Bonus.fingerprint == fingerprint)):
            continue
        worked = session_assignments(session, ctx.account_id, submission_id)
        session.add(Bonus(account_id=ctx.account_id, worker_id=row["participant_id"],
                          assignment_id=worked[0].assignment_id if worked else submission_id,
                          amount_cents=int(row["amount_cents"]),
                          reason=str(ctx.payload.get("reason", "")), grant_time=now,
                          fingerprint=fingerprint))
        mirrored = session.scalar(select(ProlificSubmission).where(
            ProlificSubmission.account_id == ctx.account_id,
            ProlificSubmission.submission_id == submission_id))
        if mirrored is not None:
            mirrored.bonus_payments = [*(mirrored.bonus_payments or []),
                                       int(row["amount_cents"])]


# -- messages and the block list -------------------------------------------------------------

def _message_send(ctx: Context) -> dict[str, Any]:
    ids = list(ctx.payload["participant_ids"])
    if len(ids) == 1:
        ctx.client.send_message(ids[0], str(ctx.payload["body"]), ctx.study_id())
    else:
        ctx.client.bulk_message(ids, str(ctx.payload["body"]), ctx.study_id())
    return {}


def _resend(ctx: Context) -> tuple[Verdict, str]:
    """Messages are sent again after an unanswered attempt, as on MTurk."""
    return "not_done", ""


def _block_send(ctx: Context) -> dict[str, Any]:
    group_id = ctx.payload.get("group_id")
    if not group_id:
        raise ProlificError(translate("ProlificActions", "the account has no block-list group"),
                            outcome="refused", operation="add-to-participant-group")
    if ctx.claimed.kind == ActionKind.PROLIFIC_BLOCK.value:
        ctx.client.add_to_group(str(group_id), [ctx.claimed.target])
    else:
        ctx.client.remove_from_group(str(group_id), [ctx.claimed.target])
    return {"group_id": group_id}


def _block_reconcile(ctx: Context) -> tuple[Verdict, str]:
    members = set(ctx.client.group_participants(str(ctx.payload["group_id"])))
    blocking = ctx.claimed.kind == ActionKind.PROLIFIC_BLOCK.value
    if (ctx.claimed.target in members) == blocking:
        return "done", translate("ProlificActions", "the block list already shows it")
    return "not_done", ""


def _block_apply(session: Session, ctx: Context, now: datetime) -> None:
    if ctx.claimed.kind == ActionKind.PROLIFIC_BLOCK.value:
        if session.scalar(select(Block.id).where(Block.account_id == ctx.account_id,
                                                 Block.worker_id == ctx.claimed.target)) is None:
            session.add(Block(account_id=ctx.account_id, worker_id=ctx.claimed.target,
                              reason=str(ctx.payload.get("reason", "")), created_at=now))
    else:
        session.execute(delete(Block).where(Block.account_id == ctx.account_id,
                                            Block.worker_id == ctx.claimed.target))


def _nothing(session: Session, ctx: Context, now: datetime) -> None:
    """Nothing in the store changes."""


# -- descriptions ----------------------------------------------------------------------------

def _t(text: str) -> Callable[[str, dict[str, Any]], str]:
    def describe(target: str, p: dict[str, Any]) -> str:
        rows = p.get("bonuses") or []
        total = sum(int(r.get("amount_cents", 0)) for r in rows)
        return translate("ProlificActions", text).format(
            target=target, name=p.get("name", ""), action=p.get("action", ""),
            total=p.get("total", ""), message=p.get("message", ""),
            count=len(rows) or len(p.get("participant_ids", [])),
            amount=format_amount(total, str(p.get("currency", "GBP"))))

    return describe


# What the outbox shows for each kind (extracted for translation where they are written).
_CREATE = QT_TRANSLATE_NOOP("ProlificActions", "Create the Prolific study {name}")
_PUBLISH = QT_TRANSLATE_NOOP("ProlificActions", "Publish the Prolific study {name}")
_TRANSITION = QT_TRANSLATE_NOOP("ProlificActions", "{action} the Prolific study {name}")
_PLACES = QT_TRANSLATE_NOOP(
    "ProlificActions", "Raise the places of the Prolific study {name} to {total}")
_APPROVE = QT_TRANSLATE_NOOP("ProlificActions", "Approve the Prolific submission {target}")
_REJECT = QT_TRANSLATE_NOOP("ProlificActions", "Reject the Prolific submission {target}: {message}")
_SCREEN_OUT = QT_TRANSLATE_NOOP("ProlificActions", "Screen out the Prolific submission {target}")
_RETURN = QT_TRANSLATE_NOOP(
    "ProlificActions", "Ask the participant of submission {target} to return it")
_BONUS = QT_TRANSLATE_NOOP(
    "ProlificActions", "Bonus {amount} to {count} participant(s) of the Prolific study {name}")
_MESSAGE = QT_TRANSLATE_NOOP(
    "ProlificActions", "Message {count} participant(s) of the Prolific study {name}")
_BLOCK = QT_TRANSLATE_NOOP("ProlificActions", "Block participant {target} (Prolific block list)")
_UNBLOCK = QT_TRANSLATE_NOOP(
    "ProlificActions", "Unblock participant {target} (Prolific block list)")

_send_publish, _reconcile_publish = _study_transition(lambda p: StudyAction.PUBLISH)
_send_transition, _reconcile_transition = _study_transition(
    lambda p: StudyAction(str(p["action"])))

DECLARATIONS: dict[str, Declaration] = {d.kind.value: d for d in (
    Declaration(ActionKind.PROLIFIC_CREATE_STUDY, _create_send, _create_reconcile,
                _create_apply, _t(_CREATE)),
    Declaration(ActionKind.PROLIFIC_PUBLISH, _send_publish, _reconcile_publish,
                _study_status_apply, _t(_PUBLISH)),
    Declaration(ActionKind.PROLIFIC_TRANSITION, _send_transition, _reconcile_transition,
                _study_status_apply, _t(_TRANSITION)),
    Declaration(ActionKind.PROLIFIC_ADD_PLACES, _places_send, _places_reconcile, _places_apply,
                _t(_PLACES)),
    Declaration(ActionKind.PROLIFIC_APPROVE,
                _submission_send(lambda c: c.client.approve(c.claimed.target)),
                _submission_reconcile(SubmissionStatus.APPROVED),
                _submission_apply(SubmissionStatus.APPROVED),
                _t(_APPROVE)),
    Declaration(ActionKind.PROLIFIC_REJECT,
                _submission_send(lambda c: c.client.reject(
                    c.claimed.target, str(c.payload["message"]), str(c.payload["category"]))),
                _submission_reconcile(SubmissionStatus.REJECTED),
                _submission_apply(SubmissionStatus.REJECTED),
                _t(_REJECT)),
    Declaration(ActionKind.PROLIFIC_SCREEN_OUT,
                _submission_send(lambda c: c.client.screen_out(c.claimed.target)),
                _submission_reconcile(SubmissionStatus.SCREENED_OUT),
                _submission_apply(SubmissionStatus.SCREENED_OUT),
                _t(_SCREEN_OUT)),
    Declaration(ActionKind.PROLIFIC_RETURN,
                _submission_send(lambda c: c.client.request_return(
                    c.claimed.target, list(c.payload["reasons"]))),
                _return_reconcile, _return_apply,
                _t(_RETURN)),
    Declaration(ActionKind.PROLIFIC_BONUS, _bonus_send, _bonus_reconcile, _bonus_apply,
                _t(_BONUS),
                refused=_bonus_refused),
    Declaration(ActionKind.PROLIFIC_MESSAGE, _message_send, _resend, _nothing,
                _t(_MESSAGE)),
    Declaration(ActionKind.PROLIFIC_BLOCK, _block_send, _block_reconcile, _block_apply,
                _t(_BLOCK)),
    Declaration(ActionKind.PROLIFIC_UNBLOCK, _block_send, _block_reconcile, _block_apply,
                _t(_UNBLOCK)),
)}
PROLIFIC_KINDS = frozenset(DECLARATIONS)


def declaration(kind: str) -> Declaration:
    return DECLARATIONS[kind]


def refused(ctx: Context, exc: ProlificError) -> tuple[Verdict, str]:
    """A definite no: done if Prolific shows the action done already, else refused."""
    custom = declaration(ctx.claimed.kind).refused
    if custom is not None:
        return custom(ctx, exc)
    try:
        verdict, why = declaration(ctx.claimed.kind).reconcile(ctx)
    except ProlificError:
        return "conflict", str(exc)
    if verdict == "done":
        return "done", why
    if verdict == "conflict":
        return "conflict", why
    return "conflict", str(exc)


def describe(kind: str, target: str, payload: dict[str, Any]) -> str:
    return declaration(kind).describe(target, payload)
