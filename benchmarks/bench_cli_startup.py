"""Start-up of read-only CLI commands (``workbench hits``, ``workbench outbox``): wall clock
and CPU time (user + system) from exec to exit, on a store holding a small demo batch.

Each source tree given is a contender, run in fresh processes with its own ``src`` first on
the path and its own store (a tree may not open a store of a newer schema): this tree, and
with ``--before PATH`` an older checkout of the project (e.g. a worktree of main), the
baseline. CPU time is what a busy, shared machine distorts least. Target (issue 22): a
read-only command in at most 0.5 s. (benchmarks/bench_startup.py times ``--version`` and
the window of the frozen build against the venv.)

    python benchmarks/bench_cli_startup.py [--repeat 7] [--before /path/to/old/checkout]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = (("hits",), ("outbox",))
TARGET_S = 0.5


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_command(arguments: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, cpu) seconds of ``python -m workbench ARGUMENTS``."""
    cpu_before, start = _cpu_of_children(), time.perf_counter()
    subprocess.run([sys.executable, "-m", "workbench", *arguments], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start, _cpu_of_children() - cpu_before


def measure(tree: Path, work: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """Median (wall, cpu) of each command, with the sources of ``tree``."""
    env = {key: value for key, value in os.environ.items() if key != "WORKBENCH_DB"}
    env.update(WORKBENCH_CONFIG_DIR=str(work / "config"), WORKBENCH_LOG_DIR=str(work / "logs"),
               PYTHONPATH=str(tree / "src"))
    store = work / "store.sqlite3"
    subprocess.run([sys.executable, "-m", "workbench", "--db", str(store), "-q", "demo",
                    "--hits", "20", "--assignments", "3"], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    results = {}
    for command in COMMANDS:
        runs = [time_command(["--db", str(store), *command], env) for _ in range(repeat)]
        results[" ".join(command)] = (statistics.median(r[0] for r in runs),
                                      statistics.median(r[1] for r in runs))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--before", type=Path, help="an older checkout, the baseline")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-cli-startup-"))
    try:
        after = measure(ROOT, work / "after", args.repeat)
        before = measure(args.before, work / "before", args.repeat) if args.before else {}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"medians of {args.repeat} runs; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores; a store of 20 HITs")
    print(f"{'command':18} {'before wall':>12} {'after wall':>11} {'before CPU':>11} "
          f"{'after CPU':>10} {'CPU ratio':>10}  target <= {TARGET_S} s (wall)")
    for name, (wall, cpu) in after.items():
        old_wall, old_cpu = before.get(name, (float("nan"), float("nan")))
        print(f"workbench {name:8} {old_wall:11.2f}s {wall:10.2f}s {old_cpu:10.2f}s "
              f"{cpu:9.2f}s {old_cpu / cpu:9.2f}x  {'met' if wall <= TARGET_S else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
