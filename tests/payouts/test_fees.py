"""Fee schedules and currencies per account: MTurk's rules for MTurk (and its archives),
Prolific's service charge for Prolific, nothing or a set percentage for an own workforce."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workbench.domain import money
from workbench.domain.currency import InvalidMoney, format_money, parse_money, plain_amount
from workbench.domain.fee_schedules import (
    MTURK_FEES,
    NO_FEES,
    FeeSchedule,
    InvalidFee,
    account_currency,
    fee_schedule,
    parse_fee_percent,
)
from workbench.marketplace.prolific.fees import prolific_fee_cents


@pytest.mark.parametrize("kind", ["mturk", "mturk-sandbox", "mturk-archive"])
def test_mturk_accounts_pay_mturks_fees_in_dollars(kind: str) -> None:
    fees = fee_schedule(kind, {"fee_percent": "2", "currency": "EUR"})
    assert fees is MTURK_FEES and account_currency(kind, {"currency": "EUR"}) == "USD"
    for reward, assignments, masters in ((5, 3, False), (40, 10, False), (100, 12, True)):
        assert fees.assignment_fee_cents(reward, assignments, masters=masters) == \
            money.assignment_fee_cents(reward, assignments, masters=masters)
    assert fees.bonus_fee_cents(3) == money.bonus_fee_cents(3) == 1


@pytest.mark.parametrize("kind", ["local", "endpoint"])
def test_an_own_workforce_pays_nothing_or_its_own_percentage(kind: str) -> None:
    assert fee_schedule(kind, {}) == NO_FEES
    assert NO_FEES.assignment_fee_cents(40, 10, masters=True) == 0
    fees = fee_schedule(kind, {"fee_percent": "2.9"})
    # Half up, per amount, no minimum: 2.9% of 35c is 1.015c -> 1c; of 50c 1.45c -> 1c;
    # of 52c 1.508c -> 2c; of 1c nothing
    assert [fees.bonus_fee_cents(c) for c in (35, 50, 52, 1)] == [1, 1, 2, 0]
    assert fees.assignment_fee_cents(40, 12, masters=True) == 1  # no surcharges
    assert not fees.has_surcharges and fees.name == "Payout fee"
    assert account_currency(kind, {"currency": "eur"}) == "EUR"
    assert account_currency(kind, {"currency": "nonsense"}) == "USD"


@pytest.mark.parametrize("options", [{}, {"fee_percent": "30"}, {"vat_percent": "20"},
                                     {"fee_percent": "33.33", "vat_percent": "19"}])
def test_a_prolific_account_pays_what_prolifics_fee_rule_says(options: dict[str, str]) -> None:
    fees = fee_schedule("prolific", options)
    assert fees.name == "Prolific fee" and "Prolific's" in fees.describe()
    for cents in (1, 2, 33, 150, 999, 12_345):
        assert fees.bonus_fee_cents(cents) == prolific_fee_cents(cents, options)
        assert fees.assignment_fee_cents(cents, 10) == prolific_fee_cents(cents, options)
    assert account_currency("prolific", {}) == "GBP"
    assert account_currency("prolific", {"currency": "USD"}) == "USD"


def test_fee_percentages_are_checked() -> None:
    assert parse_fee_percent("2,9 %") == Decimal("2.90")
    assert FeeSchedule(parse_fee_percent("3")).describe() == (
        "3% of rewards and bonuses (the payout fee set for this account)")
    for bad in ("lots", "-1", "51", "2.955", "nan"):
        with pytest.raises(InvalidFee):
            parse_fee_percent(bad)


def test_amounts_in_the_accounts_currency() -> None:
    assert format_money(1234, "EUR") == "€12.34" and format_money(-5, "GBP") == "-£0.05"
    assert plain_amount(100_05, decimal=",") == "100,05"
    assert [parse_money(text, "EUR") for text in ("5", "€5.5", "5,50", "1,234.50", "1.234,50",
                                                  "5 EUR")] == [500, 550, 550, 123450, 123450,
                                                                500]
    for bad in ("", "five", "5.555", "-3", "5$"):
        with pytest.raises(InvalidMoney):
            parse_money(bad, "EUR")
