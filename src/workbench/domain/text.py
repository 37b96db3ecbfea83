"""User-visible text from the Qt-free core, translated when the window has a language.

Services, formats and the domain write a message the window may show as::

    translate("ReviewService", "Already queued by {who} at {when}").format(who=…, when=…)

``pyside6-lupdate`` extracts these calls exactly like Qt's own ``QCoreApplication.translate``
(same name, same arguments), so they land in ``resources/translations/*.ts`` with the
window's strings. Without a language (the command line, the tests, English) ``translate``
returns the text unchanged; the window installs Qt's translator as the hook at start
(``workbench.views.i18n.install_translators``). The hook is process-wide and thread-safe:
Qt's lookup takes its own lock, so background tasks may call it.

Never translate what is stored, sent to a marketplace or a worker (feedback, messages,
audit records), compared in code, or written to a file: only what is shown.
Plurals: write the one and the many forms as two strings (lupdate does not mark a core
call with a count as a plural).
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_hook: Translator | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language ("" context-free text is returned as it is)."""
    hook = _hook
    if hook is None or not text:
        return text
    return hook(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction where it is defined; translate it where it is shown."""
    return text


def install(hook: Translator | None) -> None:
    """Route ``translate`` through ``hook`` (the window's Qt translator), or back to English."""
    global _hook
    _hook = hook
