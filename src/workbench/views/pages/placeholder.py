"""Pages whose full tools come in later versions show what they are for meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from workbench.views.pages.base import Page, PageContext
from workbench.views.widgets.empty_state import EmptyState

COMING = {
    "Batches": ("Batches",
                "Design a task, choose an input file and publish a batch here. Until this page "
                "arrives, publish with `workbench publish --template task.html --input rows.csv "
                "…` and find the HITs on the HITs page."),
    "Review": ("Review",
               "Reviewing side by side — each worker's answers in columns, disagreement "
               "highlighted, keys to approve and reject — arrives here. Until then, queue "
               "decisions with `workbench review approve|reject`; they appear in the Outbox."),
    "Workers": ("Workers",
                "Every worker who did your work, with approval rate, work time and bonuses, "
                "will be listed here. The Assignments page filters by worker meanwhile."),
    "Qualifications": ("Qualifications",
                       "Qualification types, screening tests and scores will be managed here. "
                       "`workbench publish --require …` sets requirements meanwhile."),
    "Charts": ("Charts",
               "Spend over time, approval rates and effective hourly pay will be charted here. "
               "`workbench export` gives the numbers meanwhile."),
}


class ComingPage(Page):
    """A side-bar entry whose tools are not here yet: says what it will hold, and what works now."""

    def __init__(self, name: str, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = name
        title, body = COMING[name]
        layout = QVBoxLayout(self)
        self.empty = EmptyState(title, body)
        layout.addWidget(self.empty)
