"""The command line: a contract scripts depend on (exit status, one-line reasons)."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from pathlib import Path

import pytest

from workbench.cli import main

TEMPLATE = "<p>${text}</p><form><input name='label'></form>"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def counts(db: Path) -> dict[str, int]:
    connection = sqlite3.connect(db)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("batches", "batch_rows", "hits", "outbox", "mk_hits", "accounts")}
    finally:
        connection.close()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    template = tmp_path / "task.html"
    template.write_text(TEMPLATE, encoding="utf-8")
    rows = tmp_path / "input.csv"
    rows.write_text("text\nfirst\nsecond\n", encoding="utf-8")
    empty = tmp_path / "empty.csv"
    empty.write_text("text\n", encoding="utf-8")
    other = tmp_path / "other.html"
    other.write_text("<p>${text} ${missing}</p>", encoding="utf-8")
    return {"template": template, "input": rows, "empty": empty, "other": other}


def publish_args(db: Path, files: dict[str, Path], **overrides: str) -> list[str]:
    values = {"template": str(files["template"]), "input": str(files["input"]),
              "title": "Label", "description": "Label the text", "reward": "0.05",
              "assignments": "2"}
    values.update(overrides)
    args = ["--db", str(db), "-q", "publish"]
    for key, value in values.items():
        args += [f"--{key}", value]
    return args


def test_demo_then_export_then_review_then_sync(capsys, store_path: Path, tmp_path: Path  # type: ignore[no-untyped-def]
                                                ) -> None:
    db = str(store_path)
    code, out, _ = run(capsys, "--db", db, "-q", "demo", "--hits", "6", "--assignments", "3",
                       "--seed", "9")
    assert code == 0 and "6 HITs published" in out and "18 assignments" in out
    out_csv = tmp_path / "results.csv"
    assert run(capsys, "--db", db, "-q", "export", "--format", "csv", "--out",
               str(out_csv))[0] == 0
    with out_csv.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 18
    ids = [r["AssignmentId"] for r in rows]
    code, out, _ = run(capsys, "--db", db, "review", "approve", *ids[:3], "--feedback", "Thanks")
    assert code == 0 and out.count("Queued #") == 3
    code, _, err = run(capsys, "--db", db, "review", "approve", ids[0])
    assert code == 2 and "already has a queued decision" in err
    code, _, err = run(capsys, "--db", db, "review", "reject", ids[3], "--feedback", " ")
    assert code == 2 and "feedback" in err
    assert run(capsys, "--db", db, "review", "reject", ids[3], "--feedback", "Wrong")[0] == 0
    assert run(capsys, "--db", db, "review", "bonus", ids[4], "--amount", "0.25",
               "--reason", "Careful")[0] == 0
    assert run(capsys, "--db", db, "review", "block", rows[5]["WorkerId"], "--reason",
               "Spam")[0] == 0
    code, out, _ = run(capsys, "--db", db, "-q", "sync")
    assert code == 0 and "Sent 6 queued action(s)" in out
    code, out, _ = run(capsys, "--db", db, "outbox", "--state", "sent")
    assert code == 0 and out.count("sent") >= 6
    code, out, _ = run(capsys, "--db", db, "hits", "--format", "csv")
    assert code == 0 and len(out.strip().splitlines()) == 7


def test_accounts(capsys, store_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(store_path)
    assert run(capsys, "--db", db, "accounts", "add", "team", "--kind", "local")[0] == 0
    assert run(capsys, "--db", db, "accounts", "add", "sandbox", "--kind", "mturk-sandbox",
               "--profile", "work")[0] == 0
    code, _, err = run(capsys, "--db", db, "accounts", "add", "team", "--kind", "local")
    assert code == 2 and "already exists" in err
    code, _, err = run(capsys, "--db", db, "accounts", "add", "x", "--kind", "endpoint")
    assert code == 2 and "--endpoint" in err
    code, out, _ = run(capsys, "--db", db, "accounts", "list")
    assert code == 0 and "team" in out and "mturk-sandbox" in out and "*" in out


@pytest.mark.parametrize(("overrides", "reason"), [
    ({"reward": "0.051"}, "two decimals"),
    ({"reward": "-1"}, "-1"),
    ({"template": "other"}, "${missing}"),
    ({"input": "empty"}, "no rows"),
    ({"assignments": "zero"}, "whole number"),
    ({"require": "approval-rate>>95"}, "approval-rate>>95"),
])
def test_bad_input_exits_2_with_one_line_and_changes_nothing(capsys, store_path: Path,  # type: ignore[no-untyped-def]
                                                             files, overrides, reason) -> None:
    resolved = {k: str(files[v]) if v in files else v for k, v in overrides.items()}
    before = counts(store_path)
    code, _, err = run(capsys, *publish_args(store_path, files, **resolved))
    assert code == 2
    assert err.count("\n") == 1 and reason in err
    assert counts(store_path) == before


def test_a_good_publish_creates_the_hits(capsys, store_path: Path, files) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, *publish_args(store_path, files, require="locale in US,CA"))
    assert code == 0 and "2/2 HITs" in out and "$0.24 with fees" in out
    assert counts(store_path)["mk_hits"] == 2


def test_a_text_file_as_the_store_exits_2_and_stays_as_it_was(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n", encoding="utf-8")
    before = hashlib.sha256(notes.read_bytes()).hexdigest()
    code, _, err = run(capsys, "--db", str(notes), "accounts", "list")
    assert code == 2 and "not an SQLite database" in err and err.count("\n") == 1
    assert hashlib.sha256(notes.read_bytes()).hexdigest() == before


def test_usage_errors_exit_2(capsys, store_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "--db", str(store_path), "demo", "--hits", "0")
    assert code == 2 and err.count("\n") == 1 and "--hits" in err
    code, _, err = run(capsys, "--db", str(store_path), "review", "approve", "NOSUCH")
    assert code == 2 and "NOSUCH" in err


def test_version(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.startswith("workbench 0.")


def test_no_display_is_explained_in_one_line(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    code, _, err = run(capsys)
    assert code == 2 and "DISPLAY" in err and "offscreen" in err


def test_the_window_smoke_test_opens_it_and_finds_the_resources(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "WORKBENCH_CONFIG_DIR": str(tmp_path / "config"),
           "WORKBENCH_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run([sys.executable, "-m", "workbench", "--db", str(tmp_path / "s.db"),
                           "--smoke-test"], capture_output=True, text=True, timeout=120,
                          env=env)
    assert done.returncode == 0, done.stderr[-800:]
    assert "smoke test passed" in done.stdout


def _commands(parser, path=("workbench",)):  # type: ignore[no-untyped-def]
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                yield (*path, name), command
                yield from _commands(command, (*path, name))


def test_every_command_and_argument_says_what_it_is_for() -> None:
    import argparse

    from workbench.cli import build_parser

    bare, unhelped = [], []
    for path, command in _commands(build_parser()):
        if not command.description:
            bare.append(" ".join(path))
        for action in command._actions:
            if action.help is None and not isinstance(
                    action, (argparse._HelpAction, argparse._SubParsersAction)):
                unhelped.append(f"{' '.join(path)} {action.option_strings or action.dest}")
    assert bare == [] and unhelped == []


@pytest.mark.parametrize("where", ["before", "after"])
def test_quiet_is_taken_before_or_after_the_command(capsys, store_path: Path,  # type: ignore[no-untyped-def]
                                                    where: str) -> None:
    args = ["--db", str(store_path)]
    args += ["-q", "demo", "--hits", "2", "--assignments", "1"] if where == "before" else \
        ["demo", "--hits", "2", "--assignments", "1", "-q"]
    code, _, err = run(capsys, *args)
    assert code == 0
    assert err == ""  # no progress lines either way
