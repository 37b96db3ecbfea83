"""`workbench publish`: cost and fair pay first, bad input refused, never published twice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from workbench.cli import main

TEMPLATE = ("<crowd-form><p>${product}</p><crowd-input name='label'></crowd-input>"
            "</crowd-form>")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def counts(db: Path) -> tuple[int, int]:
    connection = sqlite3.connect(db)
    try:
        return (connection.execute("SELECT count(*) FROM batches").fetchone()[0],
                connection.execute("SELECT count(*) FROM mk_hits").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def task(tmp_path: Path) -> dict[str, Path]:
    template = tmp_path / "task.html"
    template.write_text(TEMPLATE, encoding="utf-8")
    rows = tmp_path / "rows.csv"
    rows.write_text("product\n" + "\n".join(f"Mug {i}" for i in range(12)) + "\n",
                    encoding="utf-8")
    return {"template": template, "input": rows}


def args_for(db: Path, task: dict[str, Path], *extra: str, **overrides: str) -> list[str]:
    values = {"template": str(task["template"]), "input": str(task["input"]),
              "title": "Name the product", "description": "Read and answer",
              "reward": "0.05", "assignments": "3"}
    values.update(overrides)
    args = ["--db", str(db), "-q", "publish"]
    for key, value in values.items():
        args += [f"--{key}", value]
    return [*args, *extra]


def test_publishing_the_same_batch_twice_is_refused_and_again_publishes_a_copy(
        capsys: pytest.CaptureFixture[str], store_path: Path, task: dict[str, Path]) -> None:
    code, out, _ = run(capsys, *args_for(store_path, task, "--concurrency", "4"))
    assert code == 0 and "Published batch" in out and "12/12 HITs" in out
    assert counts(store_path) == (1, 12)
    code, _, err = run(capsys, *args_for(store_path, task))
    assert code == 2 and "already published as batch 1" in err and "--again" in err
    assert counts(store_path) == (1, 12)
    code, out, _ = run(capsys, *args_for(store_path, task, "--again"))
    assert code == 0 and counts(store_path) == (2, 24)


def test_cost_surcharge_and_fair_pay_are_shown_before_anything_is_published(
        capsys: pytest.CaptureFixture[str], store_path: Path, task: dict[str, Path]) -> None:
    code, out, err = run(capsys, *args_for(store_path, task, "--dry-run", "--minutes", "1",
                                           assignments="10"))
    assert code == 0 and counts(store_path) == (0, 0)
    assert "12 HITs × 10 assignment(s) at $0.05 + $0.02 fee = $0.07 an assignment" in out
    assert "$0.70 a HIT: up to $8.40 with fees" in out
    assert "2 HITs of at most 9 assignments per row would cost $7.20 (saving $1.20)" in out
    assert "$3.00 an hour, below your fair wage of $7.25" in err
    assert "a reward of $0.13 reaches it" in err


def test_an_excel_file_renamed_csv_publishes_its_rows(
        capsys: pytest.CaptureFixture[str], store_path: Path, task: dict[str, Path],
        tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["product"])
    book.active.append(["Kettle"])
    book.save(tmp_path / "book.xlsx")
    renamed = (tmp_path / "book.xlsx").rename(tmp_path / "book.csv")
    code, out, _ = run(capsys, *args_for(store_path, task, input=str(renamed)))
    assert code == 0 and "1/1 HITs" in out


@pytest.mark.parametrize(("content", "overrides", "reason"), [
    (b"", {}, "is empty"),
    (b"product\r\n", {}, "header but no rows"),
    (b"item\r\nx\r\n", {}, "${product} but the input has no such column"),
    ("product\r\n" + "<" * 17_000 + "\r\n", {}, "row 1: the question is"),
    (b"product\r\nx\r\n", {"reward": "0.001"}, "two decimals"),
    (b"product\r\nx\r\n", {"assignments": "0"}, "at least 1 assignment"),
    (b"\xd0\xcf\x11\xe0" + b"\x00" * 64, {}, "old-style Excel .xls"),
])
def test_bad_input_exits_2_with_one_line_and_publishes_nothing(
        capsys: pytest.CaptureFixture[str], store_path: Path, task: dict[str, Path],
        tmp_path: Path, content: bytes | str, overrides: dict[str, str], reason: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    code, _, err = run(capsys, *args_for(store_path, task, input=str(bad), **overrides))
    assert code == 2 and err.count("\n") == 1 and reason in err, err
    assert counts(store_path) == (0, 0)


def test_a_real_money_account_needs_yes_and_resume_finishes_a_batch(
        capsys: pytest.CaptureFixture[str], store_path: Path, task: dict[str, Path]) -> None:
    assert run(capsys, "--db", str(store_path), "accounts", "add", "live", "--kind",
               "mturk")[0] == 0
    code, _, err = run(capsys, *args_for(store_path, task, "--account", "live"))
    assert code == 2 and "spends real money" in err and "$" in err
    assert counts(store_path) == (0, 0)
    code, _, err = run(capsys, "--db", str(store_path), "publish", "--resume", "99")
    assert code == 2 and "no batch 99" in err
    code, _, err = run(capsys, "--db", str(store_path), "publish", "--title", "T")
    assert code == 2 and "--template" in err


def test_running_the_command_again_after_an_interruption_resumes_the_same_batch(
        capsys: pytest.CaptureFixture[str], store_path: Path, task: dict[str, Path]) -> None:
    from workbench.formats.inputs import read_input_table
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench
    from workbench.services.progress import CancelToken
    from workbench.services.publish import HITProperties, create_batch, publish_batch

    # What the command would make, interrupted after five HITs (as Ctrl+C or a crash would).
    with Workbench.open(store_path) as wb:
        account = get_account(wb)
        props = HITProperties.parse(title="Name the product", description="Read and answer",
                                    reward="0.05", assignments="3")
        batch_id = create_batch(wb, account, name="Name the product", template_html=TEMPLATE,
                                table=read_input_table(task["input"]), props=props)
        cancel = CancelToken()
        publish_batch(wb, account, batch_id, progress=lambda done, total, message: (
            cancel.cancel() if done >= 5 else None), cancel=cancel)
    assert counts(store_path) == (1, 5)
    code, out, _ = run(capsys, *args_for(store_path, task))
    assert code == 0 and "Resuming batch 1" in out and "5 of 12" in out
    assert "12/12 HITs" in out and counts(store_path) == (1, 12)
    code, out, _ = run(capsys, "--db", str(store_path), "-q", "publish", "--resume", "1")
    assert code == 0 and "0 created now" in out and "12 published before" in out


def test_without_an_estimate_the_median_time_of_an_earlier_batch_gives_the_wage(
        capsys: pytest.CaptureFixture[str], store_path: Path, task: dict[str, Path]) -> None:
    from tests.conftest import FakeClock
    from workbench.formats.answers import task_answers_xml
    from workbench.formats.inputs import read_input_table
    from workbench.marketplace.local.market import LocalMarketplace
    from workbench.marketplace.local.workers import WorkerSide
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench
    from workbench.services.publish import HITProperties, create_batch, publish_batch
    from workbench.services.sync import pull

    clock = FakeClock()
    with Workbench.open(store_path, clock=clock) as wb:
        account = get_account(wb)
        market = LocalMarketplace(wb.store.engine, account.requester_id or "", clock=clock)
        batch_id = create_batch(wb, account, name="Earlier", template_html=TEMPLATE,
                                table=read_input_table(task["input"]),
                                props=HITProperties("Earlier", "D", 5, 1))
        publish_batch(wb, account, batch_id, market)
        side = WorkerSide(wb.store.engine, clock=clock)
        worker = side.register("AWORKER0000001")
        for hit in market.list_hits(MaxResults=100)["HITs"]:
            assignment = side.accept(worker, hit["HITId"])
            clock.advance(seconds=90)
            side.submit(worker, assignment, task_answers_xml({"label": "mug"}))
        pull(wb, account, market)
    code, _, err = run(capsys, *args_for(store_path, task, "--dry-run"))
    assert code == 0
    assert "At 1m 30s a task (the median of batch 1, 'Earlier')" in err
    assert "$0.05 pays $2.00 an hour, below your fair wage of $7.25" in err


def test_a_template_without_a_form_is_published_in_mturks_form_and_the_cli_says_so(
        capsys: pytest.CaptureFixture[str], store_path: Path, task: dict[str, Path],
        fixtures_dir: Path) -> None:
    from tests.formats.test_templates import formless_template

    task["template"].write_text(formless_template(fixtures_dir), encoding="utf-8")
    task["input"].write_text("imageurl\nhttps://example.org/a.jpg\n", encoding="utf-8")
    code, out, err = run(capsys, *args_for(store_path, task))
    assert code == 0 and "1/1 HITs" in out
    assert "workbench: note: the page has no form of its own: as MTurk's web UI did, " \
           "workers get it inside one with a Submit button" in err
    connection = sqlite3.connect(store_path)
    try:
        [question] = connection.execute("SELECT question FROM mk_hits").fetchone()
    finally:
        connection.close()
    assert '<form name="mturk_form"' in question and 'id="submitButton"' in question
    assert 'name="QuestionId1" value="fruit"' in question
