"""Doing HITs on the worker site: MTurk's rules, each tried through the site's own requests."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.conftest import FakeClock
from tests.site.scenes import CLASSIC_PAGE, Scene, WorkerClient, verification_question
from workbench.formats.answers import flatten_answers, parse_answers
from workbench.formats.questions import html_question
from workbench.formats.templates import render_template
from workbench.marketplace.local.schema import MarketAssignment

SignedIn = Callable[[str], WorkerClient]


def only(assignments: list[MarketAssignment]) -> MarketAssignment:
    assert len(assignments) == 1, assignments
    return assignments[0]


def test_a_worker_finds_accepts_works_and_submits(scene: Scene, signed_in: SignedIn) -> None:
    hit_id = scene.publish(assignments=2)
    worker = signed_in("Ana")
    listing = worker.get("/hits")
    assert "What is the sentiment of this review?" in listing.text and "$0.10" in listing.text
    assert "Acme Research" in listing.text and "10 minutes" in listing.text
    hit_type_id = scene.market.get_hit(HITId=hit_id)["HIT"]["HITTypeId"]
    response = worker.accept_group(hit_type_id)
    assert response.status_code == 303
    assignment_id = str(response.headers["location"]).rsplit("/", 1)[1]
    work = worker.get(f"/work/{assignment_id}")
    assert "Time left" in work.text and 'class="task-frame"' in work.text
    frame = worker.http.get(worker.frame_url(assignment_id))
    assert frame.status_code == 200
    # The requester's page, as is, with the crowd script served from the site itself.
    assert "/static/crowd-html-elements.js" in frame.text and "assets.crowd.aws" not in frame.text
    assert "Kettle" in frame.text and "crowd-classifier" in frame.text
    done = worker.submit(assignment_id)
    assert done.status_code == 200 and 'data-outcome="submitted"' in done.text
    stored = only(scene.assignments(hit_id))
    assert stored.status == "Submitted" and stored.worker_id == worker.worker_id
    # The requester gets exactly what MTurk delivers for a crowd-form.
    listed = scene.market.list_assignments_for_hit(HITId=hit_id)["Assignments"]
    answers = parse_answers(listed[0]["Answer"])
    assert [a.question_id for a in answers] == ["taskAnswers"]
    assert json.loads(answers[0].free_text or "") == [{"sentiment": {"label": "Positive"}}]
    assert flatten_answers(answers) == {"sentiment.label": "Positive"}
    page = worker.get(f"/work/{assignment_id}")
    assert "Submitted" in page.text and 'class="task-frame"' not in page.text
    assert "What is the sentiment" in worker.get("/my-work").text


def test_a_classic_form_arrives_as_one_answer_per_field(scene: Scene, signed_in: SignedIn
                                                       ) -> None:
    hit_id = scene.publish(question=html_question(CLASSIC_PAGE))
    worker = signed_in("Ana")
    assignment_id = worker.accept(hit_id)
    frame = worker.http.get(worker.frame_url(assignment_id))
    # The frame script comes first, so the form aimed at MTurk is sent here instead.
    assert frame.text.index("/static/task-frame.js") < frame.text.index("<form")
    response = worker.http.post(worker.submit_url(assignment_id), data={
        "assignmentId": assignment_id, "label": "a cat", "tags": ["a", "b"]})
    assert response.status_code == 200
    answers = parse_answers(only(scene.assignments(hit_id)).answer or "")
    assert [(a.question_id, a.free_text) for a in answers] == [("label", "a cat"),
                                                               ("tags", "a|b")]


def test_a_designer_form_is_served_and_its_answers_stored(scene: Scene, signed_in: SignedIn
                                                         ) -> None:
    hit_id = scene.publish(question=verification_question())
    worker = signed_in("Ana")
    assignment_id = worker.accept(hit_id)
    frame = worker.http.get(worker.frame_url(assignment_id)).text
    assert "Café Zürich &amp; Söhne" in frame and 'name="record_id" value="R-17"' in frame
    fields = {"name_status": {"correct": True, "wrong": False, "cannot_tell": False},
              "notes": "Phone number moved to +41 44 765 43 21", "record_id": "R-17"}
    assert worker.submit(assignment_id, {"assignmentId": assignment_id,
                                         "taskAnswers": json.dumps([fields])}).status_code == 200
    flat = flatten_answers(parse_answers(only(scene.assignments(hit_id)).answer or ""))
    assert flat["name_status.correct"] == "true" and flat["record_id"] == "R-17"


def test_one_assignment_per_worker_per_hit(scene: Scene, signed_in: SignedIn) -> None:
    hit_id = scene.publish(assignments=3)
    worker = signed_in("Ana")
    worker.accept(hit_id)
    worker.get(f"/hits/{hit_id}")
    again = worker.post(f"/hits/{hit_id}/accept")
    assert again.status_code == 409 and "already accepted" in again.text
    assert len(scene.assignments(hit_id)) == 1
    # The group has no other HIT for them either.
    hit_type_id = scene.market.get_hit(HITId=hit_id)["HIT"]["HITTypeId"]
    response = worker.accept_group(hit_type_id)
    assert response.headers["location"] == "/hits?note=group-empty"


def test_no_hit_gets_more_assignments_than_it_allows(scene: Scene, signed_in: SignedIn) -> None:
    hit_id = scene.publish(assignments=2)
    first, second, third = signed_in("Ana"), signed_in("Ben"), signed_in("Chloé")
    first.accept(hit_id)
    second.accept(hit_id)
    third.get("/hits")
    assert "What is the sentiment" not in third.page.split("<main")[1]
    third.get(f"/hits/{third.worker_id}")  # any page, to hold a CSRF token
    refused = third.post(f"/hits/{hit_id}/accept")
    assert refused.status_code == 409 and "no more assignments" in refused.text
    assert len(scene.assignments(hit_id)) == 2


def test_a_worker_cannot_submit_twice(scene: Scene, signed_in: SignedIn) -> None:
    hit_id = scene.publish()
    worker = signed_in("Ana")
    assignment_id = worker.accept(hit_id)
    submit_url = worker.submit_url(assignment_id)
    assert worker.submit(assignment_id).status_code == 200
    first_answer = only(scene.assignments(hit_id)).answer
    again = worker.http.post(submit_url, data={
        "assignmentId": assignment_id,
        "taskAnswers": json.dumps([{"sentiment": {"label": "Negative"}}])})
    assert again.status_code == 409 and "cannot be submitted again" in again.text
    assert only(scene.assignments(hit_id)).answer == first_answer


def test_a_worker_cannot_submit_after_the_time_runs_out(scene: Scene, signed_in: SignedIn,
                                                        clock: FakeClock) -> None:
    hit_id = scene.publish(duration=300)
    worker = signed_in("Ana")
    assignment_id = worker.accept(hit_id)
    submit_url = worker.submit_url(assignment_id)
    clock.advance(seconds=301)
    response = worker.http.post(submit_url, data={
        "assignmentId": assignment_id, "taskAnswers": json.dumps([{"a": 1}])})
    assert response.status_code == 409 and "time allowed" in response.text
    stored = only(scene.assignments(hit_id))
    assert stored.status == "Abandoned" and stored.answer is None
    page = worker.get(f"/work/{assignment_id}")
    assert "Time ran out" in page.text
    # The place went back to the pool: another worker can take it.
    assert signed_in("Ben").accept(hit_id)


def test_a_returned_hit_goes_back_and_cannot_be_submitted(scene: Scene, signed_in: SignedIn
                                                         ) -> None:
    hit_id = scene.publish(assignments=1)
    worker = signed_in("Ana")
    assignment_id = worker.accept(hit_id)
    submit_url = worker.submit_url(assignment_id)
    response = worker.post(f"/work/{assignment_id}/return")
    assert response.status_code == 303 and "returned" in response.headers["location"]
    late = worker.http.post(submit_url, data={"assignmentId": assignment_id,
                                              "taskAnswers": json.dumps([{"a": 1}])})
    assert late.status_code == 409
    assert only(scene.assignments(hit_id)).status == "Returned"
    assert signed_in("Ben").accept(hit_id)


def test_a_worker_never_sees_or_changes_another_workers_assignment(
        scene: Scene, signed_in: SignedIn) -> None:
    hit_id = scene.publish(assignments=2)
    ana, ben = signed_in("Ana"), signed_in("Ben")
    anas = ana.accept(hit_id)
    bens = ben.accept(hit_id)
    # Ben's view of Ana's assignment is the same as of one that does not exist.
    assert ben.get(f"/work/{anas}").status_code == 404
    assert ben.get("/work/3NOSUCHASSIGNMENT000000000000").status_code == 404
    assert "There is no such assignment" in ben.page
    ben.get("/hits")
    assert ben.post(f"/work/{anas}/return").status_code == 404
    # Ben's own submit link does not open Ana's assignment, nor does a made-up one.
    bens_url = ben.submit_url(bens)
    bens_mac = bens_url.split("/")[3]
    for url in (f"/task/{anas}/{bens_mac}/mturk/externalSubmit",
                f"/task/{anas}/{'0' * 40}/mturk/externalSubmit",
                f"/task/{anas}/{bens_mac}"):
        attempt = ben.http.post(url, data={"assignmentId": anas,
                                           "taskAnswers": json.dumps([{"x": 1}])}) \
            if url.endswith("Submit") else ben.http.get(url)
        assert attempt.status_code == 404
    # Nor can Ben post Ana's assignment id through his own link.
    crossed = ben.http.post(bens_url, data={"assignmentId": anas,
                                            "taskAnswers": json.dumps([{"x": 1}])})
    assert crossed.status_code == 400
    statuses = {a.assignment_id: (a.status, a.answer) for a in scene.assignments(hit_id)}
    assert statuses == {anas: ("Accepted", None), bens: ("Accepted", None)}


def test_nobody_submits_to_a_hit_they_did_not_accept(scene: Scene, signed_in: SignedIn) -> None:
    hit_id = scene.publish()
    worker = signed_in("Ana")
    worker.get(f"/hits/{hit_id}")
    # A preview has no submit link; guessing one (with the HIT's id) finds nothing.
    for target in (f"/task/{hit_id}/{'a' * 40}/mturk/externalSubmit",
                   f"/preview-frame/{hit_id}/{worker.worker_id}/{'b' * 40}"):
        response = worker.http.post(target, data={"assignmentId": hit_id, "x": "1"}) \
            if target.endswith("Submit") else worker.http.get(target)
        assert response.status_code in (404, 405)
    assert scene.assignments(hit_id) == []


def test_blocks_and_requirements_are_enforced(scene: Scene, signed_in: SignedIn) -> None:
    qualification = scene.market.create_qualification_type(
        Name="Knows French", Description="Native or fluent", QualificationTypeStatus="Active")[
        "QualificationType"]["QualificationTypeId"]
    guarded = scene.publish("guarded", title="Translate a sentence into French",
                            QualificationRequirements=[{
                                "QualificationTypeId": qualification,
                                "Comparator": "Exists", "ActionsGuarded": "Accept"}])
    hidden = scene.publish("hidden", title="Secret panel survey",
                           QualificationRequirements=[{
                               "QualificationTypeId": qualification, "Comparator": "Exists",
                               "ActionsGuarded": "DiscoverPreviewAndAccept"}])
    worker = signed_in("Ana")
    listing = worker.get("/hits").text
    assert "Translate a sentence" in listing
    assert "You need the qualification “Knows French”" in listing
    assert "Secret panel survey" not in listing
    assert worker.get(f"/hits/{hidden}").status_code == 403
    refused = worker.post(f"/hits/{guarded}/accept")
    assert refused.status_code == 409 and "qualification" in refused.text
    scene.market.create_worker_block(WorkerId=worker.worker_id, Reason="Spam")
    plain = scene.publish("plain", title="An open HIT")
    worker.get("/hits")
    assert "no longer accepts work from you" in worker.page
    blocked = worker.post(f"/hits/{plain}/accept")
    assert blocked.status_code == 409 and "does not accept work from you" in blocked.text
    assert scene.assignments(guarded) == scene.assignments(plain) == []


def test_a_qualification_test_is_taken_and_scored_on_the_site(scene: Scene,
                                                              signed_in: SignedIn) -> None:
    from workbench.formats.answer_keys import (
        AnswerKey,
        AnswerOption,
        QuestionKey,
        build_answer_key,
    )
    from workbench.formats.qualification_tests import (
        Choice,
        QualificationTest,
        TestQuestion,
        build_question_form,
    )

    test = QualificationTest("Birds <b>", "Tell a rook from a crow.", (
        TestQuestion("q1", "Which one is a rook?", "single",
                     (Choice("a", "Bare grey face"), Choice("b", "Black face"))),))
    key = build_answer_key(AnswerKey((QuestionKey("q1", (AnswerOption(("a",), 100),)),)))
    type_id = scene.market.create_qualification_type(
        Name="Bird spotter", Description="Knows corvids", QualificationTypeStatus="Active",
        Test=build_question_form(test), AnswerKey=key, TestDurationInSeconds=600,
        RetryDelayInSeconds=3600)["QualificationType"]["QualificationTypeId"]
    worker = signed_in("Ana")
    assert "Bird spotter" in worker.get("/qualifications").text
    started = worker.post(f"/qualifications/{type_id}/request")
    assert started.status_code == 303 and started.headers["location"].startswith("/tests/")
    page = worker.get(started.headers["location"])
    assert "Birds &lt;b&gt;" in page.text and "Bare grey face" in page.text
    wrong_choice = worker.post(started.headers["location"], {"q1": "zzz"})
    assert wrong_choice.status_code == 400
    handed_in = worker.post(started.headers["location"], {"q1": "a"})
    assert handed_in.status_code == 303 and "granted" in handed_in.headers["location"]
    score = scene.market.get_qualification_score(QualificationTypeId=type_id,
                                                 WorkerId=worker.worker_id)
    assert score["Qualification"]["IntegerValue"] == 100
    again = worker.post(started.headers["location"], {"q1": "a"})
    assert again.status_code == 409 and "over" in again.text


def test_my_work_and_earnings_show_decisions_feedback_and_bonuses(
        scene: Scene, signed_in: SignedIn) -> None:
    worker = signed_in("Ana")
    done = []
    for number in range(3):
        hit_id = scene.publish(f"h{number}", title=f"Review number {number}")
        assignment_id = worker.accept(hit_id)
        assert worker.submit(assignment_id).status_code == 200
        done.append(assignment_id)
    scene.market.approve_assignment(AssignmentId=done[0])
    scene.market.reject_assignment(AssignmentId=done[1],
                                   RequesterFeedback="The label does not match the review.")
    scene.market.send_bonus(WorkerId=worker.worker_id, AssignmentId=done[0],
                            BonusAmount="0.25", Reason="Careful work, thank you",
                            UniqueRequestToken="b1")
    page = worker.get("/my-work").text
    assert "Approved" in page and "Rejected" in page and "Submitted" in page
    assert "The label does not match the review." in page and "$0.25" in page
    rejected_only = worker.get("/my-work?status=rejected").text
    assert "Review number 1" in rejected_only and "Review number 0" not in rejected_only
    earnings = worker.get("/earnings").text
    assert "$0.35" in earnings  # one reward and one bonus
    assert "Careful work, thank you" in earnings and "$0.10" in earnings


@pytest.mark.parametrize("path", ["/hits/3NOSUCHHIT", "/work/3NOSUCH", "/tests/NOPE",
                                  "/no/such/page"])
def test_unknown_ids_are_a_clear_not_found(signed_in: SignedIn, path: str) -> None:
    worker = signed_in("Ana")
    response = worker.get(path)
    assert response.status_code == 404 and "no such" in response.text.lower()


def test_unknown_ids_in_forms_change_nothing(scene: Scene, signed_in: SignedIn) -> None:
    hit_id = scene.publish()
    worker = signed_in("Ana")
    worker.get("/hits")
    assert worker.post("/hits/3NOSUCHHIT/accept").status_code == 404
    assert worker.post("/qualifications/NOPE/request").status_code == 404
    assert worker.post("/work/NOPE/return").status_code == 404
    assert worker.post("/groups/NOPE/accept").headers["location"].endswith("group-empty")
    assert scene.assignments(hit_id) == []


def test_signed_out_visitors_are_sent_to_sign_in(scene: Scene,
                                                 browser: Callable[..., WorkerClient]) -> None:
    hit_id = scene.publish()
    visitor = browser()
    for path in ("/", "/hits", "/my-work", "/earnings", "/qualifications", f"/hits/{hit_id}"):
        response = visitor.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/sign-in"
    refused = visitor.http.post(f"/hits/{hit_id}/accept", data={"csrf": "x"})
    assert refused.status_code == 401
    assert scene.assignments(hit_id) == []


def test_templates_fill_placeholders_at_publish_time_only(scene: Scene, signed_in: SignedIn
                                                         ) -> None:
    """A value that looks like a placeholder or like HTML arrives as text in the task."""
    page = render_template("<p>${review}</p><form action='/mturk/externalSubmit'></form>",
                           {"review": "<img src=x onerror=alert(1)> ${secret}"})
    hit_id = scene.publish(question=html_question(page))
    worker = signed_in("Ana")
    frame = worker.http.get(worker.frame_url(worker.accept(hit_id))).text
    assert "&lt;img src=x onerror=alert(1)&gt; ${secret}" in frame


def test_a_template_without_a_form_is_served_in_one_and_can_be_submitted(
        scene: Scene, signed_in: SignedIn, fixtures_dir) -> None:  # type: ignore[no-untyped-def]
    """An MTurk web-UI template (questions only) published as it is, by a boto3 script: the
    site puts it in MTurk's form with a Submit button, and what that form posts is stored."""
    from urllib.parse import parse_qs, urlsplit

    from tests.formats.test_templates import formless_template
    from workbench.formats.html_tree import parse_html

    page = render_template(formless_template(fixtures_dir),
                           {"imageurl": "https://example.org/cat.jpg"})
    hit_id = scene.publish(question=html_question(page))
    worker = signed_in("Ana")
    assignment_id = worker.accept(hit_id)
    frame_url = worker.frame_url(assignment_id)
    frame = worker.http.get(frame_url).text
    form = parse_html(frame).find("form")
    assert form is not None, "the page was served without a form"
    # What the browser posts: the form's fields, the radio the worker chose, and the
    # assignmentId its script copies from the address (the script runs in chromium below).
    chosen = {"QuestionId1": "fruit"}
    data: dict[str, str] = {}
    for field in form.elements():
        if field.tag != "input" or not field.get("name"):
            continue
        if field.get("type") == "radio":
            if field.get("value") == chosen.get(field.get("name")):
                data[field.get("name")] = field.get("value")
        else:
            data[field.get("name")] = field.get("value")
    assert set(data) == {"assignmentId", "QuestionId1", "imageurl"}
    assert any(f.get("type") == "submit" for f in form.elements())
    data["assignmentId"] = parse_qs(urlsplit(frame_url).query)["assignmentId"][0]
    response = worker.http.post(worker.submit_url(assignment_id), data=data)
    assert response.status_code == 200 and 'data-outcome="submitted"' in response.text
    answers = parse_answers(only(scene.assignments(hit_id)).answer or "")
    assert {a.question_id: a.free_text for a in answers} == {
        "QuestionId1": "fruit", "imageurl": "https://example.org/cat.jpg"}
