"""Read-only queries that list what is in the store, as plain records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from workbench.services.context import Workbench
from workbench.store.schema import HIT, Batch


@dataclass(frozen=True)
class HitFilter:
    account_id: int
    batch_id: int | None = None
    status: str | None = None


@dataclass(frozen=True)
class HitRow:
    """A HIT with its counts, as tables and the command line show it."""

    hit_id: str
    batch_id: int | None
    batch_name: str
    title: str
    status: str
    reward_cents: int
    max_assignments: int
    available: int
    pending: int
    submitted: int
    approved: int
    rejected: int
    creation_time: datetime
    expiration: datetime | None


def list_hits(wb: Workbench, filter_: HitFilter, limit: int | None = None) -> list[HitRow]:
    with wb.store.read() as session:
        query = (select(HIT, Batch.name).outerjoin(Batch, Batch.id == HIT.batch_id)
                 .where(HIT.account_id == filter_.account_id)
                 .order_by(HIT.creation_time, HIT.id))
        if filter_.batch_id is not None:
            query = query.where(HIT.batch_id == filter_.batch_id)
        if filter_.status:
            query = query.where(HIT.status == filter_.status)
        if limit:
            query = query.limit(limit)
        return [
            HitRow(h.hit_id, h.batch_id, name or "", h.title, h.status, h.reward_cents,
                   h.max_assignments, h.assignments_available, h.assignments_pending,
                   h.submitted_count, h.approved_count, h.rejected_count, h.creation_time,
                   h.expiration)
            for h, name in session.execute(query)
        ]
