"""How many wrong sign-ins the worker site takes before it makes the sender wait.

A sign-in token is ``selector.verifier``: 96 random bits that name an invitation, then 256
that prove it. Guessing is hopeless, but a flood of guesses costs the database work, and a
leaked selector should not be worked on at leisure. So failures are counted in two ways:

* Per invitation, when the selector names a real invitation and the verifier is wrong:
  after ``INVITATION_BUDGET`` such failures the invitation waits, from every address.
* Per address (an IPv6 address counts by its /64), and across all addresses, when the
  token names no invitation at all: a generous budget, then the address (or everyone
  sending unknown tokens) waits.

Each wait doubles with every further failure (1 s, 2 s, 4 s, ... up to 15 minutes) and
the counts drain over ``WINDOW_S``. A token that names a real invitation is never held up by
its address: many honest workers behind one shared address (a company's NAT, a campus)
sign in even while someone beside them floods the site with guesses, and a worker who
mistyped their link waits seconds, not hours.

The counts live in each server process's memory: with N processes a sender gets at most N
times the budget before waiting, which still leaves guessing hopeless and floods cheap.
"""

from __future__ import annotations

import ipaddress
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

WINDOW_S = 600.0
ADDRESS_BUDGET = 30
GLOBAL_BUDGET = 600
INVITATION_BUDGET = 10
MAX_WAIT_S = 900.0
MAX_TRACKED = 50_000
EVERYONE = "*"


@dataclass
class _Count:
    failures: float
    updated: float
    strikes: int = 0
    blocked_until: float = 0.0


class _Bucket:
    """Failures of one kind per key: a budget draining over the window, then doubling waits."""

    def __init__(self, budget: int, clock: Callable[[], float]) -> None:
        self.budget = budget
        self.clock = clock
        self._counts: dict[str, _Count] = {}

    def _current(self, key: str, now: float) -> _Count | None:
        count = self._counts.get(key)
        if count is None:
            return None
        count.failures = max(0.0, count.failures - (now - count.updated)
                             * self.budget / WINDOW_S)
        count.updated = now
        if count.failures == 0 and count.blocked_until <= now:
            del self._counts[key]  # drained: forgotten, strikes and all
            return None
        return count

    def wait(self, key: str) -> float:
        """Seconds ``key`` must still wait (0: it may try)."""
        now = self.clock()
        count = self._current(key, now)
        return max(0.0, count.blocked_until - now) if count is not None else 0.0

    def failed(self, key: str) -> None:
        now = self.clock()
        count = self._current(key, now)
        if count is None:
            if len(self._counts) >= MAX_TRACKED:
                self._forget_drained(now)
            count = self._counts[key] = _Count(0.0, now)
        count.failures += 1
        if count.failures > self.budget:
            count.strikes += 1
            count.blocked_until = now + min(MAX_WAIT_S, 2.0 ** (count.strikes - 1))

    def forget(self, key: str) -> None:
        self._counts.pop(key, None)

    def _forget_drained(self, now: float) -> None:
        for key in list(self._counts):
            self._current(key, now)
        if len(self._counts) >= MAX_TRACKED:
            # Still full (a flood from many addresses): forget the oldest half; the global
            # budget keeps holding such a flood back.
            for key in sorted(self._counts, key=lambda k: self._counts[k].updated)[
                    :MAX_TRACKED // 2]:
                del self._counts[key]


def address_key(host: str | None) -> str:
    """The key an address is counted under: IPv4 as it is, IPv6 by its /64 network."""
    if not host:
        return "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host[:64]
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


class SignInLimiter:
    """Counts wrong sign-ins and says how long a sender must wait."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, *,
                 address_budget: int = ADDRESS_BUDGET, global_budget: int = GLOBAL_BUDGET,
                 invitation_budget: int = INVITATION_BUDGET) -> None:
        self._addresses = _Bucket(address_budget, clock)
        self._everyone = _Bucket(global_budget, clock)
        self._invitations = _Bucket(invitation_budget, clock)
        self._lock = threading.Lock()

    def wait_for_unknown(self, address: str) -> float:
        """How long this address must wait before a token naming no invitation is tried."""
        with self._lock:
            return max(self._addresses.wait(address), self._everyone.wait(EVERYONE))

    def wait_for_invitation(self, selector: str) -> float:
        with self._lock:
            return self._invitations.wait(selector)

    def unknown_failed(self, address: str) -> None:
        with self._lock:
            self._addresses.failed(address)
            self._everyone.failed(EVERYONE)

    def invitation_failed(self, selector: str) -> None:
        with self._lock:
            self._invitations.failed(selector)

    def signed_in(self, selector: str) -> None:
        """The invitation's owner proved it: earlier wrong guesses at it no longer count."""
        with self._lock:
            self._invitations.forget(selector)


def wait_seconds(seconds: float) -> int:
    """A wait as people say it, in seconds: exact below 90 s, else whole minutes (up)."""
    seconds = max(1, math.ceil(seconds))
    return seconds if seconds < 90 else math.ceil(seconds / 60) * 60
