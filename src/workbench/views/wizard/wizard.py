"""The publish wizard: from a template and an input file to a published batch.

Template, input rows, a preview of every row, HIT properties, cost and fair pay, then
publishing in the background with progress and Cancel. It is not modal: the designer can
be opened beside it, and the main window stays usable. Closing it (Esc, Cancel, the window's
close button) after anything was chosen or typed asks first: a whole batch's setup is lost.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard, QWizardPage

from workbench.services.accounts import AccountInfo
from workbench.services.batches import BatchDraft
from workbench.services.templates import LoadedTemplate, TemplateInfo, load_template
from workbench.views.designer.chooser import SAVED
from workbench.views.designer.designer import TemplateDesigner
from workbench.views.pages.base import PageContext
from workbench.views.wizard.pages_input import InputPage, PreviewPage, TemplatePage
from workbench.views.wizard.pages_prolific import (
    ProlificCostPage,
    ProlificPublishPage,
    ProlificStudyPage,
)
from workbench.views.wizard.pages_publish import CostPage, PropertiesPage, PublishPage
from workbench.views.wizard.state import WizardState


class PublishWizard(QWizard):
    """Six steps from a template and an input file to a published batch."""

    batch_published = Signal(int)

    def __init__(self, context: PageContext, account: AccountInfo,
                 parent: QWidget | None = None, *, draft: BatchDraft | None = None,
                 template: LoadedTemplate | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Publish a batch to {account}").format(account=account.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.resize(1100, 760)
        self.state = WizardState(account)
        self.designer: TemplateDesigner | None = None
        self.template_page = TemplatePage(context.wb, self.state, self.open_designer)
        self.input_page = InputPage(context.runner, self.state)
        self.preview_page = PreviewPage(context.runner, self.state)
        # Either page offers what the wizard asks of it (set_reward, show_props, entries).
        self.properties_page: PropertiesPage | ProlificStudyPage
        if account.kind == "prolific":
            # A study instead of HIT properties: its pages ask what Prolific needs.
            self.properties_page = ProlificStudyPage(context, self.state)
            self.cost_page: QWizardPage = ProlificCostPage(context, self.state,
                                                           self.properties_page.set_reward)
            self.publish_page: PublishPage = ProlificPublishPage(context, self.state)
        else:
            self.properties_page = PropertiesPage(context, self.state)
            self.cost_page = CostPage(context, self.state, self.properties_page.set_reward)
            self.publish_page = PublishPage(context, self.state)
        for page in (self.template_page, self.input_page, self.preview_page,
                     self.properties_page, self.cost_page, self.publish_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        if template is not None:
            self.template_page.use(template)
        if draft is not None:
            self.use_draft(draft)
        # What the wizard opened with: closing loses nothing until this changes.
        self._opened_with = self.entries()

    def use_draft(self, draft: BatchDraft) -> None:
        """Start from a batch published before: its page, rows and properties (new tokens)."""
        template = (load_template(self.context.wb, draft.template_id)
                    if draft.template_id is not None else None)
        if template is None or template.html != draft.template_html:
            template = LoadedTemplate(draft.name, draft.template_html)
        self.template_page.use(template)
        self.state.table = draft.table
        self.input_page.model.set_table(draft.table)
        self.input_page.path_label.setText(draft.table.source)
        self.state.props = draft.props
        self.state.task_seconds = draft.estimated_task_s
        self.state.name = self.tr("{name} (again)").format(name=draft.name)
        self.properties_page.show_props(draft.props)

    def open_designer(self, template: LoadedTemplate | None) -> None:
        """Edit the chosen template beside the wizard; saving it chooses the saved version."""
        if self.designer is not None and self.designer.isVisible():
            self.designer.raise_()
            self.designer.activateWindow()
            return
        self.designer = TemplateDesigner(self.context.wb, self.context.runner, self, template)
        self.designer.template_saved.connect(self._template_saved)
        if self.state.table is not None:
            self.designer.use_input(self.state.table)
        self.designer.show()

    def _template_saved(self, info: TemplateInfo) -> None:
        self.template_page.reload((SAVED, info.id))
        self.template_page.use(load_template(self.context.wb, info.id))

    def _page_changed(self, _page_id: int) -> None:
        if self.currentPage() is self.input_page and self.state.input_path == "" and \
                self.state.table is None:
            self.input_page.status.setText(self.tr("Choose the file whose rows become HITs."))

    def entries(self) -> tuple[object, ...]:
        """What the user has chosen and typed: the template, the input, the properties."""
        state = self.state
        return (state.template.html if state.template is not None else None,
                state.input_path, id(state.table) if state.table is not None else None,
                self.properties_page.entries())

    def has_entries(self) -> bool:
        """Whether closing now would lose something chosen or typed (a published batch is kept)."""
        if self.state.published_batch is not None or self.publish_page.busy:
            return False
        return self.entries() != self._opened_with

    def confirm_discard(self) -> bool:
        """Ask before losing the batch's setup; Cancel is the default (Enter keeps it)."""
        question = self.tr("Discard this batch?")
        # The question in the box itself too: not every desktop shows a dialog's title.
        answer = QMessageBox.question(
            self, question, "<p><b>{question}</b></p><p>{lost}</p>".format(
                question=html.escape(question), lost=html.escape(self.tr(
                    "The template, the input file, the texts and the requirements you chose "
                    "for this batch will be lost."))),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        # Esc, Cancel and the window's close button all come here.
        popup = QApplication.activePopupWidget()
        if popup is not None and self.isAncestorOf(popup.parentWidget() or popup):
            popup.close()  # the Esc was meant for an open drop-down, not for the wizard
            return
        if self.has_entries() and not self.confirm_discard():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        busy = self.publish_page.busy
        super().closeEvent(event)  # QDialog asks reject(), which may keep the wizard open
        if not event.isAccepted() or self.isVisible():
            return
        if busy:
            QMessageBox.information(
                self, self.tr("Publishing continues"),
                self.tr("The batch is still being published; its progress (and Cancel) stay in "
                        "the main window's status bar."))
        self.preview_page.preview.shutdown()

    def done(self, result: int) -> None:
        if self.state.published_batch is not None:
            self.batch_published.emit(self.state.published_batch)
        self.preview_page.preview.shutdown()
        super().done(result)
