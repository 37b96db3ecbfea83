"""The live preview: a task page as a worker sees it, offline, and what its form would store.

The page runs in QtWebEngine with every network request refused: the Crowd HTML Elements
script cannot load, so a local stand-in (``resources/preview/crowd-offline.js``) draws the
crowd-* elements and builds the answer as crowd-form does. "Try it": submitting the form
shows the answer record the workbench would store for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QFile, QIODevice, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.formats.template_scan import ExternalResource, external_resources, hit_page
from workbench.formats.templates import find_placeholders
from workbench.models.formatting import plural
from workbench.resources import resource_path
from workbench.services.templates import AnswerRecord, SubmissionError, answer_record, sample_row

PREVIEW_URL = QUrl("https://task-preview.invalid/")
ALLOWED_SCHEMES = frozenset({"data", "qrc", "about", "blob"})


def web_engine_available() -> bool:
    """Whether QtWebEngine can be used here (it ships with PySide6's add-ons)."""
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return False
    return True


class _Offline:
    """Profiles for previews: off the record, refusing the network, with the offline scripts."""

    lock = threading.Lock()
    blocked: list[str] = []
    sources: list[tuple[str, str, bool]] = []

    @classmethod
    def profile(cls) -> tuple[Any, Any]:
        """A new profile and its interceptor; a page must own the profile (it dies first).

        The caller keeps the interceptor: without a Python reference its override is lost
        and requests would no longer be refused.
        """
        from PySide6.QtWebEngineCore import (
            QWebEngineProfile,
            QWebEngineScript,
            QWebEngineUrlRequestInterceptor,
        )

        class Refuse(QWebEngineUrlRequestInterceptor):
            def interceptRequest(self, info: Any) -> None:
                url = info.requestUrl()
                if url.scheme() not in ALLOWED_SCHEMES:
                    info.block(True)
                    with cls.lock:
                        cls.blocked.append(url.host())
                        del cls.blocked[:-50]

        profile = QWebEngineProfile()  # no storage name: off the record
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        interceptor = Refuse(profile)
        profile.setUrlRequestInterceptor(interceptor)
        if not cls.sources:
            channel_js = QFile(":/qtwebchannel/qwebchannel.js")
            channel_js.open(QIODevice.OpenModeFlag.ReadOnly)
            cls.sources = [
                ("crowd-offline", resource_path("preview", "crowd-offline.js")
                 .read_text("utf-8"), True),
                ("preview-bridge", bytes(channel_js.readAll().data()).decode("utf-8") + "\n"
                 + resource_path("preview", "preview-bridge.js").read_text("utf-8"), False),
            ]
        for name, source, main_world in cls.sources:
            script = QWebEngineScript()
            script.setName(name)
            script.setSourceCode(source)
            script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld if main_world
                              else QWebEngineScript.ScriptWorldId.ApplicationWorld)
            script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
            script.setRunsOnSubFrames(False)
            profile.scripts().insert(script)
        return profile, interceptor


class _Bridge(QObject):
    """What the page's bridge script calls (through QWebChannel) when the form is submitted."""

    received = Signal(str)

    @Slot(str)
    def submitted(self, payload: str) -> None:
        self.received.emit(payload)


def _make_page(owner: QObject, parent: QObject, on_console: Callable[[str], None]) -> Any:
    from PySide6.QtWebChannel import QWebChannel
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

    class OfflinePage(QWebEnginePage):
        def acceptNavigationRequest(self, url: QUrl | str, kind: Any,
                                    is_main_frame: bool) -> bool:
            # The page given to setHtml loads; a link or a form posting away does not.
            return QUrl(url).scheme() in ALLOWED_SCHEMES

        def createWindow(self, kind: Any) -> Any:
            return None

        def javaScriptConsoleMessage(self, level: Any, message: str, line: int,
                                     source: str) -> None:
            on_console(f"{message} (line {line})")

    profile, interceptor = _Offline.profile()
    # The owner was made before the page's parent, so it deletes the page first and the
    # profile after it, as QtWebEngine requires.
    profile.setParent(owner)
    page = OfflinePage(profile, parent)
    channel = QWebChannel(page)
    page.setWebChannel(channel, QWebEngineScript.ScriptWorldId.ApplicationWorld)
    return page, channel, interceptor


class AnswerRecordView(QWidget):
    """The answer record a submission makes: field names and values, and the XML behind them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.caption = QLabel(self.tr("Fill in the form and press Submit: the answer record "
                                      "the workbench would store for it shows here."))
        self.caption.setWordWrap(True)
        top.addWidget(self.caption, 1)
        self.xml_button = QPushButton(self.tr("Show XML"))
        self.xml_button.setCheckable(True)
        self.xml_button.setEnabled(False)
        self.xml_button.toggled.connect(self._toggle_xml)
        top.addWidget(self.xml_button)
        layout.addLayout(top)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Answer field"), self.tr("Value")])
        self.table.setAccessibleName(self.tr("Answer record"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().resizeSection(0, 200)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setMaximumHeight(230)
        self.xml = QPlainTextEdit()
        self.xml.setMaximumHeight(230)
        self.xml.setReadOnly(True)
        self.xml.setAccessibleName(self.tr("Answer XML"))
        self.xml.setVisible(False)
        self.table.setVisible(False)
        layout.addWidget(self.table)
        layout.addWidget(self.xml)
        self.record: AnswerRecord | None = None

    def show_record(self, record: AnswerRecord) -> None:
        self.record = record
        shape = {"crowd": self.tr("a crowd-form answer (one taskAnswers JSON object)"),
                 "form": self.tr("a classic form answer (one answer per field)")}.get(
                     record.answer_format, record.answer_format)
        self.caption.setText(self.tr("The workbench would store %n answer field(s), from "
                                     "{shape}:", "", len(record.fields)).format(shape=shape))
        self.table.setRowCount(len(record.fields))
        for row, (name, value) in enumerate(record.fields.items()):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(value))
        self.xml.setPlainText(record.xml)
        self.xml_button.setEnabled(True)
        self.table.setVisible(not self.xml_button.isChecked())

    def clear_record(self) -> None:
        self.record = None
        self.table.setRowCount(0)
        self.table.setVisible(False)
        self.xml.clear()
        self.xml_button.setChecked(False)
        self.xml_button.setEnabled(False)
        self.caption.setText(self.tr("Fill in the form and press Submit: the answer record "
                                     "the workbench would store for it shows here."))

    def _toggle_xml(self, shown: bool) -> None:
        self.xml.setVisible(shown)
        self.table.setVisible(not shown)
        self.xml_button.setText(self.tr("Show fields") if shown else self.tr("Show XML"))


class TaskPreview(QWidget):
    """A task page filled from one input row, as a worker sees it; usable without network."""

    loaded = Signal(bool)
    submitted = Signal(object)  # an AnswerRecord

    def __init__(self, parent: QWidget | None = None, *, with_record: bool = True) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(self.tr("Offline preview: nothing is fetched from the network; "
                                   "crowd elements are drawn locally and images show as "
                                   "placeholders."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5b6670; font-size: 11px;")
        # Why a page built on a CDN's jQuery or Bootstrap looks bare here.
        self.fetches = QLabel()
        self.fetches.setWordWrap(True)
        self.fetches.setTextFormat(Qt.TextFormat.PlainText)
        self.fetches.setAccessibleName(self.tr("Files the page fetches"))
        self.fetches.setStyleSheet("background: #fff4ce; color: #3d3200; border: 1px solid "
                                   "#e0c200; border-radius: 4px; padding: 6px 8px;")
        self.fetches.setVisible(False)
        layout.addWidget(self.fetches)
        self.stack = QStackedWidget()
        self.placeholder = QTextBrowser()
        self.placeholder.setOpenLinks(False)
        self.placeholder.setAccessibleName(self.tr("Task preview"))
        self.stack.addWidget(self.placeholder)
        layout.addWidget(self.stack, 3)
        layout.addWidget(self.note)
        self.record = AnswerRecordView() if with_record else None
        if self.record is not None:
            layout.addWidget(self.record, 0)
        self.view: Any = None
        self.page: Any = None
        self._interceptor: Any = None
        self.console: list[str] = []
        self.html = ""
        self._bridge = _Bridge(self)
        self._bridge.received.connect(self._received)
        self.is_loaded = False
        self.placeholder.setPlainText(self.tr("The preview appears here."))

    def _ensure_view(self) -> bool:
        if self.view is not None:
            return True
        if not web_engine_available():
            return False
        from PySide6.QtWebEngineWidgets import QWebEngineView

        self.view = QWebEngineView()
        self.view.setAccessibleName(self.tr("Task preview"))
        self.stack.addWidget(self.view)
        self.page, channel, self._interceptor = _make_page(self, self.view,
                                                           self.console.append)
        channel.registerObject("preview", self._bridge)
        self.view.setPage(self.page)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.page.loadFinished.connect(self._finished)
        return True

    def show_task(self, template_html: str, row: Mapping[str, str] | None = None) -> None:
        """Show the page as a worker gets it (in a form, as MTurk put a page without one),
        its placeholders filled from ``row`` (markers where it has none)."""
        # Every column of the row (a script may use one too), markers where one is missing.
        values = {**(row or {}), **sample_row(find_placeholders(template_html), row or {})}
        page = hit_page(template_html, values)
        self.html = page
        self._show_fetches(external_resources(template_html))
        self.is_loaded = False
        if self.record is not None:
            self.record.clear_record()
        if not self._ensure_view():
            self.placeholder.setPlainText(
                self.tr("QtWebEngine is not available here, so the page cannot be drawn. Its "
                        "HTML, filled from the row:") + "\n\n" + page)
            self.loaded.emit(False)
            return
        self.stack.setCurrentWidget(self.view)
        self.page.setHtml(page, PREVIEW_URL)

    def _show_fetches(self, resources: list[ExternalResource]) -> None:
        if not resources:
            self.fetches.setVisible(False)
            return
        files = ", ".join(r.file_name for r in resources[:4]) + (" …" if len(resources) > 4
                                                                 else "")
        hosts = ", ".join(dict.fromkeys(r.host for r in resources))
        self.fetches.setText(plural(self.tr(
            "This page fetches %n file(s) from the web ({files}, from {hosts}). The preview "
            "works offline and does not fetch them, so here the page may look bare or not "
            "react. Workers are online: their browsers fetch these files and see the page "
            "with its styles and scripts.", "", len(resources)), len(resources)).format(
                files=files, hosts=hosts))
        self.fetches.setToolTip("\n".join(r.url for r in resources))
        self.fetches.setVisible(True)

    def _finished(self, ok: bool) -> None:
        self.is_loaded = ok
        self.loaded.emit(ok)

    def run_script(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        """Run JavaScript in the page (tests fill in and submit forms with it)."""
        if self.page is None:
            return
        if callback is None:
            self.page.runJavaScript(script)
        else:
            self.page.runJavaScript(script, 0, callback)

    def _received(self, payload: str) -> None:
        try:
            record = answer_record(payload)
        except SubmissionError as exc:
            self.console.append(f"submission not understood: {exc}")
            return
        if self.record is not None:
            self.record.show_record(record)
        self.submitted.emit(record)

    def shutdown(self) -> None:
        """Stop the page (the window is closing); the page is deleted with this widget."""
        if self.page is not None:
            self.page.triggerAction(self.page.WebAction.Stop)
