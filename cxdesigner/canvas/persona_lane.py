"""The personas lane: for each persona the map shows, a row with their photo, name and quote
at the left, and their goals along the journey, each across the span it covers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.canvas.pictures import decoded
from cxdesigner.canvas.style import QUOTE_ALPHA, palette_color, readable
from cxdesigner.canvas.text import TextStyle, paint_text, text_height

if TYPE_CHECKING:
    from cxdesigner.canvas.lanes import LaneContent, LaneContext

NAME, QUOTE = TextStyle(9, bold=True), TextStyle(8.5, italic=True)
PHOTO = 34.0
TITLE_ROOM = 30.0  # the lane's title above the first row
ROW_GAP = 10.0


class ProfileCard(QGraphicsItem):
    """A persona at a glance: photo (or their initial), name, and quote, in their colour."""

    def __init__(self, persona, width: float, compact: bool = False) -> None:
        super().__init__()
        self.persona, self.width, self.compact = persona, width, compact
        self.photo = decoded(persona.photo)
        self.quote = f"“{persona.quote}”" if persona.quote else ""
        name_height = max(PHOTO, text_height(persona.name, NAME, width - PHOTO - 8))
        quote_height = 0.0 if compact or not self.quote else text_height(self.quote, QUOTE, width) + 4
        self.name_height, self.height = name_height, name_height + quote_height
        self.setToolTip("\n".join(t for t in (persona.name, self.quote, persona.occupation) if t))
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        circle = QRectF(0, 0, PHOTO, PHOTO)
        color = QColor(self.persona.color)
        if self.photo.isNull():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(circle)
            painter.setPen(QColor("white"))
            painter.setFont(NAME.font())
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, self.persona.name[:1].upper())
        else:
            clip = QPainterPath()
            clip.addEllipse(circle)
            painter.save()
            painter.setClipPath(clip)
            side = min(self.photo.width(), self.photo.height())
            source = QRectF((self.photo.width() - side) / 2, (self.photo.height() - side) / 2, side, side)
            painter.drawImage(circle, self.photo, source)
            painter.restore()
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(circle)
        ink = palette_color(QPalette.ColorRole.Text)
        paint_text(painter, QRectF(PHOTO + 8, 0, self.width - PHOTO - 8, self.name_height), self.persona.name, NAME,
                   readable(color), self.compact)
        if self.quote and not self.compact:
            muted = QColor(ink)
            muted.setAlpha(QUOTE_ALPHA)
            paint_text(painter, QRectF(0, self.name_height + 4, self.width, self.height - self.name_height),
                       self.quote, QUOTE, muted)


def persona_rows(context: LaneContext) -> LaneContent:
    """A row per persona of the map: their profile at the left, their goals along the journey."""
    from cxdesigner.canvas.lanes import EMPTY_HEIGHT, LaneContent, goal_rows
    jmap, project, layout = context.jmap, context.project, context.layout
    content = LaneContent()
    width = layout.metrics.label_width - 10
    y = TITLE_ROOM
    for persona_id in jmap.persona_ids:
        persona = project.find(persona_id)
        card = ProfileCard(persona, width, context.compact)
        content.items.append((card, layout.metrics.margin + 4, y))
        goals, bottom = goal_rows(context, [g for g in jmap.goals if g.persona_id == persona_id], y)
        content.items += goals
        y = max(y + card.height, bottom) + ROW_GAP
    content.height = max(EMPTY_HEIGHT, y) if jmap.persona_ids else EMPTY_HEIGHT
    return content
