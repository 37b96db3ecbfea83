"""Signing in to the worker site: tokens and sessions are secret, hashed, revocable."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from tests.conftest import FakeClock
from tests.site.scenes import Scene, WorkerClient
from workbench.marketplace.local.invitations import SiteSession


def sessions(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(SiteSession)) or 0)


def every_stored_text(engine: Engine) -> str:
    """All the site's rows, as text: what someone who copied the database would hold."""
    with engine.connect() as connection:
        rows = [str(tuple(row)) for table in ("mk_site_invitations", "mk_site_sessions",
                                              "mk_site_secrets", "mk_workers")
                for row in connection.execute(text(f"SELECT * FROM {table}"))]
    return "\n".join(rows)


def test_a_worker_signs_in_with_the_token_and_gets_a_safe_cookie(
        scene: Scene, browser: Callable[..., WorkerClient], engine: Engine) -> None:
    invitation = scene.invite("Ana")
    worker = browser()
    response = worker.sign_in(invitation.token)
    assert response.status_code == 303 and response.headers["location"] == "/hits"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("wb_session=")
    attributes = [part.strip().lower() for part in cookie.split(";")]
    assert "httponly" in attributes and "samesite=lax" in attributes and "path=/" in attributes
    assert "secure" not in attributes  # served over plain http on the LAN: it could not work
    page = worker.get("/hits")
    assert page.status_code == 200 and "Ana" in page.text and invitation.worker_id in page.text
    # Neither the token nor the cookie is stored: only hashes of their secret parts.
    stored = every_stored_text(engine)
    token_secret = invitation.token.split(".")[1]
    cookie_secret = cookie.split(";")[0].split("=", 1)[1].split(".")[1]
    assert token_secret not in stored and cookie_secret not in stored


def test_over_https_the_cookie_is_secure(scene: Scene, browser: Callable[..., WorkerClient]
                                         ) -> None:
    worker = browser("https://tasks.example")
    response = worker.sign_in(scene.invite().token)
    assert "secure" in [p.strip().lower() for p in response.headers["set-cookie"].split(";")]


@pytest.mark.parametrize("mangle", [
    lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),  # wrong verifier
    lambda token: "0" * 24 + "." + token.split(".")[1],  # unknown selector
    lambda token: token.split(".")[0],  # no verifier
    lambda token: "",
    lambda token: "../../etc/passwd",
    lambda token: "x" * 5000,
    lambda token: token + "\x00",
])
def test_a_bad_token_signs_nobody_in(scene: Scene, browser: Callable[..., WorkerClient],
                                     engine: Engine, mangle: Callable[[str], str]) -> None:
    token = scene.invite().token
    worker = browser()
    response = worker.sign_in(mangle(token))
    assert response.status_code == 403
    assert "not valid" in response.text and "wb_session" not in response.headers.get(
        "set-cookie", "")
    assert sessions(engine) == 0
    assert worker.get("/hits", follow_redirects=False).status_code == 303


def test_a_sign_in_posted_from_elsewhere_is_refused(scene: Scene,
                                                    browser: Callable[..., WorkerClient],
                                                    engine: Engine) -> None:
    """Login CSRF: another site cannot sign a visitor in as someone else."""
    token = scene.invite().token
    worker = browser()
    # No sign-in page was opened, so there is no double-submit cookie to match.
    response = worker.post("/sign-in", {"token": token, "csrf": "guessed-" + "x" * 30},
                           csrf=False)
    assert response.status_code == 403 and sessions(engine) == 0
    worker.get("/sign-in")
    response = worker.post("/sign-in", {"token": token},
                           headers={"origin": "http://evil.example"})
    assert response.status_code == 403 and sessions(engine) == 0


def test_revoking_ends_sessions_and_the_link_stops_working(
        scene: Scene, browser: Callable[..., WorkerClient], engine: Engine) -> None:
    invitation = scene.invite("Ana")
    worker = browser()
    worker.sign_in(invitation.token)
    assert worker.get("/hits").status_code == 200
    assert scene.invitations.revoke(invitation.worker_id) == 1
    assert worker.get("/hits", follow_redirects=False).status_code == 303
    assert sessions(engine) == 0
    assert browser().sign_in(invitation.token).status_code == 403
    assert [i.active for i in scene.invitations.list(include_revoked=True)] == [False]


def test_a_new_invitation_replaces_the_old_link(scene: Scene,
                                                browser: Callable[..., WorkerClient]) -> None:
    first = scene.invite("Ana")
    second = scene.invitations.invite(worker_id=first.worker_id)
    assert second.worker_id == first.worker_id
    assert browser().sign_in(first.token).status_code == 403
    assert browser().sign_in(second.token).status_code == 303


def test_sign_out_ends_the_session_for_good(scene: Scene, browser: Callable[..., WorkerClient],
                                            engine: Engine) -> None:
    worker = browser()
    worker.sign_in(scene.invite().token)
    cookie = worker.http.cookies.get("wb_session")
    worker.get("/hits")
    response = worker.post("/sign-out")
    assert response.status_code == 303 and sessions(engine) == 0
    thief = browser()
    thief.http.cookies.set("wb_session", cookie or "")
    assert thief.get("/hits", follow_redirects=False).status_code == 303


def test_a_session_ends_after_a_week(scene: Scene, browser: Callable[..., WorkerClient],
                                     clock: FakeClock) -> None:
    worker = browser()
    worker.sign_in(scene.invite().token)
    clock.advance(days=6)
    assert worker.get("/hits", follow_redirects=False).status_code == 200
    clock.advance(days=1, seconds=1)
    assert worker.get("/hits", follow_redirects=False).status_code == 303


def test_a_forged_session_cookie_is_nobody(scene: Scene, browser: Callable[..., WorkerClient]
                                           ) -> None:
    worker = browser()
    worker.sign_in(scene.invite().token)
    real = worker.http.cookies.get("wb_session") or ""
    selector, verifier = real.split(".")
    for forged in (f"{selector}.{verifier[:-2]}xx", f"{'1' * 24}.{verifier}", selector, "a.b"):
        other = browser()
        other.http.cookies.set("wb_session", forged)
        response = other.get("/hits", follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/sign-in"


def test_bad_invitations_are_refused_with_a_reason(scene: Scene) -> None:
    from workbench.marketplace.local.invitations import InvitationError

    with pytest.raises(InvitationError, match="not a worker id"):
        scene.invitations.invite(worker_id="bad id!")
    with pytest.raises(InvitationError, match="longer than"):
        scene.invitations.invite(display_name="x" * 201)
    assert scene.invitations.list() == []
