"""Signatures already used: a signed request that changes something is carried out once.

A SigV4 signature is valid for 15 minutes around its X-Amz-Date, and on plain HTTP in a LAN
anyone who sees a request can send it again unchanged. Each signature of a request that
changes something is claimed in this table (its primary key is the signature, so the
database refuses a second claim, whichever server process makes it) before the operation
runs; a claim is released when the marketplace refused the operation outright, so nothing
was done. Rows are deleted once their signature has expired.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime

from sqlalchemy import Engine, Index, String, delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column, sessionmaker

from workbench.domain.clock import Clock, utcnow
from workbench.marketplace.local.schema import MarketBase
from workbench.sql.engine import session_scope

SWEEP_EVERY_S = 60.0


class SeenSignature(MarketBase):
    """A request signature already used, kept until it could no longer be accepted."""

    __tablename__ = "mk_seen_signatures"
    __table_args__ = (Index("ix_mk_seen_signatures_expires", "expires_at"),)

    signature: Mapped[str] = mapped_column(String(64), primary_key=True)
    access_key_id: Mapped[str] = mapped_column(String(128))
    seen_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class SignatureLedger:
    """Claims signatures in one marketplace database (shared by every server process on it)."""

    def __init__(self, engine: Engine, *, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.clock = clock
        self._sessions = sessionmaker(engine)
        self._swept = 0.0
        self._lock = threading.Lock()

    def claim(self, signature: str, access_key_id: str, expires_at: datetime
              ) -> datetime | None:
        """Claim a signature: None if it is new, else when it was first seen."""
        now = self.clock()
        row = {"signature": signature, "access_key_id": access_key_id[:128], "seen_at": now,
               "expires_at": expires_at}
        sweep = self._sweep_due()
        dialect = self.engine.dialect.name
        try:
            with session_scope(self._sessions, write=True) as session:
                if sweep:
                    session.execute(delete(SeenSignature).where(SeenSignature.expires_at < now))
                if dialect in ("sqlite", "postgresql"):
                    insert = sqlite_insert if dialect == "sqlite" else postgresql_insert
                    added = session.execute(
                        insert(SeenSignature).values(**row)
                        .on_conflict_do_nothing().returning(SeenSignature.signature)).first()
                    if added is not None:
                        return None
                else:
                    session.add(SeenSignature(**row))
                    session.flush()
                    return None
        except IntegrityError:
            pass
        with session_scope(self._sessions) as session:
            first = session.scalar(select(SeenSignature.seen_at).where(
                SeenSignature.signature == signature))
        return first or now

    def release(self, signature: str) -> None:
        """Forget a claim whose request was refused without effect (it may be sent again)."""
        with session_scope(self._sessions, write=True) as session:
            session.execute(delete(SeenSignature).where(SeenSignature.signature == signature))

    def _sweep_due(self) -> bool:
        now = time.monotonic()
        with self._lock:
            if now - self._swept < SWEEP_EVERY_S:
                return False
            self._swept = now
            return True
