"""The pages of the work itself: the HIT list, a preview, accepting, the task frame, submitting.

A worker's own pages need their session; the task frame and its submit link instead carry
an HMAC of the assignment and its worker (see ``security``), because the frame's sandbox
gives it an origin of its own, with none of the site's cookies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from workbench.domain.text import QT_TRANSLATE_NOOP
from workbench.formats.qualification_tests import (
    QualificationTest,
    TestFormatError,
    parse_question_form,
)
from workbench.formats.questions import ParsedQuestion, parse_question
from workbench.formats.rich_text import clean_rich_text
from workbench.formats.template_scan import submittable_page
from workbench.marketplace.local.core import ACCEPTED
from workbench.marketplace.local.requirement_words import unmet_requirements
from workbench.marketplace.local.schema import (
    MarketAssignment,
    MarketHIT,
    MarketHITType,
    MarketWorker,
)
from workbench.marketplace.local.worker_queries import (
    ORDERS,
    hit_groups,
    hit_type_of,
    open_hits_in_group,
    work_in_progress,
)
from workbench.marketplace.local.workers import HITView, WorkRefused
from workbench.marketplace.site.frame import (
    PREVIEW_ASSIGNMENT,
    answers_xml,
    question_form_answers,
    task_page,
)
from workbench.marketplace.site.security import (
    Refused,
    check_csrf,
    form_fields,
    frame_headers,
    read_form,
)

if TYPE_CHECKING:
    from workbench.marketplace.site.app import WorkerSite

GROUPS_PER_PAGE = 20
# An origin that can go into a Content-Security-Policy as it is (nothing that ends it).
_PLAIN_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
DEFAULT_FRAME_HEIGHT = 640


@dataclass(frozen=True)
class Work:
    """An assignment with its HIT and HIT type, as the work page needs them."""

    assignment: MarketAssignment
    hit: MarketHIT
    hit_type: MarketHITType
    requester_name: str


def _page_number(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    return max(1, min(10_000, int(raw))) if raw.isdigit() else 1


def _question(xml: str) -> ParsedQuestion | None:
    try:
        return parse_question(xml)
    except ValueError:
        return None


def _test_of(question: ParsedQuestion) -> QualificationTest | None:
    try:
        return parse_question_form(question.xml)
    except TestFormatError:
        return None


def _load_work(session: Session, assignment_id: str) -> Work | None:
    from workbench.marketplace.local.schema import Requester

    row = session.execute(
        select(MarketAssignment, MarketHIT, MarketHITType, Requester.name)
        .join(MarketHIT, MarketHIT.hit_id == MarketAssignment.hit_id)
        .join(MarketHITType, MarketHITType.hit_type_id == MarketHIT.hit_type_id)
        .join(Requester, Requester.requester_id == MarketHIT.requester_id)
        .where(MarketAssignment.assignment_id == assignment_id)).first()
    return Work(row[0], row[1], row[2], row[3] or "") if row else None


class TaskPages:
    """Handlers for finding, accepting and doing HITs."""

    def __init__(self, site: WorkerSite) -> None:
        self.site = site

    # -- finding work ------------------------------------------------------------------------

    async def hit_list(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        order = request.query_params.get("order", "newest")
        order = order if order in ORDERS else "newest"
        search = request.query_params.get("q", "")[:100]
        page = _page_number(request)

        def load(session: Session) -> tuple[Any, ...]:
            now = site.clock()
            groups, total = hit_groups(session, site.rules, worker.worker_id, now,
                                       order=order, search=search,
                                       offset=(page - 1) * GROUPS_PER_PAGE,
                                       limit=GROUPS_PER_PAGE)
            return groups, total, work_in_progress(session, worker.worker_id, now), now

        await site.run(site.settle)
        groups, total, progress, now = await site.run(lambda: site.read(load))
        pages = max(1, -(-total // GROUPS_PER_PAGE))
        return site.render(request, "hits.html", worker=worker, groups=groups, total=total,
                           progress=progress, now=now, order=order, search=search,
                           page=page, pages=pages, orders=ORDERS)

    async def group(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        hit_type_id = request.path_params["hit_type_id"]
        found = await site.run(lambda: site.read(lambda session: open_hits_in_group(
            session, worker.worker_id, hit_type_id, site.clock(), spread=1)))
        if not found:
            return RedirectResponse("/hits?note=group-empty", status_code=303)
        return RedirectResponse(f"/hits/{found[0]}", status_code=303)

    async def preview(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        hit_id = request.path_params["hit_id"]

        def load(session: Session
                 ) -> tuple[HITView, ParsedQuestion | None, str, int, list[str]]:
            if hit_type_of(session, hit_id) is None:
                raise Refused(404, QT_TRANSLATE_NOOP("WorkerSite", "There is no such HIT."))
            view, question_xml = site.rules.preview_in(session, worker.worker_id, hit_id)
            hit_type = hit_type_of(session, hit_id)
            assert hit_type is not None
            from workbench.marketplace.local.schema import Requester

            requester = session.get(Requester, hit_type.requester_id)
            return (view, _question(question_xml), requester.name if requester else "",
                    hit_type.assignment_duration_s,
                    self._why_not(session, worker.worker_id, hit_type) if not view.can_accept
                    else [])

        try:
            view, question, requester_name, duration, reasons = await site.run(
                lambda: site.read(load))
        except WorkRefused as refusal:
            return site.refusal(request, 403, refusal.message, worker)
        frame_src, frames = self._preview_frame(question, hit_id, worker.worker_id)
        return site.render(request, "preview.html", worker=worker, frames=frames, hit=view,
                           requester_name=requester_name, duration=duration,
                           frame_src=frame_src, reasons=reasons, **self._height(question))

    @staticmethod
    def _why_not(session: Session, worker_id: str, hit_type: MarketHITType) -> list[str]:
        """Why this worker cannot accept a HIT of this type, in words (requirements first)."""
        from workbench.marketplace.local.schema import WorkerBlock

        worker = session.get(MarketWorker, worker_id)
        if worker is None:
            return []
        reasons = unmet_requirements(session, worker, hit_type)
        if session.get(WorkerBlock, (hit_type.requester_id, worker_id)) is not None:
            reasons.append(QT_TRANSLATE_NOOP(
                "WorkerSite", "This requester no longer accepts work from you."))
        if not reasons:
            reasons.append(QT_TRANSLATE_NOOP(
                "WorkerSite", "You have already accepted or submitted this HIT."))
        return reasons

    def _preview_frame(self, question: ParsedQuestion | None, hit_id: str, worker_id: str
                       ) -> tuple[str, str]:
        params = {"assignmentId": PREVIEW_ASSIGNMENT, "hitId": hit_id}
        if question is not None and question.kind == "external" and question.url:
            return _with_query(question.url, params), _origin(question.url)
        mac = self.site.frame_keys().preview(hit_id, worker_id)
        return f"/preview-frame/{hit_id}/{worker_id}/{mac}?{urlencode(params)}", ""

    @staticmethod
    def _height(question: ParsedQuestion | None) -> dict[str, Any]:
        """The frame's height: the question's FrameHeight, or (for 0) as tall as its page."""
        height = question.frame_height if question is not None else 0
        return {"frame_height": height if height > 0 else DEFAULT_FRAME_HEIGHT,
                "frame_auto": height <= 0}

    # -- accepting ----------------------------------------------------------------------------

    async def accept_hit(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        check_csrf(request, await read_form(request), worker.csrf_token)
        hit_id = request.path_params["hit_id"]

        def accept(session: Session) -> str:
            if hit_type_of(session, hit_id) is None:
                raise Refused(404, QT_TRANSLATE_NOOP("WorkerSite", "There is no such HIT."))
            return site.rules.accept_in(session, worker.worker_id, hit_id, site.clock())

        try:
            assignment_id = await site.run(lambda: site.write(accept))
        except WorkRefused as refusal:
            return site.refusal(request, 409, refusal.message, worker)
        return RedirectResponse(f"/work/{assignment_id}", status_code=303)

    async def accept_group(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        check_csrf(request, await read_form(request), worker.csrf_token)
        hit_type_id = request.path_params["hit_type_id"]

        def accept(session: Session) -> str | None:
            now = site.clock()
            refusal: WorkRefused | None = None
            for hit_id in open_hits_in_group(session, worker.worker_id, hit_type_id, now):
                try:
                    return site.rules.accept_in(session, worker.worker_id, hit_id, now)
                except WorkRefused as refused:
                    # Taken by someone else a moment ago (or not allowed): try the next.
                    refusal = refused
            if refusal is not None:
                raise refusal
            return None

        try:
            assignment_id = await site.run(lambda: site.write(accept))
        except WorkRefused as refusal:
            return site.refusal(request, 409, refusal.message, worker)
        if assignment_id is None:
            return RedirectResponse("/hits?note=group-empty", status_code=303)
        return RedirectResponse(f"/work/{assignment_id}", status_code=303)

    # -- working ------------------------------------------------------------------------------

    async def work(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        assignment_id = request.path_params["assignment_id"]
        work = await site.run(lambda: site.read(lambda s: _load_work(s, assignment_id)))
        # Someone else's assignment looks exactly like one that does not exist.
        if work is None or work.assignment.worker_id != worker.worker_id:
            return site.refusal(request, 404, QT_TRANSLATE_NOOP(
                "WorkerSite", "There is no such assignment."), worker)
        now = site.clock()
        assignment = work.assignment
        working = assignment.status == ACCEPTED and assignment.deadline > now
        question = _question(work.hit.question)
        frame_src, frames = "", ""
        if working:
            frame_src, frames = self._task_frame_src(request, question, work)
        status = assignment.status
        if assignment.status == ACCEPTED and not working:
            status = "Expired"
        return site.render(request, "work.html", worker=worker, frames=frames, work=work,
                           status=status, working=working, frame_src=frame_src,
                           **self._height(question),
                           seconds_left=int((assignment.deadline - now).total_seconds()))

    def _task_frame_src(self, request: Request, question: ParsedQuestion | None, work: Work
                        ) -> tuple[str, str]:
        assignment = work.assignment
        mac = self.site.frame_keys().task(assignment.assignment_id, assignment.worker_id)
        submit_to = f"{str(request.base_url).rstrip('/')}/task/{assignment.assignment_id}/{mac}"
        params = {"assignmentId": assignment.assignment_id, "hitId": work.hit.hit_id,
                  "workerId": assignment.worker_id, "turkSubmitTo": submit_to}
        if question is not None and question.kind == "external" and question.url:
            return _with_query(question.url, params), _origin(question.url)
        return f"/task/{assignment.assignment_id}/{mac}?{urlencode(params)}", ""

    async def return_work(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        check_csrf(request, await read_form(request), worker.csrf_token)
        assignment_id = request.path_params["assignment_id"]
        try:
            await site.run(lambda: site.rules.return_assignment(worker.worker_id,
                                                                assignment_id))
        except WorkRefused as refusal:
            status = 404 if "no such" in str(refusal) else 409
            return site.refusal(request, status, refusal.message, worker)
        return RedirectResponse("/hits?note=returned", status_code=303)

    # -- the frame ----------------------------------------------------------------------------

    async def preview_frame(self, request: Request) -> Response:
        site = self.site
        hit_id, worker_id = request.path_params["hit_id"], request.path_params["worker_id"]
        if not site.frame_keys().check_preview(request.path_params["mac"], hit_id, worker_id):
            return self._frame_message(request, 404, QT_TRANSLATE_NOOP(
                "WorkerSite", "There is no such page."))
        if not await site.run(lambda: site.invitations.may_work(worker_id)):
            return self._frame_message(request, 403, QT_TRANSLATE_NOOP(
                "WorkerSite", "Your invitation was revoked."))
        request.state.worker_language = await site.run(
            lambda: site.read(lambda s: _language_of(s, worker_id)))
        try:
            _view, question_xml = await site.run(
                lambda: site.read(lambda s: site.rules.preview_in(s, worker_id, hit_id)))
        except WorkRefused as refusal:
            return self._frame_message(request, 403, refusal.message)
        return self._frame_page(request, _question(question_xml), preview=True)

    async def task_frame(self, request: Request) -> Response:
        site = self.site
        work = await self._frame_work(request)
        if isinstance(work, Response):
            return work
        assignment = work.assignment
        if assignment.status != ACCEPTED or assignment.deadline <= site.clock():
            return self._frame_message(request, 409, QT_TRANSLATE_NOOP(
                "WorkerSite", "This assignment can no longer be worked on."))
        return self._frame_page(request, _question(work.hit.question), preview=False,
                                assignment_id=assignment.assignment_id)

    async def _frame_work(self, request: Request) -> Work | Response:
        site = self.site
        assignment_id = request.path_params["assignment_id"]

        def load(session: Session) -> tuple[Work | None, bool]:
            # The work and whether its worker may still do it, in one transaction.
            found = _load_work(session, assignment_id)
            if found is not None:
                request.state.worker_language = _language_of(session,
                                                             found.assignment.worker_id)
            return found, found is not None and site.invitations.may_work_in(
                session, found.assignment.worker_id)

        work, allowed = await site.run(lambda: site.read(load))
        if work is None or not site.frame_keys().check_task(
                request.path_params["mac"], assignment_id, work.assignment.worker_id):
            return self._frame_message(request, 404, QT_TRANSLATE_NOOP(
                "WorkerSite", "There is no such assignment."))
        if not allowed:
            return self._frame_message(request, 403, QT_TRANSLATE_NOOP(
                "WorkerSite", "Your invitation was revoked; this work can no longer be "
                "submitted."))
        return work

    def _frame_page(self, request: Request, question: ParsedQuestion | None, *,
                    preview: bool, assignment_id: str = PREVIEW_ASSIGNMENT) -> Response:
        if question is None or question.kind == "external":
            return self._frame_message(request, 409, QT_TRANSLATE_NOOP(
                "WorkerSite", "This HIT's page cannot be shown here."))
        if question.kind == "question_form":
            test = _test_of(question)
            if test is None:
                return self._frame_message(request, 409, QT_TRANSLATE_NOOP(
                    "WorkerSite", "This HIT's questions cannot be read."))
            page = self.site.fragment(request, "question_form.html", test=test,
                                      rich=clean_rich_text, preview=preview,
                                      assignment_id=assignment_id)
            return HTMLResponse(page, headers=frame_headers())
        # A page without a form gets one, with a Submit button, as MTurk's web UI gave it.
        return HTMLResponse(task_page(submittable_page(question.html or "")),
                            headers=frame_headers())

    def _frame_message(self, request: Request, status: int, message: str,
                       outcome: str = "refused", assignment_id: str = "") -> Response:
        """A line in the task frame, in the language of the worker's browser."""
        page = self.site.fragment(request, "frame_message.html", message=message,
                                  outcome=outcome, assignment_id=assignment_id)
        return HTMLResponse(page, status_code=status, headers=frame_headers())

    async def submit(self, request: Request) -> Response:
        """The task's form posts here (MTurk's ``/mturk/externalSubmit``), from the frame."""
        site = self.site
        work = await self._frame_work(request)
        if isinstance(work, Response):
            return work
        assignment = work.assignment
        try:
            form = await read_form(request)
            question = _question(work.hit.question)
            test = _test_of(question) if question and question.kind == "question_form" \
                else None
            if test is not None:
                answer = question_form_answers(test, form_fields(form),
                                               assignment_id=assignment.assignment_id)
            else:
                answer = answers_xml(form_fields(form), assignment.assignment_id)
        except Refused as refusal:
            return self._frame_message(request, refusal.status, refusal.message)
        try:
            await site.run(lambda: site.rules.submit(assignment.worker_id,
                                                     assignment.assignment_id, answer))
        except WorkRefused as refusal:
            return self._frame_message(request, 409, refusal.message)
        return self._frame_message(request, 200, QT_TRANSLATE_NOOP(
            "WorkerSite", "Your work was submitted. Thank you!"), "submitted",
                                   assignment.assignment_id)


def _language_of(session: Session, worker_id: str) -> str | None:
    """What the worker's requester says they read (the frame has no session to ask)."""
    worker = session.get(MarketWorker, worker_id)
    return worker.language if worker is not None else None


def _with_query(url: str, params: dict[str, str]) -> str:
    joiner = "&" if urlsplit(url).query else "?"
    return f"{url}{joiner}{urlencode(params)}"


def _origin(url: str) -> str:
    """The origin to allow as a frame source; "" for anything that is not a plain origin."""
    parts = urlsplit(url)
    origin = f"{parts.scheme.lower()}://{parts.netloc}"
    return origin if _PLAIN_ORIGIN.match(origin) else ""

