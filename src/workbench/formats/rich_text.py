"""Rich text for task instructions, reduced to a small set of plain HTML tags.

A rich-text editor writes full documents (Qt's carry a style sheet and a style on every
span); a task page wants ``<p>``, ``<b>``, lists and links. Cleaning keeps the meaning
(bold, italic, underline, lists, headings, links) and drops everything else, including any
script. Cleaning is idempotent: cleaned text cleans to itself.
"""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser

ALLOWED = frozenset({"p", "br", "b", "i", "u", "s", "ul", "ol", "li", "a", "h3", "h4",
                     "blockquote", "code", "sub", "sup"})
RENAMED = {"strong": "b", "em": "i", "h1": "h3", "h2": "h3", "h5": "h4", "h6": "h4",
           "pre": "p", "div": "p", "del": "s", "strike": "s", "ins": "u"}
DROPPED_WITH_CONTENT = frozenset({"head", "style", "script", "title", "template", "iframe",
                                  "object", "noscript", "svg", "math"})
BLOCKS = ("p", "ul", "ol", "li", "h3", "h4", "blockquote")
_SAFE_LINK = re.compile(r"^(https?:|mailto:|\$\{)", re.IGNORECASE)
_EMPTY_BLOCK = re.compile(r"<(p|h3|h4|li|blockquote)>(?:\s|<br>)*</\1>")
_SPACE_AT_BLOCK = re.compile(r"\s*(</?(?:" + "|".join(BLOCKS) + r")>|<br>)\s*")


def _span_tags(style: str) -> list[str]:
    style = style.replace(" ", "").lower()
    tags = []
    if re.search(r"font-weight:(bold|[6-9]00)", style):
        tags.append("b")
    if "font-style:italic" in style:
        tags.append("i")
    if "text-decoration:underline" in style or "text-decoration-line:underline" in style:
        tags.append("u")
    if "line-through" in style:
        tags.append("s")
    return tags


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        # What each open source element emitted, so its end tag closes exactly that.
        self.frames: list[tuple[str, list[str]]] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in DROPPED_WITH_CONTENT:
            self.skipping += 1
            self.frames.append((tag, []))
            return
        if self.skipping or tag == "br":
            if not self.skipping:
                self.out.append("<br>")
            return
        emitted: list[str] = []
        if tag == "span" or (tag in ("p", "li") and values.get("style")):
            if tag != "span":
                emitted.append(self._emit(tag))
            # Qt underlines every link; inside a link that says nothing.
            emitted += [self._emit(t) for t in _span_tags(values.get("style", ""))
                        if not (t == "u" and "a" in self.open)]
        else:
            name = RENAMED.get(tag, tag)
            if name == "a":
                href = values.get("href", "").strip()
                if _SAFE_LINK.match(href):
                    self.out.append(f'<a href="{html_lib.escape(href, quote=True)}" '
                                    'target="_blank" rel="noopener noreferrer">')
                    self.open.append("a")
                    emitted.append("a")
            elif name in ALLOWED:
                emitted.append(self._emit(name))
        self.frames.append((tag, emitted))

    def _emit(self, name: str) -> str:
        if name in ("p", "h3", "h4") and self.open and self.open[-1] in ("p", "h3", "h4"):
            self._close_to(len(self.open) - 1)  # a block never nests in a paragraph
        self.out.append(f"<{name}>")
        self.open.append(name)
        return name

    def _close_to(self, depth: int) -> None:
        while len(self.open) > depth:
            self.out.append(f"</{self.open.pop()}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag != "br":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":
            return
        for position in range(len(self.frames) - 1, -1, -1):
            if self.frames[position][0] == tag:
                break
        else:
            return
        for _, emitted in reversed(self.frames[position:]):
            for name in reversed(emitted):
                if name in self.open:
                    self._close_to(len(self.open) - 1 - self.open[::-1].index(name))
        dropped = sum(1 for t, _ in self.frames[position:] if t in DROPPED_WITH_CONTENT)
        self.skipping -= dropped
        del self.frames[position:]

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(html_lib.escape(data, quote=False))

    def result(self) -> str:
        self.close()
        self._close_to(0)
        text = re.sub(r"\s+", " ", "".join(self.out))
        text = _SPACE_AT_BLOCK.sub(r"\1", text)
        previous = None
        while previous != text:
            previous, text = text, _EMPTY_BLOCK.sub("", text)
        return text.strip()


def clean_rich_text(markup: str) -> str:
    """Instructions' HTML reduced to paragraphs, emphasis, lists, headings and safe links."""
    cleaner = _Cleaner()
    cleaner.feed(markup)
    text = cleaner.result()
    if text and not text.startswith(tuple(f"<{b}>" for b in BLOCKS)):
        # Loose text becomes a paragraph, so that the result cleans to itself.
        text = _wrap_loose_text(text)
    return text


def _wrap_loose_text(text: str) -> str:
    """Wrap leading inline content (up to the first block) in a paragraph."""
    match = re.search(r"<(?:" + "|".join(BLOCKS) + r")>", text)
    if match is None:
        return f"<p>{text}</p>"
    head, rest = text[:match.start()].strip(), text[match.start():]
    return (f"<p>{head}</p>" if head else "") + rest


def plain_text(markup: str) -> str:
    """The text of some HTML, for a one-line summary."""
    without_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(html_lib.unescape(without_tags).split())
