"""The Qt-free core's messages follow the window's language, on any thread."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from workbench.domain.text import translate
from workbench.views.i18n import install_translators, remove_translators


def test_core_messages_are_english_without_a_language() -> None:
    assert translate("ReviewService", "No decisions sent yet") == "No decisions sent yet"


def test_core_messages_follow_the_installed_language_on_any_thread(qapp: Any) -> None:
    translators = install_translators(qapp, "pseudo")
    try:
        shown = translate("ReviewService", "Agrees with {share}").format(share="87%")
        with ThreadPoolExecutor(1) as pool:
            elsewhere = pool.submit(translate, "ReviewService", "No decisions sent yet").result()
    finally:
        remove_translators(qapp, translators)
    assert shown.startswith("[Åĝřééš ŵîţĥ 87%") and shown.endswith("]")
    assert elsewhere.startswith("[Ñö ðéçîšîöñš")
    assert translate("ReviewService", "No decisions sent yet") == "No decisions sent yet"
