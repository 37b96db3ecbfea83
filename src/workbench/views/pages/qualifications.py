"""The Qualifications page: qualification types, their tests, pending requests and scores."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.statuses import AccountKind
from workbench.formats.answer_keys import AnswerKeyError, parse_answer_key
from workbench.formats.qualification_tests import TestFormatError, parse_question_form
from workbench.models import changes
from workbench.models.formatting import format_duration, local_time
from workbench.models.qualifications import QualificationTypesModel, type_status
from workbench.models.review import english_plural
from workbench.services import qualifications as quals
from workbench.services.accounts import AccountInfo
from workbench.services.qualification_drafts import from_xml
from workbench.services.qualification_simulation import simulate_requests
from workbench.services.requirement_advice import DEFAULT_PASSING_VALUE, suggested_passing_score
from workbench.views.pages.base import Page, PageContext
from workbench.views.qualifications.panels import RequestsPanel, ScoresPanel, warn
from workbench.views.qualifications.preview import TestPreview, duration_words
from workbench.views.qualifications.test_editor import TestEditorDialog
from workbench.views.qualifications.type_dialog import TypeDialog
from workbench.views.settings import load_bytes, window_settings
from workbench.views.widgets.details import DetailsView
from workbench.views.widgets.empty_state import EmptyState

OVERVIEW, REQUESTS, WORKERS = range(3)


def passing_value(qtype: quals.QualificationTypeInfo) -> int:
    """The score to require: one the test's questions can produce (2 of 3 right is 67)."""
    passing = suggested_passing_score(qtype.answer_key_xml) if qtype.has_test else None
    return passing.value if passing is not None else DEFAULT_PASSING_VALUE


def overview_groups(qtype: quals.QualificationTypeInfo) -> list[tuple[str, list[tuple[str, str]]]]:
    """What the overview tab says about a type (plain text; the view escapes it)."""
    if qtype.auto_granted:
        how = QCoreApplication.translate(
            "QualificationsPage", "Granted at once to any worker who asks, with the score "
            "{value}").format(value=qtype.auto_granted_value)
    elif qtype.has_test:
        if qtype.answer_key_xml:
            scored = QCoreApplication.translate("QualificationsPage",
                                                "scored at once from the answer key")
        elif quals.review_key(qtype.type_id):
            scored = QCoreApplication.translate(
                "QualificationsPage", "you review the answers (the key kept here suggests a "
                "score)")
        else:
            scored = QCoreApplication.translate("QualificationsPage", "you review the answers")
        how = QCoreApplication.translate("QualificationsPage", "A test of {duration}, {scored}"
                                         ).format(duration=duration_words(
                                             qtype.test_duration_s or 0), scored=scored)
    else:
        how = QCoreApplication.translate("QualificationsPage",
                                         "Workers ask; you grant or reject each request")
    retries = QCoreApplication.translate(
        "QualificationsPage", "Only once: a worker who asked cannot ask again") \
        if qtype.retry_delay_s is None else QCoreApplication.translate(
            "QualificationsPage", "Again after {duration}").format(
                duration=format_duration(qtype.retry_delay_s))
    status = type_status(qtype.status)
    if not qtype.active:
        status += " " + QCoreApplication.translate("QualificationsPage",
                                                   "(takes no new requests)")
    requiring = QCoreApplication.translate(
        "QualificationsPage", "Add a requirement on {name} in the publish wizard, or "
        "--require {option}").format(name=repr(qtype.name),
                                       option=f'"{qtype.type_id}>={passing_value(qtype)}"')
    about = QCoreApplication.translate("QualificationsPage", "About")
    description = QCoreApplication.translate("QualificationsPage", "Description")
    keywords = QCoreApplication.translate("QualificationsPage", "Keywords")
    status_label = QCoreApplication.translate("QualificationsPage", "Status")
    created = QCoreApplication.translate("QualificationsPage", "Created")
    id_label = QCoreApplication.translate("QualificationsPage", "Id")
    workers = QCoreApplication.translate("QualificationsPage", "Workers")
    how_label = QCoreApplication.translate("QualificationsPage", "How they get it")
    retries_label = QCoreApplication.translate("QualificationsPage", "Retries")
    holding = QCoreApplication.translate("QualificationsPage", "Holding it")
    waiting = QCoreApplication.translate("QualificationsPage", "Requests waiting")
    requiring_it = QCoreApplication.translate("QualificationsPage", "Requiring it")
    publishing = QCoreApplication.translate("QualificationsPage", "When publishing")
    return [
        (about, [(description, qtype.description), (keywords, qtype.keywords or "—"),
                 (status_label, status),
                 (created, local_time(qtype.creation_time) if qtype.creation_time else "—"),
                 (id_label, qtype.type_id)]),
        (workers, [(how_label, how), (retries_label, retries),
                   (holding, f"{qtype.holders:,}"), (waiting, f"{qtype.pending:,}")]),
        (requiring_it, [(publishing, requiring)]),
    ]


class QualificationsPage(Page):
    """Qualification types on the left; the chosen one's overview, requests and workers."""

    title = "Qualifications"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.types = QualificationTypesModel(self.wb, self.runner, self)
        self.current: quals.QualificationTypeInfo | None = None
        self._wanted: str | None = None

        self.new_button = QPushButton(self.tr("New qualification type…"))
        self.new_button.setToolTip(self.tr("Create a qualification type (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the description, how workers get it and "
                                            "the retries"))
        self.test_button = QPushButton(self.tr("Edit test…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.refresh_button = QToolButton()
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Fetch this type's holders and requests from the "
                                               "marketplace (F5)"))
        self.simulate_button = QPushButton(self.tr("Simulate workers…"))
        self.simulate_button.setToolTip(self.tr("Let simulated workers on the local marketplace "
                                                "ask for it and take its test"))
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.test_button,
                       self.active_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch()
        bar.addWidget(self.simulate_button)
        bar.addWidget(self.refresh_button)

        self.table = QTableView()
        self.table.setModel(self.types)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Qualification types"))
        for column, width in enumerate((140, 60, 60, 150)):
            self.table.setColumnWidth(column, width)

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.type_id_label = QLabel()
        self.type_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.type_id_label.setStyleSheet("color: palette(mid);")
        self.copy_id = QToolButton()
        self.copy_id.setText(self.tr("Copy id"))
        self.copy_id.setToolTip(self.tr("Copy the qualification type id to the clipboard"))
        self.copy_id.clicked.connect(self._copy_id)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.type_id_label)
        head.addWidget(self.copy_id)
        head.addStretch()

        self.details = DetailsView()
        self.details.setAccessibleName(self.tr("About the qualification type"))
        self.preview = TestPreview()
        overview = QSplitter(Qt.Orientation.Horizontal)
        overview.addWidget(self.details)
        overview.addWidget(self.preview)
        overview.setSizes([380, 420])
        self.requests = RequestsPanel(self.wb, self.runner, self.bus)
        self.scores = ScoresPanel(self.wb, self.runner, self.bus, context.start_task)
        self.tabs = QTabWidget()
        self.tabs.addTab(overview, self.tr("Overview"))
        self.tabs.addTab(self.requests, self.tr("Requests"))
        self.tabs.addTab(self.scores, self.tr("Workers"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addLayout(head)
        right_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setSizes([490, 750])
        state = load_bytes(window_settings(), "qualifications/splitter")
        if state is not None:
            self.splitter.restoreState(state)

        self.empty = EmptyState(
            self.tr("Qualifications"),
            self.tr("A qualification lets only the workers you choose do your HITs. Create one, "
                    "give it a screening test with an answer key (or grant scores yourself), "
                    "then require it when you publish a batch: only workers with a good enough "
                    "score can accept."),
            [(self.tr("New qualification type…"), self.new_type)])
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(bar)
        content_layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.new_button.clicked.connect(self.new_type)
        self.edit_button.clicked.connect(self.edit_type)
        self.test_button.clicked.connect(self.edit_test)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete_type)
        self.refresh_button.clicked.connect(self.refresh_type)
        self.simulate_button.clicked.connect(lambda: self.simulate())
        for keys, slot in (("Ctrl+N", self.new_type), ("F5", self.refresh_type)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.types.loaded.connect(self._types_loaded)
        self.types.failed.connect(lambda text: self.status_message.emit(
            self.tr("Qualification types could not be loaded: {error}").format(error=text)))
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.requests.decided.connect(self._decided)
        self.scores.decided.connect(self._decided)
        self._show_type(None)

    # -- following the account and the store ------------------------------------------------

    def set_account(self, account: AccountInfo) -> None:
        super().set_account(account)
        self.simulate_button.setVisible(account.kind == AccountKind.LOCAL.value)
        self._wanted = None
        self.reload()

    def reload(self) -> None:
        if self.account is not None:
            self._wanted = self._wanted or (self.current.type_id if self.current else None)
            self.types.reload(self.account)

    def on_changes(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.OUTBOX, changes.WORKERS, changes.ACCOUNTS, changes.HITS}:
            self.reload()
            self.requests.reload()
            self.scores.reload()

    def save_state(self) -> None:
        window_settings().setValue("qualifications/splitter", self.splitter.saveState())
        self.scores.table.save_columns()

    def _types_loaded(self, count: int) -> None:
        self.stack.setCurrentIndex(1 if count else 0)
        wanted = self._wanted
        self._wanted = None
        row = self.types.row_of(wanted) if wanted else -1
        if row < 0 and count:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self._chosen()
        else:
            self._show_type(None)

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_type(self.types.item(rows[0].row()) if rows else None)

    def _show_type(self, qtype: quals.QualificationTypeInfo | None) -> None:
        self.current = qtype
        for button in (self.edit_button, self.test_button, self.active_button,
                       self.delete_button, self.refresh_button, self.simulate_button,
                       self.copy_id):
            button.setEnabled(qtype is not None)
        if qtype is None:
            self.heading.setText("")
            self.type_id_label.setText("")
            self.details.show_message(self.tr("Choose a qualification type."))
            self.preview.show_message("")
            return
        self.heading.setText(qtype.name)
        self.type_id_label.setText(qtype.type_id)
        self.active_button.setText(self.tr("Deactivate") if qtype.active
                                   else self.tr("Activate"))
        self.test_button.setText(self.tr("Edit test…") if qtype.has_test
                                 else self.tr("Add a test…"))
        self.test_button.setEnabled(not qtype.auto_granted)
        self.details.show_groups(overview_groups(qtype))
        if qtype.test_xml:
            try:
                self.preview.show_test(parse_question_form(qtype.test_xml),
                                       duration_s=qtype.test_duration_s)
            except TestFormatError as exc:
                self.preview.show_message(
                    self.tr("The test cannot be shown: {error}").format(error=exc))
        else:
            self.preview.show_message(self.tr("No test: workers ask for this qualification and "
                                              "you decide, or it is granted at once."))
        self.tabs.setTabText(REQUESTS, self.tr("Requests ({count})").format(
            count=f"{qtype.pending:,}") if qtype.pending else self.tr("Requests"))
        self.tabs.setTabText(WORKERS, self.tr("Workers ({count})").format(
            count=f"{qtype.holders:,}"))
        if self.account is not None:
            self.requests.set_type(self.account, qtype)
            self.scores.set_type(self.account, qtype)

    def _copy_id(self) -> None:
        if self.current is not None:
            QGuiApplication.clipboard().setText(self.current.type_id)
            self.status_message.emit(self.tr("Copied {id}.").format(id=self.current.type_id))

    def _decided(self, message: str) -> None:
        self.status_message.emit(message + " " + self.tr("Sync sends them."))

    # -- writing (off the GUI thread) -------------------------------------------------------

    def _run(self, title: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.status_message.emit(title + "…")
        self.runner.run(work, on_done=done, on_error=warn(self, title))

    def _saved(self, qtype: quals.QualificationTypeInfo, message: str) -> None:
        """``message`` says what happened to the type, with {name} for its name."""
        self._wanted = qtype.type_id
        self.status_message.emit(message.format(name=qtype.name))
        self.reload()

    def new_type(self) -> None:
        self.open_type_dialog(None)

    def edit_type(self) -> None:
        if self.current is not None:
            self.open_type_dialog(self.current)

    def open_type_dialog(self, existing: quals.QualificationTypeInfo | None
                         ) -> TypeDialog | None:
        """Open the dialog for a new type (or to change ``existing``); saving runs later."""
        if self.account is None:
            return None
        dialog = TypeDialog(existing, self)
        handler = self._create if existing is None else self._update
        dialog.finished.connect(lambda result: handler(dialog, result))
        dialog.open()
        return dialog

    def _create(self, dialog: TypeDialog, result: int) -> None:
        if result != QDialog.DialogCode.Accepted or self.account is None:
            return
        wb, account, spec, review = self.wb, self.account, dialog.spec(), dialog.review_key_xml()

        def work() -> quals.QualificationTypeInfo:
            created = quals.create_type(wb, account, spec)
            if review:
                quals.save_review_key(created.type_id, review)
            return created

        self._run(self.tr("Creating the qualification type"), work,
                  lambda t: self._saved(t, self.tr("Created {name}.")))

    def _update(self, dialog: TypeDialog, result: int) -> None:
        if result != QDialog.DialogCode.Accepted or self.account is None or \
                dialog.existing is None:
            return
        wb, account, type_id = self.wb, self.account, dialog.existing.type_id
        spec, review = dialog.spec(), dialog.review_key_xml()

        def work() -> quals.QualificationTypeInfo:
            updated = quals.update_type(wb, account, type_id, spec)
            quals.save_review_key(type_id, review)
            return updated

        self._run(self.tr("Saving the qualification type"), work,
                  lambda t: self._saved(t, self.tr("Saved {name}.")))

    def edit_test(self) -> None:
        self.open_test_editor()

    def open_test_editor(self) -> TestEditorDialog | None:
        """Open the test editor for the chosen type; saving updates the type later."""
        qtype = self.current
        if qtype is None or qtype.auto_granted:
            return None
        key_xml = qtype.answer_key_xml or quals.review_key(qtype.type_id)
        try:
            test = parse_question_form(qtype.test_xml) if qtype.test_xml else None
            key = parse_answer_key(key_xml) if key_xml and test is not None else None
        except (TestFormatError, AnswerKeyError) as exc:
            QMessageBox.warning(self, self.tr("Edit test"),
                                self.tr("The test cannot be edited here: {error}").format(
                                    error=exc))
            return None
        draft = None
        if test is not None:
            draft, _lost = from_xml(test, key)
            draft.duration_s = qtype.test_duration_s or draft.duration_s
            draft.score_automatically = bool(qtype.answer_key_xml) or key is None
        editor = TestEditorDialog(draft, self,
                                  title=self.tr("Test: {name}").format(name=qtype.name))
        editor.finished.connect(lambda result: self._test_saved(qtype, editor, result))
        editor.open()
        return editor

    def _test_saved(self, qtype: quals.QualificationTypeInfo, editor: TestEditorDialog,
                    result: int) -> None:
        if result != QDialog.DialogCode.Accepted or editor.result_xml is None or \
                self.account is None:
            return
        test_xml, key_xml = editor.result_xml
        automatic = editor.draft.score_automatically
        spec = quals.TypeSpec(
            qtype.name, qtype.description, qtype.keywords, qtype.active, False,
            qtype.auto_granted_value or 1, qtype.retry_delay_s, test_xml,
            key_xml if automatic else None, editor.draft.duration_s)
        wb, account = self.wb, self.account

        def work() -> quals.QualificationTypeInfo:
            updated = quals.update_type(wb, account, qtype.type_id, spec)
            quals.save_review_key(qtype.type_id, None if automatic else key_xml)
            return updated

        self._run(self.tr("Saving the test"), work,
                  lambda t: self._saved(t, self.tr("Saved the test of {name}.")))

    def toggle_active(self) -> None:
        qtype = self.current
        if qtype is None or self.account is None:
            return
        wb, account = self.wb, self.account
        self._run(self.tr("Changing the status"),
                  lambda: quals.set_active(wb, account, qtype.type_id, not qtype.active),
                  lambda t: self._saved(t, self.tr("Activated {name}.") if t.active
                                        else self.tr("Deactivated {name}.")))

    def delete_type(self, confirmed: bool = False) -> None:
        qtype = self.current
        if qtype is None or self.account is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Delete qualification type"),
                english_plural(self.tr("Delete {name}? %n worker(s) hold it; HITs that require "
                                       "it can no longer be accepted by anyone. MTurk cannot "
                                       "undo this.", "", qtype.holders),
                               qtype.holders).format(name=qtype.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        wb, account = self.wb, self.account

        def done(_result: object) -> None:
            self.status_message.emit(self.tr("Deleted {name}.").format(name=qtype.name))
            self.reload()

        self._run(self.tr("Deleting the qualification type"),
                  lambda: quals.delete_type(wb, account, qtype.type_id), done)

    def refresh_type(self) -> None:
        qtype = self.current
        if qtype is None or self.account is None:
            return
        wb, account = self.wb, self.account
        self._run(self.tr("Fetching from the marketplace"),
                  lambda: quals.pull_type(wb, account, qtype.type_id),
                  lambda t: self._saved(t, self.tr("Refreshed {name}.")))

    def simulate(self, workers: int | None = None) -> None:
        qtype = self.current
        if qtype is None or self.account is None:
            return
        if workers is None:
            workers, ok = QInputDialog.getInt(
                self, self.tr("Simulate workers"),
                self.tr("How many simulated workers ask for {name}?").format(name=qtype.name),
                20, 1, 1000)
            if not ok:
                return
        wb, account, count = self.wb, self.account, workers

        def done(report: Any) -> None:
            self.status_message.emit(report.summary + ".")
            self._wanted = qtype.type_id
            self.reload()
            self.requests.reload()
            self.scores.reload()

        self.context.start_task(
            self.tr("Simulated workers asking for {name}").format(name=qtype.name),
            lambda progress, cancel: simulate_requests(wb, account, qtype.type_id,
                                                       workers=count, progress=progress,
                                                       cancel=cancel),
            done)
