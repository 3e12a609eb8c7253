"""The satisfaction lane's furniture: a faint line and value per step of the scale, the
neutral middle dashed, the end labels, a legend of the personas' lines and a key to
how sure the points are (and, with a projected line, what its long dashes mean)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.canvas.layout import SATISFACTION_PADDING
from cxdesigner.canvas.markers import dashed, marker_path
from cxdesigner.canvas.style import HINT_ALPHA
from cxdesigner.canvas.text import TextStyle, paint_text, text_height


def projection_caption(statuses, until) -> str:
    """What a projected line applies, under its key: "planned, in progress actions", and the day."""
    names = ", ".join(QCoreApplication.translate("Lanes", status.value.replace("_", " ")) for status in statuses)
    text = QCoreApplication.translate("ScaleGuide", "%1 actions").replace("%1", names)
    if until is not None:
        text += QCoreApplication.translate("ScaleGuide", ", by %1").replace("%1", until.isoformat())
    return text


class ScaleGuide(QGraphicsItem):
    """The satisfaction lane's furniture: a faint line and value per scale step, the
    neutral middle dashed, the end labels, and a legend of the personas' lines, each
    with its colour, marker shape and line pattern, names whole."""

    LEGEND, KEY = TextStyle(8.5), TextStyle(8)
    WIDTH = 118.0  # the legend's column, left of the values

    def __init__(self, rect: QRectF, steps: list[tuple[float, float]], neutral_y: float,
                 end_labels: tuple[str, str], personas: list[tuple[str, str, tuple[str, list[float]]]],
                 text_color: QColor, compact: bool = False, projected: str | None = None) -> None:
        """``projected``: what the projected line applies (``projection_caption``), or ``None``
        when the map has none."""
        super().__init__()
        self.projected = projected
        self.rect, self.steps, self.neutral_y = rect, steps, neutral_y
        self.end_labels, self.personas, self.text_color, self.compact = end_labels, personas, text_color, compact
        self.setZValue(-5)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @classmethod
    def needed_height(cls, end_labels: tuple[str, str], names: list[str], projected: str | None = None) -> float:
        """How tall the lane must be for the whole legend (end labels, personas, key)."""
        width = cls.WIDTH - 24
        labels = sum(text_height(f"▲ {label}", cls.KEY, cls.WIDTH) for label in end_labels)
        people = sum(max(14.0, text_height(name, cls.LEGEND, width)) + 4 for name in names)
        extra = 16 + text_height(projected, cls.KEY, cls.WIDTH - 22) if projected is not None else 0
        # The scale runs between the lane's paddings; the labels, the legend and the key must fit
        # between its ends' labels (as ``paint`` lays them out).
        return 2 * SATISFACTION_PADDING + labels + people + 34 + extra + 2

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right = self.rect.left() + 150, self.rect.right()
        faint, muted = QColor(self.text_color), QColor(self.text_color)
        faint.setAlpha(28)
        muted.setAlpha(HINT_ALPHA)
        painter.setFont(self.KEY.font())
        for value, y in self.steps:
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(muted)
            painter.drawText(QRectF(left - 34, y - 8, 28, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{value:g}")
        neutral = QColor(self.text_color)
        neutral.setAlpha(90)
        painter.setPen(QPen(neutral, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(left, self.neutral_y), QPointF(right, self.neutral_y))
        high, low = self.end_labels
        x = self.rect.left() + 4
        top = self.steps[0][1] - 8
        high_height = text_height(f"▲ {high}", self.KEY, self.WIDTH)
        paint_text(painter, QRectF(x, top, self.WIDTH, high_height + 1), f"▲ {high}", self.KEY, muted, self.compact)
        low_height = text_height(f"▼ {low}", self.KEY, self.WIDTH)
        bottom = max(top + high_height, self.steps[-1][1] + 8 - low_height)
        paint_text(painter, QRectF(x, bottom, self.WIDTH, low_height + 1), f"▼ {low}", self.KEY, muted, self.compact)
        y = top + high_height + 10
        for name, color, (shape, pattern) in self.personas:
            height = max(14.0, text_height(name, self.LEGEND, self.WIDTH - 24))
            middle = y + min(height, 14) / 2
            pen = dashed(QPen(QColor(color), 2.5), pattern)
            painter.setPen(pen)
            painter.drawLine(QPointF(x + 2, middle), QPointF(x + 20, middle))
            painter.setPen(QPen(QColor(color), 1.5))
            painter.setBrush(QColor(color))
            painter.drawPath(marker_path(shape, 3.6).translated(x + 11, middle))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            paint_text(painter, QRectF(x + 24, y, self.WIDTH - 24, height + 1), name, self.LEGEND, self.text_color,
                       self.compact)
            y += height + 4
        extra = 0 if self.projected is None else 16 + text_height(self.projected, self.KEY, self.WIDTH - 22)
        if y + 40 + extra < bottom:  # a key to how sure the points are, when there is room
            self._paint_evidence_key(painter, y + 8, muted)

    def _paint_evidence_key(self, painter: QPainter, y: float, muted: QColor) -> None:
        left = self.rect.left() + 6
        for index, text in enumerate((QT_TRANSLATE_NOOP("ScaleGuide", "measured"), QT_TRANSLATE_NOOP("ScaleGuide", "assumed"))):
            row = y + index * 16
            pale = QColor(muted)
            pale.setAlpha(150 if index == 0 else 70)
            painter.setPen(QPen(pale, 2.5))
            painter.drawLine(QPointF(left, row), QPointF(left + 16, row))
            painter.setPen(QPen(muted, 1.5))
            painter.setBrush(muted if index == 0 else QColor("white"))
            painter.drawEllipse(QPointF(left + 8, row), 3.5, 3.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            paint_text(painter, QRectF(left + 22, row - 7, 90, 14),
                       QCoreApplication.translate("ScaleGuide", text), self.KEY, muted, compact=True)
        if self.projected is not None:
            row = y + 32
            painter.setPen(dashed(QPen(muted, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap), [3, 1.6]))
            painter.drawLine(QPointF(left, row), QPointF(left + 16, row))
            painter.setPen(QPen(muted, 1.5))
            painter.drawEllipse(QPointF(left + 8, row), 3.5, 3.5)
            paint_text(painter, QRectF(left + 22, row - 7, 90, 14),
                       QCoreApplication.translate("ScaleGuide", "projected"), self.KEY, muted, compact=True)
            height = text_height(self.projected, self.KEY, self.WIDTH - 22)
            paint_text(painter, QRectF(left + 22, row + 8, self.WIDTH - 22, height + 1), self.projected, self.KEY,
                       muted)
