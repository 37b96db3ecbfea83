"""A test as the test editor holds it: questions with points per choice, turned into XML.

The editor speaks in points: a single-choice question gives each choice its points (the right
one most, a nearly right one some); a multiple-choice question marks its correct choices and
gives points for picking exactly them, optionally with partial credit for picking only some of
them (and no wrong one). Here that becomes MTurk's QuestionForm and AnswerKey, and back.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from workbench.domain.text import translate
from workbench.formats.answer_keys import (
    AnswerKey,
    AnswerOption,
    PercentageMapping,
    QuestionKey,
    RangeMapping,
    ScaleMapping,
    ScoreRange,
    build_answer_key,
    key_problems,
    key_warnings,
)
from workbench.formats.qualification_tests import (
    Choice,
    QualificationTest,
    QuestionKind,
    TestQuestion,
    build_question_form,
    check_test,
)

MappingKind = Literal["percentage", "sum", "scale", "ranges"]
MAX_PARTIAL_CHOICES = 6  # 2^6 - 2 = 62 partial answer options: enough for any real question


@dataclass
class DraftChoice:
    identifier: str
    text: str
    points: int = 0  # single choice: what picking it earns
    correct: bool = False  # multiple choice: part of the right set


@dataclass
class DraftQuestion:
    """A question being edited."""

    identifier: str
    text: str = ""
    kind: QuestionKind = "single"
    choices: list[DraftChoice] = field(default_factory=list)
    required: bool = True
    formatted: bool = False
    points: int = 10  # multiple choice: for exactly the correct choices
    partial: bool = False  # multiple choice: credit for some of them
    default_score: int = 0  # any other answer (may be negative)

    def best(self) -> int:
        """The most this question can earn."""
        if self.kind == "single":
            return max([c.points for c in self.choices] + [self.default_score, 0])
        if self.kind == "multiple":
            return max(self.points, self.default_score, 0)
        return 0


@dataclass
class DraftTest:
    """A whole test being edited, with how its points become a qualification value."""

    title: str = ""
    instructions: str = ""
    questions: list[DraftQuestion] = field(default_factory=list)
    instructions_formatted: bool = False
    mapping: MappingKind = "percentage"
    multiplier: float = 1.0
    ranges: list[tuple[int, int, int]] = field(default_factory=list)
    out_of_range: int = 0
    score_automatically: bool = True  # send the key, or keep it here for reviewing by hand
    duration_s: int = 1800

    def maximum(self) -> int:
        return sum(q.best() for q in self.questions)

    def next_identifier(self) -> str:
        taken = {q.identifier for q in self.questions}
        return next(f"q{n}" for n in itertools.count(len(self.questions) + 1)
                    if f"q{n}" not in taken)


def new_question(draft: DraftTest, kind: QuestionKind = "single") -> DraftQuestion:
    """A fresh question with sensible choices, to be edited."""
    question = DraftQuestion(draft.next_identifier(), kind=kind)
    if kind != "free_text":
        question.choices = [DraftChoice("a", "", 10, True), DraftChoice("b", ""),
                            DraftChoice("c", "")]
    return question


def to_test(draft: DraftTest) -> QualificationTest:
    questions = tuple(
        TestQuestion(q.identifier.strip(), q.text, q.kind,
                     tuple(Choice(c.identifier.strip(), c.text) for c in q.choices)
                     if q.kind != "free_text" else (),
                     q.formatted, q.required)
        for q in draft.questions)
    return QualificationTest(draft.title, draft.instructions, questions,
                             draft.instructions_formatted)


def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _question_key(question: DraftQuestion) -> QuestionKey | None:
    options: list[AnswerOption] = []
    if question.kind == "single":
        options = [AnswerOption((c.identifier.strip(),), c.points)
                   for c in question.choices if c.points]
    elif question.kind == "multiple":
        correct = tuple(c.identifier.strip() for c in question.choices if c.correct)
        if correct:
            options.append(AnswerOption(correct, question.points))
            if question.partial and 1 < len(correct) <= MAX_PARTIAL_CHOICES:
                for size in range(len(correct) - 1, 0, -1):
                    share = _half_up(Decimal(question.points) * size / len(correct))
                    options += [AnswerOption(subset, share)
                                for subset in itertools.combinations(correct, size)]
    if not options:
        return None
    return QuestionKey(question.identifier.strip(), tuple(options),
                       question.default_score or None)


def to_key(draft: DraftTest) -> AnswerKey | None:
    """The answer key, or None when no question is scored."""
    questions = tuple(k for k in (_question_key(q) for q in draft.questions) if k is not None)
    if not questions:
        return None
    mapping: PercentageMapping | ScaleMapping | RangeMapping | None
    if draft.mapping == "percentage":
        mapping = PercentageMapping(max(1, AnswerKey(questions).maximum))
    elif draft.mapping == "scale":
        mapping = ScaleMapping(draft.multiplier)
    elif draft.mapping == "ranges":
        mapping = RangeMapping(tuple(ScoreRange(lo, hi, v) for lo, hi, v in draft.ranges),
                               draft.out_of_range)
    else:
        mapping = None
    return AnswerKey(questions, mapping)


@dataclass(frozen=True)
class DraftCheck:
    """What the editor shows under a draft: problems (no saving) and warnings."""

    problems: list[str]
    warnings: list[str]


def check_draft(draft: DraftTest) -> DraftCheck:
    """Everything wrong or odd about a draft, in words for the editor."""
    problems = list(check_test(to_test(draft)))
    warnings: list[str] = []
    if draft.duration_s < 60:
        problems.append(translate("TestDrafts", "give workers at least a minute for the test"))
    for question in draft.questions:
        if question.kind == "multiple":
            correct = [c for c in question.choices if c.correct]
            if not correct:
                warnings.append(translate(
                    "TestDrafts", "{question}: mark the correct choices, or it never counts"
                ).format(question=repr(question.identifier)))
            if question.partial and len(correct) > MAX_PARTIAL_CHOICES:
                warnings.append(translate(
                    "TestDrafts", "{question}: partial credit is given for up to {most} correct "
                    "choices").format(question=repr(question.identifier),
                                      most=MAX_PARTIAL_CHOICES))
        if question.kind == "free_text" and draft.score_automatically:
            warnings.append(translate(
                "TestDrafts", "{question} is free text: the answer key cannot score it; read the "
                "answers when you review requests").format(question=repr(question.identifier)))
    if draft.mapping == "scale" and draft.multiplier <= 0:
        problems.append(translate("TestDrafts", "the multiplier must be above 0"))
    if draft.mapping == "ranges" and not draft.ranges:
        problems.append(translate("TestDrafts", "add at least one range of points"))
    key = to_key(draft)
    test = to_test(draft)
    if key is None:
        if draft.questions and any(q.kind != "free_text" for q in draft.questions):
            warnings.append(translate(
                "TestDrafts", "no question earns points: there is no answer key, so you will "
                "review every request yourself"))
    elif not problems:
        problems += key_problems(key, test)
        warnings += key_warnings(key, test, mapping_maximum=False)
    return DraftCheck(problems, warnings)


def build(draft: DraftTest) -> tuple[str, str | None]:
    """(QuestionForm XML, AnswerKey XML or None); ValueError says why it cannot be built."""
    check = check_draft(draft)
    if check.problems:
        raise ValueError("; ".join(check.problems))
    key = to_key(draft)
    return build_question_form(to_test(draft)), build_answer_key(key) if key else None


def _options(key: QuestionKey | None) -> tuple[set[tuple[frozenset[str], int]], int]:
    if key is None:
        return set(), 0
    return {(frozenset(o.selections), o.score) for o in key.options}, key.default_score or 0


def from_xml(test: QualificationTest, key: AnswerKey | None) -> tuple[DraftTest, list[str]]:
    """A draft from a test and its key, and what of the key could not be shown exactly."""
    lost: list[str] = [translate("TestDrafts", "dropped {what}").format(what=d)
                       for d in test.dropped]
    draft = DraftTest(test.title, test.instructions, [], test.instructions_formatted)
    for asked in test.questions:
        question = DraftQuestion(asked.identifier, asked.text, asked.kind,
                                 [DraftChoice(c.identifier, c.text) for c in asked.choices],
                                 asked.required, asked.formatted)
        scored = key.question(asked.identifier) if key is not None else None
        if scored is not None:
            question.default_score = scored.default_score or 0
            by_id = {c.identifier: c for c in question.choices}
            if asked.kind == "single":
                for option in scored.options:
                    if len(option.selections) == 1 and option.selections[0] in by_id:
                        by_id[option.selections[0]].points = option.score
            elif scored.options:
                best = max(scored.options, key=lambda o: o.score)
                for selection in best.selections:
                    if selection in by_id:
                        by_id[selection].correct = True
                question.points = best.score
                question.partial = len(scored.options) > 1
            if _options(_question_key(question)) != _options(scored):
                lost.append(translate(
                    "TestDrafts", "{question}: its scoring was simplified to what the editor "
                    "shows").format(question=repr(asked.identifier)))
        draft.questions.append(question)
    if key is not None:
        mapping = key.mapping
        if isinstance(mapping, PercentageMapping):
            draft.mapping = "percentage"
            if mapping.maximum != key.maximum:
                lost.append(translate(
                    "TestDrafts", "the percentage was of {points} points; it is now of the "
                    "points the answers can earn").format(points=mapping.maximum))
        elif isinstance(mapping, ScaleMapping):
            draft.mapping, draft.multiplier = "scale", mapping.multiplier
        elif isinstance(mapping, RangeMapping):
            draft.mapping = "ranges"
            draft.ranges = [(r.low, r.high, r.value) for r in mapping.ranges]
            draft.out_of_range = mapping.out_of_range
        else:
            draft.mapping = "sum"
    return draft, lost
