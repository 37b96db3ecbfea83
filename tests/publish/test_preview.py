"""The live preview works offline and "Try it" shows the answer record the store would keep."""

from __future__ import annotations

from pathlib import Path

from workbench.services.templates import load_preset, read_template_file
from workbench.views.designer.preview import TaskPreview, _Offline

FILL_AND_SUBMIT = """
document.querySelectorAll('crowd-radio-button')[1].checked = true;
document.querySelector('crowd-input').value = 'a tabby cat';
document.querySelector('crowd-form').submit();
"""


def shown(qtbot, template_html: str, row: dict[str, str]) -> TaskPreview:  # type: ignore[no-untyped-def]
    preview = TaskPreview()
    qtbot.addWidget(preview)
    preview.resize(900, 700)
    preview.show()
    preview.show_task(template_html, row)
    qtbot.waitUntil(lambda: preview.is_loaded, timeout=20_000)
    return preview


def test_try_it_on_a_designed_page_shows_the_dotted_answer_record(qtbot) -> None:  # type: ignore[no-untyped-def]
    preset = load_preset("image_classification")
    preview = shown(qtbot, preset.html, preset.sample)
    records: list[object] = []
    preview.submitted.connect(records.append)
    # Required questions are checked by the page itself: nothing is submitted yet.
    preview.run_script("document.querySelector('crowd-form').submit();")
    qtbot.wait(300)
    assert not records
    preview.run_script(FILL_AND_SUBMIT)
    qtbot.waitUntil(lambda: bool(records), timeout=10_000)
    record = preview.record.record
    assert record is not None and record.answer_format == "crowd"
    assert record.fields["category.animal"] == "true"
    assert record.fields["category.person"] == "false"
    assert record.fields["other_subject"] == "a tabby cat"
    assert record.fields["image_id"] == "IMG-4411"
    assert preview.record.table.rowCount() == len(record.fields)
    assert preview.console == []
    # Nothing left the machine: the crowd script and the image were refused.
    assert {"assets.crowd.aws", "images.example.com"} <= set(_Offline.blocked)


def test_a_classic_mturk_form_is_tried_as_one_answer_per_field(qtbot, fixtures_dir: Path  # type: ignore[no-untyped-def]
                                                               ) -> None:
    template = read_template_file(fixtures_dir / "mturkr_categorization1.xml")
    preview = shown(qtbot, template.html, {"imageurl": "https://example.org/cat.jpg"})
    records: list[object] = []
    preview.submitted.connect(records.append)
    preview.run_script("document.getElementById('q1c').click();"
                       "document.getElementById('submitButton').click();")
    qtbot.waitUntil(lambda: bool(records), timeout=10_000)
    record = preview.record.record
    assert record is not None and record.answer_format == "form"
    assert record.fields == {"QuestionId1": "fruit", "imageurl": "https://example.org/cat.jpg"}


def test_a_page_needing_a_cdn_says_why_it_looks_bare_and_what_workers_see(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.formats.test_templates import SCRIPTED

    preview = shown(qtbot, SCRIPTED, {"n_items": "4", "product": "Kettle", "item_id": "K-1"})
    assert preview.fetches.isVisible()
    text = preview.fetches.text()
    assert "bootstrap.min.css, jquery-3.7.1.min.js" in text
    assert "maxcdn.bootstrapcdn.com, code.jquery.com" in text
    assert "works offline" in text and "Workers are online" in text
    # The filled page keeps JavaScript's own ${i}; the row's columns are in, scripts too.
    assert 'var itemId = "K-1";' in preview.html and 'name="photo_${i}"' in preview.html
    # A page that fetches nothing (the crowd script is drawn locally) shows no such note.
    preview.show_task(load_preset("sentiment").html, load_preset("sentiment").sample)
    assert not preview.fetches.isVisible()
