"""A test as a worker sees it, shown without scripts and without loading anything."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from workbench.formats.qualification_tests import QualificationTest, preview_html


def duration_words(seconds: int, *, translated: bool = True) -> str:
    """A time limit in words: "15 minutes", "1 hour 30 minutes", "2 days".

    ``translated=False`` keeps English: for the test as a worker sees it, whose surrounding
    text (MTurk's) is English too.
    """
    def words(one: object, many: object, count: int) -> str:
        text = str(one if count == 1 else many)
        if translated:
            text = QCoreApplication.translate("TestPreview", text)
        return text.format(count=count)

    if seconds % 86400 == 0 and seconds >= 86400:
        return words(QT_TRANSLATE_NOOP("TestPreview", "1 day"),
                     QT_TRANSLATE_NOOP("TestPreview", "{count} days"), seconds // 86400)
    hours, rest = divmod(seconds, 3600)
    minutes = (rest + 59) // 60
    parts = [words(QT_TRANSLATE_NOOP("TestPreview", "1 hour"),
                   QT_TRANSLATE_NOOP("TestPreview", "{count} hours"), hours)] if hours else []
    if minutes or not parts:
        parts.append(words(QT_TRANSLATE_NOOP("TestPreview", "1 minute"),
                           QT_TRANSLATE_NOOP("TestPreview", "{count} minutes"), minutes))
    return " ".join(parts)


class TestPreview(QTextBrowser):
    """Renders a QuestionForm test; images, links and styles from anywhere are refused."""

    __test__ = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Test preview"))
        self.refused: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # Requester-written HTML may name images or style sheets: nothing is fetched, ever.
        self.refused.append(name.toString() if isinstance(name, QUrl) else str(name))
        return None

    def show_test(self, test: QualificationTest, *, duration_s: int | None = None,
                  answers: dict[str, list[str]] | None = None) -> None:
        duration = duration_words(duration_s, translated=False) if duration_s else ""
        self.setHtml(preview_html(test, duration_text=duration, selected=answers))

    def show_message(self, text: str) -> None:
        self.setHtml(f"<p style='color:gray'>{html.escape(text)}</p>")
