from __future__ import annotations

import pytest

from workbench.domain.qualifications import (
    LOCALE_ID,
    WorkerValue,
    check_requirement,
    guards,
    requirement_met,
)


def req(comparator: str, *values: int, **extra: object) -> dict[str, object]:
    requirement: dict[str, object] = {"QualificationTypeId": "Q", "Comparator": comparator}
    if values:
        requirement["IntegerValues"] = list(values)
    requirement.update(extra)
    return requirement


@pytest.mark.parametrize(("comparator", "values", "held", "met"), [
    ("LessThan", (5,), 4, True), ("LessThan", (5,), 5, False),
    ("LessThanOrEqualTo", (5,), 5, True), ("LessThanOrEqualTo", (5,), 6, False),
    ("GreaterThan", (95,), 96, True), ("GreaterThan", (95,), 95, False),
    ("GreaterThanOrEqualTo", (95,), 95, True), ("GreaterThanOrEqualTo", (95,), 94, False),
    ("EqualTo", (1,), 1, True), ("EqualTo", (1,), 2, False),
    ("NotEqualTo", (1,), 2, True), ("NotEqualTo", (1,), 1, False),
    ("In", (1, 2, 3), 2, True), ("In", (1, 2, 3), 4, False),
    ("NotIn", (1, 2, 3), 4, True), ("NotIn", (1, 2, 3), 3, False),
])
def test_integer_comparators(comparator: str, values: tuple[int, ...], held: int,
                             met: bool) -> None:
    requirement = req(comparator, *values)
    assert check_requirement(requirement) is None
    assert requirement_met(requirement, WorkerValue(True, held)) is met


@pytest.mark.parametrize("comparator", ["LessThan", "GreaterThan", "EqualTo", "NotEqualTo",
                                        "In", "NotIn"])
def test_a_worker_without_the_qualification_fails_every_value_comparison(comparator: str
                                                                          ) -> None:
    assert requirement_met(req(comparator, 1), WorkerValue(False)) is False


def test_exists_and_does_not_exist() -> None:
    assert requirement_met(req("Exists"), WorkerValue(True, 0)) is True
    assert requirement_met(req("Exists"), WorkerValue(False)) is False
    assert requirement_met(req("DoesNotExist"), WorkerValue(False)) is True
    assert requirement_met(req("DoesNotExist"), WorkerValue(True, 5)) is False


def test_locales_with_and_without_subdivision() -> None:
    us = {"QualificationTypeId": LOCALE_ID, "Comparator": "EqualTo",
          "LocaleValues": [{"Country": "US"}]}
    ny = {"QualificationTypeId": LOCALE_ID, "Comparator": "In",
          "LocaleValues": [{"Country": "US", "Subdivision": "NY"}, {"Country": "CA"}]}
    not_in = {"QualificationTypeId": LOCALE_ID, "Comparator": "NotIn",
              "LocaleValues": [{"Country": "IN"}]}
    californian = WorkerValue(True, country="US", subdivision="CA")
    assert requirement_met(us, californian) is True
    assert requirement_met(ny, californian) is False
    assert requirement_met(ny, WorkerValue(True, country="US", subdivision="NY")) is True
    assert requirement_met(ny, WorkerValue(True, country="CA")) is True
    assert requirement_met(not_in, WorkerValue(True, country="IN")) is False
    assert requirement_met(not_in, californian) is True


@pytest.mark.parametrize(("requirement", "problem"), [
    (req("Exists", 1), "takes no values"),
    (req("EqualTo"), "exactly one value"),
    (req("EqualTo", 1, 2), "exactly one value"),
    (req("In", *range(16)), "1 to 15"),
    (req("Bigger", 1), "unknown comparator"),
    ({"QualificationTypeId": LOCALE_ID, "Comparator": "GreaterThan",
      "LocaleValues": [{"Country": "US"}]}, "cannot be compared"),
    ({"QualificationTypeId": LOCALE_ID, "Comparator": "EqualTo",
      "LocaleValues": [{"Country": "USA"}]}, "two-letter"),
])
def test_malformed_requirements_are_explained(requirement: dict[str, object],
                                              problem: str) -> None:
    message = check_requirement(requirement)
    assert message is not None and problem in message


def test_what_a_requirement_guards() -> None:
    assert guards(req("Exists"), "accept") is True
    assert guards(req("Exists"), "preview") is False  # MTurk's default guards accepting only
    assert guards(req("Exists", RequiredToPreview=True), "preview") is True
    assert guards(req("Exists", ActionsGuarded="PreviewAndAccept"), "discover") is False
    assert guards(req("Exists", ActionsGuarded="DiscoverPreviewAndAccept"), "discover") is True
