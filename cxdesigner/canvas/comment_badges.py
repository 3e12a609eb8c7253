"""Comment badges on a map: a bubble with a count wherever review comments are.

One badge per commented thing: at a card's top right corner, at a stage's title, at a
pain point's or an action's chip in its lane, and at the map's top left corner for the
map as a whole. Orange while a thread is open, grey once all are resolved. Clicking a
badge calls ``on_click`` with what it is about (the Comments panel shows it). The
badges sit on top of the scene, read their places from its cards and items, and go
with ``clear``.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsObject

from cxdesigner.canvas.style import scene_font

BADGE_Z = 45
OPEN_COLOR, RESOLVED_COLOR = "#e8892b", "#9aa0a6"
BADGE_INK = "#1f2933"  # dark on both: white on orange would read at 2.6:1, under WCAG AA


class CommentBadge(QGraphicsObject):
    """A speech bubble with a number; its centre is its position."""

    SIZE = 20.0

    def __init__(self, target_id: str, count: int, open_threads: int, on_click: Callable[[str], None]) -> None:
        super().__init__()
        self.target_id, self.count, self.open_threads, self.on_click = target_id, count, open_threads, on_click
        self.setZValue(BADGE_Z)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("%1 comments, %2 open: click to read them").replace("%1", str(count))
                        .replace("%2", str(open_threads)))

    def boundingRect(self) -> QRectF:
        half = self.SIZE / 2
        return QRectF(-half, -half, self.SIZE, self.SIZE + 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = self.SIZE / 2
        color = QColor(OPEN_COLOR if self.open_threads else RESOLVED_COLOR)
        painter.setPen(QPen(color.darker(130), 1))
        painter.setBrush(QBrush(color))
        painter.drawRoundedRect(QRectF(-half, -half, self.SIZE, self.SIZE), 6, 6)
        painter.drawPolygon([QPointF(-3, half - 1), QPointF(3, half - 1), QPointF(-4, half + 4)])
        painter.setPen(QColor(BADGE_INK))
        painter.setFont(scene_font(7.5, bold=True))
        painter.drawText(QRectF(-half, -half, self.SIZE, self.SIZE), Qt.AlignmentFlag.AlignCenter,
                         str(self.count) if self.count < 100 else "99+")

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.on_click(self.target_id)
        else:
            super().mousePressEvent(event)


class CommentBadges:
    """The badges of one scene's map; ``refresh`` after the map changed, ``clear`` when the scene goes."""

    def __init__(self, scene, on_click: Callable[[str], None]) -> None:
        self.scene, self.on_click = scene, on_click
        self.badges: dict[str, CommentBadge] = {}
        self.refresh()

    def clear(self) -> None:
        for badge in self.badges.values():
            if shiboken6.isValid(badge) and badge.scene() is not None:
                badge.scene().removeItem(badge)
        self.badges = {}

    def refresh(self) -> None:
        self.clear()
        if not shiboken6.isValid(self.scene) or self.scene.layout is None:
            return
        jmap = self.scene.jmap
        counts: dict[str, list[int]] = {}
        for comment in jmap.comments:
            tally = counts.setdefault(comment.target_id, [0, 0])
            tally[0] += 1
            tally[1] += comment.reply_to_id is None and not comment.resolved
        places = self._places()
        for target_id, (count, open_threads) in counts.items():
            place = places.get(target_id)
            if place is not None:
                badge = CommentBadge(target_id, count, open_threads, self.on_click)
                badge.setPos(place)
                self.scene.addItem(badge)
                self.badges[target_id] = badge

    def _places(self) -> dict[str, QPointF]:
        """Where each commented thing's badge goes, from what the scene draws now."""
        metrics = self.scene.layout.metrics
        places = {self.scene.map_id: QPointF(metrics.margin + 12, metrics.margin + 12)}
        for item in (*self.scene.items(), *self.scene.lane_items()):
            item_id = getattr(item, "item_id", None)
            if isinstance(item_id, str) and item_id not in places:
                box = item.sceneBoundingRect()
                places[item_id] = QPointF(box.right() - 12, box.top() + 12)
        for touchpoint_id in self.scene.cards:  # built or not: a badge is no card
            box = self.scene.card_rect(touchpoint_id)
            places[touchpoint_id] = QPointF(box.right() - 2, box.top())
        return places
