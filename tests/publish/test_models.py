"""The designer's field list, an input file's rows and the batches table as Qt models."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.services.conftest import TEMPLATE
from workbench.formats.forms import FieldKind, FormDesign, FormField
from workbench.formats.inputs import InputTable
from workbench.models.batches import BatchTableModel, InputTableModel
from workbench.models.designer import FormFieldsModel
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.publish import HITProperties, create_batch, publish_batch

DESIGN = FormDesign("Photo", (
    FormField(FieldKind.INSTRUCTIONS, "intro", "Read this", body="<p>Look.</p>"),
    FormField(FieldKind.SHORT_TEXT, "caption", "Caption"),
    FormField(FieldKind.HIDDEN, "item", source="${id}"),
))


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()
    task_runner.deleteLater()
    qtbot.wait(10)


def test_the_field_list_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = FormFieldsModel(DESIGN)
    qtmodeltester.check(model)
    model.add_field(FieldKind.SINGLE_CHOICE, 1)
    model.move_field(0, 3)
    qtmodeltester.check(model)
    assert model.rowCount(model.index(0, 0)) == 0


def test_every_change_to_the_fields_can_be_undone_and_redone() -> None:
    model = FormFieldsModel(DESIGN)
    changed: list[int] = []
    model.design_changed.connect(lambda: changed.append(1))
    at = model.add_field(FieldKind.RATING, 2)
    assert [f.name for f in model.design().fields] == ["intro", "caption", "rating", "item"]
    model.move_field(at, 0)
    model.remove_field(1)
    assert [f.name for f in model.design().fields] == ["rating", "caption", "item"]
    stack = model.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    assert model.design() == DESIGN
    stack.redo()
    assert model.field_at(2).kind is FieldKind.RATING
    assert len(changed) == 7


def test_typing_in_one_property_is_one_undo_step() -> None:
    model = FormFieldsModel(DESIGN)
    for text in ("C", "Ca", "Cap", "Capt"):
        model.update_field(1, FormField(FieldKind.SHORT_TEXT, "caption", text), "label")
    model.update_field(1, FormField(FieldKind.SHORT_TEXT, "caption", "Capt", required=True),
                       "required")
    assert model.undo_stack.count() == 2
    model.undo_stack.undo()
    assert model.field_at(1).label == "Capt" and not model.field_at(1).required
    model.undo_stack.undo()
    assert model.field_at(1).label == "Caption"
    index = model.index(1, 0)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "Short text: Caption"
    assert model.data(index, FormFieldsModel.FieldRole) == DESIGN.fields[1]


def test_the_input_rows_model_marks_the_columns_the_template_uses(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = InputTableModel(InputTable(["id", "text"], [{"id": "1", "text": "a  b\nc"},
                                                        {"id": "2", "text": "x"}]))
    qtmodeltester.check(model)
    model.set_used_columns({"text"})
    assert model.data(model.index(0, 1)) == "a b c"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"
    assert model.rowCount(QModelIndex()) == 2 and model.rowCount(model.index(0, 0)) == 0


def test_the_batches_table_model(qtbot, qtmodeltester, runner, wb: Workbench) -> None:  # type: ignore[no-untyped-def]
    account = get_account(wb)
    props = HITProperties("Label", "Label it", 5, 2)
    for number in range(3):
        table = InputTable(["text"], [{"text": f"{number}-{i}"} for i in range(number + 1)])
        batch_id = create_batch(wb, account, name=f"Batch {number}", template_html=TEMPLATE,
                                table=table, props=props)
        if number:
            publish_batch(wb, account, batch_id)
    model = BatchTableModel(wb, runner, runner)
    model.set_request(model.request.with_filter(account_id=account.id))
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: all(model.row(r) is not None for r in range(3)), timeout=5000)
    qtmodeltester.check(model)
    states = {model.data(model.index(r, model.column_of("name"))):
              model.data(model.index(r, model.column_of("state"))) for r in range(3)}
    assert states == {"Batch 0": "draft", "Batch 1": "published", "Batch 2": "published"}
    colour = model.data(model.index(0, model.column_of("state")), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None
