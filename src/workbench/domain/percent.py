"""Percentages as a requester reads them: never more than the truth, never 0% or 100% unless
exact.

A share is shown rounded *down* to its decimals. A worker shown at 99% then holds at least
99%, which is what a "99% or more" band of the charts and an "approval rate of at least 99"
requirement mean (the marketplace truncates the approval rate it grants, as the value is a
whole number). One rejection in 600 reads 99.8%, not 100%; one rejection in 10,000 reads
0.01%, not 0%: decimals are added until a share that is neither none nor all says so.
"""

from __future__ import annotations

import math
from fractions import Fraction

# Enough for one in a million, the most a count in a store reaches.
MAX_DECIMALS = 6


def exact_share(share: float | Fraction) -> Fraction:
    """A share as the fraction of counts it came from (a float ratio of two counts, recovered)."""
    if isinstance(share, Fraction):
        return share
    return Fraction(share).limit_denominator(1_000_000)


def shown_percent(share: float | Fraction, decimals: int = 0) -> tuple[float, int]:
    """(the percentage to show, its decimals): rounded down, with more decimals if it would
    otherwise read 0 for a share above none."""
    value = exact_share(share) * 100
    places = decimals
    while True:
        scale = 10 ** places
        shown = Fraction(math.floor(value * scale), scale)
        if shown > 0 or value <= 0 or places >= MAX_DECIMALS:
            return float(shown), places
        places += 1


def percent_digits(share: float | Fraction, decimals: int = 0) -> str:
    """The number of a percentage, without its sign: "99.8" for 599 of 600."""
    value, places = shown_percent(share, decimals)
    return f"{value:.{places}f}"


def percent_text(share: float | Fraction | None, decimals: int = 0) -> str:
    """"98%", "99.8%", "0.01%", "100%" only when exact; "—" for no share at all."""
    return "—" if share is None else percent_digits(share, decimals) + "%"


def percent_of(part: int, whole: int, decimals: int = 1) -> str:
    """``part`` of ``whole`` as a percentage ("" when there is no whole)."""
    return percent_text(Fraction(part, whole), decimals) if whole else ""


def display_decimals(share: float | Fraction, decimals: int = 0) -> int:
    """The decimals a spreadsheet's percentage format needs so that its *rounding* never shows
    a share that is neither none nor all as 0% or 100%."""
    value = exact_share(share) * 100
    if value <= 0 or value >= 100:
        return decimals
    places = decimals
    while places < MAX_DECIMALS:
        shown = round(value, places)
        if 0 < shown < 100:
            break
        places += 1
    return places
