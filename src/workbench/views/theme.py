"""Light and dark themes; "system" follows the desktop's colour scheme.

Every theme draws keyboard focus clearly: ``FocusStyle`` wraps the style in use and adds a
2-pixel frame in the highlight colour (the link colour in dark) around the focused button,
line edit, spin box, combo box, check box, tool button and item view (and around an item
view's current cell), so a keyboard user always sees where Tab has gone.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionHeader,
    QWidget,
)

THEMES = ("system", "light", "dark")
FOCUS_WIDTH = 2
# Styles that already turn Qt's header arrow round to the platform's own (Windows: ▲ over an
# ascending column); every other one gets it turned round here.
NATIVE_SORT_ARROWS = frozenset({"windowsvista", "windows11"})

_FRAMED_PRIMITIVES = (QStyle.PrimitiveElement.PE_PanelButtonCommand,
                      QStyle.PrimitiveElement.PE_FrameLineEdit,
                      QStyle.PrimitiveElement.PE_FrameFocusRect)
_FRAMED_COMPLEX = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)


class FocusStyle(QProxyStyle):
    """The base style, plus a clear focus frame in the palette's highlight colour."""

    def __init__(self, base: QStyle) -> None:
        name = base.name()  # the proxy takes ownership of the base style
        super().__init__(base)
        self.base_name = name

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if (element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
                and isinstance(option, QStyleOptionHeader)
                and self.base_name.lower() not in NATIVE_SORT_ARROWS):
            super().drawPrimitive(element, ascending_up(option), painter, widget)
            return
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            # Replaces the base style's faint (or dotted) focus rectangle.
            if isinstance(widget, QAbstractItemView):
                selected = bool(option.state & QStyle.StateFlag.State_Selected)
                colour = (option.palette.color(QPalette.ColorRole.HighlightedText) if selected
                          else focus_colour(option.palette))
                _frame(painter, option.rect, colour, radius=1)
            else:
                _frame(painter, option.rect, focus_colour(option.palette))
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _FRAMED_PRIMITIVES and option.state & QStyle.StateFlag.State_HasFocus:
            _frame(painter, option.rect, focus_colour(option.palette))

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _FRAMED_COMPLEX and option.state & QStyle.StateFlag.State_HasFocus:
            _frame(painter, option.rect, focus_colour(option.palette))

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if (element == QStyle.ControlElement.CE_ShapedFrame
                and isinstance(widget, QAbstractItemView) and widget.hasFocus()):
            _frame(painter, option.rect, focus_colour(option.palette), radius=0)


def ascending_up(option: QStyleOptionHeader) -> QStyleOptionHeader:
    """The header's sort arrow turned round, so that ▲ means ascending, as in Excel.

    QHeaderView asks for a "down" arrow when sorting ascending, and Fusion draws exactly
    what it is asked: ▼ over 1, 2, 3.
    """
    flipped = QStyleOptionHeader(option)
    if option.sortIndicator == QStyleOptionHeader.SortIndicator.SortDown:
        flipped.sortIndicator = QStyleOptionHeader.SortIndicator.SortUp
    elif option.sortIndicator == QStyleOptionHeader.SortIndicator.SortUp:
        flipped.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    return flipped


def focus_colour(palette: QPalette) -> QColor:
    """The focus frame's colour: the highlight on a light window; on a dark one the brighter
    link colour, so the frame keeps a 3:1 contrast with what is around it."""
    if palette.color(QPalette.ColorRole.Window).lightness() < 128:
        return palette.color(QPalette.ColorRole.Link)
    return palette.color(QPalette.ColorRole.Highlight)


def _frame(painter: QPainter, rect: object, colour: QColor, *, radius: float = 3) -> None:
    """A FOCUS_WIDTH-pixel frame just inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(colour, FOCUS_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_WIDTH / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset),  # type: ignore[call-overload]
                            radius, radius)
    painter.restore()


MUTED_CONTRAST = 4.5  # WCAG AA for body text


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of a colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2's contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def muted_text_colour(palette: QPalette) -> QColor:
    """Text that reads as secondary (an empty page's explanation, a hint) yet keeps a 4.5:1
    contrast with both the window and the base colour: the text colour mixed with the
    background, as little as that contrast allows."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    found = text
    for step in range(1, 11):
        share = step / 20  # up to half the way to the background
        mixed = QColor.fromRgbF(
            text.redF() + (window.redF() - text.redF()) * share,
            text.greenF() + (window.greenF() - text.greenF()) * share,
            text.blueF() + (window.blueF() - text.blueF()) * share)
        if min(contrast(mixed, window), contrast(mixed, base)) < MUTED_CONTRAST:
            break
        found = mixed
    return found


def with_readable_placeholders(palette: QPalette) -> QPalette:
    """The palette with its secondary text readable: placeholder text (hints, empty tables
    and pages) and Mid, which the window's notes and captions are written in
    ("color: palette(mid)"); Fusion draws none of its own frames or lines with Mid, so only
    those texts (and the charts' axis lines) change. Fusion's light Mid, #b8b8b8, had a
    contrast of 1.7:1 on the window."""
    colour = muted_text_colour(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
        palette.setColor(group, QPalette.ColorRole.Mid, colour)
    return palette


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
    # Disabled controls stay dark (not the light default that glares in a dark window).
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base),
                         (QPalette.ColorRole.Button, QColor("#303235")),
                         (QPalette.ColorRole.AlternateBase, QColor("#26282b")),
                         (QPalette.ColorRole.Highlight, QColor("#3a3c40"))):
        palette.setColor(QPalette.ColorGroup.Disabled, role, colour)
    return palette


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark)


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply a theme; returns the one in effect ("light" or "dark")."""
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    current = app.style()
    current_name = current.base_name if isinstance(current, FocusStyle) else current.name()
    # Fusion draws a palette faithfully on every platform; "system" in light keeps the
    # platform's own style. Either way the focus frame is drawn on top.
    base = QStyleFactory.create("Fusion" if theme != "system" or dark else current_name)
    if base is None:
        base = QStyleFactory.create("Fusion")
    style = FocusStyle(base)
    app.setStyle(style)
    app.setPalette(with_readable_placeholders(dark_palette() if dark
                                              else style.standardPalette()))
    return "dark" if dark else "light"
