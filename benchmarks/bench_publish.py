"""Publishing a batch over MTurk's wire protocol: the workbench against a naive boto3 loop.

``workbench serve`` runs in its own process on a fresh store, answering every request after
an injected delay (50 ms: a typical round trip from a desk to us-east-1; the 0 ms figure is
given beside it, where both sides measure CPU). Each contender gets its own fresh server:

* baseline: the sequential loop a requester's own boto3 script runs, one ``create_hit`` per
  input row (no tokens, nothing recorded);
* workbench: ``create_batch`` + ``publish_batch`` through an ``endpoint`` account, with N
  requests in flight, every row's token recorded first and every HIT mirrored into the
  store. Afterwards the server must hold exactly one HIT per row.

Run: .venv/bin/python benchmarks/bench_publish.py [--rows 5000] [--delays 50,0]
     [--concurrency 8,16]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ACCESS_KEY = "AKWBBENCHKEY00000001"
SECRET_KEY = "bench-secret-not-real-0123456789abcdef0123"
SERVER_LINE = re.compile(r" at (http://\S+) with ")
TEMPLATE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<script src="https://assets.crowd.aws/crowd-html-elements.js"></script></head>
<body><crowd-form answer-format="flatten-objects">
<crowd-classifier name="sentiment" categories="['Positive', 'Neutral', 'Negative']"
  header="What is the sentiment of this review?">
<classification-target><p><b>${product}</b></p><blockquote>${review}</blockquote>
</classification-target>
<short-instructions>Choose the sentiment the customer expresses.</short-instructions>
</crowd-classifier></crowd-form></body></html>
"""


@dataclass
class Server:
    url: str
    process: subprocess.Popen[str]
    db: Path

    def hits(self) -> int:
        connection = sqlite3.connect(self.db)
        try:
            return int(connection.execute("SELECT count(*) FROM mk_hits").fetchone()[0])
        finally:
            connection.close()


def _fresh_store(folder: Path, name: str) -> Path:
    """A new store with its default local account."""
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench

    path = folder / f"{name}.sqlite3"
    with Workbench.open(path) as wb:
        get_account(wb)
    return path


@contextmanager
def served(folder: Path, delay_ms: int) -> Iterator[Server]:
    """``workbench serve`` on a fresh store, answering after ``delay_ms``."""
    db = _fresh_store(folder, f"server-{delay_ms}-{time.monotonic_ns()}")
    keys = folder / "keys.ini"
    keys.write_text(f"[bench]\naws_access_key_id = {ACCESS_KEY}\n"
                    f"aws_secret_access_key = {SECRET_KEY}\naccount = local\n",
                    encoding="utf-8")
    keys.chmod(0o600)  # serve refuses a keys file others may read
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench", "--db", str(db), "serve", "--port", "0", "--keys",
         str(keys), "--delay", str(delay_ms)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "WORKBENCH_LOG": "ERROR"})
    assert process.stdout is not None
    found = SERVER_LINE.search(process.stdout.readline())
    if not found:
        process.kill()
        raise RuntimeError("workbench serve did not start")
    try:
        yield Server(found.group(1), process, db)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def rows(count: int) -> list[dict[str, str]]:
    return [{"product": f"Espresso machine #{i}",
             "review": f"Review {i}: arrived on time, works as described, café crème."}
            for i in range(count)]


def baseline(url: str, count: int) -> float:
    """The loop a requester's own script runs: one create_hit per row, one after another."""
    import boto3

    from workbench.formats.questions import html_question
    from workbench.formats.templates import render_template

    client = boto3.client("mturk", region_name="us-east-1", endpoint_url=url)
    started = time.perf_counter()
    for row in rows(count):
        client.create_hit(
            Title="What is the sentiment of this review?", Description="Read one review",
            Reward="0.05", MaxAssignments=3, LifetimeInSeconds=3 * 86400,
            AssignmentDurationInSeconds=600, AutoApprovalDelayInSeconds=3 * 86400,
            Question=html_question(render_template(TEMPLATE, row)))
    return time.perf_counter() - started


def workbench(folder: Path, url: str, count: int, concurrency: int) -> float:
    """The workbench: a batch written with its tokens, then published in parallel."""
    from workbench.formats.inputs import InputTable
    from workbench.services.accounts import add_account
    from workbench.services.context import Workbench
    from workbench.services.publish import HITProperties, create_batch, publish_batch

    store = _fresh_store(folder, f"client-{time.monotonic_ns()}")
    with Workbench.open(store) as wb:
        account = add_account(wb, "bench", "endpoint", endpoint_url=url, make_default=True)
        props = HITProperties(title="What is the sentiment of this review?",
                              description="Read one review", reward_cents=5,
                              max_assignments=3, assignment_duration_s=600)
        started = time.perf_counter()
        batch_id = create_batch(wb, account, name="bench", template_html=TEMPLATE,
                                table=InputTable(["product", "review"], rows(count)),
                                props=props)
        report = publish_batch(wb, account, batch_id, concurrency=concurrency)
        elapsed = time.perf_counter() - started
    if report.published != count:
        raise AssertionError(f"published {report.published} of {count}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--delays", default="50,0", help="server delays in ms, comma-separated")
    parser.add_argument("--concurrency", default="8,16",
                        help="requests in flight for the workbench, comma-separated")
    args = parser.parse_args()
    delays = [int(d) for d in args.delays.split(",")]
    levels = [int(c) for c in args.concurrency.split(",")]
    for name in [n for n in os.environ if n.startswith("AWS_")]:
        del os.environ[name]
    folder = Path(tempfile.mkdtemp(prefix="bench-publish-"))
    os.environ.update({"AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
                       "AWS_CONFIG_FILE": str(folder / "none"),
                       "AWS_SHARED_CREDENTIALS_FILE": str(folder / "none"),
                       "AWS_EC2_METADATA_DISABLED": "true"})
    results: list[tuple[int, str, float, float]] = []
    try:
        for delay in delays:
            with served(folder, delay) as server:
                base = baseline(server.url, args.rows)
                assert server.hits() == args.rows
            results.append((delay, "naive boto3 loop (baseline)", base, 1.0))
            print(f"  {delay} ms: baseline {base:.1f} s", file=sys.stderr)
            for level in levels:
                with served(folder, delay) as server:
                    elapsed = workbench(folder, server.url, args.rows, level)
                    made = server.hits()
                if made != args.rows:
                    raise AssertionError(f"the server holds {made} HITs for {args.rows} rows")
                results.append((delay, f"workbench, {level} in flight", elapsed, base / elapsed))
                print(f"  {delay} ms: workbench x{level} {elapsed:.1f} s", file=sys.stderr)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\nPublishing {args.rows:,} rows to `workbench serve` (each server fresh; exactly "
          "one HIT per row checked)\n")
    print(f"{'delay':>6}  {'contender':<30} {'seconds':>8} {'HITs/s':>8} {'speed-up':>9}")
    for delay, name, seconds, ratio in results:
        print(f"{delay:>4}ms  {name:<30} {seconds:>8.1f} {args.rows / seconds:>8.0f} "
              f"{ratio:>8.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
