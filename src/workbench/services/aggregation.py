"""Answer aggregation on numpy alone: majority vote, Dawid-Skene and one-coin Dawid-Skene.

Several workers answer the same task; these methods infer each task's most likely true
answer, and how sure that is, from all the answers at once. Dawid-Skene learns a confusion
matrix per worker, so a careful worker outvotes two spammers and an adversary's answers are
read back the right way round.

We used to call crowd-kit for this; its dependencies (transformers, pyarrow, scikit-learn,
scipy, pandas, nltk…) weighed 637 MiB for a hundred lines of EM. The algorithms here follow
crowd-kit 1.4's step for step so that its results are ours, and tests/aggregation checks them
against it (crowd-kit stays in the test extra as that oracle):

* the EM starts from the majority vote's probabilities, whose mean is the first prior;
* each iteration is an E-step, the priors as the mean of the task probabilities, an M-step,
  and the evidence lower bound per answer; EM stops when that bound gains less than
  ``tolerance``, or after ``max_iterations`` iterations;
* confusion entries are clipped to 1e-10 (only for answers a worker actually gave) before
  each worker's columns are normalised, priors are clipped to 1e-10;
* classes are ordered by first appearance in the input and ties go to the first class in
  that order, as crowd-kit does under pandas 3 (``idxmax`` over columns in that order).
  Probabilities within 1e-12 of the best count as tied, so that a tie stays a tie whatever
  order floating-point sums were taken in.

Everything in the EM is whole-array numpy (gathers and ``bincount`` group sums): no Python
loop over answers, tasks or classes. Nothing here is random; the same input gives the same
result.

References:

* A. P. Dawid and A. M. Skene, "Maximum Likelihood Estimation of Observer Error-Rates Using
  the EM Algorithm", Journal of the Royal Statistical Society, Series C (Applied
  Statistics) 28(1), 1979, 20–28. https://doi.org/10.2307/2346806
* Y. Zhang, X. Chen, D. Zhou and M. I. Jordan, "Spectral Methods Meet EM: A Provably Optimal
  Algorithm for Crowdsourcing", Journal of Machine Learning Research 17, 2016, 1–44 (the
  one-coin model). https://arxiv.org/abs/1406.3824

GLAD (Whitehill et al., 2009) and MACE (Hovy et al., 2013) are not here. The review does not
use them (its suggestions are the majority and Dawid-Skene), and neither could be checked
answer for answer against crowd-kit: GLAD's M-step is scipy's conjugate-gradient minimiser,
whose stopping points we would have to reproduce, and MACE draws its starting points from
scipy's random generators (it is deterministic only for one seed of one library).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IndexArray = npt.NDArray[np.intp]

TaskT = TypeVar("TaskT", bound=Hashable)
ValueT = TypeVar("ValueT", bound=Hashable)

MAJORITY_VOTE = "majority vote"
DAWID_SKENE = "Dawid-Skene"
ONE_COIN_DAWID_SKENE = "one-coin Dawid-Skene"
# crowd-kit's floor for probabilities and confusion entries (so that logarithms stay finite).
EPSILON = 1e-10
# Probabilities closer than this to the best one are tied with it.
TIE_TOLERANCE = 1e-12
MAX_ITERATIONS = 100
TOLERANCE = 1e-5


@dataclass(frozen=True, eq=False)
class Aggregation(Generic[TaskT]):
    """The answer probabilities of every task, and what the method learnt about the workers."""

    method: str
    # In order of first appearance in the answers.
    tasks: tuple[TaskT, ...]
    classes: tuple[str, ...]
    workers: tuple[Hashable, ...]
    # probabilities[t, c]: how likely task t's true answer is classes[c]; each row sums to 1.
    probabilities: FloatArray
    priors: FloatArray
    iterations: int
    converged: bool
    # Dawid-Skene: worker_errors[w, k, c] is how likely worker w answers classes[k] when the
    # truth is classes[c] (zero for answers w never gave).
    worker_errors: FloatArray | None = None
    # One-coin Dawid-Skene: how likely each worker's answer is the true one.
    worker_skills: FloatArray | None = None

    def best(self) -> IndexArray:
        """Each task's most likely class (ties: the first class in order)."""
        if not self.tasks:
            return np.zeros(0, dtype=np.intp)
        top = self.probabilities.max(axis=1, keepdims=True)
        return np.argmax(self.probabilities >= top - TIE_TOLERANCE, axis=1).astype(np.intp)

    def labels(self) -> dict[TaskT, tuple[str, float]]:
        """Each task's most likely answer and its probability."""
        best = self.best()
        confidence = self.probabilities[np.arange(len(best)), best]
        return {task: (self.classes[int(b)], float(p))
                for task, b, p in zip(self.tasks, best, confidence, strict=True)}


@dataclass(frozen=True)
class _Answers(Generic[TaskT]):
    """The answers as integer codes, with the groupings the EM sums over."""

    tasks: list[TaskT]
    workers: list[Hashable]
    classes: list[str]
    task: IndexArray
    worker: IndexArray
    label: IndexArray
    # The distinct (worker, answer) pairs: only these have confusion entries, as in crowd-kit.
    pair: IndexArray
    pair_worker: IndexArray
    pair_label: IndexArray
    # Where each (answer, class) cell lands in a flattened tasks × classes or pairs × classes
    # table: computed once, the EM's group sums are then single bincounts.
    task_cells: IndexArray
    pair_cells: IndexArray

    @property
    def size(self) -> int:
        return len(self.task)

    def sum_by_task(self, values: FloatArray) -> FloatArray:
        """Per-answer rows (answers × classes) summed per task."""
        return _cell_sums(self.task_cells, len(self.tasks), values)

    def sum_by_pair(self, values: FloatArray) -> FloatArray:
        """Per-answer rows (answers × classes) summed per (worker, answer) pair."""
        return _cell_sums(self.pair_cells, len(self.pair_worker), values)


def _factorize(values: Sequence[ValueT]) -> tuple[list[ValueT], IndexArray]:
    """The distinct values in order of first appearance, and each value's index among them."""
    distinct = list(dict.fromkeys(values))
    index = {value: number for number, value in enumerate(distinct)}
    return distinct, np.fromiter(map(index.__getitem__, values), dtype=np.intp,
                                 count=len(values))


def _cells(groups: IndexArray, k: int) -> IndexArray:
    cells: IndexArray = (groups[:, None] * k + np.arange(k)).ravel()
    return cells


def _cell_sums(cells: IndexArray, count: int, values: FloatArray) -> FloatArray:
    k = values.shape[1]
    summed = np.bincount(cells, weights=values.ravel(), minlength=count * k)
    return summed.reshape(count, k).astype(np.float64, copy=False)


def _encode(responses: Iterable[tuple[TaskT, Hashable, str]]) -> _Answers[TaskT]:
    rows = list(responses)
    if rows and set(map(len, rows)) != {3}:
        raise ValueError("each answer must be a (task, worker, label) triple")
    tasks, task = _factorize([row[0] for row in rows])
    workers, worker = _factorize([row[1] for row in rows])
    classes, label = _factorize([row[2] for row in rows])
    k = max(len(classes), 1)
    pairs, pair = np.unique(worker * k + label, return_inverse=True)
    pair = pair.astype(np.intp).reshape(-1)
    return _Answers(tasks, workers, classes, task, worker, label, pair,
                    (pairs // k).astype(np.intp), (pairs % k).astype(np.intp),
                    _cells(task, k), _cells(pair, k))


def _group_sum(groups: IndexArray, count: int, values: FloatArray) -> FloatArray:
    """Rows of ``values`` summed by group: out[g] = the sum of values[r] where groups[r] == g."""
    return _cell_sums(_cells(groups, values.shape[1]), count, values)


def _vote_shares(answers: _Answers[TaskT]) -> FloatArray:
    k = len(answers.classes)
    counts = np.bincount(answers.task * k + answers.label,
                         minlength=len(answers.tasks) * k).reshape(len(answers.tasks), k)
    shares: FloatArray = counts / counts.sum(axis=1, keepdims=True)
    return shares


def _empty(method: str) -> Aggregation[TaskT]:
    return Aggregation(method, (), (), (), np.zeros((0, 0)), np.zeros(0), 0, True)


def majority_vote(responses: Iterable[tuple[TaskT, Hashable, str]]) -> Aggregation[TaskT]:
    """Each task's answer as the share of its votes (crowd-kit's MajorityVote)."""
    answers = _encode(responses)
    if not answers.size:
        return _empty(MAJORITY_VOTE)
    shares = _vote_shares(answers)
    return Aggregation(MAJORITY_VOTE, tuple(answers.tasks), tuple(answers.classes),
                       tuple(answers.workers), shares, shares.mean(axis=0), 0, True)


def _pair_sums(answers: _Answers[TaskT], probabilities: FloatArray) -> FloatArray:
    """For each (worker, answer) pair, the summed probabilities of the true classes."""
    return answers.sum_by_pair(probabilities[answers.task])


def _confusions(answers: _Answers[TaskT], pair_sums: FloatArray) -> FloatArray:
    """Dawid-Skene's M-step: each worker's columns (true classes) normalised over answers."""
    clipped = np.maximum(pair_sums, EPSILON)
    per_worker = _group_sum(answers.pair_worker, len(answers.workers), clipped)
    errors: FloatArray = clipped / per_worker[answers.pair_worker]
    return errors


def _skills(answers: _Answers[TaskT], pair_sums: FloatArray) -> FloatArray:
    """One-coin M-step: each worker's mean probability that their answer is the true one."""
    agreeing = pair_sums[np.arange(len(answers.pair_label)), answers.pair_label]
    given = np.bincount(answers.worker, minlength=len(answers.workers))
    summed = np.bincount(answers.pair_worker, weights=agreeing, minlength=len(answers.workers))
    skills: FloatArray = summed / given
    return skills


def _one_coin_confusions(answers: _Answers[TaskT], skills: FloatArray) -> FloatArray:
    """Each (worker, answer) pair's row: the skill on the diagonal, the rest shared evenly."""
    k = len(answers.classes)
    skill = skills[answers.pair_worker][:, None]
    wrong = (1.0 - skill) / max(k - 1, 1)
    diagonal = answers.pair_label[:, None] == np.arange(k)
    errors: FloatArray = np.clip(np.where(diagonal, skill, wrong), EPSILON, 1.0 - EPSILON)
    return errors


def _posteriors(answers: _Answers[TaskT], priors: FloatArray, errors: FloatArray) -> FloatArray:
    """The E-step: each task's class probabilities given the priors and confusions."""
    log_errors = np.log2(errors)[answers.pair]
    log_likelihood = (np.log2(np.maximum(priors, EPSILON))
                      + answers.sum_by_task(log_errors))
    # Shifted so that each row's best is 2**0: products of many small probabilities underflow.
    scaled = np.exp2(log_likelihood - log_likelihood.max(axis=1, keepdims=True))
    posteriors: FloatArray = scaled / scaled.sum(axis=1, keepdims=True)
    return posteriors


def _lower_bound(answers: _Answers[TaskT], probabilities: FloatArray, priors: FloatArray,
                 errors: FloatArray, pair_sums: FloatArray) -> float:
    """The evidence lower bound per answer, as crowd-kit computes it (priors once per answer)."""
    joint = float((pair_sums * np.log(errors)).sum()
                  + (pair_sums.sum(axis=0) * np.log(np.maximum(priors, EPSILON))).sum())
    clipped = np.maximum(probabilities, EPSILON)
    entropy = -float((clipped * np.log(clipped)).sum())
    return (joint + entropy) / answers.size


def _check_bounds(max_iterations: int, tolerance: float) -> None:
    if max_iterations < 0:
        raise ValueError(f"max_iterations must be 0 or more, not {max_iterations}")
    if not np.isfinite(tolerance):
        raise ValueError(f"tolerance must be a finite number, not {tolerance}")


def dawid_skene(responses: Iterable[tuple[TaskT, Hashable, str]], *,
                max_iterations: int = MAX_ITERATIONS,
                tolerance: float = TOLERANCE) -> Aggregation[TaskT]:
    """Dawid-Skene by EM over per-worker confusion matrices (crowd-kit's DawidSkene)."""
    return _expectation_maximisation(DAWID_SKENE, responses, max_iterations, tolerance)


def one_coin_dawid_skene(responses: Iterable[tuple[TaskT, Hashable, str]], *,
                         max_iterations: int = MAX_ITERATIONS,
                         tolerance: float = TOLERANCE) -> Aggregation[TaskT]:
    """Dawid-Skene with one accuracy per worker (crowd-kit's OneCoinDawidSkene)."""
    return _expectation_maximisation(ONE_COIN_DAWID_SKENE, responses, max_iterations,
                                     tolerance)


def _expectation_maximisation(method: str, responses: Iterable[tuple[TaskT, Hashable, str]],
                              max_iterations: int, tolerance: float) -> Aggregation[TaskT]:
    _check_bounds(max_iterations, tolerance)
    answers = _encode(responses)
    if not answers.size:
        return _empty(method)
    one_coin = method == ONE_COIN_DAWID_SKENE

    def m_step(probabilities: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
        sums = _pair_sums(answers, probabilities)
        if one_coin:
            skills = _skills(answers, sums)
            return sums, _one_coin_confusions(answers, skills), skills
        return sums, _confusions(answers, sums), np.zeros(0)

    probabilities = _vote_shares(answers)
    priors: FloatArray = probabilities.mean(axis=0)
    _, errors, skills = m_step(probabilities)
    bound = -np.inf
    iterations = 0
    converged = False
    while iterations < max_iterations:
        iterations += 1
        probabilities = _posteriors(answers, priors, errors)
        priors = probabilities.mean(axis=0)
        sums, errors, skills = m_step(probabilities)
        new_bound = _lower_bound(answers, probabilities, priors, errors, sums)
        if new_bound - bound < tolerance:
            converged = True
            break
        bound = new_bound

    k = len(answers.classes)
    dense: FloatArray | None = None
    if not one_coin:
        dense = np.zeros((len(answers.workers), k, k))
        dense[answers.pair_worker, answers.pair_label] = errors
    return Aggregation(method, tuple(answers.tasks), tuple(answers.classes),
                       tuple(answers.workers), probabilities, priors, iterations, converged,
                       worker_errors=dense, worker_skills=skills if one_coin else None)
