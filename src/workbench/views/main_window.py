"""The main window: a side bar of pages, the account switcher, Sync, and the status bar.

It stays thin: it builds pages and actions, runs long work through the task runner and
announces changes on the bus; pages refresh themselves from there.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QSize, Qt
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

from workbench.domain.fee_schedules import is_own_workforce
from workbench.domain.money import format_dollars
from workbench.marketplace.errors import error_message
from workbench.models import changes
from workbench.models.formatting import local_time, plural
from workbench.models.tasks import LongTask, TaskRunner
from workbench.services.accounts import (
    AccountInfo,
    add_account,
    archive_refusal,
    get_account,
    list_accounts,
)
from workbench.services.context import MarketplaceUnavailable, Workbench
from workbench.services.tables import store_is_empty
from workbench.views.dialogs.account_dialog import AccountDialog
from workbench.views.pages.base import Page, PageContext
from workbench.views.pages.placeholder import ComingPage
from workbench.views.settings import load_bytes, window_settings
from workbench.views.theme import focus_colour
from workbench.views.transfer import open_export, review_after_import
from workbench.views.widgets import file_dialogs
from workbench.views.widgets.account_badge import AccountBadge, kind_label
from workbench.views.widgets.task_progress import TaskProgress
from workbench.views.widgets.worker_site import WorkerSiteControl

log = logging.getLogger(__name__)

# Side-bar entries and the class that fills each. A page whose module is not part of this
# build shows what it is for instead (ComingPage). The names are the pages' keys (code uses
# them: show_page("HITs")); the side bar shows them translated (context "Pages").
PAGES = [
    (QT_TRANSLATE_NOOP("Pages", "Start"), "workbench.views.pages.welcome", "WelcomePage"),
    (QT_TRANSLATE_NOOP("Pages", "Batches"), "workbench.views.pages.batches", "BatchesPage"),
    (QT_TRANSLATE_NOOP("Pages", "HITs"), "workbench.views.pages.hits", "HitsPage"),
    (QT_TRANSLATE_NOOP("Pages", "Assignments"), "workbench.views.pages.assignments",
     "AssignmentsPage"),
    (QT_TRANSLATE_NOOP("Pages", "Review"), "workbench.views.pages.review", "ReviewPage"),
    (QT_TRANSLATE_NOOP("Pages", "Workers"), "workbench.views.pages.workers", "WorkersPage"),
    (QT_TRANSLATE_NOOP("Pages", "Qualifications"), "workbench.views.pages.qualifications",
     "QualificationsPage"),
    (QT_TRANSLATE_NOOP("Pages", "Charts"), "workbench.views.pages.charts", "ChartsPage"),
    (QT_TRANSLATE_NOOP("Pages", "Outbox"), "workbench.views.pages.outbox", "OutboxPage"),
]
PAGE_ORDER = [str(name) for name, _, _ in PAGES]


def page_label(name: str) -> str:
    """A page's name as the side bar shows it, in the user's language."""
    return QCoreApplication.translate("Pages", name)


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


def balance_text(account: AccountInfo, cents: int) -> str:
    """A balance in the account's money: a Prolific workspace's own currency, else dollars."""
    if account.kind == "prolific":
        from workbench.marketplace.prolific.fees import format_amount

        return format_amount(cents, str(account.options.get("currency") or "GBP"))
    return format_dollars(cents)


class MainWindow(QMainWindow):
    """Pages in a stack, chosen from the side bar; the account and Sync in the toolbar."""

    def __init__(self, wb: Workbench, *, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.wb = wb
        self.runner = runner or TaskRunner(self)
        self.bus = changes.ChangeBus(self)
        self.account: AccountInfo = get_account(wb)
        self.setWindowTitle(self.tr("Requester Workbench"))
        self._sync_task: LongTask | None = None
        self._archive_task: LongTask | None = None
        self.go_actions: list[QAction] = []
        self.setMinimumSize(QSize(960, 600))

        self.pages: dict[str, Page] = {}
        self.context = PageContext(
            wb=wb, runner=self.runner, bus=self.bus, start_task=self._start,
            show_page=self.show_page,
            commands={"demo": self.run_demo, "connect": self.connect_account,
                      "import": self.import_results, "sync": self.sync,
                      "publish": self.publish_own_task, "design": self.open_designer})
        self.stack = QStackedWidget()
        self.side_bar = QListWidget()
        self.side_bar.setAccessibleName(self.tr("Pages"))
        self.side_bar.setFixedWidth(170)
        self.side_bar.setSpacing(2)
        self._style_side_bar()
        for name, module_name, class_name in PAGES:
            key = str(name)
            self._add_page(key, build_page(key, module_name, class_name, self.context))
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
        item = QListWidgetItem(page_label(name))
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setSizeHint(QSize(150, max(32, self.fontMetrics().height() + 14)))
        self.side_bar.addItem(item)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Account"))
        bar.setObjectName("account-toolbar")
        bar.setMovable(False)
        account_label = QLabel(self.tr(" Account: "))
        bar.addWidget(account_label)
        self.account_box = QComboBox()
        self.account_box.setMinimumWidth(220)
        self.account_box.setAccessibleName(self.tr("Account"))
        account_label.setBuddy(self.account_box)
        self.account_box.activated.connect(self._account_chosen)
        bar.addWidget(self.account_box)
        bar.addWidget(QLabel(" "))
        self.badge = AccountBadge()
        bar.addWidget(self.badge)
        bar.addSeparator()
        self.sync_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Sync"),
            self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.setToolTip(self.tr("Send queued actions, then pull the marketplace (F5)"))
        self.sync_action.triggered.connect(self.sync)
        bar.addAction(self.sync_action)
        sync_button = bar.widgetForAction(self.sync_action)
        if sync_button is not None:
            sync_button.setAccessibleName(self.tr("Sync"))
            sync_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addSeparator()
        self.worker_site = WorkerSiteControl(self.wb, self.account, self.runner)
        self.worker_site.status_message.connect(
            lambda text: self.statusBar().showMessage(text, 10000))
        bar.addWidget(self.worker_site)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.balance = QLabel()
        self.balance.setAccessibleName(self.tr("Account balance"))
        bar.addWidget(self.balance)
        bar.addWidget(QLabel("  "))
        self.addToolBar(bar)

    def _build_actions(self) -> None:
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        for number, name in enumerate(PAGE_ORDER, start=1):
            go = QAction(self.tr("Go to {page}").format(page=page_label(name)), self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _checked=False, n=name: self.show_page(n))
            self.addAction(go)
            self.go_actions.append(go)
        menus = self.menuBar()
        workbench_menu = menus.addMenu(self.tr("&Workbench"))
        for text, handler, shortcut in (
                (self.tr("&Settings…"), self.open_settings,
                 QKeySequence.StandardKey.Preferences),
                (self.tr("&Back up store…"), self.back_up_store, None),
                (self.tr("&Restore from a backup…"), self.restore_backup, None),
                (self.tr("&Check the store for damage…"), self.check_store, None),
                (self.tr("&About Requester Workbench"), self.show_about, None)):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(handler)
            workbench_menu.addAction(action)
        workbench_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        workbench_menu.addAction(quit_action)
        account_menu = menus.addMenu(self.tr("&Account"))
        add = QAction(self.tr("&Connect an account…"), self)
        add.triggered.connect(self.connect_account)
        account_menu.addAction(add)
        self.api_key_action = QAction(self.tr("API &key of the hosted site…"), self)
        self.api_key_action.setToolTip(self.tr("Make, store or rotate the key this account "
                                               "signs its calls to a hosted site with"))
        self.api_key_action.triggered.connect(lambda: self.manage_api_key(self.account))
        account_menu.addAction(self.api_key_action)
        account_menu.addAction(self.sync_action)
        archive = QAction(self.tr("&Archive this account…"), self)
        archive.setToolTip(self.tr("Pull everything the marketplace still returns into the store"))
        archive.triggered.connect(self.archive_account)
        account_menu.addAction(archive)
        import_action = QAction(self.tr("&Import MTurk results (CSV)…"), self)
        import_action.triggered.connect(self.import_results)
        account_menu.addAction(import_action)
        export_action = QAction(self.tr("&Export results…"), self)
        export_action.setShortcut(QKeySequence("Ctrl+E"))
        export_action.setToolTip(self.tr("Write assignments to an Excel workbook or MTurk's "
                                         "batch-results CSV"))
        export_action.triggered.connect(self.export_results)
        account_menu.addAction(export_action)
        go_menu = menus.addMenu(self.tr("&Go"))
        for action in self.go_actions:
            go_menu.addAction(action)

    def _style_side_bar(self) -> None:
        """The side bar's look; with keyboard focus it shows the theme's focus frame."""
        focus = focus_colour(self.palette()).name()
        self.side_bar.setStyleSheet(
            "QListWidget { border: 2px solid transparent; background: palette(window);"
            " padding-top: 6px; }"
            f"QListWidget:focus {{ border: 2px solid {focus}; border-radius: 4px; }}"
            "QListWidget::item { padding-left: 10px; border-radius: 4px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "side_bar"):
            self._style_side_bar()  # a new theme: the focus frame's colour follows

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
            self.account_box.addItem(f"{account.name} — {kind_label(account.kind)}", account.id)
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
        # An MTurk archive has no marketplace: nothing to sync, nothing to send.
        self.sync_action.setEnabled(not account.is_archive)
        self.sync_action.setToolTip(archive_refusal(account.name, "sync") if account.is_archive
                                    else self.tr("Send queued actions, then pull the "
                                                 "marketplace (F5)"))
        for page in self.pages.values():
            page.set_account(account)
        self.worker_site.set_account(account)
        self.api_key_action.setEnabled(account.kind == "endpoint")

    def _show_balance(self, account: AccountInfo) -> None:
        if is_own_workforce(account.kind):
            self._show_owed(account)
            return
        self.balance.setToolTip("")
        self.balance.setProperty("owed_for", None)
        if account.is_archive:
            self.balance.setText(self.tr("Archive: nothing is paid from it"))
        elif account.balance_cents is None:
            self.balance.setText(self.tr("Balance: not synced yet"))
        elif account.last_synced_at:
            self.balance.setText(self.tr("Balance: {amount}  (as of {when})").format(
                amount=balance_text(account, account.balance_cents),
                when=local_time(account.last_synced_at)))
        else:
            self.balance.setText(self.tr("Balance: {amount}").format(
                amount=balance_text(account, account.balance_cents)))

    def _show_owed(self, account: AccountInfo) -> None:
        """A local marketplace's balance is invented: an own workforce shows what it is owed."""
        from workbench.models.formatting import money_text
        from workbench.services.payouts import OwedSummary, owed_summary

        if self.balance.property("owed_for") != account.id:
            # Until the ledger is read: never another account's figure, nor a stale balance.
            self.balance.setText(self.tr("Owed to workers: {amount}").format(amount="…"))
        self.balance.setToolTip(self.tr("What your own workers earned (approved rewards and "
                                        "bonuses) and were not paid yet: Workers ▸ Pay "
                                        "workers…"))
        wb = self.wb

        def shown(summary: OwedSummary) -> None:
            if self.account.id == account.id:
                self.balance.setProperty("owed_for", account.id)
                self.balance.setText(self.tr("Owed to workers: {amount}").format(
                    amount=money_text(summary.owed_cents, summary.currency)))

        self.runner.run(lambda: owed_summary(wb, account), on_done=shown)

    def _on_changes(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.ASSIGNMENTS, changes.WORKERS} and changes.ACCOUNTS not in kinds \
                and is_own_workforce(self.account.kind):
            self._show_owed(self.account)
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
            self.tr("{task} cancelled; what was finished is kept.").format(task=title), 8000))
        return task

    def _failed(self, title: str, error: BaseException) -> None:
        from sqlalchemy.exc import DatabaseError

        from workbench.sql.errors import describe_database_error

        if isinstance(error, DatabaseError):
            text, _ = describe_database_error(error, self.wb.store.path)
        else:
            text = error_message(error)
        log.warning("%s did not finish: %s", title, text)
        QMessageBox.warning(self, title, self.tr("{task} did not finish:\n\n{error}").format(
            task=title, error=text))
        self.bus.announce()

    def sync(self) -> None:
        if self._sync_task is not None and self._sync_task.running:
            return  # F5 twice: one sync at a time
        from workbench.services.sync import sync as run_sync

        wb, account = self.wb, self.account

        def done(report: Any) -> None:
            push, pull = report.push, report.pull
            parts = [self.tr("Sent %n", "", push.sent)]
            if push.reconciled:
                parts.append(self.tr("%n found already done", "", push.reconciled))
            if push.failed:
                parts.append(self.tr("%n refused (see the Outbox)", "", push.failed))
            if push.deferred:
                parts.append(self.tr("%n to retry", "", push.deferred))
            if push.held:
                parts.append(self.tr("%n that spend real money held back (not confirmed)", "",
                                     push.held))
            assignments, hits = pull.assignments, pull.hits_fetched
            parts.append(self.tr("pulled {assignments} from {hits}").format(
                assignments=plural(self.tr("%n assignment(s)", "", assignments), assignments),
                hits=plural(self.tr("%n changed HIT(s)", "", hits), hits)))
            self.statusBar().showMessage(
                self.tr("Sync: {parts}.").format(parts=self.tr(", ").join(parts)), 15000)
            self.bus.announce()

        from workbench.views.spend_confirmation import ask_before_spending

        ask_before_spending(self, wb, account)  # real money: asked once per session
        self._sync_task = self._start(self.tr("Sync"), lambda progress, cancel: run_sync(
            wb, account, progress=progress, cancel=cancel), done)

    def publish_own_task(self) -> None:
        """The first start's "Design and publish my own task": the publish wizard."""
        self.show_page("Batches")
        self.pages["Batches"].new_batch()  # type: ignore[attr-defined]

    def open_designer(self) -> None:
        self.pages["Batches"].open_designer()  # type: ignore[attr-defined]

    def run_demo(self) -> None:
        from workbench.services.demo import run_demo

        wb = self.wb
        local = self.account if self.account.kind == "local" else None

        def done(report: Any) -> None:
            self.statusBar().showMessage(
                self.tr("{batch}: {hits}, {assignments} submitted by simulated workers.").format(
                    batch=report.batch_name,
                    hits=plural(self.tr("%n HIT(s)", "", report.hits), report.hits),
                    assignments=plural(self.tr("%n assignment(s)", "",
                                               report.assignments_submitted),
                                       report.assignments_submitted)),
                15000)
            self.bus.announce()
            if report.account.id != self.account.id:
                self.account = report.account
                self._load_accounts()
            self.show_page("HITs")

        task = self._start(self.tr("Demo project"), lambda progress, cancel: run_demo(
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
            QMessageBox.warning(self, self.tr("Settings not saved"),
                                self.tr("The settings could not be saved: {error}").format(
                                    error=exc))
            return
        app = QApplication.instance()
        if isinstance(app, QApplication) and chosen.theme != before.theme:
            apply_theme(app, chosen.theme)
        store_changed = chosen.store_location != before.store_location
        language_changed = chosen.language != before.language
        if store_changed and language_changed:
            message = self.tr("Settings saved. Restart to use the store location and the "
                              "language.")
        elif store_changed:
            message = self.tr("Settings saved. Restart to use the store location.")
        elif language_changed:
            message = self.tr("Settings saved. Restart to use the language.")
        else:
            message = self.tr("Settings saved.")
        self.statusBar().showMessage(message, 10000)

    def show_about(self) -> None:
        from workbench.views.dialogs.about import AboutDialog

        AboutDialog(self.wb.store.url, self).exec()

    def back_up_store(self) -> None:
        from workbench.services.backup import backup_store

        if self.wb.store.path is None:
            QMessageBox.information(self, self.tr("Back up store"), self.tr(
                "This store is on a database server; back it up with the server's own tools."))
            return
        stamp = self.wb.clock().astimezone().strftime("%Y-%m-%d-%H%M")
        suggested = str(self.wb.store.path.with_name(f"workbench-backup-{stamp}.sqlite3"))
        path, _ = file_dialogs.save_file_name(self, self.tr("Back up store"), suggested,
                                              self.tr("SQLite stores (*.sqlite3)"))
        if not path:
            return
        store = self.wb.store

        def done(report: Any) -> None:
            self.statusBar().showMessage(
                self.tr("Backed up the store to {path} ({size} MB).").format(
                    path=report.path,
                    size=QLocale().toString(report.size_bytes / 2**20, "f", 1)), 15000)

        self._start(self.tr("Backup"), lambda progress, cancel: backup_store(
            store, path, progress=progress, cancel=cancel), done)

    def restore_backup(self) -> None:
        from workbench.services.backup import BackupError, check_backup, restore_store

        store_path = self.wb.store.path
        if store_path is None:
            QMessageBox.information(self, self.tr("Restore"), self.tr(
                "This store is on a database server; restore it with the server's own tools."))
            return
        if self.runner.long_tasks:
            QMessageBox.information(self, self.tr("Restore"), self.tr(
                "Wait for the running task to finish (or cancel it) before restoring."))
            return
        path, _ = file_dialogs.open_file_name(
            self, self.tr("Restore from a backup"), str(store_path.parent),
            self.tr("SQLite stores (*.sqlite3 *.db);;All files (*)"))
        if not path:
            return
        try:
            check_backup(path)
        except BackupError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), str(exc))
            return
        answer = QMessageBox.question(
            self, self.tr("Restore from a backup"),
            self.tr("Replace the current store with this backup? Anything done since the "
                    "backup — including queued decisions not yet sent — will be gone from the "
                    "store. The current store is kept beside it, renamed. The window closes; "
                    "start the app again to use the restored store."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.save_state()
        self.worker_site.shutdown()
        # Let go of the store: a restore refuses while any process, this one too, holds it.
        # The store reconnects by itself if the restore is refused.
        self.wb.close()
        try:
            kept = restore_store(path, store_path)
        except BackupError as exc:
            QMessageBox.warning(self, self.tr("Not restored"),
                                self.tr("{error}\n\nThe store was not changed.").format(
                                    error=exc))
            self.bus.announce()
            return
        self.runner.shutdown(wait=True)
        QMessageBox.information(
            self, self.tr("Restored"),
            self.tr("The backup is now the store. The previous store was kept as "
                    "{path}.").format(path=kept) if kept
            else self.tr("The backup is now the store."))
        self._restored = True
        self.close()

    def check_store(self) -> None:
        """Check every page of the store for damage, off the GUI thread (cancellable)."""
        store = self.wb.store

        def work(progress: Any, cancel: Any) -> Any:
            from workbench.services.progress import Cancelled

            progress(0, 0, self.tr("Checking the store"))
            try:
                return store.check(whole=True, cancelled=lambda: cancel.cancelled)
            except InterruptedError:
                raise Cancelled() from None

        def done(report: Any) -> None:
            where = str(store.path or store.url)
            if report.sound:
                QMessageBox.information(self, self.tr("Check the store"), self.tr(
                    "{store} is sound: every page was checked in {seconds} s.").format(
                        store=where, seconds=QLocale().toString(report.seconds, "f", 1)))
                return
            QMessageBox.critical(self, self.tr("Check the store"), self.tr(
                "{store} is damaged:\n\n{problems}\n\nDo not make decisions in it. Restore "
                "the latest backup (Workbench → Restore from a backup…); the damaged store is "
                "kept beside it.").format(store=where,
                                           problems="\n".join(report.problems[:8])))

        self._start(self.tr("Checking the store"), work, done)

    def archive_account(self) -> None:
        """Pull everything the account's marketplace still returns (for people leaving MTurk)."""
        if self._archive_task is not None and self._archive_task.running:
            return
        from workbench.services.archive import archive_account, archive_state

        account, wb = self.account, self.wb
        resuming = bool(archive_state(wb, account)) and not archive_state(
            wb, account).get("finished_at")
        question = (self.tr(
            "Pull every HIT, assignment, bonus, block and qualification that {account} still "
            "returns into the store? This can take a long time on a big account; you can "
            "cancel and it resumes where it stopped (an earlier archive was cut off: it "
            "resumes).") if resuming else self.tr(
            "Pull every HIT, assignment, bonus, block and qualification that {account} still "
            "returns into the store? This can take a long time on a big account; you can "
            "cancel and it resumes where it stopped."))
        answer = QMessageBox.question(self, self.tr("Archive this account"),
                                      question.format(account=account.name))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(report: Any) -> None:
            counts = self.tr("{hits}, {assignments}, {bonuses} ({calls})").format(
                hits=plural(self.tr("%n HIT(s)", "", report.hits), report.hits),
                assignments=plural(self.tr("%n assignment(s)", "", report.assignments),
                                   report.assignments),
                bonuses=plural(self.tr("%n bonus(es)", "", report.bonuses), report.bonuses),
                calls=plural(self.tr("%n call(s)", "", report.calls), report.calls))
            message = (self.tr("Archive complete: {counts}.") if report.finished else
                       self.tr("Archive stopped; run it again to resume: {counts}."))
            self.statusBar().showMessage(message.format(counts=counts), 20000)
            self.bus.announce()

        self._archive_task = self._start(
            self.tr("Archive"), lambda progress, cancel: archive_account(
                wb, account, progress=progress, cancel=cancel), done)

    def connect_account(self) -> None:
        dialog = AccountDialog(self, run=lambda work, done, failed: self.runner.run(
            work, on_done=done, on_error=failed))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            if values["kind"] == "prolific":
                from workbench.services.prolific import add_account_with_token

                token, api, found = dialog.prolific_values()
                account = add_account_with_token(self.wb, str(values["name"]), token, found,
                                                 endpoint_url=api)
            else:
                account = add_account(self.wb, str(values["name"]), str(values["kind"]),
                                      endpoint_url=values["endpoint_url"],
                                      aws_profile=values["aws_profile"])
        except (ValueError, MarketplaceUnavailable) as exc:
            QMessageBox.warning(self, self.tr("Account not added"), str(exc))
            return
        self.account = account
        self._load_accounts()
        self.statusBar().showMessage(
            self.tr("Added {account}. Press F5 to sync it.").format(account=account.name), 10000)
        if account.kind == "endpoint" and not values["aws_profile"]:
            self.manage_api_key(account)

    def manage_api_key(self, account: AccountInfo) -> None:
        """The API key of an endpoint account's hosted site: make, store, rotate."""
        from workbench.views.dialogs.account_dialog import ApiKeyDialog

        if account.kind != "endpoint":
            return
        dialog = ApiKeyDialog(self.wb, account, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.key_saved.connect(lambda _key: self.worker_site.set_account(self.account))
        # Window-modal without a nested event loop: the check runs on the runner meanwhile.
        dialog.open()

    def export_results(self) -> None:
        open_export(self, self.wb, self.account, self.runner)

    def import_results(self) -> None:
        path, _ = file_dialogs.open_file_name(
            self, self.tr("Import MTurk results"), "",
            self.tr("MTurk batch results or review sheets (*.csv *.xlsx);;All files (*)"))
        if path:
            self._import_file(path)

    def import_files(self, paths: list[str]) -> None:
        """Import files named on the command line (the desktop entry's %F), one by one."""
        remaining = list(paths)

        def next_file() -> None:
            if remaining:
                self._import_file(remaining.pop(0), then=next_file)

        next_file()

    def _import_file(self, path: str, *, then: Callable[[], None] | None = None) -> None:
        from workbench.services import importing

        wb = self.wb

        def done(report: Any) -> None:
            self.statusBar().showMessage(str(report), 15000)
            self.account = report.account
            self.bus.announce()
            self._load_accounts()
            self.show_page("HITs")
            # A marked review sheet: preview its decisions; nothing is queued unconfirmed.
            review_after_import(self, wb, report, self.runner,
                                on_queued=lambda _outcome: self.bus.announce())

        task = self._start(self.tr("Import"), lambda progress, cancel: importing.import_results(
            wb, path, progress=progress, cancel=cancel), done)
        if then is not None:
            task.ended.connect(then)  # after it is done, failed or cancelled

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
                self, self.tr("Work in progress"),
                self.tr("{tasks} is still running. Cancel it and quit? What is finished is "
                        "kept; queued decisions stay in the Outbox.").format(
                    tasks=self.tr(", ").join(running)))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_state()
        self.worker_site.shutdown()
        self.runner.shutdown(wait=True)
        event.accept()
