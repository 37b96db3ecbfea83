"""Screenshots of the Batches page, the designer, the preview and every step of the wizard.

Run with WORKBENCH_SCREENSHOTS=some/folder to keep them; otherwise they go to a temp folder.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from tests.publish.conftest import Answers
from workbench.domain.qualifications import APPROVAL_RATE_ID, LOCALE_ID
from workbench.services.context import Workbench
from workbench.services.demo import demo_rows, run_demo
from workbench.services.templates import load_preset
from workbench.views.designer.designer import TemplateDesigner
from workbench.views.main_window import MainWindow
from workbench.views.wizard.wizard import PublishWizard

SIZE = (1280, 800)


@pytest.fixture(scope="session")
def _demo_store(tmp_path_factory: pytest.TempPathFactory, _template_store: Path) -> Path:
    path = tmp_path_factory.mktemp("batches-demo") / "store.sqlite3"
    shutil.copyfile(_template_store, path)
    with Workbench.open(path) as wb:
        run_demo(wb, hits=40, assignments=3, workers=8, seed=3)
    return path


@pytest.fixture
def demo(tmp_path: Path, _demo_store: Path) -> Iterator[Workbench]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_store, path)
    with Workbench.open(path) as wb:
        yield wb


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == SIZE
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16)
               for y in range(0, image.height(), 16)}
    assert len(colours) > 8, f"{path.name} looks empty"


def reviews(path: Path) -> Path:
    import csv

    table, _ = demo_rows(250, random.Random(4))
    with path.open("w", newline="", encoding="utf-8-sig") as stream:
        writer = csv.writer(stream)
        writer.writerow(table.columns)
        writer.writerows([row[c] for c in table.columns] for row in table.rows)
    return path


def test_screenshots_of_batches_designer_preview_and_wizard(  # type: ignore[no-untyped-def]
        qtbot, demo: Workbench, shots: Path, tmp_path: Path, answers: Answers,
        fixtures_dir: Path) -> None:
    window = MainWindow(demo)
    try:
        window.resize(*SIZE)
        window.show()
        window.show_page("Batches")
        page = window.pages["Batches"]
        qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.is_loading,
                        timeout=10_000)

        designer = TemplateDesigner(demo, window.runner, window,
                                    load_preset("image_classification"))
        designer.resize(*SIZE)
        designer.show()
        designer.select_field(2)
        qtbot.waitUntil(lambda: designer.preview.is_loaded, timeout=20_000)
        qtbot.wait(400)
        save(designer, shots / "designer.png")
        designer.preview.run_script(
            "document.querySelectorAll('crowd-radio-button')[1].checked = true;"
            "document.querySelector('crowd-input').value = 'a tabby cat';"
            "document.querySelector('crowd-form').submit();")
        qtbot.waitUntil(lambda: designer.preview.record.record is not None, timeout=10_000)
        qtbot.wait(200)
        save(designer, shots / "designer-try-it.png")
        designer.import_file(str(fixtures_dir / "ntcirds_amt-template.html"))
        qtbot.waitUntil(lambda: designer.preview.is_loaded, timeout=20_000)
        qtbot.wait(300)
        save(designer, shots / "designer-imported.png")
        designer.dirty = False
        designer.close()

        wizard = PublishWizard(page.context, page.account, window)
        wizard.resize(*SIZE)
        wizard.show()
        wizard.template_page.chooser.select("preset", "sentiment")
        save(wizard, shots / "wizard-1-template.png")
        wizard.next()
        wizard.input_page.choose_file(str(reviews(tmp_path / "reviews.csv")))
        qtbot.waitUntil(wizard.input_page.isComplete, timeout=10_000)
        save(wizard, shots / "wizard-2-input.png")
        wizard.next()
        qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
        wizard.preview_page.row.setValue(7)
        preview = wizard.preview_page.preview
        qtbot.waitUntil(lambda: preview.is_loaded, timeout=20_000)
        preview.run_script("document.querySelector('crowd-classifier').shadowRoot"
                           ".querySelectorAll('button.category')[2].click();"
                           "document.querySelector('crowd-form').submit();")
        qtbot.waitUntil(lambda: preview.record.record is not None, timeout=10_000)
        qtbot.wait(200)
        save(wizard, shots / "wizard-3-preview.png")
        wizard.next()
        properties = wizard.properties_page
        properties.description.setPlainText(
            "Read one short customer review and say whether it is positive, neutral or negative.")
        properties.keywords.setText("sentiment, review, quick")
        properties.reward.setText("0.05")
        properties.assignments.setValue(10)
        properties.requirements.add_requirement({
            "QualificationTypeId": APPROVAL_RATE_ID, "Comparator": "GreaterThanOrEqualTo",
            "IntegerValues": [95]})
        properties.requirements.add_requirement({
            "QualificationTypeId": LOCALE_ID, "Comparator": "In",
            "LocaleValues": [{"Country": "US"}, {"Country": "CA"}]})
        assert properties.isComplete(), properties.error.text()
        qtbot.wait(300)
        save(wizard, shots / "wizard-4-properties.png")
        wizard.next()
        wizard.cost_page.minutes.setValue(1.0)
        qtbot.waitUntil(lambda: wizard.cost_page.previous.isVisible(), timeout=5000)
        save(wizard, shots / "wizard-5-cost.png")
        wizard.next()
        wizard.publish_page.name.setText("Product reviews, November")
        wizard.publish_page.publish()
        qtbot.waitUntil(lambda: wizard.publish_page.report is not None, timeout=60_000)
        save(wizard, shots / "wizard-6-published.png")
        wizard.accept()

        qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.model.is_loading,
                        timeout=10_000)
        page.table.selectRow(0)
        qtbot.waitUntil(lambda: "Product reviews, November" in page.details.toPlainText(),
                        timeout=5000)
        save(window, shots / "batches.png")
        page.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: page.preview is not None and page.preview.is_loaded,
                        timeout=20_000)
        qtbot.wait(400)
        save(window, shots / "batches-row-preview.png")
    finally:
        window.runner.shutdown()
        # Web pages must go before the end of the process: Chromium complains otherwise.
        window.close()
        shiboken6.delete(window)
