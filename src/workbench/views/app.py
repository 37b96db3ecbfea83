"""Starting the application: the Qt app, the store, the main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import MutableMapping

from PySide6.QtCore import QCoreApplication, QSize, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workbench import __version__
from workbench.resources import resource_path


def application_icon() -> QIcon:
    """The application's icon at every size shipped in resources/icons."""
    icon = QIcon()
    try:
        folder = resource_path("icons")
    except FileNotFoundError:
        return icon
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = folder / f"requester-workbench-{size}.png"
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


def german_translation_problem() -> str | None:
    """Why the German translation cannot be loaded, or None if every file of it loads."""
    from workbench.views.i18n import translations_folder

    try:
        files = sorted(translations_folder().glob("workbench_de_*.qm"))
    except FileNotFoundError as exc:
        return str(exc)
    if not files:
        return f"no German translation (workbench_de_*.qm) in {translations_folder()}"
    for path in files:
        translator = QTranslator()
        if not translator.load(str(path)) or translator.isEmpty():
            return f"the translation {path} could not be loaded"
    return None


def _finish_smoke_test(app: QApplication, window: QWidget) -> None:
    from workbench.resources import template_preset

    runner = getattr(window, "runner", None)
    if runner is not None and runner.long_tasks:
        # Files named on the command line are still being imported: check once they are in.
        QTimer.singleShot(200, lambda: _finish_smoke_test(app, window))
        return
    problems = []
    translation = german_translation_problem()
    if translation is not None:
        problems.append(translation)
    if not window.isVisible():
        problems.append("the main window is not shown")
    try:
        template_preset("sentiment")
        resource_path("icons", "requester-workbench-64.png")
    except FileNotFoundError as exc:
        problems.append(str(exc))
    if app.windowIcon().isNull():
        problems.append("the application icon did not load")
    message = "; ".join(problems) or "the window opened and its resources were found"
    sys.stdout.write(f"smoke test {'failed' if problems else 'passed'}: {message}\n")
    sys.stdout.flush()
    window.close()
    app.exit(1 if problems else 0)


log = logging.getLogger(__name__)
ROOT_SANDBOX_NOTE = (
    "Running as root: the Chromium sandbox of QtWebEngine (the designer's and the review's "
    "previews) is turned off, since Chromium refuses to start under root with it and would "
    "end the whole application. Worker pages stay contained (scripts off, no network for "
    "them); run the workbench as a normal user to keep the sandbox as well.")


def allow_web_engine_as_root(environ: MutableMapping[str, str] | None = None, *,
                             is_root: bool | None = None) -> str | None:
    """Keep QtWebEngine from ending the application when run as root on Linux.

    Chromium refuses to start its sandbox as root, and then exits the whole process, without
    a word from us, the first time a web view is made (opening the designer). Its sandbox
    is turned off there instead (QTWEBENGINE_DISABLE_SANDBOX, read when QtWebEngine starts:
    call this before the QApplication exists). Returns the line to log, or None.
    """
    environ = os.environ if environ is None else environ
    if is_root is None:
        is_root = sys.platform.startswith("linux") and os.geteuid() == 0
    if not is_root:
        return None
    flags = environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if environ.get("QTWEBENGINE_DISABLE_SANDBOX") == "1" or "--no-sandbox" in flags.split():
        return None  # already off, by whoever started us
    environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    return ROOT_SANDBOX_NOTE


def run_app(db: str | None = None, argv: list[str] | None = None, *,
            smoke_test: bool = False, open_files: list[str] | None = None) -> int:
    """Open the main window on a store (default: the user data folder); returns the exit code.

    ``smoke_test`` opens the window, checks that it shows its pages and finds its resources,
    then quits: 0 if all is well (for testing a packaged build). ``open_files`` (results
    CSVs or workbooks named on the command line: the desktop entry's %F) are imported.
    """
    sandbox_note = allow_web_engine_as_root()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv)
    app.setApplicationName("Requester Workbench")
    app.setApplicationDisplayName("Requester Workbench")
    app.setOrganizationName("RequesterWorkbench")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("requester-workbench")
    app.setWindowIcon(application_icon())
    # Worker threads must never run Python's cyclic collector (it could destroy Qt objects
    # there): from now on it runs on this thread, from a timer.
    from workbench.models.collector import GuiThreadCollector

    GuiThreadCollector.install(app)

    from workbench.diagnostics import setup_logging
    from workbench.services.context import Workbench
    from workbench.services.settings import load_settings
    from workbench.sql.engine import DatabaseUnusable
    from workbench.views.crash import CrashReporter
    from workbench.views.theme import apply_theme

    setup_logging()
    if sandbox_note:
        log.warning(sandbox_note)
    reporter = CrashReporter()
    reporter.install()
    settings = load_settings()
    apply_theme(app, settings.theme)
    from workbench.views.i18n import chosen_language, install_translators

    translators = install_translators(app, chosen_language(settings.language))  # noqa: F841
    try:
        wb = Workbench.open(db or settings.store_location or None)
    except DatabaseUnusable as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Requester Workbench"),
                             QCoreApplication.translate(
                                 "App", "The store could not be opened:\n\n{error}").format(
                                     error=exc))
        return 2
    from workbench.views.main_window import MainWindow

    window = MainWindow(wb)
    window.show()
    if open_files:
        window.import_files(open_files)
    if smoke_test:
        QTimer.singleShot(1500, lambda: _finish_smoke_test(app, window))
    try:
        return int(app.exec())
    finally:
        wb.store.optimize()
        wb.close()
