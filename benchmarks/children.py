"""Each contender of a benchmark in a fresh child process, so that its peak memory is its own.

A benchmark script runs itself again as ``script --child NAME FIRST SECOND``; the child
prints one JSON line of results, which ``spawn`` returns (or ``{"error": …}``).
Kept free of heavy imports: whatever this module loads counts in every child's memory.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB.

    Linux's VmHWM where there is one: ``ru_maxrss`` survives ``exec``, so a child would
    report its parent's peak at the fork if that was higher.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def spawn(script: str, name: str, first: Path, second: Path, timeout: float) -> dict[str, Any]:
    """Run ``script --child name first second`` and return the JSON its last line holds."""
    done = subprocess.run([sys.executable, script, "--child", name, str(first), str(second)],
                          capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))
