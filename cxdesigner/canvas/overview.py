"""The overview: the whole map in miniature, with the part on screen framed.

The miniature is drawn from the map's layout (``miniature.py``: the scene holds items only
near what is shown), redrawn a moment after the map stops changing, so dragging on a large
map costs it nothing. Click or drag in it to
move the main view there. It sits in the main view's bottom-right corner.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsView, QWidget

from cxdesigner.canvas.miniature import paint_miniature

SIZE = (240, 110)
REDRAW_AFTER_MS = 250


class Overview(QWidget):
    def __init__(self, main: QGraphicsView) -> None:
        super().__init__(main)
        self.main = main
        self.setFixedSize(*SIZE)
        self.setToolTip(self.tr("The whole map: click or drag to go there"))
        self.setAccessibleName(self.tr("Overview"))
        self.picture = QPixmap()
        self.scale, self.offset = 1.0, QPointF()
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
            self.scale = min(self.width() / rect.width(), self.height() / rect.height())
            self.offset = QPointF((self.width() - rect.width() * self.scale) / 2,
                                  (self.height() - rect.height() * self.scale) / 2)
            painter = QPainter(self.picture)
            target = QRectF(self.offset, rect.size() * self.scale)
            paint_miniature(painter, self._scene, target)
            painter.end()
        self.update()

    def to_scene(self, point: QPointF) -> QPointF:
        return (point - self.offset) / self.scale + self._scene.sceneRect().topLeft()

    def visible_area(self) -> QRectF:
        """The part of the scene the main view shows."""
        return self.main.mapToScene(self.main.viewport().rect()).boundingRect()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.picture)
        if self._scene is not None:
            seen = self.visible_area().translated(-self._scene.sceneRect().topLeft())
            frame = QRectF(self.offset + seen.topLeft() * self.scale, seen.size() * self.scale)
            painter.setPen(QPen(QColor("#2f6fb0"), 1.5))
            painter.setBrush(QColor(47, 111, 176, 40))
            painter.drawRect(frame.intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1)))
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
