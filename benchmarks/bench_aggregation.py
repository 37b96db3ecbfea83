"""Answer aggregation: services/aggregation.py (numpy) against crowd-kit, the baseline.

A seeded simulated crowd answers a batch: 5 answers per task from 200 workers (70% careful,
15% careless, 10% spammers, 5% contrarians who answer the next class on purpose), 4 classes
with unequal priors (50/30/15/5%). For each size (10,000 and 100,000 answers by default) and
each method (Dawid-Skene, one-coin Dawid-Skene, majority vote), each contender runs in a
fresh child process (its import time and peak memory are its own) and is timed on:

* ``import``: loading the library (numpy for ours; pandas and crowd-kit for the baseline);
* ``fit``: from the list of (task, worker, answer) tuples the review holds to each task's
  answer and probability (for crowd-kit that includes building its DataFrame, as the
  review's call site did).

The table gives the fit's ratio to crowd-kit's in the same run, the EM iterations, the peak
memory, the accuracy against the simulated truth, and how the two agree: the share of tasks
given the same answer and the largest difference of that answer's probability.

    pip install -e '.[bench]'
    python benchmarks/bench_aggregation.py [--labels 10000 100000] [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from children import peak_mb
from children import spawn as spawn_child

CLASSES = ("positive", "negative", "neutral", "mixed")
PRIORS = (0.5, 0.3, 0.15, 0.05)
WORKERS = 200
ANSWERS_PER_TASK = 5
METHODS = {"ds": "Dawid-Skene", "oc": "one-coin Dawid-Skene", "mv": "majority vote"}
CONTENDERS = ("workbench", "crowd-kit")


def simulate(labels: int, seed: int) -> tuple[list[tuple[int, str, str]], list[str]]:
    """The crowd's answers (in a random order) and each task's true answer."""
    import numpy as np

    rng = np.random.default_rng(seed)
    tasks = labels // ANSWERS_PER_TASK
    k = len(CLASSES)
    truth = rng.choice(k, size=tasks, p=np.asarray(PRIORS))
    kinds = rng.choice(4, size=WORKERS, p=[0.70, 0.15, 0.10, 0.05])
    accuracy = np.where(kinds == 0, rng.uniform(0.75, 0.95, WORKERS),
                        rng.uniform(0.5, 0.7, WORKERS))
    workers = np.argsort(rng.random((tasks, WORKERS)), axis=1)[:, :ANSWERS_PER_TASK].ravel()
    task = np.repeat(np.arange(tasks), ANSWERS_PER_TASK)
    true = truth[task]
    right = rng.random(len(task)) < accuracy[workers]
    noise = rng.integers(k, size=len(task))
    kind = kinds[workers]
    answer = np.where(right, true, noise)
    answer = np.where(kind == 2, noise, answer)
    answer = np.where(kind == 3, np.where(rng.random(len(task)) < 0.85, (true + 1) % k, true),
                      answer)
    order = rng.permutation(len(task))
    rows = [(int(task[i]), f"W{int(workers[i]):04d}", CLASSES[int(answer[i])]) for i in order]
    return rows, [CLASSES[int(c)] for c in truth]


def run_workbench(method: str, rows: list[tuple[int, str, str]]) -> dict[str, Any]:
    began = time.perf_counter()
    from workbench.services import aggregation

    imported = time.perf_counter()
    run = {"ds": aggregation.dawid_skene, "oc": aggregation.one_coin_dawid_skene,
           "mv": aggregation.majority_vote}[method]
    result = run(rows)
    labels = result.labels()
    done = time.perf_counter()
    return {"import": imported - began, "fit": done - imported, "iterations": result.iterations,
            "labels": {str(task): pair for task, pair in labels.items()}}


def run_crowd_kit(method: str, rows: list[tuple[int, str, str]]) -> dict[str, Any]:
    import warnings

    began = time.perf_counter()
    import pandas as pd
    from crowdkit.aggregation import DawidSkene, MajorityVote, OneCoinDawidSkene

    imported = time.perf_counter()
    warnings.simplefilter("ignore")
    frame = pd.DataFrame(rows, columns=["task", "worker", "label"])
    if method == "mv":
        model: Any = MajorityVote().fit(frame)
    elif method == "ds":
        model = DawidSkene(n_iter=100, tol=1e-5).fit(frame)
    else:
        model = OneCoinDawidSkene(n_iter=100, tol=1e-5).fit(frame)
    probabilities = model.probas_
    labels = {str(task): (str(label), float(probabilities.loc[task, label]))
              for task, label in model.labels_.items()}
    done = time.perf_counter()
    return {"import": imported - began, "fit": done - imported,
            "iterations": len(getattr(model, "loss_history_", [])), "labels": labels}


def child(name: str, data: Path, out: Path) -> int:
    contender, method = name.split(":")
    rows = [(int(t), w, a) for t, w, a in json.loads(data.read_text(encoding="utf-8"))["rows"]]
    run = run_workbench if contender == "workbench" else run_crowd_kit
    result = run(method, rows)
    out.write_text(json.dumps(result.pop("labels")), encoding="utf-8")
    result["peak_mb"] = peak_mb()
    print(json.dumps(result))
    return 0


def compare(ours: dict[str, Any], theirs: dict[str, Any]) -> tuple[float, float]:
    """The share of tasks given the same answer, and the largest difference of probability."""
    same = sum(ours[t][0] == theirs[t][0] for t in theirs) / len(theirs)
    gap = max(abs(ours[t][1] - theirs[t][1]) for t in theirs if ours[t][0] == theirs[t][0])
    return same, gap


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--methods", nargs="+", choices=list(METHODS), default=list(METHODS))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1, help="runs per contender (best kept)")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--child", nargs=3, metavar=("NAME", "DATA", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child[0], Path(args.child[1]), Path(args.child[2]))
    table: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-aggregation-") as tmp:
        work = Path(tmp)
        for size in args.labels:
            rows, truth = simulate(size, args.seed)
            data = work / f"crowd-{size}.json"
            data.write_text(json.dumps({"rows": rows}), encoding="utf-8")
            print(f"{size:,} answers, {len(truth):,} tasks, {WORKERS} workers", flush=True)
            for method in args.methods:
                results: dict[str, dict[str, Any]] = {}
                labels: dict[str, dict[str, Any]] = {}
                for _ in range(args.repeat):
                    for contender in CONTENDERS:
                        out = work / f"{contender}-{method}-{size}.json"
                        result = spawn_child(__file__, f"{contender}:{method}", data, out,
                                             args.timeout)
                        print(f"  {contender} {method}: {result}", flush=True)
                        best = results.get(contender)
                        if "error" not in result and (best is None or "error" in best
                                                      or result["fit"] < best["fit"]):
                            results[contender] = result
                            labels[contender] = json.loads(out.read_text(encoding="utf-8"))
                        elif best is None:
                            results[contender] = result
                table += rows_of(size, method, results, labels, truth)
    print(f"\nAggregation of a simulated crowd (seed {args.seed}; {ANSWERS_PER_TASK} answers a "
          f"task, {WORKERS} workers, {len(CLASSES)} classes), each contender in its own process")
    print(f"{'answers':>8} {'method':21} {'contender':10} {'import s':>8} {'fit s':>7} "
          f"{'vs crowd-kit':>12} {'iter.':>5} {'peak MB':>7} {'accuracy':>8} "
          f"{'same answer':>11} {'max |Δp|':>9}")
    print("\n".join(table))
    return 0


def rows_of(size: int, method: str, results: dict[str, dict[str, Any]],
            labels: dict[str, dict[str, Any]], truth: list[str]) -> list[str]:
    out = []
    baseline = results.get("crowd-kit", {}).get("fit")
    for contender in CONTENDERS:
        result = results[contender]
        head = f"{size:8,} {METHODS[method]:21} {contender:10}"
        if "error" in result:
            out.append(f"{head} failed: {result['error']}")
            continue
        ratio = f"{result['fit'] / baseline:.3f}x" if baseline else "-"
        found = labels[contender]
        accuracy = sum(found[str(t)][0] == answer for t, answer in enumerate(truth)) / len(truth)
        agreement = "-"
        if contender != "crowd-kit" and "crowd-kit" in labels:
            same, gap = compare(found, labels["crowd-kit"])
            agreement = f"{same:11.2%} {gap:9.1e}"
        out.append(f"{head} {result['import']:8.2f} {result['fit']:7.2f} {ratio:>12} "
                   f"{result['iterations']:5} {result['peak_mb']:7.0f} {accuracy:8.1%} "
                   f"{agreement:>21}")
    return out


if __name__ == "__main__":
    sys.exit(main())
