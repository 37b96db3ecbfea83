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
