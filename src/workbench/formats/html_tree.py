"""A small, forgiving HTML tree with source positions, for reading task templates.

The standard library's tokenizer does the parsing; this keeps each element's attributes,
children, text and where its inner HTML starts and ends in the source, so a template's own
markup can be read back exactly as it was written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID_ELEMENTS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
# Elements a browser closes when a sibling of the same kind opens (enough for templates).
_SELF_CLOSING_SIBLINGS = {"p": {"p", "div", "section", "ul", "ol", "h1", "h2", "h3", "table"},
                          "li": {"li"}, "option": {"option"}}


@dataclass
class Element:
    """One element: tag, attributes, children, and where it sits in the source."""

    tag: str
    attrs: dict[str, str]
    line: int
    start: int
    inner_start: int
    inner_end: int = -1
    children: list[Element | str] = field(default_factory=list)
    parent: Element | None = field(default=None, repr=False)

    def get(self, name: str, default: str = "") -> str:
        return self.attrs.get(name, default)

    def has(self, name: str) -> bool:
        return name in self.attrs

    @property
    def classes(self) -> set[str]:
        return set(self.get("class").split())

    def elements(self) -> Iterator[Element]:
        """Every element below this one, in document order."""
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.elements()

    def child_elements(self) -> list[Element]:
        return [c for c in self.children if isinstance(c, Element)]

    def text(self) -> str:
        """The text content, whitespace collapsed."""
        parts: list[str] = []
        self._collect_text(parts)
        return " ".join("".join(parts).split())

    def _collect_text(self, parts: list[str]) -> None:
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag not in ("script", "style"):
                child._collect_text(parts)

    def find(self, tag: str | None = None, css_class: str | None = None) -> Element | None:
        return next(self.find_all(tag, css_class), None)

    def find_all(self, tag: str | None = None, css_class: str | None = None
                 ) -> Iterator[Element]:
        for element in self.elements():
            if (tag is None or element.tag == tag) and (
                    css_class is None or css_class in element.classes):
                yield element


class _TreeBuilder(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.line_starts = [0]
        for index, character in enumerate(source):
            if character == "\n":
                self.line_starts.append(index + 1)
        self.root = Element("#document", {}, 1, 0, 0)
        self.stack = [self.root]

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        closes = _SELF_CLOSING_SIBLINGS
        while self.stack[-1].tag in closes and tag in closes[self.stack[-1].tag]:
            self._close(self.stack[-1], self._offset())
        start = self._offset()
        text = self.get_starttag_text() or ""
        element = Element(tag, {k: (v if v is not None else "") for k, v in attrs},
                          self.getpos()[0], start, start + len(text), parent=self.stack[-1])
        self.stack[-1].children.append(element)
        if tag in VOID_ELEMENTS:
            element.inner_end = element.inner_start
        else:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS and self.stack[-1].tag == tag:
            element = self.stack.pop()
            element.inner_end = element.inner_start

    def handle_endtag(self, tag: str) -> None:
        if not any(e.tag == tag for e in self.stack[1:]):
            return  # a stray end tag: browsers ignore it too
        end = self._offset()
        while self.stack[-1].tag != tag:
            self._close(self.stack[-1], end)
        self._close(self.stack[-1], end)

    def _close(self, element: Element, end: int) -> None:
        element.inner_end = end
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def finish(self) -> Element:
        self.close()
        end = len(self.source)
        while len(self.stack) > 1:
            self._close(self.stack[-1], end)
        self.root.inner_end = end
        return self.root


def parse_html(source: str) -> Element:
    """The document's tree (a root ``#document`` element); never raises on bad markup."""
    builder = _TreeBuilder(source)
    builder.feed(source)
    return builder.finish()


def inner_html(source: str, element: Element) -> str:
    """The element's inner HTML exactly as the source has it."""
    return source[element.inner_start:max(element.inner_start, element.inner_end)]
