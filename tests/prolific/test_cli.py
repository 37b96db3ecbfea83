"""The command line on a Prolific account: one-line reasons, exit statuses, and the money once."""

from __future__ import annotations

import io
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.prolific.conftest import TOKEN
from tests.prolific.contract import Exchanges, ValidatingTransport
from tests.prolific.scenario import REJECTION, pid
from workbench.cli import main
from workbench.formats.answers import task_answers_xml
from workbench.marketplace.local.workers import WorkerSide
from workbench.marketplace.prolific.credentials import TOKEN_ENV, tokens_path
from workbench.marketplace.prolific.participants import ProlificSite
from workbench.marketplace.prolific.simulator import ProlificSimulator
from workbench.services import prolific
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.outbox import list_actions
from workbench.services.settings import config_dir


@pytest.fixture
def simulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[ProlificSimulator]:
    made = ProlificSimulator(token=TOKEN)
    seen = Exchanges()
    prolific.use_transport(lambda base_url: ValidatingTransport(made.transport(), seen))
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    yield made
    prolific.use_transport(None)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def accounts(db: Path) -> list[str]:
    with Workbench.open(db) as wb:
        from workbench.services.accounts import list_accounts

        return [a.name for a in list_accounts(wb)]


def test_adding_a_prolific_account_checks_the_token_first(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        simulator: ProlificSimulator, store_path: Path) -> None:
    db = str(store_path)
    code, _, err = run(capsys, "--db", db, "accounts", "add", "pro", "--kind", "prolific")
    assert code == 2 and err.count("\n") == 1
    assert "needs its API token: set WORKBENCH_PROLIFIC_TOKEN" in err
    monkeypatch.setenv(TOKEN_ENV, "wrong-token")
    code, _, err = run(capsys, "--db", db, "accounts", "add", "pro", "--kind", "prolific")
    assert (code, err) == (2, "workbench: Prolific refused: Invalid token.\n")
    assert "pro" not in accounts(store_path)

    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    code, out, err = run(capsys, "--db", db, "accounts", "add", "pro", "--kind", "prolific")
    assert code == 0, err
    assert "Prolific workspace 'Workbench tests'" in out and "£10000.00" in out
    monkeypatch.delenv(TOKEN_ENV)
    path = tokens_path(config_dir())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and TOKEN in path.read_text()
    assert TOKEN.encode() not in store_path.read_bytes()
    code, out, _ = run(capsys, "--db", db, "accounts", "test", "pro")
    assert code == 0
    assert out.startswith("Connected to Prolific as researcher@example.org: workspace")
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n"))
    code, _, err = run(capsys, "--db", db, "accounts", "add", "two", "--kind", "prolific",
                       "--token-stdin")
    assert code == 2 and err.count("\n") == 1
    monkeypatch.setattr(sys, "stdin", io.StringIO(TOKEN + "\n"))
    code, _, err = run(capsys, "--db", db, "accounts", "add", "two", "--kind", "prolific",
                       "--token-stdin")
    assert code == 0, err
    assert accounts(store_path) == ["pro", "two"]
    assert run(capsys, "--db", db, "accounts", "add", "loc", "--kind", "local")[0] == 0
    code, out, _ = run(capsys, "--db", db, "accounts", "test", "loc")
    assert (code, out) == (0, "Connected to loc (Local marketplace): available balance "
                              "$10000.00\n")


def test_a_study_reviewed_and_bonused_from_the_command_line(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        simulator: ProlificSimulator, store_path: Path, tmp_path: Path) -> None:
    db = str(store_path)
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    assert run(capsys, "--db", db, "accounts", "add", "pro", "--kind", "prolific",
               "--default")[0] == 0
    template = tmp_path / "task.html"
    template.write_text("<p>${text}</p><crowd-form><crowd-input name='label'></crowd-input>"
                        "</crowd-form>", encoding="utf-8")
    rows = tmp_path / "rows.csv"
    rows.write_text("text\n" + "".join(f"photo {i}\n" for i in range(4)), encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "-q", "publish", "--template", str(template),
                       "--input", str(rows), "--title", "Tag photos", "--description",
                       "One label each", "--reward", "0.10", "--assignments", "1", "--yes")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "-q", "prolific", "create-study", "--batch", "1",
                         "--name", "Tag photos", "--description", "Tag 2 photos.", "--site",
                         "https://work.example.org", "--places", "2", "--per-place", "2",
                         "--reward", "£1.20", "--minutes", "5", "--publish")
    assert code == 0, err
    code, _, err = run(capsys, "--db", db, "-q", "sync")
    assert code == 1 and "run `workbench sync --yes`" in err  # real money waits for a yes
    (study_id,) = simulator.studies  # a draft costs nothing; publishing it waits
    assert simulator.studies[study_id]["status"] == "UNPUBLISHED"
    assert run(capsys, "--db", db, "-q", "sync", "--yes")[0] == 0
    assert simulator.studies[study_id]["status"] == "ACTIVE"

    with Workbench.open(store_path) as wb:
        account = get_account(wb, "pro")
        study = prolific.get_study(wb, account, study_id)
        side = WorkerSide(wb.store.engine)
        site = ProlificSite(wb.store.engine)
        worked: dict[str, list[str]] = {}
        for participant in (pid(1), pid(2)):
            session_id = simulator.start_submission(study_id, participant)
            _cookie, arrived = site.arrive(participant, study_id, session_id)
            worked[session_id] = [item.assignment_id for item in arrived.unit]
            for assignment in worked[session_id]:
                side.submit(participant, assignment, task_answers_xml({"label": "car"}))
            simulator.complete_submission(session_id, study.completion_code)
    assert run(capsys, "--db", db, "-q", "sync", "--yes")[0] == 0
    code, out, _ = run(capsys, "--db", db, "prolific", "submissions", study_id)
    assert code == 0 and out.count("AWAITING REVIEW") == 2
    first, second = worked
    code, _, err = run(capsys, "--db", db, "review", "reject", second, "--feedback",
                       "Wrong labels.", "--category", "LOW_EFFORT")
    assert code == 2 and err == ("workbench: Prolific needs a rejection message of at least "
                                 "100 characters (13 given): tell the participant what was "
                                 "wrong\n")
    code, _, err = run(capsys, "--db", db, "review", "reject", second, "--feedback", REJECTION)
    assert code == 2 and "--category" in err and err.count("\n") == 1
    # An assignment id stands for the session that worked it.
    code, out, err = run(capsys, "--db", db, "review", "approve", worked[first][0])
    assert code == 0 and f"Approve the Prolific submission {first}" in out
    assert run(capsys, "--db", db, "review", "reject", second, "--feedback", REJECTION,
               "--category", "low_effort")[0] == 0
    code, out, err = run(capsys, "--db", db, "review", "bonus", first, "--amount", "0.50",
                         "--reason", "Careful work")
    assert code == 0 and "Bonus £0.50 to 1 participant(s)" in out, err
    code, out, err = run(capsys, "--db", db, "-q", "sync", "--yes")
    assert code == 0, err
    assert [e[1] for e in simulator.money("reward")] == [first]
    assert simulator.submissions[second]["status"] == "REJECTED"
    assert list(simulator.pay_calls.values()) == [1]
    assert simulator.bonuses_paid(first) == [50]
    code, _, err = run(capsys, "--db", db, "review", "approve", first)
    assert code == 2 and "is APPROVED on Prolific" in err


def test_sync_without_a_token_says_so_in_one_line(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        simulator: ProlificSimulator, store_path: Path) -> None:
    from workbench.marketplace.prolific.credentials import forget_token

    db = str(store_path)
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    assert run(capsys, "--db", db, "accounts", "add", "gone", "--kind", "prolific")[0] == 0
    monkeypatch.delenv(TOKEN_ENV)
    forget_token(config_dir(), "gone")
    with Workbench.open(store_path) as wb:
        prolific.queue_create_study(
            wb, get_account(wb, "gone"), name="Tag", description="Tag a photo.",
            external_url="https://work.example.org/prolific", places=1, reward_cents=100,
            estimated_minutes=2)
    code, _, err = run(capsys, "--db", db, "-q", "sync", "--account", "gone")
    assert code == 1 and err.count("\n") == 1
    assert "no Prolific API token for account 'gone'" in err
    with Workbench.open(store_path) as wb:  # nothing was claimed and left unsure
        assert [(a.state, a.attempts) for a in list_actions(wb)] == [("pending", 0)]
    assert simulator.studies == {}
