"""The Settings dialog: every setting a user needs, read from and saved to services/settings."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.models.tasks import TaskRunner
from workbench.services.accounts import AccountInfo
from workbench.services.context import check_store_location
from workbench.services.settings import Settings
from workbench.store.database import default_store_location
from workbench.views.i18n import LANGUAGES, PSEUDO, SYSTEM
from workbench.views.widgets import file_dialogs
from workbench.views.widgets.account_badge import kind_label

# (label, theme); labels translated at use (context "SettingsDialog").
THEMES = [(QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"), "system"),
          (QT_TRANSLATE_NOOP("SettingsDialog", "Light"), "light"),
          (QT_TRANSLATE_NOOP("SettingsDialog", "Dark"), "dark")]


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings()`` gives what to save."""

    def __init__(self, settings: Settings, accounts: list[AccountInfo], runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        self.runner = runner
        self.original = settings
        layout = QVBoxLayout(self)

        store = QGroupBox(self.tr("Store"))
        store_form = QFormLayout(store)
        self.location = QLineEdit(settings.store_location)
        self.location.setPlaceholderText(self.tr("Default: {path}").format(
            path=default_store_location()))
        self.location.setToolTip(self.tr("An SQLite file, or a database URL such as "
                                         "postgresql://user@server/workbench for a shared store"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Choose an SQLite store file"))
        browse.clicked.connect(self._browse)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self._test)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        row.addWidget(self.test_button)
        store_form.addRow(self.tr("&Location"), row)
        location_label = store_form.labelForField(row)
        if isinstance(location_label, QLabel):
            location_label.setBuddy(self.location)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        store_form.addRow("", self.test_result)
        store_note = QLabel(self.tr("A new location takes effect the next time the app starts."))
        store_note.setWordWrap(True)
        store_form.addRow("", store_note)
        layout.addWidget(store)

        work = QGroupBox(self.tr("Work"))
        work_form = QFormLayout(work)
        self.default_account = QComboBox()
        self.default_account.addItem(self.tr("(the first account)"), "")
        for account in accounts:
            self.default_account.addItem(f"{account.name} — {kind_label(account.kind)}",
                                         account.name)
        self.default_account.setCurrentIndex(
            max(0, self.default_account.findData(settings.default_account)))
        work_form.addRow(self.tr("Default &account"), self.default_account)
        self.wage = QDoubleSpinBox()
        self.wage.setRange(0.0, 500.0)
        self.wage.setDecimals(2)
        self.wage.setPrefix("$")
        self.wage.setSuffix(self.tr(" an hour"))
        self.wage.setValue(settings.fair_wage_cents_per_hour / 100)
        self.wage.setToolTip(self.tr("Publishing warns when a task pays less than this per hour "
                                     "(default: the US federal minimum wage)"))
        work_form.addRow(self.tr("&Fair wage"), self.wage)
        self.push_as_i_go = QCheckBox(self.tr("Send each review decision as soon as it is made"))
        self.push_as_i_go.setChecked(settings.push_as_i_go)
        self.push_as_i_go.setToolTip(self.tr("Otherwise decisions wait in the Outbox until Sync "
                                             "(F5)"))
        work_form.addRow(self.tr("Push as I go"), self.push_as_i_go)
        layout.addWidget(work)

        mturk = [a for a in accounts if a.kind in ("mturk", "mturk-sandbox")]
        self.profiles = QTableWidget(len(mturk), 2)
        self.profiles.setHorizontalHeaderLabels([self.tr("MTurk account"),
                                                 self.tr("AWS profile")])
        self.profiles.setAccessibleName(self.tr("AWS profiles of the MTurk accounts"))
        self.profiles.verticalHeader().setVisible(False)
        self.profiles.horizontalHeader().setStretchLastSection(True)
        for number, account in enumerate(mturk):
            name = QTableWidgetItem(account.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.profiles.setItem(number, 0, name)
            self.profiles.setItem(number, 1, QTableWidgetItem(
                settings.aws_profiles.get(account.name, account.aws_profile or "")))
        aws = QGroupBox(self.tr("AWS profiles (credentials stay in ~/.aws; empty = the default "
                                "chain)"))
        aws_layout = QVBoxLayout(aws)
        if mturk:
            self.profiles.setMaximumHeight(30 + 28 * min(4, len(mturk)))
            aws_layout.addWidget(self.profiles)
        else:
            aws_layout.addWidget(QLabel(self.tr("No MTurk accounts yet.")))
        layout.addWidget(aws)

        look = QGroupBox(self.tr("Appearance"))
        look_form = QFormLayout(look)
        self.theme = QComboBox()
        for label, value in THEMES:
            self.theme.addItem(QCoreApplication.translate("SettingsDialog", str(label)), value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        look_form.addRow(self.tr("&Theme"), self.theme)
        self.language = QComboBox()
        for label, value in LANGUAGES:
            # Each language is named in itself (so it can be found whatever is showing);
            # only the system's and the testing entry are translated.
            if value == PSEUDO:
                label = self.tr("Pseudo-localisation (for testing)")
            elif value == SYSTEM:
                label = self.tr("System language")
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        look_form.addRow(self.tr("&Language"), self.language)
        language_note = QLabel(self.tr("A new language takes effect the next time the app "
                                       "starts."))
        language_note.setWordWrap(True)
        look_form.addRow("", language_note)
        layout.addWidget(look)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = file_dialogs.save_file_name(
            self, self.tr("Store file"), self.location.text() or str(default_store_location()),
            self.tr("SQLite stores (*.sqlite3 *.db);;All files (*)"),
            confirm_overwrite=False)
        if path:
            self.location.setText(path)

    def _test(self) -> None:
        location = self.location.text()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing…"))

        def done(message: str) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(message)

        self.runner.run(lambda: check_store_location(location), on_done=done,
                        on_error=lambda e: done(self.tr("Cannot connect: {error}").format(
                            error=e)))

    def result_settings(self) -> Settings:
        profiles = dict(self.original.aws_profiles)
        for row in range(self.profiles.rowCount()):
            name_item, profile_item = self.profiles.item(row, 0), self.profiles.item(row, 1)
            if name_item is None:
                continue
            profile = profile_item.text().strip() if profile_item is not None else ""
            if profile:
                profiles[name_item.text()] = profile
            else:
                profiles.pop(name_item.text(), None)
        cents = int((Decimal(str(self.wage.value())) * 100).to_integral_value())
        return Settings(
            store_location=self.location.text().strip(),
            default_account=str(self.default_account.currentData() or ""),
            push_as_i_go=self.push_as_i_go.isChecked(),
            fair_wage_cents_per_hour=cents,
            rejection_reasons=list(self.original.rejection_reasons),
            theme=str(self.theme.currentData()),
            aws_profiles=profiles,
            language=str(self.language.currentData() or ""),
        )
