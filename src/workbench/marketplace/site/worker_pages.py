"""The worker's own pages: signing in and out, their work, earnings (owed and paid) and
qualifications."""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from workbench.domain.currency import DEFAULT_CURRENCY
from workbench.domain.text import QT_TRANSLATE_NOOP
from workbench.formats.qualification_tests import (
    QualificationTest,
    TestFormatError,
    parse_question_form,
)
from workbench.formats.rich_text import clean_rich_text
from workbench.marketplace.local.invitations import SESSION_LIFETIME, token_selector
from workbench.marketplace.local.payouts import WorkerPayouts, worker_payouts
from workbench.marketplace.local.requirement_words import Standing, standings
from workbench.marketplace.local.schema import MarketQualificationRequest
from workbench.marketplace.local.screening import APPROVED, TESTING
from workbench.marketplace.local.worker_queries import (
    STATUS_FILTERS,
    earnings,
    messages,
    my_work,
    qualification_offers,
)
from workbench.marketplace.local.workers import WorkRefused
from workbench.marketplace.site.app import SignInNeeded
from workbench.marketplace.site.frame import question_form_answers
from workbench.marketplace.site.language import money
from workbench.marketplace.site.limits import address_key, wait_seconds
from workbench.marketplace.site.security import (
    SIGN_IN_COOKIE,
    Refused,
    check_csrf,
    check_same_origin,
    clear_session_cookie,
    form_fields,
    read_form,
    set_session_cookie,
    set_sign_in_cookie,
    sign_in_token,
)

if TYPE_CHECKING:
    from workbench.marketplace.site.app import WorkerSite

WORK_PER_PAGE = 50
log = logging.getLogger("workbench.site")
TOO_MANY_FROM_NETWORK = QT_TRANSLATE_NOOP(
    "WorkerSite", "Too many sign-ins with tokens that are not valid came from your network "
    "just now. Wait {wait} and try again, with the whole link or token the requester sent you.")
TOO_MANY_FOR_LINK = QT_TRANSLATE_NOOP(
    "WorkerSite", "Too many wrong tokens were tried for this sign-in link just now. Wait "
    "{wait} and try again with the whole link, or ask the requester for a new one.")
NOT_VALID = QT_TRANSLATE_NOOP(
    "WorkerSite", "That sign-in link or token is not valid: it may have been mistyped, "
    "replaced by a newer one, or revoked. Ask the requester for a new one.")


class WorkerPages:
    """Handlers for the pages about the worker themselves."""

    def __init__(self, site: WorkerSite) -> None:
        self.site = site

    async def home(self, request: Request) -> Response:
        try:
            await self.site.worker(request)
        except SignInNeeded:
            return RedirectResponse("/sign-in", status_code=303)
        return RedirectResponse("/hits", status_code=303)

    # -- signing in and out ------------------------------------------------------------------

    async def sign_in_page(self, request: Request, *, status: int = 200, problem: str = "",
                           wait_s: int = 0) -> Response:
        """The sign-in form; ``problem`` (words the site translates) may say to wait."""
        token, new = sign_in_token(request)
        response = self.site.render(request, "sign_in.html", status, sign_in_token=token,
                                    problem=problem, wait_s=wait_s)
        if new:
            set_sign_in_cookie(response, request, token)
        return response

    async def sign_in(self, request: Request) -> Response:
        site = self.site
        form = await read_form(request)
        check_same_origin(request)
        expected = request.cookies.get(SIGN_IN_COOKIE, "")
        # A sign-in posted from another site (login CSRF) lacks the double-submit cookie.
        check_csrf(request, form, expected)
        token = str(form.get("token") or "")
        limiter = site.sign_in_limiter
        address = address_key(request.client.host if request.client else None)
        selector = token_selector(token)
        known = selector is not None and await site.run(
            lambda: site.invitations.names_invitation(selector))
        # A real invitation is limited on its own, never by the address it comes from.
        if selector is not None and known:
            wait = limiter.wait_for_invitation(selector)
            if wait:
                return await self._too_many(request, wait, TOO_MANY_FOR_LINK)
            made = await site.run(lambda: site.invitations.sign_in(token))
        else:
            wait = limiter.wait_for_unknown(address)
            if wait:
                return await self._too_many(request, wait, TOO_MANY_FROM_NETWORK)
            made = None
        if made is None:
            if selector is not None and known:
                limiter.invitation_failed(selector)
                wait = limiter.wait_for_invitation(selector)
            else:
                limiter.unknown_failed(address)
                wait = limiter.wait_for_unknown(address)
            if wait:  # this failure started a wait: worth a line for whoever runs the site
                log.warning("wrong sign-ins %s: held back for %.0f s",
                            f"for invitation {str(selector)[:8]}…" if known else f"from {address}",
                            wait)
            return await self.sign_in_page(request, status=403, problem=NOT_VALID)
        if selector is not None:
            limiter.signed_in(selector)
        cookie, _who = made
        response = RedirectResponse("/hits", status_code=303)
        set_session_cookie(response, request, cookie, int(SESSION_LIFETIME.total_seconds()))
        return response

    async def _too_many(self, request: Request, wait: float, problem: str) -> Response:
        response = await self.sign_in_page(request, status=429, problem=problem,
                                           wait_s=wait_seconds(wait))
        response.headers["Retry-After"] = str(max(1, math.ceil(wait)))
        return response

    async def sign_out(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        check_csrf(request, await read_form(request), worker.csrf_token)
        await site.run(lambda: site.invitations.sign_out(worker.session_id))
        response = RedirectResponse("/sign-in?note=signed-out", status_code=303)
        clear_session_cookie(response, request)
        return response

    # -- their work and money ----------------------------------------------------------------

    async def my_work(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        status = request.query_params.get("status", "all")
        status = status if status in STATUS_FILTERS else "all"
        raw_page = request.query_params.get("page", "1")
        page = max(1, min(100_000, int(raw_page))) if raw_page.isdigit() else 1

        def load(session: Session) -> tuple[Any, ...]:
            records, total = my_work(session, worker.worker_id, status=status,
                                     offset=(page - 1) * WORK_PER_PAGE, limit=WORK_PER_PAGE)
            return records, total, messages(session, worker.worker_id)

        await site.run(site.settle)
        records, total, notes = await site.run(lambda: site.read(load))
        return site.render(request, "my_work.html", worker=worker, records=records,
                           total=total, status=status, statuses=list(STATUS_FILTERS),
                           page=page, pages=max(1, -(-total // WORK_PER_PAGE)),
                           messages=notes)

    async def earnings(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        await site.run(site.settle)

        def load(session: Session) -> tuple[Any, WorkerPayouts]:
            return earnings(session, worker.worker_id), worker_payouts(session, worker.worker_id)

        summary, payouts = await site.run(lambda: site.read(load))
        # Requesters of an own workforce pay in their own currency; one for all, or per line.
        currencies = {b.currency for b in payouts.balances} or {DEFAULT_CURRENCY}
        single = next(iter(currencies)) if len(currencies) == 1 else None

        def cash(cents: int, currency: str | None = None) -> str:
            return money(int(cents), currency or single or DEFAULT_CURRENCY)

        def totals(which: str) -> str:
            found = payouts.totals(which) or {single or DEFAULT_CURRENCY: 0}
            return " · ".join(money(cents, code) for code, cents in sorted(found.items()))

        return site.render(request, "earnings.html", worker=worker, earnings=summary,
                           payouts=payouts, cash=cash, totals=totals)

    # -- qualifications -----------------------------------------------------------------------

    async def qualifications(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        now = site.clock()

        def load(session: Session) -> tuple[list[Any], dict[str, Standing]]:
            offers = qualification_offers(session, worker.worker_id, now)
            return offers, standings(session, {o.qualification_type_id: o.held_value
                                               for o in offers if o.held}, now)

        offers, standing = await site.run(lambda: site.read(load))
        return site.render(request, "qualifications.html", worker=worker, offers=offers,
                           standings=standing, now=now)

    def _passed(self, type_id: str, score: int | None) -> bool:
        """Whether a granted score is enough for the open HITs that ask for it (or none do)."""
        now = self.site.clock()
        found = self.site.read(lambda session: standings(session, {type_id: score}, now))
        return found[type_id].passed is not False

    def _after_grant(self, type_id: str, outcome: Any, note: str) -> Response:
        """Back to the qualifications, at this one; "granted" only if the score is enough
        (the card says the score, what the HITs ask for and whether a retake is allowed)."""
        if outcome.status == APPROVED and self._passed(type_id, outcome.value):
            note = "granted"
        return RedirectResponse(f"/qualifications?note={note}#q-{type_id}", status_code=303)

    async def request_qualification(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        check_csrf(request, await read_form(request), worker.csrf_token)
        type_id = request.path_params["type_id"]
        try:
            outcome = await site.run(
                lambda: site.screening.request_qualification(worker.worker_id, type_id))
        except WorkRefused as refusal:
            status = 404 if "no such" in str(refusal) else 409
            return site.refusal(request, status, refusal.message, worker)
        if outcome.status == TESTING:
            return RedirectResponse(f"/tests/{outcome.request_id}", status_code=303)
        return await site.run(lambda: self._after_grant(type_id, outcome, "requested"))

    def _test(self, worker_id: str, request_id: str
              ) -> tuple[QualificationTest, Any, str]:
        """The test under way for this request (its deadline, its qualification), or Refused."""
        def load(session: Session) -> MarketQualificationRequest | None:
            return session.scalar(select(MarketQualificationRequest).where(
                MarketQualificationRequest.request_id == request_id))

        found = self.site.read(load)
        if found is None or found.worker_id != worker_id:
            raise Refused(404, QT_TRANSLATE_NOOP("WorkerSite", "There is no such test."))
        if found.status != TESTING or found.test_deadline is None \
                or found.test_deadline <= self.site.clock():
            raise Refused(409, QT_TRANSLATE_NOOP(
                "WorkerSite", "This test is over: it was handed in or its time ran out."))
        try:
            return (parse_question_form(found.test or ""), found.test_deadline,
                    found.qualification_type_id)
        except TestFormatError as exc:
            raise Refused(409, f"This test cannot be taken: {exc}.") from None

    async def test_page(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        request_id = request.path_params["request_id"]
        test, deadline, _type_id = await site.run(
            lambda: self._test(worker.worker_id, request_id))
        return site.render(request, "test.html", worker=worker, test=test,
                           request_id=request_id, rich=clean_rich_text,
                           seconds_left=int((deadline - site.clock()).total_seconds()))

    async def submit_test(self, request: Request) -> Response:
        site = self.site
        worker = await site.worker(request)
        form = await read_form(request)
        check_csrf(request, form, worker.csrf_token)
        request_id = request.path_params["request_id"]
        test, _deadline, type_id = await site.run(
            lambda: self._test(worker.worker_id, request_id))
        answers = question_form_answers(test, form_fields(form))
        try:
            outcome = await site.run(
                lambda: site.screening.submit_test(worker.worker_id, request_id, answers))
        except WorkRefused as refusal:
            return site.refusal(request, 409, refusal.message, worker)
        return await site.run(lambda: self._after_grant(type_id, outcome, "test-sent"))

