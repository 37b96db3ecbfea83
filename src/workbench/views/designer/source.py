"""The HTML source of a template: a plain-text editor that colours tags and ${placeholders}."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from workbench.formats.templates import PLACEHOLDER_PATTERN

_TAG = re.compile(r"</?[A-Za-z][\w:-]*|/?>")
_ATTRIBUTE = re.compile(r"\s([A-Za-z_:][\w:.-]*)(?==)")
_STRING = re.compile(r"\"[^\"]*\"|'[^']*'")
_PLACEHOLDER = re.compile(r"\$\{[^}\n]*\}")
_COMMENT_START, _COMMENT_END = "<!--", "-->"
_RAW_OPEN = re.compile(r"<(script|style)\b[^>]*>", re.IGNORECASE)
_RAW_CLOSE = re.compile(r"</(script|style)\s*>", re.IGNORECASE)


def _format(colour: str, *, bold: bool = False, background: str | None = None
            ) -> QTextCharFormat:
    made = QTextCharFormat()
    made.setForeground(QColor(colour))
    if bold:
        made.setFontWeight(QFont.Weight.Bold)
    if background:
        made.setBackground(QColor(background))
    return made


class HtmlHighlighter(QSyntaxHighlighter):
    """Tags, attributes, strings, comments, and ${placeholders} standing out.

    Inside ``<script>`` and ``<style>`` only a ``${name}`` an input column could fill is
    marked, more lightly: anything else there (``${0, i}``) is the script's own.
    """

    IN_COMMENT, IN_RAW_TEXT = 1, 2

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.tag = _format("#1f4fa3")
        self.attribute = _format("#8a4b08")
        self.string = _format("#1b7f3b")
        self.comment = _format("#7b858f")
        self.placeholder = _format("#6a1b9a", bold=True, background="#f1e6f8")
        self.script_placeholder = _format("#6a1b9a")

    def highlightBlock(self, text: str) -> None:
        previous = max(0, self.previousBlockState())
        raw_spans, raw_open = self._raw_text(text, bool(previous & self.IN_RAW_TEXT))
        for pattern, shown in ((_TAG, self.tag), (_ATTRIBUTE, self.attribute),
                               (_STRING, self.string), (_PLACEHOLDER, self.placeholder)):
            for match in pattern.finditer(text):
                group = 1 if pattern is _ATTRIBUTE else 0
                if any(start <= match.start(group) < end for start, end in raw_spans):
                    continue
                self.setFormat(match.start(group), match.end(group) - match.start(group), shown)
        for start, end in raw_spans:
            for match in PLACEHOLDER_PATTERN.finditer(text, start, end):
                self.setFormat(match.start(), match.end() - match.start(),
                               self.script_placeholder)
        in_comment = self._comments(text, bool(previous & self.IN_COMMENT))
        self.setCurrentBlockState((self.IN_COMMENT if in_comment else 0)
                                  | (self.IN_RAW_TEXT if raw_open else 0))

    @staticmethod
    def _raw_text(text: str, inside: bool) -> tuple[list[tuple[int, int]], bool]:
        """The stretches of this line inside a script or style, and whether one stays open."""
        spans: list[tuple[int, int]] = []
        at, start = 0, 0
        while True:
            if inside:
                close = _RAW_CLOSE.search(text, at)
                if close is None:
                    spans.append((start, len(text)))
                    return spans, True
                spans.append((start, close.start()))
                inside, at = False, close.end()
            else:
                opening = _RAW_OPEN.search(text, at)
                if opening is None:
                    return spans, False
                inside, at = True, opening.end()
                start = at

    def _comments(self, text: str, inside: bool) -> bool:
        start = 0 if inside else text.find(_COMMENT_START)
        while start >= 0:
            end = text.find(_COMMENT_END, start)
            if end < 0:
                self.setFormat(start, len(text) - start, self.comment)
                return True
            length = end - start + len(_COMMENT_END)
            self.setFormat(start, length, self.comment)
            start = text.find(_COMMENT_START, start + length)
        return False


class SourceEditor(QPlainTextEdit):
    """An HTML editor: monospaced, not wrapped, highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(9.0, font.pointSizeF()))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 2)
        self.highlighter = HtmlHighlighter(self.document())
        self.setAccessibleName(self.tr("HTML source"))

    def replace_text(self, text: str) -> None:
        """Show new text as one undoable step, keeping the view where it was."""
        if text == self.toPlainText():
            return
        scroll = self.verticalScrollBar().value()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.verticalScrollBar().setValue(scroll)

    def go_to_line(self, line: int) -> None:
        block = self.document().findBlockByLineNumber(max(0, line - 1))
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
