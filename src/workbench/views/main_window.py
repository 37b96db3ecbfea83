"""The main window: a side bar of pages, the account switcher, Sync, and the status bar.

It stays thin: it builds pages and actions, runs long work through the task runner and
announces changes on the bus; pages refresh themselves from there.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from workbench.domain.money import format_dollars
from workbench.marketplace.errors import error_message
from workbench.models import changes
from workbench.models.formatting import local_time
from workbench.models.tasks import LongTask, TaskRunner
from workbench.services.accounts import AccountInfo, add_account, get_account, list_accounts
from workbench.services.context import Workbench
from workbench.services.tables import store_is_empty
from workbench.views.dialogs.account_dialog import AccountDialog
from workbench.views.pages.base import Page, PageContext
from workbench.views.pages.placeholder import ComingPage
from workbench.views.settings import load_bytes, window_settings
from workbench.views.widgets.account_badge import AccountBadge
from workbench.views.widgets.task_progress import TaskProgress

# Side-bar entries and the class that fills each. A page whose module is not part of this
# build shows what it is for instead (ComingPage).
PAGES = [
    ("Start", "workbench.views.pages.welcome", "WelcomePage"),
    ("Batches", "workbench.views.pages.batches", "BatchesPage"),
    ("HITs", "workbench.views.pages.hits", "HitsPage"),
    ("Assignments", "workbench.views.pages.assignments", "AssignmentsPage"),
    ("Review", "workbench.views.pages.review", "ReviewPage"),
    ("Workers", "workbench.views.pages.workers", "WorkersPage"),
    ("Qualifications", "workbench.views.pages.qualifications", "QualificationsPage"),
    ("Charts", "workbench.views.pages.charts", "ChartsPage"),
    ("Outbox", "workbench.views.pages.outbox", "OutboxPage"),
]
PAGE_ORDER = [name for name, _, _ in PAGES]


def build_page(name: str, module_name: str, class_name: str, context: PageContext) -> Page:
    """The page for a side-bar entry, or its description if this build lacks the page."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as missing:
        if missing.name != module_name:
            raise  # the page exists but something it needs does not: a real error
        return ComingPage(name, context)
    page: Page = getattr(module, class_name)(context)
    return page


class MainWindow(QMainWindow):
    """Pages in a stack, chosen from the side bar; the account and Sync in the toolbar."""

    def __init__(self, wb: Workbench, *, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.wb = wb
        self.runner = runner or TaskRunner(self)
        self.bus = changes.ChangeBus(self)
        self.account: AccountInfo = get_account(wb)
        self.setWindowTitle("Requester Workbench")
        self.setMinimumSize(QSize(960, 600))

        self.pages: dict[str, Page] = {}
        self.context = PageContext(
            wb=wb, runner=self.runner, bus=self.bus, start_task=self._start,
            show_page=self.show_page,
            commands={"demo": self.run_demo, "connect": self.connect_account,
                      "import": self.import_results, "sync": self.sync})
        self.stack = QStackedWidget()
        self.side_bar = QListWidget()
        self.side_bar.setAccessibleName("Pages")
        self.side_bar.setFixedWidth(170)
        self.side_bar.setSpacing(2)
        self.side_bar.setStyleSheet(
            "QListWidget { border: none; background: palette(window); padding-top: 6px; }"
            "QListWidget::item { padding-left: 10px; border-radius: 4px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }")
        for name, module_name, class_name in PAGES:
            self._add_page(name, build_page(name, module_name, class_name, self.context))
        self.welcome = self.pages["Start"]
        self.hits = self.pages["HITs"]
        self.assignments = self.pages["Assignments"]
        self.outbox = self.pages["Outbox"]
        self.side_bar.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.side_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_actions()
        self.task_progress = TaskProgress()
        self.statusBar().addPermanentWidget(self.task_progress)
        self.bus.changed.connect(self._on_changes)
        self._restore_geometry()
        self._load_accounts()
        self.show_page("Start" if store_is_empty(wb) else "HITs")

    # -- building ---------------------------------------------------------------------------

    def _add_page(self, name: str, page: Page) -> None:
        self.pages[name] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(name)
        item.setSizeHint(QSize(150, 32))
        self.side_bar.addItem(item)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    def _build_toolbar(self) -> None:
        bar = QToolBar("Account")
        bar.setObjectName("account-toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(" Account: "))
        self.account_box = QComboBox()
        self.account_box.setMinimumWidth(220)
        self.account_box.setAccessibleName("Account")
        self.account_box.activated.connect(self._account_chosen)
        bar.addWidget(self.account_box)
        bar.addWidget(QLabel(" "))
        self.badge = AccountBadge()
        bar.addWidget(self.badge)
        bar.addSeparator()
        self.sync_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload), "Sync", self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.setToolTip("Send queued actions, then pull the marketplace (F5)")
        self.sync_action.triggered.connect(self.sync)
        bar.addAction(self.sync_action)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.balance = QLabel()
        self.balance.setAccessibleName("Account balance")
        bar.addWidget(self.balance)
        bar.addWidget(QLabel("  "))
        self.addToolBar(bar)

    def _build_actions(self) -> None:
        find = QAction("Find", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        for number, name in enumerate(PAGE_ORDER, start=1):
            go = QAction(f"Go to {name}", self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _checked=False, n=name: self.show_page(n))
            self.addAction(go)
        menus = self.menuBar()
        workbench_menu = menus.addMenu("&Workbench")
        for text, handler, shortcut in (
                ("&Settings…", self.open_settings, QKeySequence.StandardKey.Preferences),
                ("&Back up store…", self.back_up_store, None),
                ("&Restore from a backup…", self.restore_backup, None),
                ("&About Requester Workbench", self.show_about, None)):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(handler)
            workbench_menu.addAction(action)
        workbench_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        workbench_menu.addAction(quit_action)
        account_menu = menus.addMenu("&Account")
        add = QAction("&Connect an account…", self)
        add.triggered.connect(self.connect_account)
        account_menu.addAction(add)
        account_menu.addAction(self.sync_action)
        archive = QAction("&Archive this account…", self)
        archive.setToolTip("Pull everything the marketplace still returns into the store")
        archive.triggered.connect(self.archive_account)
        account_menu.addAction(archive)
        import_action = QAction("&Import MTurk results (CSV)…", self)
        import_action.triggered.connect(self.import_results)
        account_menu.addAction(import_action)
        go_menu = menus.addMenu("&Go")
        for action in self.actions():
            if action.text().startswith("Go to "):
                go_menu.addAction(action)

    # -- pages and accounts -----------------------------------------------------------------

    def show_page(self, name: str) -> None:
        self.side_bar.setCurrentRow(PAGE_ORDER.index(name))

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def _focus_search(self) -> None:
        self.current_page().focus_search()

    def _load_accounts(self) -> None:
        accounts = list_accounts(self.wb)
        self.account_box.blockSignals(True)
        self.account_box.clear()
        for account in accounts:
            self.account_box.addItem(f"{account.name} — {account.kind_label}", account.id)
        self.account_box.setCurrentIndex(max(0, self.account_box.findData(self.account.id)))
        self.account_box.blockSignals(False)
        self.set_account(next((a for a in accounts if a.id == self.account.id), self.account))

    def _account_chosen(self, index: int) -> None:
        account_id = self.account_box.itemData(index)
        chosen = next((a for a in list_accounts(self.wb) if a.id == account_id), None)
        if chosen is not None and chosen.id != self.account.id:
            self.set_account(chosen)

    def set_account(self, account: AccountInfo) -> None:
        self.account = account
        self.badge.set_kind(account.kind)
        self._show_balance(account)
        for page in self.pages.values():
            page.set_account(account)

    def _show_balance(self, account: AccountInfo) -> None:
        if account.balance_cents is None:
            self.balance.setText("Balance: not synced yet")
        else:
            when = local_time(account.last_synced_at) if account.last_synced_at else ""
            self.balance.setText(f"Balance: {format_dollars(account.balance_cents)}"
                                 + (f"  (as of {when})" if when else ""))

    def _on_changes(self, kinds: frozenset[str]) -> None:
        if changes.ACCOUNTS in kinds:
            self._load_accounts()
        for page in self.pages.values():
            page.on_changes(kinds)

    # -- long work --------------------------------------------------------------------------

    def _start(self, title: str, work: Any, on_done: Any) -> LongTask:
        task = self.runner.start(title, work, on_done=on_done,
                                 on_error=lambda e: self._failed(title, e))
        self.task_progress.watch(task)
        task.cancelled.connect(lambda: self.statusBar().showMessage(
            f"{title} cancelled; what was finished is kept.", 8000))
        return task

    def _failed(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self, title, f"{title} did not finish:\n\n{error_message(error)}")
        self.bus.announce()

    def sync(self) -> None:
        if any(t.title == "Sync" for t in self.runner.long_tasks):
            return  # F5 twice: one sync at a time
        from workbench.services.sync import sync as run_sync

        wb, account = self.wb, self.account

        def done(report: Any) -> None:
            push, pull = report.push, report.pull
            parts = [f"Sent {push.sent}"]
            if push.reconciled:
                parts.append(f"{push.reconciled} found already done")
            if push.failed:
                parts.append(f"{push.failed} refused (see the Outbox)")
            if push.deferred:
                parts.append(f"{push.deferred} to retry")
            if push.held:
                parts.append(f"{push.held} that spend real money held back (not confirmed)")
            parts.append(f"pulled {pull.assignments} assignment(s) from "
                         f"{pull.hits_fetched} changed HIT(s)")
            self.statusBar().showMessage("Sync: " + ", ".join(parts) + ".", 15000)
            self.bus.announce()

        from workbench.views.spend_confirmation import ask_before_spending

        ask_before_spending(self, wb, account)  # real money: asked once per session
        self._start("Sync", lambda progress, cancel: run_sync(
            wb, account, progress=progress, cancel=cancel), done)

    def run_demo(self) -> None:
        from workbench.services.demo import run_demo

        wb = self.wb
        local = self.account if self.account.kind == "local" else None

        def done(report: Any) -> None:
            self.statusBar().showMessage(
                f"{report.batch_name}: {report.hits} HITs, {report.assignments_submitted} "
                "assignments submitted by simulated workers.", 15000)
            self.bus.announce()
            if report.account.id != self.account.id:
                self.account = report.account
                self._load_accounts()
            self.show_page("HITs")

        task = self._start("Demo project", lambda progress, cancel: run_demo(
            wb, account_name=local.name if local else None, progress=progress, cancel=cancel),
            done)
        watch = getattr(self.welcome, "watch_demo", None)
        if watch is not None:
            watch(task)

    def open_settings(self) -> None:
        from workbench.services.settings import load_settings, save_settings
        from workbench.views.dialogs.settings_dialog import SettingsDialog
        from workbench.views.theme import apply_theme

        before = load_settings()
        dialog = SettingsDialog(before, list_accounts(self.wb), self.runner, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.result_settings()
        try:
            save_settings(chosen)
        except OSError as exc:
            QMessageBox.warning(self, "Settings not saved", f"The settings could not be "
                                f"saved: {exc}")
            return
        app = QApplication.instance()
        if isinstance(app, QApplication) and chosen.theme != before.theme:
            apply_theme(app, chosen.theme)
        restart = [what for what, changed in (
            ("the store location", chosen.store_location != before.store_location),
            ("the language", chosen.language != before.language)) if changed]
        self.statusBar().showMessage(
            "Settings saved." + (f" Restart to use {' and '.join(restart)}." if restart
                                 else ""), 10000)

    def show_about(self) -> None:
        from workbench.views.dialogs.about import AboutDialog

        AboutDialog(self.wb.store.url, self).exec()

    def back_up_store(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from workbench.services.backup import backup_store

        if self.wb.store.path is None:
            QMessageBox.information(self, "Back up store", "This store is on a database "
                                    "server; back it up with the server's own tools.")
            return
        stamp = self.wb.clock().astimezone().strftime("%Y-%m-%d-%H%M")
        suggested = str(self.wb.store.path.with_name(f"workbench-backup-{stamp}.sqlite3"))
        path, _ = QFileDialog.getSaveFileName(self, "Back up store", suggested,
                                              "SQLite stores (*.sqlite3)")
        if not path:
            return
        store = self.wb.store

        def done(report: Any) -> None:
            self.statusBar().showMessage(
                f"Backed up the store to {report.path} ({report.size_bytes / 2**20:.1f} MB).",
                15000)

        self._start("Backup", lambda progress, cancel: backup_store(
            store, path, progress=progress, cancel=cancel), done)

    def restore_backup(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from workbench.services.backup import BackupError, check_backup, restore_store

        store_path = self.wb.store.path
        if store_path is None:
            QMessageBox.information(self, "Restore", "This store is on a database server; "
                                    "restore it with the server's own tools.")
            return
        if self.runner.long_tasks:
            QMessageBox.information(self, "Restore", "Wait for the running task to finish "
                                    "(or cancel it) before restoring.")
            return
        path, _ = QFileDialog.getOpenFileName(self, "Restore from a backup",
                                              str(store_path.parent),
                                              "SQLite stores (*.sqlite3 *.db);;All files (*)")
        if not path:
            return
        try:
            check_backup(path)
        except BackupError as exc:
            QMessageBox.warning(self, "Not restored", str(exc))
            return
        answer = QMessageBox.question(
            self, "Restore from a backup",
            "Replace the current store with this backup? Anything done since the backup — "
            "including queued decisions not yet sent — will be gone from the store. The "
            "current store is kept beside it, renamed. The window closes; start the app "
            "again to use the restored store.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.save_state()
        self.runner.shutdown(wait=True)
        self.wb.close()
        try:
            kept = restore_store(path, store_path)
        except BackupError as exc:
            QMessageBox.warning(self, "Not restored", f"{exc}\n\nThe store was not changed.")
        else:
            QMessageBox.information(self, "Restored", "The backup is now the store."
                                    + (f" The previous store was kept as {kept}." if kept
                                       else ""))
        self._restored = True
        self.close()

    def archive_account(self) -> None:
        """Pull everything the account's marketplace still returns (for people leaving MTurk)."""
        if any(t.title == "Archive" for t in self.runner.long_tasks):
            return
        from workbench.services.archive import archive_account, archive_state

        account, wb = self.account, self.wb
        resuming = bool(archive_state(wb, account)) and not archive_state(
            wb, account).get("finished_at")
        answer = QMessageBox.question(
            self, "Archive this account",
            f"Pull every HIT, assignment, bonus, block and qualification that "
            f"{account.name} still returns into the store? This can take a long time on a big "
            "account; you can cancel and it resumes where it stopped"
            + (" (an earlier archive was cut off: it resumes)." if resuming else "."))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(report: Any) -> None:
            state = "complete" if report.finished else "stopped; run it again to resume"
            self.statusBar().showMessage(
                f"Archive {state}: {report.hits:,} HITs, {report.assignments:,} assignments, "
                f"{report.bonuses:,} bonuses ({report.calls:,} calls).", 20000)
            self.bus.announce()

        self._start("Archive", lambda progress, cancel: archive_account(
            wb, account, progress=progress, cancel=cancel), done)

    def connect_account(self) -> None:
        dialog = AccountDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            account = add_account(self.wb, str(values["name"]), str(values["kind"]),
                                  endpoint_url=values["endpoint_url"],
                                  aws_profile=values["aws_profile"])
        except ValueError as exc:
            QMessageBox.warning(self, "Account not added", str(exc))
            return
        self.account = account
        self._load_accounts()
        self.statusBar().showMessage(f"Added {account.name}. Press F5 to sync it.", 10000)

    def import_results(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "Import MTurk results", "",
                                              "MTurk batch results (*.csv);;All files (*)")
        if path:
            self._import_file(path)

    def _import_file(self, path: str) -> None:
        from workbench.services import importing

        wb = self.wb

        def done(report: Any) -> None:
            self.statusBar().showMessage(str(report), 15000)
            self.account = report.account
            self.bus.announce()
            self._load_accounts()
            self.show_page("HITs")

        self._start("Import", lambda progress, cancel: importing.import_results(
            wb, path, progress=progress, cancel=cancel), done)

    # -- geometry ---------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = window_settings()
        geometry = load_bytes(settings, "window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = load_bytes(settings, "window/state")
        if state is not None:
            self.restoreState(state)

    def save_state(self) -> None:
        settings = window_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        for page in self.pages.values():
            page.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "_restored", False):
            event.accept()
            return
        running = [t.title for t in self.runner.long_tasks]
        if running:
            answer = QMessageBox.question(
                self, "Work in progress",
                f"{', '.join(running)} is still running. Cancel it and quit? What is finished "
                "is kept; queued decisions stay in the Outbox.")
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_state()
        self.runner.shutdown(wait=True)
        event.accept()
