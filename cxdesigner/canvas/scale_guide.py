"""The satisfaction lane's furniture: a faint line and value per step of the scale, the
neutral middle dashed, the end labels, a legend of the personas' lines and a key to
how sure the points are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.canvas.items import scene_font


class ScaleGuide(QGraphicsItem):
    """The satisfaction lane's furniture: a faint line and value per scale step, the
    neutral middle dashed, the end labels, and a legend of the personas' lines."""

    def __init__(self, rect: QRectF, steps: list[tuple[float, float]], neutral_y: float,
                 end_labels: tuple[str, str], personas: list[tuple[str, str]], text_color: QColor) -> None:
        super().__init__()
        self.rect, self.steps, self.neutral_y = rect, steps, neutral_y
        self.end_labels, self.personas, self.text_color = end_labels, personas, text_color
        self.setZValue(-5)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right = self.rect.left() + 150, self.rect.right()
        faint, muted = QColor(self.text_color), QColor(self.text_color)
        faint.setAlpha(28)
        muted.setAlpha(150)
        painter.setFont(scene_font(8))
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
        painter.setPen(muted)
        top, bottom = self.steps[0][1], self.steps[-1][1]
        painter.drawText(QRectF(self.rect.left() + 4, top - 8, 110, 16), Qt.AlignmentFlag.AlignVCenter, f"▲ {high}")
        painter.drawText(QRectF(self.rect.left() + 4, bottom - 8, 110, 16), Qt.AlignmentFlag.AlignVCenter, f"▼ {low}")
        y = top + 22
        for name, color in self.personas:
            painter.setPen(QPen(QColor(color), 3))
            painter.drawLine(QPointF(self.rect.left() + 6, y), QPointF(self.rect.left() + 22, y))
            painter.setPen(self.text_color)
            text = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, 88)
            painter.drawText(QRectF(self.rect.left() + 28, y - 8, 90, 16), Qt.AlignmentFlag.AlignVCenter, text)
            y += 18
        if y + 40 < bottom - 8:  # a key to how sure the points are, when there is room
            self._paint_evidence_key(painter, y + 6, muted)

    def _paint_evidence_key(self, painter: QPainter, y: float, muted: QColor) -> None:
        left = self.rect.left() + 6
        for index, (style, text) in enumerate(((Qt.PenStyle.SolidLine, "measured"),
                                               (Qt.PenStyle.DashLine, "assumed"))):
            row = y + index * 16
            pen = QPen(muted, 2, style)
            painter.setPen(pen)
            painter.drawLine(QPointF(left, row), QPointF(left + 16, row))
            painter.setBrush(muted if index == 0 else QColor("white"))
            painter.drawEllipse(QPointF(left + 8, row), 3.5, 3.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawText(QRectF(left + 22, row - 8, 90, 16), Qt.AlignmentFlag.AlignVCenter,
                             QCoreApplication.translate("ScaleGuide", text))
