"""Checks shared by the translation tests: what shows untranslated, and what lacks German.

``untranslated(widget)`` lists the user-visible texts of a widget tree that did not pass
through the pseudo translator (install it with the ``pseudo`` fixture first). Data — ids,
numbers, worker answers, values from the store — is not translated: pass it in ``allow``
(exact texts) or ``allow_if`` (a predicate).

``missing_translations(sources, ts)`` runs ``pyside6-lupdate`` over source files and lists
the strings that have no finished translation in the committed ``.ts`` file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from workbench.views.i18n import PSEUDO_OPEN, install_translators, remove_translators

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
_WORDS = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    """Pseudo-localisation installed for the test (widgets made inside it show it)."""
    translators = install_translators(qapp, "pseudo")
    try:
        yield
    finally:
        remove_translators(qapp, translators)


def _strip_markup(text: str) -> str:
    return re.sub(r"<[^<>]*>", " ", text).replace("&amp;", "&").replace("&nbsp;", " ").strip()


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each label, button, group box, tab, placeholder, tooltip, menu
    item and header of the widget tree (hidden widgets included: they show later)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}({widget.objectName() or '-'})"
        if widget.toolTip():
            yield f"{name}.toolTip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield f"{name}.text", widget.text()
        if isinstance(widget, QAbstractButton):
            yield f"{name}.text", widget.text()
        if isinstance(widget, QGroupBox):
            yield f"{name}.title", widget.title()
        if isinstance(widget, QLineEdit):
            yield f"{name}.placeholder", widget.placeholderText()
        if isinstance(widget, QTextEdit):
            yield f"{name}.placeholder", widget.placeholderText()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name}.tab{i}", widget.tabText(i)
        if isinstance(widget, QMenu):
            for action in widget.actions():
                if not action.isSeparator():
                    yield f"{name}.action", action.text()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name}.item{i}", widget.itemText(i)
        header_view = None
        if isinstance(widget, QTableView):
            header_view = widget.horizontalHeader()
        elif isinstance(widget, QTreeView):
            header_view = widget.header()
        model = header_view.model() if header_view is not None else None
        if header_view is not None and model is not None and not header_view.isHidden():
            for section in range(header_view.count()):
                header = model.headerData(section, Qt.Orientation.Horizontal,
                                          Qt.ItemDataRole.DisplayRole)
                if isinstance(header, str):
                    yield f"{name}.header{section}", header
    for action in root.actions():
        if not action.isSeparator():
            yield f"{type(root).__name__}.action", action.text()


def untranslated(root: QWidget, *, allow: Iterable[str] = (),
                 allow_if: Callable[[str], bool] | None = None) -> list[tuple[str, str]]:
    """Texts with words in them that were not pseudo-localised (and are not allowed data)."""
    allowed = set(allow)
    found = []
    for where, text in visible_texts(root):
        plain = _strip_markup(text)
        if not _WORDS.search(plain) or plain in allowed or text in allowed:
            continue
        if allow_if is not None and allow_if(plain):
            continue
        if PSEUDO_OPEN not in plain:
            found.append((where, plain))
    return found


def lupdate() -> str:
    """The pyside6-lupdate beside this Python (the test extras install PySide6)."""
    candidate = Path(sys.executable).with_name("pyside6-lupdate")
    return str(candidate) if candidate.exists() else (shutil.which("pyside6-lupdate") or "")


def missing_translations(sources: Iterable[Path], ts: Path, tmp_path: Path) -> list[str]:
    """Source strings of ``sources`` without a finished translation in ``ts``."""
    tool = lupdate()
    assert tool, "pyside6-lupdate is missing (it comes with PySide6)"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool, *map(str, sources), "-ts", str(fresh)], check=True,
                   capture_output=True)
    translated: set[tuple[str, str]] = set()
    for context in ET.parse(ts).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                  "vanished"):
                continue
            if (translation.text or "").strip() or translation.find("numerusform") is not None:
                translated.add((context_name, message.findtext("source") or ""))
    missing = []
    for context in ET.parse(fresh).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if (context_name, source) not in translated:
                missing.append(f"{context_name}: {source}")
    return missing
