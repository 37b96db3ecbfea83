"""crowd-kit as the oracle for services/aggregation.py, and seeded crowds to feed both.

Tolerances (why they are not zero): crowd-kit sums with pandas' compensated group sums, we
with ``numpy.bincount``, so the two differ in the last bits; and crowd-kit clips its returned
probabilities to 1e-10 in place (its lower bound does), ours are left summing to 1. So
probabilities, priors, confusion matrices and skills must agree within ``ATOL`` (1e-9,
absolute); labels must be equal, except where crowd-kit's own best and runner-up are within
``TIE`` (1e-9) of each other: a tie, where ours must be the first tied class in order (which
is crowd-kit's rule for exact ties) and crowd-kit's one of the tied classes.
"""

from __future__ import annotations

import warnings
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from crowdkit.aggregation import DawidSkene, MajorityVote, OneCoinDawidSkene

from workbench.services import aggregation
from workbench.services.aggregation import Aggregation

ATOL = 1e-9
TIE = 1e-9

Response = tuple[Hashable, Hashable, str]

OURS = {
    "mv": aggregation.majority_vote,
    "ds": aggregation.dawid_skene,
    "oc": aggregation.one_coin_dawid_skene,
}


def theirs(method: str, responses: Sequence[Response], max_iterations: int = 100,
           tolerance: float = 1e-5) -> Any:
    """crowd-kit's model of that method, fitted to the same answers in the same order."""
    frame = pd.DataFrame(list(responses), columns=["task", "worker", "label"])
    with warnings.catch_warnings():
        # crowd-kit trails pandas' deprecations; its warnings are not ours to act on.
        warnings.simplefilter("ignore")
        if method == "mv":
            return MajorityVote().fit(frame)
        if method == "ds":
            return DawidSkene(n_iter=max_iterations, tol=tolerance).fit(frame)
        return OneCoinDawidSkene(n_iter=max_iterations, tol=tolerance).fit(frame)


@dataclass
class Comparison:
    """How ours and crowd-kit's results compare on one label table."""

    tasks: int
    ties: int = 0
    max_difference: float = 0.0
    label_mismatches: list[Hashable] = field(default_factory=list)


def compare(method: str, responses: Sequence[Response], *, max_iterations: int = 100,
            tolerance: float = 1e-5) -> tuple[Aggregation[Any], Comparison]:
    """Run both on the answers and assert they agree (see the module's tolerances)."""
    ours: Aggregation[Any]
    if method == "mv":
        ours = aggregation.majority_vote(responses)
    else:
        ours = OURS[method](responses, max_iterations=max_iterations,  # type: ignore[operator]
                            tolerance=tolerance)
    model = theirs(method, responses, max_iterations, tolerance)
    assert_no_nan(ours)
    found = Comparison(len(ours.tasks))
    if not responses:
        assert ours.tasks == () and model.probas_.empty and ours.labels() == {}
        return ours, found
    probas = model.probas_
    assert set(probas.index) == set(ours.tasks)
    assert set(probas.columns) == set(ours.classes)
    expected = probas.reindex(index=list(ours.tasks), columns=list(ours.classes)).to_numpy(
        dtype=float)
    found.max_difference = float(np.abs(expected - ours.probabilities).max())
    assert found.max_difference <= ATOL, (method, found.max_difference)
    np.testing.assert_allclose(ours.priors, model.priors_.reindex(list(ours.classes))
                               .to_numpy(dtype=float) if method != "mv"
                               else expected.mean(axis=0), rtol=0, atol=ATOL)
    labels = ours.labels()
    position = {c: i for i, c in enumerate(ours.classes)}
    for row, task in enumerate(ours.tasks):
        label, confidence = labels[task]
        their_label = model.labels_[task]
        top = expected[row].max()
        tied = [c for c, p in zip(ours.classes, expected[row], strict=True) if p >= top - TIE]
        if len(tied) > 1:
            found.ties += 1
            assert label == min(tied, key=position.__getitem__), (task, label, tied)
            assert their_label in tied
        elif label != their_label:
            found.label_mismatches.append(task)
        assert abs(confidence - expected[row, position[label]]) <= ATOL
    assert not found.label_mismatches, found.label_mismatches[:10]
    if method != "mv":
        assert ours.iterations == len(model.loss_history_)
        assert ours.converged == (len(model.loss_history_) < max_iterations or (
            len(model.loss_history_) >= 2
            and model.loss_history_[-1] - model.loss_history_[-2] < tolerance))
    if method == "ds":
        assert ours.worker_errors is not None
        errors = model.errors_
        workers = {w: i for i, w in enumerate(ours.workers)}
        dense = np.zeros_like(ours.worker_errors)
        for (worker, given), row_values in errors.iterrows():
            dense[workers[worker], position[given]] = row_values.reindex(
                list(ours.classes)).to_numpy(dtype=float)
        np.testing.assert_allclose(ours.worker_errors, dense, rtol=0, atol=ATOL)
    if method == "oc":
        assert ours.worker_skills is not None
        np.testing.assert_allclose(
            ours.worker_skills, model.skills_.reindex(list(ours.workers)).to_numpy(dtype=float),
            rtol=0, atol=ATOL)
    return ours, found


def assert_no_nan(result: Aggregation[Any]) -> None:
    """Every number finite, every probability in [0, 1] and every row summing to 1."""
    arrays = [result.probabilities, result.priors]
    arrays += [a for a in (result.worker_errors, result.worker_skills) if a is not None]
    for array in arrays:
        assert np.isfinite(array).all()
        assert ((array >= 0) & (array <= 1)).all()
    if result.tasks:
        np.testing.assert_allclose(result.probabilities.sum(axis=1), 1.0, rtol=0, atol=1e-12)


# -- seeded crowds -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Worker:
    """A simulated worker: how they answer, and how much of the batch they see."""

    name: str
    kind: str  # "good", "careless", "spammer", "constant", "adversary"
    accuracy: float = 0.9
    coverage: float = 1.0


def simulate(seed: int, tasks: int, workers: Sequence[Worker], classes: Sequence[str],
             priors: Sequence[float] | None = None) -> tuple[list[Response], dict[int, str]]:
    """Answers of a crowd to ``tasks`` tasks, and the true answers; every task gets one."""
    rng = np.random.default_rng(seed)
    k = len(classes)
    weights = np.asarray(priors if priors is not None else [1.0] * k, dtype=float)
    truth = rng.choice(k, size=tasks, p=weights / weights.sum())
    responses: list[Response] = []
    for task in range(tasks):
        seen = [w for w in workers if rng.random() < w.coverage]
        if not seen:
            seen = [workers[int(rng.integers(len(workers)))]]
        for worker in seen:
            true = int(truth[task])
            if worker.kind in ("good", "careless"):
                answer = true if rng.random() < worker.accuracy else int(rng.integers(k))
            elif worker.kind == "spammer":
                answer = int(rng.integers(k))
            elif worker.kind == "constant":
                answer = 0
            else:  # an adversary: the next class round, on purpose
                answer = (true + 1) % k if rng.random() < worker.accuracy else true
            responses.append((task, worker.name, classes[answer]))
    order = rng.permutation(len(responses))
    return [responses[i] for i in order], {t: classes[int(c)] for t, c in enumerate(truth)}
