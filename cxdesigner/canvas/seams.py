"""Seam markers: where the customer is handed over between two touchpoints, the "gaps"
where experiences break. The tooltip says what switches and how each persona's
satisfaction changes across the seam.

Not every switch is a hand-over worth a mark: going from the restaurant to the pool
changes channel but not the kind of contact. The map marks a seam where the department
changes, the device changes, or the channel changes its kind (digital, physical, human),
small and grey; orange where a persona's satisfaction drops across it. Insights lists
every switch.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.analysis.gaps import Gap
from cxdesigner.canvas.style import scene_font, short_number
from cxdesigner.model import Project

SEAM_COLOR = "#d9480f"
KIND_NAMES = {"channel": QT_TRANSLATE_NOOP("SeamMarker", "Channel"), "device": QT_TRANSLATE_NOOP("SeamMarker", "Device"), "department": QT_TRANSLATE_NOOP("SeamMarker", "Department")}


CALM_COLOR = "#868e96"
RADIUS = 7.0


def worth_marking(project: Project, gap: Gap) -> bool:
    """A hand-over: another department or device, or a channel of another kind."""
    kinds = {c.id: c.kind for c in project.channels}
    for switch in gap.switches:
        if switch.kind != "channel" or kinds.get(switch.before) != kinds.get(switch.after):
            return True
    return False


def hurts(gap: Gap, step: float) -> bool:
    """Whether some persona's satisfaction falls by a step of the scale or more across the seam."""
    return any(change is not None and change <= -step for change in gap.changes.values())


class SeamMarker(QGraphicsItem):
    """A small badge in the gap between two cards: grey, or orange where satisfaction drops."""

    def __init__(self, tooltip: str, drop: bool) -> None:
        super().__init__()
        self.drop = drop
        self.setToolTip(tooltip)
        self.setZValue(5)
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        return QRectF(-RADIUS - 1, -RADIUS - 1, 2 * RADIUS + 2, 2 * RADIUS + 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(SEAM_COLOR if self.drop else CALM_COLOR)
        painter.setPen(QPen(color, 1.2))
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QPointF(0, 0), RADIUS, RADIUS)
        painter.setFont(scene_font(8, bold=True))
        painter.drawText(QRectF(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS), Qt.AlignmentFlag.AlignCenter, "⇄")


def seam_tooltip(project: Project, gap: Gap) -> str:
    """What switches at the seam, and each persona's change in satisfaction across it."""
    tr = lambda text: QCoreApplication.translate("SeamMarker", text)  # noqa: E731
    lines = [f"<b>{escape(tr('Gap'))}</b>"]
    for switch in gap.switches:
        before, after = (_name(project, switch.kind, v) for v in (switch.before, switch.after))
        lines.append(f"{escape(tr(KIND_NAMES[switch.kind]))}: {escape(before)} → {escape(after)}")
    for persona_id, change in gap.changes.items():
        if change is not None:
            lines.append(f"{escape(project.find(persona_id).name)}: {short_number(change, sign=True)}")
    return "<br>".join(lines)


def _name(project: Project, kind: str, value: str) -> str:
    if kind == "device":
        return value
    entry = project.lookup(value)
    return entry[0].name if entry else value
