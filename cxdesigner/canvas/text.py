"""Text on the map: wrapped to its width and shown whole, measured once.

Cards, chips and lane cells grow to hold everything the designer typed; lanes grow
with them. Only the compact view (an editor choice) cuts texts short, with an
ellipsis, and shows them whole on hover. A text beyond ``DRAWN_LIMIT`` characters
(no real note is) is drawn up to there, so no input can make drawing crawl.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication

from cxdesigner.canvas.style import most_that_fits, scene_font

#: Characters of one text drawn on the map: a 300-word action is about 2,000.
DRAWN_LIMIT = 5000
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.AlignmentFlag.AlignLeft)


@dataclass(frozen=True)
class TextStyle:
    """A font of the map, by its size in points at 100% (see ``scene_font``)."""

    points: float
    bold: bool = False
    italic: bool = False

    def font(self) -> QFont:
        return _font(self, QApplication.font().family())


@lru_cache(maxsize=64)
def _font(style: TextStyle, family: str) -> QFont:
    return scene_font(style.points, style.bold, style.italic)


def drawable(text: str) -> str:
    """``text`` as drawn: whole, up to ``DRAWN_LIMIT`` characters."""
    return text if len(text) <= DRAWN_LIMIT else text[:DRAWN_LIMIT].rstrip() + "…"


BREAK = "\u00ad"  # a soft hyphen: where a word wider than its box breaks (drawn as a hyphen there)


@lru_cache(maxsize=20_000)
def breakable(text: str, style: TextStyle, width: float) -> str:
    """``text`` with every word wider than ``width`` allowed to break between its letters.

    Words wrap whole, as before; only one that cannot fit a line (a German compound such as
    "Geschäftsreisende" in a narrow lane) breaks inside, instead of running out of its box.
    """
    metrics = QFontMetricsF(style.font())
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return text
    return " ".join(_pieces(word, metrics, width) for word in text.split(" "))


def _pieces(word: str, metrics: QFontMetricsF, width: float) -> str:
    """``word`` cut into runs that each fit ``width`` with their hyphen, joined by soft hyphens."""
    if metrics.horizontalAdvance(word) <= width:
        return word
    pieces, run = [], ""
    for char in word:
        if run and metrics.horizontalAdvance(run + char + "-") > width:
            pieces.append(run)
            run = ""
        run += char
    return BREAK.join([*pieces, run])


@lru_cache(maxsize=100_000)
def text_height(text: str, style: TextStyle, width: float) -> float:
    """The height ``text`` takes wrapped to ``width`` (empty text: none)."""
    if not text or width <= 0:
        return 0.0
    metrics = QFontMetricsF(style.font())
    box = metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAP, breakable(drawable(text), style, width))
    return box.height()


def line_height(style: TextStyle) -> float:
    return QFontMetricsF(style.font()).lineSpacing()


def shortened(text: str, style: TextStyle, box: QRectF) -> str:
    """``text`` cut with an ellipsis to fit ``box`` (the compact view)."""
    metrics = QFontMetricsF(style.font())
    shown = most_that_fits(metrics, box, text)
    while shown and metrics.boundingRect(box, WRAP, breakable(shown, style, box.width())).height() > box.height() + 0.5:
        shown = shown[: max(0, len(shown) - 4)].rstrip() + "…" if len(shown) > 4 else ""
    return shown


def paint_text(painter: QPainter, box: QRectF, text: str, style: TextStyle, color: QColor,
               compact: bool = False) -> None:
    """Draw ``text`` wrapped in ``box``: whole, or cut to the box in the compact view."""
    painter.setFont(style.font())
    painter.setPen(color)
    shown = shortened(text, style, box) if compact else drawable(text)
    painter.drawText(box, WRAP, breakable(shown, style, box.width()))
