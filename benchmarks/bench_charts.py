"""How the Charts page copes with a million assignments: it opens at once, never freezes, and
fills each chart when its query (aggregated in SQL, off the GUI thread) comes back.

Reuses the store of bench_tables.py (1,000,000 assignments in 100,000 HITs, generated once
under benchmarks/results/). Measures, in this run:

* each statistics query on its own (no Qt), and, as the baseline, spend per day computed the
  spreadsheet way: every approved assignment read into Python and summed there;
* in a child process, offscreen at 1280x800: how long showing the page blocks the GUI thread,
  the longest stall of the GUI thread while the charts load (a 10 ms timer that should tick
  on time), and when each tab's charts are all drawn.

Run: .venv/bin/python benchmarks/bench_charts.py [--assignments N] [--timeout S]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bench_tables import RESULTS, build_store

QUERIES = ("spend", "approval", "batches", "workers", "submissions", "work_time", "wage",
           "work_time_and_wage")


def query_functions(wb: Any, account_id: int) -> dict[str, Callable[[], Any]]:
    from workbench.services import statistics as stats

    flt = stats.ChartFilter(account_id)
    return {
        "choices": lambda: stats.chart_choices(wb, account_id),
        "spend": lambda: stats.spend_over_time(wb, flt),
        "approval": lambda: stats.approval_over_time(wb, flt),
        "batches": lambda: stats.approval_by_batch(wb, flt),
        "workers": lambda: stats.worker_approval_rates(wb, flt),
        "submissions": lambda: stats.submissions_over_time(wb, flt),
        "work_time": lambda: stats.work_time_distribution(wb, flt),
        "wage": lambda: stats.hourly_wage(wb, flt, 725),
        "work_time_and_wage": lambda: stats.work_time_and_wage(wb, flt, 725),
    }


def spend_the_spreadsheet_way(wb: Any, account_id: int) -> dict[str, int]:
    """The baseline: every approved assignment into Python, fees and days computed there."""
    from sqlalchemy import select

    from workbench.domain.money import assignment_fee_cents
    from workbench.domain.qualifications import is_masters
    from workbench.store.schema import HIT, Assignment

    per_day: dict[str, int] = {}
    with wb.store.read() as session:
        rows = session.execute(
            select(Assignment.approval_time, Assignment.auto_approval_time,
                   Assignment.submit_time, HIT.reward_cents, HIT.max_assignments,
                   HIT.qualification_requirements)
            .join(HIT, HIT.id == Assignment.hit_pk)
            .where(Assignment.account_id == account_id, Assignment.status == "Approved"))
        for approved, auto, submitted, reward, asked, requirements in rows:
            paid: datetime = approved or auto or submitted
            masters = any(is_masters(str(r.get("QualificationTypeId", "")))
                          for r in requirements or [])
            day = paid.astimezone().strftime("%Y-%m-%d")
            per_day[day] = per_day.get(day, 0) + reward + assignment_fee_cents(
                reward, asked, masters=masters)
    return per_day


def measure_queries(db: Path) -> dict[str, float]:
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench

    wb = Workbench.open(db)
    account = get_account(wb)
    times: dict[str, float] = {}
    for name, work in query_functions(wb, account.id).items():
        started = time.perf_counter()
        work()
        times[name] = time.perf_counter() - started
    started = time.perf_counter()
    baseline = spend_the_spreadsheet_way(wb, account.id)
    times["baseline_spend"] = time.perf_counter() - started
    sql_days = {p.bucket.label[4:]: p.amounts.total_cents
                for p in query_functions(wb, account.id)["spend"]().points
                if p.amounts.total_cents}
    times["baseline_agrees"] = float(sql_days == baseline)
    wb.close()
    return times


# -- the page, in its own process ------------------------------------------------------------

def run_page(db: str, timeout: float) -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from workbench.services.context import Workbench
    from workbench.views.main_window import MainWindow
    from workbench.views.pages.charts import APPROVAL, THROUGHPUT, ChartsPage

    def pump_until(condition: Callable[[], bool]) -> float:
        started = time.perf_counter()
        while not condition():
            app.processEvents()
            if time.perf_counter() - started > timeout:
                raise TimeoutError
            time.sleep(0.001)
        return time.perf_counter() - started

    wb = Workbench.open(db)
    window = MainWindow(wb)
    window.resize(1280, 800)
    window.show()
    hits = window.pages["HITs"]
    # Let the HITs page, shown first, finish loading, so it does not share the measurement.
    pump_until(lambda: not hits.model.is_loading)  # type: ignore[attr-defined]
    page = window.pages["Charts"]
    assert isinstance(page, ChartsPage)

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    results: dict[str, Any] = {}
    started = time.perf_counter()
    window.show_page("Charts")
    page.repaint()
    results["show_blocks"] = time.perf_counter() - started
    results["spend_tab_drawn"] = results["show_blocks"] + pump_until(lambda: not page.loading)
    for name, tab in (("approval_tab_drawn", APPROVAL), ("throughput_tab_drawn", THROUGHPUT)):
        started = time.perf_counter()
        page.tabs.setCurrentIndex(tab)
        pump_until(lambda: not page.loading)
        results[name] = time.perf_counter() - started
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    results["longest_gui_stall"] = max(gaps) if gaps else 0.0
    results["gui_ticks"] = len(ticks)
    results["query_seconds"] = dict(page.loader.durations)
    window.runner.shutdown()
    return results


def child(db: str, timeout: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        results = run_page(db, timeout)
    except TimeoutError:
        results = {"timeout": 1.0}
    print("RESULT " + json.dumps(results), flush=True)


def measure_page(db: Path, timeout: float) -> dict[str, Any]:
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", "--db", str(db), "--timeout", str(timeout)],
            capture_output=True, text=True, timeout=timeout * 4 + 120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                 "WORKBENCH_CONFIG_DIR": str(RESULTS / "config-charts")})
    except subprocess.TimeoutExpired:
        return {"timeout": 1.0}
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[7:]))
    return {"crashed": 1.0, "stderr": done.stderr[-500:]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assignments", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--db")
    args = parser.parse_args()
    if args.child:
        child(args.db, args.timeout)
        return
    RESULTS.mkdir(exist_ok=True)
    db = RESULTS / f"tables-{args.assignments}.sqlite3"
    if not db.exists():
        started = time.perf_counter()
        print(f"Generating {args.assignments:,} assignments…", flush=True)
        build_store(db, args.assignments)
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    queries = measure_queries(db)
    page = measure_page(db, args.timeout)
    print(f"\nCharts, {args.assignments:,} assignments (SQLite; offscreen, 1280x800)\n")
    print("Each query alone (off the GUI thread in the app):")
    for name in ("choices", *QUERIES):
        print(f"  {name:28} {queries[name]:8.3f} s")
    base, sql = queries["baseline_spend"], queries["spend"]
    print(f"\nSpend per day, every row into Python (baseline) {base:8.3f} s; in SQL {sql:.3f} s; "
          f"baseline/SQL {base / sql:.1f}x; same figures: {bool(queries['baseline_agrees'])}")
    if "timeout" in page or "crashed" in page:
        print(f"\nThe page did not finish: {page}")
        return
    print("\nThe page (in the app, queries of a tab running together):")
    for key, label in (("show_blocks", "showing the page blocks the GUI for"),
                       ("spend_tab_drawn", "Spend tab: all charts drawn after"),
                       ("approval_tab_drawn", "Approval tab: drawn after switching"),
                       ("throughput_tab_drawn", "Throughput tab: drawn after switching"),
                       ("longest_gui_stall", "longest GUI-thread stall meanwhile")):
        print(f"  {label:40} {page[key]:8.3f} s")
    print(f"  {'(a 10 ms timer ticked':40} {page['gui_ticks']:8d} times)")
    print("  query times in the app: " + ", ".join(
        f"{k} {v:.2f} s" for k, v in page["query_seconds"].items()))


if __name__ == "__main__":
    main()
