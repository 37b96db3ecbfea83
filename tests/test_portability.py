"""What would break on Windows or macOS, checked here on Linux by reading the code (AST).

* POSIX-only modules (fcntl, pwd, termios, …), functions (os.fork, os.getuid, …) and signals
  (SIGKILL, SIGHUP, …) appear only in the places listed below, each inside a platform check
  (``if sys.platform …``, ``os.name``, a ``try: import … except ImportError`` and what it
  sets, or an early ``return``/``assert`` on one). Windows-only modules likewise.
* File modes relied on for secrecy (``os.chmod``, ``os.open(…, 0o600)``, ``umask``) appear
  only where listed, each saying what protects the file on Windows, which ignores them.
* Text files are opened with an explicit encoding: Windows' default is the ANSI code page
  (cp1252), not UTF-8, so a German or Japanese answer would be garbled or refused.
* No two files of the app or its resources differ only in case (macOS and Windows would
  keep one of them).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "workbench"

POSIX_MODULES = {"fcntl", "pwd", "grp", "resource", "termios", "tty", "pty", "posix",
                 "syslog", "crypt", "spwd", "nis", "posixpath"}
WINDOWS_MODULES = {"msvcrt", "winreg", "_winapi", "winsound", "nt", "ntpath", "_overlapped"}
POSIX_OS = {"fork", "forkpty", "getuid", "geteuid", "getgid", "getegid", "setuid", "seteuid",
            "setgid", "setsid", "setpgrp", "setpgid", "getpgid", "killpg", "mkfifo", "sync",
            "statvfs", "fstatvfs", "uname", "chown", "lchown", "fchown", "nice", "getloadavg",
            "wait3", "wait4", "WNOHANG", "pipe2", "posix_spawn", "posix_fadvise",
            "sched_setaffinity", "sched_getaffinity", "getgroups", "initgroups", "ttyname",
            "openpty", "login_tty", "O_NOFOLLOW", "O_NONBLOCK", "symlink", "mknod"}
POSIX_SIGNALS = {"SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGQUIT", "SIGCHLD",
                 "SIGPIPE", "SIGSTOP", "SIGCONT", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGWINCH",
                 "SIGPROF", "SIGVTALRM", "SIGIO", "SIGSYS", "alarm", "setitimer", "getitimer",
                 "pause", "siginterrupt", "pthread_kill", "pthread_sigmask", "sigwait"}
POSIX_SOCKET = {"AF_UNIX", "socketpair", "SO_REUSEPORT"}
SECRECY_CALLS = {"chmod", "fchmod", "lchmod", "umask"}

# Where each may appear, and why it is safe on every platform. Keys are paths under
# src/workbench; values are the names used there.
ALLOWED_POSIX: dict[str, set[str]] = {
    # OFD or flock locks on Unix; on Windows (no fcntl) SQLite's own handle-bound locks
    # suffice and a rename probe tells whether the store is open elsewhere.
    "sql/sqlite_hold.py": {"fcntl"},
    # The X11 display check runs on Linux only (display_problem returns early elsewhere).
    "cli/gui.py": {"AF_UNIX"},
    # Whether the window runs as root (QtWebEngine's sandbox refuses it) asks on Linux only.
    "views/app.py": {"geteuid"},
    # The lock beside the AWS credentials file and serve's keys file while they change:
    # flock on Unix, msvcrt's byte lock on Windows.
    "formats/private_ini.py": {"fcntl", "msvcrt"},
}
ALLOWED_SECRECY: dict[str, str] = {
    # Created 0600 with O_EXCL on Unix; on Windows the file lives in %LOCALAPPDATA%, whose
    # ACL admits only the user (a --keys path elsewhere inherits that folder's ACL: the
    # README says so).
    "marketplace/wire/auth.py": "the keys file",
    # The Prolific API tokens of the accounts, kept outside the store: the same protection.
    "marketplace/prolific/credentials.py": "the Prolific token file",
    # The AWS credentials file a hosted site's key is kept in, serve's keys file and their
    # locks: 0600 on Unix; on Windows they live in the user's profile folder, whose ACL
    # admits only the user.
    "formats/private_ini.py": "the AWS credentials file and the keys file",
}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    name: str
    guarded: bool

    def __str__(self) -> str:
        state = "guarded" if self.guarded else "NOT guarded by a platform check"
        return f"src/workbench/{self.path}:{self.line}: {self.name} ({state})"


def python_files() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).as_posix()
        yield relative, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _names_in(node: ast.AST) -> set[str]:
    found: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            found.add(sub.id)
        elif isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name):
            found.add(f"{sub.value.id}.{sub.attr}")
    return found


def _platform_names(tree: ast.Module) -> set[str]:
    """sys.platform, os.name, platform.system, and module names set from a guarded import."""
    names = {"sys.platform", "os.name", "platform.system", "platform.platform"}
    for node in tree.body:
        if isinstance(node, ast.Try):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Import):
                    names.update(alias.asname or alias.name for alias in sub.names)
    # Module-level names computed from those (e.g. _OFD_SETLK = getattr(fcntl, …)).
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign) and node.value is not None \
                and _names_in(node.value) & names:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _is_guard(test: ast.AST, platform: set[str]) -> bool:
    return bool(_names_in(test) & platform)


def _catches_import_error(node: ast.Try) -> bool:
    for handler in node.handlers:
        caught = _names_in(handler.type) if handler.type is not None else {"BaseException"}
        if caught & {"ImportError", "ModuleNotFoundError", "AttributeError"}:
            return True
    return False


def _guarded(node: ast.AST, parents: dict[ast.AST, ast.AST], platform: set[str]) -> bool:
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.If | ast.IfExp | ast.While) and _is_guard(parent.test,
                                                                             platform):
            return True
        if isinstance(parent, ast.BoolOp) and any(
                _is_guard(value, platform) for value in parent.values if value is not child):
            return True
        if isinstance(parent, ast.Try) and child in parent.body and _catches_import_error(
                parent):
            return True
        if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef):
            # An early exit on a platform check before the statement holding the use.
            for statement in parent.body:
                if statement is child:
                    break
                if isinstance(statement, ast.Assert) and _is_guard(statement.test, platform):
                    return True
                if (isinstance(statement, ast.If) and _is_guard(statement.test, platform)
                        and isinstance(statement.body[-1], ast.Return | ast.Raise)):
                    return True
        child, parent = parent, parents.get(parent)
    return False


def posix_and_windows_uses() -> list[Finding]:
    findings: list[Finding] = []
    for path, tree in python_files():
        parents = _parents(tree)
        platform = _platform_names(tree)
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
                names = [n for n in names if n in POSIX_MODULES | WINDOWS_MODULES]
            elif isinstance(node, ast.ImportFrom) and node.module:
                base = node.module.split(".")[0]
                if base in POSIX_MODULES | WINDOWS_MODULES:
                    names = [base]
                elif base == "os":
                    names = [a.name for a in node.names if a.name in POSIX_OS]
                elif base == "signal":
                    names = [a.name for a in node.names if a.name in POSIX_SIGNALS]
                elif base == "socket":
                    names = [a.name for a in node.names if a.name in POSIX_SOCKET]
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                owner, attr = node.value.id, node.attr
                if (owner == "os" and attr in POSIX_OS) or (
                        owner == "signal" and attr in POSIX_SIGNALS) or (
                        owner == "socket" and attr in POSIX_SOCKET):
                    names = [attr]
                elif owner in POSIX_MODULES | WINDOWS_MODULES:
                    names = [owner]
            for name in names:
                findings.append(Finding(path, node.lineno, name,  # type: ignore[attr-defined]
                                        _guarded(node, parents, platform)))
    return findings


def secrecy_modes() -> list[Finding]:
    findings: list[Finding] = []
    for path, tree in python_files():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in SECRECY_CALLS:
                findings.append(Finding(path, node.lineno, name, True))
            elif name == "open" and isinstance(func, ast.Attribute) and isinstance(
                    func.value, ast.Name) and func.value.id == "os" and len(node.args) >= 3:
                findings.append(Finding(path, node.lineno, "os.open with a mode", True))
            elif name in ("mkdir", "makedirs") and any(k.arg == "mode" for k in node.keywords):
                findings.append(Finding(path, node.lineno, f"{name}(mode=…)", True))
    return findings


def test_posix_only_calls_appear_only_where_listed_and_guarded() -> None:
    findings = posix_and_windows_uses()
    unguarded = [str(f) for f in findings if not f.guarded]
    assert unguarded == [], "\n".join(unguarded)
    unlisted = [str(f) for f in findings if f.name not in ALLOWED_POSIX.get(f.path, set())]
    assert unlisted == [], "not in ALLOWED_POSIX:\n" + "\n".join(unlisted)
    # Each listed place is still there (a stale list would allow too much).
    used = {(f.path, f.name) for f in findings}
    assert {(p, n) for p, names in ALLOWED_POSIX.items() for n in names} <= used


def test_file_modes_for_secrecy_appear_only_where_listed() -> None:
    places = {f.path for f in secrecy_modes()}
    assert places == set(ALLOWED_SECRECY), [str(f) for f in secrecy_modes()]


def _text_mode(call: ast.Call, mode_index: int) -> bool:
    mode: ast.AST | None = call.args[mode_index] if len(call.args) > mode_index else None
    for keyword in call.keywords:
        if keyword.arg == "mode":
            mode = keyword.value
    if mode is None:
        return True
    return not (isinstance(mode, ast.Constant) and "b" in str(mode.value))


def test_text_files_are_opened_with_an_explicit_encoding() -> None:
    missing: list[str] = []
    for path, tree in python_files():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            keywords = {k.arg for k in node.keywords}
            if "encoding" in keywords or None in keywords:  # None: **kwargs passed on
                continue
            where = f"src/workbench/{path}:{node.lineno}"
            if isinstance(func, ast.Name) and func.id == "open" and _text_mode(node, 1):
                missing.append(f"{where}: open()")
            elif isinstance(func, ast.Attribute) and func.attr in ("read_text", "write_text"):
                if func.attr == "read_text" and node.args:
                    continue  # read_text(encoding) given positionally
                if func.attr == "write_text" and len(node.args) >= 2:
                    continue
                missing.append(f"{where}: {func.attr}()")
            elif (isinstance(func, ast.Attribute) and func.attr == "open"
                  and not (isinstance(func.value, ast.Name)
                           and func.value.id in ("os", "webbrowser", "tarfile", "zipfile",
                                                 "gzip", "sqlite3", "io"))
                  and node.args and isinstance(node.args[0], ast.Constant)
                  and isinstance(node.args[0].value, str) and "b" not in node.args[0].value):
                missing.append(f"{where}: Path.open({node.args[0].value!r})")
    assert missing == [], "\n".join(missing)


def test_no_two_files_differ_only_in_case() -> None:
    seen: dict[str, Path] = {}
    clashes: list[str] = []
    for folder in (ROOT / "src", ROOT / "resources", ROOT / "packaging"):
        for path in folder.rglob("*"):
            key = path.relative_to(ROOT).as_posix().casefold()
            if key in seen and seen[key] != path:
                clashes.append(f"{seen[key]} and {path}")
            seen[key] = path
    assert clashes == []


def test_the_check_finds_an_unguarded_posix_call(tmp_path: Path,
                                                 monkeypatch: object) -> None:
    """The checker itself: an unguarded os.fork and a guarded fcntl are told apart."""
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    (tmp_path / "bad.py").write_text(
        "import os, sys, signal\n"
        "def spawn():\n    return os.fork()\n"
        "def stop(pid):\n    os.kill(pid, signal.SIGKILL)\n"
        "def fine():\n    if sys.platform != 'win32':\n        return os.getuid()\n"
        "    return 0\n"
        "def early():\n    if os.name == 'nt':\n        return None\n"
        "    return os.geteuid()\n", encoding="utf-8")
    (tmp_path / "locks.py").write_text(
        "try:\n    import fcntl\nexcept ImportError:\n    fcntl = None\n"
        "_F = getattr(fcntl, 'F_OFD_SETLK', None) if fcntl is not None else None\n"
        "def lock(fd):\n    if _F is not None:\n        fcntl.fcntl(fd, _F, b'')\n"
        "def unguarded(fd):\n    fcntl.flock(fd, 0)\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["SOURCE"]), "SOURCE", tmp_path)
    found = {(f.path, f.line, f.name, f.guarded) for f in posix_and_windows_uses()}
    assert found == {
        ("bad.py", 3, "fork", False), ("bad.py", 5, "SIGKILL", False),
        ("bad.py", 8, "getuid", True), ("bad.py", 13, "geteuid", True),
        ("locks.py", 2, "fcntl", True), ("locks.py", 8, "fcntl", True),
        ("locks.py", 10, "fcntl", False)}


def test_the_check_finds_a_text_file_opened_without_an_encoding(tmp_path: Path,
                                                                monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    (tmp_path / "files.py").write_text(
        "from pathlib import Path\n"
        "def a(p):\n    return open(p).read()\n"
        "def b(p):\n    return open(p, 'rb').read()\n"
        "def c(p):\n    return Path(p).read_text()\n"
        "def d(p):\n    return Path(p).read_text(encoding='utf-8')\n"
        "def e(p):\n    with Path(p).open('w') as f:\n        f.write('x')\n",
        encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["SOURCE"]), "SOURCE", tmp_path)
    with pytest.raises(AssertionError) as raised:
        test_text_files_are_opened_with_an_explicit_encoding()
    said = str(raised.value)
    assert "files.py:3: open()" in said and "files.py:7: read_text()" in said
    assert "files.py:11: Path.open('w')" in said
    assert "files.py:5" not in said and "files.py:9" not in said
