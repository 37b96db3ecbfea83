"""Pacing a boto3 client to the rate a throttling server grants, learned from its answers.

botocore's ``adaptive`` mode cuts the whole client's rate to a fraction of what it measured
at every throttle, and again at the next one: a server that refuses one call in seven
whatever the pace drives it to a crawl, and every thread of a pool then waits its turn.
``standard`` mode does not pace, and waits up to a second (then two, four...) before
retrying a throttled call.

Here (retry mode ``paced``) a throttled call is retried after a short, growing, jittered
wait while the other threads carry on, and the client keeps one pace for all its threads:

* a pace is set only when most of the server's answers over the last seconds were refusals,
  the mark of a rate limit the client overruns: it becomes what the server granted meanwhile,
  plus a quarter. A rate limit is then met almost exactly: a little too fast costs only
  refusals, which the server answers without doing anything, while a pace below the server's
  rate would waste it. Refusals that do not depend on the pace (one call in seven, a burst
  now and then) never set one, so they cannot ratchet the client down as botocore's mode does;
* after a while without any refusal the pace grows by half, until it holds nothing back.

A refusal for throttling means the server did nothing, so sending the request again is as
safe as botocore's own retry. Every other error is retried exactly as botocore's
``standard`` mode does (its attempts counted without the refusals).
"""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

# A throttled call waits BASE, 2 BASE, 4 BASE... (at most CAP, jittered) before trying again.
THROTTLE_BASE_S = 0.05
THROTTLE_CAP_S = 5.0
# Refusals a call rides out (when the account allows retries at all): more than other errors,
# as a refusal is harmless and the pace soon stops them.
THROTTLE_ATTEMPTS = 24
# What the server granted and refused is counted over the last WINDOW_S (longer at a slow
# pace: the time ESTIMATE_GRANTS grants take). A pace is set when at least SATURATED of the
# answers were refusals; once paced, it is set again when PACED_SATURATED were (the pace
# then overshoots the server's rate by more than HEADROOM). At most every ESTIMATE_EVERY_S.
WINDOW_S = 2.0
ESTIMATE_GRANTS = 6
SATURATED = 0.5
PACED_SATURATED = 0.3
ESTIMATE_EVERY_S = 0.25
HISTORY = 4096
HEADROOM = 1.25
MIN_RATE = 0.5
# After a pause, this many seconds' worth of the pace may go at once.
BURST_S = 0.5
# Without a refusal for PROBE_AFTER_S (or the time PROBE_GRANTS take at the pace), the pace
# grows by PROBE_STEP; past MAX_RATE it is dropped.
PROBE_AFTER_S = 2.0
PROBE_GRANTS = 6
PROBE_STEP = 1.5
MAX_RATE = 2000.0
TURN_KEY = "workbench_throttled"


class Pacer:
    """One pace for all the threads of a client (thread-safe)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self.rate: float | None = None  # requests a second; None: not paced
        self.throttles = 0
        self._next_turn = 0.0  # when the next request is due at the pace (GCRA's TAT)
        self._answers: deque[tuple[float, bool]] = deque(maxlen=HISTORY)  # (when, refused)
        self._last_estimate = float("-inf")
        self._busy_since = 0.0  # the start of this spell of requests
        self._last_seen = float("-inf")
        self._last_throttle = float("-inf")
        self._last_change = float("-inf")

    def _seen(self) -> float:
        now = self._clock()
        if now - self._last_seen > WINDOW_S:
            self._busy_since = now  # idle for a while: what came before says nothing
        self._last_seen = now
        return now

    def wait_turn(self) -> float:
        """Wait until a request may go at the pace; returns how long it waited."""
        with self._lock:
            now = self._seen()
            if self.rate is None:
                return 0.0
            due = max(self._next_turn, now)
            self._next_turn = due + 1.0 / self.rate
            wait = due - BURST_S - now
        if wait > 0:
            self._sleep(wait)
            return wait
        return 0.0

    def answered(self, *, throttled: bool) -> None:
        """Learn from one answer of the server (not from a request that got none)."""
        with self._lock:
            now = self._seen()
            self._answers.append((now, throttled))
            if not throttled:
                quiet = now - max(self._last_throttle, self._last_change)
                if self.rate is not None and quiet >= max(PROBE_AFTER_S,
                                                          PROBE_GRANTS / self.rate):
                    self.rate *= PROBE_STEP
                    self._last_change = now
                    if self.rate > MAX_RATE:
                        self.rate = None
                return
            self.throttles += 1
            self._last_throttle = now
            span = now - self._busy_since
            if span < WINDOW_S / 2 or now - self._last_estimate < ESTIMATE_EVERY_S:
                return  # too soon to tell a rate from the burst the server let through first
            self._last_estimate = now
            window = min(span, max(WINDOW_S, ESTIMATE_GRANTS / (self.rate or MAX_RATE)))
            recent = [(when, refused) for when, refused in self._answers if when > now - window]
            refused = sum(r for _, r in recent)
            if refused < (SATURATED if self.rate is None else PACED_SATURATED) * len(recent):
                return  # refusals the pace has no part in
            grants = [when for when, r in recent if not r]
            # Grants come at the server's rate: measured between the first and the last.
            granted = (len(grants) - 1) / (grants[-1] - grants[0]) \
                if len(grants) >= 3 and grants[-1] > grants[0] else len(grants) / window
            self.rate = min(MAX_RATE, max(MIN_RATE, granted * HEADROOM))
            self._last_change = now

    def backoff(self, throttles: int) -> float:
        """How long a call refused ``throttles`` times in a row waits before its next try.

        Once paced, the pace spaces the tries of all threads: waiting longer and longer would
        only leave the server's rate unused.
        """
        steps = 0 if self.rate is not None else throttles - 1
        ceiling = min(THROTTLE_CAP_S, THROTTLE_BASE_S * 2 ** min(steps, 16))
        return ceiling * random.uniform(0.5, 1.0)


class PacedRetries:
    """botocore event handlers: pace every request; retry throttled ones; others as standard."""

    def __init__(self, standard: Any, pacer: Pacer, max_attempts: int) -> None:
        from botocore.retries.standard import RetryEventAdapter, ThrottlingErrorDetector

        self.standard = standard
        self.pacer = pacer
        self.max_attempts = max_attempts
        self._throttling = ThrottlingErrorDetector(RetryEventAdapter())

    def before_send(self, **_: Any) -> None:
        self.pacer.wait_turn()
        # None: botocore sends the request (a value here would stand in for its response).

    def needs_retry(self, **kwargs: Any) -> float | bool | None:
        if kwargs.get("response") is None:  # no answer at all: botocore's rules
            return self._standard(kwargs)
        throttled = self._throttling.is_throttling_error(**kwargs)
        self.pacer.answered(throttled=throttled)
        if not throttled:
            return self._standard(kwargs)
        call = kwargs["request_dict"]["context"]
        call[TURN_KEY] = throttles = int(call.get(TURN_KEY, 0)) + 1
        if self.max_attempts <= 1 or kwargs["attempts"] >= max(self.max_attempts,
                                                               THROTTLE_ATTEMPTS):
            return None  # the refusal reaches the caller
        return self.pacer.backoff(throttles)

    def _standard(self, kwargs: dict[str, Any]) -> Any:
        # Refusals do not use up the attempts the account allows for other errors.
        throttles = int(kwargs["request_dict"]["context"].get(TURN_KEY, 0))
        return self.standard.needs_retry(**{**kwargs, "attempts": kwargs["attempts"] - throttles})


def pace(client: Any, max_attempts: int, pacer: Pacer | None = None) -> Pacer:
    """Give a boto3 client (made with ``standard`` retries) a pace and these retries."""
    from botocore.retries import standard

    events = client.meta.events
    service = client.meta.service_model.service_id.hyphenize()
    retry_id = f"retry-config-{service}"
    # botocore's own standard handler, made afresh so that it can be wrapped rather than run
    # beside ours: it registers itself under the same id as the one the client was made with.
    events.unregister(f"needs-retry.{service}", unique_id=retry_id)
    standard_handler = standard.register_retry_handler(client, max_attempts=max_attempts)
    events.unregister(f"needs-retry.{service}", unique_id=retry_id)
    pacer = pacer or Pacer()
    retries = PacedRetries(standard_handler, pacer, max_attempts)
    events.register(f"needs-retry.{service}", retries.needs_retry, unique_id=retry_id)
    events.register(f"before-send.{service}", retries.before_send,
                    unique_id=f"workbench-pace-{service}")
    return pacer
