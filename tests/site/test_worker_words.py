"""What the worker site tells a worker, in words: why they cannot take a HIT, how their test
went, and who the requester is."""

from __future__ import annotations

from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from tests.conftest import FakeClock
from tests.site.scenes import Scene, WorkerClient
from workbench.domain.qualifications import APPROVAL_RATE_ID, LOCALE_ID
from workbench.formats.answer_keys import AnswerKey, AnswerOption, QuestionKey, build_answer_key
from workbench.formats.qualification_tests import (
    Choice,
    QualificationTest,
    TestQuestion,
    build_question_form,
)

SignedIn = Callable[[str], WorkerClient]


def text_of(page: str) -> str:
    """The page's text as a person reads it (tags dropped, spaces collapsed)."""
    import re

    return " ".join(unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_the_preview_says_which_requirement_is_missing_in_words(
        scene: Scene, signed_in: SignedIn) -> None:
    worker = signed_in("Ana")
    # Ten HITs done: nine approved, one rejected: an approval rate of 90%.
    done = []
    for number in range(10):
        hit_id = scene.publish(f"warm-up {number}", title=f"Warm-up {number}")
        assignment_id = worker.accept(hit_id)
        assert worker.submit(assignment_id).status_code == 200
        done.append(assignment_id)
    for assignment_id in done[:9]:
        scene.market.approve_assignment(AssignmentId=assignment_id)
    scene.market.reject_assignment(AssignmentId=done[9], RequesterFeedback="Wrong label.")
    guarded = scene.publish("guarded", title="Rate German product reviews",
                            QualificationRequirements=[
                                {"QualificationTypeId": APPROVAL_RATE_ID,
                                 "Comparator": "GreaterThanOrEqualTo", "IntegerValues": [95]},
                                {"QualificationTypeId": LOCALE_ID, "Comparator": "In",
                                 "LocaleValues": [{"Country": "DE"}, {"Country": "AT"}]}])
    preview = text_of(worker.get(f"/hits/{guarded}").text)
    assert "You cannot accept this HIT" in preview
    assert "You need an approval rate of at least 95%; yours is 90%." in preview
    assert ("This task is for workers in Germany or Austria (your location: "
            "United States).") in preview
    assert "Worker_Locale" not in preview and "00000000000000000071" not in preview
    listing = text_of(worker.get("/hits").text)
    assert "You need an approval rate of at least 95%; yours is 90%." in listing
    refused = worker.post(f"/hits/{guarded}/accept")
    assert refused.status_code == 409


def test_a_custom_qualification_is_named_and_can_be_asked_for(
        scene: Scene, signed_in: SignedIn) -> None:
    french = scene.market.create_qualification_type(
        Name="Knows French", Description="Native or fluent", QualificationTypeStatus="Active")[
        "QualificationType"]["QualificationTypeId"]
    guarded = scene.publish("guarded", title="Translate a sentence into French",
                            QualificationRequirements=[{
                                "QualificationTypeId": french, "Comparator": "Exists"}])
    worker = signed_in("Ana")
    preview = text_of(worker.get(f"/hits/{guarded}").text)
    assert ("You need the qualification “Knows French”. You can ask for it on the "
            "Qualifications page.") in preview


def _bird_test(scene: Scene, *, retry_delay: int | None) -> str:
    test = QualificationTest("Birds", "Tell a rook from a crow.", tuple(
        TestQuestion(f"q{n}", f"Question {n}: which one is a rook?", "single",
                     (Choice("a", "Bare grey face"), Choice("b", "Black face")))
        for n in range(1, 4)))
    key = build_answer_key(AnswerKey(tuple(
        QuestionKey(f"q{n}", (AnswerOption(("a",), 1),)) for n in range(1, 4))))
    extra = {"RetryDelayInSeconds": retry_delay} if retry_delay is not None else {}
    return str(scene.market.create_qualification_type(
        Name="Bird spotter", Description="Knows corvids", QualificationTypeStatus="Active",
        Test=build_question_form(test), AnswerKey=key, TestDurationInSeconds=600,
        **extra)["QualificationType"]["QualificationTypeId"])


def _take(worker: WorkerClient, type_id: str, answer: str) -> str:
    worker.get("/qualifications")
    started = worker.post(f"/qualifications/{type_id}/request")
    assert started.status_code == 303
    worker.get(started.headers["location"])
    handed_in = worker.post(started.headers["location"],
                            {f"q{n}": answer for n in range(1, 4)})
    assert handed_in.status_code == 303
    return str(handed_in.headers["location"])


def test_a_worker_who_scored_0_of_3_reads_that_they_did_not_pass(
        scene: Scene, signed_in: SignedIn, clock: FakeClock) -> None:
    type_id = _bird_test(scene, retry_delay=3600)
    scene.publish("birds", title="Label photos of corvids", QualificationRequirements=[{
        "QualificationTypeId": type_id, "Comparator": "GreaterThanOrEqualTo",
        "IntegerValues": [2]}])
    worker = signed_in("Ana")
    location = _take(worker, type_id, "b")  # every answer wrong
    assert "note=granted" not in location
    page = text_of(worker.get(location).text)
    assert "The qualification was granted" not in page
    assert "Not passed" in page and "Your score: 0." in page
    assert "The HITs that need it ask for a score of at least 2." in page
    assert "You can take the test again after" in page
    # Passing it the second time says so.
    clock.advance(hours=2)
    location = _take(worker, type_id, "a")
    assert "note=granted" in location
    page = text_of(worker.get(location).text)
    assert "The qualification was granted" in page and "Passed score 3" in page


def test_a_test_that_cannot_be_retaken_says_so(scene: Scene, signed_in: SignedIn) -> None:
    type_id = _bird_test(scene, retry_delay=None)
    scene.publish("birds", title="Label photos of corvids", QualificationRequirements=[{
        "QualificationTypeId": type_id, "Comparator": "GreaterThan", "IntegerValues": [1]}])
    worker = signed_in("Ana")
    page = text_of(worker.get(_take(worker, type_id, "b")).text)
    assert "Not passed" in page and "ask for a score of above 1" in page
    assert "This test cannot be taken again." in page


def test_the_requester_is_shown_by_the_name_they_chose(tmp_path: Path) -> None:
    from workbench.cli import main
    from workbench.marketplace.local.invitations import Invitations
    from workbench.marketplace.site.app import WorkerSite
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench
    from workbench.services.demo import run_demo

    store = tmp_path / "store.sqlite3"
    with Workbench.open(store) as wb:
        run_demo(wb, hits=3, assignments=1, workers=1, seed=3)
    assert main(["--db", str(store), "accounts", "display-name", "local",
                 "  Acme   Research Lab "]) == 0
    with Workbench.open(store) as wb:
        account = get_account(wb)
        assert account.options["display_name"] == "Acme Research Lab"
        engine = wb.market_engine(None)
        from workbench.marketplace.local.market import LocalMarketplace

        assert account.requester_id is not None
        Scene(engine, LocalMarketplace(engine, account.requester_id),
              Invitations(engine)).publish(title="Sort the receipts")
        invitation = Invitations(engine).invite(display_name="Ana",
                                                invited_by=account.requester_id)
        with TestClient(WorkerSite(engine).app()) as http:
            worker = WorkerClient(http)
            worker.sign_in(invitation.token)
            listing = text_of(worker.get("/hits").text)
    assert "Acme Research Lab" in listing and " local " not in f" {listing} "


def test_screenshots_of_what_a_worker_is_told(engine: Any, tmp_path: Path) -> None:
    """The preview of a HIT the worker cannot take, their failed test and the HIT list, in
    chromium (headless), for a person to look at."""
    import os

    from tests.site.browser import chromium
    from tests.site.test_screenshots import snap
    from workbench.formats.answers import answers_to_xml
    from workbench.marketplace.local.workers import WorkerSide
    from workbench.marketplace.wire.served import marketplace_app
    from workbench.marketplace.wire.server import BackgroundServer

    shots = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path / "screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    # The browser sees the real time, so the marketplace keeps the real clock.
    scene = Scene.create(engine, requester="Northwind Research Lab (Dr. Zoë Brandt)")
    worker = scene.invite("Zoë Álvarez-Nakamura")
    rules = WorkerSide(engine)
    done = []
    for number in range(10):
        hit_id = scene.publish(f"warm-up {number}", title=f"Warm-up review {number}")
        assignment_id = rules.accept(worker.worker_id, hit_id)
        rules.submit(worker.worker_id, assignment_id, answers_to_xml({"label": "Positive"}))
        done.append(assignment_id)
    for assignment_id in done[:9]:
        scene.market.approve_assignment(AssignmentId=assignment_id)
    scene.market.reject_assignment(AssignmentId=done[9], RequesterFeedback="Wrong label.")
    type_id = _bird_test(scene, retry_delay=86400)
    guarded = scene.publish(
        "guarded", title="Rate German product reviews (native speakers, Germany or Austria)",
        QualificationRequirements=[
            {"QualificationTypeId": APPROVAL_RATE_ID, "Comparator": "GreaterThanOrEqualTo",
             "IntegerValues": [95]},
            {"QualificationTypeId": LOCALE_ID, "Comparator": "In",
             "LocaleValues": [{"Country": "DE"}, {"Country": "AT"}]},
            {"QualificationTypeId": type_id, "Comparator": "GreaterThanOrEqualTo",
             "IntegerValues": [2]}])
    with BackgroundServer(marketplace_app(None, engine)) as server, chromium() as browser:
        url = server.url
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(worker.link(url))
        page.wait_for_url(f"{url}/hits")
        page.goto(f"{url}/qualifications")
        page.get_by_role("button", name="Take the test").click()
        page.wait_for_url(f"{url}/tests/**")
        for number in range(1, 4):
            page.locator(f"input[name=q{number}][value=b]").check()  # a crow, each time
        page.get_by_role("button", name="Hand in the test").click()
        page.wait_for_url(f"{url}/qualifications**")
        snap(page, shots / "site-qualification-not-passed.png", full=False)
        assert "Not passed" in page.inner_text("main")
        page.goto(f"{url}/hits/{guarded}")
        page.wait_for_timeout(300)
        snap(page, shots / "site-preview-cannot-accept.png", full=False)
        text = page.inner_text("main")
        assert "You need an approval rate of at least 95%; yours is 90%." in text
        assert "This task is for workers in Germany or Austria" in text
        page.goto(f"{url}/hits")
        snap(page, shots / "site-hits-with-reasons.png")
