"""A message to selected workers, one worker's history of assignments with you, and where one
of your own workers lives and what they read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.models.review import english_plural
from workbench.models.tables import AssignmentTableModel
from workbench.services.workforce import (
    Worker,
    WorkforceError,
    country_code,
    email_address,
    language_tag,
    subdivision_code,
    worker_name,
)
from workbench.views.review.dialogs import ERROR_STYLE, NOTE_STYLE, _label
from workbench.views.widgets.locale_values import WorkerLocaleFields
from workbench.views.widgets.table_view import DataTableView

ASSUMED_STYLE = "color: #8a5300; background: #fff4d6; padding: 6px; border-radius: 4px;"
MAX_SUBJECT = 200
MAX_MESSAGE = 4096
CHUNK = 100


class MessageDialog(QDialog):
    """Subject and message to some workers; sent in chunks of 100, as MTurk requires."""

    def __init__(self, worker_ids: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker_ids = list(worker_ids)
        self.setWindowTitle(self.tr("Message workers"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        count = len(self.worker_ids)
        shown = ", ".join(self.worker_ids[:5]) + (" …" if count > 5 else "")
        chunks = (count + CHUNK - 1) // CHUNK
        to = english_plural(self.tr("To %n worker(s): {workers}", "", count), count)
        layout.addWidget(_label(to.format(workers=shown)))
        if chunks > 1:
            layout.addWidget(_label(self.tr("Sent as {chunks} messages of at most {size} "
                                            "workers each; whoever cannot be reached is listed "
                                            "afterwards.").format(chunks=chunks, size=CHUNK),
                                    NOTE_STYLE))
        form = QFormLayout()
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setMaxLength(MAX_SUBJECT + 50)  # over the limit is said, not cut
        self.message = QPlainTextEdit()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTabChangesFocus(True)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Message"), self.message)
        layout.addLayout(form)
        self.counts = _label("", NOTE_STYLE)
        layout.addWidget(self.counts)
        self.problem = _label("", ERROR_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(self.tr("Queue message"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.subject.textChanged.connect(self._validate)
        self.message.textChanged.connect(self._validate)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self._accept)
        self._validate()

    def subject_text(self) -> str:
        return self.subject.text().strip()

    def message_text(self) -> str:
        return self.message.toPlainText().strip()

    def problem_text(self) -> str:
        if not self.worker_ids:
            return self.tr("Select the workers to write to first.")
        if not self.subject_text():
            return self.tr("Write a subject.")
        if len(self.subject_text()) > MAX_SUBJECT:
            return self.tr("The subject is limited to {limit} characters.").format(
                limit=MAX_SUBJECT)
        if not self.message_text():
            return self.tr("Write a message.")
        if len(self.message_text()) > MAX_MESSAGE:
            return self.tr("The message is limited to {limit} characters.").format(
                limit=f"{MAX_MESSAGE:,}")
        return ""

    def _validate(self) -> None:
        self.counts.setText(self.tr("Subject {subject}/{subject_limit} · message "
                                    "{message}/{message_limit} characters").format(
            subject=len(self.subject_text()), subject_limit=MAX_SUBJECT,
            message=f"{len(self.message_text()):,}", message_limit=f"{MAX_MESSAGE:,}"))
        problem = self.problem_text()
        self.problem.setText(problem)
        self.confirm.setEnabled(not problem)

    def _accept(self) -> None:
        if not self.problem_text():
            self.accept()


class HistoryDialog(QDialog):
    """Every assignment a worker did for the account, newest first, with their record."""

    def __init__(self, model: AssignmentTableModel, account_id: int, worker_id: str,
                 record_lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {worker}").format(worker=worker_id))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        title = QLabel(worker_id)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(_label(" · ".join(record_lines), NOTE_STYLE))
        # The model outlives the dialog (the page owns it): its loads may still be under way.
        self.model = model
        self.table = DataTableView("worker_history")
        self.table.setModel(self.model)
        self.table.user_filters = ()  # the worker shown is not a filter
        self.table.set_empty_text(self.tr("No work from this worker in this account."))
        self.table.setAccessibleName(self.tr("Assignments of {worker}").format(worker=worker_id))
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.model.loaded.connect(lambda n: self.count.setText(
            english_plural(self.tr("%n assignment(s)", "", n), n)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.model.set_request(self.model.request.with_filter(account_id=account_id,
                                                              worker=worker_id))


class WorkerProfileDialog(QDialog):
    """Set an invited worker's country, state or region, language, name and e-mail address."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(self.tr("Country and language of {worker}").format(
            worker=worker.name or worker.worker_id))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        if worker.country_assumed:
            layout.addWidget(_label(self.tr(
                "{worker} was invited before a country could be given and is counted as in "
                "the US. Choose where they live: HITs that require a location compare it."
            ).format(worker=worker.name or worker.worker_id), ASSUMED_STYLE))
        form = QFormLayout()
        self.name = QLineEdit(worker.name)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(200)
        self.email = QLineEdit(worker.email or "")
        self.email.setAccessibleName(self.tr("E-mail address"))
        self.email.setPlaceholderText(self.tr("e.g. maria@example.org"))
        self.place = WorkerLocaleFields()
        self.place.set_values("" if worker.country_assumed else worker.country,
                               worker.subdivision, worker.language)
        form.addRow(self.tr("Worker"), _label(worker.worker_id))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Country, region, language"), self.place)
        layout.addLayout(form)
        self.problem = _label("", ERROR_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.place.changed.connect(lambda: self.problem.setText(""))

    def values(self) -> dict[str, str | None]:
        """What to set, checked: name, email, country, subdivision, language (codes)."""
        country = country_code(self.place.country_code())
        return {"name": worker_name(self.name.text()),
                "email": email_address(self.email.text()) or "",
                "country": country,
                "subdivision": subdivision_code(country, self.place.subdivision_code()) or "",
                "language": language_tag(self.place.language_tag()) or ""}

    def _accept(self) -> None:
        try:
            self.values()
        except WorkforceError as exc:
            self.problem.setText(str(exc)[:1].upper() + str(exc)[1:] + ".")
            return
        self.accept()
