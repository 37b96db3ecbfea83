"""Sync over the wire: the workbench against the loop a user's own boto3 script would run.

``workbench serve`` (its own process) holds HITs x assignments, all submitted. Each server
shape is a way the server answers:

* ``clear-0``, ``clear-50``: no throttling, with an injected per-request delay of 0 ms
  (loopback: CPU only) and 50 ms (a typical round trip to us-east-1);
* ``seventh``: every seventh request refused with ``ThrottlingException`` (no delay);
* ``bursts``: seven requests in a row refused out of every 49 (the same share, in bursts;
  no delay);
* ``rate``: the server's own rate limit (``serve --rate 5 --delay 50``: 5 requests a second
  per key, bursts of 5, 50 ms a request).

Throttling by fault plan counts the server's requests, whoever sends them, and starts afresh
for each contender; a rate-limited server is left to refill between contenders. Both sides
are timed from their first call, without their process's one-time setup (the naive loop's
client is made before its clock starts; botocore's data files are read before a sync's).

For each shape, in the same run:

* the naive loop: ``list_hits`` page by page, then ``list_assignments_for_hit`` for each
  HIT, one call after another, keeping nothing; with botocore's ``standard`` retry mode, and
  (throttled shapes) its ``adaptive`` mode, both allowed as many attempts as the workbench;
* ``workbench sync`` into a fresh store (push, then pull: parsing and writing every
  assignment);
* a second, incremental sync of the unchanged account (every HIT awaits review);
* (clear shapes) the same when the periodic listing is due (every ten minutes: it also
  finds what was done outside the workbench), and, once every HIT is finished and reviewed,
  an incremental sync of that settled account (measured once, after the repeats).

Each contender runs ``--repeat`` times; the table shows medians with the spread (min-max).
``--save FILE`` adds the times to that file; ``--before FILE`` shows those of an earlier
run beside them (e.g. of the code before a change, ``PYTHONPATH=old/src``); alternating runs
of both into two files, then ``--report``, compares them under the same load.

Run: ``python benchmarks/bench_sync.py [--shapes clear-0,clear-50,seventh,bursts,rate]
[--hits 2000] [--assignments 10] [--throttled-hits 100] [--throttled-assignments 3]
[--repeat 3] [--save after.json] [--before before.json] [--report]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import update

KEY, SECRET = "AKWBBENCHKEY00000001", "bench-secret-not-real-0000000000000000"
# The workbench's default attempts per call; the naive loops get as many.
ATTEMPTS = 8


@dataclass(frozen=True)
class Shape:
    """How the server answers."""

    name: str
    label: str
    delay_ms: float
    throttled: bool = False
    rate: float | None = None
    period: int = 0  # the last ``run`` requests of every ``period`` are throttled
    run: int = 0


SHAPES = {
    "clear-0": Shape("clear-0", "no throttling, 0 ms", 0.0),
    "clear-50": Shape("clear-50", "no throttling, 50 ms", 50.0),
    "seventh": Shape("seventh", "1 request in 7 throttled, 0 ms", 0.0, True, period=7, run=1),
    "bursts": Shape("bursts", "7 in a row of every 49 throttled, 0 ms", 0.0, True, period=49,
                    run=7),
    "rate": Shape("rate", "rate limit 5/s, 50 ms", 50.0, True, rate=5.0),
}


def throttle_plan(period: int, run: int, requests: int) -> list[dict[str, Any]]:
    """Fault rules refusing the last ``run`` of every ``period`` requests, for ``requests``.

    Rule k covers the k-th run; it does not see the requests earlier rules refused, so it lets
    through ``period*k - run`` requests less the ``(k-1)*run`` refused before it.
    """
    rules = []
    for k in range(1, requests // period + 2):
        rules.append({"operation": "*", "fault": "throttle", "after": period * k - k * run,
                      "times": run})
    return rules


class Server:
    """``workbench serve`` in its own process, with a fault plan it re-reads when it changes."""

    def __init__(self, db: Path, folder: Path, shape: Shape) -> None:
        keys = folder / "keys.ini"
        keys.write_text(f"[bench]\naws_access_key_id = {KEY}\n"
                        f"aws_secret_access_key = {SECRET}\naccount = local\n", encoding="utf-8")
        keys.chmod(0o600)  # serve refuses a keys file others may read
        self.faults = folder / f"faults-{shape.name}.json"
        self.faults.write_text("[]", encoding="utf-8")
        self._stamp = time.time()
        self.shape = shape
        command = [sys.executable, "-m", "workbench", "--db", str(db), "serve", "--port", "0",
                   "--keys", str(keys), "--delay", str(shape.delay_ms), "--no-site",
                   "--faults", str(self.faults)]
        if shape.rate:
            command += ["--rate", str(shape.rate)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True)
        assert self.process.stdout is not None
        found = re.search(r" at (http://\S+) with ", self.process.stdout.readline())
        if not found:
            self.process.kill()
            raise SystemExit("the server did not start")
        self.url = found.group(1)

    def fresh(self, requests: int) -> None:
        """Before a contender: throttling starts again from the first request."""
        rules = throttle_plan(self.shape.period, self.shape.run, requests) \
            if self.shape.period else []
        temporary = self.faults.with_suffix(".tmp")
        temporary.write_text(json.dumps(rules), encoding="utf-8")
        os.replace(temporary, self.faults)
        # A new stamp each time: the server re-reads the plan when (mtime, size) changes.
        self._stamp += 10
        os.utime(self.faults, (self._stamp, self._stamp))
        if self.shape.rate:
            time.sleep(2.0)  # the rate limiter's bucket refills

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def naive_loop(url: str, mode: str) -> tuple[float, int, int]:
    """What a user's own script does: every page of HITs, then each HIT's assignments."""
    import boto3
    from botocore.config import Config

    client = boto3.client("mturk", region_name="us-east-1", endpoint_url=url,
                          config=Config(retries={"mode": mode, "total_max_attempts": ATTEMPTS}))
    started = time.perf_counter()
    calls = assignments = 0
    hit_ids: list[str] = []
    token: str | None = None
    while True:
        page = client.list_hits(MaxResults=100, **({"NextToken": token} if token else {}))
        calls += 1
        hit_ids += [h["HITId"] for h in page["HITs"]]
        token = page.get("NextToken")
        if not token:
            break
    for hit_id in hit_ids:
        token = None
        while True:
            page = client.list_assignments_for_hit(
                HITId=hit_id, MaxResults=100, **({"NextToken": token} if token else {}))
            calls += 1
            assignments += len(page["Assignments"])
            token = page.get("NextToken")
            if not token:
                break
    return time.perf_counter() - started, calls, assignments


def timed_sync(wb: Any, account: Any) -> tuple[float, Any]:
    from workbench.services.sync import sync

    started = time.perf_counter()
    report = sync(wb, account)
    return time.perf_counter() - started, report.pull


def settle_everything(db: Path) -> None:
    """Mark every assignment approved on the server, as if reviewed long ago."""
    from workbench.marketplace.local.schema import MarketAssignment
    from workbench.sql.engine import make_engine

    engine = make_engine(db)
    with engine.begin() as connection:
        connection.execute(update(MarketAssignment).values(
            status="Approved", approval_time=MarketAssignment.submit_time))
    engine.dispose()


Samples = dict[str, list[float]]


def measure_shape(shape: Shape, base: Path, hits: int, assignments: int, repeat: int
                  ) -> tuple[Samples, dict[str, int]]:
    """Every contender against one server shape, ``repeat`` times: seconds, and calls made."""
    from workbench.domain.clock import utcnow
    from workbench.marketplace.wire.rehearsal import worked_hits
    from workbench.services.accounts import add_account, get_account
    from workbench.services.context import Workbench
    from workbench.services.sync import LISTING_INTERVAL

    folder = base / shape.name
    folder.mkdir()
    db = folder / "server.sqlite3"
    with Workbench.open(db) as server_wb:
        requester_id = get_account(server_wb).requester_id or ""
        worked_hits(server_wb.store.engine, requester_id, hits=hits, assignments=assignments)
    server = Server(db, folder, shape)
    samples: Samples = {}
    calls: dict[str, int] = {}
    budget = 30 * hits + 1000  # requests a contender could make, retries included

    def note(name: str, seconds: float, count: int) -> None:
        samples.setdefault(name, []).append(seconds)
        calls[name] = count
        print(f"  {shape.name} {name}: {seconds:.2f} s ({count} calls)", flush=True)

    try:
        for attempt in range(repeat):
            for mode in ("standard", "adaptive") if shape.throttled else ("standard",):
                server.fresh(budget)
                seconds, count, got = naive_loop(server.url, mode)
                assert got == hits * assignments, got
                note(f"naive {mode}", seconds, count)
            server.fresh(budget)
            with Workbench.open(folder / f"client-{attempt}.sqlite3") as wb:
                account = add_account(wb, "bench", "endpoint", endpoint_url=server.url)
                # As the naive loop's client is made before its clock starts: botocore's
                # data files are read once per process, before the first sync's.
                wb.marketplace(account)
                seconds, first = timed_sync(wb, account)
                assert first.assignments == hits * assignments, first.assignments
                note("full sync", seconds, first.total_calls)
                server.fresh(budget)
                seconds, second = timed_sync(wb, account)
                note("incremental", seconds, second.total_calls)
                if not shape.throttled:
                    wb.clock = lambda: utcnow() + LISTING_INTERVAL * 2
                    seconds, listing = timed_sync(wb, account)
                    note("incremental, listing due", seconds, listing.total_calls)
                if not shape.throttled and attempt == repeat - 1:
                    settle_everything(db)
                    wb.clock = lambda: utcnow() + LISTING_INTERVAL * 4
                    timed_sync(wb, account)  # the listing shows every HIT is now settled
                    seconds, third = timed_sync(wb, account)
                    hit_calls = sum(v for k, v in third.calls.items()
                                    if k in ("list_hits", "get_hit", "list_assignments_for_hit"))
                    note("incremental, all settled", seconds, hit_calls)
    finally:
        server.stop()
    return samples, calls


def median_text(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.2f} s"
    return f"{statistics.median(values):.2f} s ({min(values):.2f}-{max(values):.2f})"


def target(shape: Shape, name: str, results: dict[str, float]) -> str:
    """The issue's target for a row, met or not (blank where it sets none)."""
    naive = results.get("naive standard")
    if name != "full sync" or not naive:
        return ""
    ratio = naive / results[name]
    if shape.name == "clear-50":
        return "met" if ratio >= 4 else "NOT met"
    if shape.throttled:
        return "met" if ratio >= 1 else "NOT met"
    return ""


Runs = dict[str, dict[str, Any]]  # shape -> {"samples": {contender: [s]}, "calls": {...}}


def load(path: Path | None) -> Runs:
    if path is None or not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")))


def report(after: Runs, before: Runs, sizes: dict[str, str]) -> None:
    rows: list[list[str]] = []
    for name, run in after.items():
        shape = SHAPES[name]
        samples: dict[str, list[float]] = run["samples"]
        results = {k: statistics.median(v) for k, v in samples.items()}
        earlier = {k: statistics.median(v) for k, v in
                   before.get(name, {}).get("samples", {}).items()}
        naive = results["naive standard"]
        for contender, values in samples.items():
            rows.append([
                f"{shape.label} ({run.get('size') or sizes.get(name, '')})", contender,
                median_text(before[name]["samples"][contender])
                if contender in earlier else "-",
                median_text(values), str(run["calls"][contender]),
                f"{naive / results[contender]:.2f}x"
                if contender != "naive standard" else "baseline",
                f"{earlier[contender] / results[contender]:.2f}x"
                if contender in earlier and not contender.startswith("naive") else "",
                target(shape, contender, results)])
    headers = ["server", "contender", "before: median (min-max)", "after: median (min-max)",
               "calls", "naive std / after", "before / after", "target"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print("\nworkbench serve in its own process; naive loops with "
          f"{ATTEMPTS} attempts; targets (issue 22): full sync at least as fast as the naive "
          "standard loop when throttled, 4x faster at 50 ms")
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--hits", type=int, default=2000, help="HITs of the clear shapes")
    parser.add_argument("--assignments", type=int, default=10)
    parser.add_argument("--throttled-hits", type=int, default=100)
    parser.add_argument("--throttled-assignments", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--save", type=Path,
                        help="add this run's times to this file (JSON; made if missing)")
    parser.add_argument("--before", type=Path, help="times of an earlier run, to compare")
    parser.add_argument("--report", action="store_true",
                        help="run nothing: print the table of --save against --before")
    args = parser.parse_args()
    os.environ.update(AWS_ACCESS_KEY_ID=KEY, AWS_SECRET_ACCESS_KEY=SECRET,
                      AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull,
                      AWS_EC2_METADATA_DISABLED="true")
    os.environ.pop("AWS_PROFILE", None)
    runs = load(args.save)
    sizes = {}
    if not args.report:
        with tempfile.TemporaryDirectory(prefix="bench-sync-") as folder:
            for name in args.shapes.split(","):
                shape = SHAPES[name]
                hits, assignments = (args.throttled_hits, args.throttled_assignments) \
                    if shape.throttled else (args.hits, args.assignments)
                sizes[name] = f"{hits}x{assignments}"
                samples, calls = measure_shape(shape, Path(folder), hits, assignments,
                                               args.repeat)
                run = runs.setdefault(name, {"samples": {}, "calls": {}})
                if run.get("size", sizes[name]) != sizes[name]:
                    raise SystemExit(f"{args.save} holds {name} at another size")
                run["size"] = sizes[name]
                for contender, values in samples.items():
                    run["samples"].setdefault(contender, []).extend(values)
                run["calls"].update(calls)
        if args.save:
            args.save.write_text(json.dumps(runs, indent=1), encoding="utf-8")
    report(runs, load(args.before), sizes)


if __name__ == "__main__":
    main()
