"""The table of workers holding a qualification: SQL behind the Qualifications page's scores."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import String, and_, case, cast, literal, select
from sqlalchemy.sql import Select

from workbench.domain.statuses import ActionKind, ActionState
from workbench.services.tables import Column, TableSource
from workbench.store.schema import OutboxAction, QualificationScore

_LIVE = (ActionState.PENDING.value, ActionState.SENDING.value)
# The outbox's key for one worker's live grant or revoke (see services.outbox).
_DECISION_KEY = (literal("qual:") + cast(QualificationScore.account_id, String) + literal(":")
                 + QualificationScore.qualification_type_id + literal(":")
                 + QualificationScore.worker_id)
_QUEUED = case(
    (OutboxAction.kind == ActionKind.GRANT_QUALIFICATION.value, literal("change queued")),
    (OutboxAction.kind == ActionKind.REVOKE_QUALIFICATION.value, literal("revoke queued")),
    else_=literal(""))


class ScoresSource(TableSource):
    """Workers' scores on one qualification type, with any change queued in the outbox."""

    name = "qualification_scores"
    id_column = QualificationScore.__table__.c.id
    default_sort = "worker"
    columns = (
        Column("worker", "Worker", QualificationScore.worker_id, "id", 160),
        Column("score", "Score", QualificationScore.integer_value, "int", 70),
        Column("status", "Status", QualificationScore.status, "status", 80),
        Column("granted", "Granted", QualificationScore.grant_time, "time", 130),
        Column("queued", "Queued", _QUEUED, "status", 110, sortable=False,
               tooltip="A change waiting in the outbox for the next Sync"),
    )

    def base(self, columns: Sequence[Any], *, joined: bool = True) -> Select[Any]:
        query = select(*columns).select_from(QualificationScore)
        if not joined:
            return query
        return query.outerjoin(OutboxAction, and_(OutboxAction.decision_key == _DECISION_KEY,
                                                  OutboxAction.state.in_(_LIVE)))

    def needs_join(self, request: Any) -> bool:
        return False

    def filter(self, query: Select[Any], filters: dict[str, Any]) -> Select[Any]:
        query = query.where(self.account_is(QualificationScore.account_id, filters),
                            QualificationScore.qualification_type_id
                            == filters.get("type_id", ""))
        if filters.get("status"):
            query = query.where(QualificationScore.status == filters["status"])
        if filters.get("search"):
            query = query.where(self.like((QualificationScore.worker_id,), filters["search"]))
        return query
