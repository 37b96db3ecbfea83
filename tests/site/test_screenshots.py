"""Screenshots of the worker site's pages with realistic content, for a person to look at.

Run with WORKBENCH_SCREENSHOTS=some/folder to keep them; otherwise they go to a temp folder.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.site.browser import chromium
from tests.site.scenes import Scene, verification_question
from workbench.marketplace.wire.served import marketplace_app
from workbench.marketplace.wire.server import BackgroundServer

DESCRIPTIONS = [
    "Type each amount exactly as written, with its currency. Skip lines you cannot read and "
    "say so in the notes; the receipts are from 2019–2024.",
    "Look at one photo and say whether it is sharp, well lit and shows the whole product.",
    "Visitez le site du commerce et confirmez chaque information.",
    "Read a short customer review and say how it feels.",
    "果物の名前を一つ選びます。",
    "Search for the business by name and town.",
    "Read one sentence and its original; rate fluency from 1 (broken) to 5 (native).",
    "Open the scanned invoice and choose the supplier from the list.",
]
TITLES = [
    "Transcribe the handwritten amounts on a scanned Zürich bakery receipt (Brötchen, Gebäck)",
    "Is this product photo suitable for the catalogue? — quick yes/no",
    "Vérifiez l'adresse et le numéro de téléphone d'un commerce à Montréal",
    "Label the sentiment of short customer reviews about kitchen appliances",
    "写真に写っている果物の種類を選んでください",
    "Find the official website of a small business and paste its URL",
    "Rate how natural a machine-translated Spanish sentence sounds (1–5)",
    "Match each invoice to the supplier named on it",
]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return int(width), int(height)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def populate(engine: Engine) -> tuple[Scene, Any, dict[str, str]]:
    """Three requesters' HITs, a worker with a history: approved, rejected, bonused work."""
    bakery = Scene.create(engine, requester="Bäckerei Müller GmbH")
    lab = Scene.create(engine, requester="Northwind Research Lab")
    shop = Scene.create(engine, requester="Acme Catalogue Team")
    owners = [bakery, lab, shop]
    for number, title in enumerate(TITLES * 3):
        owner = owners[number % 3]
        # Some groups are batches of many HITs (the same properties make the same group).
        for copy in range(1 + (number % 5) * 3):
            owner.publish(f"g{number}" if copy == 0 else f"g{number}-{copy}",
                          title=title if number < len(TITLES) else f"{title} (batch {number})",
                          description=DESCRIPTIONS[number % len(DESCRIPTIONS)],
                          assignments=3, reward=f"0.{5 + number % 7:02d}",
                          duration=[300, 900, 3600, 5400][number % 4],
                          Keywords="receipts, transcription, german" if number % 2 else "photos")
    key = lab.market.create_qualification_type(
        Name="Native Spanish speaker", Description="For translation-quality HITs; a short test "
        "of five sentences.", QualificationTypeStatus="Active", AutoGranted=True)[
        "QualificationType"]["QualificationTypeId"]
    lab.market.create_qualification_type(
        Name="Receipt transcription (level 2)", Description="Granted by the requester after "
        "50 accurate receipts.", QualificationTypeStatus="Active")
    lab.publish("guarded", title="Rate the fluency of Spanish paragraphs (native speakers)",
                QualificationRequirements=[{"QualificationTypeId": key, "Comparator": "Exists",
                                            "ActionsGuarded": "Accept"}])
    shop.publish("verify", title="Check a business's contact details",
                 question=verification_question(), reward="0.25", assignments=2)
    worker = bakery.invite("Zoë Álvarez-Nakamura")
    return bakery, worker, {"shop": shop.hits["verify"]}


def history(scene: Scene, worker: Any, browser_page: Any, url: str,
            accept: str = "Accept") -> None:
    """Work done earlier: submitted through the site, then decided by the requester."""
    done = []
    for name in ("g0", "g3", "g6"):
        hit_id = scene.hits[name]
        browser_page.goto(f"{url}/hits/{hit_id}")
        browser_page.get_by_role("button", name=accept, exact=True).click()
        browser_page.wait_for_url(f"{url}/work/**")
        assignment_id = browser_page.url.rsplit("/", 1)[1]
        browser_page.frame_locator("iframe.task-frame").get_by_role(
            "button", name="Positive").click()
        browser_page.frame_locator("iframe.task-frame").locator("crowd-form").get_by_role(
            "button", name="Submit").click()
        browser_page.wait_for_url("**?note=submitted")
        done.append(assignment_id)
    scene.market.approve_assignment(AssignmentId=done[0], RequesterFeedback="Thanks!")
    scene.market.reject_assignment(
        AssignmentId=done[1], RequesterFeedback="The total on the receipt is 23,40 € — you "
        "typed 32,40 €. Please double-check the digits before submitting.")
    scene.market.send_bonus(WorkerId=worker.worker_id, AssignmentId=done[0],
                            BonusAmount="0.50", Reason="Spotted a smudged digit nobody "
                            "else did — danke!", UniqueRequestToken="bonus-1")


def snap(page: Any, path: Path, *, full: bool = True) -> None:
    page.wait_for_load_state()
    if full:
        height = page.evaluate("document.documentElement.scrollHeight")
        page.set_viewport_size({"width": 1280, "height": min(2600, max(800, int(height)))})
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": 1280, "height": 800})
    width, height = png_size(path)
    assert width == 1280 and height >= 800
    assert path.stat().st_size > 20_000  # a page with content, not an empty one


def test_screenshots_of_the_worker_pages(engine: Engine, shots: Path) -> None:
    # The browser sees the real time, so the marketplace here keeps the real clock too.
    scene, worker, hits = populate(engine)
    with BackgroundServer(marketplace_app(None, engine)) as server, chromium() as browser:
        url = server.url
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(f"{url}/sign-in")
        page.fill("#token", "not-a-real-token-" + "x" * 30)
        # The form posts and the answer is a new page: wait for it before the screenshot,
        # which otherwise races the navigation ("Unable to capture screenshot").
        with page.expect_navigation():
            page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        snap(page, shots / "site-sign-in.png", full=False)
        assert "not valid" in page.inner_text("main")

        page.goto(worker.link(url))
        page.wait_for_url(f"{url}/hits")
        history(scene, worker, page, url)

        page.goto(f"{url}/hits/{hits['shop']}")
        page.get_by_role("button", name="Accept").click()
        page.wait_for_url(f"{url}/work/**")
        task = page.frame_locator("iframe.task-frame")
        task.locator("crowd-radio-button[name=name_status][value=correct] input").check()
        task.locator("crowd-radio-button[name=phone_status][value=wrong] input").check()
        task.locator("crowd-input[name=correct_phone] input").fill("+41 44 765 43 21")
        page.wait_for_timeout(300)
        snap(page, shots / "site-task.png")

        page.goto(f"{url}/hits")
        snap(page, shots / "site-hits.png")
        assert "Working on" in page.inner_text("main")
        page.goto(f"{url}/hits?order=reward&page=2")
        snap(page, shots / "site-hits-page-2.png", full=False)
        page.goto(f"{url}/hits/{scene.hits['g9']}")
        page.wait_for_timeout(300)
        snap(page, shots / "site-preview.png", full=False)
        page.goto(f"{url}/my-work")
        snap(page, shots / "site-my-work.png")
        assert "23,40 €" in page.inner_text("main")
        page.goto(f"{url}/earnings")
        snap(page, shots / "site-earnings.png")
        assert "danke!" in page.inner_text("main")
        page.goto(f"{url}/qualifications")
        snap(page, shots / "site-qualifications.png")
        page.set_viewport_size({"width": 420, "height": 860})
        page.goto(f"{url}/hits")
        page.screenshot(path=str(shots / "site-hits-phone.png"))
    assert json.dumps(sorted(p.name for p in shots.glob("site-*.png")))


def test_screenshot_of_a_sign_in_held_back(engine: Engine, shots: Path) -> None:
    from workbench.marketplace.site.app import WorkerSite
    from workbench.marketplace.site.limits import SignInLimiter

    site = WorkerSite(engine, sign_in_limiter=SignInLimiter(address_budget=2))
    with BackgroundServer(site.app()) as server, chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        for attempt in range(4):
            page.goto(f"{server.url}/sign-in")
            page.fill("#token", f"{attempt:024x}.{'x' * 43}")
            with page.expect_navigation():
                page.get_by_role("button", name="Sign in").click()
            page.wait_for_load_state()
        snap(page, shots / "site-sign-in-held-back.png", full=False)
        text = page.inner_text("main")
        assert "Too many sign-ins" in text and "Wait 1 second and try again" in text


def test_screenshots_of_the_worker_pages_in_german(engine: Engine, shots: Path) -> None:
    """A browser that asks for German: every page in German, with German dates and amounts."""
    scene, worker, _hits = populate(engine)
    with BackgroundServer(marketplace_app(None, engine)) as server, chromium() as browser:
        url = server.url
        page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="de-DE")
        page.goto(f"{url}/sign-in")
        snap(page, shots / "site-sign-in-de.png", full=False)
        assert "Anmeldetoken" in page.inner_text("main")
        page.goto(worker.link(url))
        page.wait_for_url(f"{url}/hits")
        history(scene, worker, page, url, accept="Annehmen")
        page.goto(f"{url}/hits")
        snap(page, shots / "site-hits-de.png")
        main = page.inner_text("main")
        assert "HITs, die Sie bearbeiten können" in main and "0,05\u00a0$" in main
        page.goto(f"{url}/hits/{scene.hits['g9']}")
        page.wait_for_timeout(300)
        snap(page, shots / "site-preview-de.png", full=False)
        page.goto(f"{url}/my-work")
        snap(page, shots / "site-my-work-de.png")
        main = page.inner_text("main")
        assert "Abgelehnt" in main and "Genehmigt" in main
        # The browser writes the times in German too ("7. Dez. 2026, 17:46").
        assert any(month in main for month in ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni",
                                               "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
                                               "Dez."))
        page.goto(f"{url}/earnings")
        snap(page, shots / "site-earnings-de.png")
        assert "0,50\u00a0$" in page.inner_text("main")
        page.goto(f"{url}/qualifications")
        snap(page, shots / "site-qualifications-de.png")
        # The worker switches to English: the choice stays for the next pages.
        page.get_by_role("button", name="English").click()
        page.wait_for_url(f"{url}/qualifications")
        page.goto(f"{url}/hits")
        assert "HITs you can work on" in page.inner_text("main")
