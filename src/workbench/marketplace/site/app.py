"""The worker site: where invited workers find, accept, do and submit HITs in a browser.

``WorkerSite(engine).app()`` is an ASGI application over one local marketplace database;
``workbench serve`` mounts it beside the MTurk wire API. Pages are Jinja2 templates with
autoescaping on, so everything requesters and workers wrote is shown as text. Database work
runs on worker threads, one short transaction per action; the rules themselves are the
marketplace's (``WorkerSide``), checked again inside every transaction.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from workbench.domain.clock import Clock, utcnow
from workbench.domain.money import format_dollars
from workbench.marketplace.local.core import settle_due
from workbench.marketplace.local.invitations import Invitations, SignedIn
from workbench.marketplace.local.screening import Screening
from workbench.marketplace.local.workers import WorkerSide
from workbench.marketplace.site.limits import SignInLimiter
from workbench.marketplace.site.security import (
    SESSION_COOKIE,
    FrameKeys,
    Refused,
    clear_session_cookie,
    page_headers,
)
from workbench.sql.engine import session_scope

HERE = Path(__file__).parent
SETTLE_EVERY_S = 20.0
NOTES = {
    "signed-out": "You are signed out.",
    "returned": "The HIT was returned; someone else can take it now.",
    "submitted": "Your work was submitted. Thank you!",
    "group-empty": "There are no more HITs in that group for you.",
    "requested": "Your request was sent to the requester.",
    "granted": "The qualification was granted.",
    "test-sent": "Your test was handed in.",
}
T = TypeVar("T")


class SignInNeeded(Exception):
    """The page needs a signed-in worker."""


def duration_text(seconds: int) -> str:
    """A duration as people say it: "1 hour 30 minutes", "45 seconds"."""
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [(days, "day"), (hours, "hour"), (minutes, "minute")]
    words = [f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in parts if n]
    if not words:
        return f"{secs} second{'' if secs == 1 else 's'}"
    return " ".join(words[:2])


def _iso(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment else ""


def _shown(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else ""


class WorkerSite:
    """The worker site over one marketplace database."""

    def __init__(self, engine: Engine, *, clock: Clock = utcnow,
                 site_name: str = "Workbench tasks",
                 sign_in_limiter: SignInLimiter | None = None) -> None:
        self.engine = engine
        self.clock = clock
        self.site_name = site_name
        self.sign_in_limiter = sign_in_limiter or SignInLimiter()
        self.rules = WorkerSide(engine, clock=clock)
        self.invitations = Invitations(engine, clock=clock)
        self.screening = Screening(engine, clock=clock)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._frame_keys: FrameKeys | None = None
        self._settled = 0.0
        self._settle_lock = threading.Lock()
        self.templates = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        self.templates.filters.update(money=format_dollars, duration=duration_text,
                                      iso=_iso, shown=_shown)

    # -- plumbing ----------------------------------------------------------------------------

    async def run(self, work: Callable[[], T]) -> T:
        """Run blocking database work on a worker thread."""
        return await run_in_threadpool(work)

    def read(self, work: Callable[[Session], T]) -> T:
        """``work(session)`` in one transaction (call it through ``run``)."""
        with session_scope(self._sessions) as session:
            return work(session)

    def write(self, work: Callable[[Session], T]) -> T:
        with session_scope(self._sessions, write=True) as session:
            return work(session)

    def settle(self) -> None:
        """Let time pass on the marketplace every few seconds: overdue work goes back."""
        now = time.monotonic()
        with self._settle_lock:
            if now - self._settled < SETTLE_EVERY_S:
                return
            self._settled = now
        # Another process may be settling the same rows; its work is as good as ours.
        with contextlib.suppress(OperationalError):
            self.write(lambda session: settle_due(session, self.clock()))

    def frame_keys(self) -> FrameKeys:
        if self._frame_keys is None:
            self._frame_keys = FrameKeys(self.invitations.secret("task-frames"))
        return self._frame_keys

    async def worker(self, request: Request) -> SignedIn:
        """The signed-in worker, or SignInNeeded."""
        cookie = request.cookies.get(SESSION_COOKIE, "")
        signed_in = await self.run(lambda: self.invitations.session(cookie)) if cookie else None
        if signed_in is None:
            raise SignInNeeded()
        return signed_in

    def render(self, request: Request, template: str, status_code: int = 200, *,
               worker: SignedIn | None = None, frames: str = "", **context: Any
               ) -> HTMLResponse:
        note = NOTES.get(request.query_params.get("note", ""))
        page = self.templates.get_template(template).render(
            site_name=self.site_name, worker=worker, note=note, path=request.url.path,
            csrf=worker.csrf_token if worker else "", **context)
        return HTMLResponse(page, status_code=status_code, headers=page_headers(frames=frames))

    def refusal(self, request: Request, status: int, message: str,
                worker: SignedIn | None = None) -> HTMLResponse:
        return self.render(request, "refused.html", status, worker=worker, message=message)

    # -- the application ---------------------------------------------------------------------

    def routes(self) -> list[BaseRoute]:
        from workbench.marketplace.site.task_pages import TaskPages
        from workbench.marketplace.site.worker_pages import WorkerPages

        tasks = TaskPages(self)
        pages = WorkerPages(self)
        return [*self._prolific_routes(tasks),
            Route("/", pages.home, methods=["GET"]),
            Route("/sign-in", pages.sign_in_page, methods=["GET"]),
            Route("/sign-in", pages.sign_in, methods=["POST"]),
            Route("/sign-out", pages.sign_out, methods=["POST"]),
            Route("/hits", tasks.hit_list, methods=["GET"]),
            Route("/groups/{hit_type_id:str}", tasks.group, methods=["GET"]),
            Route("/groups/{hit_type_id:str}/accept", tasks.accept_group, methods=["POST"]),
            Route("/hits/{hit_id:str}", tasks.preview, methods=["GET"]),
            Route("/hits/{hit_id:str}/accept", tasks.accept_hit, methods=["POST"]),
            Route("/preview-frame/{hit_id:str}/{worker_id:str}/{mac:str}",
                  tasks.preview_frame, methods=["GET"]),
            Route("/work/{assignment_id:str}", tasks.work, methods=["GET"]),
            Route("/work/{assignment_id:str}/return", tasks.return_work, methods=["POST"]),
            Route("/task/{assignment_id:str}/{mac:str}", tasks.task_frame, methods=["GET"]),
            Route("/task/{assignment_id:str}/{mac:str}/mturk/externalSubmit", tasks.submit,
                  methods=["POST"]),
            Route("/my-work", pages.my_work, methods=["GET"]),
            Route("/earnings", pages.earnings, methods=["GET"]),
            Route("/qualifications", pages.qualifications, methods=["GET"]),
            Route("/qualifications/{type_id:str}/request", pages.request_qualification,
                  methods=["POST"]),
            Route("/tests/{request_id:str}", pages.test_page, methods=["GET"]),
            Route("/tests/{request_id:str}", pages.submit_test, methods=["POST"]),
            Route("/static/crowd-html-elements.js", self._crowd_script, methods=["GET"]),
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ]

    def _prolific_routes(self, tasks: Any) -> list[BaseRoute]:
        """Participants arriving from Prolific: their unit of work, then back to Prolific."""
        from workbench.marketplace.site.prolific_pages import ProlificPages

        prolific = ProlificPages(self, tasks)
        return [
            Route("/prolific", prolific.arrive, methods=["GET"]),
            Route("/prolific/work", prolific.work, methods=["GET"]),
            Route("/prolific/give-back", prolific.give_back, methods=["POST"]),
            Route("/prolific/task/{assignment_id:str}/{mac:str}", prolific.task_frame,
                  methods=["GET"]),
            Route("/prolific/task/{assignment_id:str}/{mac:str}/mturk/externalSubmit",
                  prolific.submit, methods=["POST"]),
        ]

    def app(self) -> Starlette:
        """The site as an ASGI application of its own."""
        from workbench.marketplace.site.security import MAX_BODY_BYTES

        return Starlette(routes=self.routes(), max_body_size=MAX_BODY_BYTES,
                         exception_handlers={SignInNeeded: self._to_sign_in,
                                             Refused: self._refused,
                                             HTTPException: self._http_error})

    async def _to_sign_in(self, request: Request, _exc: Exception) -> Response:
        if request.method != "GET":
            response: Response = self.refusal(
                request, 401, "You are not signed in (or your invitation was revoked). Sign "
                              "in with your link and try again.")
        else:
            response = RedirectResponse("/sign-in", status_code=303)
        if request.cookies.get(SESSION_COOKIE):
            clear_session_cookie(response, request)
        return response

    async def _signed_in_or_none(self, request: Request) -> SignedIn | None:
        """Who is asking, for an error page that keeps the site's menu; None if nobody."""
        try:
            return await self.worker(request)
        except SignInNeeded:
            return None

    async def _refused(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Refused)
        return self.refusal(request, exc.status, exc.message,
                            await self._signed_in_or_none(request))

    async def _http_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        messages = {404: "There is no such page.", 405: "That cannot be done to this page.",
                    413: "What was sent is too large."}
        return self.refusal(request, exc.status_code,
                            messages.get(exc.status_code, str(exc.detail)),
                            await self._signed_in_or_none(request))

    async def _crowd_script(self, request: Request) -> Response:
        from workbench.resources import resource_path

        # The designer's offline Crowd HTML Elements, served where the real script would load.
        return FileResponse(resource_path("preview", "crowd-offline.js"),
                            media_type="text/javascript",
                            headers={"X-Content-Type-Options": "nosniff",
                                     "Cache-Control": "max-age=300"})
