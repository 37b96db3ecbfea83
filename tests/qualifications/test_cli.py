"""`workbench qualifications`: the issue's "done means" from the command line.

A requester sets up a screening test, watches simulated workers take it on the local
marketplace, and publishes a batch that only qualified workers can accept.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.marketplace.local.workers import WorkerSide, WorkRefused
from workbench.services import qualifications as quals
from workbench.services.accounts import get_account
from workbench.services.context import Workbench


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_screening_test_then_a_batch_only_qualified_workers_can_accept(
        capsys: pytest.CaptureFixture[str], store_path: Path, fixtures_dir: Path,
        tmp_path: Path) -> None:
    db = str(store_path)
    code, out, err = run(capsys, "--db", db, "qualifications", "create", "Careful reader",
                         "--description", "Passed our reading test",
                         "--test", str(fixtures_dir / "mturkr_qualificationtest1.xml"),
                         "--answer-key", str(fixtures_dir / "mturkr_answerkey1.xml"),
                         "--duration", "20m", "--retry-delay", "1d")
    assert code == 0, err
    type_id = out.strip()
    code, out, err = run(capsys, "--db", db, "-q", "qualifications", "simulate", type_id,
                         "--workers", "15", "--seed", "4")
    assert code == 0, err
    assert "15 simulated workers asked, 15 got a score" in out
    code, out, _ = run(capsys, "--db", db, "qualifications", "list")
    assert "Careful reader" in out and "Test (auto-scored), 20m" in out
    template = tmp_path / "task.html"
    template.write_text("<p>${text}</p><form><input name='label'></form>", encoding="utf-8")
    rows = tmp_path / "rows.csv"
    rows.write_text("text\nfirst\nsecond\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "-q", "publish", "--template", str(template),
                         "--input", str(rows), "--title", "Read and label",
                         "--description", "Label the text", "--reward", "0.05",
                         "--assignments", "9", "--require", f"{type_id}>=80", "--yes")
    assert code == 0, err
    with Workbench.open(db) as wb:
        account = get_account(wb)
        scores = quals.current_scores(wb, account, [type_id])
        passed = [w for (_t, w), v in scores.items() if v is not None and v >= 80]
        failed = [w for (_t, w), v in scores.items() if v is not None and v < 80]
        assert passed and failed
        side = WorkerSide(wb.store.engine, clock=wb.clock)
        hit_id = wb.marketplace(account).list_hits()["HITs"][0]["HITId"]
        for worker in failed:
            with pytest.raises(WorkRefused, match="qualification"):
                side.accept(worker, hit_id)
        for worker in passed:
            assert side.accept(worker, hit_id)


def test_grant_revoke_decide_and_the_worker_csv(capsys: pytest.CaptureFixture[str],
                                                store_path: Path, tmp_path: Path) -> None:
    db = str(store_path)
    _, type_id, _ = run(capsys, "--db", db, "qualifications", "create", "Trusted",
                        "--description", "Checked by hand")
    type_id = type_id.strip()
    with Workbench.open(db) as wb:
        side = WorkerSide(wb.store.engine)
        workers = [side.register(f"AWORKER{i:07d}") for i in range(3)]
    code, out, _ = run(capsys, "--db", db, "qualifications", "grant", "Trusted", *workers,
                       "--value", "5")
    assert code == 0 and "3 queued" in out
    code, _, err = run(capsys, "--db", db, "qualifications", "grant", "Trusted", workers[0],
                       "--value", "6")
    assert code == 2 and "already has a queued" in err
    assert run(capsys, "--db", db, "-q", "sync")[0] == 0
    csv_path = tmp_path / "workers.csv"
    assert run(capsys, "--db", db, "qualifications", "export", "--out", str(csv_path))[0] == 0
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    column = rows[0].index("UPDATE-Trusted")
    rows[1][column] = "Revoke"
    rows[2][column] = "9"
    out_file = io.StringIO()
    csv.writer(out_file).writerows(rows)
    csv_path.write_text(out_file.getvalue(), encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "qualifications", "import", str(csv_path))
    assert code == 0 and "1 score(s) to grant or change, 1 to revoke" in out
    assert "add --yes" in err
    code, out, _ = run(capsys, "--db", db, "qualifications", "import", str(csv_path), "--yes")
    assert code == 0 and "2 queued" in out
    assert run(capsys, "--db", db, "-q", "sync")[0] == 0
    with Workbench.open(db) as wb:
        assert quals.current_scores(wb, get_account(wb)) == {
            (type_id, workers[1]): 9, (type_id, workers[2]): 5}


@pytest.mark.parametrize(("args", "reason"), [
    (("show", "Nobody"), "no qualification type 'Nobody'"),
    (("create", "X", "--description", "d", "--test", "/nonexistent.xml"), "cannot read"),
    (("create", "X", "--description", "d", "--retry-delay", "soon"), "soon"),
    (("create", "", "--description", "d"), "give the qualification a name"),
    (("decide", "NOREQUEST", "--reject"), "needs --reason"),
])
def test_bad_input_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], store_path: Path,
                                         args: tuple[str, ...], reason: str) -> None:
    code, _out, err = run(capsys, "--db", str(store_path), "qualifications", *args)
    assert code == 2
    assert reason in err and len(err.strip().splitlines()) == 1


def test_a_worker_csv_with_unknown_columns_is_refused(capsys: pytest.CaptureFixture[str],
                                                      store_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Worker ID,Shoe size\r\nA1,42\r\n", encoding="utf-8")
    code, _out, err = run(capsys, "--db", str(store_path), "qualifications", "import", str(bad))
    assert code == 2 and "unknown column(s): 'Shoe size'" in err
