"""What a qualification requirement means, which values it takes, and what it costs a batch.

The requirement editor asks here (without Qt) which comparators a qualification accepts, what
kind of value each comparator takes, how to say a requirement in words, and which
requirements make a batch much dearer or shut out nearly every worker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from workbench.domain.qualifications import (
    ADULT_ID,
    APPROVAL_RATE_ID,
    COMPARATORS,
    GUARD_ACCEPT,
    GUARD_ALL,
    GUARD_PREVIEW_AND_ACCEPT,
    LOCALE_COMPARATORS,
    LOCALE_ID,
    MASTERS_SANDBOX_ID,
    MAX_REQUIREMENTS_PER_HIT,
    NUMBER_APPROVED_ID,
    SET_COMPARATORS,
    VALUELESS_COMPARATORS,
    check_requirement,
    is_masters,
    masters_id,
)
from workbench.domain.text import translate

ValueKind = Literal["none", "integer", "integers", "locale", "locales"]
Level = Literal["error", "warning", "note"]

COMPARATOR_LABELS = {
    "LessThan": "less than",
    "LessThanOrEqualTo": "at most",
    "GreaterThan": "more than",
    "GreaterThanOrEqualTo": "at least",
    "EqualTo": "equal to",
    "NotEqualTo": "not equal to",
    "Exists": "has been granted",
    "DoesNotExist": "has not been granted",
    "In": "one of",
    "NotIn": "none of",
}
GUARD_LABELS = {
    GUARD_ACCEPT: "Guards accepting",
    GUARD_PREVIEW_AND_ACCEPT: "Guards preview and accept",
    GUARD_ALL: "Hides the HITs from others",
}
GUARD_HELP = {
    GUARD_ACCEPT: "Every worker finds and previews the HITs; only qualified ones can accept.",
    GUARD_PREVIEW_AND_ACCEPT: "Every worker finds the HITs; only qualified ones can see a "
                              "preview or accept.",
    GUARD_ALL: "Only qualified workers find the HITs at all.",
}
INTEGER_COMPARATORS = tuple(c for c in COMPARATORS)
MASTERS_COMPARATORS = ("Exists", "DoesNotExist")
ADULT_COMPARATORS = ("EqualTo", "Exists", "DoesNotExist")
# Thresholds beyond which a requirement leaves few workers (seen in MTurk's worker population:
# most active workers have a few thousand approved HITs and rates of 95-99%).
FEW_WORKERS_APPROVED = 5_000
ALMOST_NOBODY_APPROVED = 10_000
FEW_WORKERS_RATE = 99


@dataclass(frozen=True)
class QualificationChoice:
    """A qualification a requirement can name, and how its values are written."""

    type_id: str
    name: str
    comparators: tuple[str, ...]
    values: Literal["integer", "locale"]
    system: bool
    minimum: int = 0
    maximum: int = 2_147_483_647
    default: Mapping[str, Any] | None = None
    help: str = ""


@dataclass(frozen=True)
class CustomType:
    """What the advice needs to know of one of the account's own qualification types."""

    type_id: str
    name: str
    active: bool = True
    has_test: bool = False
    auto_granted: bool = False
    answer_key_xml: str | None = None  # the test's key, if MTurk scores it


@dataclass(frozen=True)
class PassingScore:
    """The qualification value to require of a scored test, and what it means in answers."""

    value: int
    questions: int
    correct: int | None  # questions right, when every question weighs the same

    def words(self) -> str:
        """"A score of 67 or more: at least 2 of its 3 questions right"."""
        if self.correct is not None:
            return translate("RequirementAdvice", "A score of {value} or more: at least "
                             "{correct} of its {questions} questions right.").format(
                value=self.value, correct=self.correct, questions=self.questions)
        return translate("RequirementAdvice", "A score of {value} or more: about four fifths "
                         "of the test's points.").format(value=self.value)


# The share of a test's points a passing score aims at; a test of few questions gets the
# attainable score nearest to it (2 of 3 right, not an unreachable 80 that only 3 of 3 meet).
PASSING_SHARE = 0.8
DEFAULT_PASSING_VALUE = 80


def suggested_passing_score(answer_key_xml: str | None) -> PassingScore | None:
    """A passing score that the test's questions can actually produce, from its answer key."""
    from workbench.formats.answer_keys import AnswerKeyError, parse_answer_key, qualification_value

    if not answer_key_xml:
        return None
    try:
        key = parse_answer_key(answer_key_xml)
    except (AnswerKeyError, ValueError):
        return None
    if not key.questions or key.maximum <= 0:
        return None
    sums = {0}
    for question in key.questions:
        gains = {o.score for o in question.options} | {question.default_score or 0}
        sums = {total + gain for total in sums for gain in gains}
    target = PASSING_SHARE * key.maximum
    positive = sorted(s for s in sums if s > 0)
    if not positive:
        return None
    chosen = min(positive, key=lambda s: (abs(s - target), s))
    bests = {q.best for q in key.questions}
    even = len(bests) == 1 and all(o.score in (0, q.best) for q in key.questions
                                   for o in q.options) and chosen % next(iter(bests)) == 0
    return PassingScore(qualification_value(chosen, key.mapping), len(key.questions),
                        chosen // next(iter(bests)) if even else None)


@dataclass(frozen=True)
class Advice:
    """A problem (refuses publishing), a warning (costs or excludes), or a note."""

    level: Level
    text: str
    index: int | None = None  # the requirement it is about, if one


def system_choices(*, sandbox: bool) -> list[QualificationChoice]:
    """The system qualifications, with Masters' id for the sandbox or production."""
    return [
        QualificationChoice(
            APPROVAL_RATE_ID, "HIT approval rate (%)", INTEGER_COMPARATORS, "integer", True,
            0, 100, {"Comparator": "GreaterThanOrEqualTo", "IntegerValues": [95]},
            "The share of a worker's decided assignments, for all requesters, that were "
            "approved."),
        QualificationChoice(
            NUMBER_APPROVED_ID, "Number of HITs approved", INTEGER_COMPARATORS, "integer", True,
            0, 2_147_483_647, {"Comparator": "GreaterThanOrEqualTo", "IntegerValues": [1000]},
            "How many assignments of the worker's, for all requesters, were approved."),
        QualificationChoice(
            LOCALE_ID, "Location", LOCALE_COMPARATORS, "locale", True,
            default={"Comparator": "In", "LocaleValues": [{"Country": "US"}]},
            help="The country (and, in the US, the state) the worker gave as their address."),
        QualificationChoice(
            ADULT_ID, "Adult content (18+)", ADULT_COMPARATORS, "integer", True, 0, 1,
            {"Comparator": "EqualTo", "IntegerValues": [1]},
            "Workers who agreed to see adult content; needed if the HITs may show any."),
        QualificationChoice(
            masters_id(sandbox=sandbox), "Masters" + (" (sandbox)" if sandbox else ""),
            MASTERS_COMPARATORS, "integer", True, default={"Comparator": "Exists"},
            help="Workers MTurk recognised for consistently good work; adds 5% of the reward "
                 "to the fee."),
    ]


def custom_choice(custom: CustomType) -> QualificationChoice:
    """One of the account's own qualification types as a choice; a scored test's passing
    score fits its questions."""
    passing = suggested_passing_score(custom.answer_key_xml) if custom.has_test else None
    help_text = ("Your own qualification" + (" with a test" if custom.has_test else "")
                 + ("" if custom.active else " (inactive)") + ".")
    if passing is not None:
        # Already in the user's language: the editor shows texts that are not the system's
        # help as they are.
        help_text = f"{translate('RequirementRow', help_text)} {passing.words()}"
    return QualificationChoice(
        custom.type_id, custom.name, INTEGER_COMPARATORS, "integer", False,
        default={"Comparator": "GreaterThanOrEqualTo",
                 "IntegerValues": [passing.value if passing else DEFAULT_PASSING_VALUE]},
        help=help_text)


def value_kind(comparator: str, values: str) -> ValueKind:
    """What a comparator takes for a qualification of integer or locale values."""
    if comparator in VALUELESS_COMPARATORS:
        return "none"
    single = "locale" if values == "locale" else "integer"
    if comparator in SET_COMPARATORS:
        return "locales" if single == "locale" else "integers"
    return single  # type: ignore[return-value]


def guard_of(requirement: Mapping[str, Any]) -> str:
    """The ActionsGuarded value a requirement means (the old RequiredToPreview included)."""
    guarded = requirement.get("ActionsGuarded")
    if guarded in GUARD_LABELS:
        return str(guarded)
    return GUARD_PREVIEW_AND_ACCEPT if requirement.get("RequiredToPreview") else GUARD_ACCEPT


def _locale_text(locale: Mapping[str, Any]) -> str:
    country = str(locale.get("Country", "")).upper()
    subdivision = locale.get("Subdivision")
    return f"{country}-{str(subdivision).upper()}" if subdivision else country


def values_text(requirement: Mapping[str, Any]) -> str:
    """The values of a requirement as a user writes them: ``95``, ``US, CA-ON``."""
    locales = requirement.get("LocaleValues") or []
    if locales:
        return ", ".join(_locale_text(loc) for loc in locales)
    return ", ".join(str(v) for v in requirement.get("IntegerValues") or [])


def describe(requirement: Mapping[str, Any], names: Mapping[str, str] | None = None) -> str:
    """A requirement in words: "HIT approval rate (%) at least 95 (guards accepting)"."""
    type_id = str(requirement.get("QualificationTypeId", ""))
    known = {c.type_id: c.name for c in system_choices(sandbox=False)}
    known[MASTERS_SANDBOX_ID] = "Masters (sandbox)"
    name = (names or {}).get(type_id) or known.get(type_id) or type_id
    comparator = str(requirement.get("Comparator", ""))
    words = COMPARATOR_LABELS.get(comparator, comparator)
    values = values_text(requirement)
    guard = GUARD_LABELS[guard_of(requirement)].lower()
    text = f"{name} {words}" + (f" {values}" if values else "")
    return f"{text} ({guard})"


def _either(values: Sequence[str]) -> str:
    """"DE", "DE or FR", "DE, FR or JP"."""
    if len(values) <= 1:
        return "".join(values)
    return translate("RequirementAdvice", "{some} or {last}").format(
        some=", ".join(values[:-1]), last=values[-1])


def requirement_words(requirement: Mapping[str, Any],
                      names: Mapping[str, str] | None = None) -> str:
    """A requirement as a sentence fragment: "Location is DE, FR or JP", "Masters has been
    granted", "HIT approval rate (%) at least 95"."""
    type_id = str(requirement.get("QualificationTypeId", ""))
    known = {c.type_id: c.name for c in system_choices(sandbox=False)}
    known[MASTERS_SANDBOX_ID] = "Masters (sandbox)"
    name = (names or {}).get(type_id) or known.get(type_id) or type_id
    if type_id in known:
        name = translate("RequirementRow", name)  # the system names, as the editor shows them
    comparator = str(requirement.get("Comparator", ""))
    locales = [_locale_text(loc) for loc in requirement.get("LocaleValues") or []]
    integers = [str(v) for v in requirement.get("IntegerValues") or []]
    values = locales or integers
    if comparator in ("In", "EqualTo") and locales:
        return translate("RequirementAdvice", "{name} is {values}").format(
            name=name, values=_either(values))
    if comparator in ("NotIn", "NotEqualTo") and locales:
        return translate("RequirementAdvice", "{name} is not {values}").format(
            name=name, values=_either(values))
    if comparator == "In":
        return translate("RequirementAdvice", "{name} is {values}").format(
            name=name, values=_either(values))
    if comparator == "NotIn":
        return translate("RequirementAdvice", "{name} is not {values}").format(
            name=name, values=_either(values))
    words = translate("RequirementRow", COMPARATOR_LABELS.get(comparator, comparator))
    return f"{name} {words}" + (f" {', '.join(values)}" if values else "")


def _integer(requirement: Mapping[str, Any]) -> int | None:
    values = requirement.get("IntegerValues") or []
    try:
        return int(values[0]) if len(values) == 1 else None
    except (TypeError, ValueError):
        return None


def _advice_for_one(index: int, requirement: Mapping[str, Any], *, sandbox: bool,
                    custom: Mapping[str, CustomType]) -> list[Advice]:
    found: list[Advice] = []
    problem = check_requirement(requirement)
    if problem:
        found.append(Advice("error", problem[0].upper() + problem[1:] + ".", index))
        return found
    type_id = str(requirement.get("QualificationTypeId", ""))
    comparator = str(requirement.get("Comparator"))
    value = _integer(requirement)
    raises_bar = comparator in ("GreaterThan", "GreaterThanOrEqualTo", "EqualTo")
    if not type_id:
        found.append(Advice("error", translate(
            "RequirementAdvice", "Choose a qualification."), index))
    elif is_masters(type_id):
        if type_id != masters_id(sandbox=sandbox):
            if sandbox:
                text = translate(
                    "RequirementAdvice",
                    "This is the production Masters id; on the sandbox Masters is {id}.")
            else:
                text = translate(
                    "RequirementAdvice",
                    "This is the sandbox Masters id; on the production Masters is {id}.")
            found.append(Advice("error", text.format(id=masters_id(sandbox=sandbox)), index))
        if comparator == "Exists":
            found.append(Advice("warning", translate(
                "RequirementAdvice", "Masters adds 5% of the reward to MTurk's fee on every "
                "assignment, and few workers hold it: the batch costs more and finishes more "
                "slowly."), index))
    elif type_id == NUMBER_APPROVED_ID and raises_bar and value is not None:
        bar = value + (1 if comparator == "GreaterThan" else 0)
        if bar >= ALMOST_NOBODY_APPROVED:
            found.append(Advice("warning", translate(
                "RequirementAdvice", "{bar} or more approved HITs excludes almost every worker: "
                "expect the batch to wait a long time for anyone to accept it."
            ).format(bar=f"{bar:,}"), index))
        elif bar >= FEW_WORKERS_APPROVED:
            found.append(Advice("warning", translate(
                "RequirementAdvice", "{bar} or more approved HITs excludes most workers; 1,000 "
                "is a common bar.").format(bar=f"{bar:,}"), index))
    elif type_id == APPROVAL_RATE_ID and value is not None:
        if comparator in ("LessThan", "LessThanOrEqualTo"):
            found.append(Advice("warning", translate(
                "RequirementAdvice", "This admits only workers whose approval rate is low: did "
                "you mean at least?"), index))
        elif raises_bar:
            bar = value + (1 if comparator == "GreaterThan" else 0)
            if bar > 100:
                found.append(Advice("error", translate(
                    "RequirementAdvice", "No approval rate is above 100%."), index))
            elif bar >= FEW_WORKERS_RATE:
                found.append(Advice("warning", translate(
                    "RequirementAdvice", "An approval rate of {bar}% or more excludes many good "
                    "workers (one rejection in a hundred is enough); 95% to 98% is usual."
                ).format(bar=bar), index))
    elif type_id == LOCALE_ID and comparator in ("EqualTo", "In"):
        subdivided = [loc for loc in requirement.get("LocaleValues") or []
                      if loc.get("Subdivision")]
        if subdivided and len(subdivided) == len(requirement.get("LocaleValues") or []):
            found.append(Advice("note", translate(
                "RequirementAdvice", "Only workers in the named states or provinces qualify: "
                "expect a slower batch."), index))
    elif type_id in custom:
        own = custom[type_id]
        if not own.active:
            found.append(Advice("warning", translate(
                "RequirementAdvice", "{name} is inactive: workers who do not hold it yet cannot "
                "request it.").format(name=repr(own.name)), index))
        if own.has_test and guard_of(requirement) == GUARD_ALL and comparator != "DoesNotExist":
            found.append(Advice("warning", translate(
                "RequirementAdvice", "Workers without {name} will not even see these HITs, so "
                "they will not find its test through them.").format(name=repr(own.name)), index))
    return found


def advise(requirements: Sequence[Mapping[str, Any]], *, sandbox: bool = False,
           custom: Sequence[CustomType] = ()) -> list[Advice]:
    """Problems, warnings and notes about a HIT's requirements, in the order they apply."""
    by_id = {c.type_id: c for c in custom}
    found: list[Advice] = []
    if len(requirements) > MAX_REQUIREMENTS_PER_HIT:
        found.append(Advice("error", translate(
            "RequirementAdvice", "A HIT takes at most {most} requirements; there are {count}."
        ).format(most=MAX_REQUIREMENTS_PER_HIT, count=len(requirements))))
    for index, requirement in enumerate(requirements):
        found.extend(_advice_for_one(index, requirement, sandbox=sandbox, custom=by_id))
    seen: dict[str, list[str]] = {}
    for requirement in requirements:
        seen.setdefault(str(requirement.get("QualificationTypeId", "")), []).append(
            str(requirement.get("Comparator")))
    for type_id, comparators in seen.items():
        if "Exists" in comparators and "DoesNotExist" in comparators:
            found.append(Advice("error", translate(
                "RequirementAdvice", "One requirement asks that workers hold a qualification "
                "and another that they do not: no worker can meet both.")))
        elif len(comparators) > 1 and type_id:
            found.append(Advice("note", translate(
                "RequirementAdvice", "Two requirements name the same qualification; a worker "
                "must meet both.")))
    return found
