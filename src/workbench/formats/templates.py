"""MTurk task templates: HTML with ${name} placeholders filled from one input row per HIT.

MTurk fills a template by find and replace: every ``${column}`` of the input, wherever it
is, a script included (templates put values in JavaScript: ``var id = "${item_id}";``). Text
that no column names is left as it is; in markup that is a mistake (the worker would read
``${title}``), but inside ``<script>`` it is JavaScript's own template literal (``${i}``), so
only the placeholders outside scripts must have a column.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable, Mapping, Sequence

from workbench.domain.text import translate

PLACEHOLDER_PATTERN = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}")


class UnknownPlaceholders(ValueError):
    """A template uses placeholders that the input has no columns for."""

    def __init__(self, names: Sequence[str], columns: Iterable[str] = ()) -> None:
        self.names: list[str] = list(names)
        self.columns: list[str] = list(columns)
        used = ", ".join(f"${{{name}}}" for name in self.names)
        available = ", ".join(self.columns) if self.columns else translate("TemplateFormat",
                                                                            "(none)")
        super().__init__(
            translate(
                "TemplateFormat", "template uses {used} but the input has no such column(s); "
                "columns are: {available}").format(used=used, available=available)
        )


_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)(?:</script\s*>|$)", re.IGNORECASE | re.DOTALL)
_RAW_TEXT = re.compile(r"<(script|style)\b[^>]*>(.*?)(?:</\1\s*>|$)",
                       re.IGNORECASE | re.DOTALL)


def _spans(html: str, pattern: re.Pattern[str], group: int) -> list[tuple[int, int]]:
    return [match.span(group) for match in pattern.finditer(html)]


def outside(html: str, spans: Sequence[tuple[int, int]]) -> str:
    """The template with the text of these spans blanked out (offsets stay the same)."""
    parts, at = [], 0
    for start, end in spans:
        parts += [html[at:start], " " * (end - start)]
        at = end
    parts.append(html[at:])
    return "".join(parts)


def script_spans(html: str) -> list[tuple[int, int]]:
    """Where the text of each ``<script>`` element is."""
    return _spans(html, _SCRIPT, 1)


def raw_text_spans(html: str) -> list[tuple[int, int]]:
    """Where the text of each ``<script>`` and ``<style>`` element is (not markup)."""
    return _spans(html, _RAW_TEXT, 2)


def find_placeholders(html: str) -> list[str]:
    """The placeholders a template needs a column for, each once, in order of appearance:
    every ``${name}`` outside its scripts (inside one, a name without a column is
    JavaScript's)."""
    return list(dict.fromkeys(PLACEHOLDER_PATTERN.findall(outside(html, script_spans(html)))))


def script_placeholders(html: str) -> list[str]:
    """The ``${name}``s only scripts use: filled when the input has such a column, else
    left to JavaScript."""
    needed = set(find_placeholders(html))
    inside = (PLACEHOLDER_PATTERN.findall(html[start:end]) for start, end in script_spans(html))
    return [name for name in dict.fromkeys(n for names in inside for n in names)
            if name not in needed]


def check_placeholders(html: str, columns: Iterable[str]) -> None:
    """Raise UnknownPlaceholders unless every placeholder in the template has a column."""
    columns = list(columns)
    known = set(columns)
    missing = [name for name in find_placeholders(html) if name not in known]
    if missing:
        raise UnknownPlaceholders(missing, columns)


def render_template(html: str, row: Mapping[str, str], *, escape: bool = True) -> str:
    """The template with every ``${column}`` of the row replaced by its value (HTML-escaped by
    default), as MTurk does; a ``${name}`` in a script that no column names stays."""
    check_placeholders(html, row.keys())

    def substitute(match: re.Match[str]) -> str:
        if match.group(1) not in row:
            return match.group(0)  # JavaScript's own ${...}, inside a script
        value = row[match.group(1)]
        text = "" if value is None else str(value)
        return html_lib.escape(text, quote=True) if escape else text

    # One re.sub pass: a value containing "${...}" is never expanded again.
    return PLACEHOLDER_PATTERN.sub(substitute, html)
