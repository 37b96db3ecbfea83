"""Translations of the core messages that Batches, the designer, the publish wizard, Charts,
the import/export dialogs, Settings/backup and the progress bars show.

Their services (services/, formats/) call ``domain.text.translate``: English without a
language (the command line, every other test), pseudo-localised or German when the window
installs one. What is stored, written to a file or sent stays English.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.i18n.helpers import ROOT, TRANSLATIONS, missing_translations
from workbench.formats.batch_csv_reader import ResultsFileError
from workbench.formats.forms import FieldKind, FormDesign, FormField, check_design, name_problem
from workbench.formats.inputs import InputFileError
from workbench.formats.template_scan import check_template, size_problem
from workbench.services.accounts import AccountError, add_account, get_account
from workbench.services.backup import BackupError, check_backup
from workbench.services.batches import RowCheck, load_input
from workbench.services.context import Workbench, check_store_location
from workbench.services.export import ExportError, export_csv
from workbench.services.importing import import_results
from workbench.services.publish import HITProperties, PublishError
from workbench.services.statistics.calendar import Granularity, LocalCalendar
from workbench.services.templates import PRESETS, load_preset
from workbench.views.i18n import install_translators, remove_translators

TS = TRANSLATIONS / "workbench_de_services_design.ts"
SOURCES = [ROOT / "src/workbench" / name for name in (
    "services/publish.py", "services/templates.py", "services/batches.py", "services/demo.py",
    "services/importing.py", "services/export.py", "services/sync.py", "services/accounts.py",
    "services/backup.py", "services/context.py", "services/statistics/calendar.py",
    "services/statistics/query.py", "services/statistics/throughput.py",
    "services/statistics/approval.py", "services/transfer/review.py", "formats/forms.py",
    "formats/template_scan.py", "formats/templates.py", "formats/questions.py",
    "formats/inputs.py", "formats/batch_csv_reader.py", "formats/excel.py",
    "formats/xlsx_guard.py")]
# Monday 2 February 2026, noon UTC.
MONDAY = datetime(2026, 2, 2, 12, tzinfo=UTC).timestamp()


def pseudo_text(text: str) -> bool:
    return text.startswith("[") and text.endswith("]")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    try:
        yield
    finally:
        remove_translators(qapp, translators)


def bad_properties() -> None:
    HITProperties.parse(title="", description="Read a review.", reward="0.05", assignments=3)


def test_every_core_message_has_a_german_translation(tmp_path: Path) -> None:
    assert missing_translations(SOURCES, TS, tmp_path) == []


def test_publishing_and_design_messages_come_out_translated(pseudo: None) -> None:
    with pytest.raises(PublishError) as refused:
        bad_properties()
    assert pseudo_text(str(refused.value))
    design = FormDesign("Task", (FormField(FieldKind.SHORT_TEXT, "bad name", "Your answer"),
                                 FormField(FieldKind.SINGLE_CHOICE, "pick", "Pick one")))
    problems = check_design(design)
    assert len(problems) == 2 and all(p.message.startswith("[") for p in problems)
    assert "bad name" in problems[0].message  # the field's name is data
    assert pseudo_text(name_problem("") or "")
    # No form (workers get one) and nothing named to answer: both read translated.
    assert [pseudo_text(p.message) for p in check_template("<p>No form here</p>")] == [True,
                                                                                      True]
    too_big = size_problem(100_000, "the page with the row shown")
    assert too_big is not None and too_big.message.startswith("[[")  # its "where" too
    check = RowCheck(rows=3, largest_row=1, largest_bytes=2048)
    assert pseudo_text(check.message())
    # A preset's title and description read in the window's language; the name a preset
    # loads under (which a saved template keeps) stays English.
    assert all(pseudo_text(p.title) and pseudo_text(p.description) for p in PRESETS)
    assert load_preset("sentiment").name == "Sentiment of a review"


def test_file_store_and_progress_messages_come_out_translated(
        pseudo: None, wb: Workbench, tmp_path: Path) -> None:
    with pytest.raises(InputFileError) as unreadable:
        load_input(tmp_path / "missing.csv")
    assert pseudo_text(str(unreadable.value))
    rows = tmp_path / "rows.csv"
    rows.write_text("review_id,review\nR1,Great\n", encoding="utf-8")
    said: list[str] = []
    load_input(rows, progress=lambda done, total, message: said.append(message))
    assert said and all(pseudo_text(m) for m in said) and "rows.csv" in said[0]
    empty = tmp_path / "results.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ResultsFileError) as not_results:
        import_results(wb, empty)
    assert pseudo_text(str(not_results.value))
    add_account(wb, "local", "local")
    with pytest.raises(ExportError) as folder:
        export_csv(wb, get_account(wb), tmp_path)
    assert pseudo_text(str(folder.value))
    with pytest.raises(AccountError) as taken:
        add_account(wb, "local", "local")
    assert pseudo_text(str(taken.value))
    with pytest.raises(BackupError) as no_backup:
        check_backup(tmp_path / "missing.sqlite")
    assert pseudo_text(str(no_backup.value))
    assert pseudo_text(check_store_location(str(tmp_path / "new.sqlite")))


def test_chart_periods_are_named_in_the_window_language(pseudo: None) -> None:
    calendar = LocalCalendar(UTC)
    week = calendar.label(MONDAY, Granularity.WEEK)
    assert pseudo_text(week) and "2026-02-02" in week
    assert calendar.label(MONDAY, Granularity.MONTH).startswith("[[")  # the month's name too


def test_in_german(german: None) -> None:
    with pytest.raises(PublishError, match=r"^Der Titel muss 1 bis 128 Zeichen lang sein$"):
        bad_properties()
    calendar = LocalCalendar(UTC)
    assert calendar.label(MONDAY, Granularity.MONTH) == "Februar 2026"
    assert calendar.label(MONDAY, Granularity.DAY) == "Mo 2026-02-02"
    assert calendar.label(MONDAY, Granularity.WEEK) == "Woche ab 2026-02-02"
    assert PRESETS[1].title == "Stimmung einer Bewertung"


def test_without_a_language_the_core_speaks_english() -> None:
    with pytest.raises(PublishError, match=r"^the title must be 1 to 128 characters$"):
        bad_properties()
    calendar = LocalCalendar(UTC)
    assert calendar.label(MONDAY, Granularity.MONTH) == "February 2026"
    assert calendar.label(MONDAY, Granularity.DAY) == "Mon 2026-02-02"
    assert PRESETS[1].title == "Sentiment of a review"


def test_demo_export_and_import_progress_and_summary_are_translated(
        pseudo: None, wb: Workbench, tmp_path: Path) -> None:
    from workbench.services.demo import run_demo

    said: list[str] = []

    def listen(done: int, total: int, message: str) -> None:
        said.append(message)

    run_demo(wb, hits=2, assignments=1, workers=2, seed=1, progress=listen)
    sheet = tmp_path / "results.csv"
    export_csv(wb, get_account(wb), sheet, progress=listen)
    report = import_results(wb, sheet, progress=listen)
    assert said and [m for m in said if not pseudo_text(m)] == []
    # Publishing (demo, HITs), simulated work, fetching, exporting, importing: all of them.
    assert len(set(said)) >= 6, sorted(set(said))
    # The summary the window's status bar shows after an import.
    assert pseudo_text(str(report)) and "results.csv" in str(report)
