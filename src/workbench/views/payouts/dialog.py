"""Pay workers: who is owed what, a payout run and its file, then "Mark paid" or "Cancel run".

Everything that reads or writes the store runs off the GUI thread. A run is recorded by the
service before its file is written; the dialog's request key (new after each run) makes a
second click on "Write payout file" find the same run, and "Mark paid" is disabled the moment
it is clicked (the service would also take a second mark as a no-op).
"""

from __future__ import annotations

import re
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.currency import CURRENCIES, currency_symbol
from workbench.domain.fee_schedules import fee_schedule
from workbench.formats.payout_files import PAYPAL, PLAIN_CSV
from workbench.models.formatting import (
    fee_schedule_text,
    local_time,
    money_text,
    percent_number,
)
from workbench.models.payouts import SORT_ROLE, OwedTableModel, PayoutRunsModel
from workbench.models.review import english_plural
from workbench.models.tasks import TaskRunner
from workbench.services import payouts
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.views.widgets.file_dialogs import save_file_name

NOTE_STYLE = "color: palette(mid);"
WARNING_STYLE = "color: #8a5300;"
ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b7f3b;"


def _label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def _table(model: Any) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    return view


class PayWorkersDialog(QDialog):
    """Pay an own workforce: the ledger, payout runs and their files, marking them paid."""

    # Something was recorded, marked, cancelled or set: pages showing money reload.
    changed = Signal()

    def __init__(self, wb: Workbench, account: AccountInfo, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb, self.account, self.runner = wb, account, runner
        self.request_key = self._new_key()
        self.busy = False
        self.runs_made = 0
        self.setWindowTitle(self.tr("Pay workers — {account}").format(account=account.name))
        self.resize(1040, 680)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr(
            "What each worker earned (approved rewards and bonuses), what was paid and what is "
            "owed. A payout run is recorded first, then its file is written for your payout "
            "service; mark the run paid once the service has paid it. An amount is never in "
            "two runs.")))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_owed(), self.tr("Owed"))
        self.tabs.addTab(self._build_runs(), self.tr("Payout runs"))
        self.tabs.addTab(self._build_settings(), self.tr("Currency and fees"))
        layout.addWidget(self.tabs, 1)
        self.status = _label()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    @staticmethod
    def _new_key() -> str:
        return f"payout-{uuid.uuid4().hex}"

    # -- building ---------------------------------------------------------------------------

    def _build_owed(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Pay everyone owed at least")))
        self.minimum = QDoubleSpinBox()
        self.minimum.setDecimals(2)
        self.minimum.setRange(0, 1_000_000)
        self.minimum.setSingleStep(1)
        self.minimum.setAccessibleName(self.tr("Minimum amount to pay a worker"))
        self.minimum.valueChanged.connect(lambda _value: self.tick_owed())
        bar.addWidget(self.minimum)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("File for")))
        self.file_format = QComboBox()
        self.file_format.addItem(self.tr("PayPal Payouts (bulk payment file)"), PAYPAL)
        self.file_format.addItem(self.tr("CSV: worker, e-mail, amount, currency, reference"),
                                 PLAIN_CSV)
        self.file_format.setAccessibleName(self.tr("Payout file format"))
        self.file_format.currentIndexChanged.connect(lambda _index: self.tick_owed())
        bar.addWidget(self.file_format)
        bar.addStretch()
        self.email_button = QPushButton(self.tr("Set e-mail…"))
        self.email_button.setToolTip(self.tr("The address the selected worker is paid at"))
        self.email_button.clicked.connect(self.set_email)
        self.email_button.setEnabled(False)
        bar.addWidget(self.email_button)
        layout.addLayout(bar)
        self.owed_model = OwedTableModel(self)
        self.owed_model.ticks_changed.connect(self._show_total)
        self.owed_table = _table(self.owed_model)
        self.owed_table.setAccessibleName(self.tr("Workers and what they are owed"))
        header = self.owed_table.horizontalHeader()
        for column, width in enumerate((50, 150, 230, 230, 90, 90, 130, 130)):
            self.owed_table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.owed_table.selectionModel().selectionChanged.connect(
            lambda *_: self._worker_chosen())
        layout.addWidget(self.owed_table, 1)
        self.history = _label()
        self.history.setAccessibleName(self.tr("The selected worker's payouts"))
        layout.addWidget(self.history)
        self.total = QLabel()
        font = self.total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.total.setFont(font)
        layout.addWidget(self.total)
        self.left_out = _label("", WARNING_STYLE)
        layout.addWidget(self.left_out)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Save the file as")))
        self.path = QLineEdit(str(self._suggested_path()))
        self.path.setAccessibleName(self.tr("Where the payout file is saved"))
        file_row.addWidget(self.path, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row.addWidget(browse)
        self.write_button = QPushButton(self.tr("Write payout file"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write_file)
        file_row.addWidget(self.write_button)
        layout.addLayout(file_row)
        return tab

    def _build_runs(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.runs_model = PayoutRunsModel(self)
        self.runs_table = _table(self.runs_model)
        self.runs_table.setAccessibleName(self.tr("Payout runs"))
        for column, width in enumerate((50, 150, 130, 70, 100, 120, 130, 300)):
            self.runs_table.setColumnWidth(column, width)
        self.runs_table.horizontalHeader().setStretchLastSection(True)
        self.runs_table.selectionModel().selectionChanged.connect(lambda *_: self._run_chosen())
        layout.addWidget(self.runs_table, 1)
        self.run_details = _label()
        layout.addWidget(self.run_details)
        buttons = QHBoxLayout()
        self.paid_button = QPushButton(self.tr("Mark paid"))
        self.paid_button.setToolTip(self.tr("Your payout service has paid this run"))
        self.paid_button.clicked.connect(self.mark_paid)
        self.cancel_button = QPushButton(self.tr("Cancel run…"))
        self.cancel_button.setToolTip(self.tr("The run was not paid: its amounts are owed "
                                              "again and its file is removed"))
        self.cancel_button.clicked.connect(self.cancel_run)
        self.rewrite_button = QPushButton(self.tr("Write file again…"))
        self.rewrite_button.clicked.connect(self.write_again)
        for button in (self.paid_button, self.cancel_button, self.rewrite_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        return tab

    def _build_settings(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.currency = QComboBox()
        for code, symbol in CURRENCIES.items():
            self.currency.addItem(f"{code} ({symbol})", code)
        self.currency.setAccessibleName(self.tr("The account's currency"))
        currency_row = QHBoxLayout()
        currency_row.addWidget(self.currency)
        self.currency_fixed = _label(self.tr("fixed: payout runs were made in it"), NOTE_STYLE)
        self.currency_fixed.setWordWrap(False)
        currency_row.addWidget(self.currency_fixed)
        currency_row.addStretch()
        form.addRow(self.tr("Currency of rewards, bonuses and payouts"), currency_row)
        self.fee = QDoubleSpinBox()
        self.fee.setDecimals(2)
        self.fee.setRange(0, 50)
        self.fee.setSuffix(" %")
        self.fee.setMinimumWidth(110)
        self.fee.setAccessibleName(self.tr("Payout service fee in percent"))
        form.addRow(self.tr("Your payout service's fee"), self.fee)
        layout.addLayout(form)
        self.schedule = _label()
        layout.addWidget(self.schedule)
        layout.addWidget(_label(self.tr(
            "The fee is what your payout service charges you on top of what workers are paid "
            "(PayPal Payouts, Wise and the like). Costs, charts and exports of this account "
            "count it instead of MTurk's fees. The currency can change only until the first "
            "payout run."), NOTE_STYLE))
        row = QHBoxLayout()
        self.save_settings = QPushButton(self.tr("Save"))
        self.save_settings.clicked.connect(self.save_payout_settings)
        row.addWidget(self.save_settings)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        return tab

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        wb, account = self.wb, self.account

        def load() -> tuple[list[payouts.WorkerBalance], list[payouts.PayoutRunInfo]]:
            payouts.publish_paid_runs(wb, account)  # a site not told of a paid run: tell it
            return payouts.ledger(wb, account), payouts.list_runs(wb, account)

        if not self.status.text():
            self._say(self.tr("Loading…"), NOTE_STYLE)
        self.runner.run(load, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, found: tuple[list[payouts.WorkerBalance],
                                   list[payouts.PayoutRunInfo]]) -> None:
        balances, runs = found
        settings = payouts.payout_settings(self.account)
        first = not self.owed_model.balances
        self.owed_model.set_balances(balances, settings.currency)
        self.runs_model.set_runs(runs)
        symbol = currency_symbol(settings.currency)
        before = money_text(100, settings.currency).startswith(symbol)
        self.minimum.setPrefix(symbol + " " if before else "")
        self.minimum.setSuffix("" if before else "\u00a0" + symbol)
        self.currency.setCurrentIndex(max(0, self.currency.findData(settings.currency)))
        self.currency.setEnabled(not any(r.state != payouts.CANCELLED for r in runs))
        self.currency_fixed.setVisible(not self.currency.isEnabled())
        self.fee.setValue(float(settings.fee_percent))
        self.schedule.setText(self.tr("Fees of this account: {schedule}").format(
            schedule=fee_schedule_text(fee_schedule(self.account.kind, self.account.options))))
        if first:
            self.owed_table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
            self.runs_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.tick_owed()
        self._run_chosen()
        if not balances:
            self._say(self.tr("No worker of this account has earned anything yet."), NOTE_STYLE)
        elif self.status.text() == self.tr("Loading…"):
            self._say("")  # what a run or a mark said stays until the next one

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._say(str(error), ERROR_STYLE)
        self._run_chosen()

    def _say(self, text: str, style: str = "") -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)

    # -- who is paid --------------------------------------------------------------------------

    def minimum_cents(self) -> int:
        return round(self.minimum.value() * 100)

    def paypal(self) -> bool:
        return self.file_format.currentData() == PAYPAL

    def tick_owed(self) -> None:
        """Tick everyone owed at least the minimum (with an e-mail address, for PayPal)."""
        minimum = max(1, self.minimum_cents())
        self.owed_model.tick({b.worker_id for b in self.owed_model.balances
                              if b.payable_cents >= minimum and (b.email or not self.paypal())})

    def _show_total(self) -> None:
        chosen = self.owed_model.ticked_balances()
        currency = self.owed_model.currency
        total = sum(b.payable_cents for b in chosen)
        self.total.setText(english_plural(self.tr("Total: {amount} to %n worker(s)", "",
                                                  len(chosen)), len(chosen)).format(
            amount=money_text(total, currency)))
        owed = [b for b in self.owed_model.balances if b.payable_cents > 0]
        no_email = [b for b in owed if not b.email]
        notes = []
        if self.paypal() and no_email:
            notes.append(english_plural(self.tr(
                "%n worker(s) owed money without a payout e-mail address: PayPal needs one "
                "(Set e-mail…).", "", len(no_email)), len(no_email)))
        fees = payouts.payout_settings(self.account)
        if fees.fee_percent and total:
            fee = fee_schedule(self.account.kind, self.account.options).bonus_fee_cents(total)
            notes.append(self.tr("Your payout service's fee ({percent}%): about {fee}.").format(
                percent=percent_number(fees.fee_percent), fee=money_text(fee, currency)))
        self.left_out.setText(" ".join(notes))
        self.write_button.setEnabled(bool(chosen) and not self.busy)

    def _selected_worker(self) -> payouts.WorkerBalance | None:
        rows = self.owed_table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        proxy = self.owed_table.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        return self.owed_model.worker_at(proxy.mapToSource(rows[0]).row())

    def _worker_chosen(self) -> None:
        """Show the selected worker's history of payouts (read off the GUI thread)."""
        balance = self._selected_worker()
        self.email_button.setEnabled(balance is not None)
        if balance is None:
            self.history.setText("")
            return
        wb, account, worker = self.wb, self.account, balance.worker_id

        def shown(history: list[payouts.WorkerPayout]) -> None:
            chosen = self._selected_worker()
            if chosen is None or chosen.worker_id != worker:
                return  # another worker was chosen meanwhile
            who = balance.name or worker
            if not history:
                self.history.setText(self.tr("{worker}: no payouts yet.").format(worker=who))
                return
            parts = [self.tr("run {run} ({state}, {when}): {amount}").format(
                run=item.run.id, state=self.runs_model.state_text(item.run.state),
                when=local_time(item.run.paid_at or item.run.created_at),
                amount=money_text(item.amount_cents, item.run.currency))
                for item in history[:8]]
            more = len(history) - len(parts)
            self.history.setText(self.tr("{worker}'s payouts: {runs}").format(
                worker=who, runs="; ".join(parts)) + (f"; … (+{more})" if more > 0 else ""))

        self.runner.run(lambda: payouts.worker_history(wb, account, worker), on_done=shown)

    def set_email(self) -> None:
        balance = self._selected_worker()
        if balance is None:
            return
        address, ok = QInputDialog.getText(
            self, self.tr("Payout e-mail"),
            self.tr("The address {worker} is paid at (empty: none):").format(
                worker=balance.name or balance.worker_id), QLineEdit.EchoMode.Normal,
            balance.email)
        if not ok:
            return
        wb, account, worker = self.wb, self.account, balance.worker_id
        self.runner.run(lambda: payouts.set_payee(wb, account, worker, email=address.strip()),
                        on_done=lambda _payee: self.reload(), on_error=self._failed)

    # -- writing the file -------------------------------------------------------------------

    def _suggested_path(self) -> Path:
        name = re.sub(r"[^A-Za-z0-9._-]+", "-", self.account.name).strip("-") or "account"
        return Path.home() / f"payouts-{name}-{date.today():%Y-%m-%d}.csv"

    def choose_file(self, suggested: str) -> str | None:
        """Where to save a file (a seam the tests replace)."""
        path, _ = save_file_name(self, self.tr("Save the payout file"), suggested,
                                 self.tr("CSV files (*.csv)"))
        return path or None

    def _browse(self) -> None:
        chosen = self.choose_file(self.path.text())
        if chosen:
            self.path.setText(chosen)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.write_button.setEnabled(not busy and bool(self.owed_model.ticked))

    def write_file(self) -> None:
        """Record a run of the ticked workers, then write its file (off the GUI thread)."""
        if self.busy:
            return
        chosen = [b.worker_id for b in self.owed_model.ticked_balances()]
        target = self.path.text().strip()
        if not chosen:
            self._say(self.tr("Tick the workers to pay."), ERROR_STYLE)
            return
        if not target:
            self._say(self.tr("Say where to save the file."), ERROR_STYLE)
            return
        self._set_busy(True)
        self._say(self.tr("Recording the run and writing its file…"), NOTE_STYLE)
        wb, account, key = self.wb, self.account, self.request_key
        file_format = str(self.file_format.currentData())
        self.runner.run(lambda: payouts.start_run(wb, account, file_format=file_format,
                                                  out=target, worker_ids=chosen,
                                                  request_key=key),
                        on_done=self._written, on_error=self._failed)

    def _written(self, outcome: payouts.RunOutcome) -> None:
        self._set_busy(False)
        self.request_key = self._new_key()  # the next run is a new one
        self.runs_made += 1
        run = outcome.run
        self._say(english_plural(self.tr(
            "Payout run {run}: {amount} to %n worker(s), written to {path}. Upload it to your "
            "payout service, then mark the run paid.", "", run.workers), run.workers).format(
                run=run.id, amount=money_text(run.total_cents, run.currency),
                path=run.file_path), OK_STYLE)
        self.path.setText(str(self._suggested_path().with_name(
            f"{self._suggested_path().stem}-{run.id + 1}.csv")))
        self.tabs.setCurrentIndex(1)
        self.changed.emit()
        self.reload()

    # -- runs ---------------------------------------------------------------------------------

    def selected_run(self) -> payouts.PayoutRunInfo | None:
        rows = self.runs_table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        proxy = self.runs_table.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        return self.runs_model.run_at(proxy.mapToSource(rows[0]).row())

    def select_run(self, run_id: int) -> None:
        proxy = self.runs_table.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        for row, run in enumerate(self.runs_model.runs):
            if run.id == run_id:
                self.runs_table.selectRow(proxy.mapFromSource(self.runs_model.index(row, 0)).row())
                return

    def _run_chosen(self) -> None:
        run = self.selected_run()
        self.paid_button.setEnabled(run is not None and run.state == payouts.WRITTEN
                                    and not self.busy)
        self.cancel_button.setEnabled(run is not None and run.open and not self.busy)
        self.rewrite_button.setEnabled(run is not None and run.open and not self.busy)
        if run is None:
            self.run_details.setText(self.tr("Select a run to mark it paid, cancel it or write "
                                             "its file again."))
            return
        parts = [english_plural(self.tr("Run {run}: {amount} to %n worker(s), made by {who}",
                                        "", run.workers), run.workers).format(
            run=run.id, amount=money_text(run.total_cents, run.currency), who=run.created_by)]
        if run.state == payouts.RECORDED:
            parts.append(self.tr("its file was never written (interrupted?): write it again, "
                                 "or cancel the run"))
        if run.paid_at is not None:
            parts.append(self.tr("marked paid by {who}").format(who=run.paid_by))
        if run.note:
            parts.append(run.note)
        self.run_details.setText("; ".join(parts) + ".")

    def mark_paid(self) -> None:
        run = self.selected_run()
        if run is None or self.busy or not self.paid_button.isEnabled():
            return
        # Disabled at once: a double click's second click finds nothing to press.
        self.paid_button.setEnabled(False)
        self._set_busy(True)
        wb, account, run_id = self.wb, self.account, run.id
        self.runner.run(lambda: payouts.mark_paid(wb, account, run_id),
                        on_done=self._marked, on_error=self._failed)

    def _marked(self, outcome: payouts.MarkOutcome) -> None:
        self._set_busy(False)
        run = outcome.run
        self._say(self.tr("Payout run {run} is marked paid: {amount}.").format(
            run=run.id, amount=money_text(run.total_cents, run.currency)), OK_STYLE)
        self.changed.emit()
        self.reload()

    def cancel_run(self) -> None:
        run = self.selected_run()
        if run is None or self.busy:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel run {run}").format(run=run.id),
            self.tr("Its amounts will be owed again and its file removed. Why is it cancelled? "
                    "(optional)"))
        if not ok:
            return
        self._set_busy(True)
        self.cancel_button.setEnabled(False)
        wb, account, run_id = self.wb, self.account, run.id
        self.runner.run(lambda: payouts.cancel_run(wb, account, run_id, reason=reason),
                        on_done=self._cancelled, on_error=self._failed)

    def _cancelled(self, outcome: payouts.MarkOutcome) -> None:
        self._set_busy(False)
        self._say(self.tr("Payout run {run} is cancelled: its amounts are owed again.").format(
            run=outcome.run.id), OK_STYLE)
        self.changed.emit()
        self.reload()

    def write_again(self) -> None:
        run = self.selected_run()
        if run is None or self.busy:
            return
        chosen = self.choose_file(run.file_path or self.path.text())
        if not chosen:
            return
        self._set_busy(True)
        wb, account, run_id = self.wb, self.account, run.id
        self.runner.run(lambda: payouts.write_run_file(wb, account, run_id, chosen),
                        on_done=self._rewritten, on_error=self._failed)

    def _rewritten(self, run: payouts.PayoutRunInfo) -> None:
        self._set_busy(False)
        self._say(self.tr("The file of run {run} is written to {path}.").format(
            run=run.id, path=run.file_path), OK_STYLE)
        self.reload()

    # -- settings -------------------------------------------------------------------------------

    def save_payout_settings(self) -> None:
        wb, account = self.wb, self.account
        currency = str(self.currency.currentData()) if self.currency.isEnabled() else None
        percent = f"{self.fee.value():.2f}"
        self.runner.run(lambda: payouts.set_payout_settings(wb, account, currency=currency,
                                                            fee_percent=percent),
                        on_done=self._settings_saved, on_error=self._failed)

    def _settings_saved(self, account: AccountInfo) -> None:
        self.account = account
        self._say(self.tr("Saved: {schedule}").format(
            schedule=fee_schedule_text(fee_schedule(account.kind, account.options))), OK_STYLE)
        self.changed.emit()
        self.reload()
