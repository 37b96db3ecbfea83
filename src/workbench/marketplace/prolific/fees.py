"""Prolific's fee and minimum pay, as one function each for the rest of the workbench.

Prolific states its own figures where it can: a bonus set-up answers with its fees and VAT,
and the cost calculator (``calculate-study-cost``) answers with a study's total. These
functions are for what must be known before asking (an estimate while typing) and for
what the store records; the account's ``fee_percent`` option overrides the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

# Prolific's researcher help centre ("How to resolve an underpaying study with bonus
# payments"): "we charge a ~33.33% service charge on each bonus payment + VAT where
# applicable", the same rate as on rewards. Workspaces on other terms set ``fee_percent``.
DEFAULT_FEE_PERCENT = Decimal("33.33")
FEE_PERCENT_OPTION = "fee_percent"
VAT_PERCENT_OPTION = "vat_percent"
# Prolific's payment principles (researcher help centre, "Prolific's payment principles"):
# "the minimum pay allowed is £6.00 / $8.00 per hour"; the API's
# ``calculate-reward-recommendations`` answers with the current figure, which wins.
MINIMUM_HOURLY_REWARD_CENTS = {"GBP": 600, "USD": 800}
RECOMMENDED_HOURLY_REWARD_CENTS = {"GBP": 900, "USD": 1200}


def _percent(options: Mapping[str, Any] | None, key: str, default: Decimal) -> Decimal:
    raw = (options or {}).get(key)
    if raw in (None, ""):
        return default
    try:
        value = Decimal(str(raw).strip().rstrip("%"))
    except InvalidOperation:
        return default
    return value if value.is_finite() and 0 <= value <= 100 else default


def _share(cents: int, percent: Decimal) -> int:
    return int((Decimal(cents) * percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def prolific_fee_cents(amount_cents: int, options: Mapping[str, Any] | None = None) -> int:
    """Prolific's fee (service charge plus VAT on it) on a reward or bonus of ``amount_cents``."""
    if amount_cents <= 0:
        return 0
    fee = _share(amount_cents, _percent(options, FEE_PERCENT_OPTION, DEFAULT_FEE_PERCENT))
    return fee + _share(fee, _percent(options, VAT_PERCENT_OPTION, Decimal(0)))


def minimum_hourly_reward_cents(currency: str) -> int:
    """Prolific's documented minimum hourly reward in ``currency`` (GBP or USD)."""
    return MINIMUM_HOURLY_REWARD_CENTS.get(currency.upper(), MINIMUM_HOURLY_REWARD_CENTS["USD"])


_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}


def format_amount(cents: int, currency: str) -> str:
    """An amount in the study's currency as people read it: "£1.50"."""
    sign = "-" if cents < 0 else ""
    cents = abs(int(cents))
    symbol = _SYMBOLS.get(currency.upper(), currency.upper() + " ")
    return f"{sign}{symbol}{cents // 100}.{cents % 100:02d}"


def parse_amount(text: str, currency: str) -> int:
    """An amount people type ("1.50", "£1.50", "1,50") in cents of ``currency``; at least 0.01."""
    import re

    raw = str(text or "").strip()
    symbol = _SYMBOLS.get(currency.upper(), "")
    for prefix in (symbol, currency.upper(), currency.lower()):
        if prefix and raw.startswith(prefix):
            raw = raw[len(prefix):].strip()
    if re.fullmatch(r"\d+,\d{1,2}", raw):
        raw = raw.replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d{1,2})?", raw):
        raise ValueError(f"{text!r} is not an amount of {currency.upper()} with at most two "
                         "decimals (e.g. 1.50)")
    cents = int((Decimal(raw) * 100).to_integral_value())
    if cents < 1:
        raise ValueError(f"{text!r} is less than 0.01 {currency.upper()}")
    return cents
