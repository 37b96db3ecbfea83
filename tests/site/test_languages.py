"""The worker site in the worker's language: German for a worker their requester says reads
German, or whose browser asks for it, with German dates and amounts; a worker's own choice
wins over both and stays with their browser."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape

from tests.conftest import FakeClock
from tests.site.scenes import Scene, WorkerClient, task_answers
from workbench.marketplace.local.invitations import Profile
from workbench.marketplace.site.language import SiteLanguages, accepted

GERMAN_BROWSER = {"Accept-Language": "de-DE,de;q=0.9,en-US;q=0.7,en;q=0.6"}


def text(page: str) -> str:
    """What a person reads: the page without its tags, spaces collapsed."""
    body = page.split("<body", 1)[-1]
    # Only ASCII spaces collapse: a no-break space (between amount and currency) stays.
    return re.sub(r"[ \t\r\n]+", " ", unescape(re.sub(r"<[^>]+>", " ", body))).strip()


def sign_in(browser: Callable[..., WorkerClient], scene: Scene, name: str,
            language: str | None = None, headers: dict[str, str] | None = None
            ) -> WorkerClient:
    invitation = scene.invitations.invite(
        display_name=name, invited_by=scene.market.requester_id,
        profile=Profile(country="DE", language=language) if language else None)
    worker = browser()
    if headers:
        worker.http.headers.update(headers)
    assert worker.sign_in(invitation.token).status_code == 303
    worker.worker_id = invitation.worker_id
    return worker


def test_a_german_browser_gets_the_sign_in_page_in_german(
        browser: Callable[..., WorkerClient]) -> None:
    worker = browser()
    worker.http.headers.update(GERMAN_BROWSER)
    response = worker.get("/sign-in")
    assert response.headers["content-language"] == "de"
    assert "Accept-Language" in response.headers["vary"]
    assert '<html lang="de">' in response.text
    shown = text(response.text)
    assert "Öffnen Sie den Anmeldelink" in shown and "Anmeldetoken" in shown
    assert "Open the sign-in link" not in shown
    # A wrong token is refused in German too.
    refused = worker.post("/sign-in", {"token": "abc.def"})
    assert refused.status_code == 403
    assert "Dieser Anmeldelink oder Token ist ungültig" in text(refused.text)

    english = browser()
    english.http.headers.update({"Accept-Language": "fr-CA, en;q=0.5"})
    page = english.get("/sign-in")
    assert '<html lang="en">' in page.text and "Open the sign-in link" in page.text


def test_a_worker_who_reads_german_sees_hits_amounts_and_dates_in_german(
        scene: Scene, browser: Callable[..., WorkerClient], clock: FakeClock) -> None:
    scene.publish(reward="1234.50", duration=5400,
                  title="Wie klingt diese Bewertung?")
    hit_id = scene.publish("second", reward="0.05")
    # The requester says Jürgen reads German; his browser asks for nothing in particular.
    worker = sign_in(browser, scene, "Jürgen Groß", language="de-AT")
    listing = text(worker.get("/hits").text)
    assert "HITs, die Sie bearbeiten können" in listing
    assert "1.234,50\u00a0$" in listing and "0,05\u00a0$" in listing
    assert "1 Stunde 30 Minuten" in listing and "2 HIT-Gruppen" in listing
    assert "Annehmen & bearbeiten" in listing and "Abmelden" in listing

    assignment_id = worker.accept(hit_id)
    work = text(worker.get(f"/work/{assignment_id}").text)
    assert "In Bearbeitung" in work and "Zurückgeben" in work
    clock.advance(seconds=90)
    # The task frame (no session of its own) speaks the worker's language too.
    sent = worker.submit(assignment_id, {"assignmentId": assignment_id, "taskAnswers":
                                         task_answers({"s": "ok"})})
    assert sent.status_code == 200 and '<html lang="de">' in sent.text
    assert "Ihre Arbeit wurde eingereicht. Vielen Dank!" in text(sent.text)
    clock.advance(seconds=30)
    scene.market.approve_assignment(AssignmentId=assignment_id)
    done = worker.get("/my-work?status=all")
    shown = text(done.text)
    assert "Meine Arbeit" in shown and "Genehmigt" in shown and "1 Aufgabe" in shown
    # Dates are written the German way (the browser then shows them in its local time).
    assert re.search(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2} UTC", shown), shown
    outcome = text(worker.get(f"/work/{assignment_id}").text)
    assert "Der Auftraggeber hat diese Arbeit genehmigt; 0,05\u00a0$ wurde Ihrem Verdienst " \
           "gutgeschrieben." in outcome
    earnings = text(worker.get("/earnings").text)
    assert "Verdienst: offen und ausgezahlt" in earnings and "0,05\u00a0$" in earnings

    # A refusal from the marketplace's rules reads as a German sentence.
    again = worker.post(f"/hits/{hit_id}/accept")
    assert again.status_code == 409
    assert "Sie haben diesen HIT bereits angenommen oder eingereicht." in text(again.text)
    late = worker.post(f"/work/{assignment_id}/return")
    assert late.status_code == 409
    assert "Diese Aufgabe ist genehmigt; sie kann nicht zurückgegeben werden." \
        in text(late.text)


def test_a_worker_chooses_the_language_and_the_choice_stays(
        scene: Scene, browser: Callable[..., WorkerClient]) -> None:
    scene.publish()
    worker = sign_in(browser, scene, "Maria", language="de", headers=GERMAN_BROWSER)
    page = worker.get("/hits")
    assert "Meine Arbeit" in text(page.text)
    # The page offers English, in English, and takes the worker back where they were.
    assert re.search(r'<button [^>]*name="language" value="en"[^>]*>English</button>',
                     page.text)
    chosen = worker.post("/language", {"language": "en", "back": "/my-work"}, csrf=False)
    assert chosen.status_code == 303 and chosen.headers["location"] == "/my-work"
    assert "httponly" in chosen.headers["set-cookie"].lower()
    mine = worker.get("/my-work")
    assert '<html lang="en">' in mine.text and "My work" in text(mine.text)
    assert "Deutsch" in mine.text  # and can go back
    assert worker.post("/language", {"language": "de", "back": "/hits"},
                       csrf=False).status_code == 303
    assert "HITs, die Sie bearbeiten können" in text(worker.get("/hits").text)

    # Only this site's pages, and only languages the site has.
    away = worker.post("/language", {"language": "de", "back": "//evil.example/x"},
                       csrf=False)
    assert away.headers["location"] == "/"
    unknown = worker.post("/language", {"language": "tlh", "back": "/hits"}, csrf=False)
    assert "set-cookie" not in unknown.headers
    assert "HITs, die Sie bearbeiten können" in text(worker.get("/hits").text)


def test_the_language_follows_the_choice_then_the_requester_then_the_browser() -> None:
    languages = SiteLanguages()
    assert languages.languages == ["en", "de"]
    assert languages.choose() == "en"
    assert languages.choose(accept_language="fr-FR,de;q=0.8,en;q=0.9") == "en"
    assert languages.choose(accept_language="fr-FR,de;q=0.9,en;q=0.8") == "de"
    assert languages.choose(worker="de-CH", accept_language="en") == "de"
    assert languages.choose(chosen="en", worker="de", accept_language="de") == "en"
    assert languages.choose(worker="pt-BR", accept_language="de-DE") == "de"
    assert accepted("de;q=0, en;q=0.1, *") == ["en"]
    assert accepted("x-klingon, 12, de-DE;q=abc") == ["de"]


def test_why_a_hit_cannot_be_taken_is_said_in_german(
        scene: Scene, browser: Callable[..., WorkerClient]) -> None:
    from workbench.domain.qualifications import APPROVAL_RATE_ID, LOCALE_ID

    worker = sign_in(browser, scene, "Ana", headers=GERMAN_BROWSER)  # invited in the US
    done = []
    for number in range(10):
        assignment_id = worker.accept(scene.publish(f"warm-up {number}"))
        assert worker.submit(assignment_id).status_code == 200
        done.append(assignment_id)
    for assignment_id in done[:9]:
        scene.market.approve_assignment(AssignmentId=assignment_id)
    scene.market.reject_assignment(AssignmentId=done[9], RequesterFeedback="Wrong label.")
    special = scene.market.create_qualification_type(
        Name="Fachwissen Bäckerei", Description="", QualificationTypeStatus="Active",
        AutoGranted=True)["QualificationType"]["QualificationTypeId"]
    guarded = scene.publish("guarded", QualificationRequirements=[
        {"QualificationTypeId": APPROVAL_RATE_ID, "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [95]},
        {"QualificationTypeId": LOCALE_ID, "Comparator": "In",
         "LocaleValues": [{"Country": "DE"}, {"Country": "AT"}, {"Country": "CH"}]},
        {"QualificationTypeId": special, "Comparator": "Exists"}])
    preview = text(worker.get(f"/hits/{guarded}").text)
    assert "Sie können diesen HIT nicht annehmen" in preview
    assert "Sie brauchen eine Genehmigungsquote von mindestens 95%; Ihre liegt bei 90 %." \
        in preview
    assert "Diese Aufgabe ist für Worker in Deutschland, Österreich oder Schweiz (Ihr " \
           "Standort: Vereinigte Staaten)." in preview
    assert "Sie brauchen die Qualifikation „Fachwissen Bäckerei“. Sie können sie auf der " \
           "Seite Qualifikationen anfragen." in preview
    assert "You need" not in preview and "United States" not in preview
    listing = text(worker.get("/hits").text)
    assert "Diese Aufgabe ist für Worker in Deutschland, Österreich oder Schweiz" in listing
