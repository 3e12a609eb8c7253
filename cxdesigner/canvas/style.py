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


#: The map's fixed inks (on pastel stage headers and notes in every theme) and the opacity
#: of its quieter texts: hints and scale labels, card footers and details, persona quotes.
STAGE_INK, NOTE_INK = "#1f2933", "#1f2328"
HINT_ALPHA, DETAIL_ALPHA, QUOTE_ALPHA = 150, 170, 200
CHIP_DETAIL_ALPHA = 210  # details on a coloured chip need more ink than on a card
#: Set on the application while it shows the high-contrast theme (app.apply_theme).
HIGH_CONTRAST_PROPERTY = "highContrast"
#: WCAG AA for body text: what every text of the map keeps against what it sits on.
BODY_CONTRAST = 4.5


def luminance(color: QColor) -> float:
    """WCAG's relative luminance of an opaque colour (0 black .. 1 white)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def over(top: QColor, base: QColor) -> QColor:
    """``top`` (with its opacity) laid on the opaque ``base``: the colour the eye gets."""
    a = top.alphaF()
    return QColor(round(top.red() * a + base.red() * (1 - a)), round(top.green() * a + base.green() * (1 - a)),
                  round(top.blue() * a + base.blue() * (1 - a)))


def contrast_ratio(text: QColor, background: QColor) -> float:
    """WCAG's contrast ratio (1..21) of ``text`` on ``background``, the text's opacity included."""
    a, b = luminance(over(text, background)), luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def is_high_contrast() -> bool:
    """Whether the screen shows the high-contrast theme (never on paper): edges drawn in full ink."""
    app = QApplication.instance()
    return _print_palette is None and app is not None and bool(app.property(HIGH_CONTRAST_PROPERTY))


def readable(color: QColor) -> QColor:
    """``color`` as text on the map's background (the window and the base colour): darker on
    light, lighter on dark, as little as keeps WCAG AA's 4.5:1 on both."""
    backgrounds = palette_color(QPalette.ColorRole.Window), palette_color(QPalette.ColorRole.Base)
    dark = is_dark()
    ink = QColor(color).lighter(160) if dark else QColor(color).darker(115)
    for _ in range(40):
        if min(contrast_ratio(ink, b) for b in backgrounds) >= BODY_CONTRAST:
            break
        hue, saturation, lightness, _alpha = ink.getHslF()
        lightness = min(1.0, lightness + 0.03) if dark else max(0.0, lightness - 0.03)
        ink = QColor.fromHslF(max(0.0, hue), saturation, lightness)
    return ink


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
