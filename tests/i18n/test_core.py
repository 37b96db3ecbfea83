"""Translations of the core of the window: the main window, its menus and toolbar, the Start,
HITs, Assignments and Outbox pages, their dialogs, and every table's column titles."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.i18n.helpers import ROOT, TRANSLATIONS, missing_translations, untranslated
from workbench.services import outbox
from workbench.services.accounts import add_account, get_account, list_accounts
from workbench.services.context import Workbench
from workbench.services.settings import Settings, load_settings, save_settings
from workbench.services.spend import SpendSummary
from workbench.views.i18n import (
    PSEUDO_OPEN,
    chosen_language,
    install_translators,
    remove_translators,
)

TS = TRANSLATIONS / "workbench_de_core.ts"
MY_PAGES = ("Start", "HITs", "Assignments", "Outbox")


def _column_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "column_messages", ROOT / "packaging" / "column_messages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def _core_demo_store(tmp_path_factory: pytest.TempPathFactory, _template_store: Path) -> Path:
    """A demo batch with decisions queued, so every table and the outbox have rows."""
    from workbench.services.demo import run_demo

    path = tmp_path_factory.mktemp("core-demo") / "store.sqlite3"
    shutil.copyfile(_template_store, path)
    wb = Workbench.open(path)
    run_demo(wb, hits=12, assignments=2, workers=4, seed=5)
    account = get_account(wb)
    with wb.store.read() as session:
        from sqlalchemy import select

        from workbench.store.schema import Assignment
        ids = list(session.scalars(select(Assignment.assignment_id).limit(3)))
    outbox.queue_approve(wb, account, ids[:2])
    outbox.queue_reject(wb, account, ids[2:3], feedback="Please read the instructions.")
    wb.close()
    return path


@pytest.fixture
def demo(tmp_path: Path, _core_demo_store: Path) -> Iterator[Workbench]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_core_demo_store, path)
    wb = Workbench.open(path)
    yield wb
    wb.close()


def shots() -> Path:
    """Where the screenshots go (build/ is not committed): look at them after a change."""
    folder = ROOT / "build" / "i18n"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_window(qtbot: Any, wb: Workbench) -> Any:
    from workbench.views.main_window import MainWindow

    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def wait_rows(qtbot: Any, model: Any) -> None:
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=10_000)


def batch_names(wb: Workbench) -> set[str]:
    from workbench.services.tables import batch_choices

    return {name for _, name in batch_choices(wb, get_account(wb).id)}


def pseudo_labels(groups: list[tuple[str, list[tuple[str, str]]]], *, labelled: int) -> list[str]:
    """Group titles, and the labels of the first ``labelled`` groups, that show untranslated
    (later groups are labelled with data: input columns, answer fields)."""
    found = [title for title, _ in groups if PSEUDO_OPEN not in title]
    for _, pairs in groups[:labelled]:
        found += [label for label, _ in pairs if PSEUDO_OPEN not in label]
    return found


def test_pages_menus_and_toolbar_are_translated(qtbot, demo: Workbench, pseudo) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo)
    data = batch_names(demo) | {a.name for a in list_accounts(demo)}
    try:
        # Menus, toolbar, status bar, side bar and the window's own shortcuts.
        for part in (window.menuBar(), window.findChild(QWidget, "account-toolbar"),
                     window.statusBar()):
            assert untranslated(part, allow=data) == []
        assert all(PSEUDO_OPEN in a.text() for a in window.actions()), \
            [a.text() for a in window.actions()]
        for row, name in enumerate(window.pages):
            if name in MY_PAGES:
                assert PSEUDO_OPEN in window.side_bar.item(row).text()
        assert PSEUDO_OPEN in window.windowTitle()
        assert PSEUDO_OPEN in window.badge.text() and PSEUDO_OPEN in window.balance.text()

        window.show_page("Start")
        assert untranslated(window.welcome) == []

        window.show_page("HITs")
        hits = window.hits
        wait_rows(qtbot, hits.model)
        hits.table.select_first()
        qtbot.waitUntil(lambda: len(hits.details.groups) >= 2, timeout=5000)
        assert untranslated(hits, allow=data) == []
        assert pseudo_labels(hits.details.groups, labelled=1) == []
        # Status codes are data in the store but shown translated.
        status = hits.model.index(0, hits.model.column_of("status")).data()
        assert status.startswith(PSEUDO_OPEN)

        window.show_page("Assignments")
        page = window.assignments
        wait_rows(qtbot, page.model)
        qtbot.waitUntil(lambda: page.batch.count() > 1, timeout=5000)
        page.table.select_first()
        qtbot.waitUntil(lambda: len(page.details.groups) == 2, timeout=5000)
        assert untranslated(page, allow=data) == []
        assert pseudo_labels(page.details.groups, labelled=1) == []
        duration = page.model.index(0, page.model.column_of("work_time")).data()
        assert duration.startswith(PSEUDO_OPEN)

        window.show_page("Outbox")
        page = window.outbox
        wait_rows(qtbot, page.model)
        page.table.select_first()
        qtbot.waitUntil(lambda: len(page.details.groups) == 2, timeout=5000)
        assert untranslated(page, allow=data) == []
        assert pseudo_labels(page.details.groups, labelled=1) == []
        kind = page.model.index(0, page.model.column_of("kind")).data()
        assert kind.startswith(PSEUDO_OPEN)
        window.grab().save(str(shots() / "core-outbox-pseudo.png"))
    finally:
        window.runner.shutdown()


def test_dialogs_are_translated(qtbot, demo: Workbench, pseudo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from workbench.models.tasks import TaskRunner
    from workbench.views.crash import CrashReporter
    from workbench.views.dialogs.about import AboutDialog, dependency_licences
    from workbench.views.dialogs.account_dialog import AccountDialog
    from workbench.views.dialogs.hit_actions import AddAssignmentsDialog, ExtendDialog
    from workbench.views.dialogs.settings_dialog import SettingsDialog
    from workbench.views.spend_confirmation import SpendConfirmationDialog

    add_account(demo, "Live", "mturk", aws_profile="work")
    runner = TaskRunner()
    accounts = list_accounts(demo)
    names = {a.name for a in accounts}
    try:
        settings = SettingsDialog(Settings(), accounts, runner)
        qtbot.addWidget(settings)
        # Each language is named in itself; only the testing entry is translated.
        assert untranslated(settings, allow=names | {"English", "Deutsch"}) == []

        about = AboutDialog(demo.store.url)
        qtbot.addWidget(about)
        licences = {part for row in dependency_licences() for part in row}
        assert untranslated(about, allow=licences) == []
        assert PSEUDO_OPEN in about.windowTitle()

        account = AccountDialog()
        qtbot.addWidget(account)
        assert untranslated(account, allow={""}) == []

        for dialog in (ExtendDialog(3), AddAssignmentsDialog(3, 3), AddAssignmentsDialog(2, 20)):
            qtbot.addWidget(dialog)
            assert untranslated(dialog) == [], dialog
            assert PSEUDO_OPEN in dialog.windowTitle()

        summary = SpendSummary(approvals=2, approval_cents=200, approval_fee_cents=40,
                               bonuses=1, bonus_cents=100, bonus_fee_cents=20,
                               extra_assignments=0, extra_assignment_cents=0,
                               extra_assignment_fee_cents=0)
        spend = SpendConfirmationDialog("Live", summary)
        qtbot.addWidget(spend)
        assert untranslated(spend) == []

        shown: list[QMessageBox] = []
        def show(box: QMessageBox) -> int:
            shown.append(box)
            return 0

        monkeypatch.setattr(QMessageBox, "exec", show)
        reporter = CrashReporter()
        try:
            raise RuntimeError("boom")
        except RuntimeError as error:
            reporter._show(f"RuntimeError: {error}", "Traceback: …")
        assert shown and PSEUDO_OPEN in shown[0].windowTitle()
        assert PSEUDO_OPEN in shown[0].text() and "RuntimeError: boom" in shown[0].text()
    finally:
        runner.shutdown()


def test_every_core_string_has_a_german_translation(tmp_path: Path) -> None:
    script = _column_script()
    generated = script.write_messages(tmp_path / "column_messages.py")
    assert missing_translations([*script.CORE_SOURCES, generated], TS, tmp_path) == []


def test_every_column_title_of_every_table_has_a_german_translation() -> None:
    script = _column_script()
    messages = script.column_messages()
    # Every table of the app is among them (the services declare 7 or more sources).
    assert ("Column", "Reward") in messages and ("Column", "Hourly wage") in messages
    translated: dict[tuple[str, str], str] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                translated[(name, message.findtext("source") or "")] = translation.text or ""
    missing = [m for m in messages if not translated.get(m, "").strip()]
    assert missing == []


def test_german_shows_in_the_window(qtbot, demo: Workbench, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "de")
    try:
        window = open_window(qtbot, demo)
        try:
            labels = [window.side_bar.item(row).text() for row in range(window.side_bar.count())]
            assert "Postausgang" in labels and "Zuweisungen" in labels
            menus = [action.text() for action in window.menuBar().actions()]
            assert "&Konto" in menus
            window.show_page("HITs")
            hits = window.hits
            wait_rows(qtbot, hits.model)
            reward = hits.model.column_of("reward")
            assert hits.model.headerData(reward, Qt.Orientation.Horizontal) == "Vergütung"
            status = hits.model.index(0, hits.model.column_of("status")).data()
            assert status in {"Zuweisbar", "Nicht zuweisbar", "Prüfbar", "In Prüfung"}
            assert hits.expire_button.text() == "Jetzt beenden"
            window.show_page("Assignments")
            wait_rows(qtbot, window.assignments.model)
            assert window.assignments.count_label.text().endswith("Zuweisungen")
            window.grab().save(str(shots() / "core-assignments-de.png"))
        finally:
            window.runner.shutdown()
    finally:
        remove_translators(qapp, translators)


def test_the_chosen_language_is_saved_and_used_at_the_next_start(qtbot, demo: Workbench) -> None:  # type: ignore[no-untyped-def]
    from workbench.models.tasks import TaskRunner
    from workbench.views.app import german_translation_problem
    from workbench.views.dialogs.settings_dialog import SettingsDialog

    runner = TaskRunner()
    try:
        dialog = SettingsDialog(load_settings(), list_accounts(demo), runner)
        qtbot.addWidget(dialog)
        assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
            "", "en", "de", "pseudo"]
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        save_settings(dialog.result_settings())
    finally:
        runner.shutdown()
    assert chosen_language(load_settings().language) == "de"
    # What app.py installs at the start, and what the packaged app's --smoke-test checks.
    assert german_translation_problem() is None


def test_the_smoke_test_notices_a_missing_german_translation(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import workbench.views.i18n as i18n
    from workbench.views.app import german_translation_problem

    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    assert "no German translation" in (german_translation_problem() or "")
    (tmp_path / "workbench_de_core.qm").write_bytes(b"not a translation")
    assert "could not be loaded" in (german_translation_problem() or "")


def test_every_outbox_action_kind_reads_as_words_in_english_and_german(
        qapp: QApplication) -> None:
    from workbench.domain.statuses import ActionKind
    from workbench.models.formatting import action_label

    english = {kind.value: action_label(kind.value) for kind in ActionKind}
    # No code such as "prolific_bonus" in the Outbox's Kind column.
    assert [code for code, text in english.items() if "_" in text] == []
    installed = install_translators(qapp, "de")
    try:
        german = {kind.value: action_label(kind.value) for kind in ActionKind}
    finally:
        remove_translators(qapp, installed)
    assert [code for code in german if german[code] == english[code]
            and code not in ("bonus",)] == []
