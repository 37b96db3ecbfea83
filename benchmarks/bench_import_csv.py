"""Import speed: a 100,000-row MTurk batch-results CSV into an empty store.

Each contender runs in a fresh child process (its peak memory is its own):

* ``workbench``: ``import_results`` (decode check, parse and validate every cell, write the
  batch, HITs, assignments, answers and workers in one transaction);
* ``csv.reader``: only reading the rows with the csv module (the floor: the parsing
  every importer pays);
* ``pandas``: ``read_csv(dtype=str)`` of the same file, for reference (it checks nothing
  and stores nothing).

The CSV is written by ``export_csv`` from the benchmark store of bench_export_data.py.

    pip install -e '.[bench]'
    python benchmarks/bench_import_csv.py [--assignments 100000] [--fields 20] [--store S]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from children import peak_mb
from children import spawn as spawn_child

HERE = Path(__file__).resolve().parent


def run_workbench(csv_path: Path, store: Path) -> dict[str, Any]:
    from workbench.services.context import Workbench
    from workbench.services.importing import import_results

    wb = Workbench.open(store)
    began = time.perf_counter()
    report = import_results(wb, csv_path)
    seconds = time.perf_counter() - began
    wb.close()
    return {"seconds": seconds, "rows": report.assignments_added, "hits": report.hits_added}


def run_csv_reader(csv_path: Path, _: Path) -> dict[str, Any]:
    import csv

    csv.field_size_limit(64 * 1024 * 1024)
    began = time.perf_counter()
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = sum(1 for _ in csv.reader(stream)) - 1
    return {"seconds": time.perf_counter() - began, "rows": rows}


def run_pandas(csv_path: Path, _: Path) -> dict[str, Any]:
    import pandas as pd

    began = time.perf_counter()
    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    return {"seconds": time.perf_counter() - began, "rows": len(frame)}


CONTENDERS = {"workbench": run_workbench, "csv.reader": run_csv_reader, "pandas": run_pandas}


def spawn(name: str, csv_path: Path, store: Path, timeout: float) -> dict[str, Any]:
    return spawn_child(__file__, name, csv_path, store, timeout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignments", type=int, default=100_000)
    parser.add_argument("--fields", type=int, default=20)
    parser.add_argument("--store", type=Path, help="reuse (or keep) the benchmark store here")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--child", nargs=3, metavar=("NAME", "CSV", "STORE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = CONTENDERS[args.child[0]](Path(args.child[1]), Path(args.child[2]))
        result["peak_mb"] = peak_mb()
        print(json.dumps(result))
        return 0
    sys.path.insert(0, str(HERE))
    from bench_export_data import build_store
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench
    from workbench.services.export import export_csv

    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        work = Path(tmp)
        source = args.store or work / "source.sqlite3"
        if not source.exists():
            build_store(source, assignments=args.assignments, fields=args.fields)
        csv_path = work / "Batch_4000001_batch_results.csv"
        wb = Workbench.open(source)
        export_csv(wb, get_account(wb, "Benchmark archive"), csv_path)
        wb.close()
        empty = work / "empty.sqlite3"
        Workbench.open(empty).close()
        size_mb = csv_path.stat().st_size / 2**20
        print(f"file: {csv_path.name}, {size_mb:.0f} MB", flush=True)
        results: dict[str, dict[str, Any]] = {}
        for attempt in range(args.repeat):
            for name in CONTENDERS:
                store = work / f"target-{attempt}.sqlite3"
                shutil.copyfile(empty, store)
                result = spawn(name, csv_path, store, args.timeout)
                store.unlink(missing_ok=True)
                print(f"  {name}: {result}", flush=True)
                best = results.get(name)
                if best is None or "error" in best or (
                        "error" not in result and result["seconds"] < best["seconds"]):
                    results[name] = result
    floor = results["csv.reader"].get("seconds")
    print(f"\nImport of a {args.assignments:,}-row batch-results CSV ({size_mb:.0f} MB, "
          f"{args.fields} answer fields) into an empty SQLite store")
    print(f"{'contender':44} {'seconds':>9} {'vs parse':>9} {'rows/s':>9} {'peak MB':>8}")
    labels = {"workbench": "workbench import_results (checked, stored)",
              "csv.reader": "csv.reader, parse only",
              "pandas": "pandas read_csv(dtype=str), parse only"}
    for name, result in results.items():
        if "error" in result:
            print(f"{labels[name]:44} failed: {result['error']}")
            continue
        ratio = f"{result['seconds'] / floor:.1f}x" if floor else "-"
        print(f"{labels[name]:44} {result['seconds']:9.1f} {ratio:>9} "
              f"{result['rows'] / result['seconds']:9,.0f} {result['peak_mb']:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
