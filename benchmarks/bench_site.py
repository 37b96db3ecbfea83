"""The worker site under load: many invited workers at once, over HTTP on loopback.

``workbench serve --workers N`` (its own processes) serves a fresh marketplace holding a
published batch. Simulated workers, each with a browser of its own (cookies, CSRF tokens),
sign in with their invitation and then, until the time is up, do what a person does: open
the HIT list, accept a HIT of a group, open the work page and the task's form, and submit
it. Afterwards the database is checked:

* no HIT has more assignments (accepted, submitted or reviewed) than its MaxAssignments;
* every submit the site answered with success is stored, with exactly the answers sent;
* no assignment is lost or duplicated: every accept answered with success is stored for
  that worker and HIT, no worker holds two assignments of one HIT, and nothing was stored
  that no worker asked for.

Each run is made twice on a fresh marketplace: with ``--server-workers`` processes and,
as the baseline measured in the same run, with ``--baseline-server-workers`` (default 1).
With ``--task-seconds S`` a worker spends about S seconds on each task's form (and a fifth
of it choosing), as people do; with 0 they work as fast as the site answers, which shows
the most the site can take rather than the latency people would see.

Run: ``python benchmarks/bench_site.py [--database sqlite|postgres|both] [--workers 200]
[--seconds 60] [--hits 2000] [--assignments 3] [--server-workers 4]
[--baseline-server-workers 1] [--task-seconds 0]``. PostgreSQL comes from
``WORKBENCH_TEST_POSTGRES_URL`` (a server where a fresh database may be created, e.g.
``postgresql+psycopg://postgres:postgres@localhost:5432/postgres``). Exits 1 if an
invariant fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

import httpx
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from workbench.formats.questions import html_question
from workbench.formats.templates import render_template
from workbench.marketplace.local.invitations import Invitations
from workbench.marketplace.local.market import LocalMarketplace
from workbench.marketplace.local.schema import MarketAssignment, MarketHIT
from workbench.resources import template_preset
from workbench.services.accounts import add_account, get_account
from workbench.services.context import Workbench

KEY, SECRET = "AKWBBENCHSITE0000001", "bench-secret-not-real-0000000000000000"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
GROUP_ACCEPT = re.compile(r'action="/groups/([A-Za-z0-9]+)/accept"')
FRAME = re.compile(r'<iframe[^>]*class="task-frame"[^>]*src="([^"]+)"')
GROUPS = ("What is the sentiment of this review?", "Is this review about the product?",
          "Does this review mention delivery?", "Is this review written in anger?",
          "Would this reviewer buy again?")
PRODUCTS = ("Kettle", "Toaster", "Blender", "Lamp", "Chair", "Backpack", "Headphones")
REVIEWS = ("It boils fast.", "Broke after a week.", "Exactly as described, would buy again.",
           "Delivery took a month and the box was crushed.", "Fine for the price.")
HELD = ("Accepted", "Submitted", "Approved", "Rejected")


# -- the marketplace ---------------------------------------------------------------------------

@dataclass
class Market:
    """A fresh store whose default account's marketplace holds the batch and the workers."""

    store: Path
    engine: Engine
    tokens: list[tuple[str, str]]  # (worker id, sign-in token)
    hits: int


def sentiment_question(number: int) -> str:
    row = {"product": PRODUCTS[number % len(PRODUCTS)],
           "review": f"{REVIEWS[number % len(REVIEWS)]} (review {number})"}
    return html_question(render_template(template_preset("sentiment"), row))


def prepare(folder: Path, market_url: str | None, hits: int, assignments: int,
            workers: int) -> Market:
    """The store, its local account (on ``market_url`` if given), the batch, the invitations."""
    store = folder / "store.sqlite3"
    wb = Workbench.open(store)
    try:
        if market_url:
            account = add_account(wb, "bench-postgres", "local", market_url=market_url,
                                  make_default=True)
        else:
            account = get_account(wb)
        requester = account.requester_id or ""
        engine = wb.market_engine(account.options.get("market_url"))
        market = LocalMarketplace(engine, requester)
        for number in range(hits):
            market.create_hit(
                Title=GROUPS[number % len(GROUPS)],
                Description="Read a short customer review and say how it feels.",
                Keywords="sentiment, reviews", Reward="0.05",
                AssignmentDurationInSeconds=1800, LifetimeInSeconds=7 * 86400,
                AutoApprovalDelayInSeconds=7 * 86400, MaxAssignments=assignments,
                Question=sentiment_question(number), RequesterAnnotation=f"bench-{number}")
        invitations = Invitations(engine)
        tokens = []
        for number in range(workers):
            issued = invitations.invite(display_name=f"Bench worker {number}",
                                        invited_by=requester)
            tokens.append((issued.worker_id, issued.token))
        keys = folder / "keys.ini"
        keys.write_text(f"[bench]\naws_access_key_id = {KEY}\n"
                        f"aws_secret_access_key = {SECRET}\naccount = {account.name}\n",
                        encoding="utf-8")
        keys.chmod(0o600)  # serve refuses a keys file others may read
    finally:
        wb.close()
    # The check reads with an engine of its own, after the server is gone.
    from workbench.sql.engine import make_engine

    return Market(store, make_engine(market_url or store), tokens, hits)


@contextmanager
def postgres_database(admin_url: str, keep: bool) -> Iterator[str]:
    """A fresh PostgreSQL database on that server, dropped afterwards."""
    name = f"wb_bench_site_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(admin_url).set(drivername="postgresql+psycopg"),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(drivername="postgresql+psycopg", database=name
                                      ).render_as_string(hide_password=False)
    finally:
        if not keep:
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(pid) FROM "
                                        "pg_stat_activity WHERE datname = :n"), {"n": name})
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@contextmanager
def server(folder: Path, store: Path, processes: int) -> Iterator[tuple[str, int]]:
    """``workbench serve --workers N`` on a free port; yields its address (and process id)
    once it answers."""
    env = {**os.environ, "WORKBENCH_CONFIG_DIR": str(folder / "config")}
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench", "--db", str(store), "serve", "--port", "0",
         "--keys", str(folder / "keys.ini"), "--workers", str(processes)],
        stdout=subprocess.PIPE, text=True, env=env, start_new_session=True)
    try:
        assert process.stdout is not None
        found = re.search(r" at (http://\S+) with ", process.stdout.readline())
        if not found:
            raise SystemExit("the server did not start")
        url = found.group(1)
        deadline = time.monotonic() + 60
        while True:  # the processes are up once the site answers
            try:
                if httpx.get(f"{url}/sign-in", timeout=10).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit("the server's processes did not start")
            time.sleep(0.2)
        yield url, process.pid
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)  # uvicorn's supervisor stops its processes
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


# -- what the processes spent ------------------------------------------------------------------

def _stats() -> dict[int, tuple[int, float, bytes]]:
    """Every process: (parent, CPU seconds, command line), from /proc (Linux)."""
    found = {}
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        found[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / ticks,
                                  command)
    return found


class CpuMeter:
    """CPU seconds of the server's processes and of PostgreSQL's backends for one database.

    Sampled every quarter second on a thread, so that the CPU of a process that ends (a
    database connection closed by the pool) is still counted up to its last sample.
    """

    def __init__(self, server_pid: int, database: str | None) -> None:
        self.server_pid = server_pid
        self.database = f" {database} ".encode() if database else None
        self._first: dict[int, float] = {}
        self._last: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self, first: bool) -> None:
        stats = _stats()
        tree, frontier = {self.server_pid}, {self.server_pid}
        while frontier:
            frontier = {pid for pid, (parent, _, _) in stats.items()
                        if parent in frontier} - tree
            tree |= frontier
        for pid, (_parent, cpu, command) in stats.items():
            kind = "server" if pid in tree else "database" if self.database and \
                command.startswith(b"postgres: ") and self.database in command else None
            if kind is None:
                continue
            if first:
                self._first[pid] = cpu
            self._last[pid] = (kind, cpu)

    def _run(self) -> None:
        while not self._stop.wait(0.25):
            self._sample(first=False)

    def start(self) -> None:
        self._sample(first=True)
        self._thread.start()

    def stop(self) -> tuple[float, float]:
        """(server, database) CPU seconds since ``start``."""
        self._stop.set()
        self._thread.join()
        self._sample(first=False)
        spent = {"server": 0.0, "database": 0.0}
        for pid, (kind, cpu) in self._last.items():
            spent[kind] += cpu - self._first.get(pid, 0.0)
        return spent["server"], spent["database"]


@dataclass
class Usage:
    """CPU seconds spent during the work phase by the server, the database and the clients."""

    server: float = 0.0
    database: float = 0.0
    clients: float = 0.0


# -- the simulated workers ---------------------------------------------------------------------

@dataclass
class Tally:
    """What the workers saw: successes, latencies, refusals and errors."""

    accepted: dict[str, str] = field(default_factory=dict)  # assignment -> worker
    submitted: dict[str, str] = field(default_factory=dict)  # assignment -> answers sent
    unanswered_accepts: int = 0  # accepts that got no answer (the server may have stored them)
    accept_ms: list[float] = field(default_factory=list)
    submit_ms: list[float] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)


def _csrf(page: str) -> str:
    found = CSRF.search(page)
    if not found:
        raise LookupError("no form on the page")
    return found.group(1)


async def sign_in(http: httpx.AsyncClient, token: str, tally: Tally) -> bool:
    page = await http.get("/sign-in")
    signed = await http.post("/sign-in", data={"csrf": _csrf(page.text), "token": token})
    if signed.status_code != 303:
        tally.outcomes[f"sign-in: HTTP {signed.status_code}"] += 1
    return signed.status_code == 303


async def work(http: httpx.AsyncClient, worker_id: str, deadline: float, tally: Tally,
               seed: int, task_seconds: float = 0.0) -> None:
    """One signed-in worker: list, accept, open the form and submit until time is up.

    A task begun before the deadline is finished (submitted) even after it.
    """
    rng = random.Random(seed)
    done = 0
    # People do not all arrive in the same second.
    await asyncio.sleep(rng.uniform(0, task_seconds))
    while time.monotonic() < deadline:
        try:
            listing = await http.get("/hits")
            await asyncio.sleep(rng.uniform(0.1, 0.3) * task_seconds)  # choosing a HIT
            groups = GROUP_ACCEPT.findall(listing.text)
            if listing.status_code != 200 or not groups:
                tally.outcomes["list: no HIT left to accept" if listing.status_code == 200
                               else f"list: HTTP {listing.status_code}"] += 1
                await asyncio.sleep(0.5)
                continue
            clock = time.perf_counter()
            try:
                accepted = await http.post(f"/groups/{rng.choice(groups)}/accept",
                                           data={"csrf": _csrf(listing.text)})
            except httpx.HTTPError:
                tally.unanswered_accepts += 1
                raise
            tally.accept_ms.append((time.perf_counter() - clock) * 1000)
            where = accepted.headers.get("location", "")
            if accepted.status_code != 303 or "/work/" not in where:
                tally.outcomes["accept: group empty" if "group-empty" in where
                               else f"accept: HTTP {accepted.status_code}"] += 1
                continue
            assignment_id = where.rsplit("/", 1)[1]
            tally.accepted[assignment_id] = worker_id
            page = await http.get(f"/work/{assignment_id}")
            frame = FRAME.search(page.text)
            if frame is None:
                tally.outcomes[f"work page: HTTP {page.status_code}"] += 1
                continue
            frame_url = unescape(frame.group(1))
            form = await http.get(frame_url)  # the task's own page: the form to fill
            if form.status_code != 200:
                tally.outcomes[f"task form: HTTP {form.status_code}"] += 1
                continue
            done += 1
            await asyncio.sleep(rng.uniform(0.5, 1.5) * task_seconds)  # doing the task
            answers = json.dumps([{"sentiment": {"label": rng.choice(
                ("Positive", "Neutral", "Negative"))}, "bench": f"{worker_id}-{done}"}])
            clock = time.perf_counter()
            sent = await http.post(frame_url.split("?", 1)[0] + "/mturk/externalSubmit",
                                   data={"assignmentId": assignment_id, "taskAnswers": answers})
            tally.submit_ms.append((time.perf_counter() - clock) * 1000)
            if sent.status_code == 200 and "submitted" in sent.text:
                tally.submitted[assignment_id] = answers
            else:
                tally.outcomes[f"submit: HTTP {sent.status_code}"] += 1
        except httpx.TimeoutException:
            tally.outcomes["timeout"] += 1
        except httpx.HTTPError as exc:
            tally.outcomes[f"connection: {type(exc).__name__}"] += 1
        except LookupError:
            tally.outcomes["page without a form"] += 1


async def crowd(url: str, tokens: list[tuple[str, str]], seconds: float,
                task_seconds: float = 0.0, meter: CpuMeter | None = None
                ) -> tuple[Tally, float, Usage]:
    """Every worker at once: what they saw, the seconds the work phase took, the CPU used."""
    tally = Tally()
    browsers = [httpx.AsyncClient(base_url=url, timeout=60) for _ in tokens]
    try:
        # Everyone signs in first (not timed), then all work until the deadline.
        signed = await asyncio.gather(*(
            sign_in(http, token, tally)
            for http, (_worker, token) in zip(browsers, tokens, strict=True)))
        if meter is not None:
            meter.start()
        begin, clients = time.monotonic(), time.process_time()
        await asyncio.gather(*(work(http, worker, begin + seconds, tally, number, task_seconds)
                               for number, (http, (worker, _token), ok)
                               in enumerate(zip(browsers, tokens, signed, strict=True)) if ok))
        usage = Usage(clients=time.process_time() - clients)
        if meter is not None:
            usage.server, usage.database = meter.stop()
        return tally, time.monotonic() - begin, usage
    finally:
        for http in browsers:
            await http.aclose()


# -- the check ---------------------------------------------------------------------------------

def check(engine: Engine, tally: Tally) -> list[tuple[str, bool, str]]:
    """The invariants: (name, passed, detail)."""
    with Session(engine) as session:
        limits: dict[str, int] = dict(session.execute(
            select(MarketHIT.hit_id, MarketHIT.max_assignments)).all())
        held: dict[str, int] = dict(session.execute(
            select(MarketAssignment.hit_id, func.count()).where(
                MarketAssignment.status.in_(HELD)).group_by(MarketAssignment.hit_id)).all())
        rows = {a.assignment_id: (a.hit_id, a.worker_id, a.status, a.answer or "")
                for a in session.scalars(select(MarketAssignment))}
    over = [h for h, count in held.items() if count > limits[h]]
    pairs = Counter((hit, worker) for hit, worker, _status, _answer in rows.values())
    twice = [pair for pair, count in pairs.items() if count > 1]
    lost_accepts = [a for a, worker in tally.accepted.items()
                    if a not in rows or rows[a][1] != worker]
    lost_submits = [a for a, answers in tally.submitted.items()
                    if a not in rows or rows[a][2] != "Submitted"
                    or json.loads(answers)[0]["bench"] not in rows[a][3]]
    unasked = sum(1 for assignment in rows if assignment not in tally.accepted)
    return [
        ("no HIT holds more assignments than MaxAssignments", not over,
         f"{len(held)} HITs with work, {len(over)} over their limit"),
        ("every successful submit is stored with its answers", not lost_submits,
         f"{len(tally.submitted)} submits, {len(lost_submits)} missing or different"),
        ("every successful accept is stored for its worker", not lost_accepts,
         f"{len(tally.accepted)} accepts, {len(lost_accepts)} missing"),
        ("no worker holds two assignments of one HIT", not twice,
         f"{len(rows)} assignments, {len(twice)} duplicated pairs"),
        ("nothing stored that no worker was told of", unasked <= tally.unanswered_accepts,
         f"{unasked} stored beyond the answered accepts "
         f"({tally.unanswered_accepts} accepts got no answer)"),
    ]


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(share * 100) - 1]


def latency(values: list[float]) -> str:
    return f"{percentile(values, 0.5):>8.0f} / {percentile(values, 0.95):<7.0f}"


@dataclass
class Result:
    database: str
    processes: int
    workers: int
    seconds: float
    tally: Tally
    checks: list[tuple[str, bool, str]]
    usage: Usage = field(default_factory=Usage)


def run_one(database: str, processes: int, args: argparse.Namespace) -> Result:
    with tempfile.TemporaryDirectory(prefix="bench-site-") as name:
        folder = Path(name)
        if database == "postgres":
            admin_url = args.postgres_url or os.environ.get("WORKBENCH_TEST_POSTGRES_URL", "")
            if not admin_url:
                raise SystemExit("set WORKBENCH_TEST_POSTGRES_URL (or --postgres-url) for "
                                 "--database postgres")
            with postgres_database(admin_url, args.keep) as url:
                return measure(database, processes, folder, url, args)
        return measure(database, processes, folder, None, args)


def measure(database: str, processes: int, folder: Path, market_url: str | None,
            args: argparse.Namespace) -> Result:
    clock = time.perf_counter()
    market = prepare(folder, market_url, args.hits, args.assignments, args.workers)
    print(f"[{database}] published {args.hits} HITs x {args.assignments} assignments and "
          f"invited {args.workers} workers in {time.perf_counter() - clock:.1f} s",
          file=sys.stderr)
    try:
        name = make_url(market_url).database if market_url else None
        with server(folder, market.store, processes) as (url, pid):
            tally, seconds, usage = asyncio.run(crowd(
                url, market.tokens, args.seconds, args.task_seconds,
                CpuMeter(pid, name)))
        return Result(database, processes, args.workers, seconds, tally,
                      check(market.engine, tally), usage)
    finally:
        market.engine.dispose()


def report(results: list[Result], args: argparse.Namespace) -> bool:
    print(f"\nWorker site under load: {args.hits} HITs x {args.assignments} assignments, "
          f"{args.task_seconds:g} s a task, clients and server on {os.cpu_count()} CPUs "
          f"(load average {os.getloadavg()[0]:.1f} at the end)")
    header = (f"{'database':<9} {'processes':>9} {'workers':>7} {'seconds':>7} "
              f"{'accepts/s':>9} {'submits/s':>9} {'accept p50/p95 ms':>18} "
              f"{'submit p50/p95 ms':>18}")
    print(header)
    print("-" * len(header))
    for result in results:
        tally = result.tally
        print(f"{result.database:<9} {result.processes:>9} {result.workers:>7} "
              f"{result.seconds:>7.1f} {len(tally.accepted) / result.seconds:>9.1f} "
              f"{len(tally.submitted) / result.seconds:>9.1f} "
              f"{latency(tally.accept_ms)} {latency(tally.submit_ms)}")
    for database in dict.fromkeys(r.database for r in results):
        runs = [r for r in results if r.database == database]
        if len(runs) == 2:
            base, main = runs
            ratio = (len(main.tally.submitted) / main.seconds) / max(
                1e-9, len(base.tally.submitted) / base.seconds)
            print(f"[{database}] {main.processes} processes submit {ratio:.2f}x as many "
                  f"tasks a second as {base.processes}")
    print("\nCPU per task (list, accept, work page, form, submit), in ms: what a machine "
          "of its own would need")
    for result in results:
        tasks = max(1, len(result.tally.submitted))
        use = result.usage
        own = use.server + use.database
        print(f"  {result.database}, {result.processes} processes: server "
              f"{use.server / tasks * 1000:6.1f}, database {use.database / tasks * 1000:6.1f}, "
              f"clients {use.clients / tasks * 1000:6.1f}; server and database on 2 cores "
              f"~{2 / (own / tasks):.0f} tasks/s, on 4 cores ~{4 / (own / tasks):.0f}"
              if own > 0 else f"  {result.database}: no CPU figures on this system")
    passed = True
    for result in results:
        kinds = ", ".join(f"{kind}: {count}" for kind, count in
                          result.tally.outcomes.most_common()) or "none"
        print(f"\n[{result.database}, {result.processes} processes] "
              f"{len(result.tally.accepted)} accepted, {len(result.tally.submitted)} "
              f"submitted; refusals and errors by kind: {kinds}")
        for name, ok, detail in result.checks:
            passed = passed and ok
            print(f"  {'PASS' if ok else 'FAIL'}  {name} ({detail})")
    return passed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="sqlite")
    parser.add_argument("--workers", type=int, default=200, help="simulated workers at once")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long they work")
    parser.add_argument("--hits", type=int, default=2000)
    parser.add_argument("--assignments", type=int, default=3)
    parser.add_argument("--server-workers", type=int, default=4,
                        help="server processes (`workbench serve --workers`)")
    parser.add_argument("--baseline-server-workers", type=int, default=1,
                        help="server processes of the baseline run (0: none)")
    parser.add_argument("--task-seconds", type=float, default=0.0,
                        help="about how long a worker spends on a task's form (0: none)")
    parser.add_argument("--postgres-url", help="default: $WORKBENCH_TEST_POSTGRES_URL")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database")
    args = parser.parse_args(argv)
    databases = ("sqlite", "postgres") if args.database == "both" else (args.database,)
    counts = [n for n in (args.baseline_server_workers, args.server_workers) if n > 0]
    results = [run_one(database, processes, args)
               for database in databases for processes in counts]
    return 0 if report(results, args) else 1


if __name__ == "__main__":
    raise SystemExit(main())
