"""Templates saved with versions, presets, imports, and the answer record of a preview."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.formats.forms import FieldKind, FormDesign, FormField, generate_html
from workbench.services.context import Workbench
from workbench.services.templates import (
    PRESETS,
    SubmissionError,
    TemplateError,
    answer_record,
    list_templates,
    load_preset,
    load_template,
    read_template_file,
    sample_row,
    save_template,
    template_versions,
)

DESIGN = FormDesign("Caption", (FormField(FieldKind.SHORT_TEXT, "caption", "Caption"),))


def test_saving_an_edited_template_adds_a_version_and_an_unchanged_one_does_not(
        wb: Workbench) -> None:
    first = save_template(wb, "Captions", generate_html(DESIGN), DESIGN)
    assert save_template(wb, "Captions", generate_html(DESIGN), DESIGN) == first
    edited = FormDesign("Caption it", DESIGN.fields)
    second = save_template(wb, " Captions ", generate_html(edited), edited)
    other = save_template(wb, "Other", "<crowd-form></crowd-form>")
    assert (first.version, second.version, other.version) == (1, 2, 1)
    assert [(t.name, t.version, t.designed) for t in list_templates(wb)] == [
        ("Other", 1, False), ("Captions", 2, True)]
    assert [t.version for t in template_versions(wb, "Captions")] == [2, 1]
    loaded = load_template(wb, first.id)
    assert loaded.design == DESIGN and loaded.html == generate_html(DESIGN)
    assert load_template(wb, other.id).design is None
    with pytest.raises(TemplateError):
        save_template(wb, "  ", "<p>x</p>")
    with pytest.raises(TemplateError):
        load_template(wb, 999)


def test_every_preset_loads_and_has_sample_values_for_its_placeholders() -> None:
    for chosen in PRESETS:
        loaded = load_preset(chosen.key)
        assert loaded.placeholders and set(loaded.placeholders) <= set(chosen.sample)
        assert (loaded.design is None) == (chosen.key == "sentiment")
    with pytest.raises(TemplateError, match="no preset"):
        load_preset("nope")


def test_importing_real_mturk_templates_and_refusing_what_is_not_one(
        tmp_path: Path, fixtures_dir: Path) -> None:
    crowd = read_template_file(fixtures_dir / "ntcirds_amt-template.html")
    assert crowd.name == "ntcirds_amt-template" and crowd.design is None
    assert crowd.placeholders[:2] == ["known", "qid1"]
    classic = read_template_file(fixtures_dir / "mturkr_categorization1.xml")
    assert classic.placeholders == ["imageurl"]
    latin = tmp_path / "latin.html"
    latin.write_bytes("<p>Café ${x}</p>".encode("cp1252"))
    assert read_template_file(latin).html == "<p>Café ${x}</p>"
    for name, content, message in [
            ("empty.html", b"  ", "is empty"), ("zip.html", b"PK\x03\x04....", "not a text"),
            ("text.html", b"just words", "no HTML")]:
        (tmp_path / name).write_bytes(content)
        with pytest.raises(TemplateError, match=message):
            read_template_file(tmp_path / name)


def test_a_crowd_form_submission_becomes_the_record_the_store_keeps() -> None:
    task_answers = json.dumps([{"caption": "A dog", "animal": {"cat": False, "dog": True},
                                "quality": 6}])
    record = answer_record({"kind": "crowd", "taskAnswers": task_answers})
    assert record.answer_format == "crowd"
    assert record.fields == {"caption": "A dog", "animal.cat": "false", "animal.dog": "true",
                             "quality": "6"}
    assert "<QuestionIdentifier>taskAnswers</QuestionIdentifier>" in record.xml
    classic = answer_record(json.dumps({"kind": "form", "fields": [
        ["assignmentId", "A1"], ["QuestionId1", "animal"], ["tags", "a"], ["tags", "b"]]}))
    assert classic.answer_format == "form"
    assert classic.fields == {"QuestionId1": "animal", "tags": "a|b"}
    with pytest.raises(SubmissionError):
        answer_record("{not json")
    with pytest.raises(SubmissionError):
        answer_record({"kind": "other"})


def test_sample_rows_fill_every_placeholder() -> None:
    assert sample_row(["a", "b", "c"], {"a": "1"}, {"a": "x", "b": "2"}) == {
        "a": "1", "b": "2", "c": "[c]"}
