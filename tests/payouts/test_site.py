"""The worker site's Earnings page: what each worker is owed, and "Paid" once a run is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.payouts.scenario import EARNED, WORKERS, World
from tests.site.scenes import WorkerClient
from workbench.marketplace.local.invitations import Invitations
from workbench.marketplace.site.app import WorkerSite
from workbench.services import payouts


@pytest.fixture
def signed_in(world: World) -> Iterator[dict[str, WorkerClient]]:
    """Every one of the five workers, signed in to the site in a browser of their own."""
    engine = world.wb.market_engine(world.account.options.get("market_url"))
    site = WorkerSite(engine)
    clients: list[TestClient] = []
    browsers: dict[str, WorkerClient] = {}
    for worker in WORKERS:
        issued = Invitations(engine).invite(worker_id=worker,
                                            invited_by=world.account.requester_id)
        client = TestClient(site.app(), base_url="http://testserver")
        clients.append(client)
        browser = WorkerClient(client)
        assert browser.sign_in(issued.token).status_code == 303
        browsers[worker] = browser
    yield browsers
    for client in clients:
        client.close()


def figure(page: str, label: str) -> str:
    found = re.search(rf'<span class="label">{label}</span><span class="amount">([^<]*)</span>',
                      page)
    assert found, label
    return found.group(1)


def dollars(cents: int) -> str:
    return f"${cents // 100}.{cents % 100:02d}"


def test_each_worker_sees_what_is_owed_then_paid(world: World,
                                                 signed_in: dict[str, WorkerClient],
                                                 tmp_path: Path) -> None:
    for worker, browser in signed_in.items():
        page = browser.get("/earnings").text
        assert figure(page, "Owed to you") == dollars(EARNED[worker])
        assert figure(page, "Paid to you") == "$0.00"
        assert "No payouts yet" in page
    run = payouts.start_run(world.wb, world.account, file_format="paypal",
                            out=tmp_path / "pay.csv").run
    # Written, not paid yet: the workers are still owed it
    assert figure(signed_in["AOWNWORKER0003"].get("/earnings").text, "Owed to you") == "$3.40"
    assert payouts.mark_paid(world.wb, world.account, run.id).site_told
    for worker, browser in signed_in.items():
        page = browser.get("/earnings").text
        assert figure(page, "Owed to you") == "$0.00"
        assert figure(page, "Paid to you") == dollars(EARNED[worker])
        assert '<span class="status status-approved">Paid</span>' in page
        assert f"payout-{run.id}" in page
    # Marking again tells the site nothing new: still one payout each
    payouts.mark_paid(world.wb, world.account, run.id)
    assert signed_in["AOWNWORKER0001"].get("/earnings").text.count("payout-1<") == 1


def test_a_euro_account_shows_euros_on_the_site(world: World,
                                                signed_in: dict[str, WorkerClient],
                                                tmp_path: Path) -> None:
    account = payouts.set_payout_settings(world.wb, world.account, currency="EUR")
    run = payouts.start_run(world.wb, account, file_format="csv", out=tmp_path / "pay.csv",
                            worker_ids=["AOWNWORKER0004"]).run
    payouts.mark_paid(world.wb, account, run.id)
    page = signed_in["AOWNWORKER0004"].get("/earnings").text
    assert figure(page, "Paid to you") == "€1.90" and figure(page, "Owed to you") == "€0.00"
    assert figure(signed_in["AOWNWORKER0005"].get("/earnings").text, "Owed to you") == "€1.40"
