"""Why a worker may not take a HIT, in words a worker understands.

"You need an approval rate of at least 95%; yours is 90%", "This task is for workers in
Germany": what the worker site says instead of "Worker_Locale one of DE". Each sentence is
English text that keeps how it was made (``Words``: a template marked for translation in the
"WorkerSite" context, and its values), so the site can say it again in the worker's language
(marketplace.site.language.say).
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
from workbench.domain.text import QT_TRANSLATE_NOOP
from workbench.marketplace.local.qualifications import worker_value
from workbench.marketplace.local.schema import (
    MarketHIT,
    MarketHITType,
    MarketQualificationType,
    MarketWorker,
)


class Words(str):
    """English text that keeps its template (marked for translation) and values."""

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, **values: str) -> Words:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = values
        return made


class CountryName(str):
    """A country's English name that keeps its ISO 3166-1 code (to be named in another
    language)."""

    code: str

    def __new__(cls, code: str) -> CountryName:
        made = super().__new__(cls, country_name(code))
        made.code = code.upper()
        return made


_COMPARED = {
    "LessThan": QT_TRANSLATE_NOOP("WorkerSite", "below {v}"),
    "LessThanOrEqualTo": QT_TRANSLATE_NOOP("WorkerSite", "at most {v}"),
    "GreaterThan": QT_TRANSLATE_NOOP("WorkerSite", "above {v}"),
    "GreaterThanOrEqualTo": QT_TRANSLATE_NOOP("WorkerSite", "at least {v}"),
    "EqualTo": QT_TRANSLATE_NOOP("WorkerSite", "exactly {v}"),
    "NotEqualTo": QT_TRANSLATE_NOOP("WorkerSite", "other than {v}"),
    "NotIn": QT_TRANSLATE_NOOP("WorkerSite", "other than {v}")}
_JOINERS = {"or": QT_TRANSLATE_NOOP("WorkerSite", "{some} or {last}"),
            "nor": QT_TRANSLATE_NOOP("WorkerSite", "{some} nor {last}"),
            "and": QT_TRANSLATE_NOOP("WorkerSite", "{some} and {last}")}
_COMMA = QT_TRANSLATE_NOOP("WorkerSite", "{first}, {rest}")


def _commas(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else Words(_COMMA, first=items[0],
                                                  rest=_commas(items[1:]))


def _either(words: Sequence[str], joiner: str = "or") -> str:
    """"a", "a or b", "a, b or c"."""
    if len(words) <= 1:
        return "".join(words)
    return Words(_JOINERS[joiner], some=_commas(words[:-1]), last=words[-1])


def bound_text(requirement: Mapping[str, Any], unit: str = "") -> str:
    """"at least 95%", "1 or 2"… for an integer requirement."""
    values = [f"{int(v)}{unit}" for v in requirement.get("IntegerValues") or []]
    comparator = str(requirement.get("Comparator", ""))
    joiner = "nor" if comparator == "NotIn" else "or"
    either = _either(values, joiner)
    template = _COMPARED.get(comparator)
    return Words(template, v=either) if template else either


def _place(locale: Mapping[str, Any]) -> str:
    country = CountryName(str(locale.get("Country", "")))
    subdivision = str(locale.get("Subdivision") or "")
    return Words(_COMMA, first=subdivision, rest=country) if subdivision else country


def _location(requirement: Mapping[str, Any], held: WorkerValue) -> str:
    comparator = str(requirement.get("Comparator", ""))
    places = _either([_place(loc) for loc in requirement.get("LocaleValues") or []])
    yours = ""
    if held.country:
        yours = Words(QT_TRANSLATE_NOOP("WorkerSite", " (your location: {place})"),
                      place=_place({"Country": held.country,
                                    "Subdivision": held.subdivision}))
    if comparator in ("NotEqualTo", "NotIn"):
        return Words(QT_TRANSLATE_NOOP("WorkerSite",
                                       "This task is not for workers in {places}{yours}."),
                     places=places, yours=yours)
    if comparator == "Exists":
        return QT_TRANSLATE_NOOP("WorkerSite", "This task is for workers whose location is known.")
    if comparator == "DoesNotExist":
        return QT_TRANSLATE_NOOP("WorkerSite",
                                 "This task is for workers whose location is not recorded.")
    return Words(QT_TRANSLATE_NOOP("WorkerSite", "This task is for workers in {places}{yours}."),
                 places=places, yours=yours)


def explain(requirement: Mapping[str, Any], held: WorkerValue, name: str = "", *,
            requestable: bool = False) -> str:
    """One unmet requirement as a sentence; ``name`` is a custom qualification's name."""
    type_id = str(requirement.get("QualificationTypeId", ""))
    comparator = str(requirement.get("Comparator", ""))
    if type_id == APPROVAL_RATE_ID:
        yours = Words(QT_TRANSLATE_NOOP("WorkerSite", "; yours is {rate}%"),
                      rate=str(held.integer)) if held.integer is not None else ""
        return Words(QT_TRANSLATE_NOOP("WorkerSite",
                                       "You need an approval rate of {bound}{yours}."),
                     bound=bound_text(requirement, "%"), yours=yours)
    if type_id == NUMBER_APPROVED_ID:
        return Words(QT_TRANSLATE_NOOP("WorkerSite",
                                       "You need {bound} approved HITs; you have {have}."),
                     bound=bound_text(requirement), have=str(held.integer or 0))
    if type_id == LOCALE_ID:
        return _location(requirement, held)
    if type_id == ADULT_ID:
        if comparator == "DoesNotExist":
            return QT_TRANSLATE_NOOP(
                "WorkerSite", "This task is not for workers who agreed to see adult content.")
        return QT_TRANSLATE_NOOP(
            "WorkerSite", "This task is for adults (18 or older) who agreed to see adult content.")
    if is_masters(type_id):
        return QT_TRANSLATE_NOOP("WorkerSite",
                                 "This task is for workers with the Masters qualification.")
    quoted = name or type_id
    ask = QT_TRANSLATE_NOOP("WorkerSite", " You can ask for it on the Qualifications page."
                            ) if requestable else ""
    if comparator == "DoesNotExist":
        return Words(QT_TRANSLATE_NOOP("WorkerSite", "This task is not for workers who hold "
                                                     "“{name}”."), name=quoted)
    if comparator == "Exists":
        return Words(QT_TRANSLATE_NOOP("WorkerSite", "You need the qualification “{name}”.{ask}"),
                     name=quoted, ask=ask)
    if not held.exists:
        return Words(QT_TRANSLATE_NOOP("WorkerSite", "You need a score of {bound} in “{name}”; "
                                                     "you do not have it yet.{ask}"),
                     bound=bound_text(requirement), name=quoted, ask=ask)
    yours = Words(QT_TRANSLATE_NOOP("WorkerSite", "yours is {score}"), score=str(held.integer)
                  ) if held.integer is not None else QT_TRANSLATE_NOOP(
        "WorkerSite", "you hold it without a score")
    return Words(QT_TRANSLATE_NOOP("WorkerSite", "You need a score of {bound} in “{name}”; "
                                                 "{yours}."),
                 bound=bound_text(requirement), name=quoted, yours=yours)


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
            Words(QT_TRANSLATE_NOOP("WorkerSite",
                                    "The HITs that need it ask for a score of {bounds}."),
                  bounds=_either(bounds, "and")))
    return found
