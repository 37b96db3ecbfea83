"""Translations of the Batches page, the template designer, the publish wizard and Charts.

Under pseudo-localisation every text these screens show passes through tr(), except data:
input column names, field names, template text, batch and template names, the services'
column labels, numbers, money and dates. The core's messages (preset titles, checks, progress,
chart periods) are translated too (workbench_de_services_design). Every string of their
sources has a German translation, and with it installed the wizard speaks German.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizardPage

from tests.charts import conftest as charts_fixtures
from tests.i18n.helpers import ROOT, TRANSLATIONS, missing_translations, untranslated
from tests.publish import conftest as publish_fixtures
from tests.publish import test_screens as screen_fixtures
from tests.publish.conftest import Answers
from tests.publish.test_wizard import reviews_csv
from workbench.domain.qualifications import APPROVAL_RATE_ID
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.tables_batches import BatchSource
from workbench.services.templates import load_preset
from workbench.views.i18n import install_translators, remove_translators

# The fixtures these screens are built with elsewhere: the demo stores of tests/publish and
# tests/charts, the page context, and answers to the windows' questions (pytest finds a fixture
# by the name of the attribute holding it; the ones a test asks for get names of their own).
publish_context = publish_fixtures.context
publish_answers = publish_fixtures.answers
_own_settings = publish_fixtures._own_settings
_web_pages_go_first = publish_fixtures._web_pages_go_first
_demo_store = screen_fixtures._demo_store
batches_demo = screen_fixtures.demo
_reviewed_demo_store = charts_fixtures._reviewed_demo_store
charts_demo = charts_fixtures.reviewed_wb

TS = TRANSLATIONS / "workbench_de_design.ts"
SOURCES = sorted([
    *(ROOT / "src/workbench/views/designer").glob("*.py"),
    *(ROOT / "src/workbench/views/wizard").glob("*.py"),
    *(ROOT / "src/workbench/views/charts").glob("*.py"),
    ROOT / "src/workbench/views/pages/batches.py",
    ROOT / "src/workbench/views/pages/charts.py",
    ROOT / "src/workbench/models/batches.py",
    ROOT / "src/workbench/models/designer.py",
    ROOT / "src/workbench/models/charts.py",
])
# Numbers, money, percentages, dates, durations, sizes: data, the same in every language.
_FIGURES = re.compile(r"^[\s\d$€%.,:;·×=+\-–—/()hmsdwKB<>≥≤]*$|^\d{4}-\d\d-\d\d")
_COUNTRY = re.compile(r"\([A-Z]{2}\)$")
SIZE = (1280, 800)


def is_data(text: str) -> bool:
    """Figures, ${placeholders}, answer names and the like: never translated."""
    return bool(_FIGURES.match(text)) or text.startswith("${") or text.startswith("$")


def column_titles(wb: Workbench) -> set[str]:
    """The services' column labels (translated centrally in models/lazy_table.py)."""
    return {text for column in BatchSource(wb).columns for text in (column.label, column.tooltip)
            if text}


def preset_design_texts(key: str) -> set[str]:
    """What the requester wrote into a preset: its title, field labels, names and options."""
    loaded = load_preset(key)
    texts = {loaded.name}
    if loaded.design is not None:
        texts.add(loaded.design.title)
        for field in loaded.design.fields:
            texts |= {field.name, field.label, field.placeholder, field.source,
                      field.low_label, field.high_label}
            texts |= {c.label for c in field.choices} | {c.value for c in field.choices}
    return {t for t in texts if t}


@pytest.fixture(autouse=True)
def _list_models_answer_column_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """QListWidget's model hides columnCount from Python, which untranslated() asks every
    item view for; a list has one column (and no header text to check)."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex

    def column_count(_model: object, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    monkeypatch.setattr(QAbstractListModel, "columnCount", column_count, raising=False)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    try:
        yield
    finally:
        remove_translators(qapp, translators)


def test_every_string_of_the_design_area_has_a_german_translation(tmp_path: Path) -> None:
    assert missing_translations(SOURCES, TS, tmp_path) == []


def test_the_batches_page_with_a_demo_batch_is_all_translated(  # type: ignore[no-untyped-def]
        qtbot, pseudo, batches_demo: Workbench, publish_answers: Answers) -> None:
    demo = batches_demo
    from workbench.models.changes import ChangeBus
    from workbench.models.tasks import TaskRunner
    from workbench.views.pages.base import PageContext
    from workbench.views.pages.batches import BatchesPage

    runner = TaskRunner()
    made = PageContext(wb=demo, runner=runner, bus=ChangeBus(),
                       start_task=lambda title, work, on_done: runner.start(
                           title, work, on_done=on_done),
                       show_page=lambda _name: None)
    try:
        page = BatchesPage(made)
        qtbot.addWidget(page)
        page.resize(*SIZE)
        page.show()
        page.set_account(get_account(demo))
        qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.is_loading,
                        timeout=10_000)
        page.table.selectRow(0)
        qtbot.waitUntil(lambda: page._details is not None, timeout=5000)
        assert page.count_label.text().startswith("[")
        assert "[" in page.details.toPlainText()  # the details' labels
        found = untranslated(page, allow=column_titles(demo), allow_if=is_data)
        assert found == []
        # The empty state (a new account has no batches) is translated too.
        assert untranslated(page.empty) == []
    finally:
        runner.shutdown()


def test_the_designer_with_a_preset_is_all_translated(  # type: ignore[no-untyped-def]
        qtbot, pseudo, publish_context, publish_answers: Answers) -> None:
    context = publish_context
    from workbench.views.designer.designer import TemplateDesigner

    designer = TemplateDesigner(context.wb, context.runner, None,
                                load_preset("image_classification"))
    qtbot.addWidget(designer)
    designer.resize(*SIZE)
    designer.show()
    allowed = preset_design_texts("image_classification")
    for row in range(designer.model.rowCount()):
        designer.select_field(row)  # every kind of field's editor
        assert untranslated(designer, allow=allowed, allow_if=is_data) == [], row
    assert designer.editor.heading.text().startswith("[")
    assert designer.windowTitle().startswith("[")
    # Icon-only buttons say what they do.
    for button in (designer.up_button, designer.down_button):
        assert button.accessibleName().startswith("[") and button.toolTip().startswith("[")
    designer.dirty = False
    designer.close()


def test_the_wizard_is_translated_on_every_page(  # type: ignore[no-untyped-def]
        qtbot, pseudo, publish_context, publish_answers: Answers, tmp_path: Path) -> None:
    context = publish_context
    from workbench.views.wizard.wizard import PublishWizard

    account = get_account(context.wb)
    wizard = PublishWizard(context, account)
    qtbot.addWidget(wizard)
    wizard.resize(*SIZE)
    wizard.show()
    csv = reviews_csv(tmp_path / "reviews.csv", 6)
    columns = {"review_id", "product", "review"}
    allowed = preset_design_texts("sentiment") | columns | {account.name, "reviews.csv"}

    def check(page: QWizardPage) -> None:
        assert wizard.currentPage() is page
        assert page.title().startswith("[") and page.subTitle().startswith("[")
        # Country names in the requirement editor's locale list are data (ISO names).
        assert untranslated(wizard, allow=allowed,
                            allow_if=lambda t: is_data(t) or bool(_COUNTRY.search(t))) == []

    wizard.template_page.chooser.select("preset", "sentiment")
    check(wizard.template_page)
    wizard.next()
    wizard.input_page.choose_file(str(csv))
    qtbot.waitUntil(wizard.input_page.isComplete, timeout=10_000)
    assert wizard.input_page.status.text().startswith("[")
    check(wizard.input_page)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    assert wizard.preview_page.check_label.text().startswith("[")
    check(wizard.preview_page)
    wizard.next()
    properties = wizard.properties_page
    properties.description.setPlainText("Read one review and choose its sentiment.")
    properties.reward.setText("0.05")
    properties.assignments.setValue(10)
    properties.requirements.add_requirement({
        "QualificationTypeId": APPROVAL_RATE_ID, "Comparator": "GreaterThanOrEqualTo",
        "IntegerValues": [95]})
    assert properties.isComplete(), properties.error.text()
    check(properties)
    wizard.next()
    cost = wizard.cost_page
    cost.minutes.setValue(1.0)
    for label in (cost.hourly, cost.warning, cost.surcharge, cost.balance, cost.costs["total"]):
        assert label.text().startswith("["), label.text()
    check(cost)
    wizard.next()
    publish = wizard.publish_page
    check(publish)
    publish.publish()
    qtbot.waitUntil(lambda: publish.report is not None, timeout=30_000)
    assert publish.result.text().startswith("["), publish.result.text()
    check(publish)
    wizard.accept()


def test_the_charts_page_with_demo_data_is_all_translated(  # type: ignore[no-untyped-def]
        qtbot, pseudo, charts_demo: Workbench) -> None:
    reviewed_wb = charts_demo
    from workbench.models.changes import ChangeBus
    from workbench.models.tasks import TaskRunner
    from workbench.services import statistics as stats
    from workbench.views.pages.base import PageContext
    from workbench.views.pages.charts import APPROVAL, SPEND, THROUGHPUT, ChartsPage

    runner = TaskRunner()
    made = PageContext(wb=reviewed_wb, runner=runner, bus=ChangeBus(),
                       start_task=lambda title, work, on_done: runner.start(
                           title, work, on_done=on_done),
                       show_page=lambda _name: None)
    try:
        page = ChartsPage(made)
        qtbot.addWidget(page)
        page.resize(*SIZE)
        page.show()
        account = get_account(reviewed_wb)
        page.set_account(account)
        choices = stats.chart_choices(reviewed_wb, account.id)
        names = {name for _, name in (*choices.batches, *choices.templates)}
        for tab in (SPEND, APPROVAL, THROUGHPUT):
            page.tabs.setCurrentIndex(tab)
            qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
            assert untranslated(page, allow=names, allow_if=is_data) == [], tab
        for chart in page.charts.values():
            assert chart.title_label.text().startswith("["), chart.name
            assert chart.readout.text() == "" or chart.readout.text().startswith("["), \
                chart.readout.text()
            assert chart.copy_button.accessibleName().startswith("[")
            assert chart.item.getAxis("left").labelText in ("", None) or \
                chart.item.getAxis("left").labelText.startswith("[")
        # Pointing at a bar reads in the user's language; dates and money stay data.
        spend = page.spend_chart
        paid = next(p for p in spend.report.points if p.amounts.total_cents)
        text = spend.hover_at((paid.bucket.start + paid.bucket.end) / 2, 1)
        assert text.startswith("[") and paid.bucket.label in text
        # The copied table's header line is translated.
        spend.copy_table()
        header = QApplication.clipboard().text().splitlines()[0]
        assert all(cell.startswith("[") for cell in header.split("\t")), header
    finally:
        runner.shutdown()


def test_with_german_installed_the_wizard_and_designer_speak_german(  # type: ignore[no-untyped-def]
        qtbot, german, publish_context, publish_answers: Answers) -> None:
    context = publish_context
    from workbench.views.designer.designer import TemplateDesigner
    from workbench.views.wizard.wizard import PublishWizard

    wizard = PublishWizard(context, get_account(context.wb))
    qtbot.addWidget(wizard)
    assert wizard.template_page.title() == "Welche Aufgabenseite?"
    assert wizard.cost_page.title() == "Kosten und faire Bezahlung"
    designer = TemplateDesigner(context.wb, context.runner, None, load_preset("sentiment"))
    qtbot.addWidget(designer)
    assert designer.add_button.text() == "Feld hinzufügen"
    assert designer.up_button.accessibleName() == "Feld nach oben"
    designer.dirty = False
