"""How the HITs and Assignments tables scale: lazy SQL-backed models against a baseline.

A store of 1,000,000 assignments in 100,000 HITs is generated once (reused from
benchmarks/results/ on later runs). Each contender runs in its own process, offscreen at
1280x800, so its peak memory is its own:

* lazy: the app's AssignmentTableModel (ids + pages fetched off the GUI thread, SQL sort and
  filter) in a QTableView;
* baseline: the same columns through a QStandardItemModel loaded with every row, sorted and
  filtered by Qt (QSortFilterProxyModel).

Scrolling to the end is timed the same way on both sides (scroll, process events, force a
repaint), and the median of a few forced repaints is printed under it: no model can make a
scroll cheaper than painting the viewport, so that row is the floor of the scroll's ratio.

Run: .venv/bin/python benchmarks/bench_tables.py [--assignments N] [--timeout S]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from children import peak_mb

RESULTS = Path(__file__).parent / "results"
STORE_VERSION = 3  # in the generated store's name: a new version generates a new store
METRICS = ("open", "sort", "scroll_to_end", "repaint", "filter", "open_to_end")
LABELS = {"open": "open page -> first rows painted", "sort": "re-sort by another column",
          "scroll_to_end": "scroll to the last row",
          "repaint": "  (one repaint of the viewport)", "filter": "apply a text filter",
          "open_to_end": "open page, Ctrl+End -> last rows",
          "rss_mb": "peak RSS (MB)"}


# Each table: the app's model, the column re-sorted, the text searched, and the baseline's
# query (the same columns, every row) with the column its proxy sorts by.
TABLES = {
    "assignments": {
        "model": "AssignmentTableModel", "sort": "work_time", "search": "item 99999",
        "baseline": "SELECT a.assignment_id, a.worker_id, a.status, a.submit_time,"
                    " a.work_time_s, a.answer_summary, h.hit_id, b.name, h.reward_cents,"
                    " a.auto_approval_time FROM assignments a JOIN hits h ON h.id = a.hit_pk"
                    " LEFT JOIN batches b ON b.id = h.batch_id ORDER BY a.submit_time DESC",
        "baseline_sort": 4},
    "hits": {
        "model": "HitTableModel", "sort": "reward", "search": "item 9999",
        "baseline": "SELECT h.hit_id, b.name, h.title, h.status, h.reward_cents,"
                    " h.max_assignments, h.assignments_available, h.assignments_pending,"
                    " h.submitted_count, h.approved_count, h.rejected_count, h.creation_time,"
                    " h.expiration FROM hits h LEFT JOIN batches b ON b.id = h.batch_id"
                    " ORDER BY h.creation_time DESC",
        "baseline_sort": 4},
}


# Words of the benchmark's free-text answers (a vocabulary, not a language model).
REVIEW_TEXT = (
    "The kettle arrived two days late but boils water quickly and quietly.",
    "Packaging was damaged; the lid does not close properly and leaks steam.",
    "Great value for the price, my family uses it every morning for tea and coffee.",
    "The handle gets hot after a few minutes, which is dangerous for children.",
    "Customer service replaced the broken unit without questions, very helpful staff.",
    "Colour looks different from the photos, more grey than blue, still acceptable.",
    "Stopped working after three weeks; the switch light flickers and nothing happens.",
    "Instructions only in English and French, the German manual was missing entirely.",
    "Works as described, cable is short, base is stable on our uneven kitchen counter.",
    "Would not recommend: limescale builds up fast and the filter is hard to clean.",
)


def build_store(path: Path, assignments: int, per_hit: int = 10) -> None:
    """A store with ``assignments`` assignments in ``assignments / per_hit`` HITs, in bulk."""
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench
    from workbench.services.mirror import summarise
    from workbench.store import answer_search

    wb = Workbench.open(path)
    account = get_account(wb)
    wb.close()
    rng = random.Random(1)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    now = datetime(2026, 11, 1, tzinfo=UTC)
    connection.execute(
        "INSERT INTO batches (account_id, name, origin, state, title, description, keywords,"
        " reward_cents, max_assignments, lifetime_s, assignment_duration_s,"
        " auto_approval_delay_s, frame_height, qualification_requirements, input_columns,"
        " created_at) VALUES (?, 'Benchmark batch', 'import', 'published', 'T', 'D', '', 5,"
        " ?, 0, 0, 0, 0, '[]', '[]', ?)", (account.id, per_hit, now.isoformat(" ")))
    batch_id = connection.execute("SELECT max(id) FROM batches").fetchone()[0]
    hits = assignments // per_hit
    # Each assignment's status drawn at random (1 in 5 Submitted, 3 in 5 Approved, 1 in 5
    # Rejected), so the HITs' counts differ; rewards differ too, so sorting them means work.
    statuses = ["Submitted", "Approved", "Approved", "Approved", "Rejected"]
    rewards = [1, 5, 8, 10, 12, 15, 20, 25, 40, 50, 75, 100, 150]
    labels = ["Positive", "Negative", "Neutral", "Très positif", "負面"]
    workers = [f"A{rng.randrange(16**12):012X}X" for _ in range(5000)]
    hit_rows = []
    for number in range(hits):
        created = now - timedelta(minutes=number)
        hit_rows.append((
            account.id, f"3H{number:028d}", "3TYPE0000000000000000000000000", batch_id,
            f"Label item {number} — étiquette «{labels[number % 5]}»", "Describe it", "",
            rng.choice(rewards), per_hit, "Reviewable", "NotReviewed", 0, 0, per_hit, 0, 0, 0,
            created.isoformat(" "), (created + timedelta(days=7)).isoformat(" "), 600, 259200,
            "[]", 1))
    connection.executemany(
        "INSERT INTO hits (account_id, hit_id, hit_type_id, batch_id, title, description,"
        " keywords, reward_cents, max_assignments, status, review_status,"
        " assignments_available, assignments_pending, assignments_completed, submitted_count,"
        " approved_count, rejected_count, creation_time, expiration, assignment_duration_s,"
        " auto_approval_delay_s, qualification_requirements, settled)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", hit_rows)
    first_hit = connection.execute("SELECT min(id) FROM hits").fetchone()[0]

    # Each assignment's answers: its label and a free-text comment of 3 to 60 words, some
    # longer than the summary, which is made from them as the application makes it (the
    # search reads the summaries, and what they leave out through the answers' index).
    words = " ".join(REVIEW_TEXT).split()
    comments: list[str] = []

    def rows():  # type: ignore[no-untyped-def]
        for number in range(assignments):
            hit = first_hit + number // per_hit
            accepted = now - timedelta(seconds=number * 7)
            work = rng.randrange(5, 600)
            submitted = accepted + timedelta(seconds=work)
            comment = f"item {number}: " + " ".join(
                rng.choice(words) for _ in range(rng.randrange(3, 60)))
            comments.append(comment)
            yield (account.id, f"3A{number:028d}", hit, workers[rng.randrange(len(workers))],
                   rng.choice(statuses), accepted.isoformat(" "), submitted.isoformat(" "),
                   (submitted + timedelta(days=3)).isoformat(" "), work,
                   summarise({"sentiment.label": labels[number % 5], "comment": comment}),
                   "form", "{}")

    connection.executemany(
        "INSERT INTO assignments (account_id, assignment_id, hit_pk, worker_id, status,"
        " accept_time, submit_time, auto_approval_time, work_time_s, answer_summary,"
        " answer_format, extra) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows())
    first_assignment = connection.execute("SELECT min(id) FROM assignments").fetchone()[0]

    def answers():  # type: ignore[no-untyped-def]
        for number, comment in enumerate(comments):
            yield first_assignment + number, "sentiment.label", labels[number % 5]
            yield first_assignment + number, "comment", comment

    connection.executemany("INSERT INTO answers (assignment_pk, name, value) VALUES (?,?,?)",
                           answers())
    if connection.execute("SELECT count(*) FROM sqlite_master WHERE name = ?",
                          (answer_search.STATE_TABLE,)).fetchone()[0]:
        answer_search.catch_up(connection)  # as the application does before it commits
    # The HITs' counts of their assignments, as the store keeps them.
    connection.execute(
        "UPDATE hits SET submitted_count = c.submitted, approved_count = c.approved,"
        " rejected_count = c.rejected FROM (SELECT hit_pk, sum(status = 'Submitted')"
        " AS submitted, sum(status = 'Approved') AS approved, sum(status = 'Rejected')"
        " AS rejected FROM assignments GROUP BY hit_pk) AS c WHERE c.hit_pk = hits.id")
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()


# -- the contenders (each in its own process) ----------------------------------------------

def _pump_until(app, condition, timeout: float) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    while not condition():
        app.processEvents()
        if time.perf_counter() - start > timeout:
            raise TimeoutError
        time.sleep(0.0005)
    return time.perf_counter() - start


def _repaint_time(view) -> float:  # type: ignore[no-untyped-def]
    """The median of a few forced repaints of the viewport: the floor under any scroll."""
    times = []
    for _ in range(9):
        start = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def run_lazy(db: str, timeout: float, table: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from workbench.models import tables
    from workbench.models.collector import GuiThreadCollector
    from workbench.models.tasks import TaskRunner

    GuiThreadCollector.install(app)  # as the application runs
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench
    from workbench.views.widgets.table_view import DataTableView

    wb = Workbench.open(db)
    account = get_account(wb)
    runner = TaskRunner()
    view = DataTableView("bench")
    view.resize(1280, 800)
    view.show()
    results: dict[str, float] = {}

    def painted(row: int) -> bool:
        model = view.model()
        return model is not None and model.rowCount() > row and \
            model.data(model.index(row, 0)) not in (None, "")

    spec = TABLES[table]
    model_class = getattr(tables, str(spec["model"]))
    start = time.perf_counter()
    model = model_class(wb, runner)
    view.setModel(model)
    model.set_request(model.request.with_filter(account_id=account.id))
    _pump_until(app, lambda: painted(0), timeout)
    view.viewport().repaint()
    results["open"] = time.perf_counter() - start
    _pump_until(app, lambda: not model.is_loading, timeout)

    start = time.perf_counter()
    model.sort(model.column_of(spec["sort"]))
    _pump_until(app, lambda: model.request.sort_key == spec["sort"] and painted(0)
                and model._generation and not model._pending and model.row(0) is not None
                and model.rowCount() > 0 and model._pages.get(0) is not None, timeout)
    view.viewport().repaint()
    results["sort"] = time.perf_counter() - start
    # The scroll starts from an idle table (as the baseline's, whose rows are all loaded):
    # every id known and no page fetch in flight. The jump made straight after opening, with
    # nothing loaded yet, is measured below ("open page, Ctrl+End").
    _pump_until(app, lambda: not model.is_loading and not model._pending, timeout)

    start = time.perf_counter()
    view.scrollToBottom()
    app.processEvents()  # as the baseline: the scroll's own paint, then a forced one
    last = model.rowCount() - 1
    _pump_until(app, lambda: painted(last), timeout)
    view.viewport().repaint()
    results["scroll_to_end"] = time.perf_counter() - start
    results["repaint"] = _repaint_time(view)

    start = time.perf_counter()
    model.set_request(model.request.with_filter(search=spec["search"]))
    _pump_until(app, lambda: not model.is_loading and (model.rowCount() == 0 or painted(0)),
                timeout)
    view.viewport().repaint()
    results["filter"] = time.perf_counter() - start
    results["rows_after_filter"] = model.rowCount()

    # A user who opens the page and jumps to the end as soon as the scroll bar knows how
    # far the end is (the row count, loaded beside the first page): a fresh model, timed
    # until the last rows are painted.
    start = time.perf_counter()
    fresh = model_class(wb, runner)
    view.setModel(fresh)
    fresh.set_request(fresh.request.with_filter(account_id=account.id))
    _pump_until(app, lambda: painted(0) and fresh.rowCount() == last + 1, timeout)
    view.scrollToBottom()
    app.processEvents()
    _pump_until(app, lambda: painted(last), timeout)
    view.viewport().repaint()
    results["open_to_end"] = time.perf_counter() - start
    runner.shutdown()
    return results


def run_baseline(db: str, timeout: float, table: str) -> dict[str, float]:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    deadline = time.perf_counter() + timeout
    results: dict[str, float] = {}
    start = time.perf_counter()
    connection = sqlite3.connect(db)
    spec = TABLES[table]
    query = str(spec["baseline"])
    model = QStandardItemModel(0, len(connection.execute(query + " LIMIT 0").description))
    for number, row in enumerate(connection.execute(query)):
        model.appendRow([QStandardItem("" if v is None else str(v)) for v in row])
        if number % 10_000 == 0 and time.perf_counter() > deadline:
            raise TimeoutError
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    view.viewport().repaint()
    results["open"] = time.perf_counter() - start
    start = time.perf_counter()
    proxy.sort(int(spec["baseline_sort"]), Qt.SortOrder.AscendingOrder)
    app.processEvents()
    view.viewport().repaint()
    results["sort"] = time.perf_counter() - start
    start = time.perf_counter()
    view.scrollToBottom()
    app.processEvents()
    view.viewport().repaint()
    results["scroll_to_end"] = time.perf_counter() - start
    results["repaint"] = _repaint_time(view)
    start = time.perf_counter()
    proxy.setFilterFixedString(str(spec["search"]))
    app.processEvents()
    view.viewport().repaint()
    results["filter"] = time.perf_counter() - start
    results["rows_after_filter"] = proxy.rowCount()
    # Its rows cannot be scrolled before they are all loaded: opening, then the jump.
    results["open_to_end"] = results["open"] + results["scroll_to_end"]
    return results


def child(kind: str, db: str, timeout: float, table: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        results = (run_lazy if kind == "lazy" else run_baseline)(db, timeout, table)
    except TimeoutError:
        results = {"timeout": 1.0}
    results["rss_mb"] = peak_mb()
    print("RESULT " + json.dumps(results), flush=True)


def measure(kind: str, db: Path, timeout: float, table: str) -> dict[str, float]:
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--db", str(db), "--timeout",
             str(timeout), "--table", table], capture_output=True, text=True,
            timeout=timeout + 120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                 "WORKBENCH_CONFIG_DIR": str(RESULTS / "config")})
    except subprocess.TimeoutExpired:
        return {"timeout": 1.0}
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[7:]))
    return {"crashed": 1.0, "stderr": done.stderr[-300:]}  # type: ignore[dict-item]


def print_table(title: str, lazy: dict[str, float], baseline: dict[str, float]) -> None:
    print(f"\n{title} (offscreen, 1280x800)\n")
    print(f"{'measure':34} {'lazy (app)':>12} {'baseline':>14} {'baseline/lazy':>14}")
    for key in (*METRICS, "rss_mb"):
        value = lazy.get(key)
        base = baseline.get(key)
        unit = "" if key == "rss_mb" else " s"
        shown = f"{value:.3f}{unit}" if value is not None else "—"
        if base is None:
            base_text = "did not finish" if "timeout" in baseline else "—"
            ratio = "—"
        else:
            base_text = f"{base:.3f}{unit}"
            ratio = f"{base / value:.1f}x" if value else "—"
        print(f"{LABELS[key]:34} {shown:>12} {base_text:>14} {ratio:>14}")
    print(f"\nrows after the filter: lazy {lazy.get('rows_after_filter')}, "
          f"baseline {baseline.get('rows_after_filter')}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assignments", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--tables", default="assignments,hits",
                        help="which tables to measure, comma-separated")
    parser.add_argument("--child")
    parser.add_argument("--db")
    parser.add_argument("--table", default="assignments")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.timeout, args.table)
        return
    RESULTS.mkdir(exist_ok=True)
    db = RESULTS / f"tables-v{STORE_VERSION}-{args.assignments}.sqlite3"
    if not db.exists():
        started = time.perf_counter()
        print(f"Generating {args.assignments:,} assignments in {args.assignments // 10:,} HITs…",
              flush=True)
        build_store(db, args.assignments)
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    titles = {"assignments": f"Assignments table, {args.assignments:,} assignments",
              "hits": f"HITs table, {args.assignments // 10:,} HITs "
                      f"(of {args.assignments:,} assignments)"}
    for table in args.tables.split(","):
        lazy = measure("lazy", db, args.timeout, table)
        baseline = measure("baseline", db, args.timeout, table)
        print_table(titles[table], lazy, baseline)


if __name__ == "__main__":
    main()
