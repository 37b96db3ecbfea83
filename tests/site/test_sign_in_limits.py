"""Wrong sign-ins are held back; honest workers, even many behind one address, are not."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from tests.site.scenes import Scene, WorkerClient
from workbench.marketplace.site.app import WorkerSite
from workbench.marketplace.site.limits import ADDRESS_BUDGET, SignInLimiter, address_key


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def ticks() -> Ticks:
    return Ticks()


@pytest.fixture
def limited_site(engine: Engine, ticks: Ticks) -> WorkerSite:
    return WorkerSite(engine, sign_in_limiter=SignInLimiter(ticks, global_budget=120))


@pytest.fixture
def from_address(limited_site: WorkerSite) -> Iterator[Callable[[str], WorkerClient]]:
    """A browser on the site whose requests come from this address."""
    clients: list[TestClient] = []

    def make(address: str = "203.0.113.7") -> WorkerClient:
        client = TestClient(limited_site.app(), client=(address, 50000))
        clients.append(client)
        return WorkerClient(client)

    yield make
    for client in clients:
        client.close()


def guess() -> str:
    """A token shaped like a real one, naming no invitation."""
    return f"{secrets.token_hex(12)}.{secrets.token_urlsafe(32)}"


def test_a_flood_of_guesses_is_held_back_and_a_real_link_still_signs_in(
        scene: Scene, from_address: Callable[[str], WorkerClient], ticks: Ticks) -> None:
    attacker = from_address("203.0.113.7")
    statuses = Counter(attacker.sign_in(guess()).status_code for _ in range(300))
    assert statuses == {403: ADDRESS_BUDGET + 1, 429: 300 - ADDRESS_BUDGET - 1}
    held = attacker.sign_in(guess())
    assert held.status_code == 429 and held.headers["retry-after"] == "1"
    assert "Too many sign-ins with tokens that are not valid came from your network" \
        in held.text and "Wait 1 second and try again" in held.text
    assert "wb_session" not in held.headers.get("set-cookie", "")
    # Each further wrong guess doubles the wait.
    ticks.now += 1
    assert attacker.sign_in(guess()).status_code == 403
    assert attacker.sign_in(guess()).headers["retry-after"] == "2"
    # A worker at the same address with a real link is not held back.
    colleague = from_address("203.0.113.7")
    assert colleague.sign_in(scene.invite("Ana").token).status_code == 303
    # Another address is not held back either.
    assert from_address("198.51.100.20").sign_in(guess()).status_code == 403


def test_many_honest_workers_behind_one_address_sign_in(
        scene: Scene, from_address: Callable[[str], WorkerClient]) -> None:
    outcomes: Counter[int] = Counter()
    for number in range(200):
        token = scene.invite(f"Worker {number}").token
        worker = from_address("192.0.2.1")  # one company NAT
        if number % 5 == 0:  # a typo in the secret part of the link...
            outcomes[worker.sign_in(token[:-3] + "xyz").status_code] += 1
        if number % 20 == 1:  # ...or half a link pasted
            outcomes[worker.sign_in(token[:30]).status_code] += 1
        outcomes[worker.sign_in(token).status_code] += 1
        assert worker.get("/hits").status_code == 200
    assert outcomes == {303: 200, 403: 40 + 10}


def test_guesses_at_one_invitation_hold_it_back_from_every_address(
        scene: Scene, from_address: Callable[[str], WorkerClient], ticks: Ticks) -> None:
    token = scene.invite("Ben").token
    selector = token.split(".")[0]
    for number in range(11):  # a leaked half link, worked on from many addresses
        wrong = f"{selector}.{secrets.token_urlsafe(32)}"
        assert from_address(f"198.51.100.{number}").sign_in(wrong).status_code == 403
    held = from_address("203.0.113.99").sign_in(token)
    assert held.status_code == 429
    assert "Too many wrong tokens were tried for this sign-in link" in held.text
    ticks.now += 2
    assert from_address("203.0.113.99").sign_in(token).status_code == 303


def test_unknown_tokens_from_everywhere_are_held_back_together(
        scene: Scene, from_address: Callable[[str], WorkerClient]) -> None:
    statuses = Counter(from_address(f"10.0.{n // 250}.{n % 250}").sign_in(guess()).status_code
                       for n in range(200))  # a botnet: one guess per address
    assert statuses == {403: 121, 429: 79}
    assert from_address("10.9.9.9").sign_in(scene.invite("Cleo").token).status_code == 303


def test_an_ipv6_sender_counts_by_its_network() -> None:
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:bbbb::2") \
        == "2001:db8:1:2::/64"
    assert address_key("2001:db8:1:3::1") != address_key("2001:db8:1:2::1")
    assert address_key("192.0.2.5") == "192.0.2.5" and address_key(None) == "unknown"
