"""Reviewing a HIT: its inputs, each worker's answers side by side, suggestions, and decisions.

Everything here returns plain values for the window to show; every decision still goes
through the outbox (``services.outbox``), which refuses a second decision on an assignment.
Bulk rules are previewed first and only queued when the reviewer confirms that preview.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from workbench.domain.statuses import AccountKind, ActionKind, ActionState, AssignmentStatus
from workbench.domain.text import translate
from workbench.services import outbox
from workbench.services.accounts import AccountInfo
from workbench.services.consensus import (
    CHOICE,
    COMPARED,
    CONSTANT,
    FREE_TEXT,
    GOLD,
    MAJORITY,
    SAME_FOR_ALL,
    SHORT_TEXT,
    TEXT,
    GoldChoice,
    _gold_choice,
    field_votes,
    is_tie,
    refresh_consensus,
    same_answer,
)
from workbench.services.context import Workbench
from workbench.services.progress import Cancelled, CancelToken, Progress, no_progress
from workbench.services.tables_review import awaiting_decision
from workbench.services.transfer.consensus import (
    BOOLEAN_VALUES,
    ConsensusFields,
    FieldConsensus,
    majority,
    normalised_text,
)
from workbench.services.workers import TrackRecord, track_records
from workbench.store.schema import (
    HIT,
    AnswerField,
    Assignment,
    Batch,
    BatchRow,
    Bonus,
    ConsensusAnswer,
    OutboxAction,
)

SUBMITTED = AssignmentStatus.SUBMITTED.value
APPROVED = AssignmentStatus.APPROVED.value
REJECTED = AssignmentStatus.REJECTED.value
LIVE = (ActionState.PENDING.value, ActionState.SENDING.value)
RULE_CHUNK = 200


@dataclass(frozen=True)
class QueuedDecision:
    """A decision waiting in the outbox (pending or being sent)."""

    action_id: int
    kind: str
    state: str
    by: str
    at: datetime
    feedback: str | None


@dataclass(frozen=True)
class BonusLine:
    """A bonus for an assignment: queued, sent, or reported by the marketplace."""

    amount_cents: int
    reason: str
    state: str
    at: datetime | None


@dataclass(frozen=True)
class ReviewAssignment:
    """One worker's assignment as the side-by-side grid shows it."""

    pk: int
    assignment_id: str
    worker_id: str
    status: str
    submit_time: datetime | None
    auto_approval_time: datetime | None
    decided_at: datetime | None
    work_time_s: int | None
    feedback: str | None
    answer_format: str
    answers: dict[str, str]
    decision: QueuedDecision | None = None
    bonuses: tuple[BonusLine, ...] = ()
    # The answers as the grid shows them: checkbox and radio options folded into the
    # option(s) ticked, one value per row of the grid (``HitReview.fields``).
    shown: dict[str, str] = field(default_factory=dict)

    @property
    def awaiting(self) -> bool:
        """Submitted and not decided yet, not even in the outbox."""
        return self.status == SUBMITTED and self.decision is None

    def state_text(self) -> str:
        if self.decision is not None:
            verb = "Approve" if self.decision.kind == ActionKind.APPROVE.value else "Reject"
            return f"{verb} queued"
        return self.status


@dataclass(frozen=True)
class FieldSuggestion:
    """What the workers' answers suggest for one field of the HIT, and how it is compared.

    ``kind`` is the consensus service's: a choice and a short text are compared (the latter
    without regard to case, spacing and outer punctuation); free text and a field that is
    the same for everyone are not.
    """

    name: str
    kind: str
    majority: FieldConsensus | None
    tied: bool = False
    gold: str | None = None
    dawid_skene: tuple[str, float] | None = None

    @property
    def categorical(self) -> bool:
        """Whether the field's answers are compared (a choice or a short text)."""
        return self.kind in COMPARED

    @property
    def value(self) -> str | None:
        """The suggested answer, when there is one (the gold answer beats the vote)."""
        if self.gold is not None:
            return self.gold
        if not self.categorical or self.majority is None or self.tied or \
                self.majority.votes < 2:
            return None
        return self.majority.value

    def disagrees(self, answer: str) -> bool:
        """Whether an answer stands out: off the suggestion, or part of a tie."""
        if not answer.strip() or not (self.categorical or self.gold is not None):
            return False
        if self.tied and self.gold is None:
            return True
        wanted = self.value
        if wanted is None:
            return False
        if self.kind == SHORT_TEXT and self.gold is None:
            return normalised_text(answer) != wanted
        return not same_answer(answer, wanted)


@dataclass(frozen=True)
class HitReview:
    """Everything the Review page shows for one HIT (plain values; the view escapes text)."""

    pk: int
    hit_id: str
    title: str
    batch_id: int | None
    batch_name: str
    reward_cents: int
    status: str
    inputs: list[tuple[str, str]]
    assignments: list[ReviewAssignment]
    fields: list[str]
    suggestions: dict[str, FieldSuggestion]
    records: dict[str, TrackRecord]
    gold: GoldChoice | None
    has_question: bool
    loaded_at: datetime

    @property
    def awaiting(self) -> list[ReviewAssignment]:
        return [a for a in self.assignments if a.awaiting]

    def deadline(self) -> datetime | None:
        """The soonest time the marketplace approves an undecided assignment by itself."""
        times = [a.auto_approval_time for a in self.awaiting if a.auto_approval_time]
        return min(times) if times else None

    def column_of(self, assignment_id: str) -> int | None:
        return next((i for i, a in enumerate(self.assignments)
                     if a.assignment_id == assignment_id), None)

    def with_decisions(self, decisions: dict[str, QueuedDecision | None]) -> HitReview:
        """The same HIT with some assignments' queued decisions replaced."""
        changed = [a if a.assignment_id not in decisions else
                   ReviewAssignment(**{**a.__dict__, "decision": decisions[a.assignment_id]})
                   for a in self.assignments]
        return HitReview(**{**self.__dict__, "assignments": changed})


def queued_decision(info: outbox.ActionInfo) -> QueuedDecision:
    return QueuedDecision(info.id, info.kind, info.state, info.created_by, info.created_at,
                          info.payload.get("feedback"))


def load_hit_review(wb: Workbench, account: AccountInfo, hit_pk: int) -> HitReview | None:
    """The HIT with its inputs, assignments, answers, suggestions and workers' records."""
    refresh_consensus(wb, account.id, hit_pks=[hit_pk])
    with wb.store.read() as session:
        found = session.execute(
            select(HIT, Batch.name, Batch.input_columns, BatchRow.values,
                   HIT.question.is_not(None))
            .outerjoin(Batch, Batch.id == HIT.batch_id)
            .outerjoin(BatchRow, BatchRow.id == HIT.batch_row_id)
            .where(HIT.id == hit_pk, HIT.account_id == account.id)).first()
        if found is None:
            return None
        hit, batch_name, columns, values, has_question = found
        values = values or {}
        inputs = [(str(c), str(values.get(c, "") if values.get(c) is not None else ""))
                  for c in (columns or list(values))]
        rows = list(session.scalars(select(Assignment).where(Assignment.hit_pk == hit_pk)
                                    .order_by(Assignment.submit_time, Assignment.id)))
        ids = [a.assignment_id for a in rows]
        answers: dict[int, dict[str, str]] = defaultdict(dict)
        names: dict[str, int] = {}
        for pk, answer_id, name, value in session.execute(
                select(AnswerField.assignment_pk, AnswerField.id, AnswerField.name,
                       AnswerField.value)
                .where(AnswerField.assignment_pk.in_([a.id for a in rows]))
                .order_by(AnswerField.id)):
            answers[pk][name] = value
            names.setdefault(name, answer_id)
        decisions = {a.target: QueuedDecision(a.id, a.kind, a.state, a.created_by,
                                              a.created_at, (a.payload or {}).get("feedback"))
                     for a in session.scalars(select(OutboxAction).where(
                         OutboxAction.account_id == account.id, OutboxAction.target.in_(ids),
                         OutboxAction.kind.in_((ActionKind.APPROVE.value,
                                                ActionKind.REJECT.value)),
                         OutboxAction.decision_key.is_not(None)))} if ids else {}
        if account.kind == AccountKind.PROLIFIC.value:
            # On Prolific a decision is on the submission: every assignment of its session.
            from workbench.services.prolific_review import queued_decisions

            decisions.update({a: QueuedDecision(*found) for a, found in
                              queued_decisions(session, account.id, ids).items()})
        bonuses = _bonus_lines(session, account.id, ids)
        stored = {(c.name, c.method): c for c in session.scalars(
            select(ConsensusAnswer).where(ConsensusAnswer.hit_pk == hit_pk))}
        gold = _gold_choice(session, hit.batch_id) if hit.batch_id is not None else None
        extra_inputs = rows[0].extra.get("inputs") if rows and not inputs else None
        if extra_inputs:
            inputs = [(str(k), str(v)) for k, v in dict(extra_inputs).items()]
    raw_fields = sorted(names, key=lambda n: names[n])
    folding = option_groups(raw_fields, answers.values())
    assignments = [ReviewAssignment(
        a.id, a.assignment_id, a.worker_id, a.status, a.submit_time, a.auto_approval_time,
        a.approval_time or a.rejection_time, a.work_time_s, a.requester_feedback,
        a.answer_format, dict(answers.get(a.id, {})), decisions.get(a.assignment_id),
        tuple(bonuses.get(a.assignment_id, ())),
        shown_answers(folding, answers.get(a.id, {}))) for a in rows]
    fields = list(folding.columns)
    suggestions = _suggestions(fields, folding, assignments, stored)
    records = track_records(wb, account, sorted({a.worker_id for a in assignments}))
    return HitReview(hit.id, hit.hit_id, hit.title, hit.batch_id, batch_name or "",
                     hit.reward_cents, hit.status, inputs, assignments, fields, suggestions,
                     records, gold, bool(has_question), wb.clock())


def _bonus_lines(session: Session, account_id: int, ids: Sequence[str]
                 ) -> dict[str, list[BonusLine]]:
    out: dict[str, list[BonusLine]] = defaultdict(list)
    if not ids:
        return out
    booked: set[int] = set()
    for bonus in session.scalars(select(Bonus).where(Bonus.account_id == account_id,
                                                     Bonus.assignment_id.in_(list(ids)))):
        out[bonus.assignment_id].append(BonusLine(bonus.amount_cents, bonus.reason, "paid",
                                                  bonus.grant_time))
        if bonus.outbox_action_id is not None:
            booked.add(bonus.outbox_action_id)
    for action in session.scalars(select(OutboxAction).where(
            OutboxAction.account_id == account_id, OutboxAction.target.in_(list(ids)),
            OutboxAction.kind == ActionKind.BONUS.value,
            OutboxAction.state.in_((*LIVE, ActionState.FAILED.value)))):
        if action.id not in booked:
            payload = action.payload or {}
            out[action.target].append(BonusLine(int(payload.get("amount_cents", 0)),
                                                str(payload.get("reason", "")), action.state,
                                                action.created_at))
    return out


def option_groups(fields: Sequence[str], answers: Iterable[Mapping[str, str]]
                  ) -> ConsensusFields:
    """The HIT's rows: its fields, with checkbox and radio options folded by group.

    An option is a field that holds only true or false in this HIT, named ``group.option``;
    a group of two or more becomes one row whose value is the option(s) ticked.
    """
    seen: dict[str, bool] = {}
    for given in answers:
        for name, value in given.items():
            text = value.strip()
            if text:
                seen[name] = seen.get(name, True) and text in BOOLEAN_VALUES
    return ConsensusFields(list(fields), frozenset(n for n, b in seen.items() if b),
                           with_buttons=True)


def shown_answers(folding: ConsensusFields, given: Mapping[str, str]) -> dict[str, str]:
    """One assignment's answer per row of the grid (an option group: the options ticked)."""
    out = {name: value for name, value in given.items() if name in folding.columns}
    for prefix, members in folding.groups.items():
        present = {m: given[m] for m in members if m in given}
        out[prefix] = folding.votes(present).get(prefix, "")
    return out


def _suggestions(fields: Sequence[str], folding: ConsensusFields,
                 assignments: Sequence[ReviewAssignment],
                 stored: dict[tuple[str, str], ConsensusAnswer]) -> dict[str, FieldSuggestion]:
    out = {}
    for name in fields:
        members = folding.groups.get(name, [name])
        # How the batch compares the field: the rows stored for it (see consensus).
        if (name, MAJORITY) in stored:
            kind = CHOICE
        elif (name, TEXT) in stored:
            kind = SHORT_TEXT
        elif (name, CONSTANT) in stored or all((m, CONSTANT) in stored for m in members):
            kind = SAME_FOR_ALL
        else:
            kind = FREE_TEXT
        pairs = [(a.status, a.shown.get(name, "")) for a in assignments]
        if kind == SHORT_TEXT:
            pairs = [(status, normalised_text(value)) for status, value in pairs]
        votes: Counter[str] = field_votes(pairs)
        found = majority(votes)
        gold = stored.get((name, GOLD))
        out[name] = FieldSuggestion(name, kind, found, is_tie(found, votes),
                                    gold.value if gold is not None else None)
    return out


# -- showing answers ---------------------------------------------------------------------------

PNG_BASE64 = "iVBORw0KGgo"  # the PNG signature, in base64
IMAGE_MIN_CHARS = 200


def readable_answer(value: str) -> str:
    """An answer as a reviewer reads it: JSON laid out, image data named, text as it is.

    A crowd page's lists arrive as JSON (``["Humerus","Glenoid"]``, a list of boxes): a
    list of words reads as "Humerus, Glenoid", a list of objects one object a line. A
    drawn image arrives as base64 PNG data, which no one can read: it is named and sized.
    """
    text = value.strip()
    if len(text) >= IMAGE_MIN_CHARS and text.startswith(PNG_BASE64):
        try:
            size = len(base64.b64decode(text + "=" * (-len(text) % 4), validate=True))
        except (binascii.Error, ValueError):
            return value
        return translate("ReviewService", "(a PNG image, {size} kB)").format(
            size=f"{size / 1000:.1f}")
    if not text or text[0] not in "[{":
        return value
    try:
        data = json.loads(text)
    except ValueError:
        return value
    if not isinstance(data, list | dict):
        return value
    return "\n".join(_json_lines(data))


def _json_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "—"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _json_lines(data: list[Any] | dict[str, Any]) -> list[str]:
    if isinstance(data, dict):
        return [f"{key}: {_json_scalar(item)}" for key, item in data.items()] or ["{}"]
    if not data:
        return [translate("ReviewService", "(an empty list)")]
    if all(not isinstance(item, list | dict) for item in data):
        return [", ".join(_json_scalar(item) for item in data)]
    lines = []
    for number, item in enumerate(data, start=1):
        if isinstance(item, dict):
            lines.append(f"{number}. " + ", ".join(f"{key}: {_json_scalar(v)}"
                                                   for key, v in item.items()))
        else:
            lines.append(f"{number}. {_json_scalar(item)}")
    return lines


def approval_blocker(assignment: ReviewAssignment, now: datetime) -> str | None:
    """Why this assignment cannot be approved now, or None if it can."""
    if assignment.decision is not None:
        return _already_queued(assignment.decision)
    if assignment.status == APPROVED:
        return translate("ReviewService", "Already approved")
    if assignment.status == REJECTED:
        submitted = assignment.submit_time
        if submitted is None:
            return translate("ReviewService", "Rejected, and submitted, more than 30 days ago: "
                             "MTurk no longer lets this rejection be overridden")
        if submitted < now - outbox.OVERRIDE_WINDOW:
            return translate("ReviewService", "Rejected, and submitted on {date}, more than 30 "
                             "days ago: MTurk no longer lets this rejection be overridden"
                             ).format(date=f"{submitted:%Y-%m-%d}")
    return None


def _already_queued(decision: QueuedDecision) -> str:
    """Why a decision cannot be made twice: who queued the first one, and when."""
    if decision.kind == ActionKind.APPROVE.value:
        text = translate("ReviewService", "Approval already queued by {who} at {when} UTC; "
                         "undo it first (Ctrl+Z or the Outbox)")
    else:
        text = translate("ReviewService", "Rejection already queued by {who} at {when} UTC; "
                         "undo it first (Ctrl+Z or the Outbox)")
    return text.format(who=decision.by, when=f"{decision.at:%Y-%m-%d %H:%M}")


def rejection_blocker(assignment: ReviewAssignment) -> str | None:
    """Why this assignment cannot be rejected now, or None if it can."""
    if assignment.decision is not None:
        return _already_queued(assignment.decision)
    if assignment.status == APPROVED:
        return translate("ReviewService", "Already approved: only submitted work can be rejected")
    if assignment.status == REJECTED:
        return translate("ReviewService", "Already rejected: only submitted work can be rejected")
    if assignment.status != SUBMITTED:
        return translate("ReviewService", "Already {status}: only submitted work can be rejected"
                         ).format(status=assignment.status.lower())
    return None


# -- bulk rules --------------------------------------------------------------------------------

class Rule(StrEnum):
    """A bulk decision over a batch, previewed before anything is queued."""

    APPROVE_SUBMITTED = "approve_submitted"
    APPROVE_AGREEING = "approve_agreeing"
    REJECT_GOLD_FAILURES = "reject_gold_failures"

    @property
    def label(self) -> str:
        return {Rule.APPROVE_SUBMITTED: "Approve all submitted work in the batch",
                Rule.APPROVE_AGREEING: "Approve work that agrees with the consensus",
                Rule.REJECT_GOLD_FAILURES: "Reject work that fails gold items"}[self]

    @property
    def verdict(self) -> str:
        return "reject" if self is Rule.REJECT_GOLD_FAILURES else "approve"


@dataclass(frozen=True)
class RuleCandidate:
    """One assignment a rule would decide, and why."""

    assignment_id: str
    worker_id: str
    hit_id: str
    reason: str


@dataclass(frozen=True)
class RulePreview:
    """What a rule would queue, before anything is queued."""

    rule: Rule
    batch_id: int
    candidates: list[RuleCandidate]
    explanation: str


def preview_rule(wb: Workbench, account: AccountInfo, batch_id: int, rule: Rule
                 ) -> RulePreview:
    """The assignments a rule would decide, each with the reason it was picked."""
    refresh_consensus(wb, account.id, batch_id=batch_id)
    with wb.store.read() as session:
        base = (select(Assignment.id, Assignment.assignment_id, Assignment.worker_id,
                       HIT.hit_id, Assignment.hit_pk)
                .join(HIT, HIT.id == Assignment.hit_pk)
                .where(HIT.batch_id == batch_id, HIT.account_id == account.id,
                       awaiting_decision())
                .order_by(HIT.id, Assignment.submit_time, Assignment.id))
        awaiting = session.execute(base).all()
        if rule is Rule.APPROVE_SUBMITTED:
            return RulePreview(rule, batch_id, [
                RuleCandidate(a, w, h, translate("ReviewService", "submitted, no decision yet"))
                for _, a, w, h, _ in awaiting],
                translate("ReviewService",
                          "Every submitted assignment of the batch that has no decision yet."))
        pks = [row[0] for row in awaiting]
        answers: dict[int, dict[str, str]] = defaultdict(dict)
        for start in range(0, len(pks), 500):
            for pk, name, value in session.execute(
                    select(AnswerField.assignment_pk, AnswerField.name, AnswerField.value)
                    .where(AnswerField.assignment_pk.in_(pks[start:start + 500]))):
                answers[pk][name] = value
        method = "gold" if rule is Rule.REJECT_GOLD_FAILURES else "majority"
        consensus: dict[int, list[ConsensusAnswer]] = defaultdict(list)
        for row in session.scalars(
                select(ConsensusAnswer).join(HIT, HIT.id == ConsensusAnswer.hit_pk)
                .where(HIT.batch_id == batch_id, ConsensusAnswer.method == method)):
            consensus[row.hit_pk].append(row)
        gold = _gold_choice(session, batch_id)
    if rule is Rule.APPROVE_AGREEING:
        return RulePreview(rule, batch_id, _agreeing(awaiting, answers, consensus),
                           translate("ReviewService",
                                     "Submitted work whose every choice field matches the "
                                     "majority of its HIT (at least two votes, no tie)."))
    if not gold.active:
        return RulePreview(rule, batch_id, [], translate(
            "ReviewService", "The batch has no gold mapping: choose the input column that holds "
            "the expected answer first (Gold…)."))
    failures = []
    for pk, assignment_id, worker, hit_id, hit_pk in awaiting:
        for row in consensus.get(hit_pk, []):
            given = answers[pk].get(row.name, "")
            if not same_answer(given, row.value):
                failures.append(RuleCandidate(
                    assignment_id, worker, hit_id,
                    translate("ReviewService", "{field}: answered “{given}”, expected “{expected}”"
                              ).format(field=row.name,
                                       given=given.strip() or translate("ReviewService",
                                                                        "(blank)"),
                                       expected=row.value)))
                break
    return RulePreview(rule, batch_id, failures, translate(
        "ReviewService", "Submitted work answering a gold item otherwise than its {column} "
        "column says.").format(column=gold.input_column))


def _agreeing(awaiting: Sequence[tuple[int, str, str, str, int]],
              answers: dict[int, dict[str, str]], consensus: dict[int, list[ConsensusAnswer]]
              ) -> list[RuleCandidate]:
    out = []
    for pk, assignment_id, worker, hit_id, hit_pk in awaiting:
        compared = [row for row in consensus.get(hit_pk, [])
                    if row.votes >= 2 and not row.tied and row.name in answers[pk]]
        if compared and all(same_answer(answers[pk][row.name], row.value) for row in compared):
            each = translate("ReviewService", "{field} = {value} ({agreeing} of {votes})")
            shown = ", ".join(each.format(field=row.name, value=row.value, agreeing=row.agreeing,
                                          votes=row.votes) for row in compared[:3])
            out.append(RuleCandidate(assignment_id, worker, hit_id,
                                     translate("ReviewService", "agrees: {shown}"
                                               ).format(shown=shown)))
    return out


@dataclass
class RuleOutcome:
    """What a confirmed rule queued, and what it skipped because someone decided it first."""

    queued: list[outbox.ActionInfo] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def apply_decisions(wb: Workbench, account: AccountInfo, assignment_ids: Sequence[str],
                    verdict: str, *, feedback: str | None = None,
                    progress: Progress = no_progress, cancel: CancelToken | None = None
                    ) -> RuleOutcome:
    """Queue many decisions in chunks; one already decided (by anyone) is skipped, not fatal."""
    if verdict == "reject" and not (feedback or "").strip():
        raise outbox.OutboxError(translate("ReviewService",
                                           "a rejection needs feedback: tell the worker why"))
    from workbench.services.prolific_review import is_prolific, queue_decisions

    if verdict == "reject" and is_prolific(account):
        raise outbox.OutboxError(translate(
            "ReviewService", "Prolific rejections are made one submission at a time, each with "
                             "a category and a message of 100 or more characters"))

    def queue(wb: Workbench, account: AccountInfo, ids: Sequence[str], *,
              feedback: str) -> list[outbox.ActionInfo]:
        return queue_decisions(wb, account, ids, verdict, feedback=feedback or None)

    outcome = RuleOutcome()
    ids = list(dict.fromkeys(assignment_ids))
    for start in range(0, len(ids), RULE_CHUNK):
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        chunk = ids[start:start + RULE_CHUNK]
        try:
            outcome.queued += queue(wb, account, chunk, feedback=feedback or "")
        except outbox.AlreadyDecided:
            # Someone decided one of these meanwhile: queue the rest one by one.
            for assignment_id in chunk:
                try:
                    outcome.queued += queue(wb, account, [assignment_id],
                                            feedback=feedback or "")
                except outbox.OutboxError as exc:
                    outcome.skipped.append((assignment_id, str(exc)))
        progress(min(start + RULE_CHUNK, len(ids)), len(ids),
                 translate("ReviewService", "Queuing decisions"))
    return outcome


def batches_with_work(wb: Workbench, account_id: int) -> list[tuple[int, str, int]]:
    """(batch id, name, assignments awaiting a decision) for the account's batches."""
    with wb.store.read() as session:
        waiting = dict(session.execute(
            select(HIT.batch_id, func.count()).select_from(Assignment)
            .join(HIT, HIT.id == Assignment.hit_pk)
            .where(HIT.account_id == account_id, awaiting_decision())
            .group_by(HIT.batch_id)).all())
        return [(b.id, b.name, int(waiting.get(b.id, 0))) for b in session.scalars(
            select(Batch).where(Batch.account_id == account_id).order_by(Batch.id.desc()))]


def hit_question(wb: Workbench, hit_pk: int) -> str | None:
    """The HIT's question document (HTMLQuestion XML), if the store has it."""
    with wb.store.read() as session:
        return session.scalar(select(HIT.question).where(HIT.id == hit_pk))


def assignment_answers(wb: Workbench, account: AccountInfo, assignment_id: str
                       ) -> dict[str, str]:
    with wb.store.read() as session:
        return dict(session.execute(
            select(AnswerField.name, AnswerField.value)
            .join(Assignment, and_(Assignment.id == AnswerField.assignment_pk))
            .where(Assignment.account_id == account.id,
                   Assignment.assignment_id == assignment_id)).all())
