"""An earlier survey wave drawn on the map as a faint "ghost" line, to read today's line against.

The line joins the wave's mean score at each touchpoint it asked about (all respondents,
carried onto the map's scale), at the places the scene's layout gives them, under the
real satisfaction lines; a small label at its start names the wave. The items take no
clicks and go with ``clear``; nothing of the scene itself is changed.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem

from cxdesigner.canvas.compare_overlay import GHOST_LINE_Z
from cxdesigner.canvas.layout import value_to_y
from cxdesigner.canvas.style import scene_font
from cxdesigner.model import Lane

GHOST_COLOR = "#7a8594"
DOT_RADIUS = 3.0


class WaveGhost:
    """The ghost line of one wave on one scene; ``show`` a wave's means, ``clear`` to take it away."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.items: list[QGraphicsItem] = []
        self.label = ""

    def clear(self) -> None:
        for item in self.items:
            if shiboken6.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self.items = []

    def show(self, label: str, means: dict[str, float]) -> None:
        """Draw the wave called ``label`` whose mean at each touchpoint id is ``means``."""
        self.clear()
        self.label = label
        scene = self.scene
        if not shiboken6.isValid(scene) or scene.layout is None or Lane.SATISFACTION not in scene.layout.lanes:
            return
        jmap, layout = scene.jmap, scene.layout
        points = [QPointF(layout.x_of[t.id], value_to_y(layout, jmap, jmap.scale.clamp(means[t.id])))
                  for t in jmap.touchpoints if t.id in means and t.id in layout.x_of]
        if not points:
            return
        color = QColor(GHOST_COLOR)
        color.setAlpha(150)
        tip = QCoreApplication.translate("WaveGhost", "Satisfaction in the survey wave %1 (every respondent)").replace("%1", label)
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            line = QGraphicsPathItem(path)
            line.setPen(QPen(color, 2.0, Qt.PenStyle.DashLine))
            line.setToolTip(tip)
            self._add(line)
        for point in points:
            dot = QGraphicsEllipseItem(point.x() - DOT_RADIUS, point.y() - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS)
            dot.setPen(QPen(Qt.PenStyle.NoPen))
            dot.setBrush(QBrush(color))
            dot.setToolTip(tip)
            self._add(dot)
        name = QGraphicsSimpleTextItem(label if len(label) <= 30 else label[:29] + "…")
        name.setFont(scene_font(7.5, bold=True))
        name.setBrush(QBrush(QColor(GHOST_COLOR)))
        first = points[0]
        name.setPos(first.x() - name.boundingRect().width() / 2, first.y() - 8 - name.boundingRect().height())
        name.setToolTip(tip)
        self._add(name)

    def _add(self, item: QGraphicsItem) -> None:
        item.setZValue(GHOST_LINE_Z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.scene.addItem(item)
        self.items.append(item)
