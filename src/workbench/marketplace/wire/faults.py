"""Faults a served marketplace can be told to commit, to rehearse clients against failure.

A plan is a JSON list of rules, read from a file and read again whenever the file changes::

    [{"operation": "ApproveAssignment", "fault": "lose", "after": 10, "times": 3},
     {"operation": "*", "fault": "throttle", "after": 100, "times": 20},
     {"operation": "SendBonus", "fault": "hold", "after": 50, "seconds": 30,
      "signal": "/tmp/held"}]

``after`` lets that many matching requests through first; ``times`` is how many then fail
(0 for all of them). Rules are tried in order, and a request failed by one rule is not
counted by the rules after it. The faults:

* ``throttle``: refused with ``ThrottlingException`` before anything is done;
* ``fault``: refused with a 500 ``ServiceFault`` before anything is done;
* ``drop``: the connection is cut before anything is done;
* ``lose``: the operation is carried out and committed, then the connection is cut;
* ``hold``: carried out and committed, then the answer waits ``seconds`` (the client may
  time out, or be killed meanwhile); ``signal`` names a file created when the wait begins.
"""

from __future__ import annotations

import contextlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BEFORE = ("throttle", "fault", "drop")
AFTER = ("lose", "hold")
KINDS = BEFORE + AFTER


class FaultPlanError(ValueError):
    """A fault plan that cannot be used; the message says why in one line."""


@dataclass
class FaultRule:
    """Fail ``times`` requests for ``operation`` (``*`` for any) after skipping ``after``."""

    operation: str
    fault: str
    after: int = 0
    times: int = 1
    seconds: float = 0.0
    signal: str | None = None
    seen: int = 0

    def matches(self, operation: str) -> bool:
        """Count a request for this rule; True if this one is to fail."""
        if self.operation not in ("*", operation):
            return False
        self.seen += 1
        if self.seen <= self.after:
            return False
        return self.times == 0 or self.seen <= self.after + self.times


@dataclass(frozen=True)
class Fault:
    """What to do to one request."""

    kind: str
    seconds: float = 0.0
    signal: str | None = None


def parse_rules(data: Any, source: str = "the fault plan") -> list[FaultRule]:
    if not isinstance(data, list):
        raise FaultPlanError(f"{source} must be a JSON list of rules")
    rules: list[FaultRule] = []
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise FaultPlanError(f"rule {index} of {source} is not an object")
        fault = item.get("fault")
        if fault not in KINDS:
            raise FaultPlanError(f"rule {index} of {source}: fault must be one of "
                                 + ", ".join(KINDS))
        try:
            rule = FaultRule(operation=str(item.get("operation", "*")), fault=str(fault),
                             after=int(item.get("after", 0)), times=int(item.get("times", 1)),
                             seconds=float(item.get("seconds", 0)),
                             signal=str(item["signal"]) if item.get("signal") else None)
        except (TypeError, ValueError):
            raise FaultPlanError(f"rule {index} of {source}: after, times and seconds must "
                                 "be numbers") from None
        if rule.after < 0 or rule.times < 0 or rule.seconds < 0:
            raise FaultPlanError(f"rule {index} of {source}: numbers must not be negative")
        rules.append(rule)
    return rules


class FaultPlan:
    """The rules in force, re-read from their file when it changes (thread-safe)."""

    def __init__(self, path: Path | None = None, rules: list[FaultRule] | None = None) -> None:
        self.path = path
        self._rules = list(rules or [])
        self._lock = threading.Lock()
        self._stamp: tuple[float, int] | None = None
        self.injected: dict[str, int] = {}
        if path is not None:
            self._reload(force=True)

    def _reload(self, *, force: bool = False) -> None:
        assert self.path is not None
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            if force:
                raise FaultPlanError(f"the fault plan {self.path} does not exist") from None
            return
        stamp = (stat.st_mtime, stat.st_size)
        if stamp == self._stamp and not force:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8") or "[]")
        except (OSError, ValueError) as exc:
            if force:
                raise FaultPlanError(f"the fault plan {self.path} is not JSON: {exc}") from None
            return  # half-written: keep the old rules until the file is whole
        self._rules = parse_rules(data, str(self.path))
        self._stamp = stamp

    def next_fault(self, operation: str) -> Fault | None:
        """The fault this request meets, if any (every matching rule counts it)."""
        with self._lock:
            if self.path is not None:
                with contextlib.suppress(FaultPlanError):
                    self._reload()  # a broken edit keeps the rules in force
            for rule in self._rules:
                # The first rule that fails a request takes it: later rules do not count it.
                if rule.matches(operation):
                    self.injected[rule.fault] = self.injected.get(rule.fault, 0) + 1
                    return Fault(rule.fault, rule.seconds, rule.signal)
            return None
