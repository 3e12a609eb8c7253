"""A persona's satisfaction line: a pyqtgraph curve through one handle per rating.

Dragging a handle previews the new value live (the handle, the curve and a
value label follow the pointer, snapped to the scale's steps); releasing it
asks the scene to record one undo step. Unrated touchpoints are gaps.

The line shows how sure each point is: a measured rating (survey, interview,
analytics) is a filled dot with its 95% interval as an error bar, an assumed
one a hollow dot; a segment is solid between two measured points, dashed
where either end is assumed.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGraphicsSceneMouseEvent,
                               QGraphicsSimpleTextItem)

from cxdesigner.analysis.measured import DEFAULT_MIN_ANSWERS
from cxdesigner.canvas.items import scene_font, short_number
from cxdesigner.model import Evidence, Rating

HANDLE_RADIUS = 7.0

#: ``(touchpoint id, persona id, value)`` -> None
RatingSink = Callable[[str, str, float], None]


class RatingHandle(QGraphicsEllipseItem):
    """The dot of one rating; drag it up or down to change the satisfaction."""

    def __init__(self, line: SatisfactionLine, touchpoint_id: str) -> None:
        r = HANDLE_RADIUS
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.line, self.touchpoint_id = line, touchpoint_id
        self.set_measured(False)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setAcceptHoverEvents(True)
        self.setZValue(30)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity)
        self.start_value: float | None = None

    def set_measured(self, measured: bool) -> None:
        """Filled when measured; hollow (white inside) when assumed."""
        color = QColor(self.line.color)
        self.setBrush(QBrush(color if measured else QColor("white")))
        self.setPen(QPen(QColor("white") if measured else color, 2 if measured else 2.5))

    def hoverEnterEvent(self, event) -> None:
        self.setScale(1.3)

    def hoverLeaveEvent(self, event) -> None:
        self.setScale(1.0)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self.start_value = self.line.value_of(self.touchpoint_id)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.start_value is not None:
            self.line.preview(self.touchpoint_id, self.line.to_value(event.scenePos().y()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.start_value is None:
            return
        value = self.line.to_value(event.scenePos().y())
        start, self.start_value = self.start_value, None
        self.line.end_preview()
        if value != start:
            self.line.commit(self.touchpoint_id, value)


class SatisfactionLine:
    """The curve, handles and drag label of one persona on one map.

    The curve is drawn in pieces of ``CHUNK`` points, each its own pyqtgraph item
    sharing its end point with the next: the view paints only the pieces on
    screen, and a drag redraws only the piece (or two) it touches.
    """

    CHUNK = 4

    def __init__(self, persona_id: str, name: str, color: str, to_y: Callable[[float], float],
                 to_value: Callable[[float], float], commit: RatingSink) -> None:
        self.persona_id, self.name, self.color = persona_id, name, color
        self.to_y, self.to_value, self._commit = to_y, to_value, commit
        self.pen = pg.mkPen(color, width=3)
        self.pen.setCosmetic(False)  # 3 scene units, like everything else: right at every zoom and on paper
        self.assumed_pen = QPen(self.pen)
        self.assumed_pen.setDashPattern([2.5, 2])
        self.curves: list[pg.PlotCurveItem] = []  # solid pieces, then the dashed ones: 2 per chunk
        faint = QColor(color)
        faint.setAlpha(170)
        self.bars = QGraphicsPathItem()  # the 95% intervals of measured points
        self.bars.setPen(QPen(faint, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        self.bars.setZValue(19)
        aim = QColor(color)
        aim.setAlpha(95)
        self.target = QGraphicsPathItem()  # the "to-be" line: fainter, behind the current one
        self.target.setPen(QPen(aim, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        self.target.setZValue(18)
        self.handles: dict[str, RatingHandle] = {}
        self.label = QGraphicsSimpleTextItem()
        self.label.setZValue(40)
        self.label.setFont(scene_font(9, bold=True))
        self.label.setBrush(QColor(color))
        self.label.hide()
        self.xs = np.zeros(0)
        self.ys = np.zeros(0)  # scene y of each point, NaN where unrated
        self.measured = np.zeros(0, dtype=bool)
        self._ids: list[str] = []
        self._values: list[float | None] = []

    def items(self) -> list[QGraphicsItem]:
        return [*self.curves, self.bars, self.target, self.label, *self.handles.values()]

    def value_of(self, touchpoint_id: str) -> float | None:
        return self._values[self._ids.index(touchpoint_id)]

    def set_points(self, points: list[tuple[str, float, Rating | None]]) -> list[QGraphicsItem]:
        """Show ``(touchpoint id, x, rating or None)`` in journey order.

        Returns the items that are new (handles, curve pieces), for the scene to add.
        """
        self._ids = [p[0] for p in points]
        self._values = [None if p[2] is None else p[2].value for p in points]
        self.xs = np.array([p[1] for p in points], dtype=float)
        self.ys = np.array([np.nan if v is None else self.to_y(v) for v in self._values], dtype=float)
        self.measured = np.array([r is not None and r.evidence != Evidence.ASSUMPTION for _, _, r in points], dtype=bool)
        created: list[QGraphicsItem] = [] if self.bars.scene() else [self.bars, self.target]
        bars = QPainterPath()
        for touchpoint_id, x, rating in points:
            handle = self.handles.get(touchpoint_id)
            if rating is None:
                if handle is not None:
                    _discard(self.handles.pop(touchpoint_id))
                continue
            if handle is None:
                handle = self.handles[touchpoint_id] = RatingHandle(self, touchpoint_id)
                created.append(handle)
            handle.setPos(x, self.to_y(rating.value))
            handle.set_measured(rating.evidence != Evidence.ASSUMPTION)
            handle.setToolTip(self.describe(rating))
            if rating.interval_low is not None and rating.interval_high is not None:
                low, high = self.to_y(rating.interval_low), self.to_y(rating.interval_high)
                for y in (low, high):
                    bars.moveTo(x - 6, y)
                    bars.lineTo(x + 6, y)
                bars.moveTo(x, low)
                bars.lineTo(x, high)
        self.bars.setPath(bars)
        for gone in set(self.handles) - set(self._ids):
            _discard(self.handles.pop(gone))
        pieces = max(1, -(-(len(points) - 1) // self.CHUNK))
        while len(self.curves) < 2 * pieces:
            curve = pg.PlotCurveItem(pen=self.pen if len(self.curves) % 2 == 0 else self.assumed_pen, antialias=True)
            curve.setZValue(20)
            curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # only a dragged piece re-renders
            self.curves.append(curve)
            created.append(curve)
        while len(self.curves) > 2 * pieces:
            _discard(self.curves.pop())
        for piece in range(pieces):
            self._redraw(piece)
        return created

    def set_targets(self, points: list[tuple[float, float | None]]) -> None:
        """The target line through ``(x, target value or None)``, broken where there is none."""
        path, joined = QPainterPath(), False
        for x, value in points:
            if value is None:
                joined = False
                continue
            y = self.to_y(value)
            if joined:
                path.lineTo(x, y)
            else:
                path.moveTo(x, y)
            path.addEllipse(QPointF(x, y), 3, 3)
            path.moveTo(x, y)
            joined = True
        self.target.setPath(path)

    def describe(self, rating: Rating) -> str:
        """The handle's tooltip: the value, and how sure it is."""
        text = f"{self.name}: {short_number(rating.value)}"
        if rating.evidence == Evidence.ASSUMPTION:
            return text + " " + QCoreApplication.translate("SatisfactionLine", "(assumed)")
        details = [str(rating.evidence)]
        if rating.n is not None:
            details.append(f"n = {rating.n}")
            if rating.n < DEFAULT_MIN_ANSWERS:
                details.append(QCoreApplication.translate("SatisfactionLine", "few answers: read with care"))
        if rating.interval_low is not None and rating.interval_high is not None:
            details.append(QCoreApplication.translate("SatisfactionLine", "95% interval %1 to %2").replace(
                "%1", f"{rating.interval_low:.2g}").replace("%2", f"{rating.interval_high:.2g}"))
        return f"{text} ({', '.join(details)})"

    def _redraw(self, piece: int) -> None:
        """Both curves of a chunk: solid segments join two measured points, dashed ones the rest."""
        window = slice(piece * self.CHUNK, (piece + 1) * self.CHUNK + 1)
        xs, ys, measured = self.xs[window], self.ys[window], self.measured[window]
        finite = np.isfinite(ys)
        both = finite[:-1] & finite[1:]
        solid = both & measured[:-1] & measured[1:]
        ys = np.where(finite, ys, ys[finite][0] if finite.any() else 0.0)  # gaps stay unjoined, not drawn at 0
        self.curves[2 * piece].setData(xs, ys, connect=np.append(solid, False))
        self.curves[2 * piece + 1].setData(xs, ys, connect=np.append(both & ~solid, False))

    def preview(self, touchpoint_id: str, value: float) -> None:
        """Follow a drag: move the handle, bend the curve, show the value."""
        index = self._ids.index(touchpoint_id)
        y = self.to_y(value)
        self.ys[index] = y
        self._values[index] = value
        handle = self.handles[touchpoint_id]
        handle.setPos(handle.pos().x(), y)
        piece = min(index // self.CHUNK, len(self.curves) - 1)
        self._redraw(piece)
        if index % self.CHUNK == 0 and piece > 0:
            self._redraw(piece - 1)
        self.label.setText(f"{value:g}")
        self.label.setPos(QPointF(handle.pos().x() + 12, y - 24))
        self.label.show()

    def end_preview(self) -> None:
        self.label.hide()

    def commit(self, touchpoint_id: str, value: float) -> None:
        self._commit(touchpoint_id, self.persona_id, value)

    def set_visible(self, visible: bool) -> None:
        for item in self.items():
            item.setVisible(visible and item is not self.label)


def _discard(item: QGraphicsItem) -> None:
    if item.scene() is not None:
        item.scene().removeItem(item)


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
