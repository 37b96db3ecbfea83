"""The worker site's defences: cookies, CSRF checks, task-frame links, headers, body limits.

* Sessions live in the database; the browser holds only ``selector.verifier`` in an
  HttpOnly, SameSite=Lax cookie (Secure when served over HTTPS).
* Every form of a signed-in page carries the session's CSRF token, compared in constant
  time; a request whose Origin names another site is refused before that. The sign-in form,
  which has no session yet, uses a double-submit cookie instead.
* The requester's task page runs in a sandboxed frame with an opaque origin: it cannot read
  the site's cookies or pages, nor act with the worker's session. It submits to a link that
  is an HMAC of the assignment and its worker, so it can submit that assignment and no other.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from urllib.parse import urlsplit

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from workbench.domain.text import QT_TRANSLATE_NOOP

SESSION_COOKIE = "wb_session"
SIGN_IN_COOKIE = "wb_sign_in"
CSRF_FIELD = "csrf"
MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_FORM_FIELDS = 500
# What the task frame may do: run its scripts and forms, open links in new tabs, and show
# alert(); with no allow-same-origin its origin is opaque, and with no allow-top-navigation
# it cannot take the worker's window elsewhere.
FRAME_SANDBOX = ("allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox "
                 "allow-modals")
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "frame-src 'self'{frames}; form-action 'self'; base-uri 'none'; "
               "object-src 'none'; frame-ancestors 'none'")
FRAME_POLICY = f"sandbox {FRAME_SANDBOX}; frame-ancestors 'self'; base-uri 'self'"


class Refused(Exception):
    """A request the site refuses; ``status`` and a message for the worker."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class FrameKeys:
    """HMAC links for task frames: a link opens (and submits) one assignment, for one worker."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _mac(self, *parts: str) -> str:
        message = "\x1f".join(parts).encode("utf-8")
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()[:40]

    def task(self, assignment_id: str, worker_id: str) -> str:
        return self._mac("task", assignment_id, worker_id)

    def preview(self, hit_id: str, worker_id: str) -> str:
        return self._mac("preview", hit_id, worker_id)

    def check_task(self, mac: str, assignment_id: str, worker_id: str) -> bool:
        return hmac.compare_digest(mac.encode(), self.task(assignment_id, worker_id).encode())

    def check_preview(self, mac: str, hit_id: str, worker_id: str) -> bool:
        return hmac.compare_digest(mac.encode(), self.preview(hit_id, worker_id).encode())


def is_https(request: Request) -> bool:
    return request.url.scheme == "https"


def set_session_cookie(response: Response, request: Request, value: str, max_age: int) -> None:
    response.set_cookie(SESSION_COOKIE, value, max_age=max_age, path="/", httponly=True,
                        samesite="lax", secure=is_https(request))


def clear_session_cookie(response: Response, request: Request) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax",
                           secure=is_https(request))


def sign_in_token(request: Request) -> tuple[str, bool]:
    """The sign-in form's double-submit value, and whether it is new (to be set as cookie)."""
    current = request.cookies.get(SIGN_IN_COOKIE, "")
    if 20 <= len(current) <= 100:
        return current, False
    return secrets.token_urlsafe(32), True


def set_sign_in_cookie(response: Response, request: Request, value: str) -> None:
    response.set_cookie(SIGN_IN_COOKIE, value, max_age=3600, path="/sign-in", httponly=True,
                        samesite="strict", secure=is_https(request))


def check_same_origin(request: Request) -> None:
    """Refuse a state-changing request that a page of another site sent."""
    origin = request.headers.get("origin")
    if origin is None:
        return  # older browsers omit it on same-origin posts; the CSRF token still guards
    parts = urlsplit(origin)
    if origin == "null" or parts.netloc != request.headers.get("host", ""):
        raise Refused(403, QT_TRANSLATE_NOOP(
            "WorkerSite", "This form was sent from another site; it was ignored."))


def check_csrf(request: Request, form: FormData | Mapping[str, object], expected: str) -> None:
    """The form must carry the expected token (compared in constant time)."""
    check_same_origin(request)
    given = form.get(CSRF_FIELD)
    if not isinstance(given, str) or not expected \
            or not hmac.compare_digest(given.encode(), expected.encode()):
        raise Refused(403, QT_TRANSLATE_NOOP(
            "WorkerSite", "This form has expired or did not come from this site. Reload the "
            "page and try again."))


async def read_form(request: Request) -> FormData:
    """The posted form, with no files and a bounded number of fields."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        raise Refused(415, QT_TRANSLATE_NOOP("WorkerSite", "Send this as a web form."))
    try:
        form = await request.form(max_files=0, max_fields=MAX_FORM_FIELDS,
                                  max_part_size=MAX_BODY_BYTES)
    except Exception as exc:  # python-multipart and Starlette raise several kinds
        detail = getattr(exc, "detail", None) or str(exc) or type(exc).__name__
        raise Refused(400, f"The form could not be read: {detail}.") from None
    for _name, value in form.multi_items():
        if not isinstance(value, str):
            raise Refused(400, QT_TRANSLATE_NOOP("WorkerSite", "Files cannot be uploaded here."))
    return form


def form_fields(form: FormData) -> list[tuple[str, str]]:
    """A form's fields in order (``read_form`` has refused files already)."""
    return [(name, value) for name, value in form.multi_items() if isinstance(value, str)]


def page_headers(*, frames: str = "") -> dict[str, str]:
    """Headers of the site's own pages: no framing, no inline script, no caching."""
    return {
        "Content-Security-Policy": PAGE_POLICY.format(frames=f" {frames}" if frames else ""),
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cache-Control": "no-store",
    }


def frame_headers() -> dict[str, str]:
    """Headers of a requester's task page: sandboxed, framed only by the site, no referrer."""
    return {
        "Content-Security-Policy": FRAME_POLICY,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }
