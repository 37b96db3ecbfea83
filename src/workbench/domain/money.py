"""Money in whole cents, MTurk reward strings, and MTurk's fee rules."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from workbench.domain.text import translate

REWARD_PATTERN = re.compile(r"^[0-9]+(\.)?[0-9]{0,2}$")

BASE_FEE_RATE = Decimal("0.20")
TEN_OR_MORE_SURCHARGE_RATE = Decimal("0.20")
MASTERS_SURCHARGE_RATE = Decimal("0.05")
MINIMUM_FEE_CENTS = 1
SURCHARGE_ASSIGNMENT_THRESHOLD = 10

# Limits on amounts, all in one place. MTurk documents none beyond the reward pattern, so
# these are ours. The store keeps cents in 32-bit integer columns (PostgreSQL's INTEGER),
# so no amount may pass MAX_STORED_CENTS (about $21 million: balances fit, overflow cannot).
MAX_STORED_CENTS = 2**31 - 1
# No micro-task pays more than this per assignment: a reward above it is a typo (a few
# extra zeros) or a hostile file, refused rather than published or imported.
MAX_REWARD_CENTS = 100_000  # $1,000.00
# The largest single bonus; above LARGE_BONUS_CENTS a bonus needs an explicit confirmation
# (--yes on the command line, a ticked box in the window), so a slip of the finger never
# queues one silently.
MAX_BONUS_CENTS = 1_000_000  # $10,000.00
LARGE_BONUS_CENTS = 10_000  # $100.00


class InvalidAmount(ValueError):
    """A reward or bonus that MTurk would refuse."""


def parse_usd(text: str, *, what: str = "reward", minimum_cents: int = 1,
              maximum_cents: int = MAX_STORED_CENTS) -> int:
    """Parse an MTurk USD amount ("0.05", "5", "$1.50") into cents, refusing what MTurk refuses
    and anything above ``maximum_cents``."""
    raw = str(text).strip()
    if raw.startswith("$"):
        raw = raw[1:].strip()
    if not REWARD_PATTERN.match(raw):
        raise InvalidAmount(translate(
            "Money", "{what} {text} is not a US dollar amount with at most two decimals "
            "(e.g. 0.05)").format(what=_amount_name(what), text=_shown(text)))
    # Checked on the digits first: a thousand-digit amount is refused without big arithmetic.
    whole = raw.split(".", 1)[0].lstrip("0")
    cents = int((Decimal(raw) * 100).to_integral_value()) if len(whole) <= 18 else None
    return _within(cents, text, what, minimum_cents, maximum_cents)


def check_cents(cents: int, *, what: str = "reward", minimum_cents: int = 1,
                maximum_cents: int = MAX_STORED_CENTS) -> int:
    """``cents`` if within the limits, else InvalidAmount (for amounts already in cents)."""
    return _within(cents, format_dollars(cents), what, minimum_cents, maximum_cents)


def _within(cents: int | None, text: str, what: str, minimum_cents: int,
            maximum_cents: int) -> int:
    if cents is None or cents > maximum_cents:
        raise InvalidAmount(translate(
            "Money", "{what} {text} is more than {maximum}, the most accepted").format(
                what=_amount_name(what), text=_shown(text),
                maximum=format_dollars(maximum_cents)))
    if cents < minimum_cents:
        raise InvalidAmount(translate(
            "Money", "{what} {text} is below the minimum of {minimum}").format(
                what=_amount_name(what), text=_shown(text), minimum=format_usd(minimum_cents)))
    return cents


def _shown(text: object) -> str:
    """A typed amount as quoted in a message: cut, so a megabyte of digits stays one line."""
    raw = str(text)
    return repr(raw if len(raw) <= 30 else raw[:30] + "…")


def _amount_name(what: str) -> str:
    """What the amount is ("reward", "bonus") in the user's language (only for errors)."""
    if what == "reward":
        return translate("Money", "reward")
    if what == "bonus":
        return translate("Money", "bonus")
    return what


def format_usd(cents: int) -> str:
    """Cents as MTurk's API writes an amount: "0.05"."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def format_dollars(cents: int) -> str:
    """Cents as MTurk's CSV and web UI show an amount: "$0.05"."""
    text = format_usd(cents)
    return f"-${text[1:]}" if text.startswith("-") else f"${text}"


def _round_half_up(amount: Decimal) -> int:
    return int(amount.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def fee_rate(max_assignments: int, *, masters: bool = False) -> Decimal:
    """MTurk's commission on a reward for a HIT with this many assignments."""
    rate = BASE_FEE_RATE
    if max_assignments >= SURCHARGE_ASSIGNMENT_THRESHOLD:
        rate += TEN_OR_MORE_SURCHARGE_RATE
    if masters:
        rate += MASTERS_SURCHARGE_RATE
    return rate


def assignment_fee_cents(reward_cents: int, max_assignments: int, *, masters: bool = False) -> int:
    """The fee MTurk charges on one approved assignment (half-up to the cent, at least $0.01)."""
    if reward_cents <= 0:
        return 0
    fee = _round_half_up(Decimal(reward_cents) * fee_rate(max_assignments, masters=masters))
    return max(MINIMUM_FEE_CENTS, fee)


def bonus_fee_cents(bonus_cents: int) -> int:
    """The fee MTurk charges on a bonus: 20%, half-up, at least $0.01."""
    if bonus_cents <= 0:
        return 0
    return max(MINIMUM_FEE_CENTS, _round_half_up(Decimal(bonus_cents) * BASE_FEE_RATE))


def assignment_cost_cents(reward_cents: int, max_assignments: int, *, masters: bool = False) -> int:
    """Reward plus fee for one approved assignment."""
    return reward_cents + assignment_fee_cents(reward_cents, max_assignments, masters=masters)


def bonus_cost_cents(bonus_cents: int) -> int:
    """Bonus plus fee."""
    return bonus_cents + bonus_fee_cents(bonus_cents)
