"""Suggested answers: the majority per field, gold answers, and Dawid-Skene for a batch.

The majority vote is the export's own (``transfer.consensus.majority``): rejected work does
not vote, blank answers do not vote, a tie names every tied value.

Agreement is measured only over fields that carry answers, each by what it holds (decided
over its whole batch, see ``field_kind``): a choice among a few values by the share of the
majority; a short answer workers often give alike (a word, a number, a name) by the share
giving the same text once case, spacing and outer punctuation are set aside. Descriptions
and comments are not compared: two good captions rarely match word for word, and an
exact-match share near zero would put every such HIT first in "disagreement first". A field
that is the same for everyone (a form's submit button, a hidden field) carries no answer and
is not compared either: counting it made every HIT look unanimous. A HIT with nothing to
compare has no agreement (shown as "—"), never 100 %.

What the queue sorts by and what a worker's agreement is computed from is kept in the store
(``review_hits``, ``review_consensus``) and recomputed for a HIT when its assignment counts
change, so "disagreement first" and "agreement with consensus" are plain SQL.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, case, cast, delete, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.statuses import AssignmentStatus
from workbench.domain.text import translate
from workbench.formats.template_scan import choice_answer_keys
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.transfer.consensus import (
    BOOLEAN_VALUES,
    ConsensusFields,
    FieldConsensus,
    is_submit_button,
    majority,
    normalised_text,
)
from workbench.store.schema import (
    HIT,
    AnswerField,
    Assignment,
    Batch,
    BatchRow,
    ConsensusAnswer,
    GoldMapping,
    ReviewHit,
)

MAJORITY = "majority"
GOLD = "gold"
# Stored rows of short-text fields (their normalised majority) and of constant fields.
TEXT = "text"
CONSTANT = "constant"
# What a field holds, as the review compares it.
CHOICE = "choice"          # a few values (radio buttons, labels): the majority's share
SHORT_TEXT = "short_text"  # short answers often given alike: the same text's share
FREE_TEXT = "free_text"    # descriptions and comments: not compared
SAME_FOR_ALL = "constant"  # a submit button, a hidden field: not an answer, not compared
COMPARED = (CHOICE, SHORT_TEXT)
# A field with more distinct values than this across its batch is free text, not a choice.
CATEGORICAL_MAX_VALUES = 12
# Answers up to this long are short; a field is short when nearly all its answers are.
SHORT_TEXT_CHARS = 40
SHORT_SHARE = 0.9
# One value across this many HITs is a constant of the form, not a unanimous answer.
CONSTANT_MIN_HITS = 3
REFRESH_CHUNK = 400
# Dawid-Skene needs workers seen on several tasks: below this, majority vote only.
DAWID_SKENE_MIN_TASKS = 20
DAWID_SKENE_MIN_WORKERS = 3
GOLD_WORDS = ("gold", "expected", "correct", "truth", "answer_key", "answerkey", "key")
REJECTED = AssignmentStatus.REJECTED.value


def is_categorical(distinct: int, answers: int) -> bool:
    """Whether a field's answers look like choices among a few values (not free text)."""
    return 0 < distinct <= CATEGORICAL_MAX_VALUES and distinct <= max(2, answers // 2)


def field_votes(answers: Iterable[tuple[str, str]]) -> Counter[str]:
    """The votes of (status, value) pairs: rejected work and blank answers do not vote."""
    votes: Counter[str] = Counter()
    for status, value in answers:
        text = value.strip()
        if status != REJECTED and text:
            votes[text] += 1
    return votes


def is_tie(found: FieldConsensus | None, votes: Counter[str]) -> bool:
    if found is None:
        return False
    top = max(votes.values())
    return sum(1 for count in votes.values() if count == top) > 1


def same_answer(answer: str, expected: str) -> bool:
    """Gold answers compare without regard to case or surrounding space."""
    return answer.strip().casefold() == expected.strip().casefold()


# -- gold mappings -----------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldChoice:
    """The input column holding the expected answer of an answer field, for one batch."""

    input_column: str | None
    answer_field: str | None
    # True when a reviewer chose it; False when it is only suggested from the names.
    chosen: bool
    chosen_by: str = ""

    @property
    def active(self) -> bool:
        return bool(self.input_column and self.answer_field)

    def describe(self) -> str:
        if not self.active:
            if self.chosen:
                return translate("ConsensusService", "No gold items")
            return translate("ConsensusService", "No gold items found")
        if self.chosen:
            text = translate("ConsensusService", "Gold: input {column} is the expected {field} "
                             "(chosen by {who})")
        else:
            text = translate("ConsensusService", "Gold: input {column} is the expected {field} "
                             "(suggested from the names)")
        return text.format(column=self.input_column, field=self.answer_field,
                           who=self.chosen_by)


def _gold_token(column: str) -> str | None:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", column)  # GoldLabel -> Gold_Label
    words = [w for w in re.split(r"[^a-z0-9]+", spaced.casefold()) if w]
    if not any(w in GOLD_WORDS for w in words):
        return None
    rest = [w for w in words if w not in GOLD_WORDS]
    return "_".join(rest)


def suggest_gold_mapping(input_columns: Sequence[str], answer_fields: Sequence[str]
                         ) -> tuple[str, str] | None:
    """(input column, answer field) when names say so, e.g. gold_sentiment -> sentiment.label."""
    for column in input_columns:
        token = _gold_token(column)
        if token is None:
            continue
        for name in answer_fields:
            folded = name.casefold()
            if token and (folded == token or folded.startswith(token + ".")
                          or folded.split(".")[-1] == token):
                return column, name
        if len(answer_fields) == 1:
            return column, answer_fields[0]
    return None


def batch_answer_fields(session: Session, batch_id: int) -> list[str]:
    """The answer field names given in a batch, in the order they were first stored."""
    rows = session.execute(
        select(AnswerField.name, func.min(AnswerField.id))
        .join(Assignment, Assignment.id == AnswerField.assignment_pk)
        .join(HIT, HIT.id == Assignment.hit_pk)
        .where(HIT.batch_id == batch_id).group_by(AnswerField.name)).all()
    return [name for name, _ in sorted(rows, key=lambda r: r[1])]


def _gold_choice(session: Session, batch_id: int) -> GoldChoice:
    saved = session.get(GoldMapping, batch_id)
    if saved is not None:
        return GoldChoice(saved.input_column, saved.answer_field, True, saved.chosen_by)
    batch = session.get(Batch, batch_id)
    columns = [str(c) for c in (batch.input_columns if batch else [])]
    found = suggest_gold_mapping(columns, batch_answer_fields(session, batch_id)) \
        if columns else None
    return GoldChoice(found[0], found[1], False) if found else GoldChoice(None, None, False)


def gold_choice(wb: Workbench, batch_id: int) -> GoldChoice:
    """The batch's gold mapping: the one a reviewer chose, else one suggested by the names."""
    with wb.store.read() as session:
        return _gold_choice(session, batch_id)


def set_gold_mapping(wb: Workbench, batch_id: int, input_column: str | None,
                     answer_field: str | None) -> GoldChoice:
    """Choose (or, with None, turn off) a batch's gold mapping; its HITs are recomputed."""
    if bool(input_column) != bool(answer_field):
        raise ValueError(translate("ConsensusService",
                                   "choose both an input column and an answer field, or neither"))
    with wb.store.session(write=True) as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise ValueError(translate("ConsensusService", "no batch {batch}"
                                       ).format(batch=batch_id))
        if input_column and input_column not in [str(c) for c in batch.input_columns]:
            raise ValueError(translate("ConsensusService", "batch {batch} has no input column "
                                       "{column}").format(batch=batch.name,
                                                          column=repr(input_column)))
        if answer_field and answer_field not in batch_answer_fields(session, batch_id):
            raise ValueError(translate("ConsensusService", "no answer in batch {batch} has a "
                                       "field {field}").format(batch=batch.name,
                                                               field=repr(answer_field)))
        saved = session.get(GoldMapping, batch_id)
        if saved is None:
            saved = GoldMapping(batch_id=batch_id, chosen_at=wb.clock())
            session.add(saved)
        saved.input_column = input_column or None
        saved.answer_field = answer_field or None
        saved.chosen_by = wb.actor
        saved.chosen_at = wb.clock()
        # The batch's gold rows change: recompute its HITs at the next refresh.
        session.execute(delete(ReviewHit).where(ReviewHit.hit_pk.in_(
            select(HIT.id).where(HIT.batch_id == batch_id))))
        record(session, actor=wb.actor, event="review.gold_mapping", subject=batch.name,
               account_id=batch.account_id, input_column=input_column,
               answer_field=answer_field)
        return GoldChoice(saved.input_column, saved.answer_field, True, wb.actor)


# -- the stored consensus ----------------------------------------------------------------------

def hit_basis(submitted: int, approved: int, rejected: int) -> str:
    return f"{submitted}/{approved}/{rejected}"


def _basis_expression() -> Any:
    return (cast(HIT.submitted_count, String) + "/" + cast(HIT.approved_count, String) + "/"
            + cast(HIT.rejected_count, String))


def _group_key(batch_id: int | None, hit_type_id: str) -> tuple[str, Any]:
    return ("batch", batch_id) if batch_id is not None else ("type", hit_type_id)


@dataclass(frozen=True)
class FieldStats:
    """One answer field over its batch: non-blank answers by work that was not rejected."""

    name: str
    distinct: int  # distinct values, ignoring case and outer spaces
    answers: int
    hits: int  # HITs with an answer to it
    short: int  # answers of at most SHORT_TEXT_CHARS characters


def field_kind(stats: FieldStats) -> str:
    """How the review compares a field: CHOICE, SHORT_TEXT, FREE_TEXT or SAME_FOR_ALL."""
    if is_submit_button(stats.name):
        return SAME_FOR_ALL
    if stats.answers <= 0:
        return FREE_TEXT
    if stats.distinct == 1 and stats.hits >= CONSTANT_MIN_HITS:
        return SAME_FOR_ALL
    short = stats.short >= SHORT_SHARE * stats.answers
    if short and is_categorical(stats.distinct, stats.answers):
        return CHOICE
    if short and stats.distinct <= stats.answers // 2:
        return SHORT_TEXT
    return FREE_TEXT


@dataclass(frozen=True)
class BatchFields:
    """How each answer field of a batch (or of a HIT type without one) is compared."""

    kinds: Mapping[str, str]
    # Fields that only ever hold true or false: checkbox and radio options, folded by group.
    boolean: frozenset[str] = frozenset()

    @classmethod
    def of(cls, kinds: Mapping[str, str], boolean: Iterable[str] = ()) -> BatchFields:
        return cls(dict(kinds), frozenset(boolean))

    def kind(self, name: str) -> str:
        return SAME_FOR_ALL if is_submit_button(name) else self.kinds.get(name, FREE_TEXT)

    def group_kind(self, members: Sequence[str]) -> str:
        """An option group is a choice unless none of its options ever changes."""
        kinds = {self.kind(m) for m in members}
        return SAME_FOR_ALL if kinds == {SAME_FOR_ALL} else CHOICE


def _batch_fields(session: Session, account_id: int, key: tuple[str, Any]) -> BatchFields:
    kind, value = key
    text = func.lower(func.trim(AnswerField.value))
    query = (select(AnswerField.name, func.count(func.distinct(text)), func.count(),
                    func.count(func.distinct(Assignment.hit_pk)),
                    func.sum(case((func.length(AnswerField.value) <= SHORT_TEXT_CHARS, 1),
                                  else_=0)),
                    func.sum(case((AnswerField.value.in_(BOOLEAN_VALUES), 0), else_=1)))
             .join(Assignment, Assignment.id == AnswerField.assignment_pk)
             .join(HIT, HIT.id == Assignment.hit_pk)
             .where(HIT.account_id == account_id, Assignment.status != REJECTED,
                    AnswerField.value != "")
             .group_by(AnswerField.name))
    query = query.where(HIT.batch_id == value) if kind == "batch" else query.where(
        HIT.batch_id.is_(None), HIT.hit_type_id == value)
    kinds: dict[str, str] = {}
    boolean: set[str] = set()
    for name, distinct, answers, hits, short, not_boolean in session.execute(query):
        kinds[name] = field_kind(FieldStats(name, int(distinct), int(answers), int(hits),
                                            int(short or 0)))
        if not int(not_boolean or 0):
            boolean.add(name)
    if kind == "batch":
        # A field the batch's own page offers as a choice is one, even in a batch too small
        # for its answers to show it (three workers, three different options).
        template = session.scalar(select(Batch.template_html).where(Batch.id == value))
        for name in choice_answer_keys(template or "") & kinds.keys():
            if kinds[name] in (SHORT_TEXT, FREE_TEXT):
                kinds[name] = CHOICE
    return BatchFields.of(kinds, boolean)


@dataclass(frozen=True)
class _Computed:
    hit_pk: int
    basis: str
    agreement: float | None
    rows: list[dict[str, Any]]


def _vote_row(hit_pk: int, name: str, method: str, votes: Counter[str]
              ) -> tuple[dict[str, Any], float | None] | None:
    """The stored row of a field's majority, and its share when two or more voted."""
    found = majority(votes)
    if found is None:
        return None
    tied = is_tie(found, votes)
    top = max(votes.values())
    return ({"hit_pk": hit_pk, "name": name, "method": method, "value": found.value,
             "votes": found.votes, "agreeing": 0 if tied else top, "tied": tied},
            top / found.votes if found.votes >= 2 else None)


def compute_hit(hit_pk: int, basis: str, answers: Sequence[tuple[int, str, str, str]],
                fields: BatchFields, gold: tuple[str, str] | None) -> _Computed:
    """One HIT's suggested answers from its (assignment, status, field, value) answers.

    Choice fields (each checkbox or radio option too, for the workers' agreement) get their
    majority; option groups their majority of the options ticked; short-text fields the
    majority of their normalised text; constant fields a row saying so. The HIT's agreement
    is the smallest majority share among its compared fields, options folded by group.
    """
    by_field: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_assignment: dict[int, tuple[str, dict[str, str]]] = {}
    for assignment, status, name, value in answers:
        by_field[name].append((status, value))
        by_assignment.setdefault(assignment, (status, {}))[1][name] = value
    folding = ConsensusFields(sorted(by_field), fields.boolean & set(by_field))
    rows: list[dict[str, Any]] = []
    shares: list[float] = []

    def add(found: tuple[dict[str, Any], float | None] | None, compared: bool) -> None:
        if found is None:
            return
        row, share = found
        rows.append(row)
        if compared and share is not None:
            shares.append(share)

    for name in sorted(by_field):
        kind = fields.kind(name)
        grouped = any(name in members for members in folding.groups.values())
        if kind == CHOICE:
            add(_vote_row(hit_pk, name, MAJORITY, field_votes(by_field[name])), not grouped)
        elif kind == SHORT_TEXT:
            add(_vote_row(hit_pk, name, TEXT, field_votes(
                (status, normalised_text(value)) for status, value in by_field[name])), True)
        elif kind == SAME_FOR_ALL and not grouped:
            add(_vote_row(hit_pk, name, CONSTANT, field_votes(by_field[name])), False)
    for prefix, members in sorted(folding.groups.items()):
        votes: Counter[str] = Counter()
        for status, answered in by_assignment.values():
            vote = folding.votes({m: answered[m] for m in members if m in answered}).get(prefix)
            if status != REJECTED and vote:
                votes[vote] += 1
        kind = fields.group_kind(members)
        add(_vote_row(hit_pk, prefix, MAJORITY if kind == CHOICE else CONSTANT, votes),
            kind == CHOICE)
    if gold is not None:
        name, expected = gold
        given = [value for _, value in by_field.get(name, []) if value.strip()]
        rows.append({"hit_pk": hit_pk, "name": name, "method": GOLD, "value": expected,
                     "votes": len(given),
                     "agreeing": sum(1 for v in given if same_answer(v, expected)),
                     "tied": False})
    return _Computed(hit_pk, basis, min(shares) if shares else None, rows)


def refresh_consensus(wb: Workbench, account_id: int, *, batch_id: int | None = None,
                      hit_pks: Sequence[int] | None = None) -> int:
    """Recompute the stored consensus of HITs whose work changed; returns how many."""
    with wb.store.read() as session:
        query = (select(HIT.id, HIT.batch_id, HIT.hit_type_id, HIT.batch_row_id,
                        _basis_expression())
                 .outerjoin(ReviewHit, ReviewHit.hit_pk == HIT.id)
                 .where(HIT.account_id == account_id,
                        HIT.submitted_count + HIT.approved_count + HIT.rejected_count > 0,
                        or_(ReviewHit.hit_pk.is_(None),
                            ReviewHit.basis != _basis_expression())))
        if batch_id is not None:
            query = query.where(HIT.batch_id == batch_id)
        if hit_pks is not None:
            query = query.where(HIT.id.in_(list(hit_pks)))
        stale = session.execute(query).all()
    if not stale:
        return 0
    groups: dict[tuple[str, Any], list[Any]] = defaultdict(list)
    for row in stale:
        groups[_group_key(row[1], row[2])].append(row)
    for key, rows in groups.items():
        with wb.store.read() as session:
            fields = _batch_fields(session, account_id, key)
            gold = _gold_choice(session, key[1]) if key[0] == "batch" else None
        for start in range(0, len(rows), REFRESH_CHUNK):
            _refresh_chunk(wb, rows[start:start + REFRESH_CHUNK], fields, gold)
    return len(stale)


def _refresh_chunk(wb: Workbench, rows: Sequence[Any], fields: BatchFields,
                   gold: GoldChoice | None) -> None:
    pks = [int(r[0]) for r in rows]
    answers: dict[int, list[tuple[int, str, str, str]]] = defaultdict(list)
    expected: dict[int, str] = {}
    with wb.store.read() as session:
        for hit_pk, assignment, status, name, value in session.execute(
                select(Assignment.hit_pk, Assignment.id, Assignment.status, AnswerField.name,
                       AnswerField.value)
                .join(AnswerField, AnswerField.assignment_pk == Assignment.id)
                .where(Assignment.hit_pk.in_(pks))):
            answers[int(hit_pk)].append((int(assignment), status, name, value))
        if gold is not None and gold.active:
            row_ids = {int(r[3]): int(r[0]) for r in rows if r[3] is not None}
            for row_id, values in session.execute(select(BatchRow.id, BatchRow.values)
                                                  .where(BatchRow.id.in_(list(row_ids)))):
                text = str((values or {}).get(gold.input_column, "") or "").strip()
                if text:
                    expected[row_ids[int(row_id)]] = text
    computed = []
    for row in rows:
        pk = int(row[0])
        gold_pair = (str(gold.answer_field), expected[pk]) if (
            gold is not None and gold.active and pk in expected) else None
        computed.append(compute_hit(pk, str(row[4]), answers.get(pk, []), fields, gold_pair))
    now = wb.clock()
    try:
        with wb.store.session(write=True) as session:
            session.execute(delete(ConsensusAnswer).where(ConsensusAnswer.hit_pk.in_(pks)))
            session.execute(delete(ReviewHit).where(ReviewHit.hit_pk.in_(pks)))
            session.add_all(ReviewHit(hit_pk=c.hit_pk, basis=c.basis, agreement=c.agreement,
                                      computed_at=now) for c in computed)
            consensus_rows = [r for c in computed for r in c.rows]
            if consensus_rows:
                session.execute(insert(ConsensusAnswer), consensus_rows)
    except IntegrityError:
        # Another reviewer sharing the store recomputed these HITs at the same moment.
        pass


# -- Dawid-Skene ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class DawidSkeneLabels:
    """Dawid-Skene's answer per HIT for one field of a batch, with its probability."""

    batch_id: int
    field: str
    labels: dict[int, tuple[str, float]]
    tasks: int
    workers: int


def dawid_skene_input(wb: Workbench, batch_id: int, field: str
                      ) -> list[tuple[int, str, str]]:
    """(HIT, worker, answer) for a field of a batch; rejected work and blanks left out."""
    with wb.store.read() as session:
        return [(int(h), str(w), str(v).strip()) for h, w, v in session.execute(
            select(Assignment.hit_pk, Assignment.worker_id, AnswerField.value)
            .join(AnswerField, AnswerField.assignment_pk == Assignment.id)
            .join(HIT, HIT.id == Assignment.hit_pk)
            .where(HIT.batch_id == batch_id, AnswerField.name == field,
                   Assignment.status != REJECTED, AnswerField.value != ""))
            if str(v).strip()]


def enough_overlap(votes: Sequence[tuple[int, str, str]]) -> bool:
    """Whether workers overlap enough for Dawid-Skene to learn anything about them."""
    per_task = Counter(task for task, _, _ in votes)
    shared = sum(1 for n in per_task.values() if n >= 2)
    return (shared >= DAWID_SKENE_MIN_TASKS
            and len({worker for _, worker, _ in votes}) >= DAWID_SKENE_MIN_WORKERS)


def dawid_skene(batch_id: int, field: str, votes: Sequence[tuple[int, str, str]]
                ) -> DawidSkeneLabels | None:
    """Dawid-Skene over a batch's answers to one field; None without enough overlap."""
    if not enough_overlap(votes):
        return None
    # Imported here: numpy is only needed once Dawid-Skene runs (the command line never does).
    from workbench.services import aggregation

    # Sorted: a tie goes to the class seen first, which must not depend on the query's order.
    labels = aggregation.dawid_skene(sorted(votes), max_iterations=100, tolerance=1e-5).labels()
    return DawidSkeneLabels(batch_id, field, labels, len(labels),
                            len({worker for _, worker, _ in votes}))


class DawidSkeneCache:
    """Dawid-Skene results per batch and field, kept until the batch's answers change."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._results: dict[tuple[int, str], tuple[int, DawidSkeneLabels | None]] = {}

    def cached(self, batch_id: int, field: str) -> DawidSkeneLabels | None:
        with self._lock:
            found = self._results.get((batch_id, field))
        return found[1] if found else None

    def compute(self, wb: Workbench, batch_id: int, fields: Sequence[str]
                ) -> dict[str, DawidSkeneLabels | None]:
        """Results for these fields, computed again only where the answers changed."""
        out: dict[str, DawidSkeneLabels | None] = {}
        for field in fields:
            votes = dawid_skene_input(wb, batch_id, field)
            fingerprint = hash(tuple(votes))
            with self._lock:
                found = self._results.get((batch_id, field))
            if found is not None and found[0] == fingerprint:
                out[field] = found[1]
                continue
            result = dawid_skene(batch_id, field, votes)
            with self._lock:
                self._results[(batch_id, field)] = (fingerprint, result)
            out[field] = result
        return out


def hit_suggestions(answers: Mapping[str, Sequence[tuple[str, str]]]
                    ) -> dict[str, FieldConsensus]:
    """The majority of each field of one HIT from its (status, value) answers."""
    out = {}
    for name, pairs in answers.items():
        found = majority(field_votes(pairs))
        if found is not None:
            out[name] = found
    return out
