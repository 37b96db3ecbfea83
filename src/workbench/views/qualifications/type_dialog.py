"""Creating or changing a qualification type: what workers read, and how they get it."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.formats.answer_keys import AnswerKeyError, parse_answer_key
from workbench.formats.qualification_tests import TestFormatError, parse_question_form
from workbench.models.review import english_plural
from workbench.services.qualification_drafts import DraftTest, from_xml
from workbench.services.qualifications import (
    QualificationTypeInfo,
    TypeSpec,
    review_key,
    spec_problems,
)
from workbench.views.qualifications.test_editor import TestEditorDialog

UNITS = [(QT_TRANSLATE_NOOP("TypeDialog", "minutes"), 60),
         (QT_TRANSLATE_NOOP("TypeDialog", "hours"), 3600),
         (QT_TRANSLATE_NOOP("TypeDialog", "days"), 86400)]


def _split_seconds(seconds: int) -> tuple[int, int]:
    """(amount, unit index) showing ``seconds`` in the largest whole unit."""
    for index in range(len(UNITS) - 1, -1, -1):
        size = UNITS[index][1]
        if seconds >= size and seconds % size == 0:
            return seconds // size, index
    return max(1, seconds // 60), 0


class TypeDialog(QDialog):
    """Name, description, keywords, status, auto-granting, a test, and retries."""

    def __init__(self, existing: QualificationTypeInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existing = existing
        self.setWindowTitle(self.tr("Change qualification type") if existing else
                            self.tr("New qualification type"))
        self.test_xml: str | None = existing.test_xml if existing else None
        self.key_xml: str | None = None
        self.score_automatically = True
        self.duration_s = existing.test_duration_s or 1800 if existing else 1800
        if existing is not None and existing.test_xml:
            self.key_xml = existing.answer_key_xml or review_key(existing.type_id)
            self.score_automatically = bool(existing.answer_key_xml) or self.key_xml is None

        self.name = QLineEdit(existing.name if existing else "")
        self.name.setPlaceholderText(self.tr("e.g. Bird spotter"))
        self.name.setMaxLength(200)
        if existing is not None:
            self.name.setReadOnly(True)
            self.name.setToolTip(self.tr("MTurk does not let a qualification type be renamed"))
        self.description = QPlainTextEdit(existing.description if existing else "")
        self.description.setPlaceholderText(self.tr("What it certifies; workers read this "
                                                    "before asking for it"))
        self.description.setMaximumHeight(80)
        self.description.setTabChangesFocus(True)
        self.keywords = QLineEdit(existing.keywords if existing else "")
        self.keywords.setPlaceholderText(self.tr("Words workers search by, separated by "
                                                 "commas"))
        self.active = QCheckBox(self.tr("Active: workers can ask for it"))
        self.active.setChecked(existing.active if existing else True)

        self.by_request = QRadioButton(self.tr("Workers ask for it; I decide each request"))
        self.by_grant = QRadioButton(self.tr("Workers ask for it and get it at once, with the "
                                             "score"))
        self.by_test = QRadioButton(self.tr("Workers take a test"))
        group = QButtonGroup(self)
        for button in (self.by_request, self.by_grant, self.by_test):
            group.addButton(button)
        self.grant_value = QSpinBox()
        self.grant_value.setRange(-2_147_483_648, 2_147_483_647)
        self.grant_value.setValue(existing.auto_granted_value or 1 if existing else 1)
        self.grant_value.setMaximumWidth(120)
        self.grant_value.setAccessibleName(self.tr("Score granted at once"))
        self.test_summary = QLabel()
        self.test_summary.setWordWrap(True)
        self.edit_test = QPushButton(self.tr("Create test…"))
        self.edit_test.setToolTip(self.tr("Questions, correct answers and points (Ctrl+T)"))
        self.edit_test.setShortcut("Ctrl+T")
        self.remove_test = QPushButton(self.tr("Remove test"))
        if existing is not None and existing.test_xml:
            self.by_test.setChecked(True)
        elif existing is not None and existing.auto_granted:
            self.by_grant.setChecked(True)
        else:
            self.by_request.setChecked(True)

        self.retries = QCheckBox(self.tr("Workers may ask again after"))
        self.retry_amount = QSpinBox()
        self.retry_amount.setRange(1, 100_000)
        self.retry_amount.setAccessibleName(self.tr("Wait before asking again"))
        self.retry_unit = QComboBox()
        self.retry_unit.setAccessibleName(self.tr("Unit"))
        for label, _size in UNITS:
            self.retry_unit.addItem(QCoreApplication.translate("TypeDialog", str(label)))
        amount, unit = _split_seconds(existing.retry_delay_s or 86400 if existing else 86400)
        self.retry_amount.setValue(amount)
        self.retry_unit.setCurrentIndex(unit)
        self.retries.setChecked(bool(existing and existing.retry_delay_s is not None))
        if existing is not None and existing.retry_delay_s is not None:
            self.retries.setEnabled(False)
            self.retries.setToolTip(self.tr("Retries, once allowed, cannot be turned off"))
        retry_help = QLabel(self.tr(
            "Without retries a worker may ask only once, even if refused or failed. Once "
            "allowed, retries cannot be turned off later (MTurk's rule): you would have to "
            "create a new qualification type."))
        retry_help.setWordWrap(True)
        retry_help.setStyleSheet("color: palette(mid);")

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Keywords"), self.keywords)
        form.addRow("", self.active)
        how = QVBoxLayout()
        how.addWidget(self.by_request)
        grant_row = QHBoxLayout()
        grant_row.addWidget(self.by_grant)
        grant_row.addWidget(self.grant_value)
        grant_row.addStretch()
        how.addLayout(grant_row)
        how.addWidget(self.by_test)
        test_row = QHBoxLayout()
        test_row.setContentsMargins(24, 0, 0, 0)
        test_row.addWidget(self.test_summary, 1)
        test_row.addWidget(self.edit_test)
        test_row.addWidget(self.remove_test)
        how.addLayout(test_row)
        form.addRow(self.tr("How workers get it"), how)
        retry_row = QHBoxLayout()
        retry_row.addWidget(self.retries)
        retry_row.addWidget(self.retry_amount)
        retry_row.addWidget(self.retry_unit)
        retry_row.addStretch()
        retry_box = QVBoxLayout()
        retry_box.addLayout(retry_row)
        retry_box.addWidget(retry_help)
        form.addRow(self.tr("Retries"), retry_box)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.resize(720, 560)

        for widget in (self.by_request, self.by_grant, self.by_test, self.retries,
                       self.active):
            widget.toggled.connect(self._update)
        self.description.textChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self.edit_test.clicked.connect(self.open_test_editor)
        self.remove_test.clicked.connect(self._remove_test)
        self._update()

    # -- the test ---------------------------------------------------------------------------

    def _draft(self) -> DraftTest:
        if not self.test_xml:
            return DraftTest(duration_s=self.duration_s,
                             score_automatically=self.score_automatically)
        try:
            test = parse_question_form(self.test_xml)
            key = parse_answer_key(self.key_xml) if self.key_xml else None
        except (TestFormatError, AnswerKeyError):
            return DraftTest(duration_s=self.duration_s)
        draft, _lost = from_xml(test, key)
        draft.duration_s = self.duration_s
        draft.score_automatically = self.score_automatically
        return draft

    def open_test_editor(self) -> TestEditorDialog:
        """Open the test editor (the caller may drive it; it is modal otherwise)."""
        editor = TestEditorDialog(self._draft(), self,
                                  title=self.tr("Test: {name}").format(name=self.name.text()))
        editor.finished.connect(lambda _result: self._test_edited(editor))
        editor.open()
        return editor

    def _test_edited(self, editor: TestEditorDialog) -> None:
        if editor.result() != QDialog.DialogCode.Accepted or editor.result_xml is None:
            return
        self.test_xml, self.key_xml = editor.result_xml
        self.score_automatically = editor.draft.score_automatically
        self.duration_s = editor.draft.duration_s
        self.by_test.setChecked(True)
        self._update()

    def _remove_test(self) -> None:
        self.test_xml = self.key_xml = None
        self.by_request.setChecked(True)
        self._update()

    def _test_text(self) -> str:
        if not self.test_xml:
            return self.tr("No test yet.")
        try:
            questions = len(parse_question_form(self.test_xml).questions)
        except TestFormatError as exc:
            return self.tr("The test cannot be read: {error}").format(error=exc)
        scored = (self.tr("scored automatically") if self.key_xml and self.score_automatically
                  else self.tr("you review the answers (the key suggests a score)")
                  if self.key_xml else self.tr("you review the answers"))
        minutes = self.duration_s // 60
        return english_plural(self.tr("%n question(s), {minutes} minutes, {scored}.", "",
                                      questions), questions).format(minutes=minutes,
                                                                    scored=scored)

    # -- result -----------------------------------------------------------------------------

    def spec(self) -> TypeSpec:
        """The type as the dialog shows it."""
        testing = self.by_test.isChecked()
        return TypeSpec(
            name=self.name.text().strip(), description=self.description.toPlainText().strip(),
            keywords=self.keywords.text().strip(), active=self.active.isChecked(),
            auto_granted=self.by_grant.isChecked(), auto_granted_value=self.grant_value.value(),
            retry_delay_s=(self.retry_amount.value() * UNITS[self.retry_unit.currentIndex()][1]
                           if self.retries.isChecked() else None),
            test_xml=self.test_xml if testing else None,
            answer_key_xml=self.key_xml if testing and self.score_automatically else None,
            test_duration_s=self.duration_s if testing else None)

    def review_key_xml(self) -> str | None:
        """The key to keep in the workbench (a test reviewed by hand), if any."""
        if self.by_test.isChecked() and not self.score_automatically:
            return self.key_xml
        return None

    def _update(self) -> None:
        testing = self.by_test.isChecked()
        self.grant_value.setEnabled(self.by_grant.isChecked())
        self.test_summary.setText(self._test_text())
        self.test_summary.setEnabled(testing)
        self.edit_test.setText(self.tr("Edit test…") if self.test_xml
                               else self.tr("Create test…"))
        self.remove_test.setVisible(bool(self.test_xml))
        self.retry_amount.setEnabled(self.retries.isChecked())
        self.retry_unit.setEnabled(self.retries.isChecked())
        problems = spec_problems(self.spec(), before=self.existing)
        if testing and not self.test_xml:
            problems.append(self.tr("create the test"))
        self.problems.setText("".join(
            f"<div style='color:#b3261e'>✖ {html.escape(p[0].upper() + p[1:])}.</div>"
            for p in problems))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)

    def _save(self) -> None:
        self._update()
        if self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            self.accept()
