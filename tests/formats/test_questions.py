from __future__ import annotations

from pathlib import Path

import pytest

from workbench.formats.questions import (
    EXTERNAL_QUESTION_NS,
    HTML_QUESTION_NS,
    QUESTION_MAX_BYTES,
    QuestionTooLarge,
    external_question,
    html_question,
    parse_question,
)

PAGE = "<!DOCTYPE html>\n<html><body><p>Tag the photo</p></body></html>"


def test_html_question_shape() -> None:
    xml = html_question(PAGE, 450)
    assert xml == (
        f'<HTMLQuestion xmlns="{HTML_QUESTION_NS}"><HTMLContent><![CDATA[{PAGE}]]></HTMLContent>'
        "<FrameHeight>450</FrameHeight></HTMLQuestion>"
    )


@pytest.mark.parametrize(
    "page",
    [
        PAGE,
        "<!DOCTYPE html><script>if (a[b[0]]>1) {}</script> ]]> ]]]]> <![CDATA[ x ]]>",
        "<!doctype html><p>Ünïcödé — 日本語 &amp; <b>bold</b></p>",
    ],
)
def test_html_question_round_trips(page: str) -> None:
    parsed = parse_question(html_question(page, 600))
    assert parsed.kind == "html"
    assert parsed.html == page
    assert parsed.frame_height == 600
    assert parsed.url is None


def test_doctype_added_when_missing(fixtures_dir: Path) -> None:
    page = (fixtures_dir / "ntcirds_amt-template.html").read_text(encoding="utf-8")
    parsed = parse_question(html_question(page))
    assert parsed.html == "<!DOCTYPE html>\n" + page
    assert parsed.frame_height == 0


def test_existing_doctype_not_doubled(fixtures_dir: Path) -> None:
    page = (fixtures_dir / "mturkr_categorization1.xml").read_text(encoding="utf-8")
    assert parse_question(html_question(page)).html == page
    commented = "<!-- made by hand -->\n<!DOCTYPE html><p>x</p>"
    assert parse_question(html_question(commented)).html == commented


def test_seventy_kb_page_is_too_large() -> None:
    page = "<!DOCTYPE html><p>" + "x" * 70 * 1024 + "</p>"
    with pytest.raises(QuestionTooLarge, match="KB"):
        html_question(page)


def test_size_limit_counts_utf8_bytes() -> None:
    # 30,000 three-byte characters are 90 KB on the wire though only 30,000 characters long.
    with pytest.raises(QuestionTooLarge, match=r"8\d\.\d KB"):
        html_question("<!DOCTYPE html>" + "語" * 30_000)
    just_fits = "<!DOCTYPE html>" + "x" * (QUESTION_MAX_BYTES - 300)
    assert len(html_question(just_fits).encode("utf-8")) <= QUESTION_MAX_BYTES
    with pytest.raises(QuestionTooLarge):
        html_question(just_fits + "x" * 300)


def test_negative_frame_height_refused() -> None:
    with pytest.raises(ValueError):
        html_question(PAGE, -1)


def test_external_question_escapes_and_round_trips() -> None:
    url = "https://tasks.example.com/do?batch=7&item=42"
    xml = external_question(url, 800)
    assert f'<ExternalQuestion xmlns="{EXTERNAL_QUESTION_NS}">' in xml
    assert "batch=7&amp;item=42" in xml
    parsed = parse_question(xml)
    assert (parsed.kind, parsed.url, parsed.frame_height, parsed.html) == (
        "external",
        url,
        800,
        None,
    )


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/a", "example.com", ""]
)
def test_external_question_refuses_non_web_urls(url: str) -> None:
    with pytest.raises(ValueError):
        external_question(url)


def test_question_form_fixture_recognised(fixtures_dir: Path) -> None:
    xml = (fixtures_dir / "mturkr_qualificationtest1.xml").read_text(encoding="utf-8")
    parsed = parse_question(xml)
    assert parsed.kind == "question_form"
    assert parsed.xml == xml


def test_current_question_form_namespace_recognised() -> None:
    xml = (
        '<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/'
        '2017-11-06/QuestionForm.xsd"><Question/></QuestionForm>'
    )
    assert parse_question(xml).kind == "question_form"


@pytest.mark.parametrize(
    "xml",
    [
        "<HTMLQuestion><HTMLContent>x</HTMLContent></HTMLQuestion>",
        "<html><body/></html>",
        "not xml at all",
    ],
)
def test_parse_question_refuses_other_documents(xml: str) -> None:
    with pytest.raises(ValueError):
        parse_question(xml)


def test_answer_key_is_not_a_question(fixtures_dir: Path) -> None:
    xml = (fixtures_dir / "mturkr_answerkey1.xml").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="AnswerKey"):
        parse_question(xml)


def test_parse_question_refuses_entities() -> None:
    xml = (
        '<!DOCTYPE q [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        f'<HTMLQuestion xmlns="{HTML_QUESTION_NS}"><HTMLContent>&b;</HTMLContent></HTMLQuestion>'
    )
    with pytest.raises(ValueError, match=r"^refused: "):
        parse_question(xml)
