"""``workbench workers invite|list|revoke|set``: countries and languages from the command line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.cli.test_cli import run


def test_invite_with_a_country_list_and_set_it(capsys: pytest.CaptureFixture[str],
                                               store_path: Path) -> None:
    db = str(store_path)
    code, out, err = run(capsys, "--db", db, "workers", "invite", "--name", "Jürgen Groß",
                         "--email", "juergen@example.de", "--country", "de", "--subdivision",
                         "BY", "--language", "de", "--url", "https://work.example.org")
    assert code == 0, err
    assert out.startswith("Invited Jürgen Groß (") and "DE-BY, de, juergen@example.de" in out
    link = out.splitlines()[1].strip()
    assert link.startswith("https://work.example.org/sign-in#")
    worker_id = out.split("(")[1].split(")")[0]

    code, out, _ = run(capsys, "--db", db, "workers", "list", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["Worker"], r["Name"], r["Country"], r["Language"], r["State"]) for r in rows] \
        == [(worker_id, "Jürgen Groß", "DE-BY", "de", "invited")]

    code, out, err = run(capsys, "--db", db, "workers", "set", worker_id, "--country", "AT",
                         "--language", "de-AT")
    assert code == 0, err
    assert "AT, language de-AT" in out
    code, out, _ = run(capsys, "--db", db, "workers", "list")
    assert code == 0 and "AT " in out.splitlines()[2] and "de-AT" in out


@pytest.mark.parametrize(("args", "message"), [
    (["--name", "Ana"], "a country is needed"),
    (["--name", "Ana", "--country", "UK"], "did you mean GB"),
    (["--name", "Ana", "--country", "DE", "--subdivision", "NY"], "not an ISO 3166-2"),
    (["--name", "Ana", "--country", "DE", "--language", "German"], "not a language tag"),
    (["--name", "Ana", "--country", "DE", "--email", "ana"], "not an e-mail address"),
    (["--from-csv", "x.csv", "--country", "DE"], "leave out --country"),
])
def test_bad_invitations_are_refused_in_one_line_and_change_nothing(
        capsys: pytest.CaptureFixture[str], store_path: Path, args: list[str],
        message: str) -> None:
    code, out, err = run(capsys, "--db", str(store_path), "workers", "invite", *args)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert out == ""
    code, out, _ = run(capsys, "--db", str(store_path), "workers", "list")
    assert out.startswith("No workers are invited yet")


def test_a_csv_of_workers_prints_each_link_or_refuses_the_whole_file(
        capsys: pytest.CaptureFixture[str], store_path: Path, tmp_path: Path) -> None:
    db = str(store_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email,country,language\nAna,ana@example.org,US,en\n"
                   "Zoë,zoe@example.org,Japan,ja\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "workers", "invite", "--from-csv", str(bad))
    assert code == 2 and "bad.csv, line 3: 'Japan' is not an ISO 3166-1" in err
    good = tmp_path / "workers.csv"
    good.write_text("name,email,country,language\nAna Silva,ana@example.org,BR,pt-br\n"
                    "Zoë Álvarez-Nakamura,zoe@example.org,JP,ja\n"
                    "Jürgen Groß,juergen@example.de,DE,de\n", encoding="utf-8-sig")
    code, out, err = run(capsys, "--db", db, "workers", "invite", "--from-csv", str(good),
                         "--url", "http://site")
    assert code == 0, err
    links = [line.strip() for line in out.splitlines() if line.startswith("  ")]
    assert len(links) == 3 and all(link.startswith("http://site/sign-in#") for link in links)
    assert "Ana Silva (" in out and "BR, pt-BR, ana@example.org" in out
    code, out, _ = run(capsys, "--db", db, "workers", "list", "--format", "csv")
    assert sorted((r["Country"], r["Language"]) for r in csv.DictReader(io.StringIO(out))) == [
        ("BR", "pt-BR"), ("DE", "de"), ("JP", "ja")]


def test_revoke_refuses_unknown_ids_without_revoking_anyone(
        capsys: pytest.CaptureFixture[str], store_path: Path) -> None:
    db = str(store_path)
    _code, out, _ = run(capsys, "--db", db, "workers", "invite", "--name", "Ana", "--country",
                        "US")
    worker_id = out.split("(")[1].split(")")[0]
    code, _out, err = run(capsys, "--db", db, "workers", "revoke", worker_id, "ANOBODY1")
    assert code == 2 and "ANOBODY1" in err and "nobody was revoked" in err
    code, out, _ = run(capsys, "--db", db, "workers", "revoke", worker_id)
    assert code == 0 and "Revoked 1 invitation" in out
    code, out, _ = run(capsys, "--db", db, "workers", "list", "--all", "--format", "csv")
    assert next(csv.DictReader(io.StringIO(out)))["State"].startswith("revoked")
