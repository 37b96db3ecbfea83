"""The designer's pages: generated, read back, checked; and any template's fields detected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.formats.answers import flatten_answers, parse_answers, task_answers_xml
from workbench.formats.forms import (
    Choice,
    FieldKind,
    FormDesign,
    FormField,
    check_design,
    design_from_html,
    generate_html,
    new_field,
)
from workbench.formats.rich_text import clean_rich_text
from workbench.formats.template_scan import check_template, page_bytes, scan_template
from workbench.formats.templates import find_placeholders, render_template
from workbench.resources import resource_root

EVERY_KIND = FormDesign("Describe the photo", (
    FormField(FieldKind.INSTRUCTIONS, "intro", "How to answer",
              body=clean_rich_text("<p>Look at <b>${product}</b> and answer.</p>")),
    FormField(FieldKind.IMAGE, "photo", "The photo", source="${image_url}"),
    FormField(FieldKind.LINK, "page", "Product page", source="${url}"),
    FormField(FieldKind.SHORT_TEXT, "caption", "One sentence", True, placeholder="A dog…"),
    FormField(FieldKind.LONG_TEXT, "notes", "Anything else?"),
    FormField(FieldKind.SINGLE_CHOICE, "animal", "Which animal?", True,
              (Choice("cat", "Cat"), Choice("dog", "Dog & puppy"))),
    FormField(FieldKind.MULTIPLE_CHOICE, "colours", "Colours", False,
              (Choice("red", "Red"), Choice("black", "Black"))),
    FormField(FieldKind.DROPDOWN, "size", "Size", True,
              (Choice("s", "Small"), Choice("l", "Large"))),
    FormField(FieldKind.RATING, "quality", "Quality", minimum=1, maximum=7, low_label="Poor",
              high_label="Great"),
    FormField(FieldKind.HIDDEN, "item", source="${item_id}"),
))


def test_a_design_makes_a_crowd_form_page_and_reads_back_from_it() -> None:
    page = generate_html(EVERY_KIND)
    assert "<crowd-form" in page and "crowd-html-elements.js" in page
    assert find_placeholders(page) == ["product", "image_url", "url", "item_id"]
    assert design_from_html(page) == EVERY_KIND
    # Whitespace edits keep it the designer's own; anything else makes it hand-written.
    assert design_from_html(page.replace("\n", "\n\n  ")) == EVERY_KIND
    assert design_from_html(page.replace("One sentence", "One short sentence")).fields[3] \
        .label == "One short sentence"
    assert design_from_html(page.replace("</crowd-form>", "<p>mine</p></crowd-form>")) is None
    assert design_from_html("<p>${x}</p>") is None


def test_the_detected_fields_give_the_answer_names_the_workbench_stores() -> None:
    scan = scan_template(generate_html(EVERY_KIND))
    assert scan.form == "crowd-form" and scan.duplicate_names == []
    assert scan.answer_keys == ["caption", "notes", "animal.cat", "animal.dog", "colours.red",
                                "colours.black", "size", "quality", "item"]
    # What crowd-form sends for this page, flattened as the store keeps it.
    answer = task_answers_xml({"caption": "A dog", "notes": "", "animal": {"cat": False,
                               "dog": True}, "colours": {"red": True, "black": False},
                               "size": "l", "quality": 6, "item": "I-1"})
    assert list(flatten_answers(parse_answers(answer))) == scan.answer_keys


def test_labels_and_values_are_escaped_and_placeholders_stay_placeholders() -> None:
    design = FormDesign("<b>Title</b>", (FormField(
        FieldKind.SINGLE_CHOICE, "pick", 'Say "<yes>" ${product}', choices=(
            Choice('a"b', "<i>A</i>"),)),))
    page = generate_html(design)
    assert "<b>Title</b>" not in page and "&lt;b&gt;Title" in page
    assert 'value="a&quot;b"' in page and "&lt;i&gt;A&lt;/i&gt;" in page
    filled = render_template(page, {"product": "<script>alert(1)</script>"})
    assert "<script>alert(1)" not in filled and "&lt;script&gt;alert(1)" in filled
    assert design_from_html(page) == design


@pytest.mark.parametrize(("fields", "message"), [
    ((FormField(FieldKind.SHORT_TEXT, "a", "A"), FormField(FieldKind.LONG_TEXT, "a", "B")),
     "used by 2 fields"),
    ((FormField(FieldKind.SHORT_TEXT, "my answer", "A"),), "must start with a letter"),
    ((FormField(FieldKind.SHORT_TEXT, "a.b", "A"),), "no dots"),
    ((FormField(FieldKind.SHORT_TEXT, "taskAnswers", "A"),), "reserved"),
    ((FormField(FieldKind.SINGLE_CHOICE, "c", "C"),), "has no options"),
    ((FormField(FieldKind.DROPDOWN, "c", "C", choices=(Choice("x", "X"), Choice("x", "Y"))),),
     "used 2 times"),
    ((FormField(FieldKind.RATING, "r", "R", minimum=5, maximum=5),), "below its highest"),
    ((FormField(FieldKind.IMAGE, "i", ""),), "has no address"),
])
def test_a_design_with_clashing_or_invalid_names_is_refused(fields: tuple[FormField, ...],
                                                            message: str) -> None:
    problems = check_design(FormDesign("T", fields))
    assert any(p.is_error and message in p.message for p in problems), problems


def test_new_fields_get_fresh_names_and_pass_the_checks() -> None:
    taken: set[str] = set()
    fields = []
    for kind in [*FieldKind, FieldKind.SHORT_TEXT, FieldKind.SHORT_TEXT]:
        made = new_field(kind, taken)
        taken.add(made.name)
        fields.append(made)
    assert [f.name for f in fields][-3:] == ["item_id", "answer_2", "answer_3"]
    assert not [p for p in check_design(FormDesign("T", tuple(fields))) if p.is_error]
    assert FormDesign.from_dict(json.loads(json.dumps(FormDesign("T", tuple(fields))
                                                      .to_dict()))).fields == tuple(fields)


def test_rich_text_keeps_emphasis_lists_and_safe_links_only() -> None:
    qt_like = ('<html><head><style>p {}</style></head><body style="font-size:9pt">'
               '<p style="margin:0">Read <span style=" font-weight:700;">carefully</span>'
               ' and <span style=" font-style:italic;">then</span> ${x}.</p>'
               '<ul><li>one</li></ul><p><a href="javascript:alert(1)">bad</a>'
               '<a href="https://example.com/?a=1&b=2">good</a></p>'
               '<script>alert(1)</script><p style="-qt-paragraph-type:empty"><br /></p>'
               "</body></html>")
    cleaned = clean_rich_text(qt_like)
    assert cleaned == ('<p>Read <b>carefully</b> and <i>then</i> ${x}.</p><ul><li>one</li>'
                       '</ul><p>bad<a href="https://example.com/?a=1&amp;b=2" target="_blank" '
                       'rel="noopener noreferrer">good</a></p>')
    assert clean_rich_text(cleaned) == cleaned


def test_real_mturk_templates_are_read_for_placeholders_and_fields(fixtures_dir: Path) -> None:
    crowd = scan_template((fixtures_dir / "ntcirds_amt-template.html").read_text())
    assert crowd.form == "crowd-form" and crowd.loads_crowd_script
    assert crowd.placeholders[:5] == ["known", "qid1", "did1", "topic1", "url1"]
    assert len(crowd.placeholders) == 41 and len(crowd.fields) == 30
    assert crowd.fields[0].answer_keys == ("option1_0.0",)
    classic = scan_template((fixtures_dir / "mturkr_categorization1.xml").read_text())
    assert classic.form == "classic" and classic.placeholders == ["imageurl"]
    assert [(f.name, f.values) for f in classic.fields] == [
        ("QuestionId1", ("person", "animal", "fruit", "vegetable", "something else")),
        ("imageurl", ())]


def test_template_checks_name_what_stops_a_page_from_working() -> None:
    def messages(page: str, columns: list[str] | None = None) -> list[str]:
        return [p.message for p in check_template(page, columns)]

    # No form: workers get it in one (MTurk's rule), and nothing to answer is worth a warning.
    assert [(p.severity, p.message) for p in check_template("<p>${a}</p>")] == [
        ("info", "the page has no form of its own: as MTurk's web UI did, workers get it "
                 "inside one with a Submit button"),
        ("warning", "the form has no named fields: workers' answers would be empty")]
    assert any("'x' is used by more than one" in m for m in messages(
        "<crowd-form><crowd-input name='x'></crowd-input><crowd-text-area name='x'>"
        "</crowd-text-area></crowd-form>"))
    assert any("${b}, ${c} have no column" in m for m in messages(
        "<crowd-form><crowd-input name='x'>${a}${b}${c}</crowd-input></crowd-form>", ["a"]))
    assert any("${ a } is not a placeholder" in m for m in messages(
        "<crowd-form>${ a }<crowd-input name='x'></crowd-input></crowd-form>"))
    assert any("does not load the Crowd HTML Elements" in m for m in messages(
        "<crowd-form><crowd-input name='x'></crowd-input></crowd-form>"))


def test_page_size_is_measured_as_the_question_mturk_receives() -> None:
    page = "<crowd-form><crowd-input name='x'></crowd-input>${text}</crowd-form>"
    small = page_bytes(page, {"text": "hi"})
    assert 0 < small < 1000
    assert page_bytes(page, {"text": "<" * 20_000}) > 65_535  # "&lt;" is 4 bytes each


def test_the_shipped_presets_are_designer_pages_except_the_hand_made_sentiment() -> None:
    folder = resource_root() / "templates"
    for key in ("image_classification", "survey_link", "transcription", "data_verification"):
        page = (folder / f"{key}.html").read_text(encoding="utf-8")
        design = design_from_html(page)
        assert design is not None, f"{key}.html no longer matches the designer's output"
        assert not [p for p in check_design(design) if p.is_error]
    sentiment = (folder / "sentiment.html").read_text(encoding="utf-8")
    assert design_from_html(sentiment) is None
    assert find_placeholders(sentiment) == ["product", "review"]
    assert scan_template(sentiment).answer_keys == ["sentiment.label"]


def test_a_relabelled_option_takes_its_value_along_until_the_value_is_typed_by_hand() -> None:
    from workbench.formats.forms import follows_label, relabel_choice, value_contradicts_label

    options = new_field(FieldKind.MULTIPLE_CHOICE).choices
    renamed = relabel_choice(options, 1, "Wheelchair ramp")
    assert renamed[1] == Choice("wheelchair_ramp", "Wheelchair ramp")
    # Never two options with one value: the follower gets a number, and keeps following.
    twice = relabel_choice(renamed, 2, "Wheelchair ramp")
    assert twice[2].value == "wheelchair_ramp_2" and follows_label(twice[2])
    assert relabel_choice(twice, 2, "Lift")[2] == Choice("lift", "Lift")
    # A value typed by hand stays, and reads as a contradiction when the words differ.
    typed = (*options[:1], Choice("no", "Wheelchair ramp"), *options[2:])
    assert relabel_choice(typed, 1, "Wheelchair ramp at the back")[1].value == "no"
    assert value_contradicts_label(Choice("no", "Wheelchair ramp"))
    assert not value_contradicts_label(Choice("yes", "Yes, definitely"))
    assert not value_contradicts_label(Choice("approx", "Approximately"))
    assert not value_contradicts_label(Choice("4", "Agree"))  # a Likert code
    assert not value_contradicts_label(Choice("b", "Second photo"))  # a letter code
    design = FormDesign("Access", (FormField(FieldKind.MULTIPLE_CHOICE, "features", "Which?",
                                             choices=typed),))
    assert [p.severity for p in check_design(design)
            if "stored as 'no'" in p.message] == ["warning"]
