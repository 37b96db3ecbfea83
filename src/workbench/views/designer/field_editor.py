"""Editing one field of a design: name, question, required, options, scale, source, text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QRegularExpressionValidator, QTextListFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.formats.forms import (
    Choice,
    FieldKind,
    FormField,
    follows_label,
    name_problem,
    relabel_choice,
    suggest_value,
    unique_value,
    value_contradicts_label,
)
from workbench.formats.rich_text import clean_rich_text
from workbench.models.designer import kind_label

# Translated when shown (context "FieldEditor").
LABEL_TITLES = {FieldKind.INSTRUCTIONS: str(QT_TRANSLATE_NOOP("FieldEditor", "Heading")),
                FieldKind.IMAGE: str(QT_TRANSLATE_NOOP("FieldEditor", "Caption")),
                FieldKind.LINK: str(QT_TRANSLATE_NOOP("FieldEditor", "Link text"))}
SOURCE_TITLES = {FieldKind.IMAGE: str(QT_TRANSLATE_NOOP("FieldEditor", "Image address")),
                 FieldKind.LINK: str(QT_TRANSLATE_NOOP("FieldEditor", "Link address")),
                 FieldKind.HIDDEN: str(QT_TRANSLATE_NOOP("FieldEditor", "Value"))}
HINTS = {
    FieldKind.INSTRUCTIONS: str(QT_TRANSLATE_NOOP(
        "FieldEditor", "Shown above the questions. Use ${column} to show a value of the row.")),
    FieldKind.SHORT_TEXT: str(QT_TRANSLATE_NOOP("FieldEditor",
                                                "One line of text. Answer: the text.")),
    FieldKind.LONG_TEXT: str(QT_TRANSLATE_NOOP("FieldEditor",
                                           "Several lines of text. Answer: the text.")),
    FieldKind.SINGLE_CHOICE: str(QT_TRANSLATE_NOOP(
        "FieldEditor", "Radio buttons. Answer: name.value = true for the one chosen.")),
    FieldKind.MULTIPLE_CHOICE: str(QT_TRANSLATE_NOOP(
        "FieldEditor", "Check boxes. Answer: name.value = true or false for each.")),
    FieldKind.DROPDOWN: str(QT_TRANSLATE_NOOP("FieldEditor",
                                          "A drop-down list. Answer: the chosen value.")),
    FieldKind.RATING: str(QT_TRANSLATE_NOOP(
        "FieldEditor", "A slider from the lowest to the highest value. Answer: the number.")),
    FieldKind.IMAGE: str(QT_TRANSLATE_NOOP(
        "FieldEditor", "An image whose address comes from an input column, e.g. ${image_url}.")),
    FieldKind.LINK: str(QT_TRANSLATE_NOOP("FieldEditor",
                                      "A link that opens in a new tab, e.g. to ${url}.")),
    FieldKind.HIDDEN: str(QT_TRANSLATE_NOOP(
        "FieldEditor", "Not shown; stored with the answer, e.g. ${item_id} to tell rows apart.")),
}


def _editor_text(text: str) -> str:
    return QCoreApplication.translate("FieldEditor", text)


class RichTextEditor(QWidget):
    """Instructions with bold, italic, underline, lists and links; kept as clean HTML."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Two rows: formatting, then link and column; one row is too wide for the middle
        # column once the labels are translated.
        bar = QHBoxLayout()
        bar.setSpacing(2)
        second = QHBoxLayout()
        second.setSpacing(2)
        self.text = QTextEdit()
        self.text.setAcceptRichText(True)
        self.text.setMinimumHeight(110)
        self.text.setAccessibleName(self.tr("Instructions text"))
        self.buttons: dict[str, QToolButton] = {}
        for key, label, name, shortcut, handler in (
                ("bold", "B", self.tr("Bold"), "Ctrl+B", self._bold),
                ("italic", "I", self.tr("Italic"), "Ctrl+I",
                 self._italic),
                ("underline", "U", self.tr("Underline"), "Ctrl+U",
                 self._underline),
                ("bullets", self.tr("• List"), self.tr("Bulleted list"), "",
                 lambda: self._list(QTextListFormat.Style.ListDisc)),
                ("numbers", self.tr("1. List"), self.tr("Numbered list"), "",
                 lambda: self._list(QTextListFormat.Style.ListDecimal)),
                ("link", self.tr("Link…"), self.tr("Link"), "Ctrl+K", self._link)):
            button = QToolButton()
            button.setText(label)
            button.setAccessibleName(name)
            shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(self.tr("{action} ({shortcut})").format(action=name, shortcut=shown)
                              if shortcut else name)
            if shortcut:
                button.setShortcut(QKeySequence(shortcut))
            button.clicked.connect(handler)
            (second if key == "link" else bar).addWidget(button)
            self.buttons[key] = button
        self.insert = QToolButton()
        self.insert.setText(self.tr("Insert column"))
        self.insert.setToolTip(self.tr("Insert a ${column} placeholder of the input"))
        self.insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert.setMenu(QMenu(self.insert))
        second.addWidget(self.insert)
        bar.addStretch()
        second.addStretch()
        font = self.buttons["bold"].font()
        font.setBold(True)
        self.buttons["bold"].setFont(font)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.text)
        self._last = ""
        self.text.textChanged.connect(self._text_changed)

    def set_html(self, markup: str) -> None:
        self._last = markup
        self.text.blockSignals(True)
        self.text.setHtml(markup)
        self.text.blockSignals(False)

    def set_columns(self, columns: Sequence[str]) -> None:
        menu = self.insert.menu()
        menu.clear()
        for column in columns:
            menu.addAction(f"${{{column}}}", partial(self.text.insertPlainText,
                                                      f"${{{column}}}"))
        self.insert.setEnabled(bool(columns))

    def _text_changed(self) -> None:
        cleaned = clean_rich_text(self.text.toHtml())
        if cleaned != self._last:
            self._last = cleaned
            self.changed.emit(cleaned)

    def _bold(self) -> None:
        weight = self.text.fontWeight()
        self.text.setFontWeight(QFont.Weight.Normal if weight > QFont.Weight.Normal
                                else QFont.Weight.Bold)

    def _italic(self) -> None:
        self.text.setFontItalic(not self.text.fontItalic())

    def _underline(self) -> None:
        self.text.setFontUnderline(not self.text.fontUnderline())

    def _list(self, style: QTextListFormat.Style) -> None:
        self.text.textCursor().createList(style)

    def _link(self) -> None:
        address, ok = QInputDialog.getText(self, self.tr("Link"),
                                             self.tr("Address (https://… or ${column}):"))
        if not ok or not address.strip():
            return
        cursor = self.text.textCursor()
        label = cursor.selectedText() or address.strip()
        cursor.insertHtml(f'<a href="{address.strip()}">{label}</a>')


class ChoicesEditor(QWidget):
    """The options of a choice field: the label workers see and the value the answer stores.

    A stored value follows its label (renaming "No" to "Wheelchair ramp" stores
    ``wheelchair_ramp``) until it is typed by hand; two options never share a value.
    """

    changed = Signal(tuple)

    FOLLOWING = QColor("#5b6670")
    WRONG = QColor("#fde7e5")
    DOUBTFUL = QColor("#fff4ce")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Option"), self.tr("Stored as")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        stored_header = self.table.horizontalHeaderItem(1)
        if stored_header is not None:
            stored_header.setToolTip(self.tr(
                "The value the answer records for this option. It follows the option's text "
                "until you type one yourself."))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        self.table.setAccessibleName(self.tr("Options"))
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for label, name, tip, handler in (
                (self.tr("+ Add"), self.tr("Add option"), self.tr("Add an option"), self._add),
                (self.tr("− Remove"), self.tr("Remove option"),
                 self.tr("Remove the selected option"), self._remove),
                ("↑", self.tr("Move option up"), self.tr("Move the selected option up"),
                 lambda: self._move(-1)),
                ("↓", self.tr("Move option down"), self.tr("Move the selected option down"),
                 lambda: self._move(1))):
            button = QToolButton()
            button.setText(label)
            button.setAccessibleName(name)
            button.setToolTip(tip)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.note = QLabel(self.tr("“Stored as” is what the answer records. Grey values follow "
                                   "the option's text; type one to fix it."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5b6670;")
        layout.addWidget(self.note)
        self._filling = False
        self._shown: tuple[Choice, ...] = ()
        self.table.itemChanged.connect(self._item_changed)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self._filling = True
        try:
            self._shown = tuple(choices)
            self.table.setRowCount(len(choices))
            for row, choice in enumerate(choices):
                self.table.setItem(row, 0, QTableWidgetItem(choice.label))
                self.table.setItem(row, 1, QTableWidgetItem(choice.value))
            self._mark_values()
        finally:
            self._filling = False

    def choices(self) -> tuple[Choice, ...]:
        return self._shown

    def _read(self, row: int) -> Choice:
        label, value = self.table.item(row, 0), self.table.item(row, 1)
        return Choice(value.text().strip() if value else "", label.text() if label else "")

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = item.row()
        typed = self._read(row)
        if item.column() == 0:
            # The label changed: its value follows when it was the label's own.
            choices = relabel_choice(self._shown, row, typed.label)
        else:
            choices = (*self._shown[:row], typed, *self._shown[row + 1:])
        self._show(choices)
        self.changed.emit(self._shown)

    def _show(self, choices: tuple[Choice, ...]) -> None:
        """Put changed values into their cells (a value following its label)."""
        self._filling = True
        try:
            self._shown = choices
            for row, choice in enumerate(choices):
                value = self.table.item(row, 1)
                if value is not None and value.text() != choice.value:
                    value.setText(choice.value)
            self._mark_values()
        finally:
            self._filling = False

    def _mark_values(self) -> None:
        """Grey for values that follow their label; red for a clash, amber for a doubt."""
        counts = Counter(c.value for c in self._shown)
        for row, choice in enumerate(self._shown):
            value = self.table.item(row, 1)
            if value is None:
                continue
            font = value.font()
            following = follows_label(choice) and bool(choice.value)
            font.setItalic(following)
            value.setFont(font)
            value.setForeground(self.FOLLOWING if following else self.palette().text().color())
            value.setBackground(self.palette().base())
            tip = (self.tr("Follows the option's text; type a value to fix it.") if following
                   else self.tr("Typed by hand: it stays as it is when the option's text "
                                "changes."))
            if not choice.value:
                value.setBackground(self.WRONG)
                tip = self.tr("An option needs a stored value.")
            elif counts[choice.value] > 1:
                value.setBackground(self.WRONG)
                tip = self.tr("Another option stores {value} too: answers could not tell "
                              "them apart.").format(value=repr(choice.value))
            elif value_contradicts_label(choice):
                value.setBackground(self.DOUBTFUL)
                tip = self.tr("Stored as {value}, which is not what “{label}” says: answers "
                              "will read {value}.").format(value=repr(choice.value),
                                                          label=choice.label)
            value.setToolTip(tip)

    def _add(self) -> None:
        row = self.table.rowCount()
        label = self.tr("Option {number}").format(number=row + 1)
        made = Choice(unique_value(suggest_value(label), {c.value for c in self._shown}), label)
        self._filling = True
        try:
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(made.label))
            self.table.setItem(row, 1, QTableWidgetItem(made.value))
            self._shown = (*self._shown, made)
            self._mark_values()
        finally:
            self._filling = False
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
        self.changed.emit(self._shown)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.set_choices((*self._shown[:row], *self._shown[row + 1:]))
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
            self.changed.emit(self._shown)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        choices = list(self._shown)
        choices.insert(target, choices.pop(row))
        self.set_choices(choices)
        self.table.setCurrentCell(target, 0)
        self.changed.emit(self._shown)


class FieldEditor(QWidget):
    """The properties of the selected field; every change is reported as a new field."""

    edited = Signal(object, str)  # the changed FormField, and what changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field: FormField | None = None
        self._filling = False
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5b6670;")
        outer.addWidget(self.heading)
        outer.addWidget(self.hint)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow column (a small screen, German labels) a label goes above its field.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.form)
        outer.addStretch()

        self.name = QLineEdit()
        self.name.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[A-Za-z][A-Za-z0-9_-]{0,63}"), self.name))
        self.name.setToolTip(self.tr("How the answer is named in results: letters, digits, _ "
                                     "and -"))
        self.name_problem = QLabel()
        self.name_problem.setStyleSheet("color: #b3261e;")
        self.name_problem.setWordWrap(True)
        self.label = QLineEdit()
        self.required = QCheckBox(self.tr("Workers must answer"))
        self.placeholder = QLineEdit()
        self.placeholder.setPlaceholderText(self.tr("A hint shown in the empty box"))
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.body = RichTextEditor()
        self.choices = ChoicesEditor()
        scale = QWidget()
        scale_row = QHBoxLayout(scale)
        scale_row.setContentsMargins(0, 0, 0, 0)
        self.minimum = QSpinBox()
        self.maximum = QSpinBox()
        for spin in (self.minimum, self.maximum):
            spin.setRange(0, 100)
        self.low_label = QLineEdit()
        self.low_label.setPlaceholderText(self.tr("e.g. Poor"))
        self.low_label.setAccessibleName(self.tr("Label of the lowest value"))
        self.high_label = QLineEdit()
        self.high_label.setPlaceholderText(self.tr("e.g. Excellent"))
        self.high_label.setAccessibleName(self.tr("Label of the highest value"))
        self.minimum.setAccessibleName(self.tr("Lowest value"))
        self.maximum.setAccessibleName(self.tr("Highest value"))
        scale_parts: list[QWidget] = [QLabel(self.tr("from")), self.minimum, self.low_label,
                                      QLabel(self.tr("to")), self.maximum, self.high_label]
        for part in scale_parts:
            scale_row.addWidget(part)

        self.rows: dict[str, tuple[str, QWidget]] = {
            "name": (self.tr("Name"), self.name), "name_problem": ("", self.name_problem),
            "label": (self.tr("Question"), self.label), "required": ("", self.required),
            "placeholder": (self.tr("Hint"), self.placeholder),
            "source": (self.tr("Address"), self.source),
            "body": (self.tr("Text"), self.body), "choices": (self.tr("Options"), self.choices),
            "scale": (self.tr("Scale"), scale),
        }
        for title, widget in self.rows.values():
            self.form.addRow(title, widget)

        self.name.textEdited.connect(lambda text: self._changed("name", name=text.strip()))
        self.label.textEdited.connect(lambda text: self._changed("label", label=text))
        self.required.toggled.connect(lambda on: self._changed("required", required=on))
        self.placeholder.textEdited.connect(
            lambda text: self._changed("placeholder", placeholder=text))
        self.source.editTextChanged.connect(lambda text: self._changed("source", source=text))
        self.body.changed.connect(lambda markup: self._changed("body", body=markup))
        self.choices.changed.connect(lambda choices: self._changed("choices", choices=choices))
        self.minimum.valueChanged.connect(lambda v: self._changed("minimum", minimum=v))
        self.maximum.valueChanged.connect(lambda v: self._changed("maximum", maximum=v))
        self.low_label.textEdited.connect(lambda t: self._changed("low", low_label=t))
        self.high_label.textEdited.connect(lambda t: self._changed("high", high_label=t))
        self.setEnabled(False)

    def set_field(self, shown: FormField | None, columns: Sequence[str] = ()) -> None:
        """Show a field (None: nothing selected) without reporting it as an edit."""
        if shown == self.field and shown is not None:
            return
        self._filling = True
        try:
            self.field = shown
            self.setEnabled(shown is not None)
            if shown is None:
                self.heading.setText(self.tr("No field selected"))
                self.hint.setText(self.tr("Add a field with “Add field”, or select one in the "
                                          "list."))
                for _, widget in self.rows.values():
                    self.form.setRowVisible(widget, False)
                return
            kind = shown.kind
            self.heading.setText(kind_label(kind))
            self.hint.setText(_editor_text(HINTS[kind]))
            visible = {
                "name": True, "name_problem": bool(name_problem(shown.name)),
                "label": kind is not FieldKind.HIDDEN,
                "required": kind in (FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT,
                                     FieldKind.SINGLE_CHOICE, FieldKind.MULTIPLE_CHOICE,
                                     FieldKind.DROPDOWN),
                "placeholder": kind in (FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT),
                "source": kind in SOURCE_TITLES, "body": kind is FieldKind.INSTRUCTIONS,
                "choices": kind.has_choices, "scale": kind is FieldKind.RATING,
            }
            for key, (_, widget) in self.rows.items():
                self.form.setRowVisible(widget, visible[key])
            label_widget = self.form.labelForField(self.label)
            if isinstance(label_widget, QLabel):
                label_widget.setText(_editor_text(LABEL_TITLES[kind]) if kind in LABEL_TITLES
                                     else self.tr("Question"))
            source_widget = self.form.labelForField(self.source)
            if isinstance(source_widget, QLabel):
                source_widget.setText(_editor_text(SOURCE_TITLES[kind]) if kind in SOURCE_TITLES
                                      else self.tr("Address"))
            self.name.setText(shown.name)
            self.name_problem.setText(name_problem(shown.name) or "")
            self.label.setText(shown.label)
            self.required.setChecked(shown.required)
            self.placeholder.setText(shown.placeholder)
            self._set_sources(columns, shown.source)
            self.body.set_html(shown.body)
            self.body.set_columns(columns)
            self.choices.set_choices(shown.choices)
            self.minimum.setValue(shown.minimum)
            self.maximum.setValue(shown.maximum)
            self.low_label.setText(shown.low_label)
            self.high_label.setText(shown.high_label)
        finally:
            self._filling = False

    def _set_sources(self, columns: Sequence[str], current: str) -> None:
        self.source.clear()
        self.source.addItems([f"${{{c}}}" for c in columns])
        self.source.setEditText(current)

    def _changed(self, what: str, **values: object) -> None:
        if self._filling or self.field is None:
            return
        changed = replace(self.field, **values)  # type: ignore[arg-type]
        if changed == self.field:
            return
        self.field = changed
        if what == "name":
            problem = name_problem(changed.name)
            self.name_problem.setText(problem or "")
            self.form.setRowVisible(self.name_problem, bool(problem))
        self.edited.emit(changed, what)
