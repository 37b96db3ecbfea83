"""The template designer: fields and HTML kept together, undo, checks while editing, saving."""

from __future__ import annotations

from pathlib import Path

from tests.publish.conftest import Answers
from workbench.formats.forms import FieldKind, design_from_html
from workbench.formats.inputs import InputTable
from workbench.services.templates import load_preset, read_template_file, template_versions
from workbench.views.designer.designer import DESIGN, SOURCE, TemplateDesigner


def make_designer(qtbot, context, template=None) -> TemplateDesigner:  # type: ignore[no-untyped-def]
    designer = TemplateDesigner(context.wb, context.runner, template=template)
    qtbot.addWidget(designer)
    return designer


def messages(designer: TemplateDesigner) -> list[str]:
    designer.refresh()
    return [p.message for p in designer.problems.problems]


def test_fields_and_html_stay_together_and_every_change_undoes(
        qtbot, context, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    designer = make_designer(qtbot, context, load_preset("image_classification"))
    assert designer.mode == DESIGN and designer.model.rowCount() == 5
    designer.select_field(2)
    designer.add_field(FieldKind.RATING)
    assert designer.model.field_at(3).kind is FieldKind.RATING
    assert 'crowd-slider name="rating"' in designer.current_html()
    designer.move_field(-1)
    designer.remove_field()
    assert "crowd-slider" not in designer.current_html()
    for _ in range(3):
        designer.model.undo_stack.undo()
    assert designer.model.design() == load_preset("image_classification").design
    assert design_from_html(designer.current_html()) == designer.model.design()


def test_editing_the_html_updates_the_design_until_it_is_the_pages_own(
        qtbot, context, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    designer = make_designer(qtbot, context, load_preset("survey_link"))
    html = designer.current_html()
    designer.source.setPlainText(html.replace("Completion code", "Your completion code"))
    designer.apply_source()
    assert designer.mode == DESIGN
    assert designer.model.field_at(2).label == "Your completion code"
    designer.source.setPlainText(designer.current_html().replace(
        "</crowd-form>", "<p>Thanks!</p><crowd-input name='email'></crowd-input></crowd-form>"))
    designer.apply_source()
    assert designer.mode == SOURCE
    found = [designer.detected.topLevelItem(i).text(0)
             for i in range(designer.detected.topLevelItemCount())]
    assert found == ["completion_code", "feedback", "email"]
    designer.back_to_design()
    assert designer.mode == DESIGN and "email" not in designer.current_html()
    assert designer.dirty


def test_problems_are_shown_while_editing(qtbot, context, answers: Answers  # type: ignore[no-untyped-def]
                                          ) -> None:
    designer = make_designer(qtbot, context, load_preset("image_classification"))
    assert messages(designer) == ["No problems: the page is ready to publish."] or \
        not designer.problems.problems
    designer.select_field(3)
    row = designer.selected_row()
    designer.model.update_field(row, designer.model.field_at(row).__class__(
        FieldKind.SHORT_TEXT, "category", "Clash"), "name")
    assert any("'category' is used by 2 fields" in m for m in messages(designer))
    designer.model.undo_stack.undo()
    designer.use_input(InputTable(["image_url"], [{"image_url": "a.jpg"}], "rows.csv"))
    assert any("${image_id} has no column in the input" in m for m in messages(designer))
    designer.use_input(InputTable(["image_url", "image_id"],
                                  [{"image_url": "x" * 70_000, "image_id": "1"}], "rows.csv"))
    assert any("MTurk accepts at most 64 KB" in m for m in messages(designer))
    qtbot.waitUntil(lambda: designer.row_check is not None, timeout=5000)
    assert not designer.row_check.ok


def test_an_imported_mturk_template_opens_in_the_source_view_with_its_fields(
        qtbot, context, answers: Answers, fixtures_dir: Path) -> None:  # type: ignore[no-untyped-def]
    designer = make_designer(qtbot, context,
                             read_template_file(fixtures_dir / "ntcirds_amt-template.html"))
    assert designer.mode == SOURCE
    assert designer.tabs.currentWidget() is designer.source
    assert designer.detected.topLevelItemCount() == 30
    assert designer.detected.topLevelItem(0).text(2) == "option1_0.0"
    designer.refresh()
    assert designer.sample.placeholders[:3] == ["known", "qid1", "did1"]


def test_saving_adds_a_version_only_when_the_template_changed(
        qtbot, context, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    designer = make_designer(qtbot, context, load_preset("transcription"))
    saved: list[object] = []
    designer.template_saved.connect(saved.append)
    designer.name_edit.setText("Receipts")
    designer.save()
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=5000)
    assert not designer.dirty and designer.state_label.text() == "Saved as version 1"
    designer.select_field(3)
    designer.remove_field()
    assert designer.dirty
    designer.save()
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=5000)
    designer.save()
    qtbot.waitUntil(lambda: len(saved) == 3, timeout=5000)
    assert [t.version for t in template_versions(context.wb, "Receipts")] == [2, 1]


def _type_into_cell(qtbot, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Edit a table cell as a person does: select it, F2, type over it, Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the edit from the event loop, a moment after Return.
    qtbot.waitUntil(lambda: table.item(row, column).text() == text.strip(), timeout=2000)


def test_a_renamed_option_stores_what_its_label_says(qtbot, context, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    """Add a Multiple-choice field, rename "No" to "Wheelchair ramp", tick it and submit:
    the answer says features.wheelchair_ramp, not features.no."""
    from PySide6.QtCore import Qt

    designer = make_designer(qtbot, context)
    designer.resize(1280, 800)
    with qtbot.waitActive(designer):
        designer.show()
        designer.activateWindow()
    add = next(a for a in designer.add_button.menu().actions() if a.text() == "Multiple choice")
    add.trigger()
    editor = designer.editor
    qtbot.keyClick(editor.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.name, "features")
    table = editor.choices.table
    assert [table.item(r, 1).text() for r in range(3)] == ["yes", "no", "not_sure"]
    _type_into_cell(qtbot, table, 1, 0, "Wheelchair ramp")
    assert table.item(1, 1).text() == "wheelchair_ramp"
    assert table.item(1, 1).font().italic()  # grey italic: it follows the label
    field = designer.model.field_at(designer.selected_row())
    assert [(c.label, c.value) for c in field.choices][1] == ("Wheelchair ramp",
                                                              "wheelchair_ramp")
    assert 'value="wheelchair_ramp">Wheelchair ramp</crowd-checkbox>' in designer.current_html()
    # Renamed again, it follows again; "Not sure" renamed to the same text never clashes.
    _type_into_cell(qtbot, table, 2, 0, "Wheelchair ramp")
    assert table.item(2, 1).text() == "wheelchair_ramp_2"

    # Tried in the preview: tick it, submit, read the answer record.
    designer.refresh()
    qtbot.waitUntil(lambda: designer.preview.is_loaded, timeout=20_000)
    records: list[object] = []
    designer.preview.submitted.connect(records.append)
    designer.preview.run_script(
        "document.querySelector('crowd-checkbox[value=wheelchair_ramp]').checked = true;"
        "document.querySelector('crowd-input').value = 'ok';"
        "document.querySelector('crowd-form').submit();")
    qtbot.waitUntil(lambda: bool(records), timeout=10_000)
    record = designer.preview.record.record
    assert record.fields["features.wheelchair_ramp"] == "true"
    assert "features.no" not in record.fields


def test_a_stored_value_typed_by_hand_stays_and_is_checked(qtbot, context, answers: Answers  # type: ignore[no-untyped-def]
                                                           ) -> None:
    designer = make_designer(qtbot, context)
    with qtbot.waitActive(designer):
        designer.show()
        designer.activateWindow()
    next(a for a in designer.add_button.menu().actions()
         if a.text() == "Single choice").trigger()
    table = designer.editor.choices.table
    # Typed by hand: the value stays when the label changes, and a doubt is flagged.
    _type_into_cell(qtbot, table, 0, 1, "y")
    _type_into_cell(qtbot, table, 0, 0, "Yes, with a ramp")
    assert table.item(0, 1).text() == "y" and not table.item(0, 1).font().italic()
    _type_into_cell(qtbot, table, 2, 1, "maybe")
    _type_into_cell(qtbot, table, 2, 0, "Parking space")
    assert table.item(2, 1).text() == "maybe"
    warnings = [m for m in messages(designer) if "stored as 'maybe'" in m]
    assert warnings == ["Single choice “Which one applies?”: the option “Parking space” is "
                        "stored as 'maybe', so answers will read choice.maybe; change its "
                        "“Stored as” if that is not what it means"]
    assert not any("stored as 'y'" in m for m in messages(designer))  # a code, not a word
    # Two options storing one value: an error, and the cell says why.
    _type_into_cell(qtbot, table, 1, 1, "maybe")
    assert any("the option value 'maybe' is used 2 times" in m for m in messages(designer))
    assert "Another option stores 'maybe' too" in table.item(1, 1).toolTip()
    assert designer.problems.errors


def test_an_mturk_template_without_a_form_imports_as_mturk_took_it_and_can_be_tried(
        qtbot, context, answers: Answers, fixtures_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch) -> None:
    from tests.formats.test_templates import formless_template
    from workbench.views.widgets import file_dialogs

    source = tmp_path / "categorize.html"
    source.write_text(formless_template(fixtures_dir), encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: (str(source), ""))
    designer = make_designer(qtbot, context)
    designer.resize(1280, 800)
    designer.show()
    designer.actions_by_name["import"].trigger()  # as the toolbar button and Ctrl+Shift+O do
    assert designer.mode == SOURCE and "<h1>What is this an image of?</h1>" in \
        designer.current_html()
    designer.refresh()
    # Not a red error: a note that workers get the page in a form with Submit, as on MTurk.
    assert designer.problems.errors == []
    notes = [p for p in designer.problems.problems if p.severity == "info"]
    assert [p.message for p in notes] == [
        "the page has no form of its own: as MTurk's web UI did, workers get it inside one "
        "with a Submit button"]
    qtbot.waitUntil(lambda: designer.preview.is_loaded, timeout=20_000)
    records: list[object] = []
    designer.preview.submitted.connect(records.append)
    designer.preview.run_script("document.getElementById('q1c').click();"
                                "document.getElementById('submitButton').click();")
    qtbot.waitUntil(lambda: bool(records), timeout=10_000)
    assert designer.preview.record.record.fields == {"QuestionId1": "fruit",
                                                     "imageurl": "[imageurl]"}


def test_a_new_design_after_saving_is_not_the_saved_one(qtbot, context, answers: Answers  # type: ignore[no-untyped-def]
                                                        ) -> None:
    from PySide6.QtWidgets import QMessageBox

    designer = make_designer(qtbot, context, load_preset("transcription"))
    designer.show()
    saved: list[object] = []
    designer.template_saved.connect(saved.append)
    designer.name_edit.setText("Receipts")
    designer.actions_by_name["save"].trigger()
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=5000)
    assert designer.state_label.text() == "Saved as version 1"
    designer.actions_by_name["new"].trigger()
    assert designer.state_label.text() == "Not saved yet"
    assert designer.windowTitle() == "Untitled task — Template designer"
    # Unsaved changes, New, "Save them first?" Save: the save finishes after the blank
    # design is open, and says so without claiming the blank design is saved.
    designer.select_field(1)
    designer.remove_field()
    answers.queued.append(QMessageBox.StandardButton.Save)
    designer.name_edit.setText("Receipts")
    designer.actions_by_name["new"].trigger()
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=5000)
    assert designer.state_label.text() == "Not saved yet" and designer.saved is None
    assert designer.name_edit.text() == "Untitled task"
    assert "Saved “Receipts”, version 2." in designer.statusBar().currentMessage()


def test_undo_names_what_was_typed_in_and_where(qtbot, context, answers: Answers  # type: ignore[no-untyped-def]
                                                ) -> None:
    designer = make_designer(qtbot, context)
    with qtbot.waitActive(designer):
        designer.show()
        designer.activateWindow()
    designer.select_field(0)
    label = designer.editor.label
    label.selectAll()
    qtbot.keyClicks(label, "Instructions for the receipts")
    undo = designer.actions_by_name["undo"]
    assert undo.text() == "Undo Typing in “Instructions”"
    undo.trigger()
    assert designer.model.field_at(0).label == "Instructions"  # one step for the typing


def test_the_left_panel_shows_whole_sentences_at_1024_by_768(qtbot, context, answers: Answers,  # type: ignore[no-untyped-def]
                                                              fixtures_dir: Path) -> None:
    """A check is read whole (wrapped, never cut at the panel's edge) on a small screen, and
    a template opened after an input file does not claim that file's rows."""
    from PySide6.QtCore import Qt

    designer = make_designer(qtbot, context, load_preset("data_verification"))
    designer.resize(1024, 768)
    designer.show()
    qtbot.waitExposed(designer)
    designer.use_input(InputTable(["record_id"], [{"record_id": "B-1"}], "shops.csv"))
    problems = designer.problems
    qtbot.waitUntil(lambda: problems.count() > 0)
    assert problems.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    long_item = max((problems.item(i) for i in range(problems.count())),
                    key=lambda item: len(item.text()))
    assert len(long_item.text()) > 80  # "${business_name}, ${phone}, … have no column …"
    rect = problems.visualItemRect(long_item)
    assert rect.width() <= problems.viewport().width()
    assert rect.height() > 2 * problems.fontMetrics().height()  # wrapped onto lines
    left = designer.splitter.widget(0)
    assert left.width() >= left.minimumWidth() >= 40 * designer.fontMetrics().averageCharWidth()
    designer.import_file(str(fixtures_dir / "mturkr_categorization1.xml"))
    assert designer.sample.caption.text().startswith("Sample values")


def test_closing_with_unsaved_changes_and_saving_closes_only_once_saved(
        qtbot, context, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    designer = make_designer(qtbot, context, load_preset("survey_link"))
    designer.show()
    saved: list[object] = []
    designer.template_saved.connect(saved.append)
    designer.name_edit.setText("Survey")
    designer.remove_field()
    answers.queued.append(QMessageBox.StandardButton.Cancel)
    assert not designer.close() and designer.isVisible()  # Cancel keeps the window
    answers.queued.append(QMessageBox.StandardButton.Save)
    designer.close()
    assert designer.isVisible()  # still saving: nothing is lost if the save fails
    qtbot.waitUntil(lambda: not designer.isVisible(), timeout=5000)
    assert [t.version for t in template_versions(context.wb, "Survey")] == [1]
