"""Countries and subdivisions for the Location qualification, as MTurk names them (ISO 3166)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

# MTurk takes ISO 3166-2 subdivisions; only US states are common enough to offer by name.
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "PR": "Puerto Rico",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
# Where most workers are: listed first so the usual choice is a short scroll away.
COMMON_COUNTRIES = ("US", "CA", "GB", "IN", "AU", "DE", "FR", "PH")
_LOCALE_TEXT = re.compile(r"^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?$")


@cache
def countries() -> list[tuple[str, str]]:
    """(ISO code, name) of every country Qt knows, common ones first, then by name."""
    found: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code not in found:
            found[code] = QLocale.territoryToString(territory)
    common = [(c, found[c]) for c in COMMON_COUNTRIES if c in found]
    rest = sorted(((c, n) for c, n in found.items() if c not in COMMON_COUNTRIES),
                  key=lambda item: item[1])
    return common + rest


def country_name(code: str) -> str:
    return dict(countries()).get(code.upper(), code.upper())


def parse_locales(text: str) -> tuple[list[dict[str, str]], str | None]:
    """``"US, CA-ON"`` as LocaleValues, and what is wrong with the text (or None)."""
    values: list[dict[str, str]] = []
    known = dict(countries())
    for part in (p.strip() for p in re.split(r"[,;\s]+", text) if p.strip()):
        match = _LOCALE_TEXT.match(part)
        if not match:
            return values, QCoreApplication.translate(
                "LocalePicker", "{text} is not a country code like US or US-NY").format(
                    text=repr(part))
        country = match.group(1).upper()
        if country not in known:
            return values, QCoreApplication.translate(
                "LocalePicker", "{code} is not a country code").format(code=country)
        locale = {"Country": country}
        if match.group(2):
            locale["Subdivision"] = match.group(2).upper()
        values.append(locale)
    return values, None


class LocalePicker(QWidget):
    """One country, and optionally a state or province, for EqualTo and NotEqualTo."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        for code, name in countries():
            self.country.addItem(f"{name} ({code})", code)
        self.country.insertSeparator(len(COMMON_COUNTRIES))
        self.country.setMinimumContentsLength(14)
        self.subdivision = QComboBox()
        self.subdivision.setEditable(True)
        self.subdivision.setAccessibleName(self.tr("State or province"))
        self.subdivision.setToolTip(self.tr("A state (for the US) or an ISO 3166-2 subdivision "
                                            "code; leave it at 'Whole country' for anywhere in "
                                            "the country"))
        self.subdivision.setMinimumContentsLength(8)
        layout.addWidget(self.country, 3)
        layout.addWidget(self.subdivision, 2)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.subdivision.currentTextChanged.connect(lambda _text: self.changed.emit())
        self._country_changed()

    def _country_changed(self) -> None:
        self.subdivision.blockSignals(True)
        self.subdivision.clear()
        self.subdivision.addItem(self.tr("Whole country"), "")
        if self.country.currentData() == "US":
            for code, name in sorted(US_STATES.items(), key=lambda item: item[1]):
                self.subdivision.addItem(f"{name} ({code})", code)
        self.subdivision.blockSignals(False)
        self.changed.emit()

    def value(self) -> dict[str, str]:
        locale = {"Country": str(self.country.currentData() or "US")}
        index = self.subdivision.currentIndex()
        text = self.subdivision.currentText().strip()
        if index >= 0 and self.subdivision.itemText(index) == text:
            code = str(self.subdivision.itemData(index) or "")
        else:
            match = re.search(r"\(([A-Za-z0-9]{1,3})\)\s*$", text)
            code = (match.group(1) if match else text).upper()[:3]
        if code:
            locale["Subdivision"] = code
        return locale

    def set_value(self, locale: dict[str, Any]) -> None:
        country = str(locale.get("Country", "US")).upper()
        index = self.country.findData(country)
        if index < 0:
            self.country.addItem(country, country)
            index = self.country.count() - 1
        self.country.setCurrentIndex(index)
        subdivision = str(locale.get("Subdivision") or "").upper()
        found = self.subdivision.findData(subdivision)
        if found >= 0:
            self.subdivision.setCurrentIndex(found)
        else:
            self.subdivision.setCurrentText(subdivision)


def ui_language() -> str:
    """The window's language for names of countries and languages ("de", "en")."""
    return QLocale().name().split("_")[0] or "en"


class WorkerLocaleFields(QWidget):
    """A worker's country (ISO 3166-1), subdivision (ISO 3166-2) and language (BCP 47).

    The country must be chosen (there is no default: a wrong one silently shuts a worker out
    of every batch with a Location requirement); the subdivision and the language may stay
    empty. Any subdivision code or language tag can be typed; the workforce service checks it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from workbench.services.workforce import country_choices, language_choices

        super().__init__(parent)
        language = ui_language()
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        self.country.addItem(self.tr("Choose a country…"), "")
        choices = country_choices(language)
        names = dict(choices)
        for code in COMMON_COUNTRIES:
            if code in names:
                self.country.addItem(f"{names[code]} ({code})", code)
        self.country.insertSeparator(self.country.count())
        for code, name in choices:
            self.country.addItem(f"{name} ({code})", code)
        self.country.setMinimumContentsLength(18)
        self.country.setMaxVisibleItems(20)
        self.subdivision = QComboBox()
        self.subdivision.setEditable(True)
        self.subdivision.setAccessibleName(self.tr("State or region"))
        self.subdivision.setToolTip(self.tr(
            "An ISO 3166-2 subdivision (a state, province or region) of the country, for "
            "requirements such as US-NY; leave 'Whole country' when it does not matter"))
        self.subdivision.setMinimumContentsLength(14)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr(
            "The language the worker reads, as a BCP 47 tag (en, de, pt-BR); choose one or "
            "type another"))
        self.language.addItem(self.tr("Not given"), "")
        for tag, name in language_choices(language):
            self.language.addItem(f"{name} ({tag})", tag)
        self.language.setMinimumContentsLength(14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.country, 3)
        layout.addWidget(self.subdivision, 2)
        layout.addWidget(self.language, 2)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.subdivision.currentTextChanged.connect(lambda _text: self.changed.emit())
        self.language.currentTextChanged.connect(lambda _text: self.changed.emit())
        self._country_changed()

    def _country_changed(self) -> None:
        from workbench.services.workforce import subdivision_choices

        code = str(self.country.currentData() or "")
        self.subdivision.blockSignals(True)
        self.subdivision.clear()
        self.subdivision.addItem(self.tr("Whole country"), "")
        for sub, name in subdivision_choices(code, ui_language()) if code else []:
            self.subdivision.addItem(f"{name} ({code}-{sub})", sub)
        self.subdivision.setEnabled(bool(code))
        self.subdivision.blockSignals(False)
        self.changed.emit()

    @staticmethod
    def _code(box: QComboBox) -> str:
        """The chosen item's code, or what was typed ("Bayern (DE-BY)" → its code)."""
        index = box.currentIndex()
        text = box.currentText().strip()
        if index >= 0 and box.itemText(index) == text:
            return str(box.itemData(index) or "")
        match = re.search(r"\(([A-Za-z0-9-]+)\)\s*$", text)
        return match.group(1) if match else text

    def country_code(self) -> str:
        return str(self.country.currentData() or "")

    def subdivision_code(self) -> str:
        return self._code(self.subdivision)

    def language_tag(self) -> str:
        return self._code(self.language)

    def set_values(self, country: str, subdivision: str | None, language: str | None) -> None:
        """Show a worker's values (codes)."""
        index = self.country.findData(country.upper()) if country else 0
        self.country.setCurrentIndex(max(0, index))
        found = self.subdivision.findData((subdivision or "").upper())
        if found >= 0:
            self.subdivision.setCurrentIndex(found)
        else:
            self.subdivision.setCurrentText(subdivision or "")
        found = self.language.findData(language or "")
        if found < 0 and language:
            from workbench.services.workforce import language_name

            # A language outside the usual list gets an entry of its own, with its name.
            self.language.addItem(f"{language_name(language, ui_language())} ({language})",
                                  language)
            found = self.language.count() - 1
        self.language.setCurrentIndex(max(0, found))
