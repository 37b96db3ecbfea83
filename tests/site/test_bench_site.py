"""The worker site's load test keeps working: a tiny run passes, and its checks can fail."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from sqlalchemy import Engine

from tests.site.scenes import Scene

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_site.py"


def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_site", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_site"] = module
    spec.loader.exec_module(module)
    return module


def test_a_tiny_load_test_runs_and_passes() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--database", "sqlite", "--workers", "10",
         "--seconds", "3", "--hits", "20", "--server-workers", "2",
         "--baseline-server-workers", "1"],
        capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    rows = [line.split() for line in lines if line.startswith("sqlite ")]
    assert [row[1] for row in rows] == ["1", "2"]  # the baseline, then the measured run
    for row in rows:
        accepts_per_s, submits_per_s = (float(v) for v in row[4:6])
        assert accepts_per_s > 0 and submits_per_s > 0
    assert sum(line.strip().startswith("PASS") for line in lines) == 10
    assert any("2 processes submit" in line for line in lines)
    assert any(line.startswith("  sqlite, 2 processes: server") for line in lines)
    assert not any("FAIL" in line for line in lines)


def test_the_checks_catch_lost_and_surplus_assignments(engine: Engine) -> None:
    from workbench.marketplace.local.workers import WorkerSide

    module = bench()
    scene = Scene.create(engine)
    hit_id = scene.publish(assignments=1)
    ana, ben = scene.invite("Ana"), scene.invite("Ben")
    stored = WorkerSide(engine).accept(ana.worker_id, hit_id)

    def failed(tally: object) -> set[str]:
        return {name for name, ok, _detail in module.check(engine, tally) if not ok}

    tally = module.Tally()
    assert failed(tally) == {"nothing stored that no worker was told of"}
    tally.accepted[stored] = ana.worker_id
    assert failed(tally) == set()

    tally.accepted["NOSUCHASSIGNMENT"] = ben.worker_id  # told "accepted", but not stored
    tally.submitted[stored] = '[{"bench": "never-sent"}]'  # told "submitted", but not stored
    assert failed(tally) == {"every successful accept is stored for its worker",
                             "every successful submit is stored with its answers"}
