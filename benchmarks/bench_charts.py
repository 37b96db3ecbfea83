"""How the Charts page copes with a million assignments: it opens at once, never freezes, and
fills each chart when its query (read from the charts' summaries, off the GUI thread) comes
back.

Reuses the store of bench_tables.py (1,000,000 assignments in 100,000 HITs, generated once
under benchmarks/results/); for PostgreSQL, the same rows copied once into a database kept on
the server of WORKBENCH_TEST_POSTGRES_URL. Measures, in this run:

* each statistics query on its own (no Qt), computed from scratch over the assignments (the
  way every chart was computed before the summaries: "before") and from the summaries
  ("after"), over all time and over the last 24 hours, and checks that both give the same
  figures; and, as a baseline, spend per day computed the spreadsheet way (every approved
  assignment read into Python and summed there);
* in a child process, offscreen at 1280x800, once computing from scratch and once from the
  summaries: how long showing the page blocks the GUI thread, the longest stall of the GUI
  thread while the charts load (a 10 ms timer that should tick on time), and when each tab's
  charts are all drawn (target: under 1 s).

Run: .venv/bin/python benchmarks/bench_charts.py [--assignments N] [--timeout S]
[--database sqlite|postgres|both]
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
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench_tables import RESULTS, build_store

QUERIES = ("spend", "approval", "batches", "workers", "submissions", "work_time", "wage",
           "work_time_and_wage")


def query_functions(wb: Any, account_id: int, *, from_scratch: bool = False,
                    last_day: bool = False) -> dict[str, Callable[[], Any]]:
    from workbench.services import statistics as stats

    flt = stats.ChartFilter(account_id)
    if last_day:
        now = wb.clock()
        flt = stats.ChartFilter(account_id, start=now - timedelta(days=1), end=now)
    scratch = {"from_scratch": from_scratch}
    return {
        "choices": lambda: stats.chart_choices(wb, account_id),
        "spend": lambda: stats.spend_over_time(wb, flt, **scratch),
        "approval": lambda: stats.approval_over_time(wb, flt, **scratch),
        "batches": lambda: stats.approval_by_batch(wb, flt, **scratch),
        "workers": lambda: stats.worker_approval_rates(wb, flt, **scratch),
        "submissions": lambda: stats.submissions_over_time(wb, flt, **scratch),
        "work_time": lambda: stats.work_time_distribution(wb, flt, **scratch),
        "wage": lambda: stats.hourly_wage(wb, flt, 725, **scratch),
        "work_time_and_wage": lambda: stats.work_time_and_wage(wb, flt, 725, **scratch),
    }


def spend_the_spreadsheet_way(wb: Any, account_id: int) -> dict[str, int]:
    """The baseline: every approved assignment into Python, fees and days computed there."""
    from sqlalchemy import select

    from workbench.domain.fee_schedules import fee_schedule
    from workbench.domain.qualifications import is_masters
    from workbench.store.schema import HIT, Account, Assignment

    per_day: dict[str, int] = {}
    with wb.store.read() as session:
        # The account's fees (a local account pays none unless set), as the charts take them.
        account = session.get(Account, account_id)
        assert account is not None
        fees = fee_schedule(account.kind, account.options)
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
            per_day[day] = per_day.get(day, 0) + reward + fees.assignment_fee_cents(
                reward, asked, masters=masters)
    return per_day


def measure_queries(location: str, now: datetime) -> dict[str, Any]:
    """Each query from scratch and from the summaries: seconds, and whether they agree."""
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench

    wb = Workbench.open(location, clock=lambda: now)
    account = get_account(wb)
    times: dict[str, Any] = {}
    for last_day in (False, True):
        for from_scratch in (True, False):
            for name, work in query_functions(wb, account.id, from_scratch=from_scratch,
                                              last_day=last_day).items():
                started = time.perf_counter()
                figures = work()
                key = (name, last_day)
                times.setdefault(key, {})["before" if from_scratch else "after"] = \
                    time.perf_counter() - started
                times[key].setdefault("figures", []).append(figures)
    results: dict[str, Any] = {}
    for (name, last_day), value in times.items():
        figures = value.pop("figures")
        results[f"{name}|{int(last_day)}"] = {**value, "same": figures[0] == figures[1]}
    started = time.perf_counter()
    baseline = spend_the_spreadsheet_way(wb, account.id)
    results["baseline_spend"] = time.perf_counter() - started
    sql_days = {p.bucket.label[4:]: p.amounts.total_cents
                for p in query_functions(wb, account.id)["spend"]().points
                if p.amounts.total_cents}
    results["baseline_agrees"] = sql_days == baseline
    wb.close()
    return results


# -- the page, in its own process ------------------------------------------------------------

def run_page(db: str, timeout: float, from_scratch: bool) -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from workbench.services.context import Workbench
    from workbench.services.statistics import summaries
    from workbench.views.main_window import MainWindow
    from workbench.views.pages.charts import APPROVAL, THROUGHPUT, ChartsPage

    if from_scratch:
        # "Before": every chart computed from the assignments, as before the summaries.
        summaries.usable = lambda *_args, **_kwargs: False  # type: ignore[assignment]

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


def child(db: str, timeout: float, from_scratch: bool) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        results = run_page(db, timeout, from_scratch)
    except TimeoutError:
        results = {"timeout": 1.0}
    print("RESULT " + json.dumps(results), flush=True)


def measure_page(db: str, timeout: float, from_scratch: bool) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", "--db", db, "--timeout", str(timeout)]
    try:
        done = subprocess.run(
            command + (["--from-scratch"] if from_scratch else []),
            capture_output=True, text=True, timeout=timeout * 4 + 120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                 "WORKBENCH_CONFIG_DIR": str(RESULTS / "config-charts")})
    except subprocess.TimeoutExpired:
        return {"timeout": 1.0}
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[7:]))
    return {"crashed": 1.0, "stderr": done.stderr[-500:]}


# -- a PostgreSQL copy of the store ------------------------------------------------------------

def postgres_store(sqlite_path: Path, admin_url: str, assignments: int) -> str:
    """The benchmark's rows in a PostgreSQL store, copied once and kept on the server."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"wb_bench_charts_{assignments}"
    admin = create_engine(make_url(admin_url).set(drivername="postgresql+psycopg"),
                          isolation_level="AUTOCOMMIT")
    url = make_url(admin_url).set(drivername="postgresql+psycopg", database=name
                                  ).render_as_string(hide_password=False)
    with admin.connect() as connection:
        exists = connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                    {"n": name}).scalar()
    if exists:
        engine = create_engine(url)
        with engine.connect() as connection:
            # The copy is one transaction: all the rows are there, or none.
            ready = connection.execute(text(
                "SELECT to_regclass('assignments') IS NOT NULL")).scalar() and \
                connection.execute(text("SELECT count(*) FROM assignments")).scalar() \
                == assignments
        engine.dispose()
        if ready:
            admin.dispose()
            return url
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}"'))
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    started = time.perf_counter()
    print(f"Copying the store into PostgreSQL database {name}…", flush=True)
    copy_into_postgres(sqlite_path, url)
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    return url


def copy_into_postgres(sqlite_path: Path, url: str) -> None:
    """Copy the batches, HITs and assignments (not the answers: no chart reads them)."""
    # The SQL below names only this function's own tables and their columns.
    import sqlite3

    from sqlalchemy import create_engine

    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench
    from workbench.store import chart_summary

    wb = Workbench.open(url)   # the store's schema, at the newest revision, and its account
    account_id = get_account(wb).id
    wb.close()
    source = sqlite3.connect(sqlite_path)
    engine = create_engine(url)
    with engine.begin() as connection:
        # Filled at once afterwards, rather than fact by fact through the triggers.
        chart_summary.drop(connection)
        cursor: Any = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for table in ("batches", "hits", "assignments"):
            cursor.execute(f"SELECT * FROM {table} LIMIT 0")  # noqa: S608
            wanted = [d.name for d in cursor.description]
            have = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
            columns = [c for c in have if c in wanted]
            listed = ", ".join(columns)
            account = columns.index("account_id")
            with cursor.copy(f"COPY {table} ({listed}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {listed} FROM {table}"):  # noqa: S608
                    copy.write_row((*row[:account], account_id, *row[account + 1:]))
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                           f"(SELECT max(id) FROM {table}))")
        chart_summary.create(connection)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")
    engine.dispose()
    source.close()


# -- the report --------------------------------------------------------------------------------

def report(database: str, assignments: int, location: str, timeout: float) -> None:
    # The generated work ends on 2026-11-01; "now" a little after it, off the quarter hours.
    now = datetime(2026, 11, 1, 0, 7, 31, tzinfo=UTC)
    queries = measure_queries(location, now)
    print(f"\nCharts, {assignments:,} assignments ({database}; offscreen, 1280x800)\n")
    print("Each query alone (off the GUI thread in the app), from scratch (before) and from "
          "the summaries (after):")
    print(f"  {'query':28} {'range':9} {'before s':>9} {'after s':>9} {'ratio':>8}  "
          "same figures")
    for key, value in queries.items():
        if "|" not in key:
            continue
        name, last_day = key.split("|")
        print(f"  {name:28} {'24 hours' if last_day == '1' else 'all time':9} "
              f"{value['before']:9.3f} {value['after']:9.3f} "
              f"{value['before'] / max(value['after'], 1e-6):7.1f}x  {value['same']}")
    base, sql = queries["baseline_spend"], queries["spend|0"]["after"]
    print(f"\nSpend per day, every row into Python (baseline) {base:8.3f} s; from the summaries "
          f"{sql:.3f} s; baseline/summaries {base / sql:.1f}x; same figures: "
          f"{queries['baseline_agrees']}")
    pages = {"before": measure_page(location, timeout, True),
             "after": measure_page(location, timeout, False)}
    for kind, page in pages.items():
        if "timeout" in page or "crashed" in page:
            print(f"\nThe page ({kind}) did not finish: {page}")
            return
    print("\nThe page (in the app, queries of a tab running together):")
    print(f"  {'':40} {'before s':>9} {'after s':>9} {'ratio':>8}  target")
    for key, label, target in (
            ("show_blocks", "showing the page blocks the GUI for", None),
            ("spend_tab_drawn", "Spend tab: all charts drawn after", 1.0),
            ("approval_tab_drawn", "Approval tab: drawn after switching", 1.0),
            ("throughput_tab_drawn", "Throughput tab: drawn after switching", 1.0),
            ("longest_gui_stall", "longest GUI-thread stall meanwhile", None)):
        before, after = pages["before"][key], pages["after"][key]
        goal = "" if target is None else \
            f"< {target:.0f} s {'met' if after < target else 'NOT met'}"
        print(f"  {label:40} {before:9.3f} {after:9.3f} {before / max(after, 1e-6):7.1f}x  "
              f"{goal}")
    for kind, page in pages.items():
        print(f"  query times in the app ({kind}): " + ", ".join(
            f"{k} {v:.2f} s" for k, v in page["query_seconds"].items()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assignments", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="sqlite")
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--from-scratch", action="store_true")
    parser.add_argument("--db")
    args = parser.parse_args()
    if args.child:
        child(args.db, args.timeout, args.from_scratch)
        return
    RESULTS.mkdir(exist_ok=True)
    db = RESULTS / f"tables-{args.assignments}.sqlite3"
    if not db.exists():
        started = time.perf_counter()
        print(f"Generating {args.assignments:,} assignments…", flush=True)
        build_store(db, args.assignments)
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    if args.database in ("sqlite", "both"):
        report("SQLite", args.assignments, str(db), args.timeout)
    if args.database in ("postgres", "both"):
        admin_url = os.environ.get("WORKBENCH_TEST_POSTGRES_URL")
        if not admin_url:
            sys.exit("PostgreSQL: set WORKBENCH_TEST_POSTGRES_URL (a server where a database "
                     "may be created)")
        location = postgres_store(db, admin_url, args.assignments)
        report("PostgreSQL", args.assignments, location, args.timeout)


if __name__ == "__main__":
    main()
