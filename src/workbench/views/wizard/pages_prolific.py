"""The publish wizard's pages for a Prolific account: the study, its cost and fair pay, publishing.

A batch's HITs are served by the worker site; the study sends participants there, each to one
unit of ``k`` HITs. The study page asks what Prolific needs (name, description, time, reward
per participant in the workspace's currency, places, devices, who may take part) and the
worker site's public address. The cost page asks Prolific's cost calculator (our fee rule when
Prolific cannot be reached, said so) and checks the reward against Prolific's minimum hourly
pay. Publishing makes the HITs, queues the study and its publishing, and sends them.
"""

from __future__ import annotations

import math
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from workbench.domain.clock import format_duration
from workbench.marketplace.prolific.fees import (
    DEFAULT_FEE_PERCENT,
    format_amount,
    minimum_hourly_reward_cents,
    parse_amount,
    prolific_fee_cents,
)
from workbench.models.formatting import plural
from workbench.services import prolific
from workbench.services.outbox import OutboxError
from workbench.services.publish import (
    DEFAULT_CONCURRENCY,
    HITProperties,
    PublishError,
    PublishReport,
    batch_fingerprint,
    create_batch,
    find_same_batch,
    publish_batch,
)
from workbench.services.templates import save_template
from workbench.views.pages.base import PageContext
from workbench.views.wizard.pages_publish import (
    ERROR_STYLE,
    HINT_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    PublishPage,
    page_title,
)
from workbench.views.wizard.state import WizardState

# The HITs stay up long after a study ends (it can be resumed or get places added).
HIT_LIFETIME_S = 30 * 86400
# MTurk's longest auto-approval delay: never reached, the marketplace does not auto-approve
# a Prolific account's work at all.
AUTO_APPROVAL_S = 30 * 86400


def maximum_minutes(estimated: int) -> int:
    """The time a participant has for their unit: three times the estimate, at least 10 min."""
    return max(10, 3 * estimated)


def _ids(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in text.replace(";", ",").split(",")
                               if part.strip()))


class ProlificStudyPage(QWizardPage):
    """The study: what participants see on Prolific, the unit of work, the pay, who may join."""

    def __init__(self, context: PageContext, state: WizardState) -> None:
        super().__init__()
        self.context, self.state = context, state
        account = state.account
        self.currency = str(account.options.get("currency") or "GBP")
        self.setTitle(self.tr("Prolific study"))
        self.setSubTitle(self.tr("Participants find the study on Prolific, work one place's "
                                 "HITs on your worker site, and return with the completion "
                                 "code."))
        self.study_name = QLineEdit()
        self.study_name.setMaxLength(128)
        self.study_name.setAccessibleName(self.tr("Study name"))
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(80)
        self.description.setAccessibleName(self.tr("Study description"))
        self.per_place = QSpinBox()
        self.per_place.setRange(1, 100)
        self.per_place.setAccessibleName(self.tr("HITs per participant"))
        self.per_place.setSuffix(plural(self.tr(" HIT(s)"), 1))
        self.assignments = QSpinBox()
        self.assignments.setRange(1, 100)
        self.assignments.setAccessibleName(self.tr("Participants per HIT"))
        self.places = QSpinBox()
        self.places.setRange(1, 100_000)
        self.places.setAccessibleName(self.tr("Places"))
        self.places_hint = QLabel()
        self.places_hint.setStyleSheet(HINT_STYLE)
        self.places_hint.setWordWrap(True)
        self.reward = QLineEdit("1.00")
        self.reward.setMaximumWidth(110)
        self.reward.setAccessibleName(self.tr("Reward per participant in {currency}").format(
            currency=self.currency))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Estimated minutes per participant"))
        self.time_hint = QLabel()
        self.time_hint.setStyleSheet(HINT_STYLE)
        self.devices = {name: QCheckBox(label) for name, label in (
            ("desktop", self.tr("Desktop")), ("tablet", self.tr("Tablet")),
            ("mobile", self.tr("Mobile")))}
        self.devices["desktop"].setChecked(True)
        devices_row = QHBoxLayout()
        for box in self.devices.values():
            devices_row.addWidget(box)
        devices_row.addStretch()
        reward_row = QHBoxLayout()
        reward_row.addWidget(QLabel(self.currency))
        reward_row.addWidget(self.reward)
        reward_row.addWidget(QLabel(self.tr("per participant, before Prolific's fee")))
        reward_row.addStretch()
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes)
        minutes_row.addWidget(self.time_hint, 1)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.per_place)
        unit_row.addWidget(QLabel(self.tr("each; every HIT done by")))
        unit_row.addWidget(self.assignments)
        self.people = QLabel(plural(self.tr("participant(s)"), 1))
        unit_row.addWidget(self.people)
        unit_row.addStretch()
        places_row = QHBoxLayout()
        places_row.addWidget(self.places)
        places_row.addWidget(self.places_hint, 1)
        form = QFormLayout()
        form.addRow(self.tr("Study &name"), self.study_name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Work per participant"), unit_row)
        form.addRow(self.tr("&Places"), places_row)
        form.addRow(self.tr("Estimated &time"), minutes_row)
        form.addRow(self.tr("&Reward"), reward_row)
        form.addRow(self.tr("Devices"), devices_row)
        self._buddy(form, unit_row, self.per_place)
        self._buddy(form, reward_row, self.reward)
        self._buddy(form, minutes_row, self.minutes)
        self._buddy(form, places_row, self.places)

        who = QGroupBox(self.tr("Who may take part"))
        who_form = QFormLayout(who)
        self.block_list = QCheckBox(self.tr("Leave out participants on this account's block "
                                            "list"))
        self.block_list.setChecked(True)
        self.allow_groups = QLineEdit()
        self.allow_groups.setPlaceholderText(self.tr("participant group ids, separated by "
                                                     "commas (empty: everyone)"))
        self.block_groups = QLineEdit()
        self.block_groups.setPlaceholderText(self.tr("participant group ids to leave out"))
        self.filter_set = QComboBox()
        self.filter_set.addItem(self.tr("None"), "")
        self.filter_set.setAccessibleName(self.tr("Filter set"))
        self.filter_note = QLabel()
        self.filter_note.setStyleSheet(HINT_STYLE)
        self.filter_note.setWordWrap(True)
        who_form.addRow(self.block_list)
        who_form.addRow(self.tr("Only these groups"), self.allow_groups)
        who_form.addRow(self.tr("Leave out groups"), self.block_groups)
        who_form.addRow(self.tr("Or a filter set"), self.filter_set)
        who_form.addRow(self.filter_note)

        site = QGroupBox(self.tr("Your worker site"))
        site_form = QFormLayout(site)
        self.site_url = QLineEdit(str(account.options.get(prolific.SITE_URL_OPTION) or ""))
        self.site_url.setPlaceholderText("https://work.example.org")
        self.site_url.setAccessibleName(self.tr("Worker site address"))
        self.study_link = QLabel()
        self.study_link.setTextFormat(Qt.TextFormat.PlainText)
        self.study_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.study_link.setWordWrap(True)
        self.study_link.setStyleSheet(HINT_STYLE)
        site_form.addRow(self.tr("Public &address"), self.site_url)
        site_form.addRow(self.study_link)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        lower = QHBoxLayout()
        lower.addWidget(who, 1)
        lower.addWidget(site, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lower)
        layout.addWidget(self.error)
        layout.addStretch()
        self._places_touched = False
        self.places.valueChanged.connect(self._places_edited)
        for line in (self.study_name, self.reward, self.allow_groups, self.block_groups,
                     self.site_url):
            line.textChanged.connect(self._validate)
        self.description.textChanged.connect(self._validate)
        for spin in (self.per_place, self.assignments, self.minutes):
            spin.valueChanged.connect(self._unit_changed)
        for box in (*self.devices.values(), self.block_list):
            box.toggled.connect(self._validate)
        self.filter_set.currentIndexChanged.connect(self._validate)
        self._filter_sets_asked = False

    @staticmethod
    def _buddy(form: QFormLayout, row: Any, widget: Any) -> None:
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(widget)

    def initializePage(self) -> None:
        template = self.state.template
        if not self.study_name.text() and template is not None:
            self.study_name.setText(page_title(template.html) or template.name)
        self._unit_changed()
        if not self._filter_sets_asked:
            self._filter_sets_asked = True
            wb, account = self.context.wb, self.state.account
            self.context.runner.run(lambda: prolific.filter_sets(wb, account),
                                    on_done=self._filter_sets_known,
                                    on_error=lambda _e: None)

    def _filter_sets_known(self, found: list[tuple[str, str]]) -> None:
        for filter_id, name in found:
            if self.filter_set.findData(filter_id) < 0:
                self.filter_set.addItem(name, filter_id)

    def _rows(self) -> int:
        return len(self.state.table.rows) if self.state.table is not None else 0

    def _unit_changed(self) -> None:
        self.per_place.setSuffix(plural(self.tr(" HIT(s)"), self.per_place.value()))
        self.people.setText(plural(self.tr("participant(s)"), self.assignments.value()))
        if not self._places_touched:
            self.places.blockSignals(True)
            self.places.setValue(prolific.places_for(self._rows(), self.assignments.value(),
                                                     self.per_place.value()))
            self.places.blockSignals(False)
        self._validate()

    def _places_edited(self) -> None:
        self._places_touched = True
        self._validate()

    def entries(self) -> tuple[object, ...]:
        return (self.study_name.text(), self.description.toPlainText(), self.reward.text(),
                self.per_place.value(), self.assignments.value(), self.places.value(),
                self.minutes.value())

    def _validate(self) -> None:
        rows, per_place = self._rows(), self.per_place.value()
        needed = prolific.places_for(rows, self.assignments.value(), per_place)
        places = self.places.value()
        if places < needed:
            self.places_hint.setText(self.tr("{needed} places give every HIT its participants; "
                                             "with {places}, some HITs stay undone (add places "
                                             "later).").format(needed=needed, places=places))
        elif places > needed:
            self.places_hint.setText(self.tr("{needed} places are enough for the batch's "
                                             "{rows} HITs; extra participants find no work "
                                             "left.").format(needed=needed, rows=rows))
        else:
            self.places_hint.setText(self.tr("One place per {count} HITs of the batch's "
                                             "{rows}.").format(count=per_place, rows=rows))
        longest = maximum_minutes(self.minutes.value())
        self.time_hint.setText(self.tr("for all of a participant's HITs; they have up to "
                                       "{longest} to finish").format(
                                           longest=format_duration(longest * 60)))
        filter_set = str(self.filter_set.currentData() or "")
        for widget in (self.allow_groups, self.block_groups, self.block_list):
            widget.setEnabled(not filter_set)
        self.filter_note.setText(self.tr(
            "Prolific takes a filter set instead of groups and the block list: put them in "
            "the filter set.") if filter_set else "")
        site = self.site_url.text().strip()
        # The entrance without Prolific's placeholders: what a person can read and check.
        self.study_link.setText(self.tr("Participants are sent to {url}").format(
            url=prolific.study_url(site).split("?")[0]) if site else self.tr(
            "The address where participants reach your hosted worker site (HTTPS)."))
        self.state.props = None
        self.state.prolific_plan = None
        try:
            plan = self._plan()
        except (ValueError, OutboxError, PublishError) as exc:
            text = str(exc)
            self.error.setText(text[:1].upper() + text[1:] + ("" if text.endswith(".")
                                                              else "."))
            self.completeChanged.emit()
            return
        self.error.setText("")
        self.state.prolific_plan = plan
        self.state.props = self._props(plan)
        self.state.task_seconds = plan.estimated_minutes * 60
        self.completeChanged.emit()

    def _plan(self) -> prolific.StudyPlan:
        name = self.study_name.text().strip()
        description = self.description.toPlainText().strip()
        if not name:
            raise ValueError(self.tr("Name the study: participants see the name on Prolific"))
        if not description:
            raise ValueError(self.tr("Describe the study: participants read it before they "
                                     "take part"))
        reward = parse_amount(self.reward.text(), self.currency)
        devices = tuple(name for name, box in self.devices.items() if box.isChecked())
        if not devices:
            raise ValueError(self.tr("Choose at least one kind of device"))
        filter_set = str(self.filter_set.currentData() or "") or None
        if filter_set is None:
            prolific.check_group_ids((*_ids(self.allow_groups.text()),
                                      *_ids(self.block_groups.text())))
        site = prolific.check_site_url(self.site_url.text())
        minutes = self.minutes.value()
        return prolific.StudyPlan(
            name=name, description=description, reward_cents=reward,
            places=self.places.value(), hits_per_place=self.per_place.value(),
            estimated_minutes=minutes, site_url=site, devices=devices,
            maximum_minutes=maximum_minutes(minutes),
            block_list=self.block_list.isChecked() and filter_set is None,
            allow_groups=() if filter_set else _ids(self.allow_groups.text()),
            block_groups=() if filter_set else _ids(self.block_groups.text()),
            filter_set_id=filter_set)

    def _props(self, plan: prolific.StudyPlan) -> HITProperties:
        """The HITs the study's participants work: the study's texts, its time, and each
        HIT's share of the reward (what the charts count per approved assignment)."""
        props = HITProperties(
            title=plan.name, description=plan.description,
            reward_cents=max(1, round(plan.reward_cents / plan.hits_per_place)),
            max_assignments=self.assignments.value(), lifetime_s=HIT_LIFETIME_S,
            assignment_duration_s=(plan.maximum_minutes or plan.estimated_minutes) * 60,
            auto_approval_delay_s=AUTO_APPROVAL_S)
        props.check()
        return props

    def set_reward(self, cents: int) -> None:
        self.reward.setText(f"{cents // 100}.{cents % 100:02d}")

    def show_props(self, props: HITProperties) -> None:
        """Fill what a batch published before says (Publish again…): its texts, its
        participants per HIT and its time; the reward per participant is asked anew (the
        HITs hold only their share of it)."""
        self.study_name.setText(props.title)
        self.description.setPlainText(props.description)
        self.assignments.setValue(props.max_assignments)
        if self.state.task_seconds:
            self.minutes.setValue(max(1, round(self.state.task_seconds / 60)))

    def isComplete(self) -> bool:
        return self.state.prolific_plan is not None and self.state.props is not None


class ProlificCostPage(QWizardPage):
    """What the study costs by Prolific's calculator, and its hourly pay against Prolific's
    minimum."""

    def __init__(self, context: PageContext, state: WizardState,
                 set_reward: Any) -> None:
        super().__init__()
        self.context, self.state, self.set_reward = context, state, set_reward
        self.setTitle(self.tr("Cost and fair pay"))
        self.setSubTitle(self.tr("What the study costs in all, asked of Prolific, and what its "
                                 "reward pays per hour."))
        cost_box = QGroupBox(self.tr("Cost"))
        cost_form = QFormLayout(cost_box)
        self.costs: dict[str, QLabel] = {}
        for key, title in (("reward", self.tr("Reward per participant")),
                           ("places", self.tr("Places")),
                           ("rewards", self.tr("Rewards")),
                           ("fee", self.tr("Prolific's fee")),
                           ("total", self.tr("Total"))):
            label = QLabel("—")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.costs[key] = label
            cost_form.addRow(title, label)
        font = self.costs["total"].font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.costs["total"].setFont(font)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setStyleSheet(HINT_STYLE)
        cost_form.addRow(self.source)
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        cost_form.addRow(self.balance)
        pay_box = QGroupBox(self.tr("Fair pay"))
        pay_form = QFormLayout(pay_box)
        self.hourly = QLabel("—")
        hourly_font = self.hourly.font()
        hourly_font.setBold(True)
        hourly_font.setPointSizeF(hourly_font.pointSizeF() * 1.2)
        self.hourly.setFont(hourly_font)
        pay_form.addRow(self.tr("Hourly pay"), self.hourly)
        self.minimum = QLabel("—")
        pay_form.addRow(self.tr("Prolific's minimum"), self.minimum)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        pay_form.addRow(self.warning)
        self.raise_button = QPushButton()
        self.raise_button.setVisible(False)
        self.raise_button.clicked.connect(self._raise_reward)
        raise_row = QHBoxLayout()
        raise_row.addWidget(self.raise_button)
        raise_row.addStretch()
        pay_form.addRow(raise_row)
        boxes = QHBoxLayout()
        boxes.addWidget(cost_box, 1)
        boxes.addWidget(pay_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addStretch()
        self.estimate: prolific.CostEstimate | None = None
        self.minimum_hourly: tuple[int, str] | None = None
        self.fair_reward = 0
        self._asked = 0

    def initializePage(self) -> None:
        plan = self.state.prolific_plan
        if plan is None:
            return
        self.estimate, self.minimum_hourly = None, None
        self._asked += 1
        asked = self._asked
        wb, account = self.context.wb, self.state.account
        self.source.setText(self.tr("Asking Prolific's cost calculator…"))
        self._show()
        self.context.runner.run(
            lambda: (prolific.estimate_cost(wb, account, plan.reward_cents, plan.places),
                     prolific.minimum_hourly_reward(wb, account)),
            on_done=lambda found: self._known(asked, *found),
            on_error=lambda _error: self._unknown(asked))

    def _unknown(self, asked: int) -> None:
        """Prolific could not be asked at all: our fee rule and its documented minimum."""
        plan, account = self.state.prolific_plan, self.state.account
        if plan is None:
            return
        currency = str(account.options.get("currency") or "GBP")
        rewards = plan.reward_cents * plan.places
        self._known(asked, prolific.CostEstimate(
            rewards + prolific_fee_cents(rewards, account.options), currency, "estimate"),
            (minimum_hourly_reward_cents(currency), currency))

    def _known(self, asked: int, estimate: prolific.CostEstimate,
               minimum: tuple[int, str]) -> None:
        if asked != self._asked:
            return
        self.estimate, self.minimum_hourly = estimate, minimum
        self._show()

    def _money(self, cents: int) -> str:
        return format_amount(cents, str(self.state.account.options.get("currency") or "GBP"))

    def _show(self) -> None:
        plan = self.state.prolific_plan
        if plan is None:
            return
        account = self.state.account
        rewards = plan.reward_cents * plan.places
        self.costs["reward"].setText(self._money(plan.reward_cents))
        self.costs["places"].setText(f"{plan.places:,}")
        self.costs["rewards"].setText(self._money(rewards))
        if self.estimate is None:
            total = rewards + prolific_fee_cents(rewards, account.options)
        else:
            total = self.estimate.total_cents
        self.costs["fee"].setText(self._money(total - rewards))
        self.costs["total"].setText(self._money(total))
        self.state.prolific_total_cents = total
        if self.estimate is not None:
            self.source.setText(
                self.tr("From Prolific's cost calculator: rewards, Prolific's fee and VAT.")
                if self.estimate.source == "prolific" else
                self.tr("Prolific could not be asked: estimated with its fee of {percent}% "
                        "(+ VAT where it applies); Prolific's figure may differ.").format(
                            percent=account.options.get("fee_percent") or DEFAULT_FEE_PERCENT))
        balance = account.balance_cents
        if balance is None:
            self.balance.setText(self.tr("The workspace's balance is not known yet (Sync "
                                         "fetches it)."))
            self.balance.setStyleSheet("")
        elif balance < total:
            self.balance.setText(self.tr("The workspace's balance, {balance}, is less than the "
                                         "study costs: top it up on Prolific, or publish fewer "
                                         "places.").format(balance=self._money(balance)))
            self.balance.setStyleSheet(WARNING_STYLE)
        else:
            self.balance.setText(self.tr("The workspace's balance, {balance}, covers it.")
                                 .format(balance=self._money(balance)))
            self.balance.setStyleSheet(OK_STYLE)
        hourly = round(plan.reward_cents * 60 / max(1, plan.estimated_minutes))
        self.hourly.setText(self.tr("{amount} an hour").format(amount=self._money(hourly)))
        if self.minimum_hourly is None:
            self.minimum.setText(self.tr("asking Prolific…"))
            self.warning.setText("")
            self.raise_button.setVisible(False)
            return
        minimum = self.minimum_hourly[0]
        self.minimum.setText(self.tr("{amount} an hour").format(amount=self._money(minimum)))
        self.fair_reward = math.ceil(minimum * plan.estimated_minutes / 60)
        if hourly < minimum:
            self.warning.setText(self.tr(
                "Below Prolific's minimum hourly pay: Prolific does not publish it. A reward "
                "of {reward} reaches the minimum for {minutes} minutes.").format(
                    reward=self._money(self.fair_reward), minutes=plan.estimated_minutes))
            self.warning.setStyleSheet(WARNING_STYLE)
            self.raise_button.setText(self.tr("Pay {reward} instead").format(
                reward=self._money(self.fair_reward)))
            self.raise_button.setVisible(True)
        else:
            self.warning.setText(self.tr("At or above Prolific's minimum hourly pay."))
            self.warning.setStyleSheet(OK_STYLE)
            self.raise_button.setVisible(False)
        self.completeChanged.emit()

    def _raise_reward(self) -> None:
        self.set_reward(self.fair_reward)
        self.initializePage()

    def isComplete(self) -> bool:
        plan = self.state.prolific_plan
        if plan is None or self.minimum_hourly is None:
            return False  # not before the fair-pay check has its minimum
        hourly = round(plan.reward_cents * 60 / max(1, plan.estimated_minutes))
        return hourly >= self.minimum_hourly[0]


class ProlificPublishPage(PublishPage):
    """Make the batch's HITs, queue its study and the study's publishing, and send them."""

    def __init__(self, context: PageContext, state: WizardState) -> None:
        super().__init__(context, state)
        self.setSubTitle(self.tr("The batch's HITs are made on your worker site (each row "
                                 "once), then the study is created and published on Prolific, "
                                 "each exactly once."))
        # One study per wizard: publishing again after a failure finds the same one.
        self.request_key = uuid.uuid4().hex
        # The batch this wizard made (set by the publishing task): publishing again after a
        # failure or a cancel finishes it and its study, never a second copy of the HITs.
        self.made: list[int] = []

    def initializePage(self) -> None:
        plan, table, template = self.state.prolific_plan, self.state.table, self.state.template
        if plan is None or table is None or template is None:
            return
        if not self.name.text():
            self.name.setText(self.state.name or plan.name)
        account = self.state.account
        total = self.state.prolific_total_cents or 0
        money = format_amount(total, str(account.options.get("currency") or "GBP"))
        self.summary.setText(plural(self.tr(
            "{hits} HITs from {source} with the page “{page}”; the study “{study}” on "
            "{account} (Prolific: real money) with {places} places of %n HIT(s) at {reward} "
            "each: {total} with Prolific's fee.", "", plan.hits_per_place),
            plan.hits_per_place).format(
                hits=f"{len(table.rows):,}", source=table.source or self.tr("the input"),
                page=template.name, study=plan.name, account=account.name,
                places=f"{plan.places:,}",
                reward=format_amount(plan.reward_cents,
                                     str(account.options.get("currency") or "GBP")),
                total=money))
        self.publish_button.setText(self.tr("Publish the study"))

    def publish(self) -> None:
        plan, table, template = self.state.prolific_plan, self.state.table, self.state.template
        if plan is None or table is None or template is None or self.busy:
            return
        account, wb = self.state.account, self.context.wb
        props = self.state.props
        assert props is not None
        total = format_amount(self.state.prolific_total_cents or 0,
                              str(account.options.get("currency") or "GBP"))
        if QMessageBox.question(
                self, self.tr("Spend real money?"),
                self.tr("{account} is a Prolific account. Publishing the study reserves "
                        "{total} in your workspace. Publish?").format(account=account.name,
                                                                      total=total)) != \
                QMessageBox.StandardButton.Yes:
            return
        from workbench.services.spend import confirm_spending

        confirm_spending(wb, account)  # the yes above: this session may spend
        if self.made:
            self._set_busy(True, self.tr("Publishing…"))
            self._start(self.made[0])
            return
        html = template.html
        self._set_busy(True, self.tr("Checking for an earlier batch of the same rows…"))
        self.context.runner.run(
            lambda: find_same_batch(wb, account, batch_fingerprint(html, table, props)),
            on_done=self._earlier_known, on_error=self._failed)

    def _start(self, resume: int | None) -> None:
        props, table, template = self.state.props, self.state.table, self.state.template
        plan = self.state.prolific_plan
        assert props is not None and table is not None and template is not None
        assert plan is not None
        wb, account, state = self.context.wb, self.state.account, self.state
        name = self.name.text().strip() or plan.name
        key, made = self.request_key, self.made
        checking, studying = self.tr("Checking every row"), self.tr("Publishing the study")

        def work(progress: Any, cancel: Any) -> tuple[int, PublishReport]:
            from workbench.services.push import push_outbox

            batch_id = resume
            if batch_id is None:
                template_id = state.template_id
                if template_id is None:
                    template_id = save_template(wb, template.name, template.html,
                                                template.design).id
                progress(0, len(table.rows), checking)
                batch_id = create_batch(wb, account, name=name, template_html=template.html,
                                        table=table, props=props, template_id=template_id,
                                        estimated_task_s=plan.estimated_minutes * 60)
            if not made:
                made.append(batch_id)
            report = publish_batch(wb, account, batch_id, progress=progress, cancel=cancel,
                                   concurrency=DEFAULT_CONCURRENCY)
            if report.cancelled or report.published < report.total:
                return batch_id, report
            progress(report.total, report.total, studying)
            study = prolific.publish_study(wb, account, batch_id, plan, request_key=key)
            push_outbox(wb, account)
            state.prolific_study = prolific.get_study(wb, account, study.request_key)
            return batch_id, report

        self._set_busy(True, self.tr("Publishing…"), cancellable=True)
        self.progress.setRange(0, len(table.rows))
        self.progress.setValue(0)
        task = self.context.start_task(self.tr("Publishing {batch}").format(batch=name), work,
                                       self._published)
        task.progressed.connect(self._progressed)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self.task = task

    def _published(self, outcome: tuple[int, PublishReport]) -> None:
        super()._published(outcome)
        study = self.state.prolific_study
        if study is None or outcome[1].cancelled:
            return
        from workbench.views.prolific.study_window import status_words

        if study.status in ("ACTIVE", "AWAITING REVIEW"):
            text = self.tr("The study “{name}” is live on Prolific ({status}); participants "
                           "are sent to your worker site. Its window is on the Batches page "
                           "(Prolific study…).")
            ok = True
        else:
            text = self.tr("The study “{name}” is {status}: its creation or publishing waits "
                           "in the Outbox (see why there); Sync sends it again.")
            ok = False
        self.result.setText(self.result.text() + " " + text.format(
            name=study.name, status=status_words(study.status)))
        self.result.setStyleSheet(OK_STYLE if ok else WARNING_STYLE)
