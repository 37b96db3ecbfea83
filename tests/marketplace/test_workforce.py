"""Your own workers' countries, subdivisions and languages: set when invited or later, validated,
compared by the Location requirement, and counted against a batch's requirements — on SQLite
and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, column, insert, select, table

from tests.conftest import FakeClock
from workbench.domain.qualifications import APPROVAL_RATE_ID, LOCALE_ID
from workbench.marketplace.local.database import MIGRATIONS, VERSION_TABLE, ensure_market_schema
from workbench.marketplace.local.market import LocalMarketplace, create_requester
from workbench.marketplace.local.schema import MarketWorker
from workbench.marketplace.local.workers import WorkerSide, WorkRefused
from workbench.services.workforce import (
    LocalWorkforce,
    WorkforceError,
    country_code,
    invite_worker,
    invite_workers,
    language_tag,
    list_workers,
    new_worker,
    read_workers_csv,
    requirement_reach,
    revoke_workers,
    set_worker_profile,
    subdivision_code,
)
from workbench.sql.engine import make_engine
from workbench.sql.migrate import alembic_config

LOCATION_DE_FR_JP = {"QualificationTypeId": LOCALE_ID, "Comparator": "In",
                     "LocaleValues": [{"Country": "DE"}, {"Country": "FR"}, {"Country": "JP"}]}


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url: str | Path = tmp_path / "market.sqlite3"
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_database")
    made = make_engine(url)
    ensure_market_schema(made)
    yield made
    made.dispose()


@pytest.fixture
def workforce(engine: Engine, clock: FakeClock) -> LocalWorkforce:
    return LocalWorkforce(engine, clock=clock)


def test_codes_are_checked_against_iso_and_bcp_47() -> None:
    assert country_code(" de ") == "DE"
    assert subdivision_code("DE", "by") == "BY" and subdivision_code("US", "US-NY") == "NY"
    assert subdivision_code("DE", "") is None
    assert language_tag("PT_br") == "pt-BR" and language_tag("zh-hant-tw") == "zh-Hant-TW"
    assert language_tag("fil") == "fil" and language_tag("") is None
    for bad, message in (("UK", "did you mean GB"), ("XX", "not an ISO 3166-1"),
                         ("Germany", "not an ISO 3166-1"), ("", "a country is needed")):
        with pytest.raises(WorkforceError, match=message):
            country_code(bad)
    with pytest.raises(WorkforceError, match="not an ISO 3166-2 subdivision of DE"):
        subdivision_code("DE", "NY")
    for bad in ("english", "e", "de-DDD-x", "xx", "en-ZZ"):
        with pytest.raises(WorkforceError, match="not a language tag"):
            language_tag(bad)
    with pytest.raises(WorkforceError, match="not an e-mail address"):
        new_worker(country="DE", email="maria at example.org")


def test_an_invited_worker_in_germany_meets_a_location_requirement_a_us_worker_does_not(
        engine: Engine, workforce: LocalWorkforce, clock: FakeClock) -> None:
    requester = create_requester(engine, "tester", clock=clock)
    market = LocalMarketplace(engine, requester, clock=clock)
    hit = market.create_hit(
        Title="Label", Description="Say what it is", Reward="0.10", MaxAssignments=2,
        AssignmentDurationInSeconds=600, LifetimeInSeconds=86400,
        Question="<HTMLQuestion xmlns='http://mechanicalturk.amazonaws.com/"
                 "AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd'><HTMLContent>"
                 "<![CDATA[<form><input name='x'></form>]]></HTMLContent><FrameHeight>0"
                 "</FrameHeight></HTMLQuestion>",
        QualificationRequirements=[LOCATION_DE_FR_JP])["HIT"]["HITId"]
    jurgen = invite_worker(workforce, name="Jürgen Groß", email="j@example.de", country="de",
                           subdivision="BY", language="de", invited_by=requester)
    ana = invite_worker(workforce, name="Ana", country="US", subdivision="NY",
                        invited_by=requester)
    assert (jurgen.worker.locale, jurgen.worker.language) == ("DE-BY", "de")
    sides = WorkerSide(engine, clock=clock)
    assert sides.accept(jurgen.worker.worker_id, hit)
    with pytest.raises(WorkRefused, match="qualification requirements"):
        sides.accept(ana.worker.worker_id, hit)
    # Moving Ana to France lets her accept: the requirement compares the country set now.
    moved = set_worker_profile(workforce, ana.worker.worker_id, country="fr", language="fr")
    assert (moved.country, moved.subdivision, moved.language) == ("FR", None, "fr")
    assert sides.accept(ana.worker.worker_id, hit)


def test_the_requirements_are_counted_against_the_invited_workers(
        workforce: LocalWorkforce) -> None:
    for number in range(12):
        invite_worker(workforce, name=f"Worker {number}", country="US")
    reach = requirement_reach(workforce, [
        LOCATION_DE_FR_JP,
        {"QualificationTypeId": APPROVAL_RATE_ID, "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [95]}])
    assert (reach.known, reach.meeting_all) == (12, 0)
    assert [(r.words, r.meeting) for r in reach.requirements] == [
        ("Location is DE, FR or JP", 0), ("HIT approval rate (%) at least 95", 12)]
    assert reach.warnings()[0] == "0 of 12 invited workers meet “Location is DE, FR or JP”."
    worker = list_workers(workforce)[0]
    set_worker_profile(workforce, worker.worker_id, country="JP")
    again = requirement_reach(workforce, [LOCATION_DE_FR_JP])
    assert again.meeting_all == 1 and again.warnings() == []
    assert again.summary() == "1 of 12 invited workers meet every requirement."


def test_a_csv_of_workers_is_checked_whole_before_anyone_is_invited(
        workforce: LocalWorkforce, tmp_path: Path) -> None:
    good = tmp_path / "workers.csv"
    good.write_text("name,email,country,language\n"
                    "Zoë Álvarez-Nakamura,zoe@example.org,JP,ja\n"
                    "Jürgen Groß,juergen@example.de,DE,de\n"
                    "Ana Silva,ana@example.br,BR,pt-BR\n", encoding="utf-8-sig")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email,country,language\nA,a@example.org,DE,de\nB,b@example.org,"
                   "Deutschland,de\n", encoding="utf-8")
    with pytest.raises(WorkforceError, match=r"bad.csv, line 3: 'Deutschland' is not"):
        invite_workers(workforce, read_workers_csv(bad))
    assert list_workers(workforce) == []
    issued = invite_workers(workforce, read_workers_csv(good))
    assert [(i.worker.name, i.worker.locale, i.worker.language) for i in issued] == [
        ("Zoë Álvarez-Nakamura", "JP", "ja"), ("Jürgen Groß", "DE", "de"),
        ("Ana Silva", "BR", "pt-BR")]
    assert all(i.link("http://site").startswith("http://site/sign-in#") for i in issued)
    # The same file again re-invites the same people (found by e-mail): no duplicates.
    again = invite_workers(workforce, read_workers_csv(good))
    assert [i.worker.worker_id for i in again] == [i.worker.worker_id for i in issued]
    assert len(list_workers(workforce)) == 3


def test_revoking_an_unknown_id_revokes_nobody(workforce: LocalWorkforce) -> None:
    ana = invite_worker(workforce, name="Ana", country="US")
    with pytest.raises(WorkforceError, match="nobody was revoked"):
        revoke_workers(workforce, [ana.worker.worker_id, "A0NOBODY000"])
    assert list_workers(workforce)[0].state == "invited"
    assert revoke_workers(workforce, [ana.worker.worker_id.lower()]).revoked == (
        ana.worker.worker_id,)
    assert list_workers(workforce) == []
    assert list_workers(workforce, include_revoked=True)[0].state == "revoked"


def test_workers_invited_before_countries_stay_in_the_us_and_are_shown_as_assumed(
        tmp_path: Path, clock: FakeClock) -> None:
    engine = make_engine(tmp_path / "old.sqlite3")
    config = alembic_config(MIGRATIONS, VERSION_TABLE)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "m0010a")
        # The tables as revision m0010a left them (no e-mail, language or assumed country).
        old_workers = table("mk_workers", *(column(c) for c in (
            "worker_id", "display_name", "locale_country", "is_adult", "simulated",
            "created_at")))
        connection.execute(insert(old_workers), [
            {"worker_id": "AOLD1", "display_name": "Old", "locale_country": "US",
             "is_adult": True, "simulated": False, "created_at": "2026-11-01 00:00:00.000000"},
            {"worker_id": "ASIM1", "display_name": "", "locale_country": "IN",
             "is_adult": True, "simulated": True, "created_at": "2026-11-01 00:00:00.000000"}])
        connection.execute(insert(table("mk_site_invitations", *(column(c) for c in (
            "invitation_id", "worker_id", "verifier_sha256", "created_at")))).values(
                invitation_id="x", worker_id="AOLD1", verifier_sha256="y",
                created_at="2026-11-01 00:00:00.000000"))
    ensure_market_schema(engine)
    with engine.connect() as connection:
        rows = dict(connection.execute(select(MarketWorker.worker_id,
                                              MarketWorker.locale_assumed)).all())
    assert rows == {"AOLD1": True, "ASIM1": False}
    workforce = LocalWorkforce(engine, clock=clock)
    old = list_workers(workforce)[0]
    assert (old.country, old.country_assumed) == ("US", True)
    reach = requirement_reach(workforce, [LOCATION_DE_FR_JP])
    assert "1 of them were invited before a country could be given" in reach.warnings()[-1]
    set_worker_profile(workforce, "AOLD1", country="DE")
    assert not list_workers(workforce)[0].country_assumed
    engine.dispose()
