"""Attacks on the worker site: forged forms, hostile answers and text, framing, big bodies.

Each attempt must be refused with a clear message and change nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from tests.site.scenes import Scene, WorkerClient
from workbench.formats.answers import parse_answers
from workbench.marketplace.local.schema import WorkerMessage
from workbench.marketplace.site.app import WorkerSite

SignedIn = Callable[[str], WorkerClient]
HOSTILE = "<script>alert('x')</script>\"' onmouseover=\"alert(1)"
ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&#34;&#39; onmouseover=&#34;alert(1)"


def states(scene: Scene, hit_id: str) -> list[tuple[str, str | None]]:
    return [(a.status, a.answer) for a in scene.assignments(hit_id)]


@pytest.mark.parametrize("form", ["accept", "group", "return", "sign-out", "qualification"])
@pytest.mark.parametrize("forgery", ["missing", "wrong", "someone else's", "cross-site origin"])
def test_every_form_needs_its_own_csrf_token(scene: Scene, signed_in: SignedIn, form: str,
                                             forgery: str) -> None:
    hit_id = scene.publish(assignments=2)
    hit_type_id = scene.market.get_hit(HITId=hit_id)["HIT"]["HITTypeId"]
    type_id = scene.market.create_qualification_type(
        Name="Open", Description="d", QualificationTypeStatus="Active", AutoGranted=True)[
        "QualificationType"]["QualificationTypeId"]
    victim, other = signed_in("Ana"), signed_in("Ben")
    held = victim.accept(hit_id) if form == "return" else ""
    victim.get("/hits")
    other.get("/hits")
    path = {"accept": f"/hits/{hit_id}/accept", "group": f"/groups/{hit_type_id}/accept",
            "return": f"/work/{held}/return", "sign-out": "/sign-out",
            "qualification": f"/qualifications/{type_id}/request"}[form]
    data: dict[str, str] = {"anything": "else"}
    headers: dict[str, str] = {}
    if forgery == "wrong":
        data["csrf"] = victim.csrf()[:-3] + "abc"
    elif forgery == "someone else's":
        data["csrf"] = other.csrf()
    elif forgery == "cross-site origin":
        data["csrf"] = victim.csrf()
        headers["origin"] = "http://evil.example"
    before = states(scene, hit_id)
    response = victim.http.post(path, data=data, headers=headers, follow_redirects=False)
    assert response.status_code == 403
    assert "did not come from this site" in response.text or "another site" in response.text
    assert states(scene, hit_id) == before
    assert victim.get("/hits").status_code == 200  # still signed in
    score = scene.market.list_workers_with_qualification_type(QualificationTypeId=type_id)
    assert score["NumResults"] == 0


@pytest.mark.parametrize(("fields", "reason"), [
    ({"label": "cat"}, "assignmentId is missing"),
    ({"taskAnswers": "[{}]"}, "assignmentId is missing"),
    ({"assignmentId": "OTHER", "taskAnswers": "[{}]"}, "assignmentId is missing or different"),
    ({"assignmentId": "{own}"}, "sent no answers"),
    ({"assignmentId": "{own}", "taskAnswers": "not json"}, "JSON array of one object"),
    ({"assignmentId": "{own}", "taskAnswers": "[1, 2]"}, "JSON array of one object"),
    ({"assignmentId": "{own}", "taskAnswers": "[" * 100_000}, "JSON array of one object"),
    ({"assignmentId": "{own}", "taskAnswers": ["[{}]", "[{}]"]}, "more than once"),
    ({"assignmentId": "{own}", "": "x"}, "empty or overlong name"),
    ({"assignmentId": "{own}", "x" * 300: "x"}, "empty or overlong name"),
])
def test_forged_task_forms_are_refused_and_change_nothing(
        scene: Scene, signed_in: SignedIn, fields: dict[str, object], reason: str) -> None:
    hit_id = scene.publish()
    worker = signed_in("Ana")
    assignment_id = worker.accept(hit_id)
    data = {k: (v.replace("{own}", assignment_id) if isinstance(v, str) else v)
            for k, v in fields.items()}
    response = worker.http.post(worker.submit_url(assignment_id), data=data)
    assert response.status_code == 400 and reason in response.text
    assert states(scene, hit_id) == [("Accepted", None)]


def test_files_json_and_huge_bodies_are_refused(scene: Scene, signed_in: SignedIn) -> None:
    hit_id = scene.publish()
    worker = signed_in("Ana")
    assignment_id = worker.accept(hit_id)
    url = worker.submit_url(assignment_id)
    upload = worker.http.post(url, data={"assignmentId": assignment_id},
                              files={"photo": ("a.png", b"\x89PNG...", "image/png")})
    assert upload.status_code == 400
    as_json = worker.http.post(url, json={"assignmentId": assignment_id, "x": "1"})
    assert as_json.status_code == 415 and "web form" in as_json.text
    huge = worker.http.post(url, data={"assignmentId": assignment_id,
                                       "notes": "x" * (3 * 1024 * 1024)})
    assert huge.status_code == 413
    many = worker.http.post(url, data={f"f{n}": "1" for n in range(600)}
                            | {"assignmentId": assignment_id})
    assert many.status_code == 400
    assert states(scene, hit_id) == [("Accepted", None)]


def test_hostile_answers_are_stored_as_text_exactly(scene: Scene, signed_in: SignedIn) -> None:
    hit_id = scene.publish()
    worker = signed_in("Ana")
    assignment_id = worker.accept(hit_id)
    nasty = {"note": HOSTILE + "]]><!ENTITY x SYSTEM 'file:///etc/passwd'>&x;",
             "formula": "=HYPERLINK(\"http://evil\")", "unicode": "Zürich 日本 \U0001f600",
             "control": "bell\x07 and nul\x00 are not XML"}
    response = worker.submit(assignment_id, {"assignmentId": assignment_id,
                                             "taskAnswers": json.dumps([nasty])})
    assert response.status_code == 200
    stored = scene.assignments(hit_id)[0]
    answers = parse_answers(stored.answer or "")
    sent_back = json.loads(answers[0].free_text or "")[0]
    assert sent_back["note"] == nasty["note"] and sent_back["unicode"] == nasty["unicode"]
    assert sent_back["formula"] == nasty["formula"]
    # Characters XML cannot carry are dropped, the rest kept (JSON escapes them anyway).
    assert sent_back["control"] == nasty["control"]


def test_everything_others_wrote_is_escaped_on_every_page(scene: Scene, signed_in: SignedIn
                                                          ) -> None:
    hostile_scene = Scene.create(scene.engine, scene.market.clock, requester=HOSTILE)
    hit_id = hostile_scene.publish(title=HOSTILE, Keywords=HOSTILE)
    scene.market.create_qualification_type(
        Name=HOSTILE, Description=HOSTILE, QualificationTypeStatus="Active", AutoGranted=True)
    worker = signed_in(HOSTILE)
    assignment_id = worker.accept(hit_id)
    assert worker.submit(assignment_id).status_code == 200
    hostile_scene.market.reject_assignment(AssignmentId=assignment_id,
                                           RequesterFeedback=HOSTILE)
    hostile_scene.market.send_bonus(WorkerId=worker.worker_id, AssignmentId=assignment_id,
                                    BonusAmount="0.05", Reason=HOSTILE, UniqueRequestToken="t")
    hostile_scene.market.notify_workers(Subject=HOSTILE[:200], MessageText=HOSTILE,
                                        WorkerIds=[worker.worker_id])
    with Session(scene.engine) as session:
        assert session.scalar(select(func.count()).select_from(WorkerMessage)) == 1
    pages = ["/hits", f"/hits/{hit_id}", f"/work/{assignment_id}", "/my-work", "/earnings",
             "/qualifications"]
    for path in pages:
        text = worker.get(path).text
        assert "<script>alert" not in text, path
        assert "onmouseover=\"alert" not in text, path
        assert ESCAPED in text or "&lt;script&gt;" in text, path


def test_pages_cannot_be_framed_and_run_only_the_sites_scripts(scene: Scene,
                                                               signed_in: SignedIn) -> None:
    hit_id = scene.publish()
    worker = signed_in("Ana")
    for path in ("/sign-in", "/hits", f"/hits/{hit_id}", "/my-work"):
        response = worker.get(path)
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert "unsafe-inline" not in policy
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["cache-control"] == "no-store"
        # No inline script or style on the site's own pages (the policy would block them).
        assert not re.search(r"<script>|<script [^>]*>[^<]|style=\"|\son[a-z]+=\"",
                             response.text), path


def test_the_task_frame_is_sandboxed_without_the_sites_origin(
        scene: Scene, signed_in: SignedIn, site: WorkerSite) -> None:
    hit_id = scene.publish()
    worker = signed_in("Ana")
    assignment_id = worker.accept(hit_id)
    work = worker.get(f"/work/{assignment_id}").text
    frame_tag = re.search(r"<iframe[^>]*>", work)
    assert frame_tag is not None
    sandbox = re.search(r'sandbox="([^"]*)"', frame_tag.group(0))
    assert sandbox is not None and "allow-same-origin" not in sandbox.group(1)
    assert "allow-top-navigation" not in sandbox.group(1)
    frame = worker.http.get(worker.frame_url(assignment_id))
    policy = frame.headers["content-security-policy"]
    assert policy.startswith("sandbox ") and "allow-same-origin" not in policy
    assert "allow-top-navigation" not in policy and "frame-ancestors 'self'" in policy
    assert frame.headers["referrer-policy"] == "no-referrer"
    # The frame opens by its link alone (its sandbox sends no cookies)...
    frame_url = worker.frame_url(assignment_id)
    stranger = TestClient(site.app())
    assert stranger.get(frame_url).status_code == 200
    # ...and stops opening once the worker's invitation is revoked.
    scene.invitations.revoke(worker.worker_id)
    assert stranger.get(frame_url).status_code == 403


def test_a_revoked_worker_cannot_submit_work_already_accepted(scene: Scene,
                                                              signed_in: SignedIn) -> None:
    hit_id = scene.publish()
    worker = signed_in("Ana")
    assignment_id = worker.accept(hit_id)
    submit_url = worker.submit_url(assignment_id)
    scene.invitations.revoke(worker.worker_id)
    response = worker.http.post(submit_url, data={
        "assignmentId": assignment_id, "taskAnswers": json.dumps([{"x": 1}])})
    assert response.status_code == 403 and "revoked" in response.text
    assert states(scene, hit_id) == [("Accepted", None)]


def test_an_external_question_frames_only_a_plain_origin(scene: Scene,
                                                         signed_in: SignedIn) -> None:
    from workbench.formats.questions import EXTERNAL_QUESTION_NS

    good = scene.publish("good", question=(
        f'<ExternalQuestion xmlns="{EXTERNAL_QUESTION_NS}"><ExternalURL>'
        "https://survey.example:8443/s?id=7</ExternalURL><FrameHeight>500</FrameHeight>"
        "</ExternalQuestion>"))
    worker = signed_in("Ana")
    assignment_id = worker.accept(good)
    response = worker.get(f"/work/{assignment_id}")
    assert "frame-src 'self' https://survey.example:8443;" in \
        response.headers["content-security-policy"]
    src = worker.frame_url(assignment_id)
    assert src.startswith("https://survey.example:8443/s?id=7&assignmentId=")
    assert "turkSubmitTo=http%3A%2F%2Ftestserver%2Ftask%2F" in src
