"""The designer's field list: a list model over a form design, every change undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.formats.forms import FieldKind, FormDesign, FormField, new_field
from workbench.formats.rich_text import plain_text

Index = QModelIndex | QPersistentModelIndex
_MERGE_ID = 4606

# The names of the field kinds (formats.forms.KIND_LABELS), translated when shown.
_KIND_LABELS = (
    str(QT_TRANSLATE_NOOP("FieldKind", "Instructions")),
    str(QT_TRANSLATE_NOOP("FieldKind", "Short text")),
    str(QT_TRANSLATE_NOOP("FieldKind", "Long text")),
    str(QT_TRANSLATE_NOOP("FieldKind", "Single choice")),
    str(QT_TRANSLATE_NOOP("FieldKind", "Multiple choice")),
    str(QT_TRANSLATE_NOOP("FieldKind", "Dropdown")),
    str(QT_TRANSLATE_NOOP("FieldKind", "Rating scale")),
    str(QT_TRANSLATE_NOOP("FieldKind", "Image")),
    str(QT_TRANSLATE_NOOP("FieldKind", "Link")),
    str(QT_TRANSLATE_NOOP("FieldKind", "Hidden value")),
)


def kind_label(kind: FieldKind) -> str:
    """A field kind's name as the user reads it (translated)."""
    return QCoreApplication.translate("FieldKind", kind.label)


class _Change(QUndoCommand):
    """One change of the design; consecutive edits of one property merge into one step."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None],
                 key: str | None = None) -> None:
        super().__init__(text)
        self._redo, self._undo, self.key = redo, undo, key

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()

    def id(self) -> int:
        return _MERGE_ID if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Change) or other.key != self.key or self.key is None:
            return False
        self._redo = other._redo
        return True


class FormFieldsModel(QAbstractListModel):
    """The fields of a design, in order; add, remove, move and edit go through an undo stack."""

    FieldRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    design_changed = Signal()

    def __init__(self, design: FormDesign | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        design = design or FormDesign("")
        self._title = design.title
        self._fields: list[FormField] = list(design.fields)
        self.undo_stack = QUndoStack(self)

    # -- reading ------------------------------------------------------------------------------

    def design(self) -> FormDesign:
        return FormDesign(self._title, tuple(self._fields))

    @property
    def title(self) -> str:
        return self._title

    def field_at(self, row: int) -> FormField:
        return self._fields[row]

    def names(self) -> set[str]:
        return {f.name for f in self._fields}

    # -- changing (undoable) ----------------------------------------------------------------

    def set_design(self, design: FormDesign, text: str | None = None, *,
                   undoable: bool = True) -> None:
        """Show another design; undoable unless it starts a new document."""
        before = self.design()
        text = text if text is not None else self.tr("Replace the design")
        if not undoable:
            self._reset(design)
            self.undo_stack.clear()
            return
        self.undo_stack.push(_Change(text, lambda: self._reset(design),
                                     lambda: self._reset(before)))

    def set_title(self, title: str) -> None:
        before = self._title
        if title == before:
            return
        self.undo_stack.push(_Change(self.tr("Edit the title"), lambda: self._set_title(title),
                                     lambda: self._set_title(before), key="title"))

    def add_field(self, kind: FieldKind, row: int | None = None) -> int:
        """Add a new field of a kind after ``row`` (at the end by default); returns its row."""
        made = new_field(kind, self.names())
        at = len(self._fields) if row is None else max(0, min(row, len(self._fields)))
        self.undo_stack.push(_Change(self.tr("Add a field: {kind}").format(kind=kind_label(kind)),
                                     lambda: self._insert(at, made), lambda: self._remove(at)))
        return at

    def remove_field(self, row: int) -> None:
        removed = self._fields[row]
        self.undo_stack.push(_Change(self.tr("Remove “{field}”").format(
                                         field=removed.label or removed.name),
                                     lambda: self._remove(row), lambda: self._insert(row, removed)))

    def move_field(self, row: int, to: int) -> bool:
        if not (0 <= row < len(self._fields) and 0 <= to < len(self._fields)) or row == to:
            return False
        self.undo_stack.push(_Change(self.tr("Move a field"), lambda: self._move(row, to),
                                     lambda: self._move(to, row)))
        return True

    def update_field(self, row: int, changed: FormField, what: str = "") -> None:
        """Replace a field; edits of the same property of the same field merge into one step."""
        before = self._fields[row]
        if changed == before:
            return
        key = f"{row}:{what}" if what else None
        self.undo_stack.push(_Change(self._edit_text(before, what),
                                     lambda: self._replace(row, changed),
                                     lambda: self._replace(row, before), key=key))

    def _edit_text(self, before: FormField, what: str) -> str:
        """What an edit did, named by the field as it was (typing merges into one step, so
        the field's new text would be its first letter: “Undo Edit "I"”)."""
        field = before.label or before.name or kind_label(before.kind)
        if what in ("label", "name", "placeholder", "source", "body", "low", "high"):
            return self.tr("Typing in “{field}”").format(field=field)
        if what == "choices":
            return self.tr("Editing the options of “{field}”").format(field=field)
        if what == "required":
            return self.tr("Changing “Workers must answer” of “{field}”").format(field=field)
        if what in ("minimum", "maximum"):
            return self.tr("Changing the scale of “{field}”").format(field=field)
        return self.tr("Editing “{field}”").format(field=field)

    # -- the changes themselves ---------------------------------------------------------------

    def _reset(self, design: FormDesign) -> None:
        self.beginResetModel()
        self._title = design.title
        self._fields = list(design.fields)
        self.endResetModel()
        self.design_changed.emit()

    def _set_title(self, title: str) -> None:
        self._title = title
        self.design_changed.emit()

    def _insert(self, row: int, made: FormField) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._fields.insert(row, made)
        self.endInsertRows()
        self.design_changed.emit()

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._fields[row]
        self.endRemoveRows()
        self.design_changed.emit()

    def _move(self, row: int, to: int) -> None:
        # Qt counts the destination before the move: moving down lands one further.
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._fields.insert(to, self._fields.pop(row))
        self.endMoveRows()
        self.design_changed.emit()

    def _replace(self, row: int, changed: FormField) -> None:
        self._fields[row] = changed
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        self.design_changed.emit()

    # -- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        found = self._fields[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind_label(found.kind)}: {_summary(found)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if found.kind.answers:
                return self.tr("{kind} “{name}” (answers as {name})").format(
                    kind=kind_label(found.kind), name=found.name)
            return self.tr("{kind} “{name}” (shows only)").format(
                kind=kind_label(found.kind), name=found.name)
        if role == self.FieldRole:
            return found
        if role == self.KindRole:
            return found.kind.value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _summary(found: FormField) -> str:
    if found.kind is FieldKind.INSTRUCTIONS:
        text = found.label or plain_text(found.body)
    elif found.kind in (FieldKind.IMAGE, FieldKind.LINK, FieldKind.HIDDEN):
        text = found.label or found.source
    else:
        text = found.label or found.name
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"
