"""The HITs page: every HIT with its counts; the selected one's details and assignments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.money import format_dollars
from workbench.models import changes
from workbench.models.formatting import (
    format_count,
    format_duration,
    local_time,
    plural,
    status_label,
)
from workbench.models.tables import AssignmentTableModel, HitTableModel
from workbench.services import outbox
from workbench.services.accounts import AccountInfo
from workbench.services.tables import HitDetails, Row, hit_details
from workbench.views.dialogs.hit_actions import AddAssignmentsDialog, ExtendDialog
from workbench.views.pages.base import KeptSelection, Page, PageContext
from workbench.views.settings import load_bytes, window_settings
from workbench.views.widgets.details import DetailsView
from workbench.views.widgets.table_view import DataTableView

SelectedHit = tuple[str, int, datetime | None]  # HIT id, assignments asked, expiration
HIT_STATUSES = ["Assignable", "Unassignable", "Reviewable", "Reviewing", "Disposed"]


def describe_requirement(requirement: dict[str, Any]) -> tuple[str, str]:
    from workbench.domain.qualifications import SYSTEM_QUALIFICATION_NAMES

    qid = str(requirement.get("QualificationTypeId", ""))
    locales: list[dict[str, str]] = list(requirement.get("LocaleValues") or [])
    integers: list[int] = list(requirement.get("IntegerValues") or [])
    values: list[str] = [str(i) for i in integers] or [
        v.get("Country", "") + (f"-{v['Subdivision']}" if v.get("Subdivision") else "")
        for v in locales]
    text = f"{requirement.get('Comparator', '')} {', '.join(str(v) for v in values)}".strip()
    return SYSTEM_QUALIFICATION_NAMES.get(qid, qid), text


class HitsPage(Page):
    """HITs with a search box and a status filter; details and assignments of the selection."""

    title = "HITs"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        wb, runner = self.wb, self.runner
        self.model = HitTableModel(wb, runner, self)
        self.assignments_model = AssignmentTableModel(wb, runner, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.make_search(self.tr("Search HITs: id, title or batch (Ctrl+F)"),
                                       self._filter), 3)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), "")
        for status in HIT_STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.currentIndexChanged.connect(self._filter)
        bar.addWidget(self.status)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        bar.addStretch()
        self.expire_button = QPushButton(self.tr("Expire now"))
        self.extend_button = QPushButton(self.tr("Extend…"))
        self.add_button = QPushButton(self.tr("Add assignments…"))
        for button, handler, tip in (
                (self.expire_button, self._expire, self.tr(
                    "Stop offering the selected HITs to workers (queued in the Outbox, sent by "
                    "Sync)")),
                (self.extend_button, self._extend, self.tr(
                    "Keep the selected HITs available longer (queued in the Outbox, sent by "
                    "Sync)")),
                (self.add_button, self._add_assignments, self.tr(
                    "Ask for more assignments (queued in the Outbox, sent by Sync)"))):
            button.setToolTip(tip)
            button.clicked.connect(handler)
            button.setEnabled(False)
            bar.addWidget(button)
        layout.addLayout(bar)

        self.table = DataTableView("hits")
        self.table.setModel(self.model)
        self.table.set_empty_text(self.tr(
            "No HITs in this account yet. Publish a batch from Batches, or press F5 to sync "
            "an MTurk account."))
        self.details = DetailsView()
        self.assignments = DataTableView("hit-assignments")
        self.assignments.setModel(self.assignments_model)
        self.assignments.hideColumn(self.assignments_model.column_of("hit_id"))
        self.assignments.hideColumn(self.assignments_model.column_of("batch"))
        self.assignments.hideColumn(self.assignments_model.column_of("reward"))
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.details)
        lower.addWidget(self.assignments)
        lower.setSizes([520, 760])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([430, 300])
        self.lower_splitter = lower
        layout.addWidget(self.splitter)
        self._restore_splitters()

        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda m: self.status_message.emit(
            self.tr("Could not load HITs: {error}").format(error=m)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # A reload drops the selection without a word: buttons and details follow it.
        self.model.modelReset.connect(self._follow_selection)
        self.kept = KeptSelection(self.table, self._follow_selection)
        self.details.show_message(self.tr("Select a HIT to see its properties and input values."))
        self._shown_pk: int | None = None

    # -- state ------------------------------------------------------------------------------

    def set_account(self, account: AccountInfo) -> None:
        super().set_account(account)
        self._shown_pk = None
        self.details.show_message(self.tr("Select a HIT to see its properties and input values."))
        self.assignments_model.set_request(
            self.assignments_model.request.with_filter(account_id=account.id, hit_pk=-1))
        self.assignments.set_empty_text(self.tr("Select a HIT to see its assignments."))
        self._filter()

    def _filter(self) -> None:
        if self.account is None:
            return
        request = self.model.request.with_filter(
            account_id=self.account.id, search=self.search.text() if self.search else "",
            status=self.status.currentData())
        self.model.set_request(request)

    def on_changes(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.HITS, changes.ASSIGNMENTS, changes.BATCHES}:
            self.model.refresh()
            self.assignments_model.refresh()
            if self._shown_pk is not None:
                self._show_details(self._shown_pk)

    def _loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("1 HIT") if count == 1 else self.tr(
            "{count} HITs").format(count=format_count(count)))

    def save_state(self) -> None:
        settings = window_settings()
        settings.setValue("hits/splitter", self.splitter.saveState())
        settings.setValue("hits/lower", self.lower_splitter.saveState())
        self.table.save_columns()
        self.assignments.save_columns()

    def _restore_splitters(self) -> None:
        settings = window_settings()
        pairs = (("hits/splitter", self.splitter), ("hits/lower", self.lower_splitter))
        for key, splitter in pairs:
            state = load_bytes(settings, key)
            if state is not None:
                splitter.restoreState(state)

    # -- selection --------------------------------------------------------------------------

    def _follow_selection(self) -> None:
        """Buttons and details as the selection is now (a reload may have dropped it)."""
        self._selection_changed(QItemSelection(), QItemSelection())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        # Positions, not ids: after Ctrl+A on a big table, looking up every id would hold
        # the window up; only a single selection needs its id.
        rows = self.table.selected_rows()
        pk = self.model.row_id(rows[0]) if len(rows) == 1 else None
        for button in (self.expire_button, self.extend_button, self.add_button):
            button.setEnabled(bool(rows))
        if pk is not None:
            self._show_details(pk)
        elif not rows:
            self.details.show_message(self.tr("Select a HIT to see its properties and input "
                                              "values."))
        else:
            self.details.show_message(self.tr("{count} HITs selected.").format(
                count=format_count(len(rows))))

    def _show_details(self, hit_pk: int) -> None:
        self._shown_pk = hit_pk
        self.assignments.set_empty_text(self.tr("No worker has submitted work for this HIT "
                                                "yet."))
        self.assignments_model.set_request(self.assignments_model.request.with_filter(
            hit_pk=hit_pk))
        self.runner.run(lambda: hit_details(self.wb, hit_pk),
                        on_done=lambda d: self._details_loaded(hit_pk, d))

    def _details_loaded(self, hit_pk: int, details: HitDetails | None) -> None:
        if hit_pk != self._shown_pk:
            return
        if details is None:
            self.details.show_message(self.tr("This HIT is no longer in the store."))
            return
        properties = [
            (self.tr("HIT id"), details.hit_id), (self.tr("HIT type"), details.hit_type_id),
            (self.tr("Batch"), details.batch_name or "—"), (self.tr("Title"), details.title),
            (self.tr("Description"), details.description),
            (self.tr("Keywords"), details.keywords or "—"),
            (self.tr("Status"), status_label(details.status)),
            (self.tr("Review status"), status_label(details.review_status)),
            (self.tr("Reward"), format_dollars(details.reward_cents)),
            (self.tr("Assignments"), self.tr(
                "{asked} asked, {available} available, {pending} being worked on, {decided} "
                "decided").format(asked=details.max_assignments, available=details.available,
                                  pending=details.pending, decided=details.completed)),
            (self.tr("Created"), local_time(details.created)),
            (self.tr("Expires"), local_time(details.expires) if details.expires else "—"),
            (self.tr("Time allowed"), format_duration(details.assignment_duration_s)),
            (self.tr("Auto-approval after"), format_duration(details.auto_approval_delay_s)),
            (self.tr("Annotation"), details.annotation or "—"),
        ]
        groups = [(self.tr("HIT"), properties),
                  (self.tr("Input values"),
                   details.inputs or [("—", self.tr("No input row is known"))])]
        if details.requirements:
            groups.append((self.tr("Qualification requirements"),
                           [describe_requirement(r) for r in details.requirements]))
        self.details.show_groups(groups)

    # -- actions (queued through the outbox) ------------------------------------------------

    def _with_selected_hits(self, then: Callable[[list[SelectedHit]], None]) -> None:
        """(HIT id, assignments asked, expiration) of every selected HIT, loaded or not."""
        model = self.model
        asked, expires = model.column_of("max_assignments") + 1, model.column_of("expires") + 1

        def chosen(rows: list[Row]) -> None:
            hits = [(str(row[1]), int(row[asked]), row[expires]) for row in rows]
            if hits and self.account is not None:
                then(hits)

        self.table.fetch_selected(chosen)

    def _queue(self, description: str, work: object) -> None:
        def done(count: int) -> None:
            message = self.tr("Queued {what} for %n HIT(s); Sync (F5) sends it.", "", count)
            self.status_message.emit(plural(message, count).format(what=description))
            self.bus.announce(changes.OUTBOX)

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Not queued"), str(error))

        self.runner.run(work, on_done=done, on_error=failed)  # type: ignore[arg-type]

    def _expire(self) -> None:
        self._with_selected_hits(self._expire_hits)

    def _expire_hits(self, hits: list[SelectedHit]) -> None:
        assert self.account is not None
        answer = QMessageBox.question(
            self, self.tr("Expire HITs"),
            plural(self.tr("Stop offering %n HIT(s) to workers now? Work already accepted can "
                           "still be submitted.", "", len(hits)), len(hits)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        account, wb = self.account, self.wb

        def work() -> int:
            now = wb.clock()
            for hit_id, _, _ in hits:
                outbox.queue_update_expiration(wb, account, hit_id, now)
            return len(hits)

        self._queue(self.tr("expiry"), work)

    def _extend(self) -> None:
        self._with_selected_hits(self._extend_hits)

    def _extend_hits(self, hits: list[SelectedHit]) -> None:
        assert self.account is not None
        dialog = ExtendDialog(len(hits), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        delta = dialog.delta()
        account, wb = self.account, self.wb

        def work() -> int:
            now = wb.clock()
            for hit_id, _, expires in hits:
                base = max(now, expires) if expires else now
                outbox.queue_update_expiration(wb, account, hit_id, base + delta)
            return len(hits)

        self._queue(self.tr("an extension"), work)

    def _add_assignments(self) -> None:
        self._with_selected_hits(self._add_assignments_hits)

    def _add_assignments_hits(self, hits: list[SelectedHit]) -> None:
        assert self.account is not None
        smallest = min(asked for _, asked, _ in hits)
        dialog = AddAssignmentsDialog(len(hits), smallest, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        number = dialog.number.value()
        account, wb = self.account, self.wb

        def work() -> int:
            for hit_id, _, _ in hits:
                outbox.queue_add_assignments(wb, account, hit_id, number)
            return len(hits)

        self._queue(plural(self.tr("%n more assignment(s)", "", number), number), work)
