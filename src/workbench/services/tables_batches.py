"""The SQL behind the Batches table: every batch of an account with its progress."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select

from workbench.services.tables import Column, TableSource
from workbench.store.schema import HIT, Batch, BatchRow

BATCH_STATES = ("draft", "publishing", "published")

_ROWS = (select(func.count(BatchRow.id)).where(BatchRow.batch_id == Batch.id)
         .correlate(Batch).scalar_subquery())
_HITS = (select(func.count(HIT.id)).where(HIT.batch_id == Batch.id)
         .correlate(Batch).scalar_subquery())
_TO_REVIEW = (select(func.coalesce(func.sum(HIT.submitted_count), 0))
              .where(HIT.batch_id == Batch.id).correlate(Batch).scalar_subquery())


class BatchSource(TableSource):
    """Batches with their rows, HITs, and the work waiting for review."""

    name = "batches"
    id_column = Batch.__table__.c.id
    default_sort = "created"
    columns = (
        Column("name", "Batch", Batch.name, "text", 250),
        Column("state", "State", Batch.state, "status", 90,
               tooltip="draft: not sent yet; publishing: started, not every HIT made yet"),
        Column("rows", "Rows", _ROWS, "int", 65, tooltip="Input rows: one HIT each"),
        Column("hits", "HITs", _HITS, "int", 65, tooltip="HITs of the batch in the store"),
        Column("per_hit", "Per HIT", Batch.max_assignments, "int", 65,
               tooltip="Assignments asked per HIT"),
        Column("reward", "Reward", Batch.reward_cents, "money", 70),
        Column("to_review", "To review", _TO_REVIEW, "int", 75,
               tooltip="Submitted assignments waiting for your decision"),
        Column("origin", "Made by", Batch.origin, "text", 80,
               tooltip="publish, demo, or import (MTurk results)"),
        Column("created", "Created", Batch.created_at, "time", 130),
        Column("published", "Published", Batch.published_at, "time", 130),
        Column("title", "Title", Batch.title, "text", 300),
    )

    def base(self, columns: Sequence[Any], *, joined: bool = True) -> Select[Any]:
        return select(*columns).select_from(Batch)

    def filter(self, query: Select[Any], filters: dict[str, Any]) -> Select[Any]:
        query = query.where(Batch.account_id == filters.get("account_id", -1))
        if filters.get("state"):
            query = query.where(Batch.state == filters["state"])
        if filters.get("search"):
            query = query.where(self.like((Batch.name, Batch.title), filters["search"]))
        return query
