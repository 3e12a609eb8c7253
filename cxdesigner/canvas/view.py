"""The view onto a journey scene: zoom, fit, pan, rubber-band selection, and drags that
scroll the map when they near the view's edge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

from cxdesigner.canvas import accessible
from cxdesigner.canvas.overview import Overview

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.1, 4.0, 1.2
EDGE, AUTOSCROLL_MS = 32, 30  # a drag this near the edge scrolls, a step this often


class JourneyView(QGraphicsView):
    """Ctrl+wheel zooms about the pointer; middle drag or Space+drag pans."""

    zoom_changed = Signal(float)

    def __init__(self, scene=None, parent=None) -> None:
        super().__init__(parent)
        accessible.install()
        self.setViewport(accessible.MapViewport())
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)  # resizing keeps the top-left in place
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(QCoreApplication.translate("MapAccessible", "Journey map"))
        self._pan_from: QPoint | None = None
        self._at_start = True
        self.overview = Overview(self)
        self._space_held = False
        self.context_actions: list = []  # offered by a right-click on an empty spot of the map
        self._edge_point: QPoint | None = None  # where a drag near the edge is, while it scrolls the map
        self._edge_carried = False
        self._edge_timer = QTimer(self, interval=AUTOSCROLL_MS)
        self._edge_timer.timeout.connect(self._scroll_to_edge)
        if scene is not None:
            self.setScene(scene)

    def setScene(self, scene) -> None:
        """Show ``scene`` from the beginning of the journey (its top-left corner)."""
        super().setScene(scene)
        if scene is not None:
            # A map that shrinks (a stage or the last cards deleted) leaves the view showing
            # ground the scene no longer covers; Qt repaints only inside the new bounds.
            scene.sceneRectChanged.connect(self.viewport().update)
            scene.sceneRectChanged.connect(self._fit_scroll_area)
            scene.selectionChanged.connect(lambda: accessible.announce_focus(self))
            self._fit_scroll_area()
        self._at_start = True
        self._show_start()
        self._follow()
        self.overview.follow()

    def _follow(self) -> None:
        """Let a lazy scene build what this view now shows."""
        scene = self.scene()
        if scene is not None and hasattr(scene, "follow_views"):
            scene.follow_views()

    def _show_start(self) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def showEvent(self, event) -> None:
        super().showEvent(event)  # Qt centres the scene on show
        if self._at_start:
            self._show_start()
        self._follow()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.overview.follow()
        if self._at_start:  # the first layout of a new scene centres it too
            self._show_start()
        self._follow()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._follow()
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
            self._fit_scroll_area()
            self._follow()
            self.overview.update()
            self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def _overview_room(self) -> tuple[float, float]:
        """The pixels the overview takes from the view's bottom-right corner (none when hidden)."""
        if not self.overview.isVisibleTo(self):
            return 0.0, 0.0
        return self.overview.width() + 24.0, self.overview.height() + 24.0

    def show_overview(self, visible: bool) -> None:
        self.overview.setVisible(visible)
        self._fit_scroll_area()

    def _fit_scroll_area(self) -> None:
        """Let the map scroll clear of the overview: the scrollable area reaches past the
        map's bottom-right corner by the overview's size, at the current zoom."""
        if self.scene() is None:
            return
        width, height = self._overview_room()
        self.setSceneRect(self.scene().sceneRect().adjusted(0, 0, width / self.zoom, height / self.zoom))

    def zoom_to_fit(self) -> None:
        """The whole map in view, never under the overview: beside it or above it, whichever is larger."""
        if self.scene() is None:
            return
        rect = self.scene().sceneRect()
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        room_w, room_h = self._overview_room()
        across = min(viewport.width() / rect.width(), max(1.0, viewport.height() - room_h) / rect.height())
        beside = min(max(1.0, viewport.width() - room_w) / rect.width(), viewport.height() / rect.height())
        self.set_zoom(max(across, beside))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (ZOOM_STEP ** (event.angleDelta().y() / 120)))
            event.accept()
        else:
            super().wheelEvent(event)

    def drawForeground(self, painter: QPainter, rect) -> None:
        super().drawForeground(painter, rect)
        accessible.paint_focus_ring(painter, self)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        accessible.announce_focus(self)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def changeEvent(self, event) -> None:
        """A new theme (light, dark, high contrast): the map is drawn again in its colours."""
        super().changeEvent(event)
        scene = self.scene()
        if event.type() == QEvent.Type.PaletteChange and scene is not None and hasattr(scene, "rebuild"):
            scene.rebuild()
            for item in scene.items():
                item.update()

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
        dragging = self.scene() is not None and self.scene().mouseGrabberItem() is not None
        self._follow_edge(event.position().toPoint() if dragging and event.buttons() else None)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._follow_edge(None)
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # A card, a handle or a palette entry dragged near the view's edge scrolls the map that way.

    def dragMoveEvent(self, event) -> None:
        super().dragMoveEvent(event)
        self._follow_edge(event.position().toPoint(), carried=True)

    def dragLeaveEvent(self, event) -> None:
        self._follow_edge(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        self._follow_edge(None)
        super().dropEvent(event)

    def _edge_step(self, point: QPoint) -> QPoint:
        """How far to scroll per tick towards the edge ``point`` is near (nothing when far from all)."""
        area = self.viewport().rect()

        def step(position: int, low: int, high: int) -> int:
            if position < low + EDGE:
                return -max(2, (low + EDGE - position) // 2)
            if position > high - EDGE:
                return max(2, (position - high + EDGE) // 2)
            return 0

        return QPoint(step(point.x(), area.left(), area.right()), step(point.y(), area.top(), area.bottom()))

    def _follow_edge(self, point: QPoint | None, carried: bool = False) -> None:
        self._edge_point, self._edge_carried = point, carried
        if point is not None and not self._edge_step(point).isNull():
            if not self._edge_timer.isActive():
                self._edge_timer.start()
        else:
            self._edge_timer.stop()

    def _scroll_to_edge(self) -> None:
        """One tick: scroll, and let a dragged card or handle follow the pointer onto the new ground."""
        point = self._edge_point
        if point is None:
            self._edge_timer.stop()
            return
        step = self._edge_step(point)
        bars = self.horizontalScrollBar(), self.verticalScrollBar()
        before = bars[0].value(), bars[1].value()
        bars[0].setValue(bars[0].value() + step.x())
        bars[1].setValue(bars[1].value() + step.y())
        if (bars[0].value(), bars[1].value()) == before:
            self._edge_timer.stop()  # at the end of the map
        elif not self._edge_carried and self.scene() is not None and self.scene().mouseGrabberItem() is not None:
            viewport = self.viewport()
            QApplication.sendEvent(viewport, QMouseEvent(
                QEvent.Type.MouseMove, QPointF(point), QPointF(viewport.mapToGlobal(point)),
                Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, QApplication.keyboardModifiers()))
