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
from workbench.domain.text import QT_TRANSLATE_NOOP
from workbench.marketplace.local.core import settle_due
from workbench.marketplace.local.invitations import Invitations, SignedIn
from workbench.marketplace.local.screening import Screening
from workbench.marketplace.local.workers import WorkerSide
from workbench.marketplace.site.language import (
    COOKIE,
    SiteLanguages,
    as_sentence,
    duration,
    markup,
    money,
    primary,
    shown,
    words,
)
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
    "signed-out": QT_TRANSLATE_NOOP("WorkerSite", "You are signed out."),
    "returned": QT_TRANSLATE_NOOP("WorkerSite",
                                  "The HIT was returned; someone else can take it now."),
    "submitted": QT_TRANSLATE_NOOP("WorkerSite", "Your work was submitted. Thank you!"),
    "group-empty": QT_TRANSLATE_NOOP("WorkerSite",
                                     "There are no more HITs in that group for you."),
    "requested": QT_TRANSLATE_NOOP("WorkerSite", "Your request was sent to the requester."),
    "granted": QT_TRANSLATE_NOOP("WorkerSite", "The qualification was granted."),
    "test-sent": QT_TRANSLATE_NOOP("WorkerSite", "Your test was handed in."),
}
HTTP_ERRORS = {
    404: QT_TRANSLATE_NOOP("WorkerSite", "There is no such page."),
    405: QT_TRANSLATE_NOOP("WorkerSite", "That cannot be done to this page."),
    413: QT_TRANSLATE_NOOP("WorkerSite", "What was sent is too large."),
}
NOT_SIGNED_IN = QT_TRANSLATE_NOOP(
    "WorkerSite", "You are not signed in (or your invitation was revoked). Sign in with your "
    "link and try again.")
LANGUAGE_COOKIE_AGE = 365 * 86400
T = TypeVar("T")


class SignInNeeded(Exception):
    """The page needs a signed-in worker."""


def _iso(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment else ""


class WorkerSite:
    """The worker site over one marketplace database."""

    def __init__(self, engine: Engine, *, clock: Clock = utcnow,
                 site_name: str = "Workbench tasks",
                 sign_in_limiter: SignInLimiter | None = None,
                 languages: SiteLanguages | None = None) -> None:
        self.engine = engine
        self.languages = languages or SiteLanguages()
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
        self.templates.filters.update(money=money, duration=duration, iso=_iso, shown=shown)
        self.templates.globals.update(_=markup)

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

    def language(self, request: Request, worker: SignedIn | None = None) -> str:
        """The page's language: the worker's choice, their requester's, their browser's."""
        return self.languages.choose(
            chosen=request.cookies.get(COOKIE),
            worker=worker.language if worker is not None else None,
            accept_language=request.headers.get("accept-language", ""))

    def render(self, request: Request, template: str, status_code: int = 200, *,
               worker: SignedIn | None = None, frames: str = "", **context: Any
               ) -> HTMLResponse:
        language = self.language(request, worker)
        with self.languages.speaking(language):
            note = NOTES.get(request.query_params.get("note", ""))
            page = self.templates.get_template(template).render(
                site_name=self.site_name, worker=worker, note=words(note) if note else None,
                path=request.url.path, csrf=worker.csrf_token if worker else "",
                language=language, languages=self.languages.choices(), **context)
        headers = page_headers(frames=frames)
        headers.update({"Content-Language": language, "Vary": "Accept-Language, Cookie"})
        return HTMLResponse(page, status_code=status_code, headers=headers)

    def fragment(self, request: Request, template: str, **context: Any) -> str:
        """A template rendered in the language of the request (no page around it)."""
        language = self.languages.choose(
            chosen=request.cookies.get(COOKIE),
            worker=getattr(request.state, "worker_language", None),
            accept_language=request.headers.get("accept-language", ""))
        with self.languages.speaking(language):
            return self.templates.get_template(template).render(language=language, **context)

    def refusal(self, request: Request, status: int, message: str,
                worker: SignedIn | None = None) -> HTMLResponse:
        """An error page; a message the site knows is shown in the page's language."""
        with self.languages.speaking(self.language(request, worker)):
            message = as_sentence(message)
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
            Route("/language", self.choose_language, methods=["POST"]),
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
            response: Response = self.refusal(request, 401, NOT_SIGNED_IN)
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
        return self.refusal(request, exc.status_code,
                            HTTP_ERRORS.get(exc.status_code, str(exc.detail)),
                            await self._signed_in_or_none(request))

    async def choose_language(self, request: Request) -> Response:
        """The worker's choice of language, kept in a cookie; back to the page they were on."""
        from workbench.marketplace.site.security import is_https, read_form

        form = await read_form(request)
        wanted = primary(str(form.get("language") or ""))
        back = str(form.get("back") or "/")
        if not back.startswith("/") or back.startswith("//") or "\\" in back:
            back = "/"  # only a page of this site
        response = RedirectResponse(back, status_code=303)
        if wanted in self.languages.languages:
            response.set_cookie(COOKIE, wanted, max_age=LANGUAGE_COOKIE_AGE, path="/",
                                httponly=True, secure=is_https(request), samesite="lax")
        return response

    async def _crowd_script(self, request: Request) -> Response:
        from workbench.resources import resource_path

        # The designer's offline Crowd HTML Elements, served where the real script would load.
        return FileResponse(resource_path("preview", "crowd-offline.js"),
                            media_type="text/javascript",
                            headers={"X-Content-Type-Options": "nosniff",
                                     "Cache-Control": "max-age=300"})
