"""The overview: the whole map in miniature, with the part on screen framed.

The miniature is drawn from the map's layout (``miniature.py``: the scene holds items only
near what is shown), redrawn a moment after the map stops changing, so dragging on a large
map costs it nothing. A map far longer than the overview is wide is wrapped into rows,
as a line of text is, rather than shrunk to a sliver. Click or drag in it to move the main
view there. It sits in the main view's bottom-right corner.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsView, QWidget

from cxdesigner.canvas.miniature import paint_miniature

SIZE = (240, 110)
REDRAW_AFTER_MS = 250
MAX_ROWS = 10
ROW_GAP = 3  # pixels between the rows of a wrapped map


class Overview(QWidget):
    def __init__(self, main: QGraphicsView) -> None:
        super().__init__(main)
        self.main = main
        self.setFixedSize(*SIZE)
        self.setToolTip(self.tr("The whole map: click or drag to go there"))
        self.setAccessibleName(self.tr("Overview"))
        self.picture = QPixmap()
        self.scale, self.offset = 1.0, QPointF()
        self.rows, self._row_width = 1, 1.0  # how many rows, and how much of the map's width each holds
        self._scene = None
        self._redraw = QTimer(self, singleShot=True, interval=REDRAW_AFTER_MS)
        self._redraw.timeout.connect(self.render_scene)
        for bar in (main.horizontalScrollBar(), main.verticalScrollBar()):
            bar.valueChanged.connect(self.update)

    def follow(self) -> None:
        """Picture the main view's scene (when it is another) and sit in the view's bottom-right corner."""
        scene = self.main.scene()
        if scene is not self._scene:
            if self._scene is not None:
                self._scene.changed.disconnect(self._redraw.start)
            self._scene = scene
            if scene is not None:
                scene.changed.connect(self._redraw.start)
            self.render_scene()
        area = self.main.viewport().geometry()
        self.move(area.right() - self.width() - 12, area.bottom() - self.height() - 12)
        self.raise_()

    def render_scene(self) -> None:
        self.picture = QPixmap(self.size())
        self.picture.fill(self.palette().base().color())
        if self._scene is not None and not self._scene.sceneRect().isEmpty():
            rect = self._scene.sceneRect()
            self.rows = max(range(1, MAX_ROWS + 1), key=lambda rows: (self._scale_for(rows, rect), -rows))
            self.scale = self._scale_for(self.rows, rect)
            self._row_width = rect.width() / self.rows
            used = QPointF(self._row_width * self.scale, self.rows * rect.height() * self.scale
                           + (self.rows - 1) * ROW_GAP)
            self.offset = QPointF((self.width() - used.x()) / 2, (self.height() - used.y()) / 2)
            painter = QPainter(self.picture)
            sources = [self._row_source(row) for row in range(self.rows)]
            paint_miniature(painter, self._scene, [(QRectF(self._in_row(source.topLeft(), row),
                                                           source.size() * self.scale), source)
                                                   for row, source in enumerate(sources)])
            painter.end()
        self.update()

    def _scale_for(self, rows: int, rect: QRectF) -> float:
        return min(self.width() * rows / rect.width(), (self.height() - (rows - 1) * ROW_GAP) / (rows * rect.height()))

    def _row_source(self, row: int) -> QRectF:
        """The part of the scene that row ``row`` shows."""
        rect = self._scene.sceneRect()
        return QRectF(rect.left() + row * self._row_width, rect.top(), self._row_width, rect.height())

    def _row_pitch(self) -> float:
        return self._scene.sceneRect().height() * self.scale + ROW_GAP

    def from_scene(self, point: QPointF) -> QPointF:
        """Where ``point`` of the scene is drawn in the overview."""
        row = math.floor((point.x() - self._scene.sceneRect().left()) / self._row_width)
        return self._in_row(point, min(self.rows - 1, max(0, row)))

    def _in_row(self, point: QPointF, row: int) -> QPointF:
        source = self._row_source(row)
        return self.offset + QPointF((point.x() - source.left()) * self.scale,
                                     (point.y() - source.top()) * self.scale + row * self._row_pitch())

    def to_scene(self, point: QPointF) -> QPointF:
        """The scene point drawn at ``point`` of the overview (in the row nearest it)."""
        rect, local = self._scene.sceneRect(), point - self.offset
        row = min(self.rows - 1, max(0, math.floor(local.y() / self._row_pitch())))
        return QPointF(rect.left() + row * self._row_width + local.x() / self.scale,
                       rect.top() + (local.y() - row * self._row_pitch()) / self.scale)

    def visible_area(self) -> QRectF:
        """The part of the scene the main view shows."""
        return self.main.mapToScene(self.main.viewport().rect()).boundingRect()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.picture)
        if self._scene is not None and not self._scene.sceneRect().isEmpty():
            painter.setPen(QPen(QColor("#2f6fb0"), 1.5))
            painter.setBrush(QColor(47, 111, 176, 40))
            seen, inside = self.visible_area(), QRectF(self.rect()).adjusted(1, 1, -1, -1)
            for row in range(self.rows):  # a view across a row's end is framed in both rows
                part = seen.intersected(self._row_source(row))
                if not part.isEmpty():
                    painter.drawRect(QRectF(self._in_row(part.topLeft(), row), part.size() * self.scale)
                                     .intersected(inside))
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))

    def _go(self, event) -> None:
        if self._scene is not None:
            self.main.centerOn(self.to_scene(event.position()))

    def mousePressEvent(self, event) -> None:
        self._go(event)

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event)
