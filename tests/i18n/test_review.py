"""Translations of the Review, Workers and Qualifications pages and their dialogs.

Under pseudo-localisation every text these screens show must come out bracketed, apart from
data (worker, HIT and assignment ids, answers, money, dates, names from the store, and the
services' column titles, which another file translates). In German the Review page reads in
German and its keys stay the same.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from tests.i18n.helpers import ROOT, TRANSLATIONS, missing_translations, untranslated
from tests.qualifications.conftest import bird_key, bird_test
from tests.qualifications.screens import fill
from tests.review.conftest import demo, no_dawid_skene  # noqa: F401 - fixtures
from tests.review.helpers import actions, close, key, open_review, wait_idle
from tests.views.conftest import _demo_store, demo_wb  # noqa: F401 - fixtures
from workbench.domain.qualifications import APPROVAL_RATE_ID, LOCALE_ID
from workbench.formats.answer_keys import build_answer_key
from workbench.formats.qualification_tests import build_question_form
from workbench.services.accounts import get_account
from workbench.services.qualification_drafts import check_draft, from_xml
from workbench.services.review import BonusLine, Rule, preview_rule
from workbench.services.settings import DEFAULT_REJECTION_REASONS
from workbench.views.i18n import install_translators, remove_translators
from workbench.views.main_window import MainWindow
from workbench.views.pages.qualifications import QualificationsPage
from workbench.views.pages.workers import WorkersPage
from workbench.views.qualifications.test_editor import TestEditorDialog
from workbench.views.qualifications.type_dialog import TypeDialog
from workbench.views.review.bulk import GoldDialog, RulePreviewDialog
from workbench.views.review.dialogs import BlockDialog, BonusDialog, RejectDialog
from workbench.views.widgets.requirement_editor import RequirementEditor
from workbench.views.workers.dialogs import MessageDialog

SOURCES = [ROOT / "src" / "workbench" / p for p in (
    "views/review/actions.py", "views/review/bulk.py", "views/review/dialogs.py",
    "views/review/hit_panel.py", "views/review/task_page.py", "views/workers/dialogs.py",
    "views/qualifications/dialogs.py", "views/qualifications/panels.py",
    "views/qualifications/preview.py", "views/qualifications/question_editor.py",
    "views/qualifications/test_editor.py", "views/qualifications/type_dialog.py",
    "views/pages/review.py", "views/pages/workers.py", "views/pages/qualifications.py",
    "views/widgets/requirement_editor.py", "views/widgets/locale_values.py",
    "models/review.py", "models/workers.py", "models/qualifications.py")]
TS = TRANSLATIONS / "workbench_de_review.ts"
# Data the screens show as it is: ids, money, times, counts, codes, answers.
_DATA = re.compile(
    r"^(?:[A-Z0-9]{8,}|[A-Z0-9-]{8,}|\$[\d,.]+(?:/h)?|[\d.,:%/ +\-—–]+|.*\d{4}-\d\d-\d\d.*|"
    r"\d+(?:\.\d+)?\s*[dhms](?: \d+[dhms])*)$")


def column_labels(*sources: Any) -> set[str]:
    """The services' column titles and tooltips (translated elsewhere, context "Column")."""
    out: set[str] = set()
    for source in sources:
        for column in source.columns:
            out.update(t for t in (column.label, column.tooltip) if t)
    return out


def is_data(text: str) -> bool:
    return bool(_DATA.match(text.strip()))


def check(widget: QWidget, allow: Iterable[str] = (),
          service: Iterable[str] = ()) -> list[tuple[str, str]]:
    """What shows untranslated, apart from data (``allow``) and the services' own English
    messages (``service``: texts found inside a label, e.g. "⚠ <warning>"). List widgets'
    items are checked too."""
    allowed = set(allow)
    messages = [m for m in service if m]
    found = [(where, text) for where, text in untranslated(widget, allow=allowed,
                                                         allow_if=is_data)
             if not any(m in html.unescape(text) for m in messages)]
    for view in [widget, *widget.findChildren(QListWidget)]:
        if isinstance(view, QListWidget):
            for row in range(view.count()):
                text = view.item(row).text()
                numbered = re.sub(r"^\d\.\s+|^\s+", "", text)  # "1.  a saved reason"
                if text not in allowed and numbered not in allowed and not is_data(text) \
                        and "[" not in text:
                    found.append((f"QListWidget({view.objectName() or '-'}).item{row}", text))
    return found


def review_data(page: Any) -> set[str]:
    """What the Review page shows from the store: the batch, the HIT, the answers."""
    review = page.review
    data = {review.hit_id, review.batch_name or "", *review.fields}
    for assignment in review.assignments:
        data |= {assignment.worker_id, assignment.assignment_id, *assignment.answers.values()}
    return data


def test_the_review_page_is_translated(qtbot: Any, demo_wb: Any, pseudo: None,  # noqa: F811
                                       no_dawid_skene: Any) -> None:  # noqa: F811
    from workbench.services.tables_review import ReviewQueueSource

    window, page = open_review(qtbot, demo_wb)
    try:
        qtbot.waitUntil(lambda: page.count_label.text() != "", timeout=10_000)
        qtbot.waitUntil(lambda: page.batch.count() > 1, timeout=10_000)
        found = check(page, column_labels(ReviewQueueSource(demo_wb)) | review_data(page))
        assert found == []
        grid = page.grid_model
        assert grid.headerData(0, Qt.Orientation.Horizontal).startswith("[")
        assert grid.headerData(1, Qt.Orientation.Vertical).startswith("[")  # "Decision"
        decision = grid.index(1, 1).data()
        assert decision.startswith("["), decision
        assert page.panel.approve_button.text().startswith("[")
        assert all(a.text().startswith("[") for a in page.key_actions.values())
    finally:
        close(window)


def test_the_review_dialogs_are_translated(qtbot: Any, demo: Any,  # noqa: F811
                                           pseudo: None) -> None:
    wb, account, batch_id = demo
    reject = RejectDialog(DEFAULT_REJECTION_REASONS, "the work of A1B2C3D4E5F6G7")
    qtbot.addWidget(reject)
    assert check(reject, DEFAULT_REJECTION_REASONS) == []
    reject.feedback.setPlainText("")
    assert reject.problem.text().startswith("[")

    bonus = BonusDialog("A1B2C3D4E5F6G7", "3ASSIGNMENT0001XYZ",
                        [BonusLine(50, "Great comments", "pending", None)])
    qtbot.addWidget(bonus)
    bonus.amount.setText("0.50")
    bonus.reason.setPlainText("Thorough work")
    assert bonus.cost.text().startswith("[") and "$0.50" in bonus.cost.text()
    assert check(bonus) == []

    for blocked, soft in ((False, False), (False, True), (True, False)):
        block = BlockDialog("A1B2C3D4E5F6G7", blocked, [], soft_blocked=soft)
        qtbot.addWidget(block)
        assert check(block) == []

    message = MessageDialog([f"AWORKER{i:07d}" for i in range(150)])
    qtbot.addWidget(message)
    assert check(message) == []

    preview = preview_rule(wb, account, batch_id, Rule.APPROVE_SUBMITTED)
    rules = RulePreviewDialog(preview, DEFAULT_REJECTION_REASONS)
    qtbot.addWidget(rules)
    # The explanation and each row's reason come from the services, translated too.
    assert preview.explanation.startswith("[") and preview.candidates
    assert all(c.reason.startswith("[") for c in preview.candidates)
    assert check(rules) == []
    assert rules.windowTitle().startswith("[")

    from workbench.services.consensus import batch_answer_fields, gold_choice
    from workbench.store.schema import Batch

    with wb.store.read() as session:
        batch = session.get(Batch, batch_id)
        columns = [str(c) for c in batch.input_columns]
        fields = batch_answer_fields(session, batch_id)
        name = batch.name
    current = gold_choice(wb, batch_id)
    gold = GoldDialog(name, columns, fields, current)
    qtbot.addWidget(gold)
    assert current.describe().startswith("[")
    assert check(gold, {*columns, *fields}) == []


def test_the_workers_page_is_translated(qtbot: Any, demo_wb: Any,  # noqa: F811
                                        pseudo: None) -> None:
    from workbench.services.workers import WorkerSource

    window = MainWindow(demo_wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_page("Workers")
    page = window.pages["Workers"]
    assert isinstance(page, WorkersPage)
    try:
        qtbot.waitUntil(lambda: not page.model.is_loading and page.model.rowCount() > 0,
                        timeout=15_000)
        qtbot.waitUntil(lambda: page.batch.count() > 1, timeout=10_000)
        batches = {page.batch.itemText(i) for i in range(1, page.batch.count())}
        assert check(page, column_labels(WorkerSource(demo_wb)) | batches) == []
        assert page.count_label.text().startswith("[")
    finally:
        window.runner.shutdown()


def test_the_qualifications_page_and_its_dialogs_are_translated(
        qtbot: Any, wb: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        pseudo: None) -> None:
    from workbench.services.qualification_tables import ScoresSource

    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))
    account = get_account(wb)
    types = fill(wb, account)
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_page("Qualifications")
    page = window.pages["Qualifications"]
    assert isinstance(page, QualificationsPage)
    try:
        qtbot.waitUntil(lambda: page.types.rowCount() == 3 and page.current is not None,
                        timeout=10_000)
        reviewed = types["Careful labeller"]
        page.table.selectRow(page.types.row_of(reviewed.type_id))
        qtbot.waitUntil(lambda: page.requests.model.rowCount() == 6, timeout=10_000)
        data = {t.name for t in types.values()} | {t.type_id for t in types.values()} \
            | column_labels(ScoresSource(wb))
        assert check(page, data) == []
        assert page.types.headerData(0, Qt.Orientation.Horizontal).startswith("[")
        assert page.types.index(0, 4).data().startswith("[")  # "Active"
        page.requests.table.selectRow(0)
        qtbot.waitUntil(lambda: "[" in page.requests.answers.toPlainText(), timeout=5000)

        dialog = TypeDialog(types["Bird spotter"], window)
        qtbot.addWidget(dialog)
        assert check(dialog, data | {types["Bird spotter"].description,
                                     types["Bird spotter"].keywords}) == []
        assert dialog.test_summary.text().startswith("[")
    finally:
        window.runner.shutdown()


def test_the_test_editor_and_requirement_editor_are_translated(qtbot: Any, wb: Any,
                                                               pseudo: None) -> None:
    test, key_ = bird_test(), bird_key()
    draft, _lost = from_xml(test, key_)
    editor = TestEditorDialog(draft)
    qtbot.addWidget(editor)
    texts = {test.title, test.instructions, *(q.identifier for q in test.questions),
             *(q.text for q in test.questions),
             *(c.identifier for q in test.questions for c in q.choices)}
    labels = {editor.questions.item(i).text() for i in range(editor.questions.count())}
    assert all("[" in label for label in labels)  # "1. robin — [one choice]\n…"
    # The draft's problems and warnings come from the services, translated too.
    checked = check_draft(editor.draft)
    assert all(t.startswith("[") for t in [*checked.problems, *checked.warnings])
    assert check(editor, texts | labels) == []

    account = get_account(wb)
    with wb.store.session(write=True) as session:
        from workbench.store.schema import QualificationType

        session.add(QualificationType(account_id=account.id, qualification_type_id="3BIRDS",
                                      name="Bird spotter", status="Active",
                                      test_xml=build_question_form(test),
                                      answer_key_xml=build_answer_key(key_)))
    requirements = RequirementEditor(wb, account=account)
    qtbot.addWidget(requirements)
    assert check(requirements) == []  # no rows yet: the empty note
    qtbot.waitUntil(lambda: bool(requirements.custom), timeout=5000)
    requirements.set_requirements([
        {"QualificationTypeId": "3BIRDS", "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [80]},
        {"QualificationTypeId": APPROVAL_RATE_ID, "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [98]},
        {"QualificationTypeId": LOCALE_ID, "Comparator": "EqualTo",
         "LocaleValues": [{"Country": "US", "Subdivision": "NY"}]},
        {"QualificationTypeId": LOCALE_ID, "Comparator": "In",
         "LocaleValues": [{"Country": "US"}, {"Country": "CA"}]},
        {"QualificationTypeId": "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH", "Comparator": "Exists"},
    ])
    from workbench.views.widgets.locale_values import US_STATES, countries

    places = {f"{name} ({code})" for code, name in countries()} | \
        {f"{name} ({code})" for code, name in US_STATES.items()}
    # Advice comes from the services, translated too; the custom type's name is data.
    assert requirements.advice and all(a.text.startswith("[") for a in requirements.advice)
    assert check(requirements, places | {"Bird spotter", "US, CA"}) == []
    row = requirements.rows[0]
    assert row.comparator.currentText().startswith("[")
    assert row.comparator.currentData() == "GreaterThanOrEqualTo"
    assert requirements.requirements()[0]["Comparator"] == "GreaterThanOrEqualTo"
    assert requirements.rows[1].qualification.currentText().startswith("[")


def test_every_string_has_a_german_translation(tmp_path: Path) -> None:
    assert missing_translations(SOURCES, TS, tmp_path) == []
    assert TS.with_suffix(".qm").exists()


def test_in_german_the_review_page_reads_german_and_a_still_approves(
        qtbot: Any, qapp: QApplication, demo_wb: Any, no_dawid_skene: Any) -> None:  # noqa: F811
    translators = install_translators(qapp, "de")
    try:
        window, page = open_review(qtbot, demo_wb)
        try:
            assert page.panel.approve_button.text() == "Genehmigen (A)"
            assert page.panel.tabs.tabText(0) == "Antworten nebeneinander"
            assert page.grid_model.headerData(0, Qt.Orientation.Horizontal) == "Vorschlag"
            assert page.key_actions["Approve"].text() == "Genehmigen"
            account = get_account(demo_wb)
            current = page.current_assignment()
            assert current is not None
            key(qtbot, page, Qt.Key.Key_A)
            wait_idle(qtbot, page)
            queued = actions(demo_wb, account)
            assert [(a.target, a.kind) for a in queued] == [(current.assignment_id, "approve")]
            qtbot.waitUntil(lambda: page.grid_model.index(1, 1).data() is not None, timeout=5000)
            decided = page.grid_model.index(1, 1).data()
            assert decided.startswith("Genehmigung vorgemerkt"), decided
        finally:
            close(window)
    finally:
        remove_translators(qapp, translators)
