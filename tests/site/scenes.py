"""Marketplaces to try the worker site on: requesters' HITs, invited workers, work done.

``WorkerClient`` is a worker's browser reduced to HTTP (Starlette's TestClient or httpx): it
keeps its cookies, reads the CSRF token from the page it is on and follows the site's links
the way a person would.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import unescape
from typing import Any

import httpx
from sqlalchemy import Engine, select

from workbench.formats.questions import html_question
from workbench.formats.templates import render_template
from workbench.marketplace.local.invitations import Invitations, IssuedInvitation
from workbench.marketplace.local.market import LocalMarketplace, create_requester
from workbench.marketplace.local.schema import MarketAssignment
from workbench.resources import template_preset

CSRF = re.compile(r'name="csrf" value="([^"]+)"')
FRAME = re.compile(r'<iframe[^>]*class="task-frame"[^>]*src="([^"]+)"')
CLASSIC_PAGE = ("<!DOCTYPE html><html><head><title>Classic</title></head><body>"
                "<form method='post' action='https://www.mturk.com/mturk/externalSubmit'>"
                "<input type='hidden' name='assignmentId' id='assignmentId'>"
                "<input name='label'><input type='checkbox' name='tags' value='a'>"
                "<input type='checkbox' name='tags' value='b'>"
                "<input type='submit'></form></body></html>")


def sentiment_question(product: str = "Kettle", review: str = "It boils fast.") -> str:
    page = render_template(template_preset("sentiment"), {"product": product, "review": review})
    return html_question(page)


def verification_question(row: dict[str, str] | None = None) -> str:
    row = row or {"business_name": "Café Zürich & Söhne", "phone": "+41 44 123 45 67",
                  "address": "Bahnhofstrasse 1, 8001 Zürich", "website": "https://example.org",
                  "record_id": "R-17"}
    return html_question(render_template(template_preset("data_verification"), row))


def task_answers(fields: dict[str, Any]) -> str:
    return json.dumps([fields])


@dataclass
class Scene:
    """A marketplace with one requester (more can be added) and its published HITs."""

    engine: Engine
    market: LocalMarketplace
    invitations: Invitations
    hits: dict[str, str] = field(default_factory=dict)

    @classmethod
    def create(cls, engine: Engine, clock: Any = None, requester: str = "Acme Research"
               ) -> Scene:
        kwargs = {"clock": clock} if clock is not None else {}
        requester_id = create_requester(engine, requester, **kwargs)
        return cls(engine, LocalMarketplace(engine, requester_id, **kwargs),
                   Invitations(engine, **kwargs))

    def publish(self, name: str = "sentiment", *, assignments: int = 3,
                title: str = "What is the sentiment of this review?",
                question: str | None = None, duration: int = 600, reward: str = "0.10",
                auto_approval: int = 3 * 86400,
                description: str = "Read a short customer review and say how it feels.",
                **extra: Any) -> str:
        params: dict[str, Any] = {
            "Title": title, "Description": description,
            "Keywords": "sentiment, reviews, quick", "Reward": reward,
            "AssignmentDurationInSeconds": duration, "LifetimeInSeconds": 7 * 86400,
            "AutoApprovalDelayInSeconds": auto_approval, "MaxAssignments": assignments,
            "Question": question or sentiment_question(), **extra}
        hit = self.market.create_hit(**params)["HIT"]
        self.hits[name] = hit["HITId"]
        return str(hit["HITId"])

    def invite(self, name: str = "Ana") -> IssuedInvitation:
        return self.invitations.invite(display_name=name,
                                       invited_by=self.market.requester_id)

    def assignments(self, hit_id: str) -> list[MarketAssignment]:
        from sqlalchemy.orm import Session

        with Session(self.engine) as session:
            return list(session.scalars(select(MarketAssignment).where(
                MarketAssignment.hit_id == hit_id).order_by(MarketAssignment.seq)))


class WorkerClient:
    """A worker in a browser, over HTTP: signs in, accepts, opens the frame, submits."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.page = ""
        self.worker_id = ""

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        response = self.http.get(path, **kwargs)
        if response.headers.get("content-type", "").startswith("text/html"):
            self.page = response.text
        return response

    def csrf(self) -> str:
        found = CSRF.search(self.page)
        assert found, "the page has no form"
        return found.group(1)

    def post(self, path: str, data: dict[str, Any] | None = None, *, csrf: bool = True,
             **kwargs: Any) -> httpx.Response:
        data = dict(data or {})
        if csrf:
            data.setdefault("csrf", self.csrf())
        return self.http.post(path, data=data, follow_redirects=False, **kwargs)

    def sign_in(self, token: str) -> httpx.Response:
        self.get("/sign-in")
        return self.post("/sign-in", {"token": token})

    def accept(self, hit_id: str) -> str:
        """Accept a HIT from its preview; returns the assignment id."""
        self.get(f"/hits/{hit_id}")
        response = self.post(f"/hits/{hit_id}/accept")
        assert response.status_code == 303, response.text
        return str(response.headers["location"]).rsplit("/", 1)[1]

    def accept_group(self, hit_type_id: str) -> httpx.Response:
        self.get("/hits")
        return self.post(f"/groups/{hit_type_id}/accept")

    def frame_url(self, assignment_id: str) -> str:
        """The task frame's address on the work page (with its secret submit link)."""
        response = self.get(f"/work/{assignment_id}")
        found = FRAME.search(response.text)
        assert found, f"no task frame on the work page ({response.status_code})"
        return unescape(found.group(1))

    def submit_url(self, assignment_id: str) -> str:
        return self.frame_url(assignment_id).split("?", 1)[0] + "/mturk/externalSubmit"

    def submit(self, assignment_id: str, fields: dict[str, Any] | None = None,
               **kwargs: Any) -> httpx.Response:
        """Post the task form as crowd-form does (taskAnswers), or with these fields."""
        data = fields if fields is not None else {
            "assignmentId": assignment_id,
            "taskAnswers": task_answers({"sentiment": {"label": "Positive"}})}
        return self.http.post(self.submit_url(assignment_id), data=data, **kwargs)
