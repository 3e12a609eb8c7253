"""How the map looks: its palette in light and dark (and light always on paper), its fonts in
scene units, and numbers as the map writes them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_print_palette: QPalette | None = None  # set while a map is drawn for paper or a file


def palette_color(role: QPalette.ColorRole) -> QColor:
    """A colour of the application's palette, so light and dark themes both work."""
    return (_print_palette or QApplication.palette()).color(role)


@contextmanager
def print_colors() -> Iterator[None]:
    """Items built and painted inside use the light palette: exports are print-ready
    whatever the session's theme. Never spans an event loop turn, so the screen
    keeps its own colours."""
    global _print_palette
    outer, _print_palette = _print_palette, QStyleFactory.create("Fusion").standardPalette()
    try:
        yield
    finally:
        _print_palette = outer


def printing() -> bool:
    """Whether items are being drawn for paper or a file (no screen-only controls then)."""
    return _print_palette is not None


def is_dark() -> bool:
    return palette_color(QPalette.ColorRole.Window).lightness() < 128


def readable(color: QColor) -> QColor:
    """``color`` as text on the map's background: a shade darker on light, lighter on dark."""
    return color.lighter(160) if is_dark() else color.darker(115)


def tinted(color: str, strength: float) -> QColor:
    """``color`` laid over the window colour at ``strength`` (0..1): pastel bands in both themes."""
    base, top = palette_color(QPalette.ColorRole.Window), QColor(color)
    mix = lambda a, b: round(a + (b - a) * strength)  # noqa: E731
    return QColor(mix(base.red(), top.red()), mix(base.green(), top.green()), mix(base.blue(), top.blue()))


def most_that_fits(metrics: QFontMetricsF | QFontMetrics, box: QRectF, text: str) -> str:
    """``text`` cut to twice what a wrapped ``box`` could show at most, so fitting a long text
    (shortening it until it fits) never lays out a whole book on each try."""
    per_line = box.width() / max(1.0, metrics.averageCharWidth())
    lines = box.height() / max(1.0, metrics.lineSpacing())
    return text[: int(2 * (per_line + 1) * (lines + 1))]


def short_number(value: float, sign: bool = False) -> str:
    """At most two decimals, none when whole: 1.21 rather than 1.21429, 4 rather than 4.00.

    Written as the user's language writes numbers (``QLocale()``, the default set at start):
    1,21 in Spanish, German, French and Portuguese.
    """
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", 2)
    point = locale.decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    if sign and not text.startswith(("-", locale.negativeSign())):
        text = "+" + text
    return text


def fixed_number(value: float, decimals: int = 2) -> str:
    """``value`` with exactly ``decimals`` decimals, as the user's language writes it."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def local_time(moment: datetime, seconds: bool = False) -> str:
    """A moment in the computer's time zone, written the way the user's language writes dates."""
    if QLocale().language() == QLocale.Language.C:
        return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    shown = QDateTime(moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment)
    text = QLocale().toString(shown, QLocale.FormatType.ShortFormat)
    if seconds:
        text = QLocale().toString(shown, QLocale().dateFormat(QLocale.FormatType.ShortFormat) + " HH:mm:ss")
    return text


def scene_font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    """The application's font at ``points`` (on a 96 dpi screen), sized in scene units:
    text keeps its place on the map on screens, printers and files of any resolution."""
    font = QFont(QApplication.font())
    font.setPixelSize(round(points * 96 / 72))
    font.setBold(bold)
    font.setItalic(italic)
    return font
