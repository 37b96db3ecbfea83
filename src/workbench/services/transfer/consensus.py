"""The consensus answer per HIT: a plain majority vote per field, with its agreement.

Checkbox and radio answers arrive as one true/false field per option
(``Answer.age.option_3``); such a group votes as one field, whose value is the options
ticked (``option_3``), so that "which option" has a majority rather than each option alone.
A form's submit button is no answer: classic templates send its caption ("Submit") as a
field, the same in every row, and it never votes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

NONE_TICKED = "(none)"
TIE_JOIN = " / "
TICKED_JOIN = "|"
# The values of a checkbox or radio option's field.
BOOLEAN_VALUES = ("true", "false")
# The words a submit button's field name is made of ("submit", "submitButton", "btn_submit").
_BUTTON_WORDS = frozenset({"submit", "button", "btn", "value", "form", "hit", "task"})
_PUNCTUATION = " \t.,;:!?\"'“”„«»()[]"


def name_words(name: str) -> list[str]:
    """A field name's words: "btnSubmit" -> ["btn", "submit"], "age.option_3" -> [...]."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return [w for w in re.split(r"[^a-z0-9]+", spaced.casefold()) if w]


def is_submit_button(name: str) -> bool:
    """Whether an answer field is a form's submit button, whose value is only its caption."""
    words = name_words(name)
    return "submit" in words and set(words) <= _BUTTON_WORDS


def normalised_text(value: str) -> str:
    """A short free-text answer as compared with others: case, spacing and outer
    punctuation do not count ("Paris." and " paris" are the same answer)."""
    return " ".join(value.casefold().split()).strip(_PUNCTUATION)


@dataclass(frozen=True)
class FieldConsensus:
    """The majority value of one field (tied values joined), and the share that gave it."""

    value: str
    agreement: float
    votes: int


def majority(votes: Counter[str]) -> FieldConsensus | None:
    """The most common value and its share of the votes; a tie names every tied value."""
    total = sum(votes.values())
    if not total:
        return None
    top = max(votes.values())
    winners = sorted(value for value, count in votes.items() if count == top)
    return FieldConsensus(TIE_JOIN.join(winners), top / total, total)


class ConsensusFields:
    """Which answer fields vote, with option groups folded into one field each.

    A submit button's field never votes; ``with_buttons`` keeps it among the columns (the
    review shows it, marked as no answer).
    """

    def __init__(self, fields: Sequence[str], boolean_fields: frozenset[str], *,
                 with_buttons: bool = False) -> None:
        groups: dict[str, list[str]] = {}
        if not with_buttons:
            fields = [name for name in fields if not is_submit_button(name)]
        for name in fields:
            if name in boolean_fields and "." in name:
                groups.setdefault(name.rsplit(".", 1)[0], []).append(name)
        plain = set(fields)
        self.groups = {prefix: members for prefix, members in groups.items()
                       if len(members) >= 2 and prefix not in plain}
        grouped = {member for members in self.groups.values() for member in members}
        self._grouped = frozenset(grouped)
        self.columns: list[str] = []
        for name in fields:
            if name in grouped:
                prefix = name.rsplit(".", 1)[0]
                if prefix not in self.columns:
                    self.columns.append(prefix)
            else:
                self.columns.append(name)

    def votes(self, answers: Mapping[str, str]) -> dict[str, str]:
        """One assignment's vote per field; blank answers do not vote."""
        votes: dict[str, str] = {}
        grouped = self._grouped
        for name, value in answers.items():
            if name in grouped or is_submit_button(name):
                continue
            text = value.strip()
            if text:
                votes[name] = text
        for prefix, members in self.groups.items():
            present = [m for m in members if m in answers]
            if not present or all(not answers[m].strip() for m in present):
                continue
            ticked = [m.rsplit(".", 1)[1] for m in present if answers[m].strip() == "true"]
            votes[prefix] = TICKED_JOIN.join(ticked) if ticked else NONE_TICKED
        return votes


class HitTally:
    """The votes cast on one HIT so far.

    An export tallies every field of every HIT: votes are kept as plain lists (a HIT has a
    handful), and the usual case, everyone agreeing, is settled without counting.
    """

    def __init__(self, fields: ConsensusFields) -> None:
        self.fields = fields
        self.assignments = 0
        self._votes: dict[str, list[str]] = {}

    def add(self, answers: Mapping[str, str]) -> None:
        self.assignments += 1
        tally = self._votes
        for name, value in self.fields.votes(answers).items():
            cast = tally.get(name)
            if cast is None:
                tally[name] = [value]
            else:
                cast.append(value)

    def result(self) -> dict[str, FieldConsensus]:
        out = {}
        for name, cast in self._votes.items():
            first = cast[0]
            if cast.count(first) == len(cast):
                out[name] = FieldConsensus(first, 1.0, len(cast))
            else:
                found = majority(Counter(cast))
                if found is not None:
                    out[name] = found
        return out
