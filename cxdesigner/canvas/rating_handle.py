"""The markers of a satisfaction line: drag one up or down to change a rating.

A rated touchpoint has a marker on its persona's line, in that persona's shape
(filled when measured, hollow when assumed). An unrated one has a ghost: a faint dashed ring in the middle of the
scale, one per persona shown, that becomes a rating when dragged. Ghosts are for the
screen only; paper and files never show them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSceneMouseEvent

from cxdesigner.canvas.markers import marker_path
from cxdesigner.canvas.style import printing

if TYPE_CHECKING:
    from cxdesigner.canvas.satisfaction import SatisfactionLine

HANDLE_RADIUS = 7.0


class RatingHandle(QGraphicsPathItem):
    """The marker of one rating, in its persona's shape (or the ghost of one not given yet)."""

    def __init__(self, line: SatisfactionLine, touchpoint_id: str, ghost: bool = False) -> None:
        super().__init__(marker_path("circle" if ghost else line.shape, HANDLE_RADIUS))
        self.line, self.touchpoint_id, self.ghost = line, touchpoint_id, ghost
        if line.editable:
            self.setCursor(Qt.CursorShape.SizeVerCursor)
            self.setAcceptHoverEvents(True)
        else:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # a line that is only drawn
        self.setZValue(29 if ghost else 30)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # a screenful of markers: drawn once
        self._dragging = False
        self.start_value: float | None = None
        if ghost:
            faint = QColor(line.color)
            faint.setAlpha(120)
            self.setPen(QPen(faint, 1.5, Qt.PenStyle.DashLine))
            self.setBrush(QBrush(QColor(255, 255, 255, 150)))
            self.setToolTip(QCoreApplication.translate("RatingHandle", "%1: not rated here. Drag up or down to "
                                                       "rate.").replace("%1", line.name))
        else:
            self.set_measured(False)

    def set_measured(self, measured: bool) -> None:
        """Filled when measured; hollow (white inside) when assumed."""
        color = QColor(self.line.color)
        self.setBrush(QBrush(color if measured else QColor("white")))
        self.setPen(QPen(QColor("white") if measured else color, 2 if measured else 2.5))

    @property
    def dragging(self) -> bool:
        return self._dragging

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.ghost and printing():
            return
        super().paint(painter, option, widget)

    def hoverEnterEvent(self, event) -> None:
        self.setScale(1.3)

    def hoverLeaveEvent(self, event) -> None:
        self.setScale(1.0)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._dragging = True
        self.start_value = self.line.value_of(self.touchpoint_id)
        scene = self.scene()
        if hasattr(scene, "select_touchpoint"):
            scene.select_touchpoint(self.touchpoint_id, reveal=False)  # the one being rated is the current one
            scene.active_persona = self.line.persona_id  # and Up/Down now rate this persona
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._dragging:
            self.line.preview(self.touchpoint_id, self.line.to_value(event.scenePos().y()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._dragging:
            return
        self._dragging = False
        value = self.line.to_value(event.scenePos().y())
        start, self.start_value = self.start_value, None
        self.line.end_preview()
        if value != start:
            self.line.commit(self.touchpoint_id, value)
        elif self.ghost:
            self.line.restore(self.touchpoint_id)  # a ghost only clicked: no rating, the line as it was
