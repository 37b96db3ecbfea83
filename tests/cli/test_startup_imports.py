"""A read-only command loads what it uses: not Excel, numpy, the publishing code, Prolific's
client or Qt, which cost most of its start-up before (issue 22, item 4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from workbench.services.context import Workbench

# Each: what it is, roughly what it costs to import (CPU, this machine, loaded).
NOT_FOR_A_LISTING = {
    "openpyxl": "Excel reading, 0.3 s",
    "numpy": "brought by openpyxl",
    "xlsxwriter": "Excel writing",
    "httpx": "Prolific's client, 0.25 s",
    "rich": "brought by httpx",
    "PySide6": "the window",
    "workbench.services.export": "exports",
    "workbench.services.publish": "publishing",
    "workbench.marketplace.prolific.client": "Prolific",
}
PROBE = """
import contextlib, io, json, sys
from workbench.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def test_listing_hits_imports_nothing_heavy(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite3"
    Workbench.open(store).close()
    env = {**os.environ, "WORKBENCH_CONFIG_DIR": str(tmp_path / "config"),
           "WORKBENCH_LOG_DIR": str(tmp_path / "logs"),
           "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    # (`workbench outbox` still loads Prolific's client, through services.prolific_actions.)
    for command in (["hits"], ["hits", "--format", "csv"]):
        done = subprocess.run([sys.executable, "-c", PROBE, "--db", str(store), *command],
                              capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 0, done.stderr[-800:]
        result = json.loads(done.stdout.splitlines()[-1])
        assert result["code"] == 0, (command, result["out"], done.stderr[-800:])
        loaded = set(result["modules"])
        assert "workbench.store.database" in loaded   # it did open the store
        assert {m: why for m, why in NOT_FOR_A_LISTING.items() if m in loaded} == {}, command
