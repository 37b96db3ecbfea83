"""The About dialog: version, where the store is, where the logs are, and the licences used."""

from __future__ import annotations

import html
import platform
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench import __version__
from workbench.diagnostics import log_path

# The libraries the app ships with, as their packages name them.
DEPENDENCIES = ("PySide6", "SQLAlchemy", "alembic", "boto3", "botocore", "openpyxl", "XlsxWriter",
                "pyqtgraph", "defusedxml", "platformdirs", "starlette", "uvicorn", "Jinja2",
                "crowd-kit", "numpy")


def dependency_licences() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each shipped library that is installed."""
    found = []
    for name in DEPENDENCIES:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        licence = ((meta.get_all("License-Expression") or meta.get_all("License") or [""])[0]
                   or "").strip()
        if not licence or len(licence) > 60:
            classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                           if c.startswith("License ::")]
            licence = ", ".join(classifiers) or (licence.splitlines()[0][:60] if licence
                                                 else "see the package")
        found.append((name, (meta.get_all("Version") or [""])[0], licence))
    return found


class AboutDialog(QDialog):
    """What this is, which version, where its files are, and whose work it stands on."""

    def __init__(self, store_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Requester Workbench"))
        self.setMinimumSize(560, 480)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        icon = QLabel()
        window_icon = self.windowIcon()
        if not window_icon.isNull():
            icon.setPixmap(window_icon.pixmap(64, 64))
        header.addWidget(icon)
        title = QLabel("<b style='font-size:16pt'>{name}</b><br>{version}<br>{what}".format(
            name=html.escape(self.tr("Requester Workbench")),
            version=html.escape(self.tr("Version {version}").format(version=__version__)),
            what=html.escape(self.tr("Design, publish, review, pay and export micro-tasks — on "
                                     "MTurk or on your own marketplace."))))
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        header.addWidget(title, 1)
        layout.addLayout(header)
        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(False)
        rows = [(self.tr("Store"), store_location), (self.tr("Logs"), str(log_path())),
                ("Python", platform.python_version()),
                (self.tr("System"), platform.platform())]
        licences = dependency_licences()
        text = ["<table cellspacing='4'>"]
        text += [f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                 for k, v in rows]
        text.append(f"</table><p><b>{html.escape(self.tr('Built with'))}</b></p>"
                    "<table cellspacing='4'>")
        text += [f"<tr><td>{html.escape(n)}</td><td>{html.escape(v)}</td>"
                 f"<td>{html.escape(lic)}</td></tr>" for n, v, lic in licences]
        text.append("</table><p>{}</p>".format(html.escape(self.tr(
            "Requester Workbench is released under the MIT licence."))))
        self.details.setHtml("".join(text))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
