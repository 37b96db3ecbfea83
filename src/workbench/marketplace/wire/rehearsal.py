"""Filling a local marketplace with worked HITs at once, to rehearse clients against it.

Simulated workers go through every worker rule one action at a time, which is right for a
demo and slow for thousands of assignments. Rehearsing a sync, a push or a benchmark needs
only the result: HITs whose assignments are submitted. This writes that result directly
(a few bulk inserts), in the shape the worker side would have left it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, update
from sqlalchemy.orm import sessionmaker

from workbench.domain.clock import utcnow
from workbench.domain.ids import entity_id
from workbench.formats.answers import task_answers_xml
from workbench.formats.questions import html_question
from workbench.marketplace.local.core import SUBMITTED
from workbench.marketplace.local.market import LocalMarketplace
from workbench.marketplace.local.schema import (
    MarketAssignment,
    MarketHIT,
    MarketWorker,
    Requester,
)
from workbench.sql.engine import session_scope

LABELS = ("positive", "neutral", "negative")
PAGE = ("<p>${text}</p><crowd-form><crowd-radio-group>"
        + "".join(f"<crowd-radio-button name='{label}'>{label}</crowd-radio-button>"
                  for label in LABELS)
        + "</crowd-radio-group></crowd-form>")


@dataclass(frozen=True)
class Rehearsal:
    """What was put on the marketplace."""

    hit_type_id: str
    hit_ids: list[str]
    assignment_ids: list[str]
    worker_ids: list[str]


def worked_hits(engine: Engine, requester_id: str, *, hits: int, assignments: int,
                reward: str = "0.05", seed: int = 0, now: datetime | None = None
                ) -> Rehearsal:
    """Publish ``hits`` HITs of ``assignments`` assignments, every one submitted by a worker."""
    rng = random.Random(seed)
    now = now or utcnow()
    market = LocalMarketplace(engine, requester_id, clock=lambda: now)
    hit_type_id = market.create_hit_type(
        Title="Rehearsal: what is the sentiment of this sentence?",
        Description="Read one sentence and choose positive, neutral or negative.",
        Reward=reward, AssignmentDurationInSeconds=900,
        AutoApprovalDelayInSeconds=30 * 86400, Keywords="rehearsal")["HITTypeId"]
    created = now - timedelta(hours=2)
    workers = [f"AREHEARSAL{index:04d}" for index in range(assignments)]
    hit_rows: list[dict[str, Any]] = []
    assignment_rows: list[dict[str, Any]] = []
    for number in range(hits):
        hit_id = entity_id()
        hit_rows.append(dict(
            hit_id=hit_id, requester_id=requester_id, hit_type_id=hit_type_id,
            question=html_question(PAGE.replace("${text}", f"Sentence number {number}.")),
            requester_annotation=None, max_assignments=assignments, lifetime_s=7 * 86400,
            creation_time=created, expiration=created + timedelta(days=7),
            review_status="NotReviewed", reviewing=False, disposed=False))
        for worker_id in workers:
            accepted = created + timedelta(seconds=rng.uniform(60, 3600))
            submitted = accepted + timedelta(seconds=rng.uniform(20, 600))
            assignment_rows.append(dict(
                assignment_id=entity_id(), hit_id=hit_id, worker_id=worker_id,
                status=SUBMITTED, accept_time=accepted,
                deadline=accepted + timedelta(seconds=900), submit_time=submitted,
                auto_approval_time=submitted + timedelta(days=30), approval_time=None,
                rejection_time=None, requester_feedback=None,
                answer=task_answers_xml({"sentiment": rng.choice(LABELS)})))
    with session_scope(sessionmaker(engine), write=True) as session:
        new_workers = [dict(
            worker_id=worker_id, display_name="rehearsal", locale_country="US",
            locale_subdivision=None, is_adult=True, simulated=True, created_at=created)
            for worker_id in workers if session.get(MarketWorker, worker_id) is None]
        if new_workers:
            session.execute(insert(MarketWorker), new_workers)
        for start in range(0, len(hit_rows), 1000):
            session.execute(insert(MarketHIT), hit_rows[start:start + 1000])
        for start in range(0, len(assignment_rows), 2000):
            session.execute(insert(MarketAssignment), assignment_rows[start:start + 2000])
        # Enough money for every assignment to be approved, and a bonus or two.
        session.execute(update(Requester).where(Requester.requester_id == requester_id)
                        .values(deposit_cents=Requester.deposit_cents
                                + len(assignment_rows) * 100))
    return Rehearsal(hit_type_id, [h["hit_id"] for h in hit_rows],
                     [a["assignment_id"] for a in assignment_rows], workers)
