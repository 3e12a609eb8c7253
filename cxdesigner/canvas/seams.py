"""Seam markers: where the customer switches channel, device or department between
two touchpoints, the "gaps" where experiences break. The tooltip says what switches
and how each persona's satisfaction changes across the seam."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.analysis.gaps import Gap
from cxdesigner.canvas.items import scene_font, short_number
from cxdesigner.model import Project

SEAM_COLOR = "#d9480f"
KIND_NAMES = {"channel": "Channel", "device": "Device", "department": "Department"}


class SeamMarker(QGraphicsItem):
    """A dashed line between two cards with a small badge in the middle."""

    def __init__(self, height: float, tooltip: str) -> None:
        super().__init__()
        self.height = height
        self.setToolTip(tooltip)
        self.setZValue(5)
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        return QRectF(-10, 0, 20, self.height)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(SEAM_COLOR)
        faint = QColor(color)
        faint.setAlpha(120)
        painter.setPen(QPen(faint, 1.5, Qt.PenStyle.DashLine))
        middle = self.height / 2
        painter.drawLine(QPointF(0, 0), QPointF(0, middle - 9))
        painter.drawLine(QPointF(0, middle + 9), QPointF(0, self.height))
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QPointF(0, middle), 8.5, 8.5)
        painter.setFont(scene_font(8, bold=True))
        painter.drawText(QRectF(-9, middle - 9, 18, 18), Qt.AlignmentFlag.AlignCenter, "⇄")


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
