from __future__ import annotations

import pytest

from workbench.domain.money import (
    InvalidAmount,
    assignment_fee_cents,
    bonus_fee_cents,
    format_dollars,
    format_usd,
    parse_usd,
)


@pytest.mark.parametrize(("text", "cents"), [
    ("0.05", 5), ("5", 500), ("101.42", 10142), ("$1.50", 150), ("1.", 100), ("0.5", 50),
])
def test_rewards_mturk_accepts_are_read_in_cents(text: str, cents: int) -> None:
    assert parse_usd(text) == cents


@pytest.mark.parametrize("text", ["0.051", "-1", "abc", "1,50", "", "1.5.0", "0.00", "1e3"])
def test_rewards_mturk_refuses_are_refused_with_the_value_named(text: str) -> None:
    with pytest.raises(InvalidAmount) as raised:
        parse_usd(text)
    assert "reward" in str(raised.value)


def test_amounts_are_written_as_mturk_writes_them() -> None:
    assert format_usd(5) == "0.05"
    assert format_usd(10142) == "101.42"
    assert format_dollars(5) == "$0.05"
    assert format_dollars(-150) == "-$1.50"


@pytest.mark.parametrize(("reward", "assignments", "masters", "fee"), [
    (100, 1, False, 20),      # 20%
    (100, 9, False, 20),      # still under the surcharge
    (100, 10, False, 40),     # +20% from 10 assignments on
    (100, 10, True, 45),      # +5% Masters
    (1, 1, False, 1),         # minimum $0.01
    (2, 1, False, 1),         # 0.4 cents -> minimum
    (3, 1, False, 1),         # 0.6 rounds half-up to 1
    (13, 1, False, 3),        # 2.6 -> 3
    (12, 10, False, 5),       # 4.8 -> 5
    (25, 1, False, 5),        # exactly 5
    (33, 10, True, 15),       # 14.85 -> 15
    (0, 10, False, 0),        # nothing paid, nothing charged
])
def test_assignment_fees_follow_mturk_pricing(reward: int, assignments: int, masters: bool,
                                              fee: int) -> None:
    assert assignment_fee_cents(reward, assignments, masters=masters) == fee


def test_half_cent_rounds_up() -> None:
    # 0.20 * 0.125 dollars... use 2.5 cents of fee: reward 12.5 cents impossible, so bonus 1250
    assert bonus_fee_cents(1250) == 250
    assert bonus_fee_cents(7) == 1     # 1.4 -> 1
    assert bonus_fee_cents(8) == 2     # 1.6 -> 2
    assert bonus_fee_cents(1) == 1     # minimum
    assert assignment_fee_cents(5, 1) == 1   # exactly 1.0
    assert assignment_fee_cents(38, 10) == 15  # 15.2 -> 15
    assert assignment_fee_cents(37, 10) == 15  # 14.8 -> 15
    assert assignment_fee_cents(36, 10) == 14  # 14.4 -> 14
