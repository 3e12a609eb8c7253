"""A comparison drawn over a map: what another version of it had, on top of the scene.

The other version's satisfaction lines run as faint dashed ghosts under the real ones;
every card added, changed or moved since that version gets a coloured frame and a word,
and a card it had that is gone is shown as a struck-through ghost where it stood. The
items are added on top of the scene's own, take no clicks, and go with ``clear``;
positions are read from the scene's layout and cards, so the marks sit where the map
is drawn. Nothing of the scene itself is changed.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from cxdesigner.canvas.style import scene_font
from cxdesigner.canvas.layout import LANE_HEIGHTS, value_to_y
from cxdesigner.merge import ADDED, CHANGED, MOVED, REMOVED, Difference
from cxdesigner.model import JourneyMap, Lane, Touchpoint
from cxdesigner.model.keyed import BY_ATTRIBUTE

#: How each kind of change is marked.
COLORS = {ADDED: "#2e9e4f", CHANGED: "#d98a00", MOVED: "#3b74d1", REMOVED: "#c8372d"}
WORDS = {ADDED: "New", CHANGED: "Changed", MOVED: "Moved", REMOVED: "Removed"}
#: Above the cards, below the real satisfaction lines and their handles.
CARD_MARK_Z, GHOST_LINE_Z = 12, 15


def card_marks(differences: list[Difference]) -> dict[str, str]:
    """Per touchpoint id, how it changed: added, moved or changed (a rating of it counts as a change)."""
    marks: dict[str, str] = {}
    for difference in differences:
        key = difference.key
        if difference.kind == "touchpoint" and difference.change in (ADDED, REMOVED):
            marks[key] = difference.change
        elif difference.kind == "touchpoint" and difference.change == MOVED:
            marks.setdefault(key, MOVED)
        elif difference.kind == "touchpoint":
            marks[key] = CHANGED if marks.get(key) in (None, MOVED) else marks[key]
        elif isinstance(key, tuple) and key[0] in BY_ATTRIBUTE:  # a rating or target of it
            marks.setdefault(key[2], CHANGED)
    return marks


class CompareOverlay:
    """The marks of one comparison on one scene; ``refresh`` after the map changed, ``clear`` to end."""

    def __init__(self, scene, other: JourneyMap | None, differences: list[Difference]) -> None:
        self.scene, self.other, self.differences = scene, other, differences
        self.items: list[QGraphicsItem] = []
        #: Where each removed touchpoint's ghost stands (scene coordinates), for revealing it.
        self.ghosts: dict[str, QRectF] = {}
        self.refresh()

    def update(self, other: JourneyMap | None, differences: list[Difference]) -> None:
        self.other, self.differences = other, differences
        self.refresh()

    def clear(self) -> None:
        for item in self.items:
            if shiboken6.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self.items, self.ghosts = [], {}

    def refresh(self) -> None:
        self.clear()
        if not shiboken6.isValid(self.scene) or self.scene.layout is None:
            return
        marks = card_marks(self.differences)
        for touchpoint_id in self.scene.cards:
            change = marks.get(touchpoint_id)
            if change is not None and change != REMOVED:
                self._frame(self.scene.card_rect(touchpoint_id).adjusted(-2, -2, 2, 2), change)
        x_of = dict(self.scene.layout.x_of)
        if self.other is not None:
            for touchpoint, x in self._removed_places():
                x_of[touchpoint.id] = x
                self._ghost_card(touchpoint, x)
            self._ghost_lines(x_of)

    # -- pieces ------------------------------------------------------------------------

    def _add(self, item: QGraphicsItem, z: float) -> QGraphicsItem:
        item.setZValue(z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setAcceptHoverEvents(False)
        self.scene.addItem(item)
        self.items.append(item)
        return item

    def _frame(self, rect: QRectF, change: str) -> None:
        color = QColor(COLORS[change])
        frame = QGraphicsRectItem(rect.adjusted(-4, -4, 4, 4))
        frame.setPen(QPen(color, 2.5, Qt.PenStyle.DashLine if change == MOVED else Qt.PenStyle.SolidLine))
        frame.setBrush(Qt.BrushStyle.NoBrush)
        self._add(frame, CARD_MARK_Z)
        word = QGraphicsSimpleTextItem(self.scene.tr(WORDS[change]))
        word.setFont(scene_font(7.5, bold=True))
        word.setBrush(QBrush(color))
        word.setPos(rect.left(), rect.top() - 4 - word.boundingRect().height())
        self._add(word, CARD_MARK_Z)

    def _card_row(self) -> QRectF:
        """Where the cards stand: from a card, or the middle of the touchpoints lane."""
        metrics = self.scene.layout.metrics
        if self.scene.cards:
            return self.scene.card_rect(next(iter(self.scene.cards))).adjusted(-2, -2, 2, 2)
        layout = self.scene.layout
        top = layout.lane_top.get(Lane.TOUCHPOINTS, metrics.margin)
        middle = top + layout.lane_height.get(Lane.TOUCHPOINTS, LANE_HEIGHTS[Lane.TOUCHPOINTS]) / 2
        return QRectF(0, middle - metrics.card_height / 2, metrics.card_width, metrics.card_height)

    def _removed_places(self) -> list[tuple[Touchpoint, float]]:
        """Each touchpoint the other version has and this map lacks, half a slot after the one before it
        that this map still has (or at the start of its stage's band)."""
        layout, x_of = self.scene.layout, self.scene.layout.x_of
        half = layout.metrics.slot_width / 2
        places, previous = [], None
        bands = {span.stage_id: span for span in layout.stages}
        for touchpoint in self.other.touchpoints:
            if touchpoint.id in x_of:
                previous = touchpoint.id
                continue
            if previous is not None:
                x = x_of[previous] + half
            elif touchpoint.stage_id in bands:
                x = bands[touchpoint.stage_id].left + 8
            else:
                x = layout.metrics.margin + layout.metrics.label_width
            places.append((touchpoint, x))
        return places

    def _ghost_card(self, touchpoint: Touchpoint, x: float) -> None:
        row = self._card_row()
        width = self.scene.layout.metrics.card_width * 0.8
        rect = QRectF(x - width / 2, row.bottom() - 30, width, 26)
        color = QColor(COLORS[REMOVED])
        chip = QGraphicsRectItem(rect)
        chip.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
        fill = QColor(color)
        fill.setAlpha(36)
        chip.setBrush(QBrush(fill))
        self._add(chip, CARD_MARK_Z)
        font: QFont = scene_font(7.5)
        font.setStrikeOut(True)
        text = QGraphicsSimpleTextItem(touchpoint.title if len(touchpoint.title) <= 24 else touchpoint.title[:23] + "…")
        text.setFont(font)
        text.setBrush(QBrush(color))
        text.setPos(rect.left() + 6, rect.center().y() - text.boundingRect().height() / 2)
        self._add(text, CARD_MARK_Z)
        self.ghosts[touchpoint.id] = rect

    def _ghost_lines(self, x_of: dict[str, float]) -> None:
        """The other version's lines, its values carried onto this map's scale, at today's places."""
        jmap, layout = self.scene.jmap, self.scene.layout
        if Lane.SATISFACTION not in layout.lanes:
            return
        project = self.scene.project
        for persona_id in [p for p in self.other.persona_ids if p in jmap.persona_ids]:
            points = []
            for touchpoint in self.other.touchpoints:
                rating = self.other.ratings.get((touchpoint.id, persona_id))
                if rating is not None and touchpoint.id in x_of:
                    value = self.other.scale.convert(rating.value, jmap.scale) if self.other.scale != jmap.scale \
                        else rating.value
                    points.append(QPointF(x_of[touchpoint.id], value_to_y(layout, jmap, value)))
            if len(points) < 2:
                continue
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            entry = project.lookup(persona_id)
            color = QColor(entry[0].color if entry else "#888888")
            color.setAlpha(120)
            ghost = QGraphicsPathItem(path)
            ghost.setPen(QPen(color, 2.0, Qt.PenStyle.DashLine))
            ghost.setToolTip(QCoreApplication.translate("JourneyScene", "Satisfaction in the version compared with"))
            self._add(ghost, GHOST_LINE_Z)
