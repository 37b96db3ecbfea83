"""Choosing a template: the saved ones (with their versions) and the presets."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.models.formatting import local_time
from workbench.services.templates import PRESETS, TemplateInfo

PRESET = "preset"
SAVED = "saved"


class TemplateChooser(QTreeWidget):
    """Saved templates (newest version first, older ones beneath) and the shipped presets."""

    chosen = Signal(str, object)  # ("preset", key) or ("saved", template id)
    picked = Signal()  # double-click or Enter: choose and go on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Template"), self.tr("Version"), self.tr("Saved / about")])
        self.header().resizeSection(0, 260)
        self.header().resizeSection(1, 70)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(self.tr("Templates"))
        self.saved_root = QTreeWidgetItem([self.tr("Saved templates")])
        self.preset_root = QTreeWidgetItem([self.tr("Presets")])
        for root in (self.saved_root, self.preset_root):
            root.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = root.font(0)
            font.setBold(True)
            root.setFont(0, font)
            self.addTopLevelItem(root)
        for preset in PRESETS:
            item = QTreeWidgetItem([preset.title, "", preset.description])
            item.setData(0, Qt.ItemDataRole.UserRole, (PRESET, preset.key))
            item.setToolTip(2, preset.description)
            self.preset_root.addChild(item)
        self.expandAll()
        self.currentItemChanged.connect(self._current_changed)
        self.itemActivated.connect(lambda item, _c: self._activated(item))

    def set_saved(self, versions: dict[str, list[TemplateInfo]]) -> None:
        """Saved templates by name, each with its versions newest first."""
        self.saved_root.takeChildren()
        for name, infos in versions.items():
            newest = infos[0]
            item = self._saved_item(newest, name)
            for older in infos[1:]:
                item.addChild(self._saved_item(older, self.tr("version {number}").format(
                    number=older.version)))
            self.saved_root.addChild(item)
        if not versions:
            empty = QTreeWidgetItem([self.tr("No saved templates yet: start from a preset")])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.saved_root.addChild(empty)
        self.saved_root.setExpanded(True)

    def _saved_item(self, info: TemplateInfo, title: str) -> QTreeWidgetItem:
        kind = self.tr("designed") if info.designed else self.tr("HTML")
        item = QTreeWidgetItem([title, str(info.version),
                                f"{local_time(info.created_at)} · {kind} · "
                                f"{info.size_bytes / 1024:.1f} KB"])
        item.setData(0, Qt.ItemDataRole.UserRole, (SAVED, info.id))
        return item

    def select_first_saved_or_preset(self) -> None:
        first = self.saved_root.child(0)
        if first is None or first.data(0, Qt.ItemDataRole.UserRole) is None:
            first = self.preset_root.child(0)
        if first is not None:
            self.setCurrentItem(first)

    def select(self, kind: str, key: object) -> bool:
        for root in (self.saved_root, self.preset_root):
            for number in range(root.childCount()):
                item = root.child(number)
                if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == (kind, key):
                    self.setCurrentItem(item)
                    return True
        return False

    def current_choice(self) -> tuple[str, object] | None:
        item = self.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return (str(data[0]), data[1]) if data else None

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        data = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if data:
            self.chosen.emit(str(data[0]), data[1])

    def _activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, Qt.ItemDataRole.UserRole):
            self.picked.emit()


class OpenTemplateDialog(QDialog):
    """Pick a saved template version or a preset to open in the designer."""

    def __init__(self, versions: dict[str, list[TemplateInfo]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a template"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.chooser = TemplateChooser()
        self.chooser.set_saved(versions)
        self.chooser.select_first_saved_or_preset()
        layout.addWidget(self.chooser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.chooser.picked.connect(self.accept)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, object] | None:
        return self.chooser.current_choice()
