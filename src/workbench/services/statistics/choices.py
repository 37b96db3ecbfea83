"""What the charts can be narrowed to: an account's batches and the templates they used."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from workbench.services.context import Workbench
from workbench.store.schema import Batch, Template


@dataclass(frozen=True)
class ChartChoices:
    """(id, name) of each batch (newest first) and each template used by the account."""

    batches: list[tuple[int, str]] = field(default_factory=list)
    templates: list[tuple[int, str]] = field(default_factory=list)


def chart_choices(wb: Workbench, account_id: int) -> ChartChoices:
    """The batches and templates of an account, for the charts' filters."""
    with wb.store.read() as session:
        batches = [(row.id, row.name) for row in session.execute(
            select(Batch.id, Batch.name).where(Batch.account_id == account_id)
            .order_by(Batch.created_at.desc(), Batch.id.desc()))]
        templates = [(row.id, f"{row.name} (v{row.version})") for row in session.execute(
            select(Template.id, Template.name, Template.version)
            .where(Template.id.in_(select(Batch.template_id).where(
                Batch.account_id == account_id, Batch.template_id.is_not(None))))
            .order_by(Template.name, Template.version))]
    return ChartChoices(batches, templates)
