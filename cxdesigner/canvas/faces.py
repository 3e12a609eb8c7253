"""Emotion faces drawn as vectors (no emoji font needed, the same on screen and paper):
a circle, two eyes, and a mouth from a frown to a broad smile."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from cxdesigner.model import Emotion, SatisfactionScale

FACES = list(Emotion)  # worst to best
FILLS = {Emotion.ANGRY: "#f03e3e", Emotion.UNHAPPY: "#ff922b", Emotion.NEUTRAL: "#ffd43b",
         Emotion.CONTENT: "#94d82d", Emotion.DELIGHTED: "#40c057"}
#: How each face's mouth bends: -1 a full frown, +1 a full smile.
CURVES = {Emotion.ANGRY: -1.0, Emotion.UNHAPPY: -0.5, Emotion.NEUTRAL: 0.0, Emotion.CONTENT: 0.55,
          Emotion.DELIGHTED: 1.0}


def emotion_of(value: float, scale: SatisfactionScale) -> Emotion:
    """The face a rating implies: the scale cut into five equal parts."""
    fraction = (value - scale.low) / (scale.high - scale.low)
    return FACES[min(len(FACES) - 1, max(0, int(fraction * len(FACES))))]


def paint_face(painter: QPainter, rect: QRectF, emotion: Emotion, ring: str, chosen: bool) -> None:
    """A face in ``rect``; ``ring`` is the persona's colour; a face only implied by the rating is paler."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(FILLS[emotion])
    if not chosen:
        fill.setAlpha(150)
    painter.setPen(QPen(QColor(ring), 2))
    painter.setBrush(fill)
    painter.drawEllipse(rect)
    ink = QPen(QColor("#343a40"), max(1.2, rect.width() / 14), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(ink)
    painter.setBrush(QColor("#343a40"))
    w, h, c = rect.width(), rect.height(), rect.center()
    for side in (-1, 1):
        painter.drawEllipse(QPointF(c.x() + side * w * 0.18, c.y() - h * 0.12), w * 0.05, w * 0.05)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    curve = CURVES[emotion]
    mouth = QPainterPath(QPointF(c.x() - w * 0.22, c.y() + h * 0.18))
    mouth.quadTo(QPointF(c.x(), c.y() + h * (0.18 + 0.2 * curve)), QPointF(c.x() + w * 0.22, c.y() + h * 0.18))
    painter.drawPath(mouth)
    if emotion is Emotion.ANGRY:  # brows
        for side in (-1, 1):
            painter.drawLine(QPointF(c.x() + side * w * 0.28, c.y() - h * 0.28),
                             QPointF(c.x() + side * w * 0.08, c.y() - h * 0.2))
    painter.restore()
