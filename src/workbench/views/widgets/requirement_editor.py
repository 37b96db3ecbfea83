"""The qualification-requirement editor: who may discover, preview and accept a batch's HITs.

Each row names a qualification (a system one or one of the account's own), a comparator, the
values that comparator takes (a whole number, several, a locale or several), and what the
requirement guards. Below the rows the editor says what would make MTurk refuse the HITs,
what makes the batch dearer, and what shuts out nearly every worker.
"""

from __future__ import annotations

import contextlib
import html
import re
import threading
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.qualifications import (
    GUARD_ACCEPT,
    GUARD_ALL,
    GUARD_PREVIEW_AND_ACCEPT,
    MAX_REQUIREMENTS_PER_HIT,
)
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.services.qualifications import QualificationTypeInfo, list_types
from workbench.services.requirement_advice import (
    COMPARATOR_LABELS,
    GUARD_HELP,
    GUARD_LABELS,
    Advice,
    QualificationChoice,
    advise,
    custom_choice,
    guard_of,
    system_choices,
    value_kind,
    values_text,
)
from workbench.views.widgets.locale_values import LocalePicker, parse_locales

OTHER_ID = "__other__"
# What the editor shows for the comparators, guards and system qualifications (the services
# name them in English): display names only, the codes sent to MTurk stay as they are.
COMPARATOR_NAMES = {
    "LessThan": QT_TRANSLATE_NOOP("RequirementRow", "less than"),
    "LessThanOrEqualTo": QT_TRANSLATE_NOOP("RequirementRow", "at most"),
    "GreaterThan": QT_TRANSLATE_NOOP("RequirementRow", "more than"),
    "GreaterThanOrEqualTo": QT_TRANSLATE_NOOP("RequirementRow", "at least"),
    "EqualTo": QT_TRANSLATE_NOOP("RequirementRow", "equal to"),
    "NotEqualTo": QT_TRANSLATE_NOOP("RequirementRow", "not equal to"),
    "Exists": QT_TRANSLATE_NOOP("RequirementRow", "has been granted"),
    "DoesNotExist": QT_TRANSLATE_NOOP("RequirementRow", "has not been granted"),
    "In": QT_TRANSLATE_NOOP("RequirementRow", "one of"),
    "NotIn": QT_TRANSLATE_NOOP("RequirementRow", "none of"),
}
GUARD_NAMES = {
    GUARD_ACCEPT: QT_TRANSLATE_NOOP("RequirementRow", "Guards accepting"),
    GUARD_PREVIEW_AND_ACCEPT: QT_TRANSLATE_NOOP("RequirementRow", "Guards preview and accept"),
    GUARD_ALL: QT_TRANSLATE_NOOP("RequirementRow", "Hides the HITs from others"),
}
GUARD_HELP_TEXTS = {
    GUARD_ACCEPT: QT_TRANSLATE_NOOP(
        "RequirementRow",
        "Every worker finds and previews the HITs; only qualified ones can accept."),
    GUARD_PREVIEW_AND_ACCEPT: QT_TRANSLATE_NOOP(
        "RequirementRow",
        "Every worker finds the HITs; only qualified ones can see a preview or accept."),
    GUARD_ALL: QT_TRANSLATE_NOOP("RequirementRow",
                                 "Only qualified workers find the HITs at all."),
}
# The system qualifications' names and help, as the services write them.
SYSTEM_TEXTS = (
    QT_TRANSLATE_NOOP("RequirementRow", "HIT approval rate (%)"),
    QT_TRANSLATE_NOOP("RequirementRow", "Approval rate (%)"),
    QT_TRANSLATE_NOOP("RequirementRow", "Number of HITs approved"),
    QT_TRANSLATE_NOOP("RequirementRow", "Location"),
    QT_TRANSLATE_NOOP("RequirementRow", "Adult content (18+)"),
    QT_TRANSLATE_NOOP("RequirementRow", "Masters"),
    QT_TRANSLATE_NOOP("RequirementRow", "Masters (sandbox)"),
    QT_TRANSLATE_NOOP("RequirementRow", "The share of a worker's decided assignments, for all "
                                        "requesters, that were approved."),
    QT_TRANSLATE_NOOP("RequirementRow", "How many assignments of the worker's, for all "
                                        "requesters, were approved."),
    QT_TRANSLATE_NOOP("RequirementRow", "The country (and, in the US, the state) the worker "
                                        "gave as their address."),
    QT_TRANSLATE_NOOP("RequirementRow", "Workers who agreed to see adult content; needed if "
                                        "the HITs may show any."),
    QT_TRANSLATE_NOOP("RequirementRow", "Workers MTurk recognised for consistently good work; "
                                        "adds 5% of the reward to the fee."),
    QT_TRANSLATE_NOOP("RequirementRow", "Your own qualification."),
    QT_TRANSLATE_NOOP("RequirementRow", "Your own qualification with a test."),
    QT_TRANSLATE_NOOP("RequirementRow", "Your own qualification (inactive)."),
    QT_TRANSLATE_NOOP("RequirementRow", "Your own qualification with a test (inactive)."),
)
_SYSTEM_TEXTS = frozenset(str(text) for text in SYSTEM_TEXTS)


def _tr(text: object) -> str:
    return QCoreApplication.translate("RequirementRow", str(text))


def comparator_name(comparator: str) -> str:
    """A comparator's display name (its code when unknown)."""
    name = COMPARATOR_NAMES.get(comparator)
    return _tr(name) if name else COMPARATOR_LABELS.get(comparator, comparator)


def choice_text(text: str) -> str:
    """A system qualification's name or help in the user's language; others as they are."""
    return _tr(text) if text in _SYSTEM_TEXTS else text
LEVEL_STYLE = {
    "error": ("#b3261e", "✖"),
    "warning": ("#8a5300", "⚠"),
    "note": ("#555555", "ℹ"),
}


def _parse_integers(text: str) -> tuple[list[int], str | None]:
    values: list[int] = []
    for part in (p for p in re.split(r"[,;\s]+", text) if p):
        try:
            values.append(int(part))
        except ValueError:
            return values, QCoreApplication.translate(
                "RequirementRow", "{value} is not a whole number").format(value=repr(part))
    return values, None


class RequirementRow(QFrame):
    """One requirement: qualification, comparator, values, guard, and a remove button."""

    changed = Signal()
    removed = Signal(object)

    def __init__(self, choices: list[QualificationChoice], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.choices = {c.type_id: c for c in choices}
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("requirement-row")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.number = QLabel()
        self.number.setMinimumWidth(18)
        self.number.setStyleSheet("color: palette(mid); font-weight: bold;")
        self.qualification = QComboBox()
        self.qualification.setAccessibleName(self.tr("Qualification"))
        self.qualification.setMinimumContentsLength(20)
        self.qualification.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.other_id = QLineEdit()
        self.other_id.setPlaceholderText(self.tr("Qualification type id"))
        self.other_id.setAccessibleName(self.tr("Qualification type id"))
        self.other_id.setMaxLength(64)
        self.other_id.setVisible(False)
        self.comparator = QComboBox()
        self.comparator.setAccessibleName(self.tr("Comparator"))
        self.comparator.setMinimumContentsLength(12)
        self.values = QStackedWidget()
        self.values.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.none_label = QLabel("")
        self.integer = QSpinBox()
        self.integer.setAccessibleName(self.tr("Value"))
        self.integers = QLineEdit()
        self.integers.setPlaceholderText(self.tr("e.g. 1, 2, 3"))
        self.integers.setAccessibleName(self.tr("Values"))
        self.locale_picker = LocalePicker()
        self.locale_list = QLineEdit()
        self.locale_list.setPlaceholderText(self.tr("e.g. US, CA, GB or US-NY"))
        self.locale_list.setAccessibleName(self.tr("Countries"))
        self.locale_list.setToolTip(self.tr("Up to 15 two-letter country codes, each optionally "
                                            "with a subdivision: US-NY is New York state"))
        for widget in (self.none_label, self.integer, self.integers, self.locale_picker,
                       self.locale_list):
            self.values.addWidget(widget)
        self.guard = QComboBox()
        self.guard.setAccessibleName(self.tr("Guards"))
        for value, label in GUARD_LABELS.items():
            name, help_text = GUARD_NAMES.get(value), GUARD_HELP_TEXTS.get(value)
            self.guard.addItem(_tr(name) if name else label, value)
            self.guard.setItemData(self.guard.count() - 1,
                                   _tr(help_text) if help_text else GUARD_HELP[value],
                                   Qt.ItemDataRole.ToolTipRole)
        self.guard.setToolTip(self.tr("What workers without this qualification cannot do"))
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove this requirement"))
        self.remove.setAccessibleName(self.tr("Remove requirement"))
        layout.addWidget(self.number)
        layout.addWidget(self.qualification, 4)
        layout.addWidget(self.other_id, 3)
        layout.addWidget(self.comparator, 2)
        layout.addWidget(self.values, 3)
        layout.addWidget(self.guard, 2)
        layout.addWidget(self.remove)
        self._fill_qualifications()
        self.qualification.currentIndexChanged.connect(self._qualification_changed)
        self.comparator.currentIndexChanged.connect(self._comparator_changed)
        self.other_id.textChanged.connect(lambda _text: self.changed.emit())
        self.integer.valueChanged.connect(lambda _value: self.changed.emit())
        self.integers.textChanged.connect(lambda _text: self.changed.emit())
        self.locale_list.textChanged.connect(lambda _text: self.changed.emit())
        self.locale_picker.changed.connect(self.changed.emit)
        self.guard.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.remove.clicked.connect(lambda: self.removed.emit(self))

    # -- building ---------------------------------------------------------------------------

    def _fill_qualifications(self) -> None:
        current = self.qualification.currentData()
        self.qualification.blockSignals(True)
        self.qualification.clear()
        system = [c for c in self.choices.values() if c.system]
        custom = [c for c in self.choices.values() if not c.system]
        for choice in system:
            self.qualification.addItem(choice_text(choice.name), choice.type_id)
        if custom:
            self.qualification.insertSeparator(self.qualification.count())
            for choice in sorted(custom, key=lambda c: c.name.lower()):
                self.qualification.addItem(choice.name, choice.type_id)
        self.qualification.insertSeparator(self.qualification.count())
        self.qualification.addItem(self.tr("Another qualification (by id)…"), OTHER_ID)
        for index in range(self.qualification.count()):
            found_choice = self.choices.get(str(self.qualification.itemData(index)))
            if found_choice is not None and found_choice.help:
                self.qualification.setItemData(index, choice_text(found_choice.help),
                                               Qt.ItemDataRole.ToolTipRole)
        found = self.qualification.findData(current) if current is not None else -1
        self.qualification.setCurrentIndex(max(found, 0))
        self.qualification.blockSignals(False)

    def set_choices(self, choices: list[QualificationChoice]) -> None:
        """New custom types arrived: offer them, keeping what this row says."""
        requirement = self.requirement()
        self.choices = {c.type_id: c for c in choices}
        self._fill_qualifications()
        self.set_requirement(requirement, quiet=True)

    def choice(self) -> QualificationChoice | None:
        type_id = str(self.qualification.currentData() or "")
        if type_id == OTHER_ID:
            return None
        return self.choices.get(type_id)

    def type_id(self) -> str:
        type_id = str(self.qualification.currentData() or "")
        return self.other_id.text().strip() if type_id == OTHER_ID else type_id

    def _comparators(self) -> tuple[str, ...]:
        choice = self.choice()
        return choice.comparators if choice is not None else tuple(COMPARATOR_LABELS)

    def _values_kind(self) -> str:
        choice = self.choice()
        return choice.values if choice is not None else "integer"

    def _qualification_changed(self) -> None:
        other = self.qualification.currentData() == OTHER_ID
        self.other_id.setVisible(other)
        choice = self.choice()
        self.qualification.setToolTip(choice_text(choice.help) if choice is not None else
                                      self.tr("A qualification type id, e.g. one another "
                                              "requester shared with you"))
        self.comparator.blockSignals(True)
        self.comparator.clear()
        for comparator in self._comparators():
            self.comparator.addItem(comparator_name(comparator), comparator)
        self.comparator.blockSignals(False)
        if choice is not None:
            self.integer.setRange(choice.minimum, choice.maximum)
            self.integer.setSuffix(" %" if choice.maximum == 100 else "")
            self.integer.setGroupSeparatorShown(choice.maximum > 100)
            default = choice.default or {}
            found = self.comparator.findData(default.get("Comparator"))
            self.comparator.setCurrentIndex(max(found, 0))
            self._show_values(default)
        else:
            self.integer.setRange(-2_147_483_648, 2_147_483_647)
            self.integer.setSuffix("")
            self.comparator.setCurrentIndex(max(self.comparator.findData("Exists"), 0))
        self._comparator_changed()

    def _show_values(self, requirement: Mapping[str, Any]) -> None:
        integers = list(requirement.get("IntegerValues") or [])
        locales = list(requirement.get("LocaleValues") or [])
        if integers:
            self.integer.setValue(int(integers[0]))
            self.integers.setText(", ".join(str(v) for v in integers))
        if locales:
            self.locale_picker.set_value(locales[0])
            self.locale_list.setText(values_text(requirement))

    def _comparator_changed(self) -> None:
        kind = value_kind(str(self.comparator.currentData() or ""), self._values_kind())
        editors: dict[str, QWidget] = {
            "none": self.none_label, "integer": self.integer, "integers": self.integers,
            "locale": self.locale_picker, "locales": self.locale_list}
        self.values.setCurrentWidget(editors[kind])
        comparator = str(self.comparator.currentData() or "")
        self.none_label.setText("" if comparator not in ("Exists", "DoesNotExist")
                                else self.tr("(any score)"))
        self.changed.emit()

    # -- the requirement --------------------------------------------------------------------

    def value_problem(self) -> str | None:
        """What is wrong with the typed values, if anything (e.g. "x" among integers)."""
        widget = self.values.currentWidget()
        if widget is self.integers:
            return _parse_integers(self.integers.text())[1]
        if widget is self.locale_list:
            return parse_locales(self.locale_list.text())[1]
        if self.qualification.currentData() == OTHER_ID and not self.other_id.text().strip():
            return self.tr("type the qualification type id")
        return None

    def requirement(self) -> dict[str, Any]:
        """The row as a boto3 QualificationRequirement."""
        comparator = str(self.comparator.currentData() or "Exists")
        requirement: dict[str, Any] = {"QualificationTypeId": self.type_id(),
                                       "Comparator": comparator}
        widget = self.values.currentWidget()
        if widget is self.integer:
            requirement["IntegerValues"] = [self.integer.value()]
        elif widget is self.integers:
            values, problem = _parse_integers(self.integers.text())
            requirement["IntegerValues"] = [] if problem else values
        elif widget is self.locale_picker:
            requirement["LocaleValues"] = [self.locale_picker.value()]
        elif widget is self.locale_list:
            locales, problem = parse_locales(self.locale_list.text())
            requirement["LocaleValues"] = [] if problem else locales
        requirement["ActionsGuarded"] = str(self.guard.currentData() or GUARD_ACCEPT)
        return requirement

    def set_requirement(self, requirement: dict[str, Any], *, quiet: bool = False) -> None:
        """Show a requirement (boto3 shape); unknown qualification ids are shown by id."""
        type_id = str(requirement.get("QualificationTypeId", ""))
        # Our own slots still run (they set up comparators and values); only the row's
        # ``changed`` stays quiet until the whole requirement is shown.
        was_blocked = self.blockSignals(True)
        try:
            index = self.qualification.findData(type_id) if type_id else -1
            if index < 0:
                index = self.qualification.findData(OTHER_ID)
                self.other_id.setText(type_id)
            else:
                self.other_id.clear()
            self.qualification.setCurrentIndex(index)
            self._qualification_changed()
            comparator = requirement.get("Comparator")
            found = self.comparator.findData(comparator)
            if found < 0 and comparator:
                self.comparator.addItem(str(comparator), comparator)
                found = self.comparator.count() - 1
            self.comparator.setCurrentIndex(max(found, 0))
            self._comparator_changed()
            self._show_values(requirement)
            self.guard.setCurrentIndex(max(self.guard.findData(guard_of(requirement)), 0))
        finally:
            self.blockSignals(was_blocked)
        if not quiet:
            self.changed.emit()


class _TypesRelay(QObject):
    """Brings the loaded qualification types back to the GUI thread (a child of the editor)."""

    loaded = Signal(object)


class RequirementEditor(QWidget):
    """Edit a batch's qualification requirements (boto3 QualificationRequirement dicts)."""

    changed = Signal()

    def __init__(self, wb: Workbench, *, sandbox: bool = False, parent: QWidget | None = None,
                 account: AccountInfo | None = None,
                 run: Callable[[Callable[[], Any], Callable[[Any], None]], None] | None = None
                 ) -> None:
        super().__init__(parent)
        self.wb = wb
        self.sandbox = sandbox
        self.account = account
        self._run = run
        self.custom: list[QualificationTypeInfo] = []
        self.rows: list[RequirementRow] = []
        self.advice: list[Advice] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No requirements: every worker can find, preview and "
                                    "accept these HITs."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.empty)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        layout.addLayout(self.rows_layout)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add requirement"))
        self.add_button.setToolTip(self.tr("Add a qualification requirement (Ctrl+Shift+Q)"))
        self.add_button.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.count = QLabel()
        self.count.setStyleSheet("color: palette(mid);")
        bar.addWidget(self.add_button)
        bar.addWidget(self.count)
        bar.addStretch()
        layout.addLayout(bar)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.RichText)
        self.advice_label.setAccessibleName(self.tr("Requirement warnings"))
        layout.addWidget(self.advice_label)
        self._relay = _TypesRelay(self)
        self._relay.loaded.connect(self._set_types)
        self._update()
        self.reload_types()

    # -- custom qualification types ---------------------------------------------------------

    def set_account(self, account: AccountInfo) -> None:
        """Offer this account's qualification types (the one the HITs will be published to)."""
        self.account = account
        self.reload_types()

    def reload_types(self) -> None:
        """Load the account's qualification types from the store, off the GUI thread."""
        wb, account = self.wb, self.account

        def load() -> list[QualificationTypeInfo]:
            return list_types(wb, account or get_account(wb))

        if self._run is not None:
            self._run(load, self._set_types)
            return

        # The thread holds the relay (a child Qt owns), never the editor: were the thread the
        # last holder of the editor's Python side, the editor would be destroyed on it.
        relay = self._relay

        def work() -> None:
            try:
                types = load()
            except Exception:
                return  # the store is closing or unreachable: offer the system types only
            with contextlib.suppress(RuntimeError):  # the editor was closed meanwhile
                relay.loaded.emit(types)

        threading.Thread(target=work, name="requirement-types", daemon=True).start()

    def _set_types(self, types: list[QualificationTypeInfo]) -> None:
        self.custom = list(types)
        choices = self.choices()
        for row in self.rows:
            row.set_choices(choices)
        self._update()

    def choices(self) -> list[QualificationChoice]:
        return system_choices(sandbox=self.sandbox) + [custom_choice(t.as_custom())
                                                      for t in self.custom]

    # -- rows -------------------------------------------------------------------------------

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        for choice in system_choices(sandbox=self.sandbox):
            action = self.add_menu.addAction(choice_text(choice.name))
            action.setToolTip(choice_text(choice.help))
            requirement = {"QualificationTypeId": choice.type_id, **(choice.default or {})}
            action.triggered.connect(lambda _=False, r=requirement: self.add_requirement(r))
        if self.custom:
            self.add_menu.addSection(self.tr("Your qualifications"))
            for qtype in self.custom:
                choice = custom_choice(qtype.as_custom())
                requirement = {"QualificationTypeId": qtype.type_id, **(choice.default or {})}
                action = self.add_menu.addAction(qtype.name)
                action.triggered.connect(lambda _=False, r=requirement: self.add_requirement(r))
        self.add_menu.addSeparator()
        other = self.add_menu.addAction(self.tr("Another qualification (by id)…"))
        other.triggered.connect(lambda: self.add_requirement(
            {"QualificationTypeId": "", "Comparator": "Exists"}))

    def add_requirement(self, requirement: dict[str, Any]) -> RequirementRow:
        """Add a row showing ``requirement``."""
        row = RequirementRow(self.choices(), self)
        row.set_requirement(requirement, quiet=True)
        row.changed.connect(self._row_changed)
        row.removed.connect(self._remove_row)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._row_changed()
        if not requirement.get("QualificationTypeId"):
            row.other_id.setFocus()
        return row

    def _remove_row(self, row: RequirementRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self.rows_layout.removeWidget(row)
            row.deleteLater()
            self._row_changed()

    def _row_changed(self) -> None:
        self._update()
        self.changed.emit()

    def requirements(self) -> list[dict[str, Any]]:
        """The requirements as boto3 QualificationRequirement dicts."""
        return [row.requirement() for row in self.rows]

    def set_requirements(self, requirements: list[dict[str, Any]]) -> None:
        """Replace every row with these requirements."""
        for row in list(self.rows):
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for requirement in requirements:
            row = RequirementRow(self.choices(), self)
            row.set_requirement(dict(requirement), quiet=True)
            row.changed.connect(self._row_changed)
            row.removed.connect(self._remove_row)
            self.rows.append(row)
            self.rows_layout.addWidget(row)
        self._row_changed()

    def problems(self) -> list[str]:
        """What would make MTurk refuse these requirements; empty when they are fine."""
        return [a.text for a in self.advice if a.level == "error"]

    # -- advice -----------------------------------------------------------------------------

    def _update(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.number.setText(str(number))
        self.empty.setVisible(not self.rows)
        self.count.setText(self.tr("{count} of {limit}").format(
            count=len(self.rows), limit=MAX_REQUIREMENTS_PER_HIT) if self.rows else "")
        self.add_button.setEnabled(len(self.rows) < MAX_REQUIREMENTS_PER_HIT)
        advice: list[Advice] = []
        for index, row in enumerate(self.rows):
            problem = row.value_problem()
            if problem:
                advice.append(Advice("error", problem[0].upper() + problem[1:] + ".", index))
        typed_badly = {a.index for a in advice}
        found = advise(self.requirements(), sandbox=self.sandbox,
                       custom=[t.as_custom() for t in self.custom])
        advice.extend(a for a in found if a.index is None or a.index not in typed_badly)
        self.advice = advice
        lines = []
        for item in advice:
            colour, mark = LEVEL_STYLE[item.level]
            where = self.tr("Requirement {number}: ").format(number=item.index + 1) \
                if item.index is not None else ""
            lines.append(f"<div style='color:{colour}; margin:2px 0'>{mark} "
                         f"{html.escape(where + item.text)}</div>")
        self.advice_label.setText("".join(lines))
        self.advice_label.setVisible(bool(lines))
