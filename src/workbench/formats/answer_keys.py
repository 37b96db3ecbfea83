"""Answer keys: MTurk's AnswerKey XML, checking a key against its test, and scoring answers.

MTurk's rules: an answer option scores when the worker selected exactly its selections, no
more and no fewer; a question whose options all miss scores its DefaultScore (0 when absent);
the summed score becomes the qualification value through a PercentageMapping (rounded to the
nearest integer), a ScaleMapping (multiplied), a RangeMapping (looked up), or unchanged.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from xml.etree.ElementTree import Element

from workbench.domain.text import translate
from workbench.formats._xml import XMLRefused, escape_text, local_name, namespace, parse_untrusted
from workbench.formats.answers import Answer, parse_answers
from workbench.formats.qualification_tests import QualificationTest
from workbench.formats.questions import ANSWER_KEY_NS, QUESTION_MAX_BYTES

INT_MIN, INT_MAX = -2_147_483_648, 2_147_483_647


class AnswerKeyError(ValueError):
    """An answer key that cannot be read, or that does not fit its test; says why."""


@dataclass(frozen=True)
class AnswerOption:
    """A set of selections that earns ``score`` when a worker picks exactly that set."""

    selections: tuple[str, ...]
    score: int


@dataclass(frozen=True)
class QuestionKey:
    """How one question is scored."""

    question_id: str
    options: tuple[AnswerOption, ...]
    default_score: int | None = None

    @property
    def best(self) -> int:
        """The most this question can add to the summed score."""
        return max([o.score for o in self.options] + [self.default_score or 0])


@dataclass(frozen=True)
class PercentageMapping:
    """The value is the summed score as a percentage of ``maximum``."""

    maximum: int


@dataclass(frozen=True)
class ScaleMapping:
    """The value is the summed score times ``multiplier``."""

    multiplier: float


@dataclass(frozen=True)
class ScoreRange:
    low: int
    high: int
    value: int


@dataclass(frozen=True)
class RangeMapping:
    """The value of the range the summed score falls in, else ``out_of_range``."""

    ranges: tuple[ScoreRange, ...]
    out_of_range: int


ValueMapping = PercentageMapping | ScaleMapping | RangeMapping


@dataclass(frozen=True)
class AnswerKey:
    """A whole answer key: each scored question, and how the sum becomes a value."""

    questions: tuple[QuestionKey, ...]
    mapping: ValueMapping | None = None

    @property
    def maximum(self) -> int:
        """The highest summed score the key allows."""
        return sum(q.best for q in self.questions)

    def question(self, question_id: str) -> QuestionKey | None:
        return next((q for q in self.questions if q.question_id == question_id), None)


@dataclass(frozen=True)
class QuestionScore:
    """What one question added: the matching option's score, or the default."""

    question_id: str
    score: int
    matched: bool
    selections: tuple[str, ...]
    best: int = 0  # the most the question could have given

    @property
    def full_marks(self) -> bool:
        return self.matched and self.best > 0 and self.score >= self.best


@dataclass(frozen=True)
class TestScore:
    """A worker's summed score and the qualification value it maps to."""

    __test__ = False

    summed: int
    value: int
    maximum: int
    questions: tuple[QuestionScore, ...]

    @property
    def correct(self) -> int:
        """Questions answered for full marks."""
        return sum(1 for q in self.questions if q.full_marks)


# -- building --------------------------------------------------------------------------------

def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def build_answer_key(key: AnswerKey) -> str:
    """The key as AnswerKey XML (2005-10-01 schema); AnswerKeyError if it is not valid."""
    problems = key_problems(key)
    if problems:
        raise AnswerKeyError("; ".join(problems))
    parts = [f'<AnswerKey xmlns="{ANSWER_KEY_NS}">']
    for question in key.questions:
        parts.append("<Question>"
                     f"<QuestionIdentifier>{escape_text(question.question_id)}"
                     "</QuestionIdentifier>")
        for option in question.options:
            parts.append("<AnswerOption>")
            parts.extend(f"<SelectionIdentifier>{escape_text(s)}</SelectionIdentifier>"
                         for s in option.selections)
            parts.append(f"<AnswerScore>{option.score}</AnswerScore></AnswerOption>")
        if question.default_score is not None:
            parts.append(f"<DefaultScore>{question.default_score}</DefaultScore>")
        parts.append("</Question>")
    mapping = key.mapping
    if mapping is not None:
        parts.append("<QualificationValueMapping>")
        if isinstance(mapping, PercentageMapping):
            parts.append("<PercentageMapping><MaximumSummedScore>"
                         f"{mapping.maximum}</MaximumSummedScore></PercentageMapping>")
        elif isinstance(mapping, ScaleMapping):
            parts.append("<ScaleMapping><SummedScoreMultiplier>"
                         f"{_number(mapping.multiplier)}</SummedScoreMultiplier></ScaleMapping>")
        else:
            parts.append("<RangeMapping>")
            parts.extend("<SummedScoreRange>"
                         f"<InclusiveLowerBound>{r.low}</InclusiveLowerBound>"
                         f"<InclusiveUpperBound>{r.high}</InclusiveUpperBound>"
                         f"<QualificationValue>{r.value}</QualificationValue>"
                         "</SummedScoreRange>" for r in mapping.ranges)
            parts.append(f"<OutOfRangeQualificationValue>{mapping.out_of_range}"
                         "</OutOfRangeQualificationValue></RangeMapping>")
        parts.append("</QualificationValueMapping>")
    parts.append("</AnswerKey>")
    document = "".join(parts)
    if len(document.encode("utf-8")) > QUESTION_MAX_BYTES:
        raise AnswerKeyError(translate(
            "AnswerKeys", "the answer key is larger than MTurk's {most} bytes"
        ).format(most=f"{QUESTION_MAX_BYTES:,}"))
    return document


# -- reading ---------------------------------------------------------------------------------

def _int(element: Element, ns: str, name: str, *, required: bool = True) -> int | None:
    text = element.findtext(f"{{{ns}}}{name}")
    if text is None:
        if required:
            raise AnswerKeyError(f"{local_name(element.tag)} has no {name}")
        return None
    try:
        value = int(text.strip())
    except ValueError:
        raise AnswerKeyError(f"{name} {text.strip()[:40]!r} is not a whole number") from None
    if not INT_MIN <= value <= INT_MAX:
        raise AnswerKeyError(f"{name} {value} is out of range")
    return value


def _mapping(element: Element, ns: str) -> ValueMapping:
    percentage = element.find(f"{{{ns}}}PercentageMapping")
    if percentage is not None:
        return PercentageMapping(int(_int(percentage, ns, "MaximumSummedScore") or 0))
    scale = element.find(f"{{{ns}}}ScaleMapping")
    if scale is not None:
        text = (scale.findtext(f"{{{ns}}}SummedScoreMultiplier") or "").strip()
        try:
            multiplier = Decimal(text)
        except InvalidOperation:
            raise AnswerKeyError(f"SummedScoreMultiplier {text[:40]!r} is not a number") from None
        if not multiplier.is_finite():
            raise AnswerKeyError("SummedScoreMultiplier must be a finite number")
        return ScaleMapping(float(multiplier))
    ranges = element.find(f"{{{ns}}}RangeMapping")
    if ranges is not None:
        found = tuple(
            ScoreRange(int(_int(r, ns, "InclusiveLowerBound") or 0),
                       int(_int(r, ns, "InclusiveUpperBound") or 0),
                       int(_int(r, ns, "QualificationValue") or 0))
            for r in ranges.findall(f"{{{ns}}}SummedScoreRange"))
        return RangeMapping(found, int(_int(ranges, ns, "OutOfRangeQualificationValue") or 0))
    raise AnswerKeyError("QualificationValueMapping holds no PercentageMapping, ScaleMapping "
                         "or RangeMapping")


def parse_answer_key(xml: str) -> AnswerKey:
    """An AnswerKey document; AnswerKeyError for anything unreadable or malformed."""
    if len(xml.encode("utf-8", "surrogatepass")) > QUESTION_MAX_BYTES:
        raise AnswerKeyError(f"the answer key is larger than MTurk's {QUESTION_MAX_BYTES:,} "
                             "bytes")
    try:
        root = parse_untrusted(xml)
    except XMLRefused as error:
        raise AnswerKeyError(str(error)) from None
    except ValueError as error:
        raise AnswerKeyError(f"not well-formed XML: {error}") from None
    ns = namespace(root.tag)
    if local_name(root.tag) != "AnswerKey" or ns != ANSWER_KEY_NS:
        raise AnswerKeyError(f"not an AnswerKey in MTurk's namespace (the root is "
                             f"{root.tag[:120]!r})")
    questions = []
    for element in root.findall(f"{{{ns}}}Question"):
        question_id = (element.findtext(f"{{{ns}}}QuestionIdentifier") or "").strip()
        options = tuple(
            AnswerOption(tuple((s.text or "").strip()
                               for s in option.findall(f"{{{ns}}}SelectionIdentifier")),
                         int(_int(option, ns, "AnswerScore") or 0))
            for option in element.findall(f"{{{ns}}}AnswerOption"))
        questions.append(QuestionKey(question_id, options,
                                     _int(element, ns, "DefaultScore", required=False)))
    mapping_element = root.find(f"{{{ns}}}QualificationValueMapping")
    key = AnswerKey(tuple(questions),
                    _mapping(mapping_element, ns) if mapping_element is not None else None)
    problems = key_problems(key)
    if problems:
        raise AnswerKeyError("; ".join(problems))
    return key


# -- checking --------------------------------------------------------------------------------

def key_problems(key: AnswerKey, test: QualificationTest | None = None) -> list[str]:
    """Why the key is malformed or does not fit the test; empty when it is fine."""
    problems: list[str] = []
    if not key.questions:
        problems.append(translate("AnswerKeys", "the answer key scores no questions"))
    seen: set[str] = set()
    for question in key.questions:
        qid = question.question_id
        if not qid:
            problems.append(translate("AnswerKeys",
                                      "a question of the answer key has no identifier"))
            continue
        if qid in seen:
            problems.append(translate("AnswerKeys", "question {question} is in the answer key twice"
                                      ).format(question=repr(qid)))
        seen.add(qid)
        if not question.options:
            problems.append(translate("AnswerKeys", "question {question} has no answer options"
                                      ).format(question=repr(qid)))
        for option in question.options:
            if not option.selections or any(not s for s in option.selections):
                problems.append(translate("AnswerKeys", "an answer option of {question} names no "
                                          "selection").format(question=repr(qid)))
            if len(set(option.selections)) != len(option.selections):
                problems.append(translate("AnswerKeys", "an answer option of {question} names a "
                                          "selection twice").format(question=repr(qid)))
        if test is None:
            continue
        asked = test.question(qid)
        if asked is None:
            problems.append(translate("AnswerKeys", "the answer key scores {question}, which the "
                                      "test does not ask").format(question=repr(qid)))
            continue
        if not asked.is_choice:
            problems.append(translate("AnswerKeys", "{question} is a free-text question; an answer "
                                      "key can only score multiple-choice answers"
                                      ).format(question=repr(qid)))
            continue
        offered = {c.identifier for c in asked.choices}
        for option in question.options:
            unknown = [s for s in option.selections if s not in offered]
            if unknown:
                problems.append(translate(
                    "AnswerKeys", "the answer key gives {question} the choice(s) {choices}, "
                    "which it does not have").format(question=repr(qid),
                                                     choices=", ".join(repr(u) for u in unknown)))
            if asked.kind == "single" and len(option.selections) > 1:
                problems.append(translate(
                    "AnswerKeys", "{question} takes one choice, but an answer option needs {count}"
                ).format(question=repr(qid), count=len(option.selections)))
    mapping = key.mapping
    if isinstance(mapping, PercentageMapping) and mapping.maximum <= 0:
        problems.append(translate("AnswerKeys", "the percentage mapping needs a maximum summed "
                                  "score above 0"))
    if isinstance(mapping, RangeMapping):
        if not mapping.ranges:
            problems.append(translate("AnswerKeys", "the range mapping has no ranges"))
        ordered = sorted(mapping.ranges, key=lambda r: r.low)
        for one in ordered:
            if one.low > one.high:
                problems.append(translate("AnswerKeys", "the range {low} to {high} is empty"
                                          ).format(low=one.low, high=one.high))
        for before, after in itertools.pairwise(ordered):
            if after.low <= before.high:
                problems.append(translate(
                    "AnswerKeys", "the ranges {first} and {second} overlap"
                ).format(first=f"{before.low}-{before.high}", second=f"{after.low}-{after.high}"))
    return problems


def key_warnings(key: AnswerKey, test: QualificationTest, *, mapping_maximum: bool = True
                 ) -> list[str]:
    """What is allowed but probably not meant (e.g. a question nobody can score on).

    ``mapping_maximum=False`` leaves out the warning that a percentage is not of the points
    the answers can earn (an editor that recomputes the maximum has no use for it)."""
    warnings: list[str] = []
    scored = {q.question_id for q in key.questions}
    for question in test.questions:
        if question.is_choice and question.identifier not in scored:
            warnings.append(translate("AnswerKeys", "{question} is not in the answer key: it never "
                                      "counts").format(question=repr(question.identifier)))
    for scored_question in key.questions:
        if scored_question.best <= 0:
            warnings.append(translate("AnswerKeys", "no answer to {question} earns any points"
                                      ).format(question=repr(scored_question.question_id)))
    mapping = key.mapping
    if mapping_maximum and isinstance(mapping, PercentageMapping) \
            and mapping.maximum != key.maximum:
        warnings.append(translate(
            "AnswerKeys", "the percentage is of {points} points, but the answers can earn at "
            "most {most}").format(points=mapping.maximum, most=key.maximum))
    return warnings


# -- scoring ---------------------------------------------------------------------------------

def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def qualification_value(summed: int, mapping: ValueMapping | None) -> int:
    """The qualification value a summed score gives under a mapping."""
    if mapping is None:
        value = summed
    elif isinstance(mapping, PercentageMapping):
        value = _half_up(Decimal(summed) * 100 / Decimal(mapping.maximum))
    elif isinstance(mapping, ScaleMapping):
        value = _half_up(Decimal(summed) * Decimal(repr(mapping.multiplier)))
    else:
        value = next((r.value for r in mapping.ranges if r.low <= summed <= r.high),
                     mapping.out_of_range)
    return max(INT_MIN, min(INT_MAX, value))


def score(key: AnswerKey, answers: Sequence[Answer]) -> TestScore:
    """Score a worker's answers against the key, exactly as MTurk does."""
    picked: dict[str, set[str]] = {}
    for answer in answers:
        # Answers repeated for one question are pooled: sending several cannot try each.
        picked.setdefault(answer.question_id, set()).update(
            s.strip() for s in answer.selections)
    results = []
    for question in key.questions:
        chosen = picked.get(question.question_id, set())
        hit = next((o for o in question.options if set(o.selections) == chosen and chosen),
                   None)
        points = hit.score if hit is not None else (question.default_score or 0)
        results.append(QuestionScore(question.question_id, points, hit is not None,
                                     tuple(sorted(chosen)), question.best))
    summed = sum(r.score for r in results)
    return TestScore(summed, qualification_value(summed, key.mapping), key.maximum,
                     tuple(results))


def score_xml(key: AnswerKey, answers_xml: str) -> TestScore:
    """Score a QuestionFormAnswers document (worker input: parsed by the hardened parser)."""
    return score(key, parse_answers(answers_xml))
