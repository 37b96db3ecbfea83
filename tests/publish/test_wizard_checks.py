"""The wizard says what would silently go wrong: nobody invited could accept the HITs, a reward
with a third decimal, empty cells for placeholders, an encoding in words, and it does not
scold before the user has typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.publish.conftest import Answers
from tests.publish.test_wizard import reviews_csv
from workbench.domain.qualifications import LOCALE_ID
from workbench.services.accounts import get_account
from workbench.services.workforce import (
    invite_worker,
    list_workers,
    set_worker_profile,
    workforce_for,
)
from workbench.views.wizard.wizard import PublishWizard

LOCATION_DE_FR_JP = {"QualificationTypeId": LOCALE_ID, "Comparator": "In",
                     "LocaleValues": [{"Country": "DE"}, {"Country": "FR"}, {"Country": "JP"}]}


def to_properties(qtbot, wizard: PublishWizard, csv: Path) -> None:  # type: ignore[no-untyped-def]
    wizard.template_page.chooser.select("preset", "sentiment")
    wizard.next()
    wizard.input_page.choose_file(str(csv))
    qtbot.waitUntil(wizard.input_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    wizard.next()


@pytest.fixture
def wizard(qtbot, context, answers: Answers) -> PublishWizard:  # type: ignore[no-untyped-def]
    made = PublishWizard(context, get_account(context.wb))
    qtbot.addWidget(made)
    made.show()
    return made


def test_the_wizard_warns_when_no_invited_worker_meets_the_location(
        qtbot, context, wizard: PublishWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    account = get_account(context.wb)
    workforce = workforce_for(context.wb, account)
    for number in range(12):
        invite_worker(workforce, name=f"Worker {number}", country="US",
                      invited_by=account.requester_id)
    to_properties(qtbot, wizard, reviews_csv(tmp_path / "reviews.csv", 5))
    page = wizard.properties_page
    page.requirements.add_requirement(dict(LOCATION_DE_FR_JP))
    qtbot.waitUntil(lambda: page.reach.isVisible() and "0 of 12" in page.reach.text(),
                    timeout=5_000)
    assert page.reach.text().startswith(
        "0 of 12 invited workers meet “Location is DE, FR or JP”.")
    assert "Nobody you invited could accept these HITs" in page.reach.text()

    set_worker_profile(workforce, list_workers(workforce)[0].worker_id, country="JP")
    page.check_reach()
    qtbot.waitUntil(lambda: page.reach.text() == "1 of 12 invited workers meet every "
                    "requirement.", timeout=5_000)


def test_a_count_of_workers_that_arrives_after_the_wizard_closed_is_ignored(
        qtbot, context, wizard: PublishWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from shiboken6 import delete

    account = get_account(context.wb)
    invite_worker(workforce_for(context.wb, account), name="Worker", country="US",
                  invited_by=account.requester_id)
    to_properties(qtbot, wizard, reviews_csv(tmp_path / "reviews.csv", 5))
    page = wizard.properties_page
    page.requirements.add_requirement(dict(LOCATION_DE_FR_JP))
    qtbot.waitUntil(lambda: page.reach.isVisible(), timeout=5_000)
    reach, asked = page.reach_result, page._reach_asked
    assert reach is not None
    delete(page.reach)  # the wizard closing: its widgets are gone before the answer comes
    page._show_reach(asked, reach)  # no "Internal C++ object already deleted"


def test_a_third_decimal_in_the_reward_is_refused_in_words_not_dropped(
        qtbot, wizard: PublishWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    to_properties(qtbot, wizard, reviews_csv(tmp_path / "reviews.csv", 5))
    page = wizard.properties_page
    qtbot.keyClicks(page.description, "Read one review and choose its sentiment.")
    page.reward.selectAll()
    qtbot.keyClicks(page.reward, "0.051")
    assert page.reward.text() == "0.051"
    assert "at most two decimals" in page.error.text() and not page.isComplete()
    qtbot.keyClick(page.reward, Qt.Key.Key_Backspace)
    assert page.reward.text() == "0.05" and page.isComplete() and page.error.text() == ""


def test_the_description_is_asked_for_not_refused_before_anything_is_typed(
        qtbot, wizard: PublishWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    to_properties(qtbot, wizard, reviews_csv(tmp_path / "reviews.csv", 5))
    page = wizard.properties_page
    assert not page.isComplete()
    assert "must be" not in page.error.text()
    assert page.error.text() == "Write a description for workers to continue."
    qtbot.keyClicks(page.description, "x")
    qtbot.keyClick(page.description, Qt.Key.Key_Backspace)
    assert page.error.text() == "The description must be 1 to 2000 characters."


def test_empty_cells_for_a_placeholder_are_named_per_column(
        qtbot, wizard: PublishWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = ["review_id,product,review"]
    for number in range(1, 21):
        review = "" if number in (4, 9, 17) else f"Quiet and quick {number}"
        product = " " if number == 12 else f"Kettle {number}"
        lines.append(f"R{number},{product},{review}")
    path = tmp_path / "gaps.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wizard.template_page.chooser.select("preset", "sentiment")
    wizard.next()
    page = wizard.input_page
    page.choose_file(str(path))
    qtbot.waitUntil(lambda: page.empties.isVisible(), timeout=10_000)
    assert "Column 'review' is empty in 3 rows (rows 4, 9, 17)" in page.empties.text()
    assert "Column 'product' is empty in 1 row (row 12)" in page.empties.text()
    assert page.isComplete()  # a warning: the user may publish anyway


@pytest.mark.parametrize(("encoding", "shown"), [("utf-8-sig", "UTF-8 (with BOM)"),
                                                 ("utf-8", "UTF-8"),
                                                 ("cp1252", "Windows-1252")])
def test_the_encoding_is_named_in_words(qtbot, wizard: PublishWizard, tmp_path: Path,  # type: ignore[no-untyped-def]
                                        encoding: str, shown: str) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text("review_id,product,review\nR1,Café crème,Très bien\n", encoding=encoding)
    wizard.template_page.chooser.select("preset", "sentiment")
    wizard.next()
    wizard.input_page.choose_file(str(path))
    qtbot.waitUntil(wizard.input_page.isComplete, timeout=10_000)
    status = wizard.input_page.status.text()
    assert f"3 columns, {shown}." in status and "utf-8-sig" not in status
