"""Fixtures of the Prolific tests: the simulator, and clients whose every exchange is checked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.prolific.contract import Exchanges, ValidatingTransport
from workbench.marketplace.prolific.client import ProlificClient, RetryPolicy
from workbench.marketplace.prolific.simulator import ProlificSimulator

TOKEN = "test-token-0123456789"


@pytest.fixture
def simulator() -> ProlificSimulator:
    return ProlificSimulator(token=TOKEN)


@pytest.fixture
def exchanges() -> Exchanges:
    return Exchanges()


@pytest.fixture
def sleeps() -> list[float]:
    """The waits the client asked for (it never really sleeps in these tests)."""
    return []


@pytest.fixture
def client(simulator: ProlificSimulator, exchanges: Exchanges, sleeps: list[float]
           ) -> Iterator[ProlificClient]:
    transport = ValidatingTransport(simulator.transport(), exchanges)
    with ProlificClient(TOKEN, "https://api.prolific.com", transport=transport,
                        retry=RetryPolicy(attempts=4), sleep=sleeps.append) as made:
        yield made
