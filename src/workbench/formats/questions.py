"""MTurk question XML: HTMLQuestion, ExternalQuestion and QuestionForm documents."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit
from xml.sax.saxutils import escape as xml_escape

from workbench.domain.text import translate
from workbench.formats._xml import local_name, namespace, parse_untrusted, strip_invalid_xml_chars

_SCHEMAS = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
HTML_QUESTION_NS = _SCHEMAS + "2011-11-11/HTMLQuestion.xsd"
EXTERNAL_QUESTION_NS = _SCHEMAS + "2006-07-14/ExternalQuestion.xsd"
QUESTION_FORM_NS = _SCHEMAS + "2017-11-06/QuestionForm.xsd"
QUESTION_FORM_2005_NS = _SCHEMAS + "2005-10-01/QuestionForm.xsd"
ANSWER_KEY_NS = _SCHEMAS + "2005-10-01/AnswerKey.xsd"
QUESTION_FORM_ANSWERS_NS = _SCHEMAS + "2005-10-01/QuestionFormAnswers.xsd"

QUESTION_MAX_BYTES = 65535

# A doctype may follow a byte-order mark, whitespace and comments, but nothing else.
_LEADING_DOCTYPE = re.compile(
    r"^\ufeff?(?:\s|<!--.*?-->)*<!doctype\s+html", re.IGNORECASE | re.DOTALL
)


class QuestionTooLarge(ValueError):
    """A question document bigger than the 64 KB MTurk accepts."""

    def __init__(self, size_bytes: int) -> None:
        self.size_bytes = size_bytes
        super().__init__(
            translate(
                "TemplateFormat", "the question is {kb} KB ({bytes} bytes) but MTurk accepts "
                "at most 64 KB ({limit} bytes); host images, scripts and styles elsewhere and "
                "link to them").format(kb=f"{size_bytes / 1024:.1f}", bytes=f"{size_bytes:,}",
                                       limit=f"{QUESTION_MAX_BYTES:,}")
        )


@dataclass(frozen=True)
class ParsedQuestion:
    """What a question document asks: an HTML page, an external URL, or a QuestionForm."""

    kind: Literal["html", "external", "question_form"]
    html: str | None
    url: str | None
    frame_height: int
    xml: str


def _check_size(document: str) -> str:
    size = len(document.encode("utf-8"))
    if size > QUESTION_MAX_BYTES:
        raise QuestionTooLarge(size)
    return document


def _check_frame_height(frame_height: int) -> int:
    if isinstance(frame_height, bool) or not isinstance(frame_height, int) or frame_height < 0:
        raise ValueError(f"frame height must be whole pixels >= 0, not {frame_height!r}")
    return frame_height


def _cdata(text: str) -> str:
    # "]]>" would close the section early, so end it after "]]" and open a new one for ">".
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def html_question(html: str, frame_height: int = 0) -> str:
    """An HTMLQuestion document for a page, with the HTML5 doctype MTurk requires."""
    frame_height = _check_frame_height(frame_height)
    html = strip_invalid_xml_chars(html)
    if not _LEADING_DOCTYPE.match(html):
        html = "<!DOCTYPE html>\n" + html
    return _check_size(
        f'<HTMLQuestion xmlns="{HTML_QUESTION_NS}">'
        f"<HTMLContent>{_cdata(html)}</HTMLContent>"
        f"<FrameHeight>{frame_height}</FrameHeight>"
        "</HTMLQuestion>"
    )


def external_question(url: str, frame_height: int = 0) -> str:
    """An ExternalQuestion document pointing workers at an http(s) page."""
    frame_height = _check_frame_height(frame_height)
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(f"an external question needs an http:// or https:// URL, not {url!r}")
    if strip_invalid_xml_chars(url) != url or any(ch.isspace() for ch in url):
        raise ValueError(f"the URL {url!r} contains spaces or control characters")
    return _check_size(
        f'<ExternalQuestion xmlns="{EXTERNAL_QUESTION_NS}">'
        f"<ExternalURL>{xml_escape(url)}</ExternalURL>"
        f"<FrameHeight>{frame_height}</FrameHeight>"
        "</ExternalQuestion>"
    )


def _frame_height_of(text: str | None) -> int:
    raw = (text or "").strip()
    if not raw:
        return 0
    if not raw.isdigit():
        raise ValueError(f"FrameHeight {raw!r} is not a whole number of pixels")
    return int(raw)


def parse_question(xml: str) -> ParsedQuestion:
    """Read a question document; raise ValueError for anything MTurk would not accept."""
    root = parse_untrusted(xml)
    ns, name = namespace(root.tag), local_name(root.tag)
    if name == "HTMLQuestion" and ns == HTML_QUESTION_NS:
        content = root.find(f"{{{ns}}}HTMLContent")
        if content is None:
            raise ValueError("HTMLQuestion has no HTMLContent")
        return ParsedQuestion(
            kind="html",
            html=content.text or "",
            url=None,
            frame_height=_frame_height_of(root.findtext(f"{{{ns}}}FrameHeight")),
            xml=xml,
        )
    if name == "ExternalQuestion" and ns == EXTERNAL_QUESTION_NS:
        url = (root.findtext(f"{{{ns}}}ExternalURL") or "").strip()
        if not url:
            raise ValueError("ExternalQuestion has no ExternalURL")
        return ParsedQuestion(
            kind="external",
            html=None,
            url=url,
            frame_height=_frame_height_of(root.findtext(f"{{{ns}}}FrameHeight")),
            xml=xml,
        )
    if name == "QuestionForm" and ns in (QUESTION_FORM_NS, QUESTION_FORM_2005_NS):
        return ParsedQuestion(kind="question_form", html=None, url=None, frame_height=0, xml=xml)
    shown = f"{{{ns}}}{name}" if ns else name
    raise ValueError(
        f"not an MTurk question: the root element is <{shown}>; expected HTMLQuestion, "
        "ExternalQuestion or QuestionForm in its MTurk namespace"
    )
