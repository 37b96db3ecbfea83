"""The SQL behind the review queue: HITs with work to review, in the order a reviewer picks.

"To review" counts submitted assignments that have no decision queued yet, so a HIT leaves
the queue the moment its last decision is queued, not when it is pushed. The deadline is the
soonest auto-approval among them: MTurk approves (and pays) by itself at that time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, case, exists, func, literal, or_, select

from workbench.domain.statuses import ActionKind, AssignmentStatus
from workbench.services.context import Workbench
from workbench.services.tables import Column, TableRequest, TableSource
from workbench.store.schema import HIT, Assignment, Batch, OutboxAction, ReviewHit

SUBMITTED = AssignmentStatus.SUBMITTED.value
DECISIONS = (ActionKind.APPROVE.value, ActionKind.REJECT.value)
# Queue states a reviewer filters by.
TO_REVIEW, ALL_WORK, DECIDED = "to_review", "all", "decided"
NULLS_LAST = frozenset({"agreement", "deadline"})


def decision_queued() -> Any:
    """An assignment has a live (pending or sending) decision in the outbox."""
    return exists().where(OutboxAction.account_id == Assignment.account_id,
                          OutboxAction.target == Assignment.assignment_id,
                          # Spelled out: the tables' id query cannot expand an IN list.
                          or_(*(OutboxAction.kind == kind for kind in DECISIONS)),
                          OutboxAction.decision_key.is_not(None))


def awaiting_decision() -> Any:
    """Submitted and not decided yet, not even in the outbox."""
    return and_(Assignment.status == SUBMITTED, ~decision_queued())


_AWAITING = (select(func.count()).select_from(Assignment)
             .where(Assignment.hit_pk == HIT.id, awaiting_decision())
             .correlate(HIT).scalar_subquery())
_DEADLINE = (select(func.min(Assignment.auto_approval_time))
             .where(Assignment.hit_pk == HIT.id, awaiting_decision())
             .correlate(HIT).scalar_subquery())
_FIRST_SUBMITTED = (select(func.min(Assignment.submit_time))
                    .where(Assignment.hit_pk == HIT.id).correlate(HIT).scalar_subquery())
_WORK = HIT.submitted_count + HIT.approved_count + HIT.rejected_count


class ReviewQueueSource(TableSource):
    """HITs with submitted work, with how much is left, how much workers agree, and when."""

    name = "review_queue"
    id_column = HIT.__table__.c.id
    default_sort = "submitted"
    columns = (
        Column("hit_id", "HIT", HIT.hit_id, "id", 110),
        Column("to_review", "Left", _AWAITING, "int", 38,
               tooltip="Submitted assignments with no decision yet"),
        Column("agreement", "Agree", ReviewHit.agreement, "percent", 50,
               tooltip="The smallest share of workers agreeing on any choice field "
                       "(sorts disagreement first)"),
        Column("deadline", "Auto-approves", _DEADLINE, "time", 110,
               tooltip="When the marketplace approves and pays the first of them by itself"),
        Column("submitted", "Submitted", _FIRST_SUBMITTED, "time", 130,
               tooltip="When the first assignment was submitted"),
        Column("batch", "Batch", func.coalesce(Batch.name, literal("")), "text", 170),
        Column("title", "Title", HIT.title, "text", 260),
    )

    def base(self, columns: Sequence[Any], *, joined: bool = True) -> Select[Any]:
        return (select(*columns).select_from(HIT)
                .outerjoin(Batch, Batch.id == HIT.batch_id)
                .outerjoin(ReviewHit, ReviewHit.hit_pk == HIT.id))

    def filter(self, query: Select[Any], filters: dict[str, Any]) -> Select[Any]:
        query = query.where(HIT.account_id == filters.get("account_id", -1))
        state = filters.get("state") or TO_REVIEW
        if state == TO_REVIEW:
            query = query.where(HIT.submitted_count > 0, _AWAITING > 0)
        elif state == DECIDED:
            query = query.where(_WORK > 0, _AWAITING == 0)
        else:
            query = query.where(_WORK > 0)
        if filters.get("batch_id"):
            query = query.where(HIT.batch_id == filters["batch_id"])
        if filters.get("worker"):
            query = query.where(exists().where(Assignment.hit_pk == HIT.id,
                                               Assignment.worker_id == filters["worker"]))
        if filters.get("search"):
            query = query.where(self.like((HIT.hit_id, HIT.title), filters["search"]))
        return query

    def _ordered(self, query: Select[Any], request: TableRequest) -> Select[Any]:
        key = request.sort_key or self.default_sort
        if key not in NULLS_LAST:
            return super()._ordered(query, request)
        expression = self.column(key).expression
        # Nothing to compare, or nothing left to auto-approve, goes last either way.
        missing = case((expression.is_(None), 1), else_=0)
        ordered = expression.desc() if request.descending else expression.asc()
        last = self.id_column.desc() if request.descending else self.id_column.asc()
        return query.order_by(missing, ordered, last)


def due_soon(wb: Workbench, account_id: int, before: datetime, batch_id: int | None = None
             ) -> int:
    """How many undecided assignments the marketplace approves by itself before ``before``.

    Only those still ahead: one whose time has passed was approved already (a sync brings
    it), and deciding it now could not change that.
    """
    query = (select(func.count()).select_from(Assignment)
             .where(Assignment.account_id == account_id, awaiting_decision(),
                    Assignment.auto_approval_time < before,
                    Assignment.auto_approval_time >= wb.clock()))
    if batch_id:
        query = query.where(Assignment.hit_pk.in_(select(HIT.id).where(
            HIT.batch_id == batch_id)))
    with wb.store.read() as session:
        return int(session.scalar(query) or 0)
