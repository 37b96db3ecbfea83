"""The task page as the worker saw it, with their answers filled in: static, offline, inert.

The page is rewritten before it is shown: scripts, event handlers and frames are removed,
Crowd HTML Elements become plain form controls (their script would need the network), every
control is filled with the worker's answer and disabled. Answers are inserted as escaped
text or attribute values only. The web view then runs with JavaScript off and refuses every
network request: worker content never runs as script and nothing leaves the machine.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

DROPPED_ELEMENTS = frozenset({"script", "iframe", "frame", "frameset", "object", "embed",
                              "applet", "base", "link", "noscript", "template"})
VOID = frozenset({"area", "br", "col", "hr", "img", "input", "meta", "param", "source",
                  "track", "wbr", "embed", "link", "base"})
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
       "form-action 'none'")
STYLE = (".wb-note{font:12px sans-serif;color:#555;background:#f6f6f6;padding:6px 8px;"
         "border-radius:4px;margin:6px 0}"
         ".wb-filled{outline:2px solid #f0b400;outline-offset:1px}"
         "fieldset.wb-crowd{border:1px solid #ccc;border-radius:6px;margin:8px 0}"
         "table.wb-rest td{border-top:1px solid #ddd;padding:4px 8px;vertical-align:top}")
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")


def _attr(name: str, value: str | None) -> str:
    return name if value is None else f'{name}="{html.escape(value, quote=True)}"'


def _categories(text: str) -> list[str]:
    return [single or double for single, double in _QUOTED.findall(text)] or \
        [part.strip() for part in text.strip("[]").split(",") if part.strip()]


class _Filler(HTMLParser):
    """Re-emits a page with its controls filled in and everything active taken out."""

    def __init__(self, answers: Mapping[str, str]) -> None:
        super().__init__(convert_charrefs=True)
        self.answers = dict(answers)
        self.used: set[str] = set()
        self.out: list[str] = []
        self._skip = 0  # depth inside a dropped element
        self._textarea: str | None = None
        self._select: str | None = None
        self._classifier: list[tuple[str, list[str]]] = []
        self._in_style = False

    # -- answers --------------------------------------------------------------------------

    def _answer(self, *names: str) -> str | None:
        for name in names:
            if name in self.answers:
                self.used.add(name)
                return self.answers[name]
        return None

    def _is_chosen(self, name: str, value: str) -> bool:
        given = self._answer(name)
        if given is not None and value in given.split("|"):
            return True
        ticked = self._answer(f"{name}.{value}", f"{name}.on")
        return ticked == "true"

    # -- the parser's callbacks ---------------------------------------------------------------

    def handle_decl(self, decl: str) -> None:
        if not self._skip:
            self.out.append(f"<!{decl}>")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED_ELEMENTS:
            if tag not in VOID:
                self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag == "textarea":
            self._textarea = None
        elif tag == "style":
            self._in_style = False
        elif tag == "select":
            self._select = None
        if tag.startswith("crowd-") or tag in ("classification-target", "short-instructions",
                                               "full-instructions"):
            self.out.append(self._crowd_end(tag))
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._skip or self._textarea is not None:
            return  # a textarea shows the worker's answer, not the template's text
        if self._in_style:
            self.out.append(data.replace("</", "<\\/"))
            return
        self.out.append(html.escape(data, quote=False))

    # -- elements -----------------------------------------------------------------------------

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], *, closed: bool) -> None:
        if tag in DROPPED_ELEMENTS:
            if tag not in VOID and not closed:
                self._skip += 1
            return
        if self._skip:
            return
        if tag == "meta" and any(k == "http-equiv" for k, _ in attrs):
            return
        kept = [(k, v) for k, v in attrs if not k.startswith("on") and not (
            k in ("href", "src", "action", "formaction", "xlink:href", "srcset")
            and (v or "").strip().lower().startswith(("javascript:", "vbscript:")))]
        values = {k: v or "" for k, v in kept}
        if tag.startswith("crowd-") or tag in ("classification-target", "short-instructions",
                                               "full-instructions"):
            self.out.append(self._crowd_start(tag, values))
            return
        if tag == "style" and not closed:
            self._in_style = True
        if tag == "form":
            kept = [(k, v) for k, v in kept if k not in ("action", "method", "target")]
        name = values.get("name", "")
        if tag == "input" and name:
            kept = self._fill_input(kept, values)
        elif tag == "textarea" and name:
            self._textarea = name
            answer = self._answer(name)
            kept = [*kept, ("disabled", None)] + ([("class", "wb-filled")] if answer else [])
            self.out.append(f"<textarea {' '.join(_attr(k, v) for k, v in kept)}>"
                            f"{html.escape(answer or '', quote=False)}")
            return
        elif tag == "select" and name:
            self._select = name
            kept = [*kept, ("disabled", None)]
        elif tag == "option" and self._select:
            value = values.get("value", "")
            kept = [(k, v) for k, v in kept if k != "selected"]
            if self._is_chosen(self._select, value):
                kept.append(("selected", None))
        elif tag in ("button",) or (tag == "input" and values.get("type") == "submit"):
            kept = [*kept, ("disabled", None)]
        text = " ".join(_attr(k, v) for k, v in kept)
        self.out.append(f"<{tag}{' ' + text if text else ''}{' /' if closed else ''}>")

    def _fill_input(self, kept: list[tuple[str, str | None]], values: dict[str, str]
                    ) -> list[tuple[str, str | None]]:
        name, kind = values["name"], values.get("type", "text").lower()
        kept = [(k, v) for k, v in kept if k not in ("checked", "disabled")]
        if kind in ("checkbox", "radio"):
            if self._is_chosen(name, values.get("value", "on")):
                kept += [("checked", None), ("class", "wb-filled")]
        elif kind not in ("submit", "button", "hidden", "file", "image", "reset"):
            answer = self._answer(name)
            kept = [(k, v) for k, v in kept if k != "value"]
            if answer is not None:
                kept += [("value", answer), ("class", "wb-filled")]
        return [*kept, ("disabled", None)]

    # -- Crowd HTML Elements, drawn without their script ----------------------------------------

    def _crowd_start(self, tag: str, values: dict[str, str]) -> str:
        name = values.get("name", "")
        label = html.escape(values.get("label") or values.get("header") or "", quote=False)
        if tag == "crowd-form":
            return "<form>"
        if tag == "crowd-classifier":
            self._classifier.append((name, _categories(values.get("categories", ""))))
            return f"<fieldset class='wb-crowd'><legend>{label or html.escape(name)}</legend>"
        if tag in ("classification-target", "short-instructions"):
            return "<div>"
        if tag == "full-instructions":
            summary = QCoreApplication.translate("TaskPageView", "Full instructions")
            return f"<details><summary>{html.escape(summary)}</summary>"
        if tag == "crowd-input":
            answer = self._answer(name) or ""
            return (f"<label>{label} <input disabled class='wb-filled' "
                    f"{_attr('value', answer)}></label><br>")
        if tag == "crowd-text-area":
            answer = self._answer(name) or ""
            return (f"<label>{label}<br><textarea disabled class='wb-filled' rows='4' "
                    f"cols='60'>{html.escape(answer, quote=False)}</textarea></label><br>")
        if tag in ("crowd-checkbox", "crowd-toggle-button"):
            checked = " checked" if self._answer(f"{name}.on", name) == "true" else ""
            return f"<label><input type='checkbox' disabled{checked}> "
        if tag == "crowd-radio-button":
            checked = " checked" if self._answer(f"{name}.on") == "true" else ""
            return f"<label><input type='radio' disabled{checked}> "
        if tag == "crowd-slider":
            answer = self._answer(name) or ""
            return (f"<label>{label} <input type='number' disabled class='wb-filled' "
                    f"{_attr('value', answer)}></label><br>")
        if tag == "crowd-radio-group":
            return "<div>"
        if tag == "crowd-button":
            return "<button disabled>"
        note = QCoreApplication.translate("TaskPageView",
                                          "{element} (drawn by a script that is not run here)")
        return f"<div class='wb-note'>{html.escape(note.format(element=tag))}</div><div>"

    def _crowd_end(self, tag: str) -> str:
        if tag == "crowd-form":
            return "</form>"
        if tag == "crowd-classifier":
            name, categories = self._classifier.pop() if self._classifier else ("", [])
            chosen = self._answer(f"{name}.label", name) or ""
            ticked = " checked class='wb-filled'"
            choices = "".join(
                f"<label><input type='radio' disabled{ticked if c == chosen else ''}> "
                f"{html.escape(c, quote=False)}</label><br>" for c in categories)
            if chosen and chosen not in categories:
                answer = QCoreApplication.translate("TaskPageView", "Answer: {answer}")
                choices += (f"<div class='wb-note'>"
                            f"{html.escape(answer.format(answer=chosen), quote=False)}</div>")
            return f"{choices}</fieldset>"
        if tag == "full-instructions":
            return "</details>"
        if tag in ("crowd-checkbox", "crowd-toggle-button", "crowd-radio-button"):
            return "</label><br>"
        if tag in ("crowd-input", "crowd-text-area", "crowd-slider"):
            return ""
        if tag == "crowd-button":
            return "</button>"
        return "</div>"


def filled_page(page_html: str, answers: Mapping[str, str]) -> str:
    """The task page with the worker's answers in its controls, scripts and links removed."""
    filler = _Filler(answers)
    filler.feed(page_html)
    filler.close()
    body = "".join(filler.out)
    rest = [(k, v) for k, v in answers.items() if k not in filler.used]
    if rest:
        rows = "".join(f"<tr><td>{html.escape(k, quote=False)}</td>"
                       f"<td>{html.escape(v, quote=False)}</td></tr>" for k, v in rest)
        note = QCoreApplication.translate("TaskPageView",
                                          "Answers with no matching field on the page:")
        body += (f"<div class='wb-note'>{html.escape(note)}</div>"
                 f"<table class='wb-rest'>{rows}</table>")
    head = (f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f"<meta charset='utf-8'><style>{STYLE}</style>")
    # Inside the page's own head when it has one, so its doctype still comes first.
    found = re.search(r"<head\b[^>]*>", body, re.IGNORECASE)
    if found is None:
        return head + body
    return body[:found.end()] + head + body[found.end():]


# -- the view ------------------------------------------------------------------------------------

class _Refusals:
    """Every request the task view refused (shown in tests; kept short)."""

    lock = threading.Lock()
    urls: list[str] = []

    @classmethod
    def add(cls, url: str) -> None:
        with cls.lock:
            cls.urls.append(url)
            del cls.urls[:-100]


def _make_view(owner: QWidget) -> tuple[Any, Any]:
    """A web view with JavaScript off whose every network request is refused."""
    from PySide6.QtWebEngineCore import (
        QWebEnginePage,
        QWebEngineProfile,
        QWebEngineSettings,
        QWebEngineUrlRequestInterceptor,
    )
    from PySide6.QtWebEngineWidgets import QWebEngineView

    class RefuseAll(QWebEngineUrlRequestInterceptor):
        def interceptRequest(self, info: Any) -> None:
            url = info.requestUrl()
            if url.scheme() not in ("data", "about"):
                info.block(True)
                _Refusals.add(url.toString())

    class InertPage(QWebEnginePage):
        def acceptNavigationRequest(self, url: QUrl | str, kind: Any, main: bool) -> bool:
            return QUrl(url).scheme() in ("data", "about")

        def createWindow(self, kind: Any) -> Any:
            return None

    # The view (and the page it owns) is made before the profile, so the owner deletes
    # them first: QtWebEngine requires a profile to outlive its pages.
    view = QWebEngineView(owner)
    profile = QWebEngineProfile(owner)  # off the record: nothing kept on disk
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(
        QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    interceptor = RefuseAll(profile)
    profile.setUrlRequestInterceptor(interceptor)
    settings = profile.settings()
    attribute = QWebEngineSettings.WebAttribute
    for name, on in ((attribute.JavascriptEnabled, False),
                     (attribute.JavascriptCanOpenWindows, False),
                     (attribute.JavascriptCanAccessClipboard, False),
                     (attribute.LocalContentCanAccessRemoteUrls, False),
                     (attribute.LocalContentCanAccessFileUrls, False),
                     (attribute.PluginsEnabled, False),
                     (attribute.AutoLoadImages, True)):
        settings.setAttribute(name, on)
    page = InertPage(profile, view)
    page.settings().setAttribute(attribute.JavascriptEnabled, False)
    view.setPage(page)
    return view, interceptor


class TaskPageView(QWidget):
    """The task page with one worker's answers, or why it cannot be shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid); padding: 2px 4px;")
        layout.addWidget(self.note)
        self.stack = QStackedWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(self.message.textFormat().PlainText)
        self.stack.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        self.view: Any = None
        self._interceptor: Any = None
        self.html = ""

    def show_message(self, text: str) -> None:
        self.note.setText("")
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_page(self, page_html: str, answers: Mapping[str, str], who: str) -> None:
        """Show the page with these answers (the web view is made on first use)."""
        from workbench.views.designer.preview import web_engine_available

        if not web_engine_available():
            self.show_message(self.tr("The task page needs QtWebEngine, which this "
                                      "installation lacks; the answers are in the grid."))
            return
        if self.view is None:
            self.view, self._interceptor = _make_view(self)
            self.stack.addWidget(self.view)
        self.html = filled_page(page_html, answers)
        self.note.setText(self.tr("{worker}'s answers, filled in. Scripts are off and nothing "
                                  "is loaded from the network: images and styles from "
                                  "elsewhere do not show.").format(worker=who))
        self.view.setHtml(self.html, QUrl("about:blank"))
        self.stack.setCurrentWidget(self.view)

    def release(self) -> None:
        """Let go of the web view now, its page before its profile (QtWebEngine's order)."""
        if self.view is None:
            return
        profile = self.view.page().profile()
        self.stack.removeWidget(self.view)
        self.view.deleteLater()
        profile.deleteLater()  # posted after the view: deleted after it
        self.view = None
        self._interceptor = None

    @staticmethod
    def refused() -> list[str]:
        """Requests refused so far (any task view)."""
        with _Refusals.lock:
            return list(_Refusals.urls)
