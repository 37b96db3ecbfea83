"""The offline review round trip: marks in a review sheet become queued decisions.

A reviewer puts an ``x`` in a row's Approve column or a reason in its Reject column (as on
MTurk's own upload page). Importing the sheet first makes a plan: the decisions it will
queue and, for every other mark, why it will not (already decided, already queued, marked
both ways, no reason given). Queuing goes through the outbox, which refuses a second live
decision per assignment, so a sheet imported twice queues each decision once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.statuses import AssignmentStatus
from workbench.domain.text import translate
from workbench.formats.batch_csv_reader import SIMPLE_MARKS, ReviewMark
from workbench.services import outbox
from workbench.services.accounts import AccountInfo, archive_refusal
from workbench.services.context import Workbench
from workbench.services.outbox import MAX_FEEDBACK, ActionInfo, OutboxError, decision_key
from workbench.store.schema import Assignment, OutboxAction

LOOKUP_CHUNK = 500


@dataclass(frozen=True)
class MarkedRow:
    """A row of a review sheet that a reviewer marked."""

    line: int
    assignment_id: str
    mark: ReviewMark


@dataclass(frozen=True)
class ReviewDecision:
    """A decision the sheet asks for and that can be queued."""

    line: int
    assignment_id: str
    worker_id: str
    approve: bool
    feedback: str | None

    @property
    def description(self) -> str:
        if self.approve:
            return f"approve {self.assignment_id} ({self.worker_id})" + (
                f": {self.feedback}" if self.feedback else "")
        return f"reject {self.assignment_id} ({self.worker_id}): {self.feedback}"


@dataclass(frozen=True)
class ReviewSkip:
    """A mark that will not be queued, and why."""

    line: int
    assignment_id: str
    reason: str


@dataclass
class ReviewPlan:
    """What importing a marked sheet will queue, and what it leaves out."""

    account: AccountInfo
    decisions: list[ReviewDecision] = field(default_factory=list)
    skipped: list[ReviewSkip] = field(default_factory=list)

    @property
    def approvals(self) -> list[ReviewDecision]:
        return [d for d in self.decisions if d.approve]

    @property
    def rejections(self) -> list[ReviewDecision]:
        return [d for d in self.decisions if not d.approve]

    @property
    def marked(self) -> int:
        return len(self.decisions) + len(self.skipped)

    def preview(self, limit: int = 50) -> list[str]:
        """Lines a person reads before saying yes: the actions, then what is left out."""
        lines = [f"{len(self.approvals)} approval(s) and {len(self.rejections)} rejection(s) "
                 f"to queue in {self.account.name}"]
        lines += [f"  line {d.line}: {d.description}" for d in self.decisions[:limit]]
        if len(self.decisions) > limit:
            lines.append(f"  … and {len(self.decisions) - limit} more")
        if self.skipped:
            lines.append(f"{len(self.skipped)} marked row(s) will not be queued:")
            lines += [f"  line {s.line}: {s.assignment_id}: {s.reason}"
                      for s in self.skipped[:limit]]
            if len(self.skipped) > limit:
                lines.append(f"  … and {len(self.skipped) - limit} more")
        return lines


@dataclass
class ReviewOutcome:
    """What queuing a plan did."""

    queued: list[ActionInfo] = field(default_factory=list)
    skipped: list[ReviewSkip] = field(default_factory=list)


def _when(moment: datetime | None) -> str:
    return translate("ReviewSheet", " at {time} UTC").format(
        time=f"{moment:%Y-%m-%d %H:%M}") if moment else ""


def plan_review(session: Session, account: AccountInfo, marks: Sequence[MarkedRow]
                ) -> ReviewPlan:
    """Check every mark against the store: which decisions can be queued, which cannot."""
    plan = ReviewPlan(account)
    for start in range(0, len(marks), LOOKUP_CHUNK):
        chunk = marks[start:start + LOOKUP_CHUNK]
        ids = [m.assignment_id for m in chunk]
        found = {a.assignment_id: a for a in session.scalars(select(Assignment).where(
            Assignment.account_id == account.id, Assignment.assignment_id.in_(ids)))}
        live = {a.target: a for a in session.scalars(select(OutboxAction).where(
            OutboxAction.decision_key.in_([decision_key(account.id, i) for i in ids])))}
        for marked in chunk:
            plan_one(plan, marked, found.get(marked.assignment_id),
                     live.get(marked.assignment_id))
    return plan


def plan_one(plan: ReviewPlan, marked: MarkedRow, assignment: Assignment | None,
             live: OutboxAction | None) -> None:
    """Add one marked row to the plan, as a decision or as a skip with its reason."""
    line, assignment_id, mark = marked.line, marked.assignment_id, marked.mark
    reject = mark.reject.strip()

    def skip(reason: str) -> None:
        plan.skipped.append(ReviewSkip(line, assignment_id, reason))

    if plan.account.is_archive:
        return skip(archive_refusal(plan.account.name, "decide"))
    if mark.approves and reject:
        return skip(translate("ReviewSheet", "marked both Approve and Reject; mark one"))
    if assignment is None:
        return skip(translate("ReviewSheet", "not an assignment of {account} (sync first if it "
                                             "is new)").format(account=plan.account.name))
    if live is not None:
        # The queued action's kind is a code (approve, reject, …), shown as it is.
        return skip(translate("ReviewSheet", "already has a queued {kind} by {who}{when}").format(
            kind=live.kind, who=live.created_by, when=_when(live.created_at)))
    if assignment.status != AssignmentStatus.SUBMITTED.value:
        decided = _when(assignment.approval_time or assignment.rejection_time)
        if assignment.status == AssignmentStatus.APPROVED.value:
            return skip(translate("ReviewSheet", "already approved{when}").format(when=decided))
        if assignment.status == AssignmentStatus.REJECTED.value:
            return skip(translate("ReviewSheet", "already rejected{when}").format(when=decided))
        return skip(translate("ReviewSheet", "already {status}{when}").format(
            status=assignment.status.lower(), when=decided))
    if mark.approves:
        feedback = mark.approval_feedback
        if feedback and len(feedback) > MAX_FEEDBACK:
            return skip(translate("ReviewSheet", "the approval feedback is longer than {limit} "
                                                 "characters").format(limit=f"{MAX_FEEDBACK:,}"))
        plan.decisions.append(ReviewDecision(line, assignment_id, assignment.worker_id, True,
                                             feedback))
        return None
    if reject.lower() in SIMPLE_MARKS:
        return skip(translate("ReviewSheet", "a rejection needs a reason for the worker in the "
                                             "Reject column, not just a mark"))
    if len(reject) > MAX_FEEDBACK:
        return skip(translate("ReviewSheet", "the rejection reason is longer than {limit} "
                                             "characters").format(limit=f"{MAX_FEEDBACK:,}"))
    plan.decisions.append(ReviewDecision(line, assignment_id, assignment.worker_id, False,
                                         reject))
    return None


def queue_review(wb: Workbench, plan: ReviewPlan) -> ReviewOutcome:
    """Queue the plan's decisions through the outbox; whatever changed meanwhile is skipped.

    Decisions with the same feedback go in one all-or-nothing call; if someone else decided
    one of them in the meantime, that group is queued one by one and the contested ones are
    reported, never queued twice.
    """
    outcome = ReviewOutcome()
    groups: dict[tuple[bool, str | None], list[ReviewDecision]] = {}
    for decision in plan.decisions:
        groups.setdefault((decision.approve, decision.feedback), []).append(decision)
    for (approve, feedback), decisions in groups.items():
        try:
            outcome.queued += _queue(wb, plan.account, approve, feedback,
                                     [d.assignment_id for d in decisions])
            continue
        except OutboxError:
            pass
        for decision in decisions:
            try:
                outcome.queued += _queue(wb, plan.account, approve, feedback,
                                         [decision.assignment_id])
            except OutboxError as exc:
                outcome.skipped.append(ReviewSkip(decision.line, decision.assignment_id,
                                                  str(exc)))
    return outcome


def _queue(wb: Workbench, account: AccountInfo, approve: bool, feedback: str | None,
           ids: list[str]) -> list[ActionInfo]:
    if approve:
        return outbox.queue_approve(wb, account, ids, feedback=feedback)
    return outbox.queue_reject(wb, account, ids, feedback=feedback or "")
