"""Fixtures for the review tests: the 300-assignment demo batch, per-test settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from tests.views.conftest import _demo_store, _own_settings, demo_wb  # noqa: F401
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.store.schema import HIT, Batch


@pytest.fixture
def demo(demo_wb: Workbench) -> tuple[Workbench, AccountInfo, int]:  # noqa: F811
    """The demo workbench, its local account and the demo batch's id."""
    account = get_account(demo_wb)
    with demo_wb.store.read() as session:
        batch_id = session.scalar(select(Batch.id).where(Batch.account_id == account.id))
    assert batch_id is not None
    return demo_wb, account, batch_id


def hit_pks(wb: Workbench) -> list[int]:
    with wb.store.read() as session:
        return list(session.scalars(select(HIT.id).order_by(HIT.id)))


@pytest.fixture
def no_dawid_skene(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pages in these tests use majority vote only (Dawid-Skene has its own test)."""
    from workbench.views.pages import review

    monkeypatch.setattr(review.ReviewPage, "use_dawid_skene", False)
    yield
