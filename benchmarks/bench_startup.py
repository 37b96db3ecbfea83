"""Start-up: the frozen build (PyInstaller, packaging/build.sh) against the venv, the baseline.

For each contender, each repeat in a fresh process:

* ``--version``: from exec to exit, wall clock and CPU (user + system) time;
* ``window``: from exec until the main window is mapped on an X server (Xvfb, started here
  on a free display; xdotool waits for the window), on a store holding a small demo batch:
  wall clock, and the CPU time the app's own process used until then.

The venv runs ``python -m workbench`` (the ``workbench`` script does the same); the frozen
build runs ``dist/requester-workbench/requester-workbench`` (or --frozen PATH, e.g. the
installed /usr/bin/workbench). Wall-clock times depend on the machine's load: the table
gives the load average too, and CPU time, which does not.

    bash packaging/build.sh          # once, for dist/requester-workbench
    python benchmarks/bench_startup.py [--repeat 5] [--frozen PATH]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW_TITLE = "Requester Workbench"


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_version(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, cpu) seconds of ``command --version``."""
    cpu_before, start = _cpu_of_children(), time.perf_counter()
    subprocess.run([*command, "--version"], check=True, env=env, capture_output=True)
    return time.perf_counter() - start, _cpu_of_children() - cpu_before


def _process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far (Linux: /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_window(command: list[str], env: dict[str, str], store: Path,
                display: str) -> tuple[float, float]:
    """(wall, cpu) seconds from exec until the main window is mapped."""
    start = time.perf_counter()
    app = subprocess.Popen([*command, "--db", str(store)], env={**env, "DISPLAY": display},
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", WINDOW_TITLE],
                       check=True, env={**env, "DISPLAY": display}, capture_output=True,
                       timeout=120)
        return time.perf_counter() - start, _process_cpu(app.pid)
    finally:
        app.terminate()
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    for number in range(140, 160):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            display = f":{number}"
            server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24",
                                       "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            for _ in range(100):
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    return server, display
                time.sleep(0.05)
            server.kill()
    raise SystemExit("no free X display for Xvfb")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--frozen", type=Path,
                        default=ROOT / "dist" / "requester-workbench" / "requester-workbench")
    args = parser.parse_args()
    if not args.frozen.exists():
        raise SystemExit(f"no frozen build at {args.frozen}: run packaging/build.sh first")
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (apt install xvfb xdotool)")
    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "WORKBENCH_DB", "WAYLAND_DISPLAY")}
    env.update(WORKBENCH_CONFIG_DIR=str(work / "config"), WORKBENCH_LOG_DIR=str(work / "logs"),
               QTWEBENGINE_DISABLE_SANDBOX="1", PYTHONPATH=str(ROOT / "src"))
    store = work / "store.sqlite3"
    subprocess.run([sys.executable, "-m", "workbench", "--db", str(store), "-q", "demo",
                    "--hits", "20", "--assignments", "3"], check=True, env=env)
    contenders = {"venv (python -m workbench)": [sys.executable, "-m", "workbench"],
                  f"frozen ({args.frozen.name})": [str(args.frozen)]}
    server, display = start_xvfb()
    rows: list[tuple[str, float, float, float, float]] = []
    try:
        for name, command in contenders.items():
            walls, cpus, windows, window_cpus = [], [], [], []
            for _ in range(args.repeat):
                wall, cpu = time_version(command, env)
                walls.append(wall)
                cpus.append(cpu)
                wall, cpu = time_window(command, env, store, display)
                windows.append(wall)
                window_cpus.append(cpu)
            rows.append((name, statistics.median(walls), statistics.median(cpus),
                         statistics.median(windows), statistics.median(window_cpus)))
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
    load = os.getloadavg()[0]
    print(f"medians of {args.repeat} runs; load average {load:.1f} on {os.cpu_count()} cores")
    print(f"{'contender':34} {'--version wall':>15} {'--version cpu':>14} {'window wall':>12}"
          f" {'window cpu':>11}")
    for name, wall, cpu, window, window_cpu in rows:
        print(f"{name:34} {wall:14.2f}s {cpu:13.2f}s {window:11.2f}s {window_cpu:10.2f}s")
    base = rows[0]
    for name, wall, _cpu, window, _window_cpu in rows[1:]:
        print(f"{name}: {wall / base[1]:.2f}× the venv's --version wall time, "
              f"{window / base[3]:.2f}× its window time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
