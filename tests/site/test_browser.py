"""End to end in a real browser: a worker signs in with their link, accepts a HIT whose page
is a designer's crowd-form, fills it and submits; the requester syncs and sees the answers,
as MTurk would deliver them, in the Review page."""

from __future__ import annotations

from typing import Any

from tests.site.browser import chromium
from workbench.formats.inputs import InputTable
from workbench.marketplace.local.invitations import Invitations
from workbench.marketplace.wire.served import marketplace_app
from workbench.marketplace.wire.server import BackgroundServer
from workbench.resources import template_preset
from workbench.services.accounts import get_account
from workbench.services.publish import HITProperties, create_batch, publish_batch
from workbench.services.sync import pull

TITLE = "Check a business's contact details"


def publish(wb: Any, account: Any) -> None:
    rows = [{"business_name": "Café Zürich & Söhne", "phone": "+41 44 123 45 67",
             "address": "Bahnhofstrasse 1, 8001 Zürich", "website": "https://example.org",
             "record_id": "R-17"}]
    table = InputTable(["business_name", "phone", "address", "website", "record_id"], rows)
    props = HITProperties(title=TITLE, description="Look the business up and check each "
                          "detail.", reward_cents=25, max_assignments=1,
                          assignment_duration_s=600)
    batch = create_batch(wb, account, name="Zürich shops", table=table, props=props,
                         template_html=template_preset("data_verification"))
    report = publish_batch(wb, account, batch)
    assert report.created == 1


def work_in_chromium(url: str, link: str) -> str:
    """The worker's part, in the browser; returns the assignment id from the page."""
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(link)
        page.wait_for_url(f"{url}/hits")
        assert page.locator("main").get_by_text(TITLE).is_visible()
        assert "#" not in page.url  # the token left the address bar
        page.get_by_role("button", name="Accept & work").click()
        page.wait_for_url(f"{url}/work/**")
        assignment_id = page.url.rsplit("/", 1)[1]
        task = page.frame_locator("iframe.task-frame")
        # The designer's form, drawn by the site's own Crowd HTML Elements.
        task.get_by_text("Café Zürich & Söhne", exact=False).first.wait_for()
        task.locator("crowd-form").get_by_role("button", name="Submit").click()
        # The form's own check refuses an unanswered required question...
        task.get_by_text("Please answer:").wait_for()
        for name, value in (("name_status", "correct"), ("phone_status", "wrong"),
                            ("address_status", "correct")):
            task.locator(f"crowd-radio-button[name={name}][value={value}] input").check()
        task.locator("crowd-input[name=correct_phone] input").fill("+41 44 765 43 21")
        task.locator("crowd-text-area[name=notes] textarea").fill("Moved in 2025 — «neu»")
        task.locator("crowd-form").get_by_role("button", name="Submit").click()
        page.wait_for_url(f"{url}/work/{assignment_id}?note=submitted")
        assert "Your work was submitted" in page.locator("main").inner_text()
        page.get_by_role("navigation", name="Main").get_by_role("link", name="My work").click()
        page.wait_for_url(f"{url}/my-work**")
        assert TITLE in page.locator("table.records").inner_text()
        assert errors == [], errors
        return assignment_id


def test_a_worker_submits_in_chromium_and_the_requester_reviews_it(qtbot, wb) -> None:  # type: ignore[no-untyped-def]
    account = get_account(wb)
    publish(wb, account)
    engine = wb.market_engine(account.options.get("market_url"))
    invitation = Invitations(engine).invite(display_name="Ana", invited_by=account.requester_id)
    with BackgroundServer(marketplace_app(None, engine)) as server:
        assignment_id = work_in_chromium(server.url, invitation.link(server.url))

    pull(wb, account)
    from workbench.models.changes import ChangeBus
    from workbench.models.tasks import TaskRunner
    from workbench.views.pages.base import PageContext
    from workbench.views.pages.review import ReviewPage

    runner = TaskRunner()
    context = PageContext(wb=wb, runner=runner, bus=ChangeBus(),
                          start_task=lambda title, work, done: runner.start(title, work,
                                                                            on_done=done),
                          show_page=lambda _name: None)
    page = ReviewPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.set_account(account)
    qtbot.waitUntil(lambda: page.review is not None and not page.is_loading(), timeout=20_000)
    review = page.review
    assert review is not None and review.title == TITLE
    [seen] = review.assignments
    assert seen.assignment_id == assignment_id and seen.worker_id == invitation.worker_id
    assert seen.status == "Submitted"
    # Exactly the fields MTurk delivers for a crowd-form: taskAnswers flattened.
    assert seen.answers["name_status.correct"] == "true"
    assert seen.answers["phone_status.wrong"] == "true"
    assert seen.answers["correct_phone"] == "+41 44 765 43 21"
    assert seen.answers["notes"] == "Moved in 2025 — «neu»"
    assert seen.answers["record_id"] == "R-17"
    assert page.current_assignment() is not None
    runner.shutdown()


def test_a_template_without_a_form_is_submitted_in_chromium(wb, fixtures_dir) -> None:  # type: ignore[no-untyped-def]
    """An MTurk web-UI template (questions, no form) published from the workbench: in
    chromium the preview's Submit waits for Accept, and the accepted page submits."""
    from tests.formats.test_templates import formless_template
    from workbench.formats.answers import parse_answers
    from workbench.marketplace.local.schema import MarketAssignment

    account = get_account(wb)
    title = "What is this an image of?"
    table = InputTable(["imageurl"], [{"imageurl": "https://example.org/cat.jpg"}])
    props = HITProperties(title=title, description="Choose what the photo shows.",
                          reward_cents=5, max_assignments=1, assignment_duration_s=600)
    batch = create_batch(wb, account, name="Photos", table=table, props=props,
                         template_html=formless_template(fixtures_dir))
    assert publish_batch(wb, account, batch).created == 1
    engine = wb.market_engine(account.options.get("market_url"))
    invitation = Invitations(engine).invite(display_name="Ana", invited_by=account.requester_id)
    with BackgroundServer(marketplace_app(None, engine)) as server, chromium() as browser:
        url = server.url
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(invitation.link(url))
        page.wait_for_url(f"{url}/hits")
        page.locator("main").get_by_text(title).first.click()
        page.wait_for_url(f"{url}/hits/**")
        preview = page.frame_locator("iframe.task-frame")
        assert preview.locator("#submitButton").is_disabled()
        page.get_by_role("button", name="Accept").first.click()
        page.wait_for_url(f"{url}/work/**")
        task = page.frame_locator("iframe.task-frame")
        task.get_by_label("Fruit").check()
        task.get_by_role("button", name="Submit").click()
        page.wait_for_url(f"{url}/work/**?note=submitted")
        assert errors == [], errors
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        [done] = session.scalars(select(MarketAssignment)).all()
    assert done.status == "Submitted"
    assert {a.question_id: a.free_text for a in parse_answers(done.answer or "")} == {
        "QuestionId1": "fruit", "imageurl": "https://example.org/cat.jpg"}
