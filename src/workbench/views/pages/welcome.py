"""The first page a new user sees: try a demo, design and publish their own task, bring in
MTurk results, or connect MTurk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.models.tasks import LongTask
from workbench.views.pages.base import Page, PageContext


def _card(title: str, body: str, *buttons: QPushButton) -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setMinimumWidth(CARD_MIN_WIDTH)
    frame.setMaximumWidth(340)
    layout = QVBoxLayout(frame)
    heading = QLabel(title)
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    heading.setFont(font)
    heading.setWordWrap(True)  # German and other longer languages need a second line
    text = QLabel(body)
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(heading)
    layout.addWidget(text, 1)
    for button in buttons:
        layout.addWidget(button)
    return frame


CARD_MIN_WIDTH = 250
CARD_SPACING = 12


class WelcomePage(Page):
    """Four ways to start; the demo runs in the background with a progress bar."""

    title = "Start"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        on_demo, on_connect, on_import, on_publish, on_design = (
            context.commands[name] for name in ("demo", "connect", "import", "publish",
                                                "design"))
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("Welcome to Requester Workbench"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Design tasks, publish batches, review the work side by side "
                                  "and take the results to Excel — on MTurk or on your own "
                                  "marketplace."))
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(24)
        self.demo_button = QPushButton(self.tr("Try a demo project"))
        self.publish_button = QPushButton(self.tr("Design and publish…"))
        self.publish_button.setToolTip(self.tr("Choose or design the task page, add your "
                                               "input file, preview, see the cost, publish"))
        self.design_button = QPushButton(self.tr("Open the template designer"))
        self.design_button.setFlat(True)
        self.connect_button = QPushButton(self.tr("Connect an MTurk account…"))
        self.import_button = QPushButton(self.tr("Import MTurk results (CSV)…"))
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(on_demo)
        self.publish_button.clicked.connect(on_publish)
        self.design_button.clicked.connect(on_design)
        self.connect_button.clicked.connect(on_connect)
        self.import_button.clicked.connect(on_import)
        self.cards = [
            _card(self.tr("Try it with a demo"),
                  self.tr("Publishes 50 sentiment-labelling HITs to your local marketplace and "
                          "lets simulated workers — careful ones, careless ones and a spammer "
                          "— do them. Nothing leaves this computer and no money moves."),
                  self.demo_button),
            _card(self.tr("Design and publish my own task"),
                  self.tr("Start from a ready-made task (sentiment, image labels, survey link, "
                          "transcription, data checks) or design your own page, fill it from "
                          "a CSV or Excel file and publish it to workers you invite."),
                  self.publish_button, self.design_button),
            _card(self.tr("Bring in your MTurk archive"),
                  self.tr("Import the batch-results CSV files you downloaded from MTurk, to "
                          "browse, review offline, chart and export them."), self.import_button),
            _card(self.tr("Connect MTurk"),
                  self.tr("Use an MTurk sandbox or production account, or any endpoint that "
                          "speaks MTurk's API. Credentials stay in your AWS configuration."),
                  self.connect_button),
        ]
        # Four in a row when there is room, else two by two.
        self.grid = QGridLayout()
        self.grid.setSpacing(CARD_SPACING)
        self._columns = 0
        cards = QHBoxLayout()
        cards.addStretch()
        cards.addLayout(self.grid)
        cards.addStretch()
        layout.addLayout(cards)
        self._arrange(self.width())
        layout.addSpacing(16)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(520)
        self.progress_label = QLabel()
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.progress)
        row.addStretch()
        layout.addWidget(self.progress_label)
        layout.addLayout(row)
        self.progress.hide()
        layout.addStretch(3)

    def _arrange(self, width: int) -> None:
        # The page's own margins and some air on both sides.
        columns = 4 if width >= 4 * CARD_MIN_WIDTH + 3 * CARD_SPACING + 48 else 2
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for number, card in enumerate(self.cards):
            self.grid.addWidget(card, number // columns, number % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def watch_demo(self, task: LongTask) -> None:
        self.demo_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Preparing the demo…"))

        def progressed(done: int, total: int, message: str) -> None:
            self.progress_label.setText(message)
            if total:
                self.progress.setRange(0, total)
                self.progress.setValue(done)

        def ended() -> None:
            self.demo_button.setEnabled(True)
            self.progress.hide()
            self.progress_label.setText("")

        task.progressed.connect(progressed)
        task.ended.connect(ended)
