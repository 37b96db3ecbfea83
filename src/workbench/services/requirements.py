"""Qualification requirements written as short text, for the command line and saved presets.

Examples: ``approval-rate>=95``, ``approved-hits>=1000``, ``locale in US,CA``,
``locale=US-NY``, ``masters``, ``adult``, ``3XYZ...>=80``, ``3XYZ... exists``; a suffix
``@discover``, ``@preview`` or ``@accept`` says what the requirement guards (default: accept).
"""

from __future__ import annotations

import re
from typing import Any

from workbench.domain.qualifications import (
    ADULT_ID,
    APPROVAL_RATE_ID,
    GUARD_ACCEPT,
    GUARD_ALL,
    GUARD_PREVIEW_AND_ACCEPT,
    LOCALE_ID,
    NUMBER_APPROVED_ID,
    check_requirement,
    masters_id,
)

ALIASES = {
    "approval-rate": APPROVAL_RATE_ID,
    "approved-hits": NUMBER_APPROVED_ID,
    "locale": LOCALE_ID,
    "adult": ADULT_ID,
}
OPERATORS = {
    ">=": "GreaterThanOrEqualTo", "<=": "LessThanOrEqualTo", ">": "GreaterThan",
    "<": "LessThan", "==": "EqualTo", "=": "EqualTo", "!=": "NotEqualTo",
    "not in": "NotIn", "in": "In",
}
_COMPARISON = re.compile(r"^(?P<op>>=|<=|==|!=|=|>|<|not\s+in\b|in\b)\s*(?P<values>.+)$",
                         re.IGNORECASE)
GUARDS = {"accept": GUARD_ACCEPT, "preview": GUARD_PREVIEW_AND_ACCEPT, "discover": GUARD_ALL}
_SPEC = re.compile(r"^\s*(?P<qual>[A-Za-z0-9_-]+)\s*(?P<rest>.*?)\s*(?:@(?P<guard>\w+))?\s*$")


class RequirementError(ValueError):
    """A requirement that cannot be understood; the message says why."""


def _locale(text: str) -> dict[str, str]:
    country, _, subdivision = text.strip().upper().partition("-")
    if len(country) != 2 or not country.isalpha():
        raise RequirementError(f"{text!r} is not a country code like US or US-NY")
    return {"Country": country, **({"Subdivision": subdivision} if subdivision else {})}


def parse_requirement(spec: str, *, sandbox: bool = False) -> dict[str, Any]:
    """A QualificationRequirement (boto3 shape) from its short text form."""
    match = _SPEC.match(spec)
    if not match:
        raise RequirementError(f"cannot read the requirement {spec!r}")
    qual, rest, guard = match.group("qual"), match.group("rest"), match.group("guard")
    if qual.lower() == "masters":
        requirement: dict[str, Any] = {"QualificationTypeId": masters_id(sandbox=sandbox),
                                       "Comparator": "Exists"}
    elif qual.lower() == "adult" and not rest:
        requirement = {"QualificationTypeId": ADULT_ID, "Comparator": "EqualTo",
                       "IntegerValues": [1]}
    else:
        type_id = ALIASES.get(qual.lower(), qual)
        lowered = f" {rest.lower()} "
        if lowered.strip() in ("exists", "doesnotexist", "not exists"):
            comparator = "Exists" if lowered.strip() == "exists" else "DoesNotExist"
            requirement = {"QualificationTypeId": type_id, "Comparator": comparator}
        else:
            comparison = _COMPARISON.match(rest)
            if not comparison:
                raise RequirementError(f"{spec!r}: expected a comparison such as >=95 or "
                                       "'in US,CA'")
            comparator = OPERATORS[" ".join(comparison.group("op").lower().split())]
            values = comparison.group("values")
            items = [v for v in re.split(r"[,\s]+", values) if v]
            if not items:
                raise RequirementError(f"{spec!r}: no value to compare with")
            requirement = {"QualificationTypeId": type_id, "Comparator": comparator}
            if type_id == LOCALE_ID:
                requirement["LocaleValues"] = [_locale(v) for v in items]
            else:
                try:
                    requirement["IntegerValues"] = [int(v) for v in items]
                except ValueError:
                    raise RequirementError(f"{spec!r}: values must be whole numbers") from None
    if guard:
        if guard.lower() not in GUARDS:
            raise RequirementError(f"{spec!r}: @{guard} should be @accept, @preview or "
                                   "@discover")
        requirement["ActionsGuarded"] = GUARDS[guard.lower()]
    problem = check_requirement(requirement)
    if problem:
        raise RequirementError(f"{spec!r}: {problem}")
    return requirement
