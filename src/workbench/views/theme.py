"""Light and dark themes; "system" follows the desktop's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")


def dark_palette() -> QPalette:
    """A dark palette with enough contrast to read for hours (and the status colours kept)."""
    palette = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1f2023"), QColor("#e6e6e6")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, text)
        palette.setColor(group, QPalette.ColorRole.Base, base)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#26282b"))
        palette.setColor(group, QPalette.ColorRole.Text, text)
        palette.setColor(group, QPalette.ColorRole.Button, QColor("#35373b"))
        palette.setColor(group, QPalette.ColorRole.ButtonText, text)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#3a3c40"))
        palette.setColor(group, QPalette.ColorRole.ToolTipText, text)
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#3d6fb4"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#8ab4f8"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a"))
        palette.setColor(group, QPalette.ColorRole.Mid, QColor("#9a9a9a"))
    disabled = QColor("#7a7a7a")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark)


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply a theme; returns the one in effect ("light" or "dark")."""
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    if theme != "system" or dark:
        # Fusion draws a palette faithfully on every platform.
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return "dark" if dark else "light"
