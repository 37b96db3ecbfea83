"""Fee schedules: what an account pays on top of what its workers earn.

An MTurk account pays MTurk's commission (its rules are in ``domain.money``), a Prolific
account Prolific's service charge. An account of the requester's own workforce (the local
marketplace, or an endpoint of a hosted worker site) pays no marketplace at all: by default
nothing, or the percentage the requester sets for it, such as a payout service's fee. Every
cost the workbench shows (the publishing wizard's cost page, the charts, the exports) asks
the account's schedule, never MTurk's rules directly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from workbench.domain import money
from workbench.domain.currency import DEFAULT_CURRENCY, currency_code
from workbench.domain.statuses import AccountKind
from workbench.domain.text import QT_TRANSLATE_NOOP, translate

# The account options that hold an own-workforce account's fee and currency.
FEE_PERCENT_OPTION = "fee_percent"
CURRENCY_OPTION = "currency"
OWN_WORKFORCE_KINDS = (AccountKind.LOCAL.value, AccountKind.ENDPOINT.value)
MAX_FEE_PERCENT = Decimal(50)


class InvalidFee(ValueError):
    """A fee percentage that cannot be used; the message says why."""


def is_own_workforce(kind: str) -> bool:
    """Accounts whose workers the requester pays: the local marketplace and hosted sites."""
    return kind in OWN_WORKFORCE_KINDS


def _share(cents: int, percent: Decimal) -> int:
    return int((Decimal(cents) * percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class FeeSchedule:
    """MTurk's commission (``percent`` None), or a flat percentage of rewards and bonuses:
    Prolific's service charge (with VAT on it), or an own workforce's payout fee."""

    percent: Decimal | None = None
    vat_percent: Decimal = Decimal(0)
    prolific: bool = False

    @property
    def is_mturk(self) -> bool:
        return self.percent is None

    def _share(self, cents: int) -> int:
        assert self.percent is not None
        fee = _share(cents, self.percent)
        return fee + _share(fee, self.vat_percent) if self.vat_percent else fee

    def assignment_fee_cents(self, reward_cents: int, max_assignments: int, *,
                             masters: bool = False) -> int:
        """The fee on one approved assignment of a HIT with this many assignments."""
        if self.percent is None:
            return money.assignment_fee_cents(reward_cents, max_assignments, masters=masters)
        return self._share(reward_cents) if reward_cents > 0 else 0

    def bonus_fee_cents(self, bonus_cents: int) -> int:
        """The fee on one bonus."""
        if self.percent is None:
            return money.bonus_fee_cents(bonus_cents)
        return self._share(bonus_cents) if bonus_cents > 0 else 0

    def assignment_cost_cents(self, reward_cents: int, max_assignments: int, *,
                              masters: bool = False) -> int:
        return reward_cents + self.assignment_fee_cents(reward_cents, max_assignments,
                                                        masters=masters)

    @property
    def has_surcharges(self) -> bool:
        """Whether HITs of 10 or more assignments, or Masters, cost more (MTurk's rules)."""
        return self.is_mturk

    @property
    def name(self) -> str:
        """What the fee is called on a cost line: "MTurk fee", "Payout fee"."""
        if self.is_mturk:
            return translate("FeeSchedule", "MTurk fee")
        if self.prolific:
            return translate("FeeSchedule", "Prolific fee")
        return translate("FeeSchedule", "Payout fee")

    def describe(self, *, translated: bool = True,
                 number: Callable[[Decimal], str] | None = None) -> str:
        """The schedule in one sentence; files (exports) take it untranslated. ``number``
        writes the percentage (the window passes its language's decimal comma)."""
        if self.percent is None:
            text = _MTURK_TEXT
        elif self.prolific:
            text = _PROLIFIC_VAT_TEXT if self.vat_percent else _PROLIFIC_TEXT
        elif not self.percent:
            text = _NONE_TEXT
        else:
            text = _PERCENT_TEXT
        if translated:
            text = translate("FeeSchedule", text)
        write = number or percent_text
        return text.format(percent=write(self.percent or Decimal(0)),
                           vat=write(self.vat_percent))


_MTURK_TEXT = QT_TRANSLATE_NOOP(
    "FeeSchedule", "MTurk's: 20% of rewards and bonuses, +20% on HITs with 10 or more "
    "assignments, +5% with Masters, at least $0.01")
_NONE_TEXT = QT_TRANSLATE_NOOP(
    "FeeSchedule", "none — your own workers are paid directly, with no marketplace fee")
_PERCENT_TEXT = QT_TRANSLATE_NOOP(
    "FeeSchedule", "{percent}% of rewards and bonuses (the payout fee set for this account)")
_PROLIFIC_TEXT = QT_TRANSLATE_NOOP(
    "FeeSchedule", "Prolific's: a {percent}% service charge on rewards and bonuses")
_PROLIFIC_VAT_TEXT = QT_TRANSLATE_NOOP(
    "FeeSchedule", "Prolific's: a {percent}% service charge on rewards and bonuses, and "
    "{vat}% VAT on it")
# Prolific's researcher help centre: "a ~33.33% service charge" on rewards and bonuses (the
# same default as marketplace/prolific/fees.py, which the domain may not import).
PROLIFIC_FEE_PERCENT = Decimal("33.33")
PROLIFIC_CURRENCY = "GBP"
VAT_PERCENT_OPTION = "vat_percent"


MTURK_FEES = FeeSchedule(None)
NO_FEES = FeeSchedule(Decimal(0))


def percent_text(percent: Decimal) -> str:
    """A percentage without trailing zeros: 2.90 → "2.9", 3 → "3"."""
    text = f"{percent:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def parse_fee_percent(text: str | Decimal | float | int) -> Decimal:
    """A fee percentage ("2.9", "2,9 %", 0) between 0 and 50, with at most two decimals."""
    raw = str(text).strip().rstrip("%").strip().replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise InvalidFee(translate("FeeSchedule", "{text} is not a percentage (e.g. 2.9)")
                         .format(text=repr(str(text)))) from None
    if not value.is_finite() or value < 0 or value > MAX_FEE_PERCENT:
        raise InvalidFee(translate("FeeSchedule", "a fee must be between 0% and {most}%")
                         .format(most=MAX_FEE_PERCENT))
    if value != value.quantize(Decimal("0.01")):
        raise InvalidFee(translate("FeeSchedule", "a fee has at most two decimals (e.g. 2.95)"))
    return value.quantize(Decimal("0.01"))


def _option_percent(options: Mapping[str, Any] | None, key: str, default: Decimal) -> Decimal:
    """A percentage option as Prolific's accounts keep them (0 to 100), else the default."""
    raw = (options or {}).get(key)
    if raw in (None, ""):
        return default
    try:
        value = Decimal(str(raw).strip().rstrip("%"))
    except InvalidOperation:
        return default
    return value if value.is_finite() and 0 <= value <= 100 else default


def fee_schedule(kind: str, options: Mapping[str, Any] | None = None) -> FeeSchedule:
    """The schedule of an account of this kind and these options."""
    if kind == AccountKind.PROLIFIC.value:
        return FeeSchedule(_option_percent(options, FEE_PERCENT_OPTION, PROLIFIC_FEE_PERCENT),
                           _option_percent(options, VAT_PERCENT_OPTION, Decimal(0)),
                           prolific=True)
    if not is_own_workforce(kind):
        return MTURK_FEES
    stored = (options or {}).get(FEE_PERCENT_OPTION)
    if stored in (None, "", 0, "0"):
        return NO_FEES
    try:
        return FeeSchedule(parse_fee_percent(stored))
    except InvalidFee:
        return NO_FEES  # a value edited by hand into nonsense costs nothing rather than crash


def account_currency(kind: str, options: Mapping[str, Any] | None = None) -> str:
    """The currency of an account: USD for MTurk, the chosen one for an own workforce, the
    workspace's for Prolific (pounds unless it said otherwise)."""
    prolific = kind == AccountKind.PROLIFIC.value
    if not is_own_workforce(kind) and not prolific:
        return DEFAULT_CURRENCY
    fallback = PROLIFIC_CURRENCY if prolific else DEFAULT_CURRENCY
    stored = (options or {}).get(CURRENCY_OPTION)
    try:
        return currency_code(stored) if stored else fallback
    except ValueError:
        return fallback
