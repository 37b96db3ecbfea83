"""Managing a hosted site's workers from afar: ``WorkbenchAdminV1`` over the signed API.

A real ``workbench serve`` process, on SQLite and on PostgreSQL; the client is an ``endpoint``
account of another store, whose workforce (``RemoteWorkforce``) signs each call with the
test key. What the server did is read from its own database, as a local account reads it.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.cli.test_cli import run
from tests.site.scenes import WorkerClient
from tests.wire.conftest import ACCESS_KEY, SECRET_KEY, Served, endpoint_account, start_server
from workbench.domain.qualifications import LOCALE_ID
from workbench.services.context import Workbench
from workbench.services.invitation_messages import messages_for, write_links_csv
from workbench.services.workforce import (
    LocalWorkforce,
    RemoteWorkforce,
    WorkforceError,
    WorkforceUnavailable,
    invite_worker,
    invite_workers,
    list_workers,
    read_workers_csv,
    requirement_reach,
    resend_invitations,
    revoke_workers,
    set_worker_profile,
    workforce_for,
)

pytestmark = pytest.mark.slow
ADMIN = "WorkbenchAdminV1."


@contextlib.contextmanager
def postgres_database(url: str) -> Iterator[str]:
    """A fresh PostgreSQL database for the module's server, dropped afterwards."""
    name = f"wb_test_{uuid.uuid4().hex[:10]}"
    admin_url = make_url(url).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name})
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def hosted(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           _template_store: Path) -> Iterator[Served]:
    """``workbench serve`` on a store of its own: an SQLite file, or a PostgreSQL database."""
    directory = tmp_path_factory.mktemp(f"hosted-{request.param}")
    with contextlib.ExitStack() as stack:
        db: Any = None
        if request.param == "postgresql":
            url = os.environ.get("WORKBENCH_TEST_POSTGRES_URL", "")
            if not url:
                pytest.skip("no PostgreSQL server (set WORKBENCH_TEST_POSTGRES_URL)")
            db = stack.enter_context(postgres_database(url))
        server = start_server(directory, _template_store, db=db)
        stack.callback(server.stop)
        yield server


@pytest.fixture
def site(hosted: Served) -> Iterator[Served]:
    """The module's server, with no faults planned and no workers invited yet."""
    hosted.plan()
    with hosted.engine.begin() as connection:
        connection.execute(text("DELETE FROM mk_site_sessions"))
        connection.execute(text("DELETE FROM mk_site_invitations"))
        connection.execute(text("DELETE FROM mk_workers WHERE simulated = false"))
    yield hosted
    hosted.plan()


@pytest.fixture
def remote(wb: Workbench, site: Served, aws_env: dict[str, str]) -> RemoteWorkforce:
    """The workforce of an endpoint account pointed at the site (the test key signs)."""
    workforce = workforce_for(wb, endpoint_account(wb, site, "hosted"))
    assert isinstance(workforce, RemoteWorkforce)
    return workforce


def on_server(site: Served) -> dict[str, Any]:
    """The server's own record of each worker (read from its database)."""
    return {w.worker_id: w for w in LocalWorkforce(site.engine).workers(include_revoked=True)}


def browser(site: Served) -> WorkerClient:
    return WorkerClient(httpx.Client(base_url=site.url))


def token_of(link: str) -> str:
    return link.split("#", 1)[1]


def signed_post(site: Served, target: str, body: bytes | dict[str, Any], *,
                key: str = ACCESS_KEY, secret: str = SECRET_KEY,
                cookies: dict[str, str] | None = None) -> httpx.Response:
    """A request signed by hand with botocore's signer (for bodies boto3 would not send)."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = AWSRequest(method="POST", url=site.url + "/", data=data, headers={
        "X-Amz-Target": target, "Content-Type": "application/x-amz-json-1.1"})
    SigV4Auth(Credentials(key, secret), "mturk-requester", "us-east-1").add_auth(request)
    return httpx.post(site.url + "/", content=data, headers=dict(request.headers.items()),
                      cookies=cookies)


WORKERS_CSV = ("name,email,country,subdivision,language\n"
               "Jürgen Groß,juergen@example.de,DE,BY,de\n"
               "Maria Lopez,maria@example.org,US,NY,es\n"
               "Ana Silva,,BR,,pt-BR\n")


def test_an_endpoint_account_invites_lists_resends_sets_and_revokes_the_sites_workers(
        site: Served, remote: RemoteWorkforce, tmp_path: Path) -> None:
    path = tmp_path / "workers.csv"
    path.write_text(WORKERS_CSV, encoding="utf-8")
    issued = invite_workers(remote, read_workers_csv(path))
    assert [(i.worker.name, i.worker.locale, i.worker.language, i.worker.state)
            for i in issued] == [("Jürgen Groß", "DE-BY", "de", "invited"),
                                 ("Maria Lopez", "US-NY", "es", "invited"),
                                 ("Ana Silva", "BR", "pt-BR", "invited")]
    # The site says where it is: links point at the server the account speaks to.
    assert all(i.link().startswith(f"{site.url}/sign-in#") for i in issued)
    server = on_server(site)
    assert {w: (r.name, r.locale, r.language, r.email) for w, r in server.items()} == {
        i.worker.worker_id: (i.worker.name, i.worker.locale, i.worker.language, i.worker.email)
        for i in issued}
    juergen, maria, ana = (i.worker.worker_id for i in issued)

    # Jürgen signs in with his link; the list shows it.
    assert browser(site).sign_in(token_of(issued[0].link())).status_code == 303
    states = {w.worker_id: w.state for w in list_workers(remote)}
    assert states == {juergen: "signed in", maria: "invited", ana: "invited"}

    moved = set_worker_profile(remote, juergen, country="AT", language="de-AT")
    assert (moved.locale, moved.language) == ("AT", "de-AT")
    assert on_server(site)[juergen].locale == "AT"
    cleared = set_worker_profile(remote, maria, subdivision="", email="")
    assert (cleared.locale, cleared.email) == ("US", None)

    # A new link for Ana: the old one stops working, the new one signs her in.
    again = resend_invitations(remote, [ana.lower()])
    assert again[0].worker.worker_id == ana and again[0].token != issued[2].token
    assert browser(site).sign_in(token_of(issued[2].link())).status_code != 303
    assert browser(site).sign_in(token_of(again[0].link())).status_code == 303

    result = revoke_workers(remote, [maria])
    assert result.revoked == (maria,) and on_server(site)[maria].state == "revoked"
    assert [w.worker_id for w in list_workers(remote)] == [ana, juergen]
    assert {w.worker_id: w.state for w in list_workers(remote, include_revoked=True)}[maria] \
        == "revoked"
    with pytest.raises(WorkforceError, match="no active invitation"):
        revoke_workers(remote, [maria])

    # Who could accept HITs in Austria or Germany: counted by the server, as locally.
    location = {"QualificationTypeId": LOCALE_ID, "Comparator": "In",
                "LocaleValues": [{"Country": "AT"}, {"Country": "DE"}]}
    reach = requirement_reach(remote, [location])
    local = requirement_reach(LocalWorkforce(site.engine), [location])
    assert (reach.known, reach.meeting_all) == (local.known, local.meeting_all) == (2, 1)
    hosted = remote.site()
    assert hosted.url == site.url and hosted.served and hosted.active_workers == 2


def test_many_workers_come_back_page_by_page_and_one_invite_is_one_worker(
        site: Served, remote: RemoteWorkforce) -> None:
    from workbench.services.workforce import new_worker

    made = invite_workers(remote, [new_worker(name=f"Worker {n}", country="IN")
                                   for n in range(230)])
    assert len(made) == 230
    listed = list_workers(remote)
    assert len(listed) == 230 and {w.worker_id for w in listed} == \
        {m.worker.worker_id for m in made}
    # The server carries out an invitation and the answer is lost: the client's retry
    # invites the same worker again (a fresh link), never a second one.
    site.plan({"operation": "InviteWorkers", "fault": "lose", "times": 1})
    again = invite_worker(remote, name="Only once", country="DE")
    assert len([w for w in on_server(site).values() if w.name == "Only once"]) == 1
    assert browser(site).sign_in(again.token).status_code == 303


def test_the_command_line_manages_a_hosted_sites_workers(
        capsys: pytest.CaptureFixture[str], site: Served, wb: Workbench, store_path: Path,
        aws_env: dict[str, str], tmp_path: Path) -> None:
    endpoint_account(wb, site, "hosted")
    db = str(store_path)
    path = tmp_path / "workers.csv"
    path.write_text(WORKERS_CSV, encoding="utf-8")
    links = tmp_path / "links.csv"
    code, out, err = run(capsys, "--db", db, "workers", "invite", "--account", "hosted",
                         "--from-csv", str(path), "--links-csv", str(links),
                         "--sender", "Acme Research")
    assert code == 0, err
    printed = [line.strip() for line in out.splitlines() if line.startswith("  ")]
    assert len(printed) == 3 and all(p.startswith(f"{site.url}/sign-in#") for p in printed)
    assert "assume" not in err  # a hosted site's own address, no guess
    assert stat.S_IMODE(links.stat().st_mode) == 0o600
    with links.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["link"] for r in rows] == printed
    german = next(r for r in rows if r["country"] == "DE")
    assert german["message_language"] == "de" and german["subject"] == \
        "Acme Research lädt Sie ein, an Aufgaben mitzuarbeiten"
    assert german["link"] in german["body"] and german["body"].startswith("Hallo Jürgen Groß,")
    spanish = next(r for r in rows if r["country"] == "US")
    assert spanish["message_language"] == "en" and "Acme Research invites you" in \
        spanish["body"]

    code, out, err = run(capsys, "--db", db, "workers", "list", "--account", "hosted",
                         "--format", "csv")
    assert code == 0, err
    listed = {r["Name"]: r for r in csv.DictReader(out.splitlines())}
    assert listed["Jürgen Groß"]["Country"] == "DE-BY" and listed["Ana Silva"]["Language"] \
        == "pt-BR"
    ana = listed["Ana Silva"]["Worker"]
    code, out, err = run(capsys, "--db", db, "workers", "set", ana, "--account", "hosted",
                         "--country", "PT", "--language", "pt")
    assert code == 0 and "PT, language pt" in out, err
    code, out, err = run(capsys, "--db", db, "workers", "resend", ana, "--account", "hosted")
    assert code == 0 and out.count("/sign-in#") == 1, err
    code, out, err = run(capsys, "--db", db, "workers", "revoke", ana, "--account", "hosted")
    assert code == 0 and "Revoked 1" in out, err
    assert on_server(site)[ana].state == "revoked"

    # Bad input: one line, exit 2, nothing done; a site refusing the key: exit 1.
    before = len(on_server(site))
    code, out, err = run(capsys, "--db", db, "workers", "invite", "--account", "hosted",
                         "--name", "X", "--country", "XX")
    assert (code, out) == (2, "") and len(err.strip().splitlines()) == 1 and "XX" in err
    code, out, err = run(capsys, "--db", db, "workers", "set", "ANOBODY0000001", "--account",
                         "hosted", "--country", "DE")
    assert code == 2 and "no invited worker" in err
    os.environ["AWS_SECRET_ACCESS_KEY"] = "wrong-" + SECRET_KEY
    code, out, err = run(capsys, "--db", db, "workers", "invite", "--account", "hosted",
                         "--name", "X", "--country", "DE")
    assert code == 1 and "refused the key" in err and len(err.strip().splitlines()) == 1
    assert len(on_server(site)) == before


def test_bad_requests_are_refused_as_mturk_refuses_them_and_change_nothing(
        site: Served) -> None:
    ok = signed_post(site, ADMIN + "InviteWorkers", {"Workers": [{"Country": "DE"}]})
    assert ok.status_code == 200, ok.text
    before = on_server(site)
    bad: list[tuple[str, Any, int, str, str]] = [
        ("InviteWorkers", {"Workers": [{"Name": "No country"}]}, 400, "ValidationException",
         "Country"),
        ("InviteWorkers", {"Workers": []}, 400, "ValidationException", "Workers"),
        ("InviteWorkers", {"Workers": [{"Country": "XX"}]}, 400, "RequestError",
         "not an ISO 3166-1 country code"),
        ("InviteWorkers", {"Workers": [{"Country": "DE", "Subdivision": "NY"}]}, 400,
         "RequestError", "not an ISO 3166-2 subdivision of DE"),
        ("InviteWorkers", {"Workers": [{"Country": "DE", "Language": "German"}]}, 400,
         "RequestError", "not a language tag"),
        ("InviteWorkers", {"Workers": [{"Country": "DE", "Email": "ana"}]}, 400,
         "RequestError", "not an e-mail address"),
        ("InviteWorkers", {"Workers": [{"Country": "DE", "Email": "a@example.org"},
                                       {"Country": "FR", "Email": "A@example.org"}]}, 400,
         "RequestError", "Workers[1]"),
        ("InviteWorkers", {"Workers": [{"Country": "DE", "WorkerId": "no spaces"}]}, 400,
         "RequestError", "not a worker id"),
        ("InviteWorkers", {"Workers": [{"Country": "DE"}] * 501}, 400, "RequestError",
         "longer than 500"),
        ("InviteWorkers", {"Workers": [{"Country": "DE", "Name": "x" * 201}]}, 400,
         "RequestError", "longer than 200"),
        ("UpdateWorker", {"WorkerId": "ANOBODY0000001", "Country": "DE"}, 400, "RequestError",
         "no invited worker"),
        ("UpdateWorker", {"WorkerId": next(iter(before))}, 400, "RequestError",
         "Nothing to change"),
        ("ResendInvitation", {"WorkerId": "ANOBODY0000001"}, 400, "RequestError",
         "no invited worker"),
        ("ListWorkers", {"NextToken": "not-a-token"}, 400, "RequestError", "NextToken"),
        ("ListWorkers", {"MaxResults": 0}, 400, "ValidationException", "MaxResults"),
        ("GetRequirementReach", {"QualificationRequirements": [
            {"QualificationTypeId": LOCALE_ID, "Comparator": "Near"}]}, 400, "RequestError",
         "Unknown comparator"),
        ("DropAllWorkers", {}, 400, "UnknownOperationException", "DropAllWorkers"),
        ("InviteWorkers", b"{not json", 400, "SerializationException", "not valid JSON"),
    ]
    for operation, body, status, kind, words in bad:
        answer = signed_post(site, ADMIN + operation, body)
        found = answer.json()
        assert (answer.status_code, found["__type"].rpartition("#")[2]) == (status, kind), \
            (operation, found)
        assert words in found["Message"], (operation, found)
        if kind == "RequestError":
            assert found["TurkErrorCode"].startswith("Workbench."), found
    assert on_server(site) == before


def test_without_the_servers_key_nothing_is_reachable(site: Served) -> None:
    invite = json.dumps({"Workers": [{"Country": "DE", "Name": "Mallory"}]}).encode()
    headers = {"X-Amz-Target": ADMIN + "InviteWorkers",
               "Content-Type": "application/x-amz-json-1.1"}
    unsigned = httpx.post(site.url + "/", content=invite, headers=headers)
    assert unsigned.status_code == 403 and "MissingAuthenticationToken" in \
        unsigned.json()["__type"]
    wrong = signed_post(site, ADMIN + "InviteWorkers", invite, secret="wrong-" + SECRET_KEY)
    assert wrong.status_code == 403 and "InvalidSignature" in wrong.json()["__type"]
    stranger = signed_post(site, ADMIN + "ListWorkers", {}, key="AKWBSTRANGER00000001")
    assert stranger.status_code == 403 and "UnrecognizedClient" in stranger.json()["__type"]

    # A signed-in worker's browser holds a session cookie and a form token: neither opens it.
    made = signed_post(site, ADMIN + "InviteWorkers", {"Workers": [{"Country": "DE"}]}).json()
    worker = browser(site)
    assert worker.sign_in(made["Invitations"][0]["SignInToken"]).status_code == 303
    worker.get("/hits")
    for path in ("/", "/admin", "/workers", "/hits"):
        answer = worker.http.post(path, content=invite, headers={
            **headers, "X-CSRF-Token": worker.csrf()}, follow_redirects=False)
        assert answer.status_code in (403, 404, 405), (path, answer.status_code)
        assert "SignInToken" not in answer.text
    # Nor can another web page make a worker's browser call it: no CORS is granted.
    preflight = httpx.options(site.url + "/", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "x-amz-target"})
    assert "access-control-allow-origin" not in preflight.headers
    assert [w.name for w in on_server(site).values()] == [""]


def test_a_replayed_invitation_is_refused(site: Served) -> None:
    body = json.dumps({"Workers": [{"Country": "DE", "Name": "Once"}]}).encode()
    request = AWSRequest(method="POST", url=site.url + "/", data=body, headers={
        "X-Amz-Target": ADMIN + "InviteWorkers", "Content-Type": "application/x-amz-json-1.1"})
    SigV4Auth(Credentials(ACCESS_KEY, SECRET_KEY), "mturk-requester", "us-east-1"
              ).add_auth(request)
    headers = dict(request.headers.items())
    first = httpx.post(site.url + "/", content=body, headers=headers)
    copy = httpx.post(site.url + "/", content=body, headers=headers)
    assert first.status_code == 200
    assert copy.status_code == 500 and copy.json()["TurkErrorCode"] == \
        "AWS.MechanicalTurk.ReplayedRequest"
    assert len([w for w in on_server(site).values() if w.name == "Once"]) == 1


def test_a_site_that_cannot_be_reached_says_so(wb: Workbench, aws_env: dict[str, str]) -> None:
    from workbench.services.accounts import add_account

    account = add_account(wb, "gone", "endpoint", endpoint_url="http://127.0.0.1:9",
                          options={"max_attempts": 1, "connect_timeout": 1})
    with pytest.raises(WorkforceUnavailable, match="cannot reach gone"):
        list_workers(workforce_for(wb, account))


def test_the_links_file_is_for_its_owner_and_safe_to_open_in_a_spreadsheet(
        tmp_path: Path, wb: Workbench) -> None:
    local = LocalWorkforce(wb.market_engine(None))
    made = [invite_worker(local, name="=HYPERLINK(\"http://x\")", country="DE", language="de"),
            invite_worker(local, name="Zoë", country="FR", language="fr")]
    target = write_links_csv(tmp_path / "links.csv",
                             messages_for(made, "https://tasks.example.org"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert rows[0]["name"].startswith("'=") and rows[1]["name"] == "Zoë"
    # Without translations loaded every message is English, and says so.
    assert [r["message_language"] for r in rows] == ["en", "en"]
