"""Groups of labelled values, wrapped to the pane's width; values are always escaped text."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

Groups = Sequence[tuple[str, Sequence[tuple[str, str]]]]


class DetailsView(QTextBrowser):
    """Read-only details. Worker and requester text is escaped: it never becomes markup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        # Reachable with Tab, so a keyboard user can scroll, select and copy the details.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)
        self.groups: list[tuple[str, list[tuple[str, str]]]] = []
        self.message = ""

    def show_groups(self, groups: Groups) -> None:
        self.groups = [(title, list(pairs)) for title, pairs in groups]
        self.message = ""
        parts = ["<table width='100%' cellspacing='0' cellpadding='3'>"]
        for title, pairs in self.groups:
            parts.append(f"<tr><td colspan='2' style='padding-top:8px'><b>{html.escape(title)}"
                         "</b></td></tr>")
            for label, value in pairs:
                text = html.escape(value).replace("\n", "<br>")
                parts.append(
                    f"<tr><td width='32%' valign='top' style='color:palette(mid)'>"
                    f"{html.escape(label)}</td><td valign='top'>{text}</td></tr>")
        parts.append("</table>")
        self.setHtml("".join(parts))

    def show_message(self, message: str) -> None:
        self.groups = []
        self.message = message
        self.setHtml(f"<p style='color:gray'>{html.escape(message)}</p>")

    def group_titles(self) -> list[str]:
        return [title for title, _ in self.groups]

    def labels(self, title: str) -> list[str]:
        return next(([label for label, _ in pairs] for t, pairs in self.groups if t == title), [])
