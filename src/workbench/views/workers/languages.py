"""Text in a worker's language, whatever the window's: the compiled translations, looked up.

The window installs the translations of its own language; an invitation is written in the
worker's (services.invitation_messages). This loads a language's ``.qm`` files into
translators of its own, once per language, without installing them: the window's language
stays as it is. Only QtCore is needed (no application, no display), so the command line
uses it too; where PySide6 is missing (the server image), every message stays English.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

Translator = Callable[[str, str], str]
_lock = threading.Lock()
_loaded: dict[str, Translator | None] = {}


def translator_for(language: str) -> Translator | None:
    """A lookup into ``language``'s translations ("de"), or None when there are none."""
    primary = language.replace("_", "-").split("-")[0].lower()
    if not re.fullmatch(r"[a-z]{2,3}", primary) or primary == "en":
        return None
    with _lock:
        if primary not in _loaded:
            _loaded[primary] = _load(primary)
        return _loaded[primary]


def _load(language: str) -> Translator | None:
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:
        return None
    from workbench.views.i18n import translations_folder

    try:
        files = sorted(translations_folder().glob(f"workbench_{language}_*.qm"))
    except (FileNotFoundError, OSError):
        return None
    translators: list[Any] = []
    for path in files:
        translator = QTranslator()
        if translator.load(str(path)):
            translators.append(translator)
        else:
            log.warning("could not load translation %s", path)
    if not translators:
        return None

    def lookup(context: str, text: str) -> str:
        # QTranslator's lookups take Qt's own lock: any thread may call this.
        for translator in translators:
            found = translator.translate(context, text)
            if found:
                return str(found)
        return text

    return lookup
