"""``LocalMarketplace``: every Requester operation of the interface, for one local requester."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from workbench.domain.clock import Clock, utcnow
from workbench.domain.ids import entity_id
from workbench.marketplace.errors import request_error
from workbench.marketplace.interface import Response
from workbench.marketplace.local.core import DEFAULT_DEPOSIT_CENTS
from workbench.marketplace.local.database import ensure_market_schema
from workbench.marketplace.local.hits import HITOperations
from workbench.marketplace.local.qualifications import QualificationOperations
from workbench.marketplace.local.schema import Requester
from workbench.sql.engine import session_scope


class LocalMarketplace(HITOperations, QualificationOperations):
    """MTurk's Requester API with MTurk's semantics, kept in SQL, for one requester."""

    _operations: dict[str, str] | None = None

    @classmethod
    def operations(cls) -> dict[str, str]:
        """API operation name (``ListHITs``) -> method name (``list_hits``)."""
        if cls._operations is None:
            found: dict[str, str] = {}
            for attr in dir(cls):
                name = getattr(getattr(cls, attr, None), "operation_name", None)
                if name:
                    found[name] = attr
            cls._operations = found
        return cls._operations

    def call(self, operation_name: str, params: dict[str, Any]) -> Response:
        """Run an operation by its API name, as a server receiving it over the wire would."""
        method = self.operations().get(operation_name)
        if method is None:
            raise request_error(
                operation_name, "UnsupportedOperation",
                f"The operation {operation_name} is not supported by the local marketplace.")
        result: Response = getattr(self, method)(**params)
        return result


def rename_requester(engine: Engine, requester_id: str, name: str) -> None:
    """Change the name the worker site shows for a requester."""
    from sqlalchemy.orm import sessionmaker

    with session_scope(sessionmaker(engine), write=True) as session:
        requester = session.get(Requester, requester_id)
        if requester is None:
            raise KeyError(requester_id)
        requester.name = name


def create_requester(engine: Engine, name: str = "", *,
                     deposit_cents: int = DEFAULT_DEPOSIT_CENTS, requester_id: str | None = None,
                     clock: Clock = utcnow) -> str:
    """Register a requester on the local marketplace (creating its tables if need be)."""
    from sqlalchemy.orm import sessionmaker

    ensure_market_schema(engine)
    requester_id = requester_id or ("R" + entity_id(13))
    with session_scope(sessionmaker(engine), write=True) as session:
        if session.get(Requester, requester_id) is None:
            session.add(Requester(requester_id=requester_id, name=name,
                                  deposit_cents=deposit_cents, created_at=clock()))
    return requester_id


def forget_requester(engine: Engine, requester_id: str) -> bool:
    """Remove a requester that nothing refers to yet (one registered by a lost race)."""
    from sqlalchemy.exc import IntegrityError
    from sqlalchemy.orm import sessionmaker

    try:
        with session_scope(sessionmaker(engine), write=True) as session:
            row = session.get(Requester, requester_id)
            if row is None:
                return False
            session.delete(row)
    except IntegrityError:
        return False  # something refers to it already: it stays
    return True
