"""A new user's first real batch, end to end, through the real window and a real browser.

First start on an empty store → the welcome page's "Design and publish…" → the publish
wizard, and beside it the template designer, where two real MTurk templates are imported
with Ctrl+Shift+O (a crowd-form page, and a radio-button page without a form, as MTurk's
web UI took it) and one saved → the wizard, from a CSV with German, French and Japanese
text, title, description and reward typed (Esc closing a drop-down, not the wizard) →
Publish → the worker site opened
from the toolbar, a worker invited → the worker signs in and submits in chromium → F5 →
the Review page by keyboard (A, and R with a reason and Enter) → F5 → Ctrl+E to Excel,
reopened with openpyxl. Each step checks what the person sees.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from tests.formats.test_templates import formless_template
from tests.journeys.conftest import Camera, FileDialogs
from tests.journeys.person import (
    CTRL,
    SHIFT,
    answer_question,
    answer_question_by_key,
    answer_with_text,
    bring_to_front,
    choose,
    click,
    go,
    open_drop_down,
    press,
    shown,
    type_into,
    type_text,
)
from tests.site.browser import chromium
from workbench.models.review import META_ROWS
from workbench.views.designer.designer import TemplateDesigner
from workbench.views.main_window import MainWindow
from workbench.views.pages.review import ReviewPage
from workbench.views.review.dialogs import RejectDialog
from workbench.views.transfer.export_dialog import ExportDialog
from workbench.views.widgets.worker_site import WorkerInvitationsDialog
from workbench.views.wizard.wizard import PublishWizard

pytestmark = pytest.mark.journey

# What the person types and the file they publish from: German, French, Japanese.
TITLE = "Was zeigt das Foto? Äpfel, Straße, 東京"
DESCRIPTION = "Wähle, was auf dem Foto zu sehen ist – schnell & einfach (ça va)."
ROWS = [
    {"imageurl": "https://example.org/bilder/Äpfel_und_Birnen.jpg",
     "beschreibung": "Äpfel, Birnen & Weißkohl — frisch vom Markt",
     "notiz": "Größe: groß; Straße: Königsallee"},
    {"imageurl": "https://example.org/bilder/東京の猫.jpg",
     "beschreibung": "Eine Katze (猫) in Tōkyō",
     "notiz": "café, naïve, façade, señor"},
    {"imageurl": "https://example.org/bilder/Fußgänger.jpg",
     "beschreibung": "Ein Fußgänger überquert die Straße",
     "notiz": "Œuvre, ß, ÿ, 写真"},
]
ANSWERS = ["Fruit", "Animal", "Person"]  # what the worker ticks, HIT by HIT
STORED = ["fruit", "animal", "person"]  # the radio buttons' values
REASON = "Bitte genauer hinsehen: Das Foto zeigt keine Person – falsche Kategorie."
WORKER_NAME = "Zoë Müller-Lüdenscheidt"


def write_inputs(path: Path) -> Path:
    """The input file as Excel saves "CSV UTF-8": with a byte-order mark."""
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(ROWS[0]))
        writer.writeheader()
        writer.writerows(ROWS)
    return path


def next_page(qtbot: Any, wizard: QWizard) -> None:
    """Click Next once the page lets the person go on."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    before = wizard.currentId()
    qtbot.waitUntil(button.isEnabled, timeout=30_000)
    click(qtbot, button)
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=5000)


# -- the steps ---------------------------------------------------------------------------------

def import_template(qtbot: Any, designer: TemplateDesigner, dialogs: FileDialogs,
                    path: Path) -> None:
    """Ctrl+Shift+O, the file chosen in the file dialog."""
    asked = len(dialogs.calls)
    dialogs.will_choose(path)
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT, designer)
    # The file dialog opened (a slot handed Qt's `checked` as the path once opened none).
    assert len(dialogs.calls) == asked + 1, "Ctrl+Shift+O opened no file dialog"
    assert dialogs.calls[-1].caption == "Import an HTML template"
    qtbot.waitUntil(lambda: designer.name_edit.text() == path.stem, timeout=10_000)
    qtbot.waitUntil(lambda: designer.statusBar().currentMessage().startswith(
        f"Imported {path.name}"), timeout=10_000)
    # Ctrl+R: the checks and the preview for the page just imported.
    press(qtbot, Qt.Key.Key_R, CTRL, designer)
    qtbot.waitUntil(lambda: designer.problems.count() > 0, timeout=10_000)


def problems_of(designer: TemplateDesigner) -> list[str]:
    return [designer.problems.item(i).text() for i in range(designer.problems.count())]


def design(qtbot: Any, wizard: PublishWizard, dialogs: FileDialogs, camera: Camera,
           tmp_path: Path, fixtures_dir: Path) -> str:
    """The designer, opened from the wizard: both real templates imported, the form-less one
    saved (which chooses it in the wizard). Returns its saved name."""
    click(qtbot, wizard.template_page.design_button)
    designer = shown(qtbot, TemplateDesigner)
    bring_to_front(qtbot, designer)

    crowd = tmp_path / "ntcirds_amt-template.html"
    crowd.write_bytes((fixtures_dir / "ntcirds_amt-template.html").read_bytes())
    import_template(qtbot, designer, dialogs, crowd)
    message = designer.statusBar().currentMessage()
    assert message == ("Imported ntcirds_amt-template.html: 41 placeholders, "
                       "30 fields found."), message
    assert designer.problems.errors == [], problems_of(designer)
    assert designer.source.toPlainText().count("<crowd-radio-button") == 30
    camera.shot(designer, "designer-crowd-form")

    # The second page replaces the first, which is unsaved: the designer asks first.
    formless = tmp_path / "Fotos sortieren.html"
    formless.write_text(formless_template(fixtures_dir), encoding="utf-8")
    asked = answer_question(qtbot, QMessageBox.StandardButton.Discard)
    import_template(qtbot, designer, dialogs, formless)
    assert asked.answered and "unsaved changes" in asked.seen[0]
    assert designer.statusBar().currentMessage() == (
        "Imported Fotos sortieren.html: 1 placeholder, 2 fields found.")
    # MTurk's web UI put such a page in its own form with a Submit button; so do we.
    assert designer.problems.errors == [], problems_of(designer)
    assert any(text.startswith("the page has no form of its own: as MTurk's web UI did, "
                               "workers get it inside one with a Submit button")
               for text in problems_of(designer)), problems_of(designer)
    camera.shot(designer, "designer-formless")
    camera.screen("designer-beside-the-wizard")

    # Saved with Ctrl+S. (The question box gave the keyboard back to the designer: a window
    # manager's job, done here by hand offscreen.)
    bring_to_front(qtbot, designer)
    named = answer_with_text(qtbot, "Fotos sortieren")
    press(qtbot, Qt.Key.Key_S, CTRL, designer)
    qtbot.waitUntil(lambda: designer.state_label.text() == "Saved as version 1",
                    timeout=10_000)
    if named.answered:  # asked only when the name box is empty
        assert "Template name" in named.seen[0]
    saved_name = designer.name_edit.text()
    designer.close()
    qtbot.waitUntil(lambda: not designer.isVisible(), timeout=5000)
    return saved_name


def publish(qtbot: Any, window: MainWindow, dialogs: FileDialogs, camera: Camera,
            tmp_path: Path, fixtures_dir: Path) -> None:
    """The welcome page's "Design and publish…": the wizard, the designer beside it."""
    click(qtbot, window.welcome.publish_button)  # type: ignore[attr-defined]
    wizard = shown(qtbot, PublishWizard)
    bring_to_front(qtbot, wizard)
    page = wizard.template_page
    qtbot.waitUntil(lambda: wizard.state.template is not None, timeout=10_000)

    # "Import HTML file…" opens the file dialog; cancelled, the choice stays as it was.
    chosen = wizard.state.template
    asked = len(dialogs.calls)
    click(qtbot, page.import_button)
    assert len(dialogs.calls) == asked + 1, "Import HTML file… opened no file dialog"
    assert dialogs.calls[-1].caption == "Import an HTML template"
    assert wizard.state.template is chosen

    # 1. The page designed beside the wizard is chosen once it is saved.
    template_name = design(qtbot, wizard, dialogs, camera, tmp_path, fixtures_dir)
    bring_to_front(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.state.template is not None
                    and wizard.state.template.name == template_name, timeout=10_000)
    summary = page.summary.toPlainText()
    assert "no form of its own (workers get it in one, with a Submit button, as on MTurk)" \
        in summary, summary
    camera.shot(wizard, "wizard-template")
    next_page(qtbot, wizard)

    # 2. The input file, through the file dialog.
    rows = wizard.input_page
    asked = len(dialogs.calls)
    dialogs.will_choose(write_inputs(tmp_path / "Fotos.csv"))
    click(qtbot, rows.choose)
    assert len(dialogs.calls) == asked + 1 and dialogs.calls[-1].caption == "Input rows"
    qtbot.waitUntil(lambda: rows.status.text().startswith("3 rows"), timeout=20_000)
    assert rows.status.text() == ("3 rows, 3 columns, UTF-8 (with BOM). Columns in bold fill "
                                  "the template's placeholders.")
    shown_cells = [rows.model.index(r, c).data() for r in range(3) for c in range(3)]
    assert shown_cells == [value for row in ROWS for value in row.values()]
    camera.shot(wizard, "wizard-input")
    with qtbot.waitSignal(wizard.preview_page.preview.loaded, timeout=30_000):
        next_page(qtbot, wizard)

    # 3. Every row's page is checked, and shown as workers will see it.
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=30_000)
    qtbot.wait(300)  # the page's first paint
    camera.shot(wizard, "wizard-preview")
    next_page(qtbot, wizard)

    # 4. Title, description and reward typed.
    props = wizard.properties_page
    type_into(qtbot, props.hit_title, TITLE)
    type_into(qtbot, props.description, DESCRIPTION)
    type_into(qtbot, props.reward, "0.25")
    type_into(qtbot, props.assignments, "1")
    qtbot.waitUntil(props.isComplete, timeout=5000)
    assert props.error.text() == ""
    # Esc closes a drop-down the person opened, not the wizard with all of this in it.
    open_drop_down(qtbot, props.lifetime)
    press(qtbot, Qt.Key.Key_Escape, widget=props.lifetime.view())
    qtbot.waitUntil(lambda: not props.lifetime.view().isVisible(), timeout=5000)
    qtbot.wait(200)
    assert wizard.isVisible() and props.hit_title.text() == TITLE
    # Esc on the wizard itself asks first; Enter takes the question's default, Cancel.
    bring_to_front(qtbot, wizard)
    asked = answer_question_by_key(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: asked.answered, timeout=10_000)
    assert asked.seen[0].startswith("Discard this batch?: ")
    qtbot.wait(200)
    assert wizard.isVisible() and props.hit_title.text() == TITLE
    assert props.description.toPlainText() == DESCRIPTION
    bring_to_front(qtbot, wizard)
    camera.shot(wizard, "wizard-properties")
    next_page(qtbot, wizard)

    # 5. The cost: 3 HITs × 1 assignment at $0.25; the local account pays its own workers,
    #    with no fee unless one is set (MTurk's 20 % is for MTurk accounts only).
    cost = wizard.cost_page
    qtbot.waitUntil(lambda: cost.costs["total"].text() != "", timeout=5000)
    assert cost.costs["total"].text() == "$0.75  (rewards $0.75 + fees $0.00)"
    camera.shot(wizard, "wizard-cost")
    next_page(qtbot, wizard)

    # 6. Publish.
    last = wizard.publish_page
    assert last.publish_button.text() == "Publish 3 HITs"
    click(qtbot, last.publish_button)
    qtbot.waitUntil(lambda: last.result.text().startswith("Published 3 HITs"), timeout=60_000)
    camera.shot(wizard, "wizard-published")
    camera.screen("wizard-published")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    click(qtbot, finish)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    batches = window.pages["Batches"]
    qtbot.waitUntil(lambda: batches.model.rowCount() == 1, timeout=10_000)  # type: ignore[attr-defined]


def invite_a_worker(qtbot: Any, window: MainWindow, camera: Camera) -> str:
    """Open the worker site from the toolbar; invite a worker; returns their sign-in link."""
    bring_to_front(qtbot, window)
    site = window.worker_site
    click(qtbot, site.switch)
    qtbot.waitUntil(lambda: site.address.text().startswith("http://127.0.0.1:"),
                    timeout=30_000)
    assert site.switch.isChecked()
    click(qtbot, site.invite_button)
    dialog = shown(qtbot, WorkerInvitationsDialog)
    bring_to_front(qtbot, dialog)
    type_into(qtbot, dialog.name_edit, WORKER_NAME)
    choose(qtbot, dialog.locale_fields.country, "(DE)")
    press(qtbot, Qt.Key.Key_Return, widget=dialog.name_edit)
    qtbot.waitUntil(lambda: dialog.link_edit.text().startswith(site.url), timeout=15_000)
    assert dialog.message.text().startswith(f"Invited {WORKER_NAME} as ")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 1).text() == WORKER_NAME
    assert dialog.table.item(0, 2).text() == "Germany (DE)"
    camera.shot(dialog, "invite-worker")
    link = dialog.link_edit.text()
    press(qtbot, Qt.Key.Key_Escape, widget=dialog.table)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    return link


def work_on_the_site(page: Any, url: str, link: str, camera: Camera) -> dict[str, str]:
    """The worker's part in chromium: sign in, take the three HITs, tick, submit. Returns
    the answer stored for each HIT's image (the site hands out HITs in its own order)."""
    page.goto(link)
    page.wait_for_url(f"{url}hits")
    assert page.locator("main").get_by_text(TITLE).first.is_visible()
    page.screenshot(path=str(camera.path("site-hits")))
    given: dict[str, str] = {}
    worked: list[str] = []
    for number, (answer, stored) in enumerate(zip(ANSWERS, STORED, strict=True)):
        # The first HIT from the list, the next ones from the page of the one just done.
        page.get_by_role("button", name="Next HIT in this group" if number
                         else "Accept & work").first.click()
        page.wait_for_url(lambda address: "/work/" in address and "note=" not in address
                          and address not in worked)
        worked.append(page.url)
        task = page.frame_locator("iframe.task-frame")
        # The row's non-ASCII value reached the page intact.
        image = task.locator("img").first
        image.wait_for(state="attached")
        seen = image.get_attribute("alt")
        assert seen in [row["imageurl"] for row in ROWS]
        given[seen] = stored
        task.get_by_label(answer).check()
        if number == 0:
            page.screenshot(path=str(camera.path("site-task")))
        task.get_by_role("button", name="Submit").click()
        page.wait_for_url(f"{page.url.split('?')[0]}?note=submitted")
        assert "Your work was submitted" in page.locator("main").inner_text()
    assert len(given) == 3
    return given


def review_by_keyboard(qtbot: Any, window: MainWindow, camera: Camera) -> dict[str, str]:
    """Sync, then A, R + reason + Enter, A; then sync again to send the decisions. Returns
    each assignment's decision."""
    bring_to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_F5, widget=window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Sync:"),
                    timeout=60_000)
    assert "pulled 3 assignments" in window.statusBar().currentMessage()
    go(qtbot, window, "Review")
    review = window.pages["Review"]
    assert isinstance(review, ReviewPage)
    qtbot.waitUntil(lambda: review.queue_model.rowCount() == 3 and review.review is not None
                    and not review.is_loading(), timeout=20_000)
    assert review.count_label.text() == "3 HITs (to review)"
    # The reviewer clicks into the grid, on the first assignment's answers.
    answers = review.panel.grid
    click(qtbot, answers.viewport(), answers.visualRect(answers.model().index(0, 1)).center())
    qtbot.waitUntil(answers.hasFocus, timeout=5000)
    decided: dict[str, str] = {}
    for number, key in enumerate(("A", "R", "A")):
        qtbot.waitUntil(lambda: review.review is not None and not review.is_loading()
                        and review.current_assignment() is not None, timeout=20_000)
        # A new HIT must be seen before a key decides it (the page's own guard).
        qtbot.wait(int(max(review.settle_s, review.debounce_s) * 1000) + 150)
        current = review.current_assignment()
        assert current is not None
        answer = current.answers.get("QuestionId1")
        assert answer in STORED, current.answers
        shown_pk = review.review.pk  # type: ignore[union-attr]
        if number == 0:
            camera.shot(window, "review-first-hit")
        if key == "A":
            press(qtbot, Qt.Key.Key_A)
            decided[current.assignment_id] = "Approved"
        else:
            press(qtbot, Qt.Key.Key_R)
            dialog = shown(qtbot, RejectDialog, review)
            # The saved reasons have the keyboard; Tab goes on to the feedback box.
            press(qtbot, Qt.Key.Key_Tab, widget=dialog.reasons)
            qtbot.waitUntil(dialog.feedback.hasFocus, timeout=5000)
            type_text(qtbot, dialog.feedback, REASON)
            camera.shot(dialog, "reject-reason")
            press(qtbot, Qt.Key.Key_Return, widget=dialog.feedback)
            qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=5000)
            decided[current.assignment_id] = "Rejected"
        if number < 2:
            qtbot.waitUntil(lambda pk=shown_pk: review.review is not None
                            and review.review.pk != pk, timeout=20_000)
    qtbot.waitUntil(lambda: review.queue_model.rowCount() == 0, timeout=20_000)
    qtbot.waitUntil(lambda: review.panel.banner.text().startswith(
        "You have reached the end of the queue."), timeout=10_000)
    assert review.count_label.text() == "0 HITs (to review)"
    # The last decision reads as queued in its Decision row, not as a red warning below.
    grid = review.grid_model
    assert grid.index(META_ROWS.index("Decision"), 1).data() == "Approve queued by tester"
    assert review.panel.why.text() == ""
    camera.shot(window, "review-done")
    # F5 sends the three decisions.
    bring_to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_F5, widget=window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Sync: Sent 3"),
                    timeout=60_000)
    return decided


def export_to_excel(qtbot: Any, window: MainWindow, camera: Camera, target: Path) -> Path:
    """Ctrl+E, the file name typed, Export; the dialog says what it wrote."""
    bring_to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_E, CTRL, window)
    dialog = shown(qtbot, ExportDialog, window)
    assert dialog.xlsx_button.isChecked()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=15_000)
    assert dialog.count_label.text().startswith("3 assignments"), dialog.count_label.text()
    type_into(qtbot, dialog.path_edit, str(target))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.message.text() == f"Wrote 3 assignments to {target.name}.",
                    timeout=30_000)
    camera.shot(dialog, "export-done")
    click(qtbot, dialog.close_button)
    return target


def check_the_workbook(path: Path, given: dict[str, str], decided: dict[str, str]) -> None:
    book = load_workbook(path, read_only=True)
    assert book.sheetnames[0] == "Results"
    values = list(book["Results"].iter_rows(values_only=True))
    header, rows = list(values[0]), [dict(zip(values[0], row, strict=False))
                                     for row in values[1:]]
    assert len(rows) == 3
    for column in ("Input.imageurl", "Input.beschreibung", "Input.notiz",
                   "Answer.QuestionId1"):
        assert column in header, header
    by_url = {row["Input.imageurl"]: row for row in rows}
    assert set(by_url) == {row["imageurl"] for row in ROWS}
    for source in ROWS:
        row = by_url[source["imageurl"]]
        assert row["Input.beschreibung"] == source["beschreibung"]
        assert row["Input.notiz"] == source["notiz"]
        assert row["Title"] == TITLE
        assert row["Description"] == DESCRIPTION
        assert row["Answer.QuestionId1"] == given[source["imageurl"]]
    assert {row["AssignmentId"]: row["AssignmentStatus"] for row in rows} == decided
    rejected = [row for row in rows if row["AssignmentStatus"] == "Rejected"]
    assert [row["RequesterFeedback"] for row in rejected] == [REASON]


def test_a_first_batch_from_design_to_excel(qtbot: Any, first_start: MainWindow,
                                            dialogs: FileDialogs, camera: Camera,
                                            tmp_path: Path, fixtures_dir: Path) -> None:
    window = first_start
    # First start: the welcome page, nothing else to see yet.
    assert window.current_page() is window.welcome
    bring_to_front(qtbot, window)
    assert window.welcome.publish_button.text() == "Design and publish…"  # type: ignore[attr-defined]
    camera.shot(window, "welcome")

    publish(qtbot, window, dialogs, camera, tmp_path, fixtures_dir)
    link = invite_a_worker(qtbot, window, camera)
    url = window.worker_site.url

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(15_000)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        given = work_on_the_site(page, url, link, camera)

        decided = review_by_keyboard(qtbot, window, camera)

        # The worker sees the decisions, and the reason, in their own words.
        page.goto(f"{url}my-work")
        records = page.locator("table.records").inner_text()
        assert records.count("Approved") == 2 and records.count("Rejected") == 1
        assert REASON in records
        page.screenshot(path=str(camera.path("site-my-work")))
        assert errors == [], errors

    # The Assignments page shows the decisions the sync sent.
    go(qtbot, window, "Assignments")
    table = window.assignments.model
    status = table.column_of("status")
    qtbot.waitUntil(lambda: not table.is_loading and table.rowCount() == 3, timeout=10_000)
    assert sorted(str(table.index(r, status).data()) for r in range(3)) == [
        "Approved", "Approved", "Rejected"]
    camera.shot(window, "assignments")
    book = export_to_excel(qtbot, window, camera, tmp_path / "Ergebnisse – Fotos.xlsx")
    check_the_workbook(book, given, decided)
    camera.screen("end")
    assert QApplication.activeModalWidget() is None
    # Every file dialog of the journey was one the person meant to open.
    assert dialogs.captions() == ["Import an HTML template"] * 3 + ["Input rows"]
