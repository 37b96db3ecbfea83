"""Hostile numbers, amounts, ids and dates on the command line: one line, exit 2, no change.

Each row is something tried by hand that printed a traceback or was accepted (issue 16 §3):
the command must say why in one line on stderr, exit with status 2, and leave the store
exactly as it was.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.cli import build_parser, main

HUGE = "99999999999999999999999"
HOSTILE_WORKER = "A1\n" + "B" * 10_000
TEMPLATE = "<p>${text}</p><crowd-form><crowd-input name='label'></crowd-input></crowd-form>"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(db: Path) -> dict[str, object]:
    """Every table's row count, and the outbox itself: what a refused command must not touch."""
    connection = sqlite3.connect(db)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        state: dict[str, object] = {t: connection.execute(
            f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        state["outbox rows"] = connection.execute(
            "SELECT id, kind, target, payload FROM outbox ORDER BY id").fetchall()
        return state
    finally:
        connection.close()


@pytest.fixture(scope="module")
def _demo(tmp_path_factory: pytest.TempPathFactory, _template_store: Path) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "store.sqlite3"
    shutil.copyfile(_template_store, path)
    assert main(["--db", str(path), "-q", "demo", "--hits", "2", "--assignments", "2",
                 "--workers", "2", "--seed", "3"]) == 0
    return path


@pytest.fixture
def demo(tmp_path: Path, _demo: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    shutil.copyfile(_demo, path)
    return path


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "task.html").write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "empty.html").write_text(" \n\t\n", encoding="utf-8")
    (tmp_path / "rows.csv").write_text("text\nfirst\nsecond\n", encoding="utf-8")
    return {name: str(tmp_path / name) for name in ("task.html", "empty.html", "rows.csv")}


def an_assignment(db: Path) -> str:
    connection = sqlite3.connect(db)
    try:
        return str(connection.execute(
            "SELECT assignment_id FROM assignments ORDER BY id LIMIT 1").fetchone()[0])
    finally:
        connection.close()


def publish(files: dict[str, str], *extra: str, template: str = "task.html") -> list[str]:
    args = ["publish", "--template", files[template], "--input", files["rows.csv"],
            "--title", "Label", "--description", "Label the text", "--reward", "0.05",
            "--assignments", "2"]
    return [*args, *extra]


# (arguments, words the one-line reason must hold); "{assignment}" is a real assignment id.
CASES: list[tuple[list[str], str]] = [
    (["publish", "--reward", HUGE], "more than $1000.00"),
    (["publish", "--reward", "1000.01"], "more than $1000.00"),
    (["publish", "--minutes", "nan"], "not a finite number"),
    (["publish", "--minutes", "inf"], "not a finite number"),
    (["publish", "--minutes", "-3"], "more than 0"),
    (["publish", "--minutes", "1e400"], "not a finite number"),
    (["publish", "--minutes", "0"], "more than 0"),
    (["publish", "--minutes", "9999999"], "at most 525600"),
    (["publish", "--require", "approval-rate>=101"], "101 is not between 0 and 100"),
    (["publish", "--require", "approved-hits>=-1"], "-1 is not between 0"),
    (["publish", "--require", f"approved-hits>={HUGE}"], "is not between 0 and 2147483647"),
    (["publish", "--template=empty"], "the template is empty"),
    (["publish", "--assignments", HUGE], "at most 1,000,000 assignment(s)"),
    (["publish", "--assignments", "-5"], "at least 1 assignment(s)"),
    (["publish", "--concurrency", HUGE], "at most 32"),
    (["publish", "--lifetime", HUGE + "d"], "is not between 30s and 365d"),
    (["publish", "--auto-approve", "31d"], "is not between 0s and 30d"),
    (["publish", "--duration", "9" * 10_000], "is not a duration"),
    (["publish", "--resume", HUGE], "at most 2,147,483,647"),
    (["review", "bonus", "{assignment}", "--amount", HUGE, "--reason", "x"],
     "more than $10000.00"),
    (["review", "bonus", "{assignment}", "--amount", "nan", "--reason", "x"],
     "not a US dollar amount"),
    (["review", "bonus", "{assignment}", "--amount", "150", "--reason", "x"],
     "more than $100.00: confirm it"),
    (["review", "block", HOSTILE_WORKER, "--reason", "x"], "is not a worker id"),
    (["review", "block", "A1 B2", "--reason", "x"], "is not a worker id"),
    (["review", "unblock", "A" * 65], "is not a worker id"),
    (["hits", "--batch", HUGE], "at most 2,147,483,647"),
    (["hits", "--batch", "-1"], "at least 1"),
    (["export", "--format", "csv", "--out", "{tmp}/x.csv", "--batch", HUGE],
     "at most 2,147,483,647"),
    (["export", "--format", "csv", "--out", "{tmp}/x.csv", "--to", "9999-12-31"],
     "too far in the future"),
    (["export", "--format", "csv", "--out", "{tmp}/x.csv", "--from", "0001-01-01"],
     "too far in the past"),
    (["import-results", "{tmp}/x.csv", "--show", "-5"], "at least 0"),
    (["outbox", "--undo", HUGE], "at most 2,147,483,647"),
    (["outbox", "--retry", "0"], "at least 1"),
    (["outbox", "--limit", HUGE], "at most 1,000,000"),
    (["demo", "--hits", HUGE], "at most 100,000"),
    (["demo", "--seed", "-1"], "at least 0"),
    (["accounts", "add", "x", "--kind", "local", "--max-attempts", HUGE], "at most 100"),
    (["serve", "--delay", "nan"], "not a finite number"),
    (["serve", "--delay", "-1"], "at least 0"),
    (["serve", "--rate", "inf"], "not a finite number"),
    (["serve", "--rate", "0"], "more than 0"),
    (["serve", "--port", "70000"], "at most 65,535"),
    (["serve", "--workers", "0"], "at least 1"),
    (["qualifications", "grant", "T", "A1B2C3", "--value", HUGE], "at most 2,147,483,647"),
    (["qualifications", "grant", "T", HOSTILE_WORKER, "--value", "1"], "is not a worker id"),
    (["qualifications", "create", "T", "--description", "d", "--duration", "99999999d"],
     "is not between 1s and 365d"),
    (["qualifications", "create", "T", "--description", "d", "--auto-grant", "nan"],
     "not a whole number"),
    (["qualifications", "simulate", "T", "--workers", "-1"], "at least 1"),
    (["workers", "invite", "--worker-id", "bad id"], "is not a worker id"),
    (["workers", "revoke", HOSTILE_WORKER], "is not a worker id"),
]


def _ids(case: tuple[list[str], str]) -> str:
    return " ".join(a if len(a) < 20 else a[:12] + "…" for a in case[0]).replace("\n", "⏎")


@pytest.mark.parametrize(("args", "reason"), CASES, ids=[_ids(c) for c in CASES])
def test_a_hostile_value_exits_2_with_one_line_and_changes_nothing(
        capsys: pytest.CaptureFixture[str], demo: Path, files: dict[str, str], tmp_path: Path,
        args: list[str], reason: str) -> None:
    if args[0] == "publish":
        extra = [a for a in args[1:] if a != "--template=empty"]
        args = publish(files, *extra,
                       template="empty.html" if "--template=empty" in args else "task.html")
    args = [a.replace("{assignment}", an_assignment(demo)).replace("{tmp}", str(tmp_path))
            for a in args]
    before = snapshot(demo)
    code, _out, err = run(capsys, "--db", str(demo), *args)
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("workbench"), err
    assert reason in err, err
    assert "Traceback" not in err
    assert len(err) < 400, err  # a 10 KB id is cut, never echoed whole
    assert snapshot(demo) == before


def test_a_large_bonus_is_queued_only_with_yes(capsys: pytest.CaptureFixture[str],
                                               demo: Path) -> None:
    assignment = an_assignment(demo)
    code, out, err = run(capsys, "--db", str(demo), "review", "bonus", assignment,
                         "--amount", "150", "--reason", "Hours of extra work", "--yes")
    assert code == 0, err
    assert "Bonus $150.00" in out
    code, out, err = run(capsys, "--db", str(demo), "review", "bonus", assignment,
                         "--amount", "100", "--reason", "At the limit")
    assert code == 0, err


def test_a_good_publish_still_works(capsys: pytest.CaptureFixture[str], demo: Path,
                                    files: dict[str, str]) -> None:
    code, out, err = run(capsys, "--db", str(demo), "-q",
                         *publish(files, "--minutes", "0.5", "--require", "approval-rate>=100",
                                  "--concurrency", "32"))
    assert code == 0, err
    assert "Published batch" in out and "2/2 HITs" in out


def _actions(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                for where, found in _actions(child):
                    yield f"{name} {where}", found
        else:
            yield "", action


def test_no_option_takes_an_unchecked_int_or_float() -> None:
    """Every number goes through workbench.cli.arguments: bounded, finite, one-line refusal."""
    loose = [f"{where}{'/'.join(action.option_strings) or action.dest}"
             for where, action in _actions(build_parser()) if action.type in (int, float)]
    assert loose == []
