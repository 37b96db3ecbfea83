"""Import speed: a 100,000-row MTurk batch-results CSV into an empty store.

Each contender runs in a fresh child process (its peak memory and CPU time are its own):

* ``workbench``: ``import_results`` (decode check, parse and validate every cell, write the
  batch, HITs, assignments, answers and workers in one transaction);
* ``csv.reader``: only reading the rows with the csv module (the baseline: the parsing
  every importer pays);
* ``pandas``: ``read_csv(dtype=str)`` of the same file, for reference (it checks nothing
  and stores nothing; skipped where pandas is not installed).

The CSV is written by ``export_csv`` from the benchmark store of bench_export_data.py (or
given with ``--csv``). Each contender runs ``--repeat`` times, alternating; the table shows
medians with the spread (min-max), wall and CPU seconds (CPU time is what a busy, shared
machine distorts least). ``--save FILE`` adds the times to that file; ``--before FILE``
shows those of an earlier run beside them, e.g. of the code before a change::

    PYTHONPATH=old/src python benchmarks/bench_import_csv.py --csv F.csv --save before.json
    python benchmarks/bench_import_csv.py --csv F.csv --save after.json --before before.json

(alternating such runs into two files, then ``--report``, compares them under the same load).
Targets (issue 22): at most 8 s, at least 5 times faster than before, peak memory at most
300 MB.

    pip install -e '.[bench]'
    python benchmarks/bench_import_csv.py [--assignments 100000] [--fields 20] [--store S]
        [--csv FILE] [--repeat 3] [--save F] [--before F] [--report]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from children import peak_mb
from children import spawn as spawn_child

HERE = Path(__file__).resolve().parent
TARGET_SECONDS = 8.0
TARGET_SPEEDUP = 5.0
TARGET_PEAK_MB = 300.0


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_workbench(csv_path: Path, store: Path) -> dict[str, Any]:
    from workbench.services.context import Workbench
    from workbench.services.importing import import_results

    wb = Workbench.open(store)
    began, cpu = time.perf_counter(), cpu_seconds()
    report = import_results(wb, csv_path)
    seconds, cpu = time.perf_counter() - began, cpu_seconds() - cpu
    wb.close()
    return {"seconds": seconds, "cpu": cpu, "rows": report.assignments_added,
            "hits": report.hits_added}


def run_csv_reader(csv_path: Path, _: Path) -> dict[str, Any]:
    import csv

    csv.field_size_limit(64 * 1024 * 1024)
    began, cpu = time.perf_counter(), cpu_seconds()
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = sum(1 for _ in csv.reader(stream)) - 1
    return {"seconds": time.perf_counter() - began, "cpu": cpu_seconds() - cpu, "rows": rows}


def run_pandas(csv_path: Path, _: Path) -> dict[str, Any]:
    import pandas as pd

    began, cpu = time.perf_counter(), cpu_seconds()
    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    return {"seconds": time.perf_counter() - began, "cpu": cpu_seconds() - cpu,
            "rows": len(frame)}


CONTENDERS = {"workbench": run_workbench, "csv.reader": run_csv_reader, "pandas": run_pandas}
LABELS = {"workbench": "workbench import_results (checked, stored)",
          "csv.reader": "csv.reader, parse only",
          "pandas": "pandas read_csv(dtype=str), parse only"}


def spawn(name: str, csv_path: Path, store: Path, timeout: float) -> dict[str, Any]:
    return spawn_child(__file__, name, csv_path, store, timeout)


Runs = dict[str, list[dict[str, Any]]]  # contender -> results of each run


def load(path: Path | None) -> Runs:
    if path is None or not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")))


def spread(values: list[float], unit: str = "s") -> str:
    if not values:
        return "-"
    if len(values) == 1:
        return f"{values[0]:.1f} {unit}"
    return f"{statistics.median(values):.1f} {unit} ({min(values):.1f}-{max(values):.1f})"


def median(runs: list[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in runs if key in r]
    return statistics.median(values) if values else None


def report(after: Runs, before: Runs, title: str) -> None:
    floor = median(after.get("csv.reader", []), "seconds")
    floor_cpu = median(after.get("csv.reader", []), "cpu")
    rows = []
    for name in CONTENDERS:
        runs = [r for r in after.get(name, []) if "error" not in r]
        if not runs:
            failed = [r["error"] for r in after.get(name, []) if "error" in r]
            if failed:
                rows.append([LABELS[name], f"failed: {failed[-1]}"])
            continue
        earlier = [r for r in before.get(name, []) if "error" not in r]
        wall = median(runs, "seconds") or 0.0
        cpu = median(runs, "cpu") or 0.0
        old = median(earlier, "seconds")
        old_cpu = median(earlier, "cpu")
        peak = max(r["peak_mb"] for r in runs)
        met = ""
        if name == "workbench":
            checks = [wall <= TARGET_SECONDS, peak <= TARGET_PEAK_MB]
            if old:
                checks.append(old / wall >= TARGET_SPEEDUP)
            met = "met" if all(checks) else "NOT met"
        rows.append([
            LABELS[name],
            spread([r["seconds"] for r in earlier]) if earlier else "-",
            spread([r["seconds"] for r in runs]),
            f"{old / wall:.1f}x" if old else "",
            spread([r["cpu"] for r in earlier]) if earlier else "-",
            spread([r["cpu"] for r in runs]),
            f"{old_cpu / cpu:.1f}x" if old_cpu and cpu else "",
            f"{wall / floor:.1f}x" if floor else "-",
            f"{cpu / floor_cpu:.1f}x" if floor_cpu else "-",
            f"{runs[0]['rows'] / wall:,.0f}", f"{peak:.0f}", met])
    headers = ["contender", "before: wall", "after: wall", "before/after", "before: CPU",
               "after: CPU", "before/after CPU", "wall / csv.reader", "CPU / csv.reader",
               "rows/s", "peak MB", "target"]
    widths = [max(len(h), *(len(r[i]) for r in rows if len(r) > i))
              for i, h in enumerate(headers)]
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)))
    print(f"targets (issue 22): workbench at most {TARGET_SECONDS:g} s, {TARGET_SPEEDUP:g}x "
          f"faster than before, peak at most {TARGET_PEAK_MB:g} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignments", type=int, default=100_000)
    parser.add_argument("--fields", type=int, default=20)
    parser.add_argument("--store", type=Path, help="reuse (or keep) the benchmark store here")
    parser.add_argument("--csv", type=Path, help="import this file instead of writing one")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--contenders", default=",".join(CONTENDERS))
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--save", type=Path,
                        help="add this run's results to this file (JSON; made if missing)")
    parser.add_argument("--before", type=Path, help="results of an earlier run, to compare")
    parser.add_argument("--report", action="store_true",
                        help="run nothing: print the table of --save against --before")
    parser.add_argument("--child", nargs=3, metavar=("NAME", "CSV", "STORE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = CONTENDERS[args.child[0]](Path(args.child[1]), Path(args.child[2]))
        result["peak_mb"] = peak_mb()
        print(json.dumps(result))
        return 0
    runs = load(args.save)
    title = "Import of an MTurk batch-results CSV into an empty SQLite store"
    if args.report:
        report(runs, load(args.before), title)
        return 0
    sys.path.insert(0, str(HERE))
    from workbench.services.context import Workbench

    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        work = Path(tmp)
        csv_path = args.csv
        if csv_path is None:
            from bench_export_data import build_store
            from workbench.services.accounts import get_account
            from workbench.services.export import export_csv

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
        for attempt in range(args.repeat):
            for name in args.contenders.split(","):
                store = work / f"target-{attempt}.sqlite3"
                shutil.copyfile(empty, store)
                result = spawn(name, csv_path, store, args.timeout)
                store.unlink(missing_ok=True)
                print(f"  {name}: {result}", flush=True)
                runs.setdefault(name, []).append(result)
    if args.save:
        args.save.write_text(json.dumps(runs, indent=1), encoding="utf-8")
    report(runs, load(args.before), f"{title} ({csv_path.name}, {size_mb:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
