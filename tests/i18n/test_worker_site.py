"""The worker site's words have German, and the site reads the compiled translations exactly
as Qt does, without Qt."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

from tests.i18n.helpers import ROOT, TRANSLATIONS, missing_translations
from workbench.formats.qm import QmError, load_qm, read_qm

TS = TRANSLATIONS / "workbench_de_worker_site.ts"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "site_messages", ROOT / "packaging" / "site_messages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_word_of_the_worker_site_has_a_german_translation(tmp_path: Path) -> None:
    script = _script()
    generated = script.write_messages(tmp_path / "site_messages.py")
    assert "Accept & work" in script.template_messages()  # the templates are read
    assert missing_translations(script.sources(generated), TS, tmp_path) == []


@pytest.mark.parametrize("qm", sorted(TRANSLATIONS.glob("*.qm")), ids=lambda p: p.name)
def test_the_qt_free_reader_finds_what_qt_finds(qm: Path) -> None:
    found = load_qm(qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    expected = 0
    for context in ET.parse(qm.with_suffix(".ts")).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or message.get("numerus") == "yes" or translation.get(
                    "type") in ("unfinished", "obsolete", "vanished") \
                    or not (translation.text or "").strip():
                continue
            expected += 1
            source = message.findtext("source") or ""
            assert found[(name, source)] == translator.translate(name, source) \
                == translation.text
    assert expected > 0 and len(found) >= expected


def test_a_file_that_is_no_translation_is_refused() -> None:
    with pytest.raises(QmError):
        read_qm(b"<TS>not compiled</TS>")
    good = (TRANSLATIONS / "workbench_de_worker_site.qm").read_bytes()
    with pytest.raises(QmError):
        read_qm(good[:len(good) // 2])
