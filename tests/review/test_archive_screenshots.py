"""Screenshots of the Review page on real MTurk archives, in English and German.

Free-text captions with a submit button (clarity), a crowd page's JSON lists, image data and
multi-line comments (semseg), radio and checkbox options (sigircis), all in the archive
account. Run with WORKBENCH_SCREENSHOTS=some/folder to keep them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.review.archives import clarity_archive, semseg_crowd_archive, sigircis_archive
from tests.review.helpers import choose, close
from tests.review.test_screenshots import save, shots  # noqa: F401 - a fixture
from workbench.services.context import Workbench
from workbench.services.importing import import_results
from workbench.views.i18n import install_translators, remove_translators
from workbench.views.main_window import MainWindow
from workbench.views.pages.review import ReviewPage

# (batch title as the filter lists it, file name, the field whose row to show, German text
# that must show on the page)
BATCHES = [
    ("Describe Functionality", "captions", "HighLevel", "(Freitext: nicht verglichen)"),
    ("Humerus", "json-lists", "comment", "Mehrheit: Humerus"),
    ("conversational", "options", "coherence_2", "Gleichstand"),
]


@pytest.mark.parametrize("language", ["", "de"])
def test_screenshots_of_real_archives(qtbot: Any, wb: Workbench, fixtures_dir: Path,
                                      tmp_path: Path, shots: Path,  # noqa: F811
                                      no_dawid_skene: None, language: str) -> None:
    for path in (clarity_archive(fixtures_dir, tmp_path / "clarity.csv"),
                 semseg_crowd_archive(fixtures_dir, tmp_path / "semseg.csv"),
                 sigircis_archive(fixtures_dir, tmp_path / "sigircis.csv", varied=True)):
        import_results(wb, path)
    app = QApplication.instance()
    translators = install_translators(app, language) if language else []  # type: ignore[arg-type]
    try:
        window = MainWindow(wb)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        choose(qtbot, window.account_box, "MTurk archive")
        window.show_page("Review")
        page = window.pages["Review"]
        assert isinstance(page, ReviewPage)
        qtbot.waitUntil(lambda: page.batch.count() == 4, timeout=10_000)
        suffix = f"-{language}" if language else ""
        for title, name, field, german in BATCHES:
            choose(qtbot, page.batch, title)
            qtbot.waitUntil(lambda t=title: page.review is not None and not page.is_loading()
                            and t in page.review.title, timeout=10_000)
            if name == "options":
                # A HIT of five assignments, where a question splits them.
                while page.review is not None and len(page.review.assignments) < 5:
                    page.move_hit(1)
                    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
            row = page.grid_model.row_of_field(field)
            assert row is not None
            grid = page.panel.grid
            index = page.grid_model.index(row, 2)
            grid.scrollTo(index)
            qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton,
                             pos=grid.visualRect(index).center())
            qtbot.wait(300)
            save(window, shots / f"review-archive-{name}{suffix}.png")
            if language == "de":
                shown = "\n".join(str(page.grid_model.data(page.grid_model.index(r, 0)))
                                  for r in range(page.grid_model.rowCount()))
                assert german in shown
                assert "Geschichte" in page.archive_note.text()
                assert window.badge.text() == "ARCHIV"
        close(window)
    finally:
        if translators:
            remove_translators(app, translators)  # type: ignore[arg-type]
