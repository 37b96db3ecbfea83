"""The last pages of the publish wizard: HIT properties, cost and fair pay, publishing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
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
from shiboken6 import isValid

from workbench.domain.clock import format_duration
from workbench.domain.fee_schedules import account_currency, fee_schedule, is_own_workforce
from workbench.domain.money import InvalidAmount, format_dollars, format_usd, parse_usd
from workbench.formats.forms import design_from_html
from workbench.formats.html_tree import parse_html
from workbench.models import changes
from workbench.models.formatting import fee_schedule_text, money_text, percent_number
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
from workbench.services.workforce import (
    Reach,
    has_workforce,
    requirement_reach,
    workforce_for,
)
from workbench.views.pages.base import PageContext
from workbench.views.widgets.requirement_editor import RequirementEditor
from workbench.views.wizard.state import WizardState

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300; background: #fff4d6; padding: 6px; border-radius: 4px;"
OK_STYLE = "color: #1b7f3b;"
HINT_STYLE = "color: #5b6670;"
# services.accounts.AccountInfo.kind_label, translated when shown.
_ACCOUNT_KINDS = (str(QT_TRANSLATE_NOOP("AccountKind", "Local marketplace")),
                  str(QT_TRANSLATE_NOOP("AccountKind", "MTurk sandbox")),
                  str(QT_TRANSLATE_NOOP("AccountKind", "MTurk (real money)")),
                  str(QT_TRANSLATE_NOOP("AccountKind", "Custom endpoint")))


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
        self.context = context
        self.setTitle(self.tr("HIT properties"))
        self.setSubTitle(self.tr("What workers see in the list of HITs, what each assignment "
                                 "pays, and how long the HITs stay up."))
        self.hit_title = QLineEdit()
        self.hit_title.setMaxLength(128)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(70)
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(self.tr("e.g. image, classification, quick"))
        self.reward = QLineEdit("0.10")
        # Digits and a point only; a third decimal is typed, then refused in words (MTurk and
        # `workbench publish` refuse it too), never silently dropped.
        self.reward.setValidator(QRegularExpressionValidator(r"\$?[0-9]{0,7}(\.[0-9]{0,6})?"))
        self.reward.setMaximumWidth(110)
        self.reward.setAccessibleName(self.tr("Reward in dollars"))
        self.assignments = QSpinBox()
        self.assignments.setRange(1, 2500)
        self.assignments.setValue(3)
        self.assignments.setToolTip(self.tr("Different workers who do each HIT"))
        self.assignments.setMaximumWidth(110)
        self.lifetime = self._durations(["1d", "3d", "7d", "14d", "30d"], "3d")
        self.duration = self._durations(["10m", "15m", "30m", "1h", "2h"], "30m")
        self.auto_approve = self._durations(["1d", "3d", "7d", "14d", "30d"], "3d")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        # Fields the user has typed in: an empty one is an error only after that.
        self._touched: set[str] = set()
        reward_row = QHBoxLayout()
        reward_row.addWidget(QLabel("$"))
        reward_row.addWidget(self.reward)
        reward_row.addWidget(QLabel(self.tr("per assignment, before MTurk's fee")))
        reward_row.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.hit_title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Keywords"), self.keywords)
        form.addRow(self.tr("Reward"), reward_row)
        reward_label = form.labelForField(reward_row)
        if isinstance(reward_label, QLabel):
            reward_label.setBuddy(self.reward)
        form.addRow(self.tr("Assignments per HIT"), self.assignments)
        form.addRow(self.tr("Available for"), self.lifetime)
        form.addRow(self.tr("Time per assignment"), self.duration)
        form.addRow(self.tr("Auto-approve after"), self.auto_approve)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        runner = context.runner

        def run(work: Callable[[], Any], done: Callable[[Any], None]) -> None:
            runner.run(work, on_done=done)

        self.requirements = RequirementEditor(
            context.wb, sandbox=state.account.kind == "mturk-sandbox", account=state.account,
            run=run)
        self.requirements.changed.connect(self._validate)
        self.requirements.changed.connect(self._reach_timer_start)
        group = QGroupBox(self.tr("Qualification requirements"))
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self.requirements)
        # Who of the invited workers could accept these HITs (a local marketplace knows).
        self.reach = QLabel()
        self.reach.setWordWrap(True)
        self.reach.setAccessibleName(self.tr("Workers who qualify"))
        self.reach.setVisible(False)
        group_layout.addWidget(self.reach)
        self._reach_timer = QTimer(self)
        self._reach_timer.setSingleShot(True)
        self._reach_timer.setInterval(250)
        self._reach_timer.timeout.connect(self.check_reach)
        self._reach_asked = 0
        self.reach_result: Reach | None = None
        layout.addWidget(group)
        layout.addWidget(self.error)
        layout.addStretch()
        for line in (self.hit_title, self.keywords, self.reward):
            line.textChanged.connect(self._validate)
        self.hit_title.textEdited.connect(lambda _text: self._touch("title"))
        self.description.textChanged.connect(lambda: self._touch("description"))
        self.description.textChanged.connect(self._validate)
        self.assignments.valueChanged.connect(self._validate)
        for box in (self.lifetime, self.duration, self.auto_approve):
            box.currentTextChanged.connect(self._validate)

    def _reach_timer_start(self) -> None:
        self._reach_timer.start()

    def check_reach(self) -> None:
        """Count, off the GUI thread, the invited workers who meet the requirements."""
        account = self.state.account
        requirements = self.requirements.requirements()
        if not has_workforce(account) or not requirements:
            self._reach_asked += 1
            self.reach.setVisible(False)
            return
        self._reach_asked += 1
        asked = self._reach_asked
        wb = self.context.wb
        names = {t.type_id: t.name for t in self.requirements.custom}

        def count() -> Reach:
            return requirement_reach(workforce_for(wb, account), requirements, names)

        self.context.runner.run(count, on_done=lambda reach: self._show_reach(asked, reach),
                                on_error=lambda _error: None)

    def _show_reach(self, asked: int, reach: Reach) -> None:
        if not isValid(self) or not isValid(self.reach):
            return  # the wizard was closed while the workers were counted
        if asked != self._reach_asked:
            return  # the requirements changed meanwhile
        warnings = reach.warnings()
        self.reach_result = reach
        if warnings:
            self.reach.setText(" ".join(warnings))
            self.reach.setStyleSheet(WARNING_STYLE)
        else:
            self.reach.setText(reach.summary())
            self.reach.setStyleSheet(OK_STYLE)
        self.reach.setVisible(bool(self.reach.text()))

    def _durations(self, options: list[str], default: str) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.addItems(options)
        box.setCurrentText(default)
        box.setToolTip(self.tr("e.g. 45m, 2h, 3d or 1w"))
        box.setMaximumWidth(110)
        return box

    def initializePage(self) -> None:
        template = self.state.template
        if not self.hit_title.text() and template is not None:
            self.hit_title.setText(page_title(template.html) or template.name)
        if self.state.props is not None:
            self.show_props(self.state.props)
        self._validate()
        self.check_reach()

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

    def entries(self) -> tuple[object, ...]:
        """What the fields hold, to tell whether the user changed anything."""
        return (self.hit_title.text(), self.description.toPlainText(), self.keywords.text(),
                self.reward.text(), self.assignments.value(), self.lifetime.currentText(),
                self.duration.currentText(), self.auto_approve.currentText(),
                self.requirements.requirements())

    def set_reward(self, cents: int) -> None:
        self.reward.setText(format_usd(cents))

    def _touch(self, field: str) -> None:
        self._touched.add(field)

    def _untouched_empty(self) -> list[str]:
        """Required fields still empty that the user has not typed in yet."""
        empty = {"title": not self.hit_title.text().strip(),
                 "description": not self.description.toPlainText().strip()}
        return [name for name, blank in empty.items() if blank and name not in self._touched]

    def _validate(self) -> None:
        requirements = self.requirements.requirements()
        refused = self.requirements.problems()
        if refused:
            self.state.props = None
            self.error.setText(self.tr("Qualification requirements: {problem}").format(
                problem=refused[0]))
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
            waiting = self._untouched_empty()
            if waiting and not self.reward_refused(exc):
                # Not typed yet: what to do next, not a scolding.
                self.error.setStyleSheet(HINT_STYLE)
                self.error.setText(
                    self.tr("Write a title and a description for workers to continue.")
                    if len(waiting) == 2 else
                    self.tr("Write a title for workers to continue.") if waiting == ["title"]
                    else self.tr("Write a description for workers to continue."))
            else:
                self.error.setStyleSheet(ERROR_STYLE)
                self.error.setText(str(exc)[:1].upper() + str(exc)[1:] + ".")
        else:
            self.state.props = props
            self.error.setText("")
        self.completeChanged.emit()

    def reward_refused(self, error: Exception) -> bool:
        """Whether the error is about the reward (which the user typed or kept)."""
        try:
            parse_usd(self.reward.text() or "0", what="reward")
        except InvalidAmount:
            return True
        return False

    def isComplete(self) -> bool:
        return self.state.props is not None


class CostPage(QWizardPage):
    """What the batch costs by MTurk's fee rules, and what the reward pays per hour."""

    def __init__(self, context: PageContext, state: WizardState,
                 set_reward: Callable[[int], None]) -> None:
        super().__init__()
        self.context, self.state, self.set_reward = context, state, set_reward
        self.setTitle(self.tr("Cost and fair pay"))
        self.setSubTitle(self.tr("The most the batch can cost (every assignment approved), and "
                                 "the hourly wage the reward makes."))
        self.costs: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        cost_box = QGroupBox(self.tr("Cost"))
        cost_form = QFormLayout(cost_box)
        for key, title in (("reward", self.tr("Reward per assignment")),
                           ("fee", self.tr("MTurk fee")),
                           ("assignment", self.tr("Per assignment")), ("hit", self.tr("Per HIT")),
                           ("count", self.tr("HITs × assignments")),
                           ("total", self.tr("Total, at most"))):
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.costs[key] = label
            self.titles[key] = QLabel(title)
            cost_form.addRow(self.titles[key], label)
        font = self.costs["total"].font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.costs["total"].setFont(font)
        self.surcharge = QLabel()
        self.surcharge.setWordWrap(True)
        cost_form.addRow(self.surcharge)

        pay_box = QGroupBox(self.tr("Fair pay"))
        pay_form = QFormLayout(pay_box)
        self.minutes = QDoubleSpinBox()
        self.minutes.setRange(0.1, 600)
        self.minutes.setDecimals(1)
        self.minutes.setSingleStep(0.5)
        self.minutes.setValue(1.0)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes per task"))
        self.minutes.valueChanged.connect(self._update)
        self.previous = QPushButton()
        self.previous.setVisible(False)
        self.previous.clicked.connect(self._use_previous)
        pay_form.addRow(self.tr("One task takes about"), self.minutes)
        # The median of an earlier batch is a long text: it gets a row of its own.
        previous_row = QHBoxLayout()
        previous_row.addWidget(self.previous)
        previous_row.addStretch()
        pay_form.addRow("", previous_row)
        self.hourly = QLabel()
        hourly_font = self.hourly.font()
        hourly_font.setBold(True)
        hourly_font.setPointSizeF(hourly_font.pointSizeF() * 1.2)
        self.hourly.setFont(hourly_font)
        pay_form.addRow(self.tr("Hourly wage"), self.hourly)
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
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: #5b6670;")
        cost_form.addRow(self.rules)
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
            self.previous.setText(self.tr("Use {duration}: the median of “{batch}” ({count} "
                                          "assignments)").format(
                duration=format_duration(found.median_s), batch=found.batch_name,
                count=found.assignments))

    def _use_previous(self) -> None:
        if self.previous_work is not None:
            self.minutes.setValue(max(0.1, self.previous_work.median_s / 60))

    def _update(self) -> None:
        props, table = self.state.props, self.state.table
        if props is None or table is None:
            return
        account = self.state.account
        fees = fee_schedule(account.kind, account.options)
        currency = account_currency(account.kind, account.options)

        def money(cents: int) -> str:
            return money_text(cents, currency)

        cost = estimate_cost(props, len(table.rows), fees)
        # MTurk's rate as it comes out (its minimum and tiers); a payout fee as it was set.
        rate = round(cost.fee_cents * 100 / max(1, cost.reward_cents)) if fees.is_mturk \
            else percent_number(fees.percent or Decimal(0))
        self.titles["fee"].setText(fees.name)
        self.rules.setText(self.tr(
            "MTurk's fee: 20% of the reward (at least $0.01 an assignment), 20% more for HITs "
            "of 10 or more assignments, 5% more with Masters. Rejected work is neither paid nor "
            "charged.") if fees.is_mturk else self.tr(
            "Fees of this account: {schedule}. Rejected work is neither paid nor charged.")
            .format(schedule=fee_schedule_text(fees)))
        self.costs["reward"].setText(money(cost.reward_cents))
        self.costs["fee"].setText(
            (self.tr("{fee} ({rate}%, Masters)") if cost.masters and fees.is_mturk
             else self.tr("{fee} ({rate}%)")).format(fee=money(cost.fee_cents), rate=rate))
        self.costs["assignment"].setText(money(cost.per_assignment_cents))
        self.costs["hit"].setText(self.tr("{amount} ({count} assignments)").format(
            amount=money(cost.per_hit_cents), count=cost.assignments_per_hit))
        self.costs["count"].setText(self.tr("{hits} × {per_hit} = {count} assignments").format(
            hits=f"{cost.hits:,}", per_hit=cost.assignments_per_hit,
            count=f"{cost.assignments:,}"))
        self.costs["total"].setText(self.tr("{total}  (rewards {rewards} + fees {fees})").format(
            total=money(cost.total_cents), rewards=money(cost.rewards_cents),
            fees=money(cost.fees_cents)))
        balance = account.balance_cents
        if is_own_workforce(account.kind):
            # A local marketplace's balance is invented; own workers are paid by payout runs.
            self.balance.setText(self.tr("Your own workers are paid by payout runs (Workers ▸ "
                                         "Pay workers…), not from a marketplace balance."))
            self.balance.setStyleSheet("")
        elif balance is None:
            self.balance.setText(self.tr("The account's balance is not known yet (Sync fetches "
                                         "it)."))
            self.balance.setStyleSheet("")
        elif balance < cost.total_cents:
            self.balance.setText(self.tr("The balance, {balance}, is less than the most the "
                                         "batch can cost: add funds or publish fewer rows.")
                                 .format(balance=format_dollars(balance)))
            self.balance.setStyleSheet(WARNING_STYLE)
        else:
            self.balance.setText(self.tr("The balance, {balance}, covers it.").format(
                balance=format_dollars(balance)))
            self.balance.setStyleSheet(OK_STYLE)
        if not fees.has_surcharges:
            self.surcharge.setText(self.tr("Your own workforce: no surcharge for 10 or more "
                                           "assignments or for Masters."))
            self.surcharge.setStyleSheet("")
        elif cost.surcharge:
            self.surcharge.setText(self.tr(
                "HITs of 10 or more assignments pay MTurk 20% more. Publishing each row as "
                "{hits} HITs of at most 9 assignments would cost {total}, saving {saving} (a "
                "worker could then do the same row twice, once in each HIT).").format(
                    hits=cost.split_hits_per_row, total=format_dollars(cost.split_total_cents),
                    saving=format_dollars(cost.split_saving_cents)))
            self.surcharge.setStyleSheet(WARNING_STYLE)
        else:
            self.surcharge.setText(self.tr("Fewer than 10 assignments per HIT: no 20% surcharge."))
            self.surcharge.setStyleSheet(OK_STYLE)
        seconds = max(1, round(self.minutes.value() * 60))
        self.state.task_seconds = seconds
        pay = fair_pay(props.reward_cents, seconds, self.wage)
        self.hourly.setText(self.tr("{amount} an hour").format(
            amount=format_dollars(pay.hourly_cents)))
        if pay.below_fair:
            self.warning.setText(self.tr(
                "Below the fair wage you set, {wage} an hour. A reward of {reward} reaches it "
                "for a {duration} task.").format(
                    wage=format_dollars(self.wage), reward=format_dollars(pay.fair_reward_cents),
                    duration=format_duration(seconds)))
            self.warning.setStyleSheet(WARNING_STYLE)
            self.raise_button.setText(self.tr("Pay {reward} instead").format(
                reward=format_dollars(pay.fair_reward_cents)))
            self.raise_button.setVisible(True)
        else:
            self.warning.setText(self.tr("At or above the fair wage you set ({wage} an hour).")
                                 .format(wage=format_dollars(self.wage)))
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
        self.setTitle(self.tr("Publish"))
        self.setSubTitle(self.tr("Every row becomes one HIT, created exactly once: publishing "
                                 "again after a cancel or a failure finishes the batch without "
                                 "duplicates."))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Batch name"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.publish)
        self.cancel_button = QPushButton(self.tr("Cancel publishing"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Publishing progress"))
        self.progress.setVisible(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Batch name"), self.name)
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
        cost = estimate_cost(props, len(table.rows), fee_schedule(account.kind, account.options))
        money = self.tr("real money") if account.moves_real_money else self.tr("no real money")
        self.summary.setText(self.tr(
            "{hits} HITs of “{title}” × %n assignment(s) at {reward}, from {source} with the "
            "page “{page}”, to {account} ({kind}: {money}). At most {total} with fees.", "",
            props.max_assignments).format(
                hits=f"{len(table.rows):,}", title=props.title,
                reward=format_dollars(props.reward_cents),
                source=table.source or self.tr("the input"), page=template.name,
                account=account.name,
                kind=QCoreApplication.translate("AccountKind", account.kind_label),
                money=money, total=format_dollars(cost.total_cents)))
        self.publish_button.setText(self.tr("Publish {count} HITs").format(
            count=f"{len(table.rows):,}"))

    def publish(self) -> None:
        props, table, template = self.state.props, self.state.table, self.state.template
        if props is None or table is None or template is None or self.busy:
            return
        account, wb = self.state.account, self.context.wb
        cost = estimate_cost(props, len(table.rows))
        if account.moves_real_money and QMessageBox.question(
                self, self.tr("Spend real money?"),
                self.tr("{account} is a real MTurk account. Publishing may cost up to {total}. "
                        "Publish?").format(account=account.name,
                                           total=format_dollars(cost.total_cents))) != \
                QMessageBox.StandardButton.Yes:
            return
        html = template.html
        self._set_busy(True, self.tr("Checking for an earlier batch of the same rows…"))
        self.context.runner.run(
            lambda: find_same_batch(wb, account, batch_fingerprint(html, table, props)),
            on_done=self._earlier_known, on_error=self._failed)

    def _earlier_known(self, earlier: EarlierBatch | None) -> None:
        resume: int | None = None
        if earlier is not None:
            if earlier.published_rows < earlier.total_rows:
                answer = QMessageBox.question(
                    self, self.tr("Finish the earlier batch?"),
                    self.tr("These rows were already sent as “{batch}”, which has {published} "
                            "of {total} HITs. Finish that batch (no duplicates) instead of "
                            "starting a new one?").format(
                        batch=earlier.name, published=f"{earlier.published_rows:,}",
                        total=f"{earlier.total_rows:,}"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                    | QMessageBox.StandardButton.Cancel)
                if answer == QMessageBox.StandardButton.Cancel:
                    self._set_busy(False, "")
                    return
                resume = earlier.id if answer == QMessageBox.StandardButton.Yes else None
            elif QMessageBox.question(
                    self, self.tr("Published before"),
                    self.tr("These rows, this page and these properties were already published "
                            "as “{batch}” ({total} HITs). Publish a second copy?").format(
                        batch=earlier.name, total=f"{earlier.total_rows:,}")
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
        checking = self.tr("Checking every row")

        def work(progress: Any, cancel: Any) -> tuple[int, PublishReport]:
            batch_id = resume
            if batch_id is None:
                template_id = state.template_id
                if template_id is None:
                    template_id = save_template(wb, template.name, template.html,
                                                template.design).id
                progress(0, len(table.rows), checking)
                batch_id = create_batch(wb, account, name=name, template_html=template.html,
                                        table=table, props=props, template_id=template_id,
                                        estimated_task_s=seconds)
            return batch_id, publish_batch(wb, account, batch_id, progress=progress,
                                           cancel=cancel, concurrency=DEFAULT_CONCURRENCY)

        self._set_busy(True, self.tr("Publishing…"), cancellable=True)
        self.progress.setRange(0, len(table.rows))
        self.progress.setValue(0)
        task = self.context.start_task(self.tr("Publishing {batch}").format(batch=name), work,
                                       self._published)
        task.progressed.connect(self._progressed)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self.task = task

    def _progressed(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.result.setText(self.tr("{step}: {done} of {total}").format(
            step=message, done=f"{done:,}", total=f"{total:,}"))

    def _published(self, outcome: tuple[int, PublishReport]) -> None:
        batch_id, report = outcome
        self.state.published_batch = batch_id
        self.report = report
        found = report.recovered + report.reconciled
        if report.cancelled:
            text = self.tr("Cancelled with {published} of {total} HITs published. The batch is "
                           "kept: resume it from the Batches page and the rest are made, each "
                           "once.").format(published=f"{report.published:,}",
                                           total=f"{report.total:,}")
        else:
            parts = [self.tr("{count} created now").format(count=f"{report.created:,}")]
            if found:
                parts.append(self.tr("{count} found already made").format(count=f"{found:,}"))
            if report.already_published:
                parts.append(self.tr("{count} before").format(
                    count=f"{report.already_published:,}"))
            text = self.tr("Published {count} HITs ({details}).").format(
                count=f"{report.published:,}", details=", ".join(parts))
        self._set_busy(False, text, ok=not report.cancelled)
        self.publish_button.setVisible(report.cancelled)
        self.publish_button.setText(self.tr("Publish the rest"))
        self.context.bus.announce(changes.BATCHES, changes.HITS)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self._set_busy(False, self.tr("Cancelled."))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False, self.tr("Not published: {error}").format(error=error), ok=False)
        self.context.bus.announce(changes.BATCHES, changes.HITS)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.result.setText(self.tr("Cancelling: HITs being created now are kept…"))

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool, text: str, *, ok: bool = True,
                  cancellable: bool = False) -> None:
        self._busy = busy
        self.publish_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy and cancellable)
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
