"""The "Pay workers" tables: who is owed what (with a tick for who is paid now), and the runs.

Both are small (one row a worker, one row a run: hundreds, not millions), so they hold plain
rows loaded off the GUI thread and sort through a proxy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from workbench.domain.text import QT_TRANSLATE_NOOP
from workbench.models.formatting import local_time, money_text
from workbench.services.payouts import (
    CANCELLED,
    PAID,
    RECORDED,
    WRITTEN,
    PayoutRunInfo,
    WorkerBalance,
)

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#6b7280")
STATE_COLOURS = {RECORDED: "#b3261e", WRITTEN: "#b26a00", PAID: "#1b7f3b", CANCELLED: "#6b7280"}


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    money: bool = False


OWED_COLUMNS = (
    Column("pay", QT_TRANSLATE_NOOP("OwedTableModel", "Pay")),
    Column("worker", QT_TRANSLATE_NOOP("OwedTableModel", "Worker")),
    Column("name", QT_TRANSLATE_NOOP("OwedTableModel", "Name")),
    Column("email", QT_TRANSLATE_NOOP("OwedTableModel", "Payout e-mail")),
    Column("earned", QT_TRANSLATE_NOOP("OwedTableModel", "Earned"), True),
    Column("paid", QT_TRANSLATE_NOOP("OwedTableModel", "Paid"), True),
    Column("in_runs", QT_TRANSLATE_NOOP("OwedTableModel", "In runs not paid"), True),
    Column("payable", QT_TRANSLATE_NOOP("OwedTableModel", "To pay now"), True),
)


class OwedTableModel(QAbstractTableModel):
    """Every worker who earned something: earned, paid, in runs, to pay; ticked to be paid."""

    ticks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.balances: list[WorkerBalance] = []
        self.ticked: set[str] = set()
        self.currency = "USD"

    def set_balances(self, balances: Sequence[WorkerBalance], currency: str) -> None:
        """Replace the rows (a wholesale reload); ticks of workers still owed are kept."""
        self.beginResetModel()
        self.balances = list(balances)
        self.currency = currency
        payable = {b.worker_id for b in self.balances if b.payable_cents > 0}
        self.ticked &= payable
        self.endResetModel()
        self.ticks_changed.emit()

    def tick(self, worker_ids: set[str]) -> None:
        """Tick exactly these workers (those with nothing to pay stay unticked)."""
        payable = {b.worker_id for b in self.balances if b.payable_cents > 0}
        self.ticked = set(worker_ids) & payable
        if self.balances:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.balances) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def ticked_balances(self) -> list[WorkerBalance]:
        return [b for b in self.balances if b.worker_id in self.ticked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.balances)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OWED_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(OWED_COLUMNS):
            return None
        column = OWED_COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OwedTableModel", column.label)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.money:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _value(self, balance: WorkerBalance, key: str) -> Any:
        return {"worker": balance.worker_id, "name": balance.name, "email": balance.email,
                "earned": balance.earned_cents, "paid": balance.paid_cents,
                "in_runs": balance.in_runs_cents, "payable": balance.payable_cents,
                "pay": balance.worker_id in self.ticked}[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.balances):
            return None
        balance = self.balances[index.row()]
        column = OWED_COLUMNS[index.column()]
        if column.key == "pay":
            if role == Qt.ItemDataRole.CheckStateRole:
                ticked = balance.worker_id in self.ticked
                return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            if role == SORT_ROLE:
                return int(balance.worker_id in self.ticked)
            if role == Qt.ItemDataRole.ToolTipRole and balance.payable_cents <= 0:
                return QCoreApplication.translate("OwedTableModel", "Nothing to pay now")
            return None
        value = self._value(balance, column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.money:
                return money_text(int(value), self.currency)
            if column.key == "email" and not value:
                return QCoreApplication.translate("OwedTableModel", "no e-mail")
            return str(value)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column.key in ("name", "email") and value:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.money:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
                (column.key == "email" and not value) or (column.money and value == 0)):
            return MUTED
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if OWED_COLUMNS[index.column()].key == "pay" and \
                self.balances[index.row()].payable_cents > 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or \
                OWED_COLUMNS[index.column()].key != "pay":
            return False
        balance = self.balances[index.row()]
        if balance.payable_cents <= 0:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True)
        (self.ticked.add if checked else self.ticked.discard)(balance.worker_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True

    def worker_at(self, row: int) -> WorkerBalance | None:
        return self.balances[row] if 0 <= row < len(self.balances) else None


RUN_COLUMNS = (
    Column("run", QT_TRANSLATE_NOOP("PayoutRunsModel", "Run")),
    Column("state", QT_TRANSLATE_NOOP("PayoutRunsModel", "State")),
    Column("created", QT_TRANSLATE_NOOP("PayoutRunsModel", "Made")),
    Column("workers", QT_TRANSLATE_NOOP("PayoutRunsModel", "Workers")),
    Column("total", QT_TRANSLATE_NOOP("PayoutRunsModel", "Total"), True),
    Column("format", QT_TRANSLATE_NOOP("PayoutRunsModel", "File format")),
    Column("paid", QT_TRANSLATE_NOOP("PayoutRunsModel", "Paid")),
    Column("file", QT_TRANSLATE_NOOP("PayoutRunsModel", "File")),
)
STATE_LABELS = {RECORDED: QT_TRANSLATE_NOOP("PayoutRunsModel", "file not written"),
                WRITTEN: QT_TRANSLATE_NOOP("PayoutRunsModel", "written, not paid yet"),
                PAID: QT_TRANSLATE_NOOP("PayoutRunsModel", "paid"),
                CANCELLED: QT_TRANSLATE_NOOP("PayoutRunsModel", "cancelled")}
FORMAT_LABELS = {"paypal": QT_TRANSLATE_NOOP("PayoutRunsModel", "PayPal Payouts"),
                 "csv": QT_TRANSLATE_NOOP("PayoutRunsModel", "CSV")}


class PayoutRunsModel(QAbstractTableModel):
    """The account's payout runs, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.runs: list[PayoutRunInfo] = []

    def set_runs(self, runs: Sequence[PayoutRunInfo]) -> None:
        self.beginResetModel()
        self.runs = list(runs)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.runs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RUN_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(RUN_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PayoutRunsModel", RUN_COLUMNS[section].label)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.runs):
            return None
        run = self.runs[index.row()]
        key = RUN_COLUMNS[index.column()].key
        if role == SORT_ROLE:
            return {"run": run.id, "state": run.state, "created": run.created_at.timestamp(),
                    "workers": run.workers, "total": run.total_cents, "format": run.file_format,
                    "paid": run.paid_at.timestamp() if run.paid_at else 0.0,
                    "file": run.file_path or ""}[key]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(run, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "state":
            return QColor(STATE_COLOURS.get(run.state, "#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "file" and run.file_path:
                return run.file_path
            if key == "state" and run.note:
                return run.note
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("total", "workers", "run"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def state_text(state: str) -> str:
        """A run's state in words ("written, not paid yet")."""
        label = STATE_LABELS.get(state)
        return QCoreApplication.translate("PayoutRunsModel", label) if label else state

    def _text(self, run: PayoutRunInfo, key: str) -> str:
        if key == "run":
            return str(run.id)
        if key == "state":
            return self.state_text(run.state)
        if key == "created":
            return local_time(run.created_at)
        if key == "workers":
            return str(run.workers)
        if key == "total":
            return money_text(run.total_cents, run.currency)
        if key == "format":
            label = FORMAT_LABELS.get(run.file_format)
            return QCoreApplication.translate("PayoutRunsModel", label) if label \
                else run.file_format
        if key == "paid":
            return local_time(run.paid_at) if run.paid_at else ""
        return run.file_path or ""

    def run_at(self, row: int) -> PayoutRunInfo | None:
        return self.runs[row] if 0 <= row < len(self.runs) else None
