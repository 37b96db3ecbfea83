"""Running ``workbench`` in real separate processes, some of them made to die or to dawdle.

Each process imports the workbench from this worktree and may replace one seam first:
``crash_writing`` dies (``os._exit``, as kill -9 would: no cleanup, no finally) when the run's
file is about to be written, after the run was recorded; ``crash_recording`` dies inside the
recording transaction, before it commits; ``slow_claims`` waits a second between working out
what is owed and claiming it, so two processes started together both see the same amounts.
``barrier`` holds the process until a file named "go" appears in that folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = r"""
import os, sys, time
from pathlib import Path
hook, barrier, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
from workbench.services import payouts
if hook == "crash_writing":
    def die(target, content):
        os._exit(9)
    payouts._write_payout_file = die
elif hook == "crash_recording":
    real_record = payouts.record
    def record(session, **kwargs):
        if kwargs.get("event") == "payouts.recorded":
            session.flush()
            os._exit(9)
        real_record(session, **kwargs)
    payouts.record = record
elif hook == "slow_claims":
    real = payouts._unclaimed_entries
    def slow(*args, **kwargs):
        found = real(*args, **kwargs)
        time.sleep(1.0)
        return found
    payouts._unclaimed_entries = slow
if barrier:
    Path(barrier, f"ready-{os.getpid()}").touch()
    while not Path(barrier, "go").exists():
        time.sleep(0.01)
from workbench.cli import main
sys.exit(main(argv))
"""


def environment(log_dir: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    if log_dir is not None:
        env["WORKBENCH_LOG_DIR"] = str(log_dir)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def start(db: str, *args: str, hook: str = "", barrier: Path | None = None,
          log_dir: Path | None = None) -> subprocess.Popen[str]:
    """``workbench --db DB ARGS`` in a new process (not waited for)."""
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, hook, str(barrier or ""), "--db", db, *args],
        cwd=ROOT, env=environment(log_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)


def workbench(db: str, *args: str, hook: str = "") -> subprocess.CompletedProcess[str]:
    """``workbench --db DB ARGS`` in a new process, waited for."""
    process = start(db, *args, hook=hook)
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)
