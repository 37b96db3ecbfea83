"""From an input file to a published batch in the window, exactly once; bad input stops it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QMessageBox

from tests.publish.conftest import Answers
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.progress import CancelToken
from workbench.services.publish import HITProperties, create_batch, publish_batch
from workbench.views.pages.batches import BatchesPage
from workbench.views.wizard.wizard import PublishWizard


def reviews_csv(path: Path, rows: int) -> Path:
    lines = ["review_id,product,review"] + [
        f'R{i:04d},Kettle {i},"Boils fast, ""quiet"" — très bien {i}"' for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def market_hits(wb: Workbench) -> int:
    """The HITs the local marketplace holds for the account."""
    from sqlalchemy import func, select

    from workbench.marketplace.local.schema import MarketHIT

    requester = get_account(wb).requester_id
    with wb.store.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(MarketHIT).where(
            MarketHIT.requester_id == requester)) or 0)


def to_cost_page(qtbot, wizard: PublishWizard, csv_path: Path, *, reward: str = "0.05",  # type: ignore[no-untyped-def]
                 assignments: int = 3) -> None:
    wizard.template_page.chooser.select("preset", "sentiment")
    assert wizard.template_page.isComplete()
    wizard.next()
    wizard.input_page.choose_file(str(csv_path))
    qtbot.waitUntil(wizard.input_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    wizard.next()
    page = wizard.properties_page
    page.description.setPlainText("Read one review and choose its sentiment.")
    page.reward.setText(reward)
    page.assignments.setValue(assignments)
    assert page.isComplete(), page.error.text()
    wizard.next()


def test_from_a_csv_to_a_published_batch_then_the_same_rows_again_publish_nothing(
        qtbot, context, answers: Answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    account = get_account(context.wb)
    wizard = PublishWizard(context, account)
    qtbot.addWidget(wizard)
    wizard.show()
    to_cost_page(qtbot, wizard, reviews_csv(tmp_path / "reviews.csv", 30), assignments=10)
    cost = wizard.cost_page
    # The local account's own workers: no MTurk fee, no surcharge for 10 assignments
    assert cost.costs["total"].text().startswith("$15.00")  # 300 × $0.05
    assert "no surcharge" in cost.surcharge.text()
    cost.minutes.setValue(1.0)
    assert "$3.00 an hour" in cost.hourly.text() and "Below the fair wage" in cost.warning.text()
    cost.raise_button.click()
    assert wizard.properties_page.reward.text() == "0.13"
    assert "At or above" in cost.warning.text()
    wizard.next()
    publish = wizard.publish_page
    publish.publish()
    qtbot.waitUntil(lambda: publish.report is not None, timeout=30_000)
    assert publish.report.published == 30 and market_hits(context.wb) == 30
    assert publish.isComplete()

    again = PublishWizard(context, account)
    qtbot.addWidget(again)
    again.show()
    to_cost_page(qtbot, again, tmp_path / "reviews.csv", reward="0.13", assignments=10)
    again.next()
    again.publish_page.publish()  # "published before: publish a second copy?" — No
    qtbot.waitUntil(lambda: any("Published before" in q for q in answers.asked),
                    timeout=10_000)
    qtbot.wait(100)
    assert again.publish_page.report is None and market_hits(context.wb) == 30


@pytest.mark.parametrize(("content", "message"), [
    ("item\nx\n", "needs column(s) the file does not have: product, review"),
    ("", "is empty"),
    ("product,review\n", "header but no rows"),
])
def test_an_input_that_cannot_make_the_hits_stops_the_wizard_with_the_reason(
        qtbot, context, answers: Answers, tmp_path: Path, content: str, message: str  # type: ignore[no-untyped-def]
) -> None:
    wizard = PublishWizard(context, get_account(context.wb))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.template_page.chooser.select("preset", "sentiment")
    wizard.next()
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    wizard.input_page.choose_file(str(path))
    qtbot.waitUntil(lambda: message in wizard.input_page.status.text(), timeout=10_000)
    assert not wizard.input_page.isComplete()


def test_an_excel_workbook_with_several_sheets_offers_them(
        qtbot, context, answers: Answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["note"])
    book.active.append(["ignore"])
    sheet = book.create_sheet("Reviews")
    sheet.append(["product", "review"])
    sheet.append(["Lamp", "Bright"])
    book.save(tmp_path / "rows.xlsx")
    renamed = (tmp_path / "rows.xlsx").rename(tmp_path / "rows.csv")  # named wrongly
    wizard = PublishWizard(context, get_account(context.wb))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.template_page.chooser.select("preset", "sentiment")
    wizard.next()
    page = wizard.input_page
    page.choose_file(str(renamed))
    qtbot.waitUntil(lambda: page.sheet.count() == 2 and not page.progress.isVisible(),
                    timeout=10_000)
    assert not page.isComplete()  # the first sheet has no product or review column
    page.sheet.setCurrentIndex(1)
    page.read(str(renamed), "Reviews")
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert wizard.state.table.rows == [{"product": "Lamp", "review": "Bright"}]


def test_an_imported_mturk_template_publishes_with_its_own_columns(
        qtbot, context, answers: Answers, tmp_path: Path, fixtures_dir: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = PublishWizard(context, get_account(context.wb))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.template_page.import_file(str(fixtures_dir / "mturkr_categorization1.xml"))
    assert wizard.state.template.placeholders == ["imageurl"]
    wizard.next()
    rows = tmp_path / "images.csv"
    rows.write_text("imageurl\nhttps://example.org/1.jpg\nhttps://example.org/2.jpg\n",
                    encoding="utf-8")
    wizard.input_page.choose_file(str(rows))
    qtbot.waitUntil(wizard.input_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    assert "All 2 rows render" in wizard.preview_page.check_label.text()


def test_the_batches_page_resumes_an_interrupted_batch_without_duplicates(
        qtbot, context, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    wb = context.wb
    account = get_account(wb)
    from workbench.formats.inputs import InputTable

    table = InputTable(["text"], [{"text": f"row {i}"} for i in range(12)])
    batch_id = create_batch(wb, account, name="Interrupted", template_html=(
        "<crowd-form><p>${text}</p><crowd-input name='x'></crowd-input></crowd-form>"),
        table=table, props=HITProperties("T", "D", 5, 2))
    cancel = CancelToken()
    publish_batch(wb, account, batch_id, cancel=cancel, progress=lambda d, t, m: (
        cancel.cancel() if d >= 5 else None))
    assert market_hits(wb) == 5
    page = BatchesPage(context)
    qtbot.addWidget(page)
    context.bus.changed.connect(page.on_changes)
    page.set_account(account)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.is_loading,
                    timeout=10_000)
    page.table.selectRow(0)
    qtbot.waitUntil(page.resume_button.isEnabled, timeout=5000)
    assert "5 of 12 HITs published" in page.details.toPlainText()
    page.resume()
    qtbot.waitUntil(lambda: market_hits(wb) == 12 and not context.runner.long_tasks,
                    timeout=20_000)
    context.bus.announce("batches")
    qtbot.waitUntil(lambda: "12 of 12 HITs published" in page.details.toPlainText(),
                    timeout=5000)
    assert not page.resume_button.isEnabled()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=5000)
    qtbot.wait(20)  # the last results are delivered while the page is still there


def test_qualification_requirements_set_in_the_wizard_reach_the_hits(
        qtbot, context, answers: Answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workbench.domain.qualifications import APPROVAL_RATE_ID
    from workbench.marketplace.local.market import LocalMarketplace

    account = get_account(context.wb)
    wizard = PublishWizard(context, account)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.template_page.chooser.select("preset", "sentiment")
    wizard.next()
    wizard.input_page.choose_file(str(reviews_csv(tmp_path / "reviews.csv", 3)))
    qtbot.waitUntil(wizard.input_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    wizard.next()
    page = wizard.properties_page
    page.description.setPlainText("Read one review and choose its sentiment.")
    requirement = {"QualificationTypeId": APPROVAL_RATE_ID,
                   "Comparator": "GreaterThanOrEqualTo", "IntegerValues": [95]}
    page.requirements.add_requirement(dict(requirement))
    assert page.isComplete(), page.error.text()
    assert wizard.state.props.qualification_requirements[0]["IntegerValues"] == [95]
    wizard.next()
    wizard.next()
    wizard.publish_page.publish()
    qtbot.waitUntil(lambda: wizard.publish_page.report is not None, timeout=30_000)
    market = LocalMarketplace(context.wb.store.engine, account.requester_id or "")
    hits = market.list_hits(MaxResults=100)["HITs"]
    assert len(hits) == 3
    assert all(h["QualificationRequirements"][0]["QualificationTypeId"] == APPROVAL_RATE_ID
               and h["QualificationRequirements"][0]["IntegerValues"] == [95] for h in hits)


def test_cancelling_in_the_wizard_then_publishing_the_rest_makes_each_hit_once(
        qtbot, context, answers: Answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = PublishWizard(context, get_account(context.wb))
    qtbot.addWidget(wizard)
    wizard.show()
    to_cost_page(qtbot, wizard, reviews_csv(tmp_path / "reviews.csv", 150))
    wizard.next()
    publish = wizard.publish_page
    publish.publish()
    qtbot.waitUntil(lambda: publish.progress.value() >= 10, timeout=20_000)
    publish._cancel()
    qtbot.waitUntil(lambda: publish.report is not None, timeout=20_000)
    assert publish.report.cancelled and publish.report.published < 150
    made = market_hits(context.wb)
    assert made == publish.report.published
    answers.queued.append(QMessageBox.StandardButton.Yes)  # finish the earlier batch
    publish.publish()
    qtbot.waitUntil(lambda: publish.report is not None and not publish.report.cancelled,
                    timeout=30_000)
    assert any("Finish the earlier batch" in q for q in answers.asked)
    assert publish.report.already_published == made and publish.report.published == 150
    assert market_hits(context.wb) == 150
