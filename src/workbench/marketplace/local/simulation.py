"""Simulated workers: a crowd that works a local requester's HITs, deterministically from a seed.

The crowd is planned first (who accepts which HIT when, how long they take) and then played
against the marketplace through the same worker rules real workers meet, each action at its
planned time. Planning first lets a simulation end "now" with a realistic past behind it.
"""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Engine

from workbench.domain.clock import utcnow
from workbench.marketplace.local.core import settle_due
from workbench.marketplace.local.workers import Locale, WorkerSide, WorkRefused

PLAY_CHUNK = 400  # actions per transaction when playing a plan


class Diligence(StrEnum):
    CAREFUL = "careful"
    CARELESS = "careless"
    SPAMMER = "spammer"


@dataclass(frozen=True)
class SimulatedWorker:
    """A simulated worker: how often they are right and how long a task takes them."""

    worker_id: str
    diligence: Diligence
    accuracy: float
    median_seconds: float
    locale: Locale = field(default_factory=Locale)


@dataclass(frozen=True)
class PlannedTask:
    worker: SimulatedWorker
    hit_id: str
    accept_at: float  # seconds after the start of the simulation
    submit_at: float


@dataclass
class CrowdResult:
    submitted: int = 0
    refused: list[str] = field(default_factory=list)
    started_at: datetime | None = None
    finished_at: datetime | None = None


AnswerMaker = Callable[[SimulatedWorker, str, random.Random], str]


def make_crowd(count: int, rng: random.Random, *, spammers: int = 1) -> list[SimulatedWorker]:
    """A plausible crowd: mostly careful workers, some careless ones, and ``spammers`` spammers."""
    crowd: list[SimulatedWorker] = []
    countries = [Locale("US", "CA"), Locale("US", "NY"), Locale("US", "TX"), Locale("IN"),
                 Locale("GB"), Locale("DE"), Locale("CA", "ON"), Locale("PH")]
    for index in range(count):
        ident = "A" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                              for _ in range(13))
        locale = countries[index % len(countries)]
        if index < spammers:
            crowd.append(SimulatedWorker(ident, Diligence.SPAMMER, 0.0,
                                         rng.uniform(10, 16), locale))
        elif index % 3 == 2:
            crowd.append(SimulatedWorker(ident, Diligence.CARELESS, rng.uniform(0.55, 0.75),
                                         rng.uniform(15, 35), locale))
        else:
            crowd.append(SimulatedWorker(ident, Diligence.CAREFUL, rng.uniform(0.88, 0.98),
                                         rng.uniform(35, 90), locale))
    return crowd


def plan_work(hits: Sequence[tuple[str, int]], crowd: Sequence[SimulatedWorker],
              rng: random.Random, *, arrival_spread_s: float | None = None
              ) -> list[PlannedTask]:
    """Plan who does which HIT when, honouring one assignment per worker per HIT.

    ``hits`` are (HIT id, assignments wanted). Workers arrive spread over
    ``arrival_spread_s`` (by default half the time the crowd needs for the work, so that
    nearly everyone gets some), take the next HIT they have not done, and work until none is
    left.
    """
    if arrival_spread_s is None:
        wanted = sum(n for _, n in hits)
        mean_seconds = sum(w.median_seconds for w in crowd) / max(1, len(crowd))
        arrival_spread_s = min(6 * 3600.0, 0.5 * wanted * (mean_seconds + 20) / max(1, len(crowd)))
    remaining = {hit_id: wanted for hit_id, wanted in hits}
    order = [hit_id for hit_id, _ in hits]
    done: dict[str, set[str]] = {w.worker_id: set() for w in crowd}
    position = {w.worker_id: 0 for w in crowd}
    queue: list[tuple[float, int, SimulatedWorker]] = []
    for index, worker in enumerate(crowd):
        heapq.heappush(queue, (rng.uniform(0, arrival_spread_s), index, worker))
    plan: list[PlannedTask] = []
    while queue and any(remaining.values()):
        free_at, index, worker = heapq.heappop(queue)
        hit_id = _next_hit(order, remaining, done[worker.worker_id], position, worker.worker_id)
        if hit_id is None:
            continue
        remaining[hit_id] -= 1
        done[worker.worker_id].add(hit_id)
        took = max(3.0, rng.lognormvariate(math.log(worker.median_seconds), 0.45))
        accept_at = free_at + rng.uniform(1, 8)
        plan.append(PlannedTask(worker, hit_id, accept_at, accept_at + took))
        pause = rng.expovariate(1 / 20) + (rng.uniform(600, 2400) if rng.random() < 0.03 else 0)
        heapq.heappush(queue, (accept_at + took + pause, index, worker))
    return plan


def _next_hit(order: list[str], remaining: dict[str, int], done: set[str],
              position: dict[str, int], worker_id: str) -> str | None:
    start = position[worker_id]
    for offset in range(len(order)):
        hit_id = order[(start + offset) % len(order)]
        if remaining[hit_id] > 0 and hit_id not in done:
            position[worker_id] = (start + offset + 1) % len(order)
            return hit_id
    return None


def play(engine: Engine, plan: Iterable[PlannedTask], start: datetime,
         answer_for: AnswerMaker, rng: random.Random,
         progress: Callable[[int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> CrowdResult:
    """Carry out a plan on the marketplace, each accept and submit at its planned time."""
    side = WorkerSide(engine, clock=utcnow)
    events: list[tuple[float, int, str, PlannedTask]] = []
    tasks = list(plan)
    for number, task in enumerate(tasks):
        events.append((task.accept_at, number, "accept", task))
        events.append((task.submit_at, number, "submit", task))
    events.sort(key=lambda e: (e[0], e[1], e[2] != "accept"))
    result = CrowdResult(started_at=start)
    assignment_of: dict[int, str] = {}
    with side.transaction() as session:
        for worker in {t.worker.worker_id: t.worker for t in tasks}.values():
            side.register_in(session, worker.worker_id, display_name=worker.diligence.value,
                             locale=worker.locale, simulated=True)
    total = len(events)
    for chunk_start in range(0, total, PLAY_CHUNK):
        if cancelled is not None and cancelled():
            break
        chunk = events[chunk_start:chunk_start + PLAY_CHUNK]
        with side.transaction() as session:
            # Let time pass once per chunk: planned work ends well within its deadline.
            settle_due(session, start + timedelta(seconds=chunk[0][0]))
            for offset, number, kind, task in chunk:
                at = start + timedelta(seconds=offset)
                try:
                    if kind == "accept":
                        assignment_of[number] = side.accept_in(
                            session, task.worker.worker_id, task.hit_id, at)
                    elif number in assignment_of:
                        side.submit_in(session, task.worker.worker_id, assignment_of[number],
                                       answer_for(task.worker, task.hit_id, rng), at)
                        result.submitted += 1
                        result.finished_at = at
                except WorkRefused as refusal:
                    result.refused.append(f"{task.worker.worker_id} {kind} {task.hit_id}: "
                                          f"{refusal}")
        if progress is not None:
            progress(min(total, chunk_start + PLAY_CHUNK), total)
    return result


def plan_span(plan: Sequence[PlannedTask]) -> float:
    """Seconds from the start of a plan to its last submission."""
    return max((task.submit_at for task in plan), default=0.0)
