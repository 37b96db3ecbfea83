"""Qualification requirements: the system qualification ids, comparators, and who meets them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.domain.limits import MAX_PERCENT, MAX_SCORE, MIN_SCORE
from workbench.domain.text import translate

APPROVAL_RATE_ID = "000000000000000000L0"
NUMBER_APPROVED_ID = "00000000000000000040"
LOCALE_ID = "00000000000000000071"
ADULT_ID = "00000000000000000060"
MASTERS_ID = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH"
MASTERS_SANDBOX_ID = "2ARFPLSP75KLA8M8DH1HTEQVJT3SY6"

SYSTEM_QUALIFICATION_NAMES = {
    APPROVAL_RATE_ID: "Approval rate (%)",
    NUMBER_APPROVED_ID: "Number of HITs approved",
    LOCALE_ID: "Location",
    ADULT_ID: "Adult content (18+)",
    MASTERS_ID: "Masters",
    MASTERS_SANDBOX_ID: "Masters (sandbox)",
}

COMPARATORS = (
    "LessThan",
    "LessThanOrEqualTo",
    "GreaterThan",
    "GreaterThanOrEqualTo",
    "EqualTo",
    "NotEqualTo",
    "Exists",
    "DoesNotExist",
    "In",
    "NotIn",
)
VALUELESS_COMPARATORS = ("Exists", "DoesNotExist")
SET_COMPARATORS = ("In", "NotIn")
# Locale values can only be compared for (in)equality and membership.
LOCALE_COMPARATORS = ("EqualTo", "NotEqualTo", "In", "NotIn", "Exists", "DoesNotExist")
MAX_REQUIREMENTS_PER_HIT = 10
# The values a requirement may compare with: a percentage, a count, a flag, else any score.
INTEGER_RANGES = {APPROVAL_RATE_ID: (0, MAX_PERCENT), NUMBER_APPROVED_ID: (0, MAX_SCORE),
                  ADULT_ID: (0, 1)}
MAX_SET_VALUES = 15

GUARD_ACCEPT = "Accept"
GUARD_PREVIEW_AND_ACCEPT = "PreviewAndAccept"
GUARD_ALL = "DiscoverPreviewAndAccept"


def masters_id(*, sandbox: bool) -> str:
    """Masters is a different qualification type on the sandbox."""
    return MASTERS_SANDBOX_ID if sandbox else MASTERS_ID


def is_masters(qualification_type_id: str) -> bool:
    return qualification_type_id in (MASTERS_ID, MASTERS_SANDBOX_ID)


@dataclass(frozen=True)
class WorkerValue:
    """What a worker holds for one qualification type: nothing, an integer, or a locale."""

    exists: bool
    integer: int | None = None
    country: str | None = None
    subdivision: str | None = None


def check_requirement(requirement: Mapping[str, Any]) -> str | None:
    """Why a requirement is malformed (as MTurk would refuse it), or None when it is fine."""
    comparator = requirement.get("Comparator")
    if comparator not in COMPARATORS:
        return translate("QualificationRequirements", "unknown comparator {comparator}"
                         ).format(comparator=repr(comparator))
    integers = list(requirement.get("IntegerValues") or [])
    locales = list(requirement.get("LocaleValues") or [])
    if integers and locales:
        return translate("QualificationRequirements",
                         "a requirement takes IntegerValues or LocaleValues, not both")
    count = len(integers) + len(locales)
    if comparator in VALUELESS_COMPARATORS:
        if count:
            return translate("QualificationRequirements", "{comparator} takes no values"
                             ).format(comparator=comparator)
    elif comparator in SET_COMPARATORS:
        if not 1 <= count <= MAX_SET_VALUES:
            return translate("QualificationRequirements", "{comparator} takes 1 to {most} values"
                             ).format(comparator=comparator, most=MAX_SET_VALUES)
    elif count != 1:
        return translate("QualificationRequirements", "{comparator} takes exactly one value"
                         ).format(comparator=comparator)
    if locales:
        if comparator not in LOCALE_COMPARATORS:
            return translate("QualificationRequirements",
                             "locales cannot be compared with {comparator}"
                             ).format(comparator=comparator)
        for locale in locales:
            country = str(locale.get("Country", ""))
            if len(country) != 2 or not country.isalpha():
                return translate("QualificationRequirements",
                                 "{country} is not a two-letter country code"
                                 ).format(country=repr(country))
    if requirement.get("QualificationTypeId") == LOCALE_ID and integers:
        return translate("QualificationRequirements", "the locale qualification takes LocaleValues")
    low, high = INTEGER_RANGES.get(str(requirement.get("QualificationTypeId")),
                                   (MIN_SCORE, MAX_SCORE))
    for value in integers:
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = None
        if number is None or not low <= number <= high:
            return translate("QualificationRequirements", "{value} is not between {low} and "
                             "{high}").format(value=str(value)[:40], low=low, high=high)
    return None


def _locale_matches(value: WorkerValue, locale: Mapping[str, Any]) -> bool:
    if (value.country or "").upper() != str(locale.get("Country", "")).upper():
        return False
    wanted = locale.get("Subdivision")
    return not wanted or (value.subdivision or "").upper() == str(wanted).upper()


def requirement_met(requirement: Mapping[str, Any], value: WorkerValue) -> bool:
    """Whether a worker holding ``value`` meets one requirement, exactly as the comparator says."""
    comparator = requirement["Comparator"]
    if comparator == "Exists":
        return value.exists
    if comparator == "DoesNotExist":
        return not value.exists
    if not value.exists:
        # Every other comparator needs a value to compare, so a worker without one fails it.
        return False
    locales: Sequence[Mapping[str, Any]] = requirement.get("LocaleValues") or []
    if locales:
        matched = any(_locale_matches(value, loc) for loc in locales)
        return not matched if comparator in ("NotEqualTo", "NotIn") else matched
    integers = [int(v) for v in requirement.get("IntegerValues") or []]
    if value.integer is None:
        return False
    held = value.integer
    if comparator == "In":
        return held in integers
    if comparator == "NotIn":
        return held not in integers
    target = integers[0]
    return {
        "LessThan": held < target,
        "LessThanOrEqualTo": held <= target,
        "GreaterThan": held > target,
        "GreaterThanOrEqualTo": held >= target,
        "EqualTo": held == target,
        "NotEqualTo": held != target,
    }[comparator]


def guards(requirement: Mapping[str, Any], action: str) -> bool:
    """Whether a requirement applies to ``action`` ("discover", "preview" or "accept")."""
    guarded = requirement.get("ActionsGuarded")
    if guarded is None:
        # MTurk's default guards accepting only; the old RequiredToPreview also guards preview.
        guarded = GUARD_PREVIEW_AND_ACCEPT if requirement.get("RequiredToPreview") else GUARD_ACCEPT
    if action == "accept":
        return True
    if action == "preview":
        return guarded in (GUARD_PREVIEW_AND_ACCEPT, GUARD_ALL)
    return guarded == GUARD_ALL
