"""MTurk task templates: HTML with ${name} placeholders filled from one input row per HIT."""

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


def find_placeholders(html: str) -> list[str]:
    """The placeholder names in a template, each once, in order of first appearance."""
    return list(dict.fromkeys(PLACEHOLDER_PATTERN.findall(html)))


def check_placeholders(html: str, columns: Iterable[str]) -> None:
    """Raise UnknownPlaceholders unless every placeholder in the template has a column."""
    columns = list(columns)
    known = set(columns)
    missing = [name for name in find_placeholders(html) if name not in known]
    if missing:
        raise UnknownPlaceholders(missing, columns)


def render_template(html: str, row: Mapping[str, str], *, escape: bool = True) -> str:
    """The template with every placeholder replaced by the row's value, HTML-escaped by default."""
    check_placeholders(html, row.keys())

    def substitute(match: re.Match[str]) -> str:
        value = row[match.group(1)]
        text = "" if value is None else str(value)
        return html_lib.escape(text, quote=True) if escape else text

    # One re.sub pass: a value containing "${...}" is never expanded again.
    return PLACEHOLDER_PATTERN.sub(substitute, html)
