"""The designer's side panels: problems, the row the preview shows, and detected fields."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.formats.forms import FormField, Problem
from workbench.formats.inputs import InputTable
from workbench.formats.template_scan import DetectedField
from workbench.models.designer import FormFieldsModel, kind_label
from workbench.models.formatting import plural
from workbench.services.batches import RowCheck


def row_check_text(check: RowCheck) -> str:
    """What measuring every row's page found, as the user reads it."""
    if check.ok:
        return QCoreApplication.translate(
            "RowCheck", "All {count} rows render; the largest page (row {row}) is {size} KB of "
            "MTurk's 64 KB.").format(count=f"{check.rows:,}", row=f"{check.largest_row + 1:,}",
                                     size=f"{check.largest_bytes / 1024:.1f}")
    shown = ", ".join(f"{r + 1:,}" for r, _ in check.too_large[:8])
    more = "…" if check.too_large_count > 8 else ""
    text = (QCoreApplication.translate(
        "RowCheck", "1 row makes a page over MTurk's 64 KB (row {rows}); it is {size} KB.")
        if check.too_large_count == 1 else QCoreApplication.translate(
            "RowCheck", "{count} rows make a page over MTurk's 64 KB (rows {rows}); the "
            "largest is {size} KB."))
    return text.format(count=f"{check.too_large_count:,}", rows=shown + more,
                       size=f"{check.largest_bytes / 1024:.1f}")


class FieldDelegate(QStyledItemDelegate):
    """A field of the design in two lines: what workers see, then its kind and name."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        shown = index.data(FormFieldsModel.FieldRole)
        if not isinstance(shown, FormField):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        title = str(index.data(Qt.ItemDataRole.DisplayRole)).split(": ", 1)[-1]
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(8, 4, -6, -4)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        metrics = QFontMetrics(bold)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.88))
        painter.setFont(small)
        if not selected:
            painter.setPen(QColor("#5b6670"))
        detail = (self.tr("{kind} · answers as {name}").format(kind=kind_label(shown.kind),
                                                                name=shown.name)
                  if shown.kind.answers else kind_label(shown.kind))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight,
                                                        rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, height * 2 + 12)


class ProblemsList(QListWidget):
    """What is wrong with the template, errors first; activating one shows its field."""

    field_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Problems"))
        # A check is a sentence: wrapped to the panel's width, never cut off at its edge.
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(2)
        self.problems: list[Problem] = []
        self.itemActivated.connect(self._activated)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        order = {"error": 0, "warning": 1}
        self.problems = sorted(problems, key=lambda p: order.get(p.severity, 2))
        self.clear()
        style = self.style()
        if not any(p.severity in order for p in self.problems):
            item = QListWidgetItem(style.standardIcon(
                QStyle.StandardPixmap.SP_DialogApplyButton),
                self.tr("No problems: the page is ready to publish."))
            item.setForeground(QColor("#1b7f3b"))
            self.addItem(item)
        icons = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
                 "warning": QStyle.StandardPixmap.SP_MessageBoxWarning}
        for problem in self.problems:
            icon = style.standardIcon(icons.get(problem.severity,
                                                QStyle.StandardPixmap.SP_MessageBoxInformation))
            item = QListWidgetItem(icon, problem.message)
            item.setToolTip(problem.message)
            if problem.field_index is not None:
                item.setData(Qt.ItemDataRole.UserRole, problem.field_index)
            self.addItem(item)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    def _activated(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int):
            self.field_chosen.emit(index)


class SampleRow(QWidget):
    """The values the preview fills the placeholders with: typed in, or a row of a file."""

    row_changed = Signal()
    load_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.caption = QLabel(self._typed_caption())
        self.caption.setWordWrap(True)
        top.addWidget(self.caption, 1)
        self.row = QSpinBox()
        self.row.setPrefix(self.tr("Row "))
        self.row.setMinimum(1)
        self.row.setAccessibleName(self.tr("Input row shown in the preview"))
        self.row.setVisible(False)
        self.row.valueChanged.connect(self._row_chosen)
        top.addWidget(self.row)
        self.load = QPushButton(self.tr("Load input file…"))
        self.load.clicked.connect(self.load_requested)
        top.addWidget(self.load)
        layout.addLayout(top)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Placeholder"), self.tr("Value")])
        self.table.setAccessibleName(self.tr("Sample values"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 150)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._edited)
        layout.addWidget(self.table)
        self.placeholders: list[str] = []
        self.typed: dict[str, str] = {}
        self.input: InputTable | None = None
        self._filling = False

    def _typed_caption(self) -> str:
        return self.tr("Sample values (type your own, or load an input file):")

    @property
    def columns(self) -> list[str] | None:
        """The input's columns when a file is loaded, else None."""
        return list(self.input.columns) if self.input is not None else None

    def set_sample(self, values: dict[str, str]) -> None:
        self.typed.update(values)
        self._fill()

    def set_placeholders(self, placeholders: Sequence[str]) -> None:
        if list(placeholders) != self.placeholders:
            self.placeholders = list(placeholders)
            self._fill()

    def set_input(self, table: InputTable | None) -> None:
        self.input = table
        self.row.setVisible(table is not None)
        if table is not None:
            self.row.blockSignals(True)
            self.row.setMaximum(max(1, len(table.rows)))
            self.row.setSuffix(self.tr(" of {count}").format(count=f"{len(table.rows):,}"))
            self.row.setValue(1)
            self.row.blockSignals(False)
            count = len(table.columns)
            self.caption.setText(self.tr("Rows of {file} ({rows} rows, {columns}):").format(
                file=table.source or self.tr("the input"), rows=f"{len(table.rows):,}",
                columns=plural(self.tr("%n column(s)", "", count), count)))
        else:
            self.caption.setText(self._typed_caption())
        self._fill()
        self.row_changed.emit()

    def values(self) -> dict[str, str]:
        """The row the preview shows."""
        if self.input is not None and self.input.rows:
            return dict(self.input.rows[min(self.row.value(), len(self.input.rows)) - 1])
        return {name: self.typed.get(name, f"[{name}]") for name in self.placeholders}

    def _fill(self) -> None:
        self._filling = True
        values = self.values()
        self.table.setRowCount(len(self.placeholders))
        missing = set(self.placeholders) - set(self.columns or self.placeholders)
        for row, name in enumerate(self.placeholders):
            key = QTableWidgetItem(f"${{{name}}}")
            key.setFlags(Qt.ItemFlag.ItemIsEnabled)
            value = QTableWidgetItem(values.get(name, "") if name not in missing
                                     else self.tr("(no such column in the input)"))
            if self.input is not None:
                value.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if name in missing:
                value.setForeground(QColor("#b3261e"))
            self.table.setItem(row, 0, key)
            self.table.setItem(row, 1, value)
        self._filling = False

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1 or self.input is not None:
            return
        self.typed[self.placeholders[item.row()]] = item.text()
        self.row_changed.emit()

    def _row_chosen(self, _value: int) -> None:
        self._fill()
        self.row_changed.emit()


class DetectedFields(QTreeWidget):
    """The named form fields found in a hand-written page, and the answers they give."""

    line_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Field"), self.tr("Element"), self.tr("Stored as")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 110)
        header.setStretchLastSection(True)
        self.setAccessibleName(self.tr("Fields found in the page"))
        self.itemActivated.connect(lambda item, _c: self.line_chosen.emit(
            int(item.data(0, Qt.ItemDataRole.UserRole))))

    def show_fields(self, fields: Sequence[DetectedField]) -> None:
        self.clear()
        for found in fields:
            item = QTreeWidgetItem([found.name, found.description,
                                    ", ".join(found.answer_keys)])
            item.setToolTip(1, found.description)
            item.setToolTip(2, "\n".join(found.answer_keys))
            item.setData(0, Qt.ItemDataRole.UserRole, found.line)
            self.addTopLevelItem(item)
