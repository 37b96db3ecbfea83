"""The last pages of the publish wizard: HIT properties, cost and fair pay, publishing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from workbench.domain.clock import format_duration
from workbench.domain.money import format_dollars, format_usd
from workbench.formats.forms import design_from_html
from workbench.formats.html_tree import parse_html
from workbench.models import changes
from workbench.models.tasks import LongTask
from workbench.services.batches import PreviousWork, previous_work_time
from workbench.services.publish import (
    DEFAULT_CONCURRENCY,
    EarlierBatch,
    HITProperties,
    PublishError,
    PublishReport,
    batch_fingerprint,
    create_batch,
    estimate_cost,
    fair_pay,
    find_same_batch,
    publish_batch,
)
from workbench.services.settings import load_settings
from workbench.services.templates import save_template
from workbench.views.pages.base import PageContext
from workbench.views.widgets.requirement_editor import RequirementEditor
from workbench.views.wizard.state import WizardState

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300; background: #fff4d6; padding: 6px; border-radius: 4px;"
OK_STYLE = "color: #1b7f3b;"


def page_title(html: str) -> str:
    """A title for the HITs from the page: its design's title, <title> or first heading."""
    design = design_from_html(html)
    if design is not None and design.title.strip():
        return design.title.strip()
    root = parse_html(html)
    for tag in ("title", "h1", "h2"):
        found = root.find(tag)
        if found is not None and found.text():
            return found.text()[:128]
    return ""


class PropertiesPage(QWizardPage):
    """What every HIT of the batch shares: title, description, reward, assignments, times."""

    def __init__(self, context: PageContext, state: WizardState) -> None:
        super().__init__()
        self.state = state
        self.setTitle("HIT properties")
        self.setSubTitle("What workers see in the list of HITs, what each assignment pays, and "
                         "how long the HITs stay up.")
        self.hit_title = QLineEdit()
        self.hit_title.setMaxLength(128)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(70)
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText("e.g. image, classification, quick")
        self.reward = QLineEdit("0.10")
        self.reward.setValidator(QRegularExpressionValidator(r"\$?[0-9]{0,5}(\.[0-9]{0,2})?"))
        self.reward.setMaximumWidth(110)
        self.assignments = QSpinBox()
        self.assignments.setRange(1, 2500)
        self.assignments.setValue(3)
        self.assignments.setToolTip("Different workers who do each HIT")
        self.assignments.setMaximumWidth(110)
        self.lifetime = self._durations(["1d", "3d", "7d", "14d", "30d"], "3d")
        self.duration = self._durations(["10m", "15m", "30m", "1h", "2h"], "30m")
        self.auto_approve = self._durations(["1d", "3d", "7d", "14d", "30d"], "3d")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        reward_row = QHBoxLayout()
        reward_row.addWidget(QLabel("$"))
        reward_row.addWidget(self.reward)
        reward_row.addWidget(QLabel("per assignment, before MTurk's fee"))
        reward_row.addStretch()
        form = QFormLayout()
        form.addRow("Title", self.hit_title)
        form.addRow("Description", self.description)
        form.addRow("Keywords", self.keywords)
        form.addRow("Reward", reward_row)
        form.addRow("Assignments per HIT", self.assignments)
        form.addRow("Available for", self.lifetime)
        form.addRow("Time per assignment", self.duration)
        form.addRow("Auto-approve after", self.auto_approve)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        runner = context.runner

        def run(work: Callable[[], Any], done: Callable[[Any], None]) -> None:
            runner.run(work, on_done=done)

        self.requirements = RequirementEditor(
            context.wb, sandbox=state.account.kind == "mturk-sandbox", account=state.account,
            run=run)
        self.requirements.changed.connect(self._validate)
        group = QGroupBox("Qualification requirements")
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self.requirements)
        layout.addWidget(group)
        layout.addWidget(self.error)
        layout.addStretch()
        for line in (self.hit_title, self.keywords, self.reward):
            line.textChanged.connect(self._validate)
        self.description.textChanged.connect(self._validate)
        self.assignments.valueChanged.connect(self._validate)
        for box in (self.lifetime, self.duration, self.auto_approve):
            box.currentTextChanged.connect(self._validate)

    @staticmethod
    def _durations(options: list[str], default: str) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.addItems(options)
        box.setCurrentText(default)
        box.setToolTip("e.g. 45m, 2h, 3d or 1w")
        box.setMaximumWidth(110)
        return box

    def initializePage(self) -> None:
        template = self.state.template
        if not self.hit_title.text() and template is not None:
            self.hit_title.setText(page_title(template.html) or template.name)
        if self.state.props is not None:
            self.show_props(self.state.props)
        self._validate()

    def show_props(self, props: HITProperties) -> None:
        """Fill the fields (from a batch published before)."""
        self.hit_title.setText(props.title)
        self.description.setPlainText(props.description)
        self.keywords.setText(props.keywords)
        self.reward.setText(format_usd(props.reward_cents))
        self.assignments.setValue(props.max_assignments)
        self.lifetime.setCurrentText(format_duration(props.lifetime_s).replace(" ", ""))
        self.duration.setCurrentText(
            format_duration(props.assignment_duration_s).replace(" ", ""))
        self.auto_approve.setCurrentText(
            format_duration(props.auto_approval_delay_s).replace(" ", ""))
        self.requirements.set_requirements(list(props.qualification_requirements))

    def set_reward(self, cents: int) -> None:
        self.reward.setText(format_usd(cents))

    def _validate(self) -> None:
        requirements = self.requirements.requirements()
        refused = self.requirements.problems()
        if refused:
            self.state.props = None
            self.error.setText(f"Qualification requirements: {refused[0]}")
            self.completeChanged.emit()
            return
        try:
            props = HITProperties.parse(
                title=self.hit_title.text(), description=self.description.toPlainText(),
                reward=self.reward.text() or "0", assignments=self.assignments.value(),
                keywords=self.keywords.text(), lifetime=self.lifetime.currentText(),
                duration=self.duration.currentText(),
                auto_approve=self.auto_approve.currentText(), requirements=requirements)
        except (PublishError, ValueError) as exc:
            self.state.props = None
            self.error.setText(str(exc)[:1].upper() + str(exc)[1:] + ".")
        else:
            self.state.props = props
            self.error.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.state.props is not None


class CostPage(QWizardPage):
    """What the batch costs by MTurk's fee rules, and what the reward pays per hour."""

    def __init__(self, context: PageContext, state: WizardState,
                 set_reward: Callable[[int], None]) -> None:
        super().__init__()
        self.context, self.state, self.set_reward = context, state, set_reward
        self.setTitle("Cost and fair pay")
        self.setSubTitle("The most the batch can cost (every assignment approved), and the "
                         "hourly wage the reward makes.")
        self.costs: dict[str, QLabel] = {}
        cost_box = QGroupBox("Cost")
        cost_form = QFormLayout(cost_box)
        for key, title in (("reward", "Reward per assignment"), ("fee", "MTurk fee"),
                           ("assignment", "Per assignment"), ("hit", "Per HIT"),
                           ("count", "HITs × assignments"), ("total", "Total, at most")):
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.costs[key] = label
            cost_form.addRow(title, label)
        font = self.costs["total"].font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.costs["total"].setFont(font)
        self.surcharge = QLabel()
        self.surcharge.setWordWrap(True)
        cost_form.addRow(self.surcharge)

        pay_box = QGroupBox("Fair pay")
        pay_form = QFormLayout(pay_box)
        self.minutes = QDoubleSpinBox()
        self.minutes.setRange(0.1, 600)
        self.minutes.setDecimals(1)
        self.minutes.setSingleStep(0.5)
        self.minutes.setValue(1.0)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Minutes per task")
        self.minutes.valueChanged.connect(self._update)
        self.previous = QPushButton()
        self.previous.setVisible(False)
        self.previous.clicked.connect(self._use_previous)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes)
        minutes_row.addWidget(self.previous)
        minutes_row.addStretch()
        pay_form.addRow("One task takes about", minutes_row)
        self.hourly = QLabel()
        hourly_font = self.hourly.font()
        hourly_font.setBold(True)
        hourly_font.setPointSizeF(hourly_font.pointSizeF() * 1.2)
        self.hourly.setFont(hourly_font)
        pay_form.addRow("Hourly wage", self.hourly)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.raise_button = QPushButton()
        self.raise_button.setVisible(False)
        self.raise_button.clicked.connect(self._raise_reward)
        pay_form.addRow(self.warning)
        raise_row = QHBoxLayout()
        raise_row.addWidget(self.raise_button)
        raise_row.addStretch()
        pay_form.addRow(raise_row)
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        cost_form.addRow(self.balance)
        rules = QLabel("MTurk's fee: 20% of the reward (at least $0.01 an assignment), 20% "
                       "more for HITs of 10 or more assignments, 5% more with Masters. "
                       "Rejected work is neither paid nor charged.")
        rules.setWordWrap(True)
        rules.setStyleSheet("color: #5b6670;")
        cost_form.addRow(rules)
        boxes = QHBoxLayout()
        boxes.addWidget(cost_box, 1)
        boxes.addWidget(pay_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addStretch()
        self.previous_work: PreviousWork | None = None
        self.wage = load_settings().fair_wage_cents_per_hour

    def initializePage(self) -> None:
        self.wage = load_settings().fair_wage_cents_per_hour
        template = self.state.template
        if template is not None:
            wb, account_id, html, name = (self.context.wb, self.state.account.id,
                                          template.html, template.name)
            self.context.runner.run(lambda: previous_work_time(wb, account_id, html, name),
                                    on_done=self._previous_known)
        if self.state.task_seconds:
            self.minutes.setValue(self.state.task_seconds / 60)
        self._update()

    def _previous_known(self, found: PreviousWork | None) -> None:
        self.previous_work = found
        self.previous.setVisible(found is not None)
        if found is not None:
            self.previous.setText(f"Use {format_duration(found.median_s)}: the median of "
                                  f"“{found.batch_name}” ({found.assignments} assignments)")

    def _use_previous(self) -> None:
        if self.previous_work is not None:
            self.minutes.setValue(max(0.1, self.previous_work.median_s / 60))

    def _update(self) -> None:
        props, table = self.state.props, self.state.table
        if props is None or table is None:
            return
        cost = estimate_cost(props, len(table.rows))
        rate = round(cost.fee_cents * 100 / max(1, cost.reward_cents))
        self.costs["reward"].setText(format_dollars(cost.reward_cents))
        self.costs["fee"].setText(f"{format_dollars(cost.fee_cents)} ({rate}%"
                                  + (", Masters" if cost.masters else "") + ")")
        self.costs["assignment"].setText(format_dollars(cost.per_assignment_cents))
        self.costs["hit"].setText(f"{format_dollars(cost.per_hit_cents)} "
                                  f"({cost.assignments_per_hit} assignments)")
        self.costs["count"].setText(f"{cost.hits:,} × {cost.assignments_per_hit} = "
                                    f"{cost.assignments:,} assignments")
        self.costs["total"].setText(f"{format_dollars(cost.total_cents)}  (rewards "
                                    f"{format_dollars(cost.rewards_cents)} + fees "
                                    f"{format_dollars(cost.fees_cents)})")
        balance = self.state.account.balance_cents
        if balance is None:
            self.balance.setText("The account's balance is not known yet (Sync fetches it).")
            self.balance.setStyleSheet("")
        elif balance < cost.total_cents:
            self.balance.setText(f"The balance, {format_dollars(balance)}, is less than the "
                                 "most the batch can cost: add funds or publish fewer rows.")
            self.balance.setStyleSheet(WARNING_STYLE)
        else:
            self.balance.setText(f"The balance, {format_dollars(balance)}, covers it.")
            self.balance.setStyleSheet(OK_STYLE)
        if cost.surcharge:
            self.surcharge.setText(
                f"HITs of 10 or more assignments pay MTurk 20% more. Publishing each row as "
                f"{cost.split_hits_per_row} HITs of at most 9 assignments would cost "
                f"{format_dollars(cost.split_total_cents)}, saving "
                f"{format_dollars(cost.split_saving_cents)} (a worker could then do the same "
                "row twice, once in each HIT).")
            self.surcharge.setStyleSheet(WARNING_STYLE)
        else:
            self.surcharge.setText("Fewer than 10 assignments per HIT: no 20% surcharge.")
            self.surcharge.setStyleSheet(OK_STYLE)
        seconds = max(1, round(self.minutes.value() * 60))
        self.state.task_seconds = seconds
        pay = fair_pay(props.reward_cents, seconds, self.wage)
        self.hourly.setText(f"{format_dollars(pay.hourly_cents)} an hour")
        if pay.below_fair:
            self.warning.setText(
                f"Below the fair wage you set, {format_dollars(self.wage)} an hour. A reward "
                f"of {format_dollars(pay.fair_reward_cents)} reaches it for a "
                f"{format_duration(seconds)} task.")
            self.warning.setStyleSheet(WARNING_STYLE)
            self.raise_button.setText(f"Pay {format_dollars(pay.fair_reward_cents)} instead")
            self.raise_button.setVisible(True)
        else:
            self.warning.setText(f"At or above the fair wage you set "
                                 f"({format_dollars(self.wage)} an hour).")
            self.warning.setStyleSheet(OK_STYLE)
            self.raise_button.setVisible(False)
        self.fair_reward = pay.fair_reward_cents

    def _raise_reward(self) -> None:
        self.set_reward(self.fair_reward)
        if self.state.props is not None:
            self.state.props = replace(self.state.props, reward_cents=self.fair_reward)
        self._update()


class PublishPage(QWizardPage):
    """Name the batch and publish it in the background, with progress and Cancel."""

    def __init__(self, context: PageContext, state: WizardState) -> None:
        super().__init__()
        self.context, self.state = context, state
        self.setTitle("Publish")
        self.setSubTitle("Every row becomes one HIT, created exactly once: publishing again "
                         "after a cancel or a failure finishes the batch without duplicates.")
        self.name = QLineEdit()
        self.name.setAccessibleName("Batch name")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.publish_button = QPushButton("Publish")
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.publish)
        self.cancel_button = QPushButton("Cancel publishing")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Batch name", self.name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch()
        self.task: LongTask | None = None
        self.report: PublishReport | None = None
        self._busy = False

    def initializePage(self) -> None:
        props, table, template = self.state.props, self.state.table, self.state.template
        if props is None or table is None or template is None:
            return
        if not self.name.text():
            self.name.setText(self.state.name or props.title)
        account = self.state.account
        cost = estimate_cost(props, len(table.rows))
        money = "real money" if account.moves_real_money else "no real money"
        self.summary.setText(
            f"{len(table.rows):,} HITs of “{props.title}” × {props.max_assignments} "
            f"assignment(s) at {format_dollars(props.reward_cents)}, from "
            f"{table.source or 'the input'} with the page “{template.name}”, to "
            f"{account.name} ({account.kind_label}: {money}). At most "
            f"{format_dollars(cost.total_cents)} with fees.")
        self.publish_button.setText(f"Publish {len(table.rows):,} HITs")

    def publish(self) -> None:
        props, table, template = self.state.props, self.state.table, self.state.template
        if props is None or table is None or template is None or self.busy:
            return
        account, wb = self.state.account, self.context.wb
        cost = estimate_cost(props, len(table.rows))
        if account.moves_real_money and QMessageBox.question(
                self, "Spend real money?",
                f"{account.name} is a real MTurk account. Publishing may cost up to "
                f"{format_dollars(cost.total_cents)}. Publish?") != \
                QMessageBox.StandardButton.Yes:
            return
        html = template.html
        self._set_busy(True, "Checking for an earlier batch of the same rows…")
        self.context.runner.run(
            lambda: find_same_batch(wb, account, batch_fingerprint(html, table, props)),
            on_done=self._earlier_known, on_error=self._failed)

    def _earlier_known(self, earlier: EarlierBatch | None) -> None:
        resume: int | None = None
        if earlier is not None:
            if earlier.published_rows < earlier.total_rows:
                answer = QMessageBox.question(
                    self, "Finish the earlier batch?",
                    f"These rows were already sent as “{earlier.name}”, which has "
                    f"{earlier.published_rows:,} of {earlier.total_rows:,} HITs. Finish that "
                    "batch (no duplicates) instead of starting a new one?",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                    | QMessageBox.StandardButton.Cancel)
                if answer == QMessageBox.StandardButton.Cancel:
                    self._set_busy(False, "")
                    return
                resume = earlier.id if answer == QMessageBox.StandardButton.Yes else None
            elif QMessageBox.question(
                    self, "Published before",
                    f"These rows, this page and these properties were already published as "
                    f"“{earlier.name}” ({earlier.total_rows:,} HITs). Publish a second copy?"
                    ) != QMessageBox.StandardButton.Yes:
                self._set_busy(False, "")
                return
        self._start(resume)

    def _start(self, resume: int | None) -> None:
        props, table, template = self.state.props, self.state.table, self.state.template
        assert props is not None and table is not None and template is not None
        wb, account, state = self.context.wb, self.state.account, self.state
        name = self.name.text().strip() or props.title
        seconds = state.task_seconds

        def work(progress: Any, cancel: Any) -> tuple[int, PublishReport]:
            batch_id = resume
            if batch_id is None:
                template_id = state.template_id
                if template_id is None:
                    template_id = save_template(wb, template.name, template.html,
                                                template.design).id
                progress(0, len(table.rows), "Checking every row")
                batch_id = create_batch(wb, account, name=name, template_html=template.html,
                                        table=table, props=props, template_id=template_id,
                                        estimated_task_s=seconds)
            return batch_id, publish_batch(wb, account, batch_id, progress=progress,
                                           cancel=cancel, concurrency=DEFAULT_CONCURRENCY)

        self._set_busy(True, "Publishing…")
        self.progress.setRange(0, len(table.rows))
        self.progress.setValue(0)
        task = self.context.start_task(f"Publishing {name}", work, self._published)
        task.progressed.connect(self._progressed)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self.task = task

    def _progressed(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.result.setText(f"{message}: {done:,} of {total:,}")

    def _published(self, outcome: tuple[int, PublishReport]) -> None:
        batch_id, report = outcome
        self.state.published_batch = batch_id
        self.report = report
        found = report.recovered + report.reconciled
        if report.cancelled:
            text = (f"Cancelled with {report.published:,} of {report.total:,} HITs published. "
                    "The batch is kept: resume it from the Batches page and the rest are made, "
                    "each once.")
        else:
            text = (f"Published {report.published:,} HITs ({report.created:,} created now"
                    + (f", {found:,} found already made" if found else "")
                    + (f", {report.already_published:,} before" if report.already_published
                       else "") + ").")
        self._set_busy(False, text, ok=not report.cancelled)
        self.publish_button.setVisible(report.cancelled)
        self.publish_button.setText("Publish the rest")
        self.context.bus.announce(changes.BATCHES, changes.HITS)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self._set_busy(False, "Cancelled.")

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False, f"Not published: {error}", ok=False)
        self.context.bus.announce(changes.BATCHES, changes.HITS)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.result.setText("Cancelling: HITs being created now are kept…")

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool, text: str, *, ok: bool = True) -> None:
        self._busy = busy
        self.publish_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy and text.startswith("Publishing"))
        self.progress.setVisible(busy or self.progress.value() > 0)
        self.result.setText(text)
        self.result.setStyleSheet("" if busy or not text else (OK_STYLE if ok else ERROR_STYLE))
        wizard = self.wizard()
        if wizard is not None:
            for button in (wizard.WizardButton.BackButton, wizard.WizardButton.CancelButton):
                widget = wizard.button(button)
                if widget is not None:
                    widget.setEnabled(not busy)

    def isComplete(self) -> bool:
        return self.report is not None and not self.busy
