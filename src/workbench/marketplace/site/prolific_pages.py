"""The worker site for participants arriving from Prolific: their unit of work, then back.

Prolific opens ``/prolific?PROLIFIC_PID=…&STUDY_ID=…&SESSION_ID=…``. The ids must have
Prolific's shape and name a study the workbench opened here; the participant is then signed
in for that study alone (a cookie of its own, sent only to ``/prolific``; the rest of the
site still asks for an invitation) and given one unit of HITs. Each task runs in the same
sandboxed frame as for invited workers, through links of their own (an HMAC with a key of
their own). When the last one is submitted the participant is sent back to Prolific's
completion URL with the study's completion code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from workbench.domain.text import QT_TRANSLATE_NOOP
from workbench.marketplace.prolific.participants import (
    ArrivalRefused,
    Participant,
    ProlificSite,
    UnitItem,
)
from workbench.marketplace.site.security import (
    FrameKeys,
    Refused,
    check_csrf,
    is_https,
    read_form,
)

if TYPE_CHECKING:
    from workbench.marketplace.site.app import WorkerSite
    from workbench.marketplace.site.task_pages import TaskPages

COOKIE = "wb_prolific"
COOKIE_PATH = "/prolific"
NOT_SIGNED_IN = ("Open this study from Prolific: your link signs you in for it. This page "
                 "cannot be used without it.")


class ProlificPages:
    """Handlers of ``/prolific/…``."""

    def __init__(self, site: WorkerSite, tasks: TaskPages) -> None:
        self.site = site
        self.tasks = tasks
        self.prolific = ProlificSite(site.engine, clock=site.clock)
        self._keys: FrameKeys | None = None

    def keys(self) -> FrameKeys:
        """Task-frame links of participants: a key of their own, so no link serves both."""
        if self._keys is None:
            self._keys = FrameKeys(self.site.invitations.secret("prolific-frames"))
        return self._keys

    def message(self, request: Request, status: int, heading: str, message: str, *,
                advice: str = "", problem: bool = True, study_name: str = "",
                link: str = "", link_text: str = "") -> Response:
        return self.site.render(request, "prolific_message.html", status, heading=heading,
                                message=message, advice=advice, problem=problem,
                                study_name=study_name, link=link, link_text=link_text)

    async def participant(self, request: Request) -> Participant | None:
        cookie = request.cookies.get(COOKIE, "")
        if not cookie:
            return None
        return await self.site.run(lambda: self.prolific.participant(cookie))

    # -- arriving -----------------------------------------------------------------------------

    async def arrive(self, request: Request) -> Response:
        query = request.query_params
        pid, study, session = (query.get("PROLIFIC_PID", ""), query.get("STUDY_ID", ""),
                               query.get("SESSION_ID", ""))
        await self.site.run(self.site.settle)
        try:
            cookie, _who = await self.site.run(lambda: self.prolific.arrive(pid, study, session))
        except ArrivalRefused as refusal:
            return self.message(request, refusal.status, "This study cannot be started here",
                                refusal.message)
        # The ids leave the address bar: the work page has an address of its own.
        response = RedirectResponse("/prolific/work", status_code=303)
        response.set_cookie(COOKIE, cookie, max_age=7 * 86400, path=COOKIE_PATH, httponly=True,
                            samesite="lax", secure=is_https(request))
        return response

    # -- working ------------------------------------------------------------------------------

    async def work(self, request: Request) -> Response:
        site = self.site
        participant = await self.participant(request)
        if participant is None:
            return self.message(request, 401, "Not signed in", NOT_SIGNED_IN)
        await site.run(site.settle)
        participant = await self.participant(request) or participant
        now = site.clock()
        if participant.finished():
            url = await site.run(lambda: self.prolific.complete(participant.session_id))
            return RedirectResponse(url, status_code=303)
        if not participant.unit:
            return self.message(
                request, 409, "No tasks are left", "Every task of this study has been taken "
                "by other participants.", advice="Please return the study on Prolific "
                "(Return submission) so that your place is freed; you cannot complete it "
                "here.", study_name=participant.study_name)
        current = participant.current(now)
        if current is None or participant.lost(now):
            return self._lost(request, participant)
        return await self._show(request, participant, current)

    def _lost(self, request: Request, participant: Participant) -> Response:
        done = sum(1 for item in participant.unit
                   if item.status in ("Submitted", "Approved", "Rejected"))
        return self.message(
            request, 409, "This place cannot be completed",
            f"{done} of your {len(participant.unit)} tasks were submitted; the others were "
            "given back or their time ran out, so no completion code can be given.",
            advice="Please return the study on Prolific (Return submission) so that your "
                   "place is freed for someone else.", study_name=participant.study_name)

    async def _show(self, request: Request, participant: Participant, item: UnitItem
                    ) -> Response:
        from workbench.marketplace.site.task_pages import _load_work, _question

        site = self.site
        work = await site.run(lambda: site.read(lambda s: _load_work(s, item.assignment_id)))
        if work is None:
            return self.message(request, 404, "Not found", "This task no longer exists.",
                                study_name=participant.study_name)
        question = _question(work.hit.question)
        mac = self.keys().task(item.assignment_id, participant.participant_id)
        base = str(request.base_url).rstrip("/")
        params = {"assignmentId": item.assignment_id, "hitId": work.hit.hit_id,
                  "workerId": participant.participant_id,
                  "turkSubmitTo": f"{base}/prolific/task/{item.assignment_id}/{mac}"}
        frames = ""
        if question is not None and question.kind == "external" and question.url:
            from workbench.marketplace.site.task_pages import _origin, _with_query

            frame_src, frames = _with_query(question.url, params), _origin(question.url)
        else:
            frame_src = f"/prolific/task/{item.assignment_id}/{mac}?{urlencode(params)}"
        done = sum(1 for step in participant.unit
                   if step.status in ("Submitted", "Approved", "Rejected"))
        return site.render(
            request, "prolific_work.html", frames=frames, item=item, unit=participant.unit,
            total=len(participant.unit), done=done, title=work.hit_type.title,
            description=work.hit_type.description, study_name=participant.study_name,
            participant_csrf=participant.csrf_token, frame_src=frame_src,
            seconds_left=max(0, int((item.deadline - site.clock()).total_seconds())),
            **self.tasks._height(question))

    async def give_back(self, request: Request) -> Response:
        participant = await self.participant(request)
        if participant is None:
            return self.message(request, 401, "Not signed in", NOT_SIGNED_IN)
        check_csrf(request, await read_form(request), participant.csrf_token)
        returned = await self.site.run(lambda: self.prolific.give_back(participant.session_id))
        return self.message(
            request, 200, "Tasks given back",
            f"{returned} unfinished task(s) went back for someone else. Thank you for trying.",
            advice="Please return the study on Prolific (Return submission): without a "
                   "completion code it cannot be completed.", problem=False,
            study_name=participant.study_name)

    # -- the task frame -----------------------------------------------------------------------

    async def _frame_work(self, request: Request) -> Any:
        """The assignment of this frame link, if the link is right and its session holds it."""
        from workbench.marketplace.site.task_pages import _load_work

        site = self.site
        assignment_id = request.path_params["assignment_id"]
        work = await site.run(lambda: site.read(lambda s: _load_work(s, assignment_id)))
        if work is None or not self.keys().check_task(
                request.path_params["mac"], assignment_id, work.assignment.worker_id):
            return self.tasks._frame_message(request, 404, QT_TRANSLATE_NOOP(
                "WorkerSite", "There is no such assignment."))
        session_id = await site.run(lambda: self.prolific.session_of(assignment_id))
        if session_id is None:
            return self.tasks._frame_message(request, 404, QT_TRANSLATE_NOOP(
                "WorkerSite", "There is no such assignment."))
        return work

    async def task_frame(self, request: Request) -> Response:
        from workbench.marketplace.local.core import ACCEPTED
        from workbench.marketplace.site.task_pages import _question

        work = await self._frame_work(request)
        if isinstance(work, Response):
            return work
        assignment = work.assignment
        if assignment.status != ACCEPTED or assignment.deadline <= self.site.clock():
            return self.tasks._frame_message(request, 409, QT_TRANSLATE_NOOP(
                "WorkerSite", "This assignment can no longer be worked on."))
        return self.tasks._frame_page(request, _question(work.hit.question), preview=False,
                                      assignment_id=assignment.assignment_id)

    async def submit(self, request: Request) -> Response:
        """The task's form posts here, from the frame (MTurk's ``/mturk/externalSubmit``)."""
        from workbench.marketplace.local.workers import WorkRefused
        from workbench.marketplace.site.frame import answers_xml, question_form_answers
        from workbench.marketplace.site.security import form_fields
        from workbench.marketplace.site.task_pages import _question, _test_of

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
            return self.tasks._frame_message(request, refusal.status, refusal.message)
        try:
            await site.run(lambda: site.rules.submit(assignment.worker_id,
                                                     assignment.assignment_id, answer))
        except WorkRefused as refusal:
            return self.tasks._frame_message(request, 409, refusal.message)
        return self.tasks._frame_message(request, 200, QT_TRANSLATE_NOOP(
            "WorkerSite", "Your work was submitted. Thank you!"), "submitted",
                                         assignment.assignment_id)
