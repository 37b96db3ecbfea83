"""The Batches page: every batch with its progress; publish a new one, resume or repeat one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.clock import format_duration
from workbench.domain.money import format_dollars
from workbench.models import changes
from workbench.models.batches import BatchTableModel
from workbench.models.formatting import local_time, plural
from workbench.services.accounts import AccountInfo
from workbench.services.batches import BatchDetails, batch_details, batch_draft, batch_row_page
from workbench.services.publish import DEFAULT_CONCURRENCY, PublishReport, publish_batch
from workbench.services.tables_batches import BATCH_STATES
from workbench.views.pages.base import Page, PageContext
from workbench.views.settings import load_bytes, window_settings
from workbench.views.widgets.details import DetailsView
from workbench.views.widgets.empty_state import EmptyState
from workbench.views.widgets.table_view import DataTableView

NOTHING_SELECTED = str(QT_TRANSLATE_NOOP("BatchesPage",
                                     "Select a batch to see its properties, cost and progress."))
# Stored batch states and origins, translated when shown (the stored codes stay as they are).
_STATES = (str(QT_TRANSLATE_NOOP("BatchState", "draft")),
           str(QT_TRANSLATE_NOOP("BatchState", "publishing")),
           str(QT_TRANSLATE_NOOP("BatchState", "published")))
_ORIGINS = (str(QT_TRANSLATE_NOOP("BatchOrigin", "publish")),
            str(QT_TRANSLATE_NOOP("BatchOrigin", "import")),
            str(QT_TRANSLATE_NOOP("BatchOrigin", "demo")))


def state_label(state: str) -> str:
    """A stored batch state ("published") as the user reads it."""
    return QCoreApplication.translate("BatchState", state)


def origin_label(origin: str) -> str:
    """How a batch was made ("publish", "import", "demo") as the user reads it."""
    return QCoreApplication.translate("BatchOrigin", origin)


def describe_requirements(requirements: list[dict[str, Any]]) -> list[tuple[str, str]]:
    from workbench.domain.qualifications import SYSTEM_QUALIFICATION_NAMES
    from workbench.views.widgets.requirement_editor import choice_text, comparator_name

    pairs = []
    for requirement in requirements:
        qid = str(requirement.get("QualificationTypeId", ""))
        values = [str(v) for v in requirement.get("IntegerValues") or []] or [
            str(v.get("Country", "")) + (f"-{v['Subdivision']}" if v.get("Subdivision") else "")
            for v in requirement.get("LocaleValues") or []]
        name = SYSTEM_QUALIFICATION_NAMES.get(qid)
        comparator = str(requirement.get("Comparator", ""))
        pairs.append((choice_text(name) if name else qid,
                      f"{comparator_name(comparator)} {', '.join(values)}".strip()))
    return pairs


class BatchesPage(Page):
    """Batches of the account; a new batch through the publish wizard; templates designed here."""

    title = "Batches"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = BatchTableModel(self.wb, self.runner, self)
        self.windows: list[QWidget] = []
        self._shown: int | None = None
        self._details: BatchDetails | None = None

        bar = QHBoxLayout()
        bar.addWidget(self.make_search(self.tr("Search batches: name or title (Ctrl+F)"),
                                       self._filter))
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All states"), "")
        for state in BATCH_STATES:
            self.state_filter.addItem(state_label(state).capitalize(), state)
        self.state_filter.setAccessibleName(self.tr("Filter by state"))
        self.state_filter.currentIndexChanged.connect(self._filter)
        bar.addWidget(self.state_filter)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        bar.addStretch()
        self.new_button = QPushButton(self.tr("New batch…"))
        self.new_button.setToolTip(self.tr("Publish a batch: template, input file, preview, "
                                           "cost, publish (Ctrl+N)"))
        self.new_button.setDefault(True)
        self.designer_button = QPushButton(self.tr("Template designer…"))
        self.resume_button = QPushButton(self.tr("Resume publishing"))
        self.resume_button.setToolTip(self.tr("Create the HITs of the selected batch not "
                                              "created yet; each row's HIT is made exactly "
                                              "once"))
        self.again_button = QPushButton(self.tr("Publish again…"))
        self.again_button.setToolTip(self.tr("The selected batch's page, rows and properties "
                                             "as a new batch"))
        # A Prolific account's batch is worked through a study: its window has the controls.
        self.study_button = QPushButton(self.tr("Prolific study…"))
        self.study_button.setToolTip(self.tr("The selected batch's study on Prolific: pause, "
                                             "resume, add places, stop; its submissions"))
        for button, handler in ((self.new_button, self.new_batch),
                                (self.designer_button, self.open_designer),
                                (self.resume_button, self.resume),
                                (self.again_button, self.publish_again),
                                (self.study_button, self.open_study)):
            button.clicked.connect(handler)
            bar.addWidget(button)
        self.resume_button.setEnabled(False)
        self.again_button.setEnabled(False)
        self.study_button.setEnabled(False)  # until a batch is chosen
        self.study_button.setVisible(False)

        self.table = DataTableView("batches")
        self.table.setModel(self.model)
        self.table.setSelectionMode(DataTableView.SelectionMode.SingleSelection)
        self.details = DetailsView()
        self.details.show_message(self.tr(NOTHING_SELECTED))
        self.money = DetailsView()
        details_tab = QSplitter(Qt.Orientation.Horizontal)
        details_tab.addWidget(self.details)
        details_tab.addWidget(self.money)
        details_tab.setSizes([560, 520])
        self.row_spin = QSpinBox()
        self.row_spin.setPrefix(self.tr("Row "))
        self.row_spin.setAccessibleName(self.tr("Input row to preview"))
        self.row_spin.setMinimum(1)
        self.row_spin.valueChanged.connect(self._show_row)
        self.preview_holder = QVBoxLayout()
        preview_tab = QWidget()
        preview_layout = QVBoxLayout(preview_tab)
        preview_layout.addWidget(self.row_spin, 0, Qt.AlignmentFlag.AlignLeft)
        preview_layout.addLayout(self.preview_holder, 1)
        self.preview: Any = None
        self.tabs = QTabWidget()
        self.tabs.addTab(details_tab, self.tr("Details"))
        self.tabs.addTab(preview_tab, self.tr("Row preview"))
        self.tabs.currentChanged.connect(lambda _i: self._show_row(self.row_spin.value()))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setSizes([360, 380])
        self.empty = EmptyState(
            self.tr("No batches yet"),
            self.tr("A batch is one HIT per row of an input file, made from a task template. "
                    "Start from a preset (image classification, sentiment, survey link, "
                    "transcription, data verification), design your own, or import an MTurk "
                    "template."),
            [(self.tr("Publish a batch…"), self.new_batch),
             (self.tr("Open the template designer"), self.open_designer)])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._restore()

        new_action = QAction(self.tr("New batch"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_batch)
        self.addAction(new_action)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(
            lambda m: self.status_message.emit(self.tr("Could not load batches: {error}")
                                               .format(error=m)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- state --------------------------------------------------------------------------------

    def set_account(self, account: AccountInfo) -> None:
        super().set_account(account)
        self.study_button.setVisible(account.kind == "prolific")
        self._shown = None
        self.details.show_message(self.tr(NOTHING_SELECTED))
        self._filter()

    def _filter(self) -> None:
        if self.account is None:
            return
        self.model.set_request(self.model.request.with_filter(
            account_id=self.account.id, search=self.search.text() if self.search else "",
            state=self.state_filter.currentData()))

    def on_changes(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.BATCHES, changes.HITS, changes.ASSIGNMENTS}:
            self.model.refresh()
            if self._shown is not None:
                self._show_details(self._shown)

    def _loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("1 batch") if count == 1 else
                                 self.tr("{count} batches").format(count=f"{count:,}"))
        filtered = bool(self.model.request.filters.get("search")
                        or self.model.request.filters.get("state"))
        self.stack.setCurrentWidget(self.empty if count == 0 and not filtered
                                    else self.splitter)

    def save_state(self) -> None:
        window_settings().setValue("batches/splitter", self.splitter.saveState())
        self.table.save_columns()

    def _restore(self) -> None:
        state = load_bytes(window_settings(), "batches/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    # -- selection ----------------------------------------------------------------------------

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        ids = self.table.selected_ids()
        if ids:
            self._show_details(ids[0])
        else:
            self._shown = None
            self._details = None
            self.details.show_message(self.tr(NOTHING_SELECTED))
            self.money.show_message("")
            self._update_buttons()

    def _show_details(self, batch_id: int) -> None:
        self._shown = batch_id
        wb, account = self.wb, self.account

        def load() -> tuple[BatchDetails | None, Any]:
            details = batch_details(wb, batch_id)
            if account is None or account.kind != "prolific" or details is None:
                return details, None
            from workbench.services.prolific import study_for_batch

            # A Prolific batch costs what its study does: the HITs' own reward is a share.
            return details, study_for_batch(wb, account, batch_id) or False

        self.runner.run(load, on_done=lambda found: self._details_loaded(batch_id, *found))

    def _details_loaded(self, batch_id: int, details: BatchDetails | None,
                        study: Any = None) -> None:
        if batch_id != self._shown:
            return
        self._details = details
        self._update_buttons()
        if details is None:
            self.details.show_message(self.tr("This batch is no longer in the store."))
            return
        groups = self._groups(details, study)
        self.details.show_groups(groups[:1])
        self.money.show_groups(groups[1:])
        self.row_spin.blockSignals(True)
        self.row_spin.setMaximum(max(1, details.rows))
        self.row_spin.setSuffix(self.tr(" of {count}").format(count=f"{details.rows:,}"))
        self.row_spin.blockSignals(False)
        self._show_row(self.row_spin.value())

    def _study_group(self, study: Any) -> tuple[str, list[tuple[str, str]]]:
        """A Prolific batch's money: its study's places, reward and total with the fee."""
        if not study:
            return (self.tr("Prolific study"), [(self.tr("Study"), self.tr(
                "none yet: its HITs are worked only through a study"))])
        from workbench.marketplace.prolific.fees import format_amount, prolific_fee_cents
        from workbench.views.prolific.study_window import status_words

        assert self.account is not None
        rewards = study.reward_cents * study.total_places
        total = rewards + prolific_fee_cents(rewards, self.account.options)
        return (self.tr("Prolific study"), [
            (self.tr("Study"), f"{study.name} — {status_words(study.status)}"),
            (self.tr("Places"), plural(self.tr("{places} places of %n HIT(s) each", "",
                                               study.hits_per_place),
                                       study.hits_per_place).format(
                                           places=f"{study.total_places:,}")),
            (self.tr("Reward"), self.tr("{reward} per participant").format(
                reward=format_amount(study.reward_cents, study.currency))),
            (self.tr("Total, at most"), self.tr("{total} with Prolific's fee").format(
                total=format_amount(total, study.currency)))])

    def _groups(self, d: BatchDetails, study: Any = None
                ) -> list[tuple[str, list[tuple[str, str]]]]:
        """The batch, its cost (its study's, for a Prolific batch), its work."""
        progress = (self.tr("{published} of {rows} HITs published").format(
            published=f"{d.published_rows:,}", rows=f"{d.rows:,}") if d.rows
            else self.tr("{count} HITs").format(count=f"{d.hits:,}"))
        batch = [(self.tr("Name"), d.name),
                 (self.tr("State"), f"{state_label(d.state)} — {progress}"),
                 (self.tr("Made by"), origin_label(d.origin)), (self.tr("Title"), d.title),
                 (self.tr("Description"), d.description),
                 (self.tr("Keywords"), d.keywords or "—"), (self.tr("Template"), d.template or "—"),
                 (self.tr("Input columns"), ", ".join(d.input_columns) or "—"),
                 (self.tr("Created"), local_time(d.created_at)),
                 (self.tr("Published"), local_time(d.published_at) if d.published_at else "—"),
                 (self.tr("HIT type"), d.hit_type_id or "—")]
        groups = [(self.tr("Batch"), batch)]
        if study is not None:
            groups.append(self._study_group(study))
        elif d.props is not None and d.cost is not None:
            cost = d.cost
            money = [
                (self.tr("Reward"), self.tr("{reward} per assignment, %n assignment(s) per HIT", "",
                                  d.props.max_assignments).format(
                                      reward=format_dollars(d.props.reward_cents))),
                (self.tr("Per assignment"), self.tr("{amount} with a {fee} fee").format(
                    amount=format_dollars(cost.per_assignment_cents),
                    fee=format_dollars(cost.fee_cents))),
                (self.tr("Per HIT"), format_dollars(cost.per_hit_cents)),
                (self.tr("Total, at most"), format_dollars(cost.total_cents)),
                (self.tr("Available for"), format_duration(d.props.lifetime_s)),
                (self.tr("Time per assignment"), format_duration(d.props.assignment_duration_s)),
                (self.tr("Auto-approval"), format_duration(d.props.auto_approval_delay_s))]
            if cost.surcharge:
                money.append((self.tr("Surcharge"), self.tr(
                    "10+ assignments: splitting into HITs of 9 would save {amount}").format(
                        amount=format_dollars(cost.split_saving_cents))))
            groups.append((self.tr("Cost"), money))
        work = [(self.tr("Submitted, waiting"), f"{d.submitted:,}"),
                (self.tr("Approved"), f"{d.approved:,}"),
                (self.tr("Rejected"), f"{d.rejected:,}")]
        if d.estimated_task_s:
            work.append((self.tr("Estimated time"), format_duration(d.estimated_task_s)))
        if d.median_work_s is not None:
            shown = format_duration(d.median_work_s)
            if d.props is not None and d.median_work_s > 0 and study is None:
                wage = round(d.props.reward_cents * 3600 / d.median_work_s)
                shown = self.tr("{duration} ({wage} an hour)").format(
                    duration=shown, wage=format_dollars(wage))
            work.append((self.tr("Median work time"), shown))
        groups.append((self.tr("Work"), work))
        if d.requirements:
            groups.append((self.tr("Qualification requirements"),
                           describe_requirements(d.requirements)))
        return groups

    def _update_buttons(self) -> None:
        details = self._details
        self.resume_button.setEnabled(details is not None and details.unfinished)
        self.again_button.setEnabled(details is not None and details.origin != "import"
                                     and details.rows > 0)
        self.study_button.setEnabled(details is not None)

    def _show_row(self, number: int) -> None:
        if self.tabs.currentIndex() != 1 or self._details is None or not self._details.rows:
            return
        if self.preview is None:
            from workbench.views.designer.preview import TaskPreview

            self.preview = TaskPreview()
            self.preview_holder.addWidget(self.preview)
        batch_id = self._details.id
        self.runner.run(lambda: batch_row_page(self.wb, batch_id, number - 1),
                        on_done=lambda page: self.preview.show_task(*page))

    # -- actions --------------------------------------------------------------------------

    def _keep(self, window: QWidget) -> None:
        self.windows = [w for w in self.windows if w.isVisible()]
        self.windows.append(window)
        window.show()

    def new_batch(self) -> None:
        """Open the publish wizard for the current account."""
        if self.account is None:
            return
        from workbench.views.wizard.wizard import PublishWizard

        wizard = PublishWizard(self.context, self.account, self.window())
        wizard.batch_published.connect(self._published)
        self._keep(wizard)

    def open_designer(self) -> None:
        from workbench.views.designer.designer import TemplateDesigner

        designer = TemplateDesigner(self.wb, self.runner, self.window())
        designer.template_saved.connect(lambda info: self.status_message.emit(
            self.tr("Saved template “{name}”, version {version}.").format(
                name=info.name, version=info.version)))
        self._keep(designer)

    def publish_again(self) -> None:
        details, account = self._details, self.account
        if details is None or account is None:
            return
        wb = self.wb

        def opened(draft: Any) -> None:
            from workbench.views.wizard.wizard import PublishWizard

            wizard = PublishWizard(self.context, account, self.window(), draft=draft)
            wizard.batch_published.connect(self._published)
            self._keep(wizard)

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Publish again"), str(error))

        self.runner.run(lambda: batch_draft(wb, details.id), on_done=opened, on_error=failed)

    def resume(self) -> None:
        """Create the rest of an interrupted batch's HITs (each exactly once)."""
        details, account = self._details, self.account
        if details is None or account is None or not details.unfinished:
            return
        if account.moves_real_money and QMessageBox.question(
                self, self.tr("Spend real money?"),
                self.tr("{account} is a real MTurk account: publish the remaining {count} HITs "
                        "of “{batch}”?").format(
                    account=account.name, count=f"{details.rows - details.published_rows:,}",
                    batch=details.name)) != \
                QMessageBox.StandardButton.Yes:
            return
        wb, batch_id = self.wb, details.id

        def work(progress: Any, cancel: Any) -> PublishReport:
            return publish_batch(wb, account, batch_id, progress=progress, cancel=cancel,
                                 concurrency=DEFAULT_CONCURRENCY)

        def done(report: PublishReport) -> None:
            text = (self.tr("{batch}: {published} of {total} HITs published (cancelled; resume "
                            "again to finish).") if report.cancelled
                    else self.tr("{batch}: {published} of {total} HITs published."))
            self.status_message.emit(text.format(batch=details.name,
                                                 published=f"{report.published:,}",
                                                 total=f"{report.total:,}"))
            self.bus.announce(changes.BATCHES, changes.HITS)

        self.resume_button.setEnabled(False)
        self.context.start_task(self.tr("Publishing {batch}").format(batch=details.name),
                                work, done)

    def open_study(self) -> None:
        """The window of the selected batch's Prolific study."""
        details, account = self._details, self.account
        if details is None or account is None or account.kind != "prolific":
            return
        from workbench.services.prolific import study_for_batch

        wb, batch_id = self.wb, details.id

        def found(study: Any) -> None:
            if study is None:
                self.status_message.emit(self.tr(
                    "“{batch}” has no Prolific study: publish a batch to Prolific with New "
                    "batch…").format(batch=details.name))
                return
            from workbench.views.prolific.study_window import StudyWindow

            self._keep(StudyWindow(self.context, account, study.request_key, self.window()))

        self.runner.run(lambda: study_for_batch(wb, account, batch_id), on_done=found,
                        on_error=lambda error: self.status_message.emit(str(error)))

    def _published(self, batch_id: int) -> None:
        self.bus.announce(changes.BATCHES, changes.HITS)
        self.status_message.emit(self.tr("Batch {id} published; its HITs are on the HITs "
                                         "page.").format(id=batch_id))
