"""The one currency an own-workforce account pays its workers in: US dollars, euros or pounds.

An MTurk account is always in US dollars (the API's amounts are USD strings). An account of
your own workforce holds whole cents of its own currency, chosen once, and every amount of it
(rewards, bonuses, what workers are owed, payout files) is in that currency.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from workbench.domain.text import translate

CURRENCIES = {"USD": "$", "EUR": "€", "GBP": "£"}
DEFAULT_CURRENCY = "USD"
# An amount as people type it: "5", "5.5", "5.50", "€5", "5,50" (a decimal comma), "1,234.50".
_AMOUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$")
_COMMA_DECIMAL = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}$")


class InvalidMoney(ValueError):
    """An amount or currency that cannot be used; the message says why."""


def currency_code(text: str) -> str:
    """A currency the workbench pays in ("usd" → "USD"), or InvalidMoney."""
    code = str(text or "").strip().upper()
    if code not in CURRENCIES:
        raise InvalidMoney(translate(
            "Currency", "{code} is not a currency the workbench pays in; use one of: {known}"
        ).format(code=repr(text), known=", ".join(CURRENCIES)))
    return code


def currency_symbol(code: str) -> str:
    return CURRENCIES.get(code, code)


def plain_amount(cents: int, *, decimal: str = ".") -> str:
    """Cents as a bare number with two decimals ("12.30"), as files and APIs want it."""
    sign = "-" if cents < 0 else ""
    cents = abs(int(cents))
    return f"{sign}{cents // 100}{decimal}{cents % 100:02d}"


def format_money(cents: int, code: str = DEFAULT_CURRENCY) -> str:
    """Cents with the currency's symbol, as the command line and files show them: "€12.30"."""
    text = plain_amount(cents)
    symbol = currency_symbol(code)
    return f"-{symbol}{text[1:]}" if text.startswith("-") else f"{symbol}{text}"


def parse_money(text: str, code: str = DEFAULT_CURRENCY, *, what: str = "amount") -> int:
    """An amount typed by a person ("5", "€5.50", "5,50") in cents; never negative."""
    raw = str(text or "").strip()
    for symbol in (currency_symbol(code), code, code.lower()):
        if raw.startswith(symbol):
            raw = raw[len(symbol):].strip()
        elif raw.endswith(symbol):
            raw = raw[: -len(symbol)].strip()
    if _AMOUNT.match(raw):
        number = raw.replace(",", "")
    elif _COMMA_DECIMAL.match(raw):
        number = raw.replace(".", "").replace(",", ".")
    else:
        raise InvalidMoney(translate(
            "Currency", "{what} {text} is not an amount of {code} with at most two decimals "
            "(e.g. 5.00)").format(what=what, text=repr(text), code=code))
    try:
        return int((Decimal(number) * 100).to_integral_value())
    except InvalidOperation:  # pragma: no cover - the patterns above admit only numbers
        raise InvalidMoney(f"{what} {text!r} is not a number") from None
