"""Sync over the wire: the workbench against the loop a user's own boto3 script would run.

``workbench serve`` (its own process) holds HITs x assignments, all submitted. In the same
run, for each injected per-request delay (0 ms: loopback, CPU only; 50 ms: a typical round
trip to us-east-1):

* the naive loop: ``list_hits`` page by page, then ``list_assignments_for_hit`` for each
  HIT, one call after another, keeping nothing;
* a full sync into a fresh store (parsing and writing every assignment);
* a second, incremental sync of the unchanged account (every HIT awaits review);
* the same when the periodic listing is due (every ten minutes: it also finds what was done
  outside the workbench);
* once every HIT is finished and reviewed, an incremental sync of that settled account.

Run: ``python benchmarks/bench_sync.py [--hits 2000] [--assignments 10] [--delays 0,50]``.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import update

KEY, SECRET = "AKWBBENCHKEY00000001", "bench-secret-not-real-0000000000000000"


def start_server(db: Path, keys: Path, delay_ms: float) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench", "--db", str(db), "serve", "--port", "0",
         "--keys", str(keys), "--delay", str(delay_ms)],
        stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    found = re.search(r" at (http://\S+) with ", process.stdout.readline())
    if not found:
        process.kill()
        raise SystemExit("the server did not start")
    return process, found.group(1)


def naive_loop(url: str) -> tuple[float, int, int]:
    """What a user's own script does: every page of HITs, then each HIT's assignments."""
    import boto3

    client = boto3.client("mturk", region_name="us-east-1", endpoint_url=url)
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


def timed_pull(wb: Any, account: Any) -> tuple[float, Any]:
    from workbench.services.sync import pull

    started = time.perf_counter()
    report = pull(wb, account)
    return time.perf_counter() - started, report


def settle_everything(db: Path, requester_id: str) -> None:
    """Mark every assignment approved on the server, as if reviewed long ago."""
    from workbench.marketplace.local.schema import MarketAssignment
    from workbench.sql.engine import make_engine

    engine = make_engine(db)
    with engine.begin() as connection:
        connection.execute(update(MarketAssignment).values(
            status="Approved", approval_time=MarketAssignment.submit_time))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hits", type=int, default=2000)
    parser.add_argument("--assignments", type=int, default=10)
    parser.add_argument("--delays", default="0,50", help="per-request delays in ms")
    args = parser.parse_args()
    os.environ.update(AWS_ACCESS_KEY_ID=KEY, AWS_SECRET_ACCESS_KEY=SECRET,
                      AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull,
                      AWS_EC2_METADATA_DISABLED="true")
    os.environ.pop("AWS_PROFILE", None)

    from workbench.domain.clock import utcnow
    from workbench.marketplace.wire.rehearsal import worked_hits
    from workbench.services.accounts import add_account, get_account
    from workbench.services.context import Workbench
    from workbench.services.sync import LISTING_INTERVAL

    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as folder:
        base = Path(folder)
        for delay in [float(d) for d in args.delays.split(",")]:
            db = base / f"server-{delay:g}.sqlite3"
            with Workbench.open(db) as server_wb:
                requester_id = get_account(server_wb).requester_id or ""
                worked_hits(server_wb.store.engine, requester_id, hits=args.hits,
                            assignments=args.assignments)
            keys = base / "keys.ini"
            keys.write_text(f"[bench]\naws_access_key_id = {KEY}\n"
                            f"aws_secret_access_key = {SECRET}\naccount = local\n",
                            encoding="utf-8")
            keys.chmod(0o600)  # serve refuses a keys file others may read
            process, url = start_server(db, keys, delay)
            try:
                naive, naive_calls, naive_assignments = naive_loop(url)
                with Workbench.open(base / f"client-{delay:g}.sqlite3") as wb:
                    account = add_account(wb, "bench", "endpoint", endpoint_url=url)
                    full, first = timed_pull(wb, account)
                    again, second = timed_pull(wb, account)
                    wb.clock = lambda: utcnow() + LISTING_INTERVAL * 2
                    listed, listing = timed_pull(wb, account)
                    settle_everything(db, requester_id)
                    wb.clock = lambda: utcnow() + LISTING_INTERVAL * 4
                    timed_pull(wb, account)  # the listing shows every HIT is now settled
                    settled, third = timed_pull(wb, account)
            finally:
                process.terminate()
                process.wait()
            assert first.assignments == naive_assignments == args.hits * args.assignments
            hit_calls = {k: v for k, v in third.calls.items()
                         if k in ("list_hits", "get_hit", "list_assignments_for_hit")}
            rows.append([f"{delay:g} ms", f"{naive:.2f} s ({naive_calls} calls)",
                         f"{full:.2f} s ({first.total_calls} calls)", f"{naive / full:.1f}x",
                         f"{again:.2f} s ({second.total_calls} calls)",
                         f"{full / again:.1f}x",
                         f"{listed:.2f} s ({listing.total_calls} calls)",
                         f"{full / listed:.1f}x",
                         f"{settled:.2f} s ({sum(hit_calls.values())} HIT calls)"])
    headers = ["delay", "naive boto3 loop", "full sync", "naive/full", "incremental",
               "full/incr.", "incremental, listing due", "full/listing",
               "incremental, all settled"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print(f"{args.hits} HITs x {args.assignments} assignments, workbench serve in its own "
          "process; per-request delay injected by the server")
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
