"""The paced client against simulated servers: a rate limit is met, other refusals are not.

A discrete-event simulation: several threads of one client send requests that take a round
trip each, through one Pacer whose clock is the simulation's; the server refuses by a token
bucket (a rate limit) or by count (one request in seven, whatever the pace).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from workbench.marketplace.pacing import Pacer

ROUND_TRIP = 0.05


@dataclass
class TokenBucket:
    """A server's rate limit as ``workbench serve --rate`` keeps it."""

    rate: float
    burst: float
    tokens: float = field(init=False)
    last: float = 0.0

    def __post_init__(self) -> None:
        self.tokens = self.burst

    def allows(self, now: float) -> bool:
        self.tokens = min(self.burst, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


@dataclass
class Outcome:
    granted: list[float] = field(default_factory=list)
    refused: int = 0
    rates: list[float | None] = field(default_factory=list)


def simulate(server: Callable[[float], bool], *, threads: int = 8, seconds: float = 30.0,
             requests: int | None = None) -> tuple[Pacer, Outcome]:
    """Threads sending back to back through one pacer; every refusal retried after its backoff."""
    now = [0.0]
    waited: list[float] = []
    pacer = Pacer(clock=lambda: now[0], sleep=waited.append)
    outcome = Outcome()
    events: list[tuple[float, int, str, int]] = []  # (time, order, kind, refusals in a row)
    order = 0
    for _ in range(threads):
        heapq.heappush(events, (0.0, order, "ready", 0))
        order += 1
    while events:
        when, _, kind, refusals = heapq.heappop(events)
        if when > seconds or (requests is not None and len(outcome.granted) >= requests):
            break
        now[0] = when
        if kind == "ready":
            waited.clear()
            pacer.wait_turn()
            sent = when + sum(waited)
            arrives = sent + ROUND_TRIP / 2
            heapq.heappush(events, (arrives, order, "arrive", refusals))
        elif kind == "arrive":
            refused = not server(when)
            heapq.heappush(events, (when + ROUND_TRIP / 2, order,
                                    "refused" if refused else "granted", refusals))
        elif kind == "granted":
            pacer.answered(throttled=False)
            outcome.granted.append(when)
            heapq.heappush(events, (when, order, "ready", 0))
        else:
            pacer.answered(throttled=True)
            outcome.refused += 1
            heapq.heappush(events, (when + pacer.backoff(refusals + 1), order, "ready",
                                    refusals + 1))
        outcome.rates.append(pacer.rate)
        order += 1
    return pacer, outcome


@pytest.mark.parametrize(("rate", "burst"), [(1.0, 2.0), (5.0, 5.0), (40.0, 40.0)])
def test_a_rate_limit_is_learned_and_met_with_few_refusals(rate: float, burst: float) -> None:
    bucket = TokenBucket(rate, burst)
    pacer, outcome = simulate(bucket.allows, seconds=60.0)
    # The server's rate is used to the full (its burst, then its rate)...
    assert len(outcome.granted) >= 0.95 * (burst + rate * 60.0)
    # ...by a client that learned to send a little faster than that, or (at a rate it can
    # hardly overrun) not paced at all; a minority of its requests are refused.
    assert pacer.rate is None or rate <= pacer.rate <= 2 * rate
    assert outcome.refused < 0.5 * len(outcome.granted) + 100


def test_a_server_without_a_burst_is_used_better_than_by_standard_retries() -> None:
    # Tokens one at a time: whatever comes late loses time (botocore's standard mode, simulated
    # alike, gets about half of this server's rate).
    bucket = TokenBucket(1.0, burst=1.0)
    _, outcome = simulate(bucket.allows, seconds=60.0)
    assert len(outcome.granted) >= 0.6 * 61


def test_refusals_that_do_not_depend_on_the_pace_never_slow_the_client() -> None:
    count = [0]

    def every_seventh(_: float) -> bool:
        count[0] += 1
        return count[0] % 7 != 0

    _, outcome = simulate(every_seventh, seconds=20.0)
    assert outcome.refused > 100
    assert set(outcome.rates) == {None}
    # Eight threads, a round trip each, a seventh refused and soon retried.
    assert len(outcome.granted) >= 0.8 * 8 / ROUND_TRIP * 20.0 * 6 / 7


def test_bursts_of_refusals_do_not_slow_the_client_either() -> None:
    count = [0]

    def bursts(_: float) -> bool:
        count[0] += 1
        return count[0] % 49 < 42

    _, outcome = simulate(bursts, seconds=20.0)
    assert outcome.refused > 100
    assert set(outcome.rates) == {None}


def test_the_pace_is_dropped_once_the_server_stops_refusing() -> None:
    limited = TokenBucket(5.0, burst=5.0)
    pacer, _ = simulate(lambda now: now > 20.0 or limited.allows(now), seconds=60.0)
    assert pacer.rate is None


def test_a_refused_call_waits_longer_each_time_but_not_for_ever() -> None:
    waits = [Pacer().backoff(n) for n in range(1, 12)]
    assert 0.025 <= waits[0] <= 0.05
    assert all(w <= 5.0 for w in waits)
    assert waits[6] > waits[0] * 16
