"""The review's aggregation: light (no crowd-kit, pandas or scikit-learn at run time),
deterministic, bounded, and unchanged for the reviewer (the call site against crowd-kit)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import workbench
from tests.aggregation.oracle import ATOL, Response, assert_no_nan, compare, simulate, theirs
from tests.aggregation.test_against_crowdkit import (
    CROWDS,
    GOOD,
    archive_table,
    label_tables,
)
from tests.views.conftest import _demo_store, _own_settings, demo_wb  # noqa: F401
from workbench.services import aggregation, consensus
from workbench.services.context import Workbench

HEAVY = ("crowdkit", "sklearn", "pandas", "scipy", "torch", "transformers", "pyarrow", "nltk")

REVIEW_IN_A_FRESH_PROCESS = """
import json, sys
from workbench.services import consensus
votes = [(task, f"W{worker}", ("spam", "ham", "Ärger")[(task * worker) % 3])
         for task in range(60) for worker in range(5)]
found = consensus.dawid_skene(1, "label", votes)
assert found is not None and found.tasks == 60 and found.workers == 5
heavy = sorted(name for name in sys.modules if name.split(".")[0] in HEAVY)
print(json.dumps({"heavy": heavy, "labels": sorted(found.labels.items())}))
"""


def _run_review(hash_seed: str) -> dict[str, object]:
    source = str(Path(workbench.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONHASHSEED": hash_seed,
           "PYTHONPATH": os.pathsep.join([source, os.environ.get("PYTHONPATH", "")])}
    code = REVIEW_IN_A_FRESH_PROCESS.replace("HEAVY", repr(HEAVY))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_reviews_dawid_skene_loads_no_crowd_kit_pandas_or_scikit_learn() -> None:
    first = _run_review("1")
    assert first["heavy"] == []
    # Nothing depends on string hashing (or any other randomness): the same answers give the
    # same suggestions in another process.
    assert _run_review("2")["labels"] == first["labels"]


def test_the_same_answers_give_the_same_result() -> None:
    workers, classes, priors, tasks = CROWDS["missing labels"]
    responses, _ = simulate(11, tasks, workers, classes, priors)
    for method in (aggregation.dawid_skene, aggregation.one_coin_dawid_skene):
        first, second = method(responses), method(list(responses))
        assert np.array_equal(first.probabilities, second.probabilities)
        assert first.labels() == second.labels() and first.iterations == second.iterations


def test_when_every_worker_agrees_the_answer_is_certain() -> None:
    unanimous: list[Response] = [(task, w.name, ("left", "right")[task % 2])
                                 for task in range(30) for w in GOOD]
    one_class: list[Response] = [(task, w.name, "yes") for task in range(30) for w in GOOD]
    for responses in (unanimous, one_class):
        for method in ("mv", "ds", "oc"):
            ours, _ = compare(method, responses)
            labels = ours.labels()
            assert all(labels[task][0] == answer for task, _, answer in responses)
            assert min(p for _, p in labels.values()) > 0.999


def test_iterations_stop_at_the_bound_and_bad_bounds_are_refused() -> None:
    workers, classes, priors, tasks = CROWDS["many classes"]
    responses, _ = simulate(3, tasks, workers, classes, priors)
    bounded = aggregation.dawid_skene(responses, max_iterations=2)
    assert bounded.iterations == 2 and not bounded.converged
    assert_no_nan(bounded)
    free = aggregation.dawid_skene(responses)
    assert free.converged and 2 < free.iterations <= aggregation.MAX_ITERATIONS
    with pytest.raises(ValueError, match="max_iterations"):
        aggregation.dawid_skene(responses, max_iterations=-1)
    with pytest.raises(ValueError, match="tolerance"):
        aggregation.one_coin_dawid_skene(responses, tolerance=float("nan"))
    with pytest.raises(ValueError, match="triple"):
        aggregation.majority_vote([(1, "w1")])  # type: ignore[list-item]


def test_the_review_suggests_what_crowd_kit_suggested_on_a_real_archive(
        fixtures_dir: Path) -> None:
    """The consensus call site on a survey archive (70 questions, 5 workers) against the
    Dawid-Skene of crowd-kit the review used to run, fed the same (sorted) answers."""
    combined = archive_table(label_tables(fixtures_dir / "sigircis_qs4_output.csv"))
    numbers = {task: n for n, task in enumerate(dict.fromkeys(t for t, _, _ in combined))}
    votes = [(numbers[task], str(worker), label) for task, worker, label in combined]
    _assert_call_site_matches_crowd_kit(votes)


def test_the_review_suggests_what_crowd_kit_suggested_on_the_demo_batch(
        demo_wb: Workbench) -> None:  # noqa: F811
    from sqlalchemy import select

    from workbench.services.accounts import get_account
    from workbench.store.schema import Batch

    account = get_account(demo_wb)
    with demo_wb.store.read() as session:
        batch_id = session.scalar(select(Batch.id).where(Batch.account_id == account.id))
    assert batch_id is not None
    votes = consensus.dawid_skene_input(demo_wb, batch_id, "sentiment.label")
    _assert_call_site_matches_crowd_kit(votes)


def _assert_call_site_matches_crowd_kit(votes: list[tuple[int, str, str]]) -> None:
    found = consensus.dawid_skene(1, "field", votes)
    assert found is not None
    model = theirs("ds", sorted(votes))
    assert found.tasks == len(model.labels_)
    for task, label in model.labels_.items():
        ours, probability = found.labels[int(task)]
        assert ours == label
        assert abs(probability - float(model.probas_.loc[task, label])) <= ATOL
