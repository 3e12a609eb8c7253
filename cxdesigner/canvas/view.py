"""The view onto a journey scene: zoom, fit, pan and rubber-band selection."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from cxdesigner.canvas.overview import Overview

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.1, 4.0, 1.2


class JourneyView(QGraphicsView):
    """Ctrl+wheel zooms about the pointer; middle drag or Space+drag pans."""

    zoom_changed = Signal(float)
    # pyqtgraph items (the satisfaction lines) look for these on the view that shows
    # them, as on pyqtgraph's own GraphicsView, to follow zoom and scrolling.
    sigRangeChanged = Signal(object, object)
    sigTransformChanged = Signal(object)

    def __init__(self, scene=None, parent=None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)  # resizing keeps the top-left in place
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName("Journey map")
        self._pan_from: QPoint | None = None
        self._at_start = True
        self.overview = Overview(self)
        self._space_held = False
        self.context_actions: list = []  # offered by a right-click on an empty spot of the map

    def setScene(self, scene) -> None:
        """Show ``scene`` from the beginning of the journey (its top-left corner)."""
        super().setScene(scene)
        if scene is not None:
            # A map that shrinks (a stage or the last cards deleted) leaves the view showing
            # ground the scene no longer covers; Qt repaints only inside the new bounds.
            scene.sceneRectChanged.connect(self.viewport().update)
        self._at_start = True
        self._show_start()
        self.overview.follow()

    def _show_start(self) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.overview.follow()
        if self._at_start:  # the first layout of a new scene centres it; undo that
            self._show_start()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self.isVisible() and (dx or dy) and self.underMouse():
            self._at_start = False

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        factor = zoom / self.zoom
        if abs(factor - 1) > 1e-9:
            self.scale(factor, factor)
            self.sigTransformChanged.emit(self)
            self.overview.update()
            self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def zoom_to_fit(self) -> None:
        if self.scene() is None:
            return
        rect = self.scene().sceneRect()
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        self.set_zoom(min(viewport.width() / rect.width(), viewport.height() / rect.height()))
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (ZOOM_STEP ** (event.angleDelta().y() / 120)))
            event.accept()
        else:
            super().wheelEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab walks the touchpoints (the scene handles it), not the widgets

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space_held and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
