"""Translations: Qt's translators for the chosen language, and a pseudo-localisation switch.

Every user-visible string goes through Qt's translation system: ``self.tr("…")`` inside a
QObject subclass (the context is the class's name), ``QCoreApplication.translate("Context",
"…")`` elsewhere, and ``%n`` with a count for plurals. Translations live in
``resources/translations/workbench_<language>_<area>.ts`` (edited with ``pyside6-linguist``,
extracted with ``pyside6-lupdate``) and ship compiled as ``.qm`` beside them; every ``.qm``
of a language is installed, so each area of the app keeps its own file.

Pseudo-localisation (language ``pseudo``, or ``WORKBENCH_PSEUDO_LOCALE=1``) replaces every
translated string with an accented, 40 % longer one in brackets: a string that shows up
plain was never passed through ``tr()``, and a layout that cuts the brackets off is too
cramped for a longer language.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workbench.domain import text
from workbench.resources import resource_root

log = logging.getLogger(__name__)

PSEUDO = "pseudo"
PSEUDO_OPEN = "["
PSEUDO_CLOSE = "]"
# The setting's values: "" follows the system's language (a translation shipped for it, else
# English); "en" is English whatever the system's language.
SYSTEM = ""
ENGLISH = "en"
LANGUAGES = (("System language", SYSTEM), ("English", ENGLISH), ("Deutsch", "de"),
             ("Pseudo-localisation (for testing)", PSEUDO))

_ACCENTED = str.maketrans(
    "AaBCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåßÇçÐðÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŘřŠšŢţÛûŴŵÝýŽž")
# Placeholders and markup survive pseudo-localisation untouched: {name}, %1, %n, <tags>, &x.
_KEEP = re.compile(r"(\{[^{}]*\}|%L?\d+|%n|%[sd]|<[^<>]*>|&[a-zA-Z#0-9]+;)")


def pseudo_localise(text: str) -> str:
    """``"Save {n} rows"`` → ``"[Šåvé {n} řöŵš ~~~]"``: accented, longer, bracketed."""
    if not text or text.startswith(PSEUDO_OPEN):
        return text
    parts = _KEEP.split(text)
    out = "".join(part if i % 2 else part.translate(_ACCENTED) for i, part in enumerate(parts))
    letters = sum(ch.isalpha() for ch in text)
    padding = "~" * max(1, (letters * 2) // 5)
    return f"{PSEUDO_OPEN}{out} {padding}{PSEUDO_CLOSE}"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo-localised source text."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo_localise(source)

    def isEmpty(self) -> bool:
        return False


def translations_folder() -> Path:
    """``resources/translations``: the .ts sources and the compiled .qm files."""
    return resource_root() / "translations"


def shipped_languages() -> set[str]:
    """The languages a translation ships for (``de`` from ``workbench_de_core.qm``)."""
    try:
        files = translations_folder().glob("workbench_*_*.qm")
        return {path.name.split("_")[1] for path in files}
    except FileNotFoundError:
        return set()


def system_language() -> str:
    """The system's language if a translation ships for it, else "" (English).

    Qt reads it from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) on Unix and from
    the user's settings on Windows and macOS, in the user's order of preference.
    """
    shipped = shipped_languages()
    for name in QLocale.system().uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if language in ("en", "c"):
            return ""
        if language in shipped:
            return language
    return ""


def chosen_language(setting: str) -> str:
    """The language to show: the environment's pseudo switch, Settings, or the system's."""
    if os.environ.get("WORKBENCH_PSEUDO_LOCALE", "").strip() not in ("", "0"):
        return PSEUDO
    setting = setting.strip()
    if setting == SYSTEM:
        return system_language()
    return "" if setting == ENGLISH else setting


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("" is English: nothing to install).

    Returns them (keep a reference: Qt does not own them). A missing or unreadable
    translation is logged and the app stays in English rather than failing to start.
    """
    installed: list[QTranslator] = []
    if not language:
        return installed
    # The Qt-free core's messages (workbench.domain.text) go through the same translators.
    text.install(QCoreApplication.translate)
    if language == PSEUDO:
        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)
        return [translator]
    # Qt's own strings (standard buttons, file dialogs) in the same language.
    qt_translator = QTranslator(app)
    if qt_translator.load(QLocale(language), "qtbase", "_",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    try:
        files = sorted(translations_folder().glob(f"workbench_{language}_*.qm"))
    except FileNotFoundError:
        files = []
    if not files:
        log.warning("no translation found for language %r; showing English", language)
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("could not load translation %s", path)
    QLocale.setDefault(QLocale(language))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo ``install_translators`` (tests, and switching language)."""
    for translator in translators:
        app.removeTranslator(translator)
    text.install(None)
    QLocale.setDefault(QLocale.system())
