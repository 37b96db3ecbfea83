"""Screenshots of the wizard pages this work changed, in English and German, with long
non-ASCII rows, empty cells, invited workers none of whom meets the location, and the question
asked before discarding (WORKBENCH_SCREENSHOTS keeps them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.publish.conftest import Answers
from workbench.domain.qualifications import LOCALE_ID
from workbench.services.accounts import get_account
from workbench.services.workforce import invite_worker, workforce_for
from workbench.views.i18n import install_translators, remove_translators
from workbench.views.wizard.wizard import PublishWizard

SIZE = (1280, 800)


def rows_csv(path: Path) -> Path:
    lines = ["review_id,product,review"]
    for number in range(1, 301):
        review = "" if number in (4, 9, 17, 120) else (
            f"Der Wasserkocher „Überfluß™“ kocht schnell, leise und zuverlässig — très "
            f"bien, 非常に良い, отлично ({number})")
        lines.append(f'R{number:04d},"Wasserkocher Größe {number}","{review}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def test_screenshots_of_the_changed_wizard_pages(qtbot, context, answers: Answers,  # type: ignore[no-untyped-def]
                                                 shots: Path, tmp_path: Path,
                                                 qapp: QApplication) -> None:
    account = get_account(context.wb)
    workforce = workforce_for(context.wb, account)
    for name in ("Zoë Álvarez-Nakamura", "Jürgen Groß", "Ана Смирнова", "Łukasz Wójcik"):
        for copy in range(3):
            invite_worker(workforce, name=f"{name} {copy + 1}", country="US",
                          invited_by=account.requester_id)
    csv = rows_csv(tmp_path / "Wasserkocher-Bewertungen.csv")
    for language in ("en", "de"):
        translators = install_translators(qapp, language) if language != "en" else []
        try:
            wizard = PublishWizard(context, account)
            qtbot.addWidget(wizard)
            wizard.resize(*SIZE)
            wizard.show()
            wizard.template_page.chooser.select("preset", "sentiment")
            wizard.next()
            wizard.input_page.choose_file(str(csv))
            qtbot.waitUntil(lambda w=wizard: w.input_page.empties.isVisible(), timeout=10_000)
            wizard.grab().save(str(shots / f"wizard-input-{language}.png"))
            wizard.next()
            qtbot.waitUntil(wizard.preview_page.isComplete, timeout=20_000)
            wizard.next()
            page = wizard.properties_page
            wizard.grab().save(str(shots / f"wizard-properties-untouched-{language}.png"))
            page.description.setPlainText("Lesen Sie eine Bewertung und wählen Sie die "
                                          "Stimmung — ça va?")
            page.reward.setText("0.051")
            page.requirements.add_requirement({
                "QualificationTypeId": LOCALE_ID, "Comparator": "In",
                "LocaleValues": [{"Country": "DE"}, {"Country": "FR"}, {"Country": "JP"}]})
            qtbot.waitUntil(lambda p=page: "0 of 12" in p.reach.text()
                            or "0 von 12" in p.reach.text(), timeout=5_000)
            wizard.grab().save(str(shots / f"wizard-properties-{language}.png"))

            def grab_question(language: str = language) -> None:
                box = QApplication.activeModalWidget()
                if not isinstance(box, QMessageBox):
                    QTimer.singleShot(20, grab_question)
                    return
                box.grab().save(str(shots / f"wizard-discard-{language}.png"))
                box.button(QMessageBox.StandardButton.Cancel).click()  # type: ignore[union-attr]

            # The real question box (not the test's answers), grabbed, then Cancel.
            answers_question = QMessageBox.question
            QMessageBox.question = QMessageBox.__dict__.get(  # type: ignore[method-assign]
                "_original_question", _real_question())
            try:
                QTimer.singleShot(20, grab_question)
                wizard.reject()
            finally:
                QMessageBox.question = answers_question  # type: ignore[method-assign]
            assert wizard.isVisible()
            assert (shots / f"wizard-discard-{language}.png").exists()
            wizard.done(0)
        finally:
            remove_translators(qapp, translators)


def _real_question():  # type: ignore[no-untyped-def]
    """QMessageBox.question as Qt has it (the answers fixture replaced it)."""
    def question(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.setDefaultButton(default)
        return QMessageBox.StandardButton(box.exec())

    return question
