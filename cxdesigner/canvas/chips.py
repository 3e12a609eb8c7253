"""The cards of the annotation lanes: pain points, positive moments, actions, channels and
departments under their touchpoint, and goals across the span they cover.

Each shows its whole text, wrapped, and grows to hold it; a detail line under it says
what else the designer entered (an action's owner, status, priority, phase and date; a
pain point's severity and evidence). The lane stacks them and grows to the tallest stack.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.canvas.style import CHIP_DETAIL_ALPHA, palette_color, tinted
from cxdesigner.canvas.text import TextStyle, paint_text, text_height

BODY, DETAIL = TextStyle(9), TextStyle(8)
PAD_X, PAD_Y, GAP = 7.0, 5.0, 2.0
COMPACT_HEIGHT = 24.0


class Chip(QGraphicsItem):
    """A short card of text in a lane; ``details`` is a muted line under the text."""

    def __init__(self, text: str, color: str, width: float, item_id: str = "", details: str = "",
                 compact: bool = False, selectable: bool = True) -> None:
        super().__init__()
        self.text, self.color, self.width, self.item_id = text, color, width, item_id
        self.details, self.compact = details, compact
        self.height = self.measure(text, details, width, compact)
        self.setToolTip("\n".join(t for t in (text, details) if t))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, selectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # static between edits: paint once

    @staticmethod
    def measure(text: str, details: str, width: float, compact: bool = False) -> float:
        if compact:
            return COMPACT_HEIGHT
        inner = width - 2 * PAD_X
        height = text_height(text, BODY, inner)
        if details:
            height += GAP + text_height(details, DETAIL, inner)
        return max(COMPACT_HEIGHT, height + 2 * PAD_Y)

    def boundingRect(self) -> QRectF:
        return QRectF(-self.width / 2, 0, self.width, self.height)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.boundingRect()
        painter.setPen(QPen(palette_color(QPalette.ColorRole.Highlight), 2) if self.isSelected() else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(tinted(self.color, 0.35)))
        painter.drawRoundedRect(rect, 5, 5)
        ink = palette_color(QPalette.ColorRole.Text)
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        if self.compact:
            paint_text(painter, inner, self.text, BODY, ink, compact=True)
            return
        body = text_height(self.text, BODY, inner.width())
        paint_text(painter, QRectF(inner.left(), inner.top(), inner.width(), body + 1), self.text, BODY, ink)
        if self.details:
            muted = QColor(ink)
            muted.setAlpha(CHIP_DETAIL_ALPHA)
            paint_text(painter, QRectF(inner.left(), inner.top() + body + GAP, inner.width(),
                                       inner.bottom() - inner.top() - body), self.details, DETAIL, muted)


class GoalBar(QGraphicsItem):
    """A goal: a bar in its persona's colour across the span it covers, its text wrapped inside."""

    def __init__(self, text: str, color: str, width: float, compact: bool = False, item_id: str = "") -> None:
        super().__init__()
        self.text, self.color, self.width, self.compact, self.item_id = text, color, width, compact, item_id
        self.height = COMPACT_HEIGHT if compact else max(COMPACT_HEIGHT,
                                                         text_height(text, BODY, width - 24) + 2 * PAD_Y)
        self.setToolTip(text)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.boundingRect()
        painter.setPen(QPen(QColor(self.color), 1.5))
        painter.setBrush(tinted(self.color, 0.25))
        painter.drawRoundedRect(rect, 12, 12)
        paint_text(painter, rect.adjusted(12, PAD_Y, -12, -PAD_Y), self.text, BODY,
                   palette_color(QPalette.ColorRole.Text), self.compact)
