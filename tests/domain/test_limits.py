"""The domain's limits: amounts, worker ids and requirement values (issue 16 §3)."""

from __future__ import annotations

import pytest

from workbench.domain.ids import InvalidWorkerId, check_worker_id
from workbench.domain.limits import STORE_INT_MAX
from workbench.domain.money import (
    LARGE_BONUS_CENTS,
    MAX_BONUS_CENTS,
    MAX_REWARD_CENTS,
    MAX_STORED_CENTS,
    InvalidAmount,
    check_cents,
    parse_usd,
)
from workbench.domain.qualifications import APPROVAL_RATE_ID, check_requirement
from workbench.services.requirements import RequirementError, parse_requirement


def test_the_limits_are_ordered_and_fit_the_store() -> None:
    assert LARGE_BONUS_CENTS < MAX_BONUS_CENTS < MAX_STORED_CENTS == STORE_INT_MAX
    assert MAX_REWARD_CENTS < MAX_STORED_CENTS


@pytest.mark.parametrize(("text", "maximum", "words"), [
    ("99999999999999999999999", MAX_STORED_CENTS, "is more than $21474836.47"),
    ("9" * 100_000, MAX_STORED_CENTS, "'" + "9" * 30 + "…' is more than"),
    ("$1000.01", MAX_REWARD_CENTS, "reward '$1000.01' is more than $1000.00, the most accepted"),
    ("nan", MAX_STORED_CENTS, "is not a US dollar amount"),
    ("1e3", MAX_STORED_CENTS, "is not a US dollar amount"),
    ("-0.01", MAX_STORED_CENTS, "is not a US dollar amount"),
])
def test_an_amount_beyond_reason_is_one_short_line(text: str, maximum: int, words: str) -> None:
    with pytest.raises(InvalidAmount) as refused:
        parse_usd(text, maximum_cents=maximum)
    message = str(refused.value)
    assert words in message and "\n" not in message and len(message) < 200


def test_amounts_within_the_limits_parse_as_before() -> None:
    assert parse_usd("$1000.00", maximum_cents=MAX_REWARD_CENTS) == MAX_REWARD_CENTS
    assert parse_usd("21474836.47") == MAX_STORED_CENTS
    assert parse_usd("0", minimum_cents=0) == 0
    assert check_cents(150, what="bonus", maximum_cents=MAX_BONUS_CENTS) == 150
    with pytest.raises(InvalidAmount, match=r"bonus '\$10000.01' is more than \$10000.00"):
        check_cents(MAX_BONUS_CENTS + 1, what="bonus", maximum_cents=MAX_BONUS_CENTS)


@pytest.mark.parametrize("text", ["A1\n" + "B" * 10_000, "A1 B2", "a1b2c3", "A", "A" * 65,
                                  "<script>", "A1B2\x00", "Ä1B2", ""])
def test_what_is_not_a_worker_id(text: str) -> None:
    with pytest.raises(InvalidWorkerId) as refused:
        check_worker_id(text)
    assert "\n" not in str(refused.value) and len(str(refused.value)) < 200


def test_worker_ids_of_mturk_and_of_the_local_marketplace() -> None:
    assert check_worker_id(" A1XAOEDK0Y2KBT\n") == "A1XAOEDK0Y2KBT"
    assert check_worker_id("A" + "B" * 63, mturk=True) == "A" + "B" * 63
    assert check_worker_id("PANEL0042") == "PANEL0042"
    with pytest.raises(InvalidWorkerId, match="an MTurk worker id is A followed by"):
        check_worker_id("PANEL0042", mturk=True)


@pytest.mark.parametrize(("spec", "words"), [
    ("approval-rate>=101", "101 is not between 0 and 100"),
    ("approval-rate>-1", "-1 is not between 0 and 100"),
    ("approved-hits>=-5", "-5 is not between 0 and 2147483647"),
    ("3ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ>=99999999999", "is not between -2147483648 and"),
    ("adult=2", "2 is not between 0 and 1"),
])
def test_a_requirement_value_outside_its_range_is_refused(spec: str, words: str) -> None:
    with pytest.raises(RequirementError, match=words):
        parse_requirement(spec)


def test_requirement_values_within_range() -> None:
    assert parse_requirement("approval-rate>=100")["IntegerValues"] == [100]
    assert parse_requirement("approval-rate in 0,50,100")["IntegerValues"] == [0, 50, 100]
    assert check_requirement({"QualificationTypeId": APPROVAL_RATE_ID,
                              "Comparator": "GreaterThan", "IntegerValues": ["95"]}) is None


def test_scores_are_granted_only_to_worker_ids() -> None:
    from workbench.services.qualifications import QualificationError, _worker_ids

    assert _worker_ids([" A1B2C3 ", "PANEL0042", "A1B2C3"]) == ["A1B2C3", "PANEL0042"]
    for bad in ("a1b2c3", "A" * 65, "A1;B2"):
        with pytest.raises(QualificationError, match="is not a worker id"):
            _worker_ids([bad])
