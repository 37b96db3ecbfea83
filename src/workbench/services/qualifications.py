"""Qualification types, workers' scores and qualification requests of an account.

Types are created, changed and deleted on the marketplace at once (nothing is paid or
decided), then mirrored into the store. Granting, changing and revoking scores, and deciding
requests, are decisions: they go through the outbox like approvals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.services.requirement_advice import CustomType
from workbench.store.schema import QualificationType


@dataclass(frozen=True)
class QualificationTypeInfo:
    """A qualification type of the account, as the store mirrors it."""

    type_id: str
    name: str
    description: str
    keywords: str
    status: str
    auto_granted: bool
    auto_granted_value: int | None
    retry_delay_s: int | None
    test_xml: str | None
    answer_key_xml: str | None
    test_duration_s: int | None
    creation_time: datetime | None

    @property
    def active(self) -> bool:
        return self.status == "Active"

    @property
    def has_test(self) -> bool:
        return bool(self.test_xml)

    def as_custom(self) -> CustomType:
        """What the requirement advice needs to know of it."""
        return CustomType(self.type_id, self.name, self.active, self.has_test, self.auto_granted)


def type_info(row: QualificationType) -> QualificationTypeInfo:
    return QualificationTypeInfo(
        type_id=row.qualification_type_id, name=row.name, description=row.description or "",
        keywords=row.keywords or "", status=row.status, auto_granted=bool(row.auto_granted),
        auto_granted_value=row.auto_granted_value, retry_delay_s=row.retry_delay_s,
        test_xml=row.test_xml, answer_key_xml=row.answer_key_xml,
        test_duration_s=row.test_duration_s, creation_time=row.creation_time)


def list_types(wb: Workbench, account: AccountInfo) -> list[QualificationTypeInfo]:
    """The account's qualification types known to the store, by name."""
    with wb.store.read() as session:
        rows = session.scalars(select(QualificationType).where(
            QualificationType.account_id == account.id).order_by(QualificationType.name))
        return [type_info(r) for r in rows]
