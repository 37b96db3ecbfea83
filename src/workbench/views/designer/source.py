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

_TAG = re.compile(r"</?[A-Za-z][\w:-]*|/?>")
_ATTRIBUTE = re.compile(r"\s([A-Za-z_:][\w:.-]*)(?==)")
_STRING = re.compile(r"\"[^\"]*\"|'[^']*'")
_PLACEHOLDER = re.compile(r"\$\{[^}\n]*\}")
_COMMENT_START, _COMMENT_END = "<!--", "-->"


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
    """Tags, attributes, strings, comments, and ${placeholders} standing out."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.tag = _format("#1f4fa3")
        self.attribute = _format("#8a4b08")
        self.string = _format("#1b7f3b")
        self.comment = _format("#7b858f")
        self.placeholder = _format("#6a1b9a", bold=True, background="#f1e6f8")

    def highlightBlock(self, text: str) -> None:
        for pattern, shown in ((_TAG, self.tag), (_ATTRIBUTE, self.attribute),
                               (_STRING, self.string), (_PLACEHOLDER, self.placeholder)):
            for match in pattern.finditer(text):
                group = 1 if pattern is _ATTRIBUTE else 0
                self.setFormat(match.start(group), match.end(group) - match.start(group), shown)
        self._comments(text)

    def _comments(self, text: str) -> None:
        self.setCurrentBlockState(0)
        start = 0 if self.previousBlockState() == 1 else text.find(_COMMENT_START)
        while start >= 0:
            end = text.find(_COMMENT_END, start)
            if end < 0:
                self.setCurrentBlockState(1)
                self.setFormat(start, len(text) - start, self.comment)
                return
            length = end - start + len(_COMMENT_END)
            self.setFormat(start, length, self.comment)
            start = text.find(_COMMENT_START, start + length)


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
