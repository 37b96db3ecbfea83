from __future__ import annotations

from pathlib import Path

import pytest

from workbench.formats.templates import (
    UnknownPlaceholders,
    check_placeholders,
    find_placeholders,
    render_template,
)


def test_placeholders_of_crowd_template_in_order(fixtures_dir: Path) -> None:
    html = (fixtures_dir / "ntcirds_amt-template.html").read_text(encoding="utf-8")
    expected = ["known"]
    for n in range(1, 11):
        expected += [f"qid{n}", f"did{n}", f"topic{n}", f"url{n}"]
    assert find_placeholders(html) == expected


def test_placeholder_of_classic_template_listed_once(fixtures_dir: Path) -> None:
    html = (fixtures_dir / "mturkr_categorization1.xml").read_text(encoding="utf-8")
    assert html.count("${imageurl}") == 3
    assert find_placeholders(html) == ["imageurl"]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("${a} ${b.c} ${d-e} ${_f9}", ["a", "b.c", "d-e", "_f9"]),
        ("${ } ${} $name ${9x} ${a b} $ {x}", []),
        ("${x}${x}${y}${x}", ["x", "y"]),
        ("price: $5, ${item}", ["item"]),
    ],
)
def test_find_placeholders_names(html: str, expected: list[str]) -> None:
    assert find_placeholders(html) == expected


def test_render_fills_every_occurrence(fixtures_dir: Path) -> None:
    html = (fixtures_dir / "mturkr_categorization1.xml").read_text(encoding="utf-8")
    page = render_template(html, {"imageurl": "https://example.com/cat.jpg"})
    assert "${" not in page
    assert page.count("https://example.com/cat.jpg") == 3


def test_render_escapes_script_values() -> None:
    page = render_template('<p title="${t}">${t}</p>', {"t": '"><script>alert(1)</script>'})
    assert "<script>" not in page
    assert page == (
        '<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">'
        "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    )


def test_render_can_insert_raw_html_when_asked() -> None:
    assert render_template("<div>${body}</div>", {"body": "<b>hi</b>"}, escape=False) == (
        "<div><b>hi</b></div>"
    )


def test_values_are_not_expanded_twice() -> None:
    row = {"a": "${b}", "b": "secret"}
    assert render_template("${a}|${b}", row, escape=False) == "${b}|secret"


def test_render_refuses_unknown_placeholders_listing_all() -> None:
    with pytest.raises(UnknownPlaceholders) as caught:
        render_template("${x} ${a} ${y} ${x}", {"a": "1", "b": "2"})
    assert caught.value.names == ["x", "y"]
    assert str(caught.value) == (
        "template uses ${x}, ${y} but the input has no such column(s); columns are: a, b"
    )


def test_check_placeholders_accepts_a_complete_row_and_refuses_a_short_one() -> None:
    check_placeholders("${a}${b}", ["b", "a", "c"])
    with pytest.raises(UnknownPlaceholders) as caught:
        check_placeholders("${a}${b}", [])
    assert caught.value.names == ["a", "b"]
    assert isinstance(caught.value, ValueError)


# -- a template without a form: MTurk's web UI put it in one and added Submit --------------

def formless_template(fixtures_dir: Path) -> str:
    """MTurkR's categorization page as MTurk's web UI took it: the questions only, no form,
    no assignmentId, no Submit button (the web UI added those)."""
    import re

    html = (fixtures_dir / "mturkr_categorization1.xml").read_text(encoding="utf-8")
    html = re.sub(r"<form[^>]*>\s*<input type='hidden' value='' name='assignmentId'[^>]*>",
                  "", html)
    html = re.sub(r"<p><input type='submit'[^>]*/></p></form>", "", html)
    html = html.replace("<script>turkSetAssignmentID();</script>", "")
    assert "<form" not in html and "submit" not in html.lower()
    return html


def test_a_page_without_a_form_is_put_in_mturks_form_with_a_submit_button(
        fixtures_dir: Path) -> None:
    from workbench.formats.html_tree import parse_html
    from workbench.formats.template_scan import check_template, scan_template, submittable_page

    page = formless_template(fixtures_dir)
    made = submittable_page(page)
    form = parse_html(made).find("form")
    assert form is not None and form.get("action") == "https://www.mturk.com/mturk/externalSubmit"
    inside = [e.get("name") or e.get("type") for e in form.elements() if e.tag == "input"]
    assert inside == ["assignmentId", "QuestionId1", "QuestionId1", "QuestionId1",
                      "QuestionId1", "QuestionId1", "imageurl", "submit"]
    # The page's own head and headline stay where they were, in order.
    assert made.index("<title>") < made.index("<form") < made.index("<h1>")
    assert made.count("</body>") == 1 and made.index("</form>") < made.index("</body>")
    # One rule everywhere: a note (the workbench adds the form), not an error.
    [note] = [p for p in check_template(page) if "form" in p.message]
    assert note.severity == "info" and "Submit button" in note.message
    assert scan_template(made).form == "classic"
    assert [p for p in check_template(made) if p.severity == "error"] == []


def test_a_page_with_its_own_form_is_left_exactly_as_it_is(fixtures_dir: Path) -> None:
    from workbench.formats.template_scan import submittable_page

    for name in ("mturkr_categorization1.xml", "ntcirds_amt-template.html"):
        html = (fixtures_dir / name).read_text(encoding="utf-8")
        assert submittable_page(html) == html


def test_fragments_and_crowd_elements_without_a_form(fixtures_dir: Path) -> None:
    from workbench.formats.html_tree import parse_html
    from workbench.formats.template_scan import scan_template, submittable_page

    fragment = "<p>Is ${word} a noun?</p><label><input type=radio name=noun value=yes>Yes</label>"
    made = submittable_page(fragment)
    assert made.startswith("<form name=\"mturk_form\"") and "id=\"submitButton\"" in made
    assert parse_html(made).find("form").find("input", None).get("name") == "assignmentId"
    # A "<form" inside a script is not a form.
    scripted = "<script>var s = '<form>';</script><input name=a>"
    assert scan_template(submittable_page(scripted)).form == "classic"
    assert submittable_page(scripted).count("<form") == 2
    crowd = "<crowd-input name='label'></crowd-input>"
    wrapped = submittable_page(crowd)
    assert "<crowd-form" in wrapped and "crowd-html-elements.js" in wrapped
    assert scan_template(wrapped).form == "crowd-form"


# -- scripts: JavaScript's ${...} is not a placeholder; a column's ${name} is filled there too

SCRIPTED = """<!DOCTYPE html>
<html><head>
<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/3.3.7/css/bootstrap.min.css">
<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>
<script src="https://assets.crowd.aws/crowd-html-elements.js"></script>
<style>.tile { background: #eee; } /* ${not a placeholder} */</style>
</head><body>
<crowd-form>
<p>Rate the ${n_items} photos of ${product}.</p>
<div id="tiles"></div>
<script>
  var itemId = "${item_id}";
  for (let i = 0; i < ${n_items}; i++) {
    $("#tiles").append(`<crowd-slider name="photo_${i}" min="1" max="5"></crowd-slider>`);
    console.log(`${0, i} of ${items.length}`);
  }
</script>
</crowd-form>
</body></html>
"""


def test_javascript_template_literals_are_not_placeholders_but_columns_are_filled_there() -> None:
    from workbench.formats.template_scan import check_template, external_resources
    from workbench.formats.templates import script_placeholders

    assert find_placeholders(SCRIPTED) == ["n_items", "product"]
    assert script_placeholders(SCRIPTED) == ["item_id", "i", "items.length"]
    problems = check_template(SCRIPTED, ["n_items", "product", "item_id"])
    assert not any("is not a placeholder" in p.message for p in problems)
    assert not any("no column" in p.message for p in problems)
    assert [p.message for p in problems if p.severity == "info"] == [
        "a script uses ${item_id}: like MTurk, the workbench puts the column's value there too"]
    page = render_template(SCRIPTED, {"n_items": "4", "product": "Kettle", "item_id": "K-1"})
    # MTurk's find and replace: every column, a script included; JavaScript's own stays.
    assert 'var itemId = "K-1";' in page and "i < 4;" in page
    assert 'name="photo_${i}"' in page and "`${0, i} of ${items.length}`" in page
    # A ${name} in markup still needs its column.
    with pytest.raises(UnknownPlaceholders):
        render_template(SCRIPTED, {"n_items": "4"})
    assert [(r.kind, r.host, r.file_name) for r in external_resources(SCRIPTED)] == [
        ("stylesheet", "maxcdn.bootstrapcdn.com", "bootstrap.min.css"),
        ("script", "code.jquery.com", "jquery-3.7.1.min.js")]


def test_a_loose_placeholder_in_markup_is_still_reported() -> None:
    from workbench.formats.template_scan import check_template

    page = "<crowd-form><p>${ product }</p><crowd-input name='x'></crowd-input></crowd-form>"
    assert any("${ product } is not a placeholder" in p.message for p in check_template(page))
