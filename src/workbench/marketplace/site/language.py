"""The worker site in the worker's language: which one a request gets, and its words, dates
and amounts.

A page is in the language the worker chose on the site (a cookie), else the one their
requester gave them (``MarketWorker.language``), else the first their browser asks for
(``Accept-Language``) that the site has, else English. The words come from the window's own
compiled translations (``resources/translations/workbench_<lang>_*.qm``, context
``WorkerSite``), read without Qt (formats.qm) because the server image has no PySide6.

The language of the page being rendered is a context variable, so the templates' ``_()``,
``money`` and ``shown`` need no argument and imported macros see it too.
"""

from __future__ import annotations

import gettext
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from functools import cache
from pathlib import Path

from markupsafe import Markup, escape

from workbench.domain.currency import DEFAULT_CURRENCY, currency_symbol, format_money
from workbench.domain.text import QT_TRANSLATE_NOOP
from workbench.formats.qm import QmError, load_qm
from workbench.marketplace.local.requirement_words import CountryName, Words

log = logging.getLogger(__name__)

CONTEXT = "WorkerSite"
COOKIE = "wb_language"
ENGLISH = "en"
# Each language's own name, as the chooser shows it to someone who reads only that one.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español",
                "it": "Italiano", "nl": "Nederlands", "pl": "Polski", "pt": "Português"}
_TAG = re.compile(r"^[a-z]{2,3}$")

_current: ContextVar[str] = ContextVar("site_language", default=ENGLISH)
_catalogs: ContextVar[dict[tuple[str, str], str] | None] = ContextVar("site_catalog",
                                                                      default=None)


# Statuses the pages show as the marketplace stores them (assignments, qualification requests)
# and the My work page's filters, translated where shown.
STATUS_WORDS = (
    QT_TRANSLATE_NOOP("WorkerSite", "All"), QT_TRANSLATE_NOOP("WorkerSite", "Submitted"),
    QT_TRANSLATE_NOOP("WorkerSite", "Approved"), QT_TRANSLATE_NOOP("WorkerSite", "Rejected"),
    QT_TRANSLATE_NOOP("WorkerSite", "Returned"), QT_TRANSLATE_NOOP("WorkerSite", "Abandoned"),
    QT_TRANSLATE_NOOP("WorkerSite", "Accepted"), QT_TRANSLATE_NOOP("WorkerSite", "Pending"),
    QT_TRANSLATE_NOOP("WorkerSite", "Testing"), QT_TRANSLATE_NOOP("WorkerSite", "Expired"))


def primary(tag: str | None) -> str:
    """"de" of "de-AT", "de_at" or "DE"; "" when it is no language tag."""
    found = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    return found if _TAG.match(found) else ""


def accepted(header: str) -> list[str]:
    """The primary languages of an ``Accept-Language`` header, most wanted first."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")[:40]):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        found = re.search(r"q=([0-9.]+)", params)
        if found:
            try:
                weight = float(found.group(1))
            except ValueError:
                weight = 0.0
        language = primary(tag)
        if language and weight > 0:
            ranked.append((-weight, index, language))
    return [language for _w, _i, language in sorted(ranked)]


class SiteLanguages:
    """The languages the site speaks (English and those with compiled translations)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.catalogs: dict[str, dict[tuple[str, str], str]] = {}
        if folder is None:
            try:
                from workbench.resources import resource_root

                folder = resource_root() / "translations"
            except FileNotFoundError:
                folder = None
        for path in sorted(folder.glob("workbench_*_*.qm")) if folder is not None else []:
            language = path.name.split("_")[1]
            if not _TAG.match(language):
                continue
            try:
                found = load_qm(path)
            except (OSError, QmError) as exc:  # a damaged file costs its language, not the site
                log.warning("cannot read the translation %s: %s", path, exc)
                continue
            self.catalogs.setdefault(language, {}).update(found)
        # A language counts only when the site's own pages are translated into it.
        self.catalogs = {language: catalog for language, catalog in self.catalogs.items()
                         if any(context == CONTEXT for context, _source in catalog)}

    @property
    def languages(self) -> list[str]:
        return [ENGLISH, *sorted(self.catalogs)]

    def choose(self, *, chosen: str | None = None, worker: str | None = None,
               accept_language: str = "") -> str:
        """The language of a page: the worker's choice, their requester's, their browser's."""
        for candidate in (primary(chosen), primary(worker), *accepted(accept_language)):
            if candidate in self.languages:
                return candidate
        return ENGLISH

    @contextmanager
    def speaking(self, language: str) -> Iterator[None]:
        """Render (and format) in ``language`` inside this block."""
        language_token = _current.set(language if language in self.languages else ENGLISH)
        catalog_token = _catalogs.set(self.catalogs.get(language))
        try:
            yield
        finally:
            _current.reset(language_token)
            _catalogs.reset(catalog_token)

    def choices(self) -> list[tuple[str, str]]:
        """(tag, its own name) of every language the site speaks."""
        return [(tag, NATIVE_NAMES.get(tag, tag)) for tag in self.languages]


def current_language() -> str:
    return _current.get()


def words(source: str, context: str = CONTEXT) -> str:
    """``source`` in the page's language (as it is when there is no translation)."""
    catalog = _catalogs.get()
    if catalog is None:
        return source
    return catalog.get((context, source)) or source


def say(text: str) -> str:
    """Text in the page's language: a message the site knows, or a sentence made of parts
    (requirement_words.Words) said part by part; anything else as it is."""
    if isinstance(text, Words):
        return words(text.template).format(
            **{name: say(value) for name, value in text.values.items()})
    if isinstance(text, CountryName):
        return country(text.code, text)
    return words(text)


@cache
def _country_names(language: str) -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def country(code: str, english: str) -> str:
    """A country's name in the page's language (ISO 3166-1, as pycountry has it)."""
    language = current_language()
    if language == ENGLISH:
        return english
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return english
    return _country_names(language).gettext(getattr(found, "common_name", None) or found.name)


def as_sentence(source: str) -> str:
    """A message (a rule's "this HIT is no longer available") as a sentence, translated."""
    shown = say(source)
    if not shown:
        return shown
    return shown[:1].upper() + shown[1:] + ("" if shown.endswith((".", "!", "?")) else ".")


def markup(source: str) -> Markup:
    """``_()`` of the templates: the words as safe markup, whose ``format`` escapes values."""
    return Markup(escape(say(source)))


def _grouped(cents: int, decimal: str, thousands: str) -> str:
    whole, rest = divmod(abs(int(cents)), 100)
    digits = f"{whole:,}".replace(",", thousands)
    return f"{'-' if cents < 0 else ''}{digits}{decimal}{rest:02d}"


def money(cents: int, code: str | None = None) -> str:
    """An amount as the page's language writes it: "$1,234.50", "1.234,50 $"."""
    code = code or DEFAULT_CURRENCY
    if current_language() == "de":
        return f"{_grouped(cents, ',', '.')}\u00a0{currency_symbol(code)}"
    return format_money(int(cents), code)


def shown(moment: datetime | None) -> str:
    """A moment (UTC) as the page's language writes it; the browser shows it in local time."""
    if moment is None:
        return ""
    if current_language() == "de":
        return moment.strftime("%d.%m.%Y %H:%M UTC")
    return moment.strftime("%Y-%m-%d %H:%M UTC")


_UNITS = {  # (one, many) of each unit, translated at use
    "day": (QT_TRANSLATE_NOOP("WorkerSite", "{n} day"),
            QT_TRANSLATE_NOOP("WorkerSite", "{n} days")),
    "hour": (QT_TRANSLATE_NOOP("WorkerSite", "{n} hour"),
             QT_TRANSLATE_NOOP("WorkerSite", "{n} hours")),
    "minute": (QT_TRANSLATE_NOOP("WorkerSite", "{n} minute"),
               QT_TRANSLATE_NOOP("WorkerSite", "{n} minutes")),
    "second": (QT_TRANSLATE_NOOP("WorkerSite", "{n} second"),
               QT_TRANSLATE_NOOP("WorkerSite", "{n} seconds"))}


def duration(seconds: int) -> str:
    """A duration as people say it: "1 hour 30 minutes", "1 Stunde 30 Minuten"."""
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [(n, unit) for n, unit in ((days, "day"), (hours, "hour"), (minutes, "minute"))
             if n] or [(secs, "second")]
    return " ".join(words(_UNITS[unit][0 if n == 1 else 1]).format(n=n)
                    for n, unit in parts[:2])
