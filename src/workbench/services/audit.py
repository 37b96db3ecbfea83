"""The append-only audit log: who did what to which thing, and when."""

from __future__ import annotations

import getpass
import os
from typing import Any

from sqlalchemy.orm import Session

from workbench.domain.clock import utcnow
from workbench.store.schema import AuditEntry


def current_actor() -> str:
    """Who is at the keyboard: WORKBENCH_REVIEWER, else the operating-system user."""
    name = os.environ.get("WORKBENCH_REVIEWER", "").strip()
    if name:
        return name[:100]
    try:
        return getpass.getuser()[:100]
    except (KeyError, OSError):
        return "unknown"


def record(session: Session, *, actor: str, event: str, subject: str = "",
           account_id: int | None = None, **details: Any) -> None:
    session.add(AuditEntry(at=utcnow(), actor=actor, event=event, subject=subject[:200],
                           account_id=account_id, details=details))
