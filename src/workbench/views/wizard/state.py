"""What the publish wizard has gathered so far, shared by its pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.formats.inputs import InputTable
from workbench.services.accounts import AccountInfo
from workbench.services.batches import RowCheck
from workbench.services.publish import HITProperties
from workbench.services.templates import LoadedTemplate


@dataclass
class WizardState:
    """The template, the input rows, the checks of every row, the properties, the pay
    (and, for a Prolific account, the study)."""

    account: AccountInfo
    template: LoadedTemplate | None = None
    table: InputTable | None = None
    input_path: str = ""
    sheet: str | None = None
    row_check: RowCheck | None = None
    props: HITProperties | None = None
    task_seconds: int | None = None
    name: str = ""
    published_batch: int | None = None
    # A Prolific account's study: what the study page gathered (services.prolific.StudyPlan),
    # its total with Prolific's fee, and the study once published (StudyInfo).
    prolific_plan: Any = None
    prolific_total_cents: int | None = None
    prolific_study: Any = None

    @property
    def template_id(self) -> int | None:
        saved = self.template.saved if self.template is not None else None
        return saved.id if saved is not None else None
