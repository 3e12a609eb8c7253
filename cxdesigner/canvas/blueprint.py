"""A service blueprint's lines across the map: the line of interaction above the frontstage,
the line of visibility between what the customer sees and what happens backstage, and the
line of internal interaction above the support processes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.canvas.layout import MapLayout
from cxdesigner.canvas.style import HINT_ALPHA, palette_color
from cxdesigner.canvas.text import TextStyle, paint_text
from cxdesigner.model import JourneyMap, LaneKind

LABEL = TextStyle(8, bold=True)
#: Which line stands above the first lane of each kind.
LINES = {LaneKind.FRONTSTAGE: "Line of interaction", LaneKind.BACKSTAGE: "Line of visibility",
         LaneKind.SUPPORT: "Line of internal interaction"}


def blueprint_lines(jmap: JourneyMap, layout: MapLayout) -> list[tuple[float, str]]:
    """``(scene y, label)`` of each blueprint line the map's lanes call for, halfway in the gap above the
    first lane of its kind."""
    found: list[tuple[float, str]] = []
    seen: set[LaneKind] = set()
    for lane in layout.lanes:
        custom = jmap.custom_lane(lane) if isinstance(lane, str) else None
        if custom is not None and custom.kind in LINES and custom.kind not in seen:
            seen.add(custom.kind)
            found.append((layout.lane_top[lane] - layout.metrics.lane_gap / 2,
                          QCoreApplication.translate("Blueprint", LINES[custom.kind])))
    return found


class BlueprintLine(QGraphicsItem):
    """A dashed rule across the map, its name at the left."""

    def __init__(self, label: str, left: float, right: float) -> None:
        super().__init__()
        self.label, self.left, self.right = label, left, right
        self.setZValue(-4)

    def boundingRect(self) -> QRectF:
        return QRectF(self.left, -9, self.right - self.left, 12)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        ink = QColor(palette_color(QPalette.ColorRole.Text))
        ink.setAlpha(HINT_ALPHA)
        painter.setPen(QPen(ink, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(self.left + 150, 0), QPointF(self.right, 0))
        paint_text(painter, QRectF(self.left + 4, -9, 146, 12), self.label, LABEL, ink, compact=True)
