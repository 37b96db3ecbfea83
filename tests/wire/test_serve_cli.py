"""``workbench serve``, ``archive`` and ``sync --yes`` on the command line: bad input is refused."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.cli.marketplace import _server_keys
from workbench.marketplace.wire.auth import read_keys_file
from workbench.services.accounts import add_account, get_account
from workbench.services.context import Workbench


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("content", "reason"), [
    (None, "does not exist"),
    ("not an ini file", "cannot be read"),
    ("[a]\naws_access_key_id = AK\n", "needs aws_access_key_id and aws_secret_access_key"),
    ("[a]\naws_access_key_id = AK\naws_secret_access_key = s\n", "needs account"),
    ("[a]\naws_access_key_id = AK\naws_secret_access_key = s\naccount = nobody\n",
     "not a local account"),
    ("", "holds no keys"),
])
def test_serve_refuses_a_bad_keys_file_in_one_line(
        capsys: pytest.CaptureFixture[str], store_path: Path, tmp_path: Path,
        content: str | None, reason: str) -> None:
    keys = tmp_path / "keys.ini"
    if content is not None:
        keys.write_text(content, encoding="utf-8")
        keys.chmod(0o600)
    code, _, err = run(capsys, "--db", str(store_path), "serve", "--port", "0",
                       "--keys", str(keys))
    assert code == 2 and reason in err and err.count("\n") == 1


@pytest.mark.skipif(os.name != "posix", reason="the mode bits say who may read on POSIX")
@pytest.mark.parametrize(("mode", "what"), [(0o644, "read"), (0o640, "read"),
                                            (0o604, "read"), (0o620, "changed")])
def test_serve_refuses_a_keys_file_that_others_may_read(
        capsys: pytest.CaptureFixture[str], store_path: Path, tmp_path: Path, mode: int,
        what: str) -> None:
    keys = tmp_path / "keys.ini"
    # (Its account does not exist either: the file is refused before it is even read.)
    keys.write_text("[a]\naws_access_key_id = AK\naws_secret_access_key = s\n"
                    "account = nobody\n", encoding="utf-8")
    keys.chmod(mode)
    code, out, err = run(capsys, "--db", str(store_path), "serve", "--port", "0",
                         "--keys", str(keys))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"can be {what} by other users (mode {mode:04o})" in err
    assert f"chmod 600 {keys}" in err


@pytest.mark.parametrize(("options", "reason"), [
    (["--certfile", "nowhere.pem"], "cannot serve HTTPS with the certificate nowhere.pem"),
    (["--certfile", "{garbage}"], "cannot serve HTTPS with the certificate"),
    (["--keyfile", "key.pem"], "--keyfile needs --certfile"),
    (["--forwarded-allow-ips", "127.0.0.1,caddy"], "'caddy' is not an IP address or network"),
    (["--public-url", "tasks.example.com"], "must look like https://tasks.example.com"),
    (["--public-url", "https://tasks.example.com/site?x=1"], "scheme and host, no path"),
    (["--grace", "-1"], "--grace"),
    (["--host", "no-such-host.invalid"], "cannot listen on no-such-host.invalid:0"),
])
def test_serve_refuses_bad_hosting_options_in_one_line(
        capsys: pytest.CaptureFixture[str], store_path: Path, tmp_path: Path,
        options: list[str], reason: str) -> None:
    with Workbench.open(store_path) as wb:
        get_account(wb)  # the local account the key acts as
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("-----BEGIN CERTIFICATE-----\nnot base64\n", encoding="utf-8")
    keys = tmp_path / "keys.ini"
    keys.write_text("[a]\naws_access_key_id = AK\naws_secret_access_key = s\n"
                    "account = local\n", encoding="utf-8")
    keys.chmod(0o600)
    options = [option.replace("{garbage}", str(garbage)) for option in options]
    code, out, err = run(capsys, "--db", str(store_path), "serve", "--port", "0",
                         "--keys", str(keys), *options)
    assert code == 2 and reason in err and err.count("\n") == 1 and "Serving" not in out


def test_serve_refuses_an_unknown_log_level(capsys: pytest.CaptureFixture[str],
                                           store_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_LOG", "chatty")
    code, _, err = run(capsys, "--db", str(store_path), "serve", "--port", "0")
    assert code == 2 and "WORKBENCH_LOG=CHATTY is not a log level" in err


@pytest.mark.parametrize(("plan", "reason"), [
    ("{", "is not JSON"),
    ('{"fault": "drop"}', "must be a JSON list"),
    ('[{"fault": "explode"}]', "fault must be one of"),
    ('[{"fault": "drop", "times": -1}]', "must not be negative"),
])
def test_serve_refuses_a_bad_fault_plan(capsys: pytest.CaptureFixture[str], store_path: Path,
                                        tmp_path: Path, plan: str, reason: str) -> None:
    faults = tmp_path / "faults.json"
    faults.write_text(plan, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(store_path), "serve", "--port", "0",
                       "--faults", str(faults))
    assert code == 2 and reason in err


def test_a_first_serve_makes_a_key_only_its_owner_can_read(wb: Workbench,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "config" / "serve-keys.ini"
    keys, created = _server_keys(wb, path, create=True)
    assert created and keys[0].access_key_id == created
    assert keys[0].requester_id == get_account(wb).requester_id
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again, created_again = _server_keys(wb, path, create=True)
    assert created_again is None and again == keys  # kept, never overwritten
    assert read_keys_file(path)[0]["account"] == "local"


def test_sync_of_a_real_money_account_sends_spending_only_with_yes(
        capsys: pytest.CaptureFixture[str], store_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    from workbench.marketplace.local.market import LocalMarketplace, create_requester
    from workbench.marketplace.wire.rehearsal import worked_hits
    from workbench.services import outbox
    from workbench.services.sync import pull

    with Workbench.open(store_path) as wb:
        account = add_account(wb, "prod", "mturk", options={"max_attempts": 1})
        requester = create_requester(wb.store.engine, "stand-in")
        made = worked_hits(wb.store.engine, requester, hits=1, assignments=2)
        pull(wb, account, LocalMarketplace(wb.store.engine, requester))
        outbox.queue_approve(wb, account, made.assignment_ids)
    # Production goes where AWS_ENDPOINT_URL_MTURK says: here, where nothing listens.
    monkeypatch.setenv("AWS_ENDPOINT_URL_MTURK", "http://127.0.0.1:9")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKNOTHING")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "nothing")

    def attempts() -> list[int]:
        with Workbench.open(store_path) as wb:
            return [a.attempts for a in outbox.list_actions(wb)]

    code, _, err = run(capsys, "--db", str(store_path), "sync", "--account", "prod")
    assert code == 1 and "the marketplace" in err
    assert attempts() == [0, 0]  # not even tried: nobody said yes
    code, _, err = run(capsys, "--db", str(store_path), "sync", "--account", "prod", "--yes")
    # Tried this time (the endpoint was unreachable, so the push stopped at the first one).
    assert code == 1 and max(attempts()) == 1


def test_archive_of_an_unknown_account_is_refused(capsys: pytest.CaptureFixture[str],
                                                 store_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(store_path), "archive", "--account", "nope")
    assert code == 2 and "no account named 'nope'" in err


def test_accounts_add_takes_the_number_of_attempts(capsys: pytest.CaptureFixture[str],
                                                  store_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(store_path), "accounts", "add", "sandbox",
                       "--kind", "mturk-sandbox", "--max-attempts", "3")
    assert code == 0 and "MTurk sandbox" in out
    with Workbench.open(store_path) as wb:
        assert get_account(wb, "sandbox").options == {"max_attempts": 3}
    code, _, err = run(capsys, "--db", str(store_path), "accounts", "add", "x",
                       "--kind", "endpoint", "--endpoint", "http://key:secret@host/")
    assert code == 2 and "credentials" in err
