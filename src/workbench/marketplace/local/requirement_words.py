"""Why a worker may not take a HIT, in words a worker understands.

"You need an approval rate of at least 95%; yours is 90%", "This task is for workers in
Germany": what the worker site says instead of "Worker_Locale one of DE". The site is in
English (it has no translations), so these sentences are too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.countries import country_name
from workbench.domain.qualifications import (
    ADULT_ID,
    APPROVAL_RATE_ID,
    LOCALE_ID,
    NUMBER_APPROVED_ID,
    WorkerValue,
    guards,
    is_masters,
    requirement_met,
)
from workbench.marketplace.local.qualifications import worker_value
from workbench.marketplace.local.schema import (
    MarketHIT,
    MarketHITType,
    MarketQualificationType,
    MarketWorker,
)

_COMPARED = {"LessThan": "below {v}", "LessThanOrEqualTo": "at most {v}",
             "GreaterThan": "above {v}", "GreaterThanOrEqualTo": "at least {v}",
             "EqualTo": "exactly {v}", "NotEqualTo": "other than {v}", "In": "{v}",
             "NotIn": "other than {v}"}


def _either(words: Sequence[str], joiner: str = "or") -> str:
    """"a", "a or b", "a, b or c"."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {joiner} {words[-1]}"


def bound_text(requirement: Mapping[str, Any], unit: str = "") -> str:
    """"at least 95%", "1 or 2"… for an integer requirement."""
    values = [f"{int(v)}{unit}" for v in requirement.get("IntegerValues") or []]
    comparator = str(requirement.get("Comparator", ""))
    joiner = "nor" if comparator == "NotIn" else "or"
    return _COMPARED.get(comparator, "{v}").format(v=_either(values, joiner))


def _place(locale: Mapping[str, Any]) -> str:
    country = country_name(str(locale.get("Country", "")))
    subdivision = str(locale.get("Subdivision") or "")
    return f"{subdivision}, {country}" if subdivision else country


def _location(requirement: Mapping[str, Any], held: WorkerValue) -> str:
    comparator = str(requirement.get("Comparator", ""))
    places = _either([_place(loc) for loc in requirement.get("LocaleValues") or []])
    yours = ""
    if held.country:
        yours = " (your location: " + _place({"Country": held.country,
                                             "Subdivision": held.subdivision}) + ")"
    if comparator in ("NotEqualTo", "NotIn"):
        return f"This task is not for workers in {places}{yours}."
    if comparator == "Exists":
        return "This task is for workers whose location is known."
    if comparator == "DoesNotExist":
        return "This task is for workers whose location is not recorded."
    return f"This task is for workers in {places}{yours}."


def explain(requirement: Mapping[str, Any], held: WorkerValue, name: str = "", *,
            requestable: bool = False) -> str:
    """One unmet requirement as a sentence; ``name`` is a custom qualification's name."""
    type_id = str(requirement.get("QualificationTypeId", ""))
    comparator = str(requirement.get("Comparator", ""))
    if type_id == APPROVAL_RATE_ID:
        yours = f"; yours is {held.integer}%" if held.integer is not None else ""
        return f"You need an approval rate of {bound_text(requirement, '%')}{yours}."
    if type_id == NUMBER_APPROVED_ID:
        have = held.integer or 0
        return (f"You need {bound_text(requirement)} approved HITs; you have {have}.")
    if type_id == LOCALE_ID:
        return _location(requirement, held)
    if type_id == ADULT_ID:
        if comparator == "DoesNotExist":
            return "This task is not for workers who agreed to see adult content."
        return "This task is for adults (18 or older) who agreed to see adult content."
    if is_masters(type_id):
        return "This task is for workers with the Masters qualification."
    quoted = f"“{name or type_id}”"
    ask = " You can ask for it on the Qualifications page." if requestable else ""
    if comparator == "DoesNotExist":
        return f"This task is not for workers who hold {quoted}."
    if comparator == "Exists":
        return f"You need the qualification {quoted}.{ask}"
    if not held.exists:
        return (f"You need a score of {bound_text(requirement)} in {quoted}; you do not have "
                f"it yet.{ask}")
    yours = (f"yours is {held.integer}" if held.integer is not None
             else "you hold it without a score")
    return f"You need a score of {bound_text(requirement)} in {quoted}; {yours}."


def unmet_requirements(session: Session, worker: MarketWorker, hit_type: MarketHITType, *,
                       action: str = "accept") -> list[str]:
    """Each requirement guarding ``action`` that the worker does not meet, as a sentence."""
    requirements = [dict(r) for r in hit_type.qualification_requirements or []
                    if guards(r, action)]
    unmet = [(r, worker_value(session, worker, str(r.get("QualificationTypeId", ""))))
             for r in requirements]
    unmet = [(r, held) for r, held in unmet if not requirement_met(r, held)]
    if not unmet:
        return []
    ids = {str(r.get("QualificationTypeId", "")) for r, _ in unmet}
    types = {t.qualification_type_id: t for t in session.scalars(
        select(MarketQualificationType).where(
            MarketQualificationType.qualification_type_id.in_(ids)))}
    sentences = []
    for requirement, held in unmet:
        qtype = types.get(str(requirement.get("QualificationTypeId", "")))
        sentences.append(explain(
            requirement, held, qtype.name if qtype is not None else "",
            requestable=bool(qtype is not None and qtype.is_requestable and not qtype.deleted
                             and qtype.status == "Active")))
    return sentences


@dataclass(frozen=True)
class Standing:
    """Whether a worker's score in a qualification is enough for the HITs that ask for it."""

    passed: bool | None  # None: no open HIT asks for a score
    needed: str = ""  # what they ask, in words


def standings(session: Session, held: Mapping[str, int | None], now: datetime
              ) -> dict[str, Standing]:
    """For qualifications a worker holds (type id: score), whether the score is enough for
    every open HIT that requires the qualification (a test scored 0 of 3 is granted with
    score 0, as on MTurk, but passes nothing)."""
    if not held:
        return {}
    live = select(MarketHIT.hit_type_id).where(MarketHIT.disposed.is_(False),
                                                MarketHIT.expiration > now)
    needs: dict[str, list[dict[str, Any]]] = {}
    for hit_type in session.scalars(select(MarketHITType).where(
            MarketHITType.hit_type_id.in_(live))):
        for requirement in hit_type.qualification_requirements or []:
            type_id = str(requirement.get("QualificationTypeId", ""))
            if type_id in held and requirement.get("IntegerValues"):
                needs.setdefault(type_id, []).append(dict(requirement))
    found = {}
    for type_id, score in held.items():
        asked = needs.get(type_id)
        if not asked:
            found[type_id] = Standing(None)
            continue
        value = WorkerValue(True, score)
        bounds = sorted({bound_text(r) for r in asked})
        found[type_id] = Standing(
            all(requirement_met(r, value) for r in asked),
            f"The HITs that need it ask for a score of {_either(bounds, 'and')}.")
    return found
