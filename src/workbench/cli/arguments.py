"""Argument types of the command line: every number, amount, id and duration is checked here.

Each type refuses what its option cannot mean (NaN, infinity, a negative count, a number
larger than the store holds, an id with a line break) with a reason argparse prints in one
line, so no hostile value ever reaches a service as a traceback waiting to happen.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable
from typing import NoReturn

from workbench.domain.limits import STORE_INT_MAX

# A record's id in the store (a batch, an outbox action): a positive 32-bit integer.
RECORD_ID_MAX = STORE_INT_MAX
_WHOLE = re.compile(r"^[+-]?[0-9]+$")


class OneLineParser(argparse.ArgumentParser):
    """An argparse parser whose usage errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        # argparse would print the whole usage first: several lines, the reason last.
        reason = " ".join(message.split())
        self.exit(2, f"{self.prog}: {reason} (see `{self.prog} --help`)\n")


def _shown(text: str) -> str:
    return repr(text if len(text) <= 30 else text[:30] + "…")


def whole_number(low: int, high: int, *, unit: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high`` (``unit`` names what it counts)."""
    def parse(text: str) -> int:
        raw = text.strip()
        if not _WHOLE.match(raw):
            raise argparse.ArgumentTypeError(f"{_shown(text)} is not a whole number")
        # Compared by length first: a million digits are refused without converting them.
        digits = raw.lstrip("+-").lstrip("0")
        value = int(raw) if len(digits) <= 19 else (low - 1 if raw[0] == "-" else high + 1)
        counted = f" {unit}" if unit else ""
        if value < low:
            raise argparse.ArgumentTypeError(f"must be at least {low:,}{counted}, not "
                                             f"{_shown(text)}")
        if value > high:
            raise argparse.ArgumentTypeError(f"must be at most {high:,}{counted}, not "
                                             f"{_shown(text)}")
        return value
    parse.__name__ = "whole number"  # argparse names the type in some messages
    return parse


def positive(high: int = STORE_INT_MAX, *, unit: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number from 1 to ``high``."""
    return whole_number(1, high, unit=unit)


def record_id(text: str) -> int:
    """An argparse type: the id of a record in the store (a batch, an outbox action)."""
    return whole_number(1, RECORD_ID_MAX)(text)


def decimal_number(low: float, high: float, *, low_open: bool = False
                   ) -> Callable[[str], float]:
    """An argparse type: a finite number from ``low`` (excluded if ``low_open``) to ``high``."""
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{_shown(text)} is not a number") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"{_shown(text)} is not a finite number")
        if value < low or (low_open and value == low):
            lowest = f"more than {low:g}" if low_open else f"at least {low:g}"
            raise argparse.ArgumentTypeError(f"must be {lowest}, not {_shown(text)}")
        if value > high:
            raise argparse.ArgumentTypeError(f"must be at most {high:g}, not {_shown(text)}")
        return value
    parse.__name__ = "number"
    return parse


def dollars(what: str, maximum_cents: int) -> Callable[[str], str]:
    """An argparse type: a US dollar amount ("0.05") of at most ``maximum_cents``.

    Returns the text as typed (stripped): the services parse it again and say the same.
    """
    from workbench.domain.money import InvalidAmount, parse_usd

    def parse(text: str) -> str:
        try:
            parse_usd(text, what=what, maximum_cents=maximum_cents)
        except InvalidAmount as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        return text.strip()
    parse.__name__ = "amount"
    return parse


def duration(low_s: int, high_s: int) -> Callable[[str], int]:
    """An argparse type: a duration like 30m, 3d or 1h30m, from ``low_s`` to ``high_s``."""
    from workbench.domain.clock import format_duration, parse_duration

    def parse(text: str) -> int:
        if len(text) > 40:
            raise argparse.ArgumentTypeError(f"{_shown(text)} is not a duration")
        try:
            seconds = parse_duration(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        if not low_s <= seconds <= high_s:
            raise argparse.ArgumentTypeError(
                f"{_shown(text)} is not between {format_duration(low_s)} and "
                f"{format_duration(high_s)}")
        return seconds
    parse.__name__ = "duration"
    return parse


def worker_id(text: str) -> str:
    """An argparse type: a worker id (2 to 64 letters and digits, upper-cased as MTurk's are)."""
    from workbench.domain.ids import InvalidWorkerId, check_worker_id

    try:
        return check_worker_id(text.strip().upper())
    except InvalidWorkerId as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
