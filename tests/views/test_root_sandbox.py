"""As root (CI runs as root), opening the designer must not end the application: QtWebEngine's
Chromium refuses its sandbox under root and exits the whole process, unless told otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench.views.app import ROOT_SANDBOX_NOTE, allow_web_engine_as_root

ROOT = Path(__file__).resolve().parents[2]
OPEN_THE_DESIGNER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from workbench.views import main_window

    shown = main_window.MainWindow.show

    def show(self):
        shown(self)

        def finish():
            from PySide6.QtWebEngineWidgets import QWebEngineView
            views = [v for w in QApplication.topLevelWidgets()
                     for v in w.findChildren(QWebEngineView)]
            print(f"designer open with {len(views)} web views", flush=True)
            QApplication.instance().exit(0 if views else 3)

        def open_designer():
            self.pages["Batches"].open_designer()
            QTimer.singleShot(8000, finish)

        QTimer.singleShot(300, open_designer)

    main_window.MainWindow.show = show
    from workbench.views.app import run_app
    sys.exit(run_app(sys.argv[1]))
""")


def test_opening_the_designer_as_the_tests_run_it_keeps_the_app_alive(tmp_path: Path) -> None:
    """The real start-up, without the sandbox variables the test configuration sets."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("QTWEBENGINE_DISABLE_SANDBOX", "QTWEBENGINE_CHROMIUM_FLAGS")}
    env.update(QT_QPA_PLATFORM="offscreen", WORKBENCH_CONFIG_DIR=str(tmp_path / "config"),
               WORKBENCH_LOG_DIR=str(tmp_path / "logs"),
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", OPEN_THE_DESIGNER, str(tmp_path / "s.sqlite3")],
                          env=env, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert "designer open with" in done.stdout
    if os.geteuid() == 0:
        # Said, not silent: the log (and stderr, for warnings) explains what was done.
        assert "Running as root" in done.stderr


def test_the_sandbox_is_only_turned_off_for_root_and_when_still_on() -> None:
    env: dict[str, str] = {}
    assert allow_web_engine_as_root(env, is_root=False) is None and env == {}
    assert allow_web_engine_as_root(env, is_root=True) == ROOT_SANDBOX_NOTE
    assert env == {"QTWEBENGINE_DISABLE_SANDBOX": "1"}
    assert allow_web_engine_as_root(env, is_root=True) is None  # already off: nothing to say
    flagged = {"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu --no-sandbox"}
    assert allow_web_engine_as_root(flagged, is_root=True) is None
    assert "QTWEBENGINE_DISABLE_SANDBOX" not in flagged


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_root_is_recognised_on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    env: dict[str, str] = {}
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    assert allow_web_engine_as_root(env) == ROOT_SANDBOX_NOTE
