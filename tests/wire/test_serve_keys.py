"""A hosted site's API keys: made on the server, stored on the client, rotated while it runs.

``workbench serve-keys`` changes the keys file of a running ``workbench serve`` (on SQLite,
and on PostgreSQL with two processes); the client checks a pair with a signed call, keeps
it in the AWS credentials file under the account's profile, and switches to it. The old key
keeps working until the server removes it, and is refused from then on, by every process.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from sqlalchemy import select

from tests.cli.test_cli import run
from tests.wire.conftest import ACCESS_KEY, SECRET_KEY, Served, endpoint_account, start_server
from tests.wire.test_worker_admin import postgres_database
from workbench.formats.private_ini import remove_section, replace_section
from workbench.services.api_keys import (
    ApiKeyError,
    KeyPair,
    check_key,
    current_pair,
    key_refused,
    parse_key_pair,
    profile_for,
    store_key,
)
from workbench.services.context import Workbench
from workbench.services.workforce import KeyRefused, list_workers, workforce_for
from workbench.store.schema import AuditEntry

pytestmark = pytest.mark.slow


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path, _template_store: Path
           ) -> Iterator[Served]:
    """A server of its own (its keys change): SQLite, or PostgreSQL with two processes."""
    with contextlib.ExitStack() as stack:
        db: Any = None
        extra: tuple[str, ...] = ()
        if request.param == "postgresql":
            url = os.environ.get("WORKBENCH_TEST_POSTGRES_URL", "")
            if not url:
                pytest.skip("no PostgreSQL server (set WORKBENCH_TEST_POSTGRES_URL)")
            db = stack.enter_context(postgres_database(url))
            extra = ("--workers", "2")
        served = start_server(tmp_path / "server", _template_store, *extra, db=db)
        stack.callback(served.stop)
        yield served


@pytest.fixture
def client_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No AWS key in the environment; the client's credentials file is this one."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    credentials = tmp_path / "aws" / "credentials"
    credentials.parent.mkdir()
    # Someone else's profile, with a comment: both must survive our changes.
    credentials.write_text("# my own keys\n[default]\naws_access_key_id = AKIAOTHER0000000\n"
                           "aws_secret_access_key = other-secret-000000000\n", encoding="utf-8")
    os.chmod(credentials, 0o600)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "aws" / "config"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    return credentials


def keys_cli(capsys: pytest.CaptureFixture[str], server: Served, *args: str
             ) -> tuple[int, str, str]:
    keys = server.faults.parent / "keys.ini"
    return run(capsys, "--db", str(server.db), "serve-keys", *args, "--keys", str(keys))


def mturk_balance(server: Served, pair: KeyPair) -> Any:
    client = boto3.client("mturk", region_name="us-east-1", endpoint_url=server.url,
                          aws_access_key_id=pair.access_key_id,
                          aws_secret_access_key=pair.secret_access_key,
                          config=Config(retries={"total_max_attempts": 1}))
    return client.get_account_balance()


def test_a_key_is_made_on_the_server_stored_by_the_client_and_rotated_without_a_restart(
        capsys: pytest.CaptureFixture[str], server: Served, client_env: Path,
        wb: Workbench, caplog: pytest.LogCaptureFixture) -> None:
    keys_path = server.faults.parent / "keys.ini"
    account = endpoint_account(wb, server, "Hosted site", max_attempts=2)
    assert current_pair(account) is None or current_pair(account).access_key_id == \
        "AKIAOTHER0000000"

    code, out, err = keys_cli(capsys, server, "create")
    assert code == 0, err
    first = parse_key_pair(out)
    assert first.secret_access_key in keys_path.read_text(encoding="utf-8")
    assert stat.S_IMODE(keys_path.stat().st_mode) == 0o600
    assert "account local" in err and first.secret_access_key not in err

    # The window checks the pair with a signed call, then keeps it under the account's profile.
    assert check_key(account, first).served
    stored = store_key(wb, account, first)
    assert stored.profile == profile_for("Hosted site") == "workbench-hosted-site"
    text = client_env.read_text(encoding="utf-8")
    assert text.startswith("# my own keys\n[default]") and "AKIAOTHER0000000" in text
    assert stat.S_IMODE(client_env.stat().st_mode) == 0o600
    assert current_pair(account) == first
    assert list_workers(workforce_for(wb, account)) == []
    assert wb.marketplace(account).get_account_balance()["AvailableBalance"]

    # Rotation: a second key for the same account; both work meanwhile.
    code, out, err = keys_cli(capsys, server, "rotate", first.access_key_id)
    assert code == 0, err
    second = parse_key_pair(out)
    assert second != first and "keeps working until you remove it" in err
    assert check_key(account, first).served and check_key(account, second).served
    store_key(wb, account, second)
    assert current_pair(account) == second
    assert client_env.read_text(encoding="utf-8").count("[workbench-hosted-site]") == 1

    code, out, err = keys_cli(capsys, server, "list")
    assert code == 0 and first.access_key_id in out and second.access_key_id in out
    assert first.secret_access_key not in out and second.secret_access_key not in out
    listed = {line.split()[0]: line.split()[1:] for line in out.splitlines()[2:]}
    assert listed[second.access_key_id][0] == "local"
    assert listed[second.access_key_id][-1] == first.access_key_id  # what it replaces

    code, out, err = keys_cli(capsys, server, "remove", first.access_key_id)
    assert code == 0, err
    # Every server process refuses the old key at once; the new one goes on working.
    for _ in range(6):
        assert key_refused(account, first)
        with pytest.raises(ClientError) as refused:
            mturk_balance(server, first)
        assert refused.value.response["Error"]["Code"] == "UnrecognizedClientException"
        assert mturk_balance(server, second)["AvailableBalance"]
    assert list_workers(workforce_for(wb, account)) == []

    # The secrets are in the two key files only: never in the store, never in a log.
    with wb.store.read() as session:
        entries = list(session.scalars(select(AuditEntry).where(
            AuditEntry.event == "account.api_key")))
    assert [e.details["access_key_id"] for e in entries] == [first.access_key_id,
                                                             second.access_key_id]
    stored_text = Path(str(wb.store.engine.url.database)).read_bytes() \
        if wb.store.engine.url.get_backend_name() == "sqlite" else b""
    for secret in (first.secret_access_key, second.secret_access_key):
        assert secret.encode() not in stored_text
        assert secret not in caplog.text
        assert secret not in server.log.read_text(encoding="utf-8")


def test_a_key_file_broken_by_hand_leaves_the_keys_in_force(
        capsys: pytest.CaptureFixture[str], server: Served, client_env: Path,
        wb: Workbench) -> None:
    keys_path = server.faults.parent / "keys.ini"
    code, out, _err = keys_cli(capsys, server, "create")
    pair = parse_key_pair(out)
    account = endpoint_account(wb, server, "hosted", max_attempts=1)
    assert check_key(account, pair).served
    good = keys_path.read_text(encoding="utf-8")
    keys_path.write_text(good + "\n[broken\n", encoding="utf-8")
    # Each process keeps the keys it read before: the key every process started with stays
    # in force in all of them (a process of two that never answered since the new key was
    # made knows only the keys it started with).
    started_with = KeyPair(ACCESS_KEY, SECRET_KEY)
    for _attempt in range(4):
        assert check_key(account, started_with).served  # still in force; the log says why
    assert "cannot be used" in server.log.read_text(encoding="utf-8")
    os.chmod(keys_path, 0o644)
    code, out, err = keys_cli(capsys, server, "create")
    assert code == 2 and "chmod 600" in err and len(err.strip().splitlines()) == 1
    os.chmod(keys_path, 0o600)
    keys_path.write_text(good, encoding="utf-8")


def test_bad_key_commands_say_why_in_one_line_and_change_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, store_path: Path) -> None:
    keys = tmp_path / "keys.ini"
    db = str(store_path)
    code, out, err = run(capsys, "--db", db, "serve-keys", "create", "--keys", str(keys))
    assert code == 0 and stat.S_IMODE(keys.stat().st_mode) == 0o600
    only = parse_key_pair(out).access_key_id
    before = keys.read_text(encoding="utf-8")
    for args, words in ((("create", "--account", "nobody"), "not a local account"),
                        (("rotate", "AKWBNOTAKEY000000000"), "there is no key"),
                        (("remove", "AKWBNOTAKEY000000000"), "there is no key"),
                        (("remove", only), "the only key")):
        code, out, err = run(capsys, "--db", db, "serve-keys", *args, "--keys", str(keys))
        assert (code, out) == (2, ""), args
        assert words in err and len(err.strip().splitlines()) == 1, err
    assert keys.read_text(encoding="utf-8") == before


def test_a_pair_is_read_as_printed_or_typed_and_refused_when_malformed() -> None:
    printed = ("aws_access_key_id = AKWBABCDEFGHIJKLMNOP\n"
               "aws_secret_access_key = s3cr3t-s3cr3t-s3cr3t-s3cr3t\n")
    assert parse_key_pair(printed) == KeyPair("AKWBABCDEFGHIJKLMNOP", "s3cr3t-s3cr3t-s3cr3t-s3cr3t")
    assert parse_key_pair(" AKWBABCDEFGHIJKLMNOP ", "s3cr3t-s3cr3t-s3cr3t-s3cr3t ") \
        .access_key_id == "AKWBABCDEFGHIJKLMNOP"
    assert "s3cr3t" not in repr(parse_key_pair(printed))
    for text, secret, words in (("nothing useful", None, "paste both lines"),
                                ("akwb-lower", "s3cr3t-s3cr3t-s3cr3t", "not an access key id"),
                                ("AKWBABCDEFGHIJKLMNOP", "short", "16 to 128")):
        with pytest.raises(ApiKeyError, match=words):
            parse_key_pair(text, secret)


def test_a_section_is_replaced_or_removed_and_every_other_line_kept() -> None:
    text = ("# keep me\n[a]\nx = 1\n\n# about b\n[b]\ny = 2\n")
    changed = replace_section(text, "a", [("x", "3")])
    assert changed == "# keep me\n[a]\nx = 3\n\n# about b\n[b]\ny = 2\n"
    assert replace_section(text, "c", [("z", "4")]).endswith("y = 2\n\n[c]\nz = 4\n")
    assert remove_section(text, "a") == ("# keep me\n\n# about b\n[b]\ny = 2\n", True)
    assert remove_section(text, "b") == ("# keep me\n[a]\nx = 1\n\n# about b\n", True)
    assert remove_section(text, "none") == (text, False)
    with pytest.raises(ValueError):
        replace_section(text, "bad]name", [])


def test_a_key_the_server_refuses_is_not_stored(
        server: Served, client_env: Path, wb: Workbench) -> None:
    account = endpoint_account(wb, server, "hosted", max_attempts=1)
    wrong = KeyPair("AKWBNOTAKEY000000000", "not-the-secret-0000000000")
    with pytest.raises(KeyRefused):
        check_key(account, wrong)
    assert "workbench-hosted" not in client_env.read_text(encoding="utf-8")
