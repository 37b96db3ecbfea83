"""Your own workers, from the window: invite (one, or many from a file), send new links,
set where they live and what they read, revoke access, and the message to send each one.

The same dialog serves a local account (its marketplace) and an endpoint account of a
hosted site (over the site's signed API): it speaks only to a ``Workforce``, on the task
runner, never on the GUI thread. A new sign-in link exists only in this dialog (the site
keeps a hash): each is shown with a ready-to-send message in the worker's language, can be
copied or put in an e-mail, and every link of the session can be exported for a mail merge.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.domain.clock import as_utc
from workbench.models.formatting import local_time
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import (
    MAX_DISPLAY_NAME,
    AccountInfo,
    display_name,
    set_display_name,
)
from workbench.services.context import Workbench
from workbench.services.invitation_messages import InvitationMessage
from workbench.services.workforce import InvitedWorker, Workforce

LinkBase = Callable[[], tuple[str, bool]]  # (the worker site's address, whether it is open)
NOTE_STYLE = "QLabel { color: palette(mid); }"
ERROR_STYLE = "QLabel { color: #b3261e; }"


def _when(moment: datetime | None) -> str:
    return local_time(as_utc(moment)) if moment is not None else ""


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def place_text(worker: Any) -> str:
    """"Deutschland (DE-BY)", "United States (US), assumed"."""
    from workbench.services.workforce import country_choices
    from workbench.views.widgets.locale_values import ui_language

    name = dict(country_choices(ui_language())).get(worker.country, worker.country)
    text = f"{name} ({worker.locale})"
    if worker.country_assumed:
        return QCoreApplication.translate("WorkerInvitationsDialog", "{place}, assumed").format(
            place=text)
    return text


def language_text(tag: str | None) -> str:
    """"Deutsch (de)", or "—" when not given."""
    if not tag:
        return "—"
    from workbench.services.workforce import language_name
    from workbench.views.widgets.locale_values import ui_language

    return f"{language_name(tag, ui_language())} ({tag})"


class WorkerInvitationsDialog(QDialog):
    """Invite workers (a sign-in link shown once, with the message to send) with their country
    and language; see who is invited, send new links, set a worker's country and language,
    or revoke their access.

    Every operation goes through the workforce service (services.workforce), on the runner.
    """

    changed = Signal()

    def __init__(self, wb: Workbench, account: AccountInfo, runner: TaskRunner,
                 link_base: LinkBase, parent: QWidget | None = None, *,
                 workforce: Workforce | None = None) -> None:
        super().__init__(parent)
        from workbench.services.workforce import workforce_for
        from workbench.views.widgets.locale_values import WorkerLocaleFields

        self.wb = wb
        self.account = account
        self.runner = runner
        self.link_base = link_base
        self.workforce = workforce or workforce_for(wb, account)
        self.link = ""
        self.busy = False
        self.workers: list[Any] = []
        self.issued: list[InvitedWorker] = []  # this session's new links (only here now)
        self.loads = 0  # lists shown so far (the first comes from the runner)
        self.setWindowTitle(self.tr("Workers of {account}").format(account=account.name))
        self.resize(1080, 860)

        # The name workers see is a local account's setting (a hosted site keeps its own).
        self.shown_box = QGroupBox(self.tr("How workers see you"))
        shown_form = QFormLayout(self.shown_box)
        self.display_edit = QLineEdit(display_name(account))
        self.display_edit.setMaxLength(MAX_DISPLAY_NAME)
        self.display_edit.setAccessibleName(self.tr("Your name on the worker site"))
        self.display_edit.returnPressed.connect(self.save_display_name)
        self.display_button = QPushButton(self.tr("Save name"))
        self.display_button.clicked.connect(self.save_display_name)
        shown_row = QHBoxLayout()
        shown_row.addWidget(self.display_edit, 1)
        shown_row.addWidget(self.display_button)
        shown_label = QLabel(self.tr("Your name:"))
        shown_label.setBuddy(self.display_edit)
        shown_form.addRow(shown_label, shown_row)
        shown_note = QLabel(self.tr("Shown on the worker site beside your HITs, "
                                    "qualifications and messages, e.g. your lab or company."))
        shown_note.setWordWrap(True)
        shown_form.addRow(shown_note)
        self.shown_box.setVisible(account.kind == "local" and bool(account.requester_id))

        invite_box = QGroupBox(self.tr("Invite a worker"))
        form = QFormLayout(invite_box)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Maria Lopez"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(200)
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("e.g. maria@example.org (optional)"))
        self.email_edit.setAccessibleName(self.tr("E-mail address"))
        self.email_edit.setMaxLength(254)
        self.locale_fields = WorkerLocaleFields()
        self.invite_button = QPushButton(self.tr("Invite"))
        self.invite_button.setDefault(True)
        self.invite_button.clicked.connect(self.invite)
        self.file_button = QPushButton(self.tr("Invite from a file…"))
        self.file_button.setToolTip(self.tr(
            "Invite every worker of a CSV or Excel file with columns name, email, country, "
            "language (and optionally subdivision)"))
        self.file_button.clicked.connect(self.invite_from_file)
        for line in (self.name_edit, self.email_edit):
            line.returnPressed.connect(self.invite)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.file_button)
        form.addRow(self.tr("Name:"), name_row)
        form.addRow(self.tr("E-mail:"), self.email_edit)
        locale_row = QHBoxLayout()
        locale_row.addWidget(self.locale_fields, 1)
        locale_row.addWidget(self.invite_button)
        locale_label = QLabel(self.tr("Lives in, reads:"))
        locale_label.setBuddy(self.locale_fields.country)
        form.addRow(locale_label, locale_row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        form.addRow(self.note)

        message_box = QGroupBox(self.tr("Message to send"))
        message_form = QFormLayout(message_box)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Message for"))
        self.recipient.setMinimumContentsLength(30)
        self.recipient.currentIndexChanged.connect(lambda _index: self._show_message())
        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText(self.tr("your name or your team's (optional)"))
        self.sender_edit.setAccessibleName(self.tr("From"))
        self.sender_edit.setMaxLength(100)
        self.sender_edit.textChanged.connect(lambda _text: self._show_message())
        who_row = QHBoxLayout()
        who_row.addWidget(self.recipient, 3)
        from_label = QLabel(self.tr("From:"))
        from_label.setBuddy(self.sender_edit)
        who_row.addWidget(from_label)
        who_row.addWidget(self.sender_edit, 2)
        for_label = QLabel(self.tr("For:"))
        for_label.setBuddy(self.recipient)
        message_form.addRow(for_label, who_row)
        self.link_edit = QLineEdit()
        self.link_edit.setReadOnly(True)
        self.link_edit.setAccessibleName(self.tr("Sign-in link"))
        self.copy_link_button = QPushButton(self.tr("Copy link"))
        self.copy_link_button.clicked.connect(self.copy_link)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_edit, 1)
        link_row.addWidget(self.copy_link_button)
        link_label = QLabel(self.tr("Sign-in link:"))
        link_label.setBuddy(self.link_edit)
        message_form.addRow(link_label, link_row)
        self.subject_edit = QLineEdit()
        self.subject_edit.setReadOnly(True)
        self.subject_edit.setAccessibleName(self.tr("Subject"))
        self.copy_subject_button = QPushButton(self.tr("Copy subject"))
        self.copy_subject_button.clicked.connect(self.copy_subject)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject_edit, 1)
        subject_row.addWidget(self.copy_subject_button)
        subject_label = QLabel(self.tr("Subject:"))
        subject_label.setBuddy(self.subject_edit)
        message_form.addRow(subject_label, subject_row)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setReadOnly(True)
        self.body_edit.setAccessibleName(self.tr("Message"))
        self.body_edit.setPlaceholderText(self.tr(
            "Invite a worker, or send an invited worker a new link: the message to send them "
            "appears here, in their language."))
        # The whole message of a long-named sender fits without scrolling.
        self.body_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 13 + 12)
        message_form.addRow(self.body_edit)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet(NOTE_STYLE)
        message_form.addRow(self.language_note)
        actions = QHBoxLayout()
        self.copy_message_button = QPushButton(self.tr("Copy message"))
        self.copy_message_button.setToolTip(self.tr("Copy the message's text (the subject is "
                                                    "above it)"))
        self.copy_message_button.clicked.connect(self.copy_message)
        self.email_button = QPushButton(self.tr("Write e-mail…"))
        self.email_button.setToolTip(self.tr("Open your e-mail program with this message to "
                                             "the worker's address"))
        self.email_button.clicked.connect(self.write_email)
        self.export_button = QPushButton(self.tr("Export links…"))
        self.export_button.setToolTip(self.tr(
            "Save every link made here, with its message, as a CSV for a mail merge (readable "
            "by you only)"))
        self.export_button.clicked.connect(self.export_links)
        actions.addWidget(self.copy_message_button)
        actions.addWidget(self.email_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        message_form.addRow(actions)

        workers_box = QGroupBox(self.tr("Invited workers"))
        workers_layout = QVBoxLayout(workers_box)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Worker"), self.tr("Name"), self.tr("Country"), self.tr("Language"),
            self.tr("Invited"), self.tr("Last sign-in"), self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Invited workers"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        workers_layout.addWidget(self.table)
        row = QHBoxLayout()
        self.show_revoked = QPushButton(self.tr("Show revoked"))
        self.show_revoked.setCheckable(True)
        self.show_revoked.toggled.connect(lambda _on: self.reload())
        self.resend_button = QPushButton(self.tr("Send a new link"))
        self.resend_button.setToolTip(self.tr("Make a new sign-in link for the selected workers "
                                              "(a revoked worker is invited again); their "
                                              "earlier links stop working"))
        self.resend_button.setEnabled(False)
        self.resend_button.clicked.connect(self.resend_selected)
        self.edit_button = QPushButton(self.tr("Set country and language…"))
        self.edit_button.setToolTip(self.tr("Where the selected worker lives (what a HIT's "
                                            "Location requirement compares) and what they "
                                            "read"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_selected)
        self.revoke_button = QPushButton(self.tr("Revoke access"))
        self.revoke_button.setToolTip(self.tr("Their link stops working and they are signed "
                                              "out; invite them again for a new link"))
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self.revoke_selected)
        row.addWidget(self.show_revoked)
        row.addStretch(1)
        row.addWidget(self.resend_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.revoke_button)
        workers_layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.shown_box)
        layout.addWidget(invite_box)
        layout.addWidget(message_box)
        layout.addWidget(workers_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show_note()
        self._show_message()
        self.reload()

    # -- the note and the message --------------------------------------------------------------

    def _show_note(self) -> None:
        base, open_now = self.link_base()
        if self.issued:
            self.note.setText(self.tr(
                "Send each worker their link: it is shown only here, now (only a hash of it is "
                "kept). Inviting the same worker again makes a new link."))
        elif open_now:
            self.note.setText(self.tr("Links point at {url}, where the worker site is open "
                                      "now.").format(url=base))
        else:
            self.note.setText(self.tr(
                "The worker site is not open yet: links will point at {url}, which works once "
                "you switch on \"Open to my workers\".").format(url=base))

    def message_for(self, invited: InvitedWorker) -> InvitationMessage:
        """The ready-to-send message for a new link, in the worker's language if it can be."""
        from workbench.services.invitation_messages import invitation_message
        from workbench.views.workers.languages import translator_for

        base = None if invited.site_url else self.link_base()[0]
        return invitation_message(invited, invited.link(base),
                                  sender=self.sender_edit.text(), translator_for=translator_for)

    def current_message(self) -> InvitationMessage | None:
        index = self.recipient.currentIndex()
        if not self.issued or not 0 <= index < len(self.issued):
            return None
        return self.message_for(self.issued[index])

    def _show_message(self) -> None:
        message = self.current_message()
        for button in (self.copy_link_button, self.copy_subject_button,
                       self.copy_message_button, self.export_button):
            button.setEnabled(message is not None)
        self.recipient.setEnabled(message is not None)
        if message is None:
            self.link = ""
            for edit in (self.link_edit, self.subject_edit):
                edit.clear()
            self.body_edit.clear()
            self.language_note.setText("")
            self.email_button.setEnabled(False)
            return
        self.link = message.link
        self.link_edit.setText(message.link)
        self.link_edit.setCursorPosition(0)
        self.subject_edit.setText(message.subject)
        self.subject_edit.setCursorPosition(0)
        self.body_edit.setPlainText(message.body)
        worker = message.invited.worker
        self.email_button.setEnabled(bool(worker.email))
        wanted = (worker.language or "en").split("-")[0].lower()
        if message.language == wanted:
            self.language_note.setText(self.tr("In {language}, the worker's language.").format(
                language=language_text(message.language)))
        else:
            self.language_note.setText(self.tr(
                "In English: there is no {language} translation of the message.").format(
                    language=language_text(worker.language)))

    def _add_issued(self, issued: list[InvitedWorker]) -> None:
        """Show new links: the first of them in the message panel."""
        first = len(self.issued)
        self.issued.extend(issued)
        self.recipient.blockSignals(True)
        for invited in issued:
            worker = invited.worker
            label = f"{worker.name} ({worker.worker_id})" if worker.name else worker.worker_id
            self.recipient.addItem(label, worker.worker_id)
        self.recipient.setCurrentIndex(first)
        self.recipient.blockSignals(False)
        self._show_message()
        self._show_note()

    # -- running work --------------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        for button in (self.invite_button, self.file_button, self.edit_button,
                       self.revoke_button, self.resend_button):
            button.setEnabled(False)

        def settle() -> None:
            self.busy = False
            self.invite_button.setEnabled(True)
            self.file_button.setEnabled(True)
            self._selection_changed()

        def finished(result: Any) -> None:
            if not self.alive():
                return  # closed (and deleted) while the work ran
            settle()
            done(result)

        def failed(error: BaseException) -> None:
            if not self.alive():
                return
            settle()
            from workbench.services.workforce import InvitedInPart

            if isinstance(error, InvitedInPart):  # those invited must not lose their links
                self._add_issued(error.issued)
                self.reload()
            self._say(_sentence(str(error)), error=True)

        if self.runner.run(work, on_done=finished, on_error=failed) is None:
            settle()

    # -- inviting ------------------------------------------------------------------------------

    def invite(self) -> None:
        if self.busy:
            return
        from workbench.services.workforce import invite_worker

        name, email = self.name_edit.text().strip(), self.email_edit.text().strip()
        fields = self.locale_fields
        country, subdivision, language = (fields.country_code(), fields.subdivision_code(),
                                          fields.language_tag())
        requester = self.account.requester_id
        workforce = self.workforce

        def done(issued: InvitedWorker) -> None:
            self._add_issued([issued])
            worker = issued.worker
            self._say(self.tr("Invited {who} as {worker}, in {place}.").format(
                who=worker.name or worker.worker_id, worker=worker.worker_id,
                place=place_text(worker)))
            self.name_edit.clear()
            self.email_edit.clear()
            self.changed.emit()
            self.reload()

        self._run(lambda: invite_worker(workforce, name=name, email=email, country=country,
                                        subdivision=subdivision, language=language,
                                        invited_by=requester), done)

    def save_display_name(self) -> None:
        if self.busy:
            return
        wb, name, shown = self.wb, self.account.name, self.display_edit.text()

        def done(account: AccountInfo) -> None:
            self.account = account
            self.display_edit.setText(display_name(account))
            self._say(self.tr("Workers now see you as {name}.").format(
                name=display_name(account)))

        self._run(lambda: set_display_name(wb, name, shown), done)

    def invite_from_file(self) -> None:
        """Choose a file of workers, check every row, confirm, then invite them all."""
        if self.busy:
            return
        from workbench.views.widgets.file_dialogs import open_file_name

        path, _chosen = open_file_name(
            self, self.tr("Invite workers from a file"), "",
            self.tr("Worker lists (*.csv *.xlsx *.xls *.tsv *.txt);;All files (*)"))
        if path:
            self.invite_file(path)

    def invite_file(self, path: str) -> None:
        """Read ``path`` (off the GUI thread); ask before inviting its workers."""
        from workbench.services.workforce import read_workers_csv

        def ask(workers: list[Any]) -> None:
            question = self.tr(
                "Invite the worker of {file}? They get a new sign-in link, shown here with the "
                "message to send.") if len(workers) == 1 else self.tr(
                "Invite the {count} workers of {file}? Each gets a new sign-in link, shown here "
                "with the message to send.")
            answer = QMessageBox.question(
                self, self.tr("Invite workers"),
                question.format(count=len(workers), file=Path(path).name))
            if answer == QMessageBox.StandardButton.Yes:
                self._invite_many(workers, Path(path).name)

        self._run(lambda: read_workers_csv(path), ask)

    def _invite_many(self, workers: list[Any], source: str) -> None:
        from workbench.services.workforce import invite_workers

        requester = self.account.requester_id
        workforce = self.workforce

        def done(issued: list[InvitedWorker]) -> None:
            self._add_issued(issued)
            self._say((self.tr("Invited the worker of {file}.") if len(issued) == 1 else self.tr(
                "Invited {count} workers from {file}. \"Export links…\" saves every link with "
                "its message for a mail merge.")).format(count=len(issued), file=source))
            self.changed.emit()
            self.reload()

        self._run(lambda: invite_workers(workforce, workers, invited_by=requester), done)

    def resend_selected(self) -> None:
        """New links for the selected workers, after asking (their old links stop working)."""
        chosen = self.selected_workers(include_revoked=True)
        if not chosen or self.busy:
            return
        answer = QMessageBox.question(
            self, self.tr("Send new links"),
            self.tr("Make new sign-in links for {workers}? Their current links stop "
                    "working.").format(workers=", ".join(chosen[:10])
                                       + (" …" if len(chosen) > 10 else "")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from workbench.services.workforce import resend_invitations

        workforce = self.workforce

        def done(issued: list[InvitedWorker]) -> None:
            self._add_issued(issued)
            self._say(self.tr("New links for {workers}: send each its message below.").format(
                workers=", ".join(i.worker.worker_id for i in issued[:10])))
            self.changed.emit()
            self.reload()

        self._run(lambda: resend_invitations(workforce, chosen), done)

    # -- the message's actions -----------------------------------------------------------------

    def copy_link(self) -> None:
        if self.link:
            QGuiApplication.clipboard().setText(self.link)
            self._say(self.tr("The sign-in link is copied."))

    def copy_subject(self) -> None:
        message = self.current_message()
        if message is not None:
            QGuiApplication.clipboard().setText(message.subject)
            self._say(self.tr("The subject is copied."))

    def copy_message(self) -> None:
        message = self.current_message()
        if message is not None:
            QGuiApplication.clipboard().setText(message.body)
            self._say(self.tr("The message is copied: paste it into your e-mail or chat."))

    def mail_url(self) -> QUrl | None:
        """A ``mailto:`` address with the subject and message filled in."""
        message = self.current_message()
        if message is None or not message.invited.worker.email:
            return None
        query = f"subject={quote(message.subject)}&body={quote(message.body)}"
        return QUrl(f"mailto:{quote(message.invited.worker.email, safe='@')}?{query}")

    def write_email(self) -> None:
        url = self.mail_url()
        if url is not None and not QDesktopServices.openUrl(url):
            self._say(self.tr("No e-mail program opened: copy the message instead."),
                      error=True)

    def export_links(self) -> None:
        """Save every link made in this dialog, with its message, as a CSV (off the GUI thread)."""
        if not self.issued or self.busy:
            return
        from workbench.views.widgets.file_dialogs import save_file_name

        path, _chosen = save_file_name(self, self.tr("Export links"), "worker-links.csv",
                                       self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        from workbench.services.invitation_messages import write_links_csv

        messages = [self.message_for(invited) for invited in self.issued]

        def done(target: Path) -> None:
            self._say((self.tr(
                "Saved the link with its message to {file} (readable by you only: the link "
                "signs a worker in).") if len(messages) == 1 else self.tr(
                "Saved {count} links with their messages to {file} (readable by you only: the "
                "links sign workers in).")).format(count=len(messages), file=str(target)))

        self._run(lambda: write_links_csv(path, messages), done)

    # -- the list ------------------------------------------------------------------------------

    def reload(self) -> None:
        from workbench.services.workforce import list_workers

        workforce = self.workforce
        include = self.show_revoked.isChecked()
        self.runner.run(lambda: list_workers(workforce, include_revoked=include),
                        on_done=self._fill,
                        on_error=lambda error: self._say(_sentence(str(error)), error=True))

    def alive(self) -> bool:
        """Whether the dialog still exists (it is deleted when closed)."""
        return isValid(self) and isValid(self.table)

    def _fill(self, workers: list[Any]) -> None:
        if not self.alive():
            return
        self.workers = list(workers)
        self.loads += 1
        self.table.setRowCount(len(workers))
        assumed = self.tr("Invited before a country could be given: counted as in the US "
                          "until you set it")
        for number, worker in enumerate(workers):
            status = {"invited": self.tr("Invited"), "signed in": self.tr("Signed in")}.get(
                worker.state) or self.tr("Revoked {when}").format(when=_when(worker.revoked_at))
            cells = (worker.worker_id, worker.name, place_text(worker),
                     language_text(worker.language), _when(worker.invited_at),
                     _when(worker.last_sign_in), status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, worker.worker_id)
                item.setData(Qt.ItemDataRole.UserRole + 1, worker.active)
                if column == 0:
                    item.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
                if column == 2 and worker.country_assumed:
                    item.setToolTip(assumed)
                    item.setForeground(QColor("#8a5300"))
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        # Long names and country names wrap rather than push the status out of sight.
        for column, widest in ((1, 190), (2, 200), (3, 130)):
            self.table.setColumnWidth(column, min(widest, self.table.columnWidth(column)))
        self.table.resizeRowsToContents()
        self._selection_changed()

    def selected_workers(self, *, include_revoked: bool = False) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        found = []
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None and (include_revoked or item.data(Qt.ItemDataRole.UserRole + 1)):
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def _selection_changed(self) -> None:
        chosen = self.selected_workers()
        self.revoke_button.setEnabled(bool(chosen) and not self.busy)
        self.edit_button.setEnabled(len(chosen) == 1 and not self.busy)
        self.resend_button.setEnabled(bool(self.selected_workers(include_revoked=True))
                                      and not self.busy)

    def edit_selected(self) -> Any:
        """Open the country-and-language dialog for the selected worker; saving sets them."""
        chosen = self.selected_workers()
        worker = next((w for w in self.workers if chosen and w.worker_id == chosen[0]), None)
        if worker is None or self.busy:
            return None
        from workbench.views.workers.dialogs import WorkerProfileDialog

        dialog = WorkerProfileDialog(worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_profile(worker.worker_id, dialog.values()))
        dialog.open()
        return dialog

    def _save_profile(self, worker_id: str, values: dict[str, Any]) -> None:
        from workbench.services.workforce import set_worker_profile

        workforce = self.workforce

        def done(worker: Any) -> None:
            self._say(self.tr("{who} now lives in {place} and reads {language}.").format(
                who=worker.name or worker.worker_id, place=place_text(worker),
                language=language_text(worker.language)))
            self.changed.emit()
            self.reload()

        self._run(lambda: set_worker_profile(workforce, worker_id, **values), done)

    def revoke_selected(self) -> None:
        workers = self.selected_workers()
        if not workers or self.busy:
            return
        from workbench.services.workforce import revoke_workers

        workforce = self.workforce

        def done(_result: Any) -> None:
            self._say(self.tr("Revoked access for {workers}; they are signed out.").format(
                workers=", ".join(workers)))
            self.changed.emit()
            self.reload()

        self._run(lambda: revoke_workers(workforce, workers), done)

    def _say(self, text: str, *, error: bool = False) -> None:
        if not self.alive():
            return
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
