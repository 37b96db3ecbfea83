"""Our majority vote, Dawid-Skene and one-coin Dawid-Skene give crowd-kit's answers.

On the real batch-results archives in tests/fixtures (label tables built from their
categorical answer fields, as the review builds them) and on seeded simulated crowds.
Tolerances are in tests/aggregation/oracle.py.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from tests.aggregation.oracle import Response, Worker, compare, simulate
from workbench.formats.batch_csv_reader import open_results_file
from workbench.services.consensus import REJECTED, is_categorical
from workbench.services.transfer.consensus import ConsensusFields

METHODS = ("mv", "ds", "oc")
ARCHIVES = ("sigircis_qs4_output.csv", "mluck_Batch_3753862_batch_results.csv",
            "semseg_Batch_5176945_batch_results.csv", "clarity_batch8.csv")


def label_tables(path: Path) -> dict[str, list[Response]]:
    """(HIT, worker, answer) per categorical answer field, rejected work and blanks left out.

    Option groups (``Answer.age.option_3`` true/false) vote as one field, as in the review.
    """
    source = open_results_file(path)
    try:
        rows = list(source.rows())
    finally:
        source.close()
    names = list(dict.fromkeys(name for row in rows for name in row.answers))
    boolean = frozenset(name for name in names if all(
        row.answers.get(name, "").strip().lower() in ("true", "false", "") for row in rows))
    fields = ConsensusFields(names, boolean)
    tables: dict[str, list[Response]] = defaultdict(list)
    for row in rows:
        if row.assignment.status == REJECTED:
            continue
        for name, value in fields.votes(row.answers).items():
            tables[name].append((row.hit.hit_id, row.assignment.worker_id, value))
    return {name: table for name, table in tables.items()
            if is_categorical(len({label for _, _, label in table}), len(table))}


def archive_table(tables: dict[str, list[Response]]) -> list[Response]:
    """Every categorical field of an archive at once, each (HIT, field) a task of its own.

    A survey archive has one HIT; its questions are what its workers overlap on.
    """
    return [(f"{hit}/{name}", worker, label)
            for name, table in tables.items() for hit, worker, label in table]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("archive", ARCHIVES)
def test_the_real_archives_aggregate_as_crowd_kit_does(fixtures_dir: Path, archive: str,
                                                       method: str) -> None:
    tables = label_tables(fixtures_dir / archive)
    if archive == "clarity_batch8.csv":
        # Its answers are free-text captions: nothing there is a choice to aggregate.
        assert tables == {}
        return
    assert len(tables) >= 2
    combined = archive_table(tables)
    _ours, found = compare(method, combined)
    assert found.tasks == len({task for task, _, _ in combined}) >= 12
    # Each field alone, as the review aggregates a field of a batch. (The one-coin model on
    # a table of one HIT teaches nothing crowd-kit's slow row-by-row M-step should spend
    # half a minute on: it runs on the fields with several HITs.)
    for table in tables.values():
        if method != "oc" or len({task for task, _, _ in table}) > 1:
            compare(method, table)


GOOD = [Worker(f"good-{i}", "good", accuracy=0.8 + 0.03 * i) for i in range(5)]


CROWDS: dict[str, tuple[list[Worker], list[str], list[float] | None, int]] = {
    "good workers": (GOOD, ["cat", "dog", "bird"], None, 200),
    "spammers": (GOOD[:3] + [Worker(f"spam-{i}", "spammer") for i in range(4)]
                 + [Worker("always-first", "constant")], ["yes", "no"], None, 300),
    "adversaries": (GOOD[:3] + [Worker(f"contrarian-{i}", "adversary", accuracy=0.85)
                                for i in range(2)], ["neg", "neu", "pos"], None, 300),
    "unequal class priors": ([*GOOD, Worker("careless", "careless", accuracy=0.5)],
                             ["common", "usual", "rare", "very rare"],
                             [0.7, 0.2, 0.07, 0.03], 400),
    "missing labels": ([Worker(f"w{i}", "good" if i % 3 else "careless",
                               accuracy=0.9 if i % 3 else 0.55, coverage=0.15)
                        for i in range(30)], ["a", "b", "c", "d", "e"], None, 500),
    "non-ASCII labels": ([*GOOD[:3], Worker("spam", "spammer")],
                         ["Ärger", "naïve", "日本語", "😀", "Zürich", "Straße"], None, 200),
    "a single worker": ([Worker("alone", "good", accuracy=0.7)], ["x", "y", "z"], None, 50),
    "many classes": (GOOD + [Worker(f"c{i}", "careless", accuracy=0.6, coverage=0.5)
                             for i in range(6)], [f"class {i}" for i in range(12)], None, 300),
}


@pytest.mark.parametrize("crowd", CROWDS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_simulated_crowds_aggregate_as_crowd_kit_does(crowd: str, seed: int) -> None:
    workers, classes, priors, tasks = CROWDS[crowd]
    responses, _ = simulate(seed, tasks, workers, classes, priors)
    for method in METHODS:
        compare(method, responses)


def test_dawid_skene_reads_adversaries_the_right_way_round() -> None:
    """What a reviewer notices: with two contrarians, Dawid-Skene still finds the truth."""
    workers, classes, priors, tasks = CROWDS["adversaries"]
    responses, truth = simulate(7, tasks, workers, classes, priors)
    ds, _ = compare("ds", responses)
    mv, _ = compare("mv", responses)

    def accuracy(found: dict[int, tuple[str, float]]) -> float:
        return sum(found[t][0] == truth[t] for t in truth) / len(truth)

    assert accuracy(ds.labels()) > 0.95
    assert accuracy(ds.labels()) > accuracy(mv.labels()) + 0.1


def test_a_task_with_one_label_and_tasks_all_agree_on() -> None:
    responses, _ = simulate(4, 100, GOOD, ["a", "b"], None)
    responses = [*responses, (1000, "good-0", "b"), *[(1001, w.name, "a") for w in GOOD]]
    for method in METHODS:
        ours, _ = compare(method, responses)
        labels = ours.labels()
        assert labels[1000][0] == "b"
        assert labels[1001][0] == "a" and labels[1001][1] > 0.99


def test_ties_go_to_the_class_seen_first_as_in_crowd_kit() -> None:
    # Two workers who never agree, each always giving their own answer: every task is an
    # exact tie; "b" appears first, so both libraries name it.
    responses: list[Response] = []
    for task in range(10):
        responses += [(task, "w1", "b"), (task, "w2", "a")]
    for method in METHODS:
        ours, found = compare(method, responses)
        assert found.ties == 10
        assert {label for label, _ in ours.labels().values()} == {"b"}
    # Ties in a larger crowd: tasks split evenly between two good workers (the third, who
    # sees half the tasks, not there to decide).
    tied, _ = simulate(5, 150, [*GOOD[:2], Worker("w3", "good", coverage=0.5)], ["p", "q"])
    ties = {method: compare(method, tied)[1].ties for method in METHODS}
    assert ties["mv"] >= 3, ties


@pytest.mark.parametrize("iterations", [0, 1, 3])
def test_iterations_are_bounded_as_in_crowd_kit(iterations: int) -> None:
    workers, classes, priors, tasks = CROWDS["missing labels"]
    responses, _ = simulate(9, tasks, workers, classes, priors)
    for method in ("ds", "oc"):
        ours, _ = compare(method, responses, max_iterations=iterations)
        assert ours.iterations == iterations and not ours.converged


def test_no_answers_give_no_tasks() -> None:
    for method in METHODS:
        ours, found = compare(method, [])
        assert found.tasks == 0 and ours.labels() == {}
