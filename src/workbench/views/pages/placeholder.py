"""Pages whose full tools come in later versions show what they are for meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workbench.views.pages.base import Page, PageContext
from workbench.views.widgets.empty_state import EmptyState

# page key: (title, what it will hold); translated at use (context "ComingPage").
COMING = {
    "Batches": (QT_TRANSLATE_NOOP("ComingPage", "Batches"), QT_TRANSLATE_NOOP(
        "ComingPage",
        "Design a task, choose an input file and publish a batch here. Until this page "
        "arrives, publish with `workbench publish --template task.html --input rows.csv …` "
        "and find the HITs on the HITs page.")),
    "Review": (QT_TRANSLATE_NOOP("ComingPage", "Review"), QT_TRANSLATE_NOOP(
        "ComingPage",
        "Reviewing side by side — each worker's answers in columns, disagreement "
        "highlighted, keys to approve and reject — arrives here. Until then, queue "
        "decisions with `workbench review approve|reject`; they appear in the Outbox.")),
    "Workers": (QT_TRANSLATE_NOOP("ComingPage", "Workers"), QT_TRANSLATE_NOOP(
        "ComingPage",
        "Every worker who did your work, with approval rate, work time and bonuses, "
        "will be listed here. The Assignments page filters by worker meanwhile.")),
    "Qualifications": (QT_TRANSLATE_NOOP("ComingPage", "Qualifications"), QT_TRANSLATE_NOOP(
        "ComingPage",
        "Qualification types, screening tests and scores will be managed here. "
        "`workbench publish --require …` sets requirements meanwhile.")),
    "Charts": (QT_TRANSLATE_NOOP("ComingPage", "Charts"), QT_TRANSLATE_NOOP(
        "ComingPage",
        "Spend over time, approval rates and effective hourly pay will be charted here. "
        "`workbench export` gives the numbers meanwhile.")),
}


class ComingPage(Page):
    """A side-bar entry whose tools are not here yet: says what it will hold, and what works now."""

    def __init__(self, name: str, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = name
        title, body = COMING[name]
        layout = QVBoxLayout(self)
        self.empty = EmptyState(QCoreApplication.translate("ComingPage", str(title)),
                                QCoreApplication.translate("ComingPage", str(body)))
        layout.addWidget(self.empty)
