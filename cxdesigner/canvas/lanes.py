"""What each lane shows under the touchpoints: words, goals, notes, channels, owners.

``lane_items`` returns the items of every lane but the touchpoints and the
satisfaction line (the scene keeps those itself), placed from the layout.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.canvas.items import NoteChip, most_that_fits, palette_color, scene_font, tinted
from cxdesigner.canvas.layout import LANE_HEIGHTS, MapLayout
from cxdesigner.model import JourneyMap, Lane, Project

TITLES = {Lane.TOUCHPOINTS: "Touchpoints", Lane.SATISFACTION: "Satisfaction", Lane.CUSTOMER_ACTION: "Customer does",
          Lane.THOUGHTS: "Thinks", Lane.FEELINGS: "Feels", Lane.GOALS: "Goals", Lane.PAIN_POINTS: "Pain points",
          Lane.POSITIVE_MOMENTS: "Positive moments", Lane.ACTIONS: "Actions", Lane.CHANNELS: "Channels",
          Lane.DEPARTMENTS: "Departments"}
HINTS = {Lane.TOUCHPOINTS: "Every contact, in the order it happens", Lane.PAIN_POINTS: "Where the customer struggles",
         Lane.POSITIVE_MOMENTS: "What works and must be kept", Lane.ACTIONS: "What we will change",
         Lane.GOALS: "What each persona wants", Lane.DEPARTMENTS: "Who owns it, backstage"}
NOTE_COLORS = {Lane.PAIN_POINTS: "#e03131", Lane.POSITIVE_MOMENTS: "#2f9e44", Lane.ACTIONS: "#1c7ed6"}
TEXT_FIELDS = {Lane.CUSTOMER_ACTION: "customer_action", Lane.THOUGHTS: "thoughts", Lane.FEELINGS: "feelings"}
CHIPS_PER_TOUCHPOINT = 3
GOAL_ROWS = 3


class TextCell(QGraphicsItem):
    """A few wrapped lines of a touchpoint's own words, cut with an ellipsis."""

    def __init__(self, text: str, width: float, height: float, italic: bool = False) -> None:
        super().__init__()
        self.text, self.width, self.height, self.italic = text, width, height, italic
        self.setToolTip(text)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return QRectF(-self.width / 2, 0, self.width, self.height)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setFont(scene_font(8.5, italic=self.italic))
        painter.setPen(palette_color(QPalette.ColorRole.Text))
        box, metrics = self.boundingRect().adjusted(6, 2, -6, -2), painter.fontMetrics()
        text = most_that_fits(metrics, box, self.text)
        flags = int(Qt.TextFlag.TextWordWrap)
        while text and metrics.boundingRect(box.toRect(), flags, text).height() > box.height():
            text = text[: max(0, len(text) - 6)].rstrip() + "…"
        painter.drawText(box, flags | Qt.AlignmentFlag.AlignTop, text)


class GoalBar(QGraphicsItem):
    """A goal: a bar in its persona's colour across the span it covers."""

    def __init__(self, text: str, color: str, width: float) -> None:
        super().__init__()
        self.text, self.color, self.width = text, color, width
        self.setToolTip(text)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, 24)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.boundingRect()
        painter.setPen(QPen(QColor(self.color), 1.5))
        painter.setBrush(tinted(self.color, 0.25))
        painter.drawRoundedRect(rect, 12, 12)
        painter.setFont(scene_font(8.5))
        painter.setPen(palette_color(QPalette.ColorRole.Text))
        shown = painter.fontMetrics().elidedText(self.text, Qt.TextElideMode.ElideRight, int(rect.width() - 20))
        painter.drawText(rect.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter, shown)


def lane_items(project: Project, jmap: JourneyMap, layout: MapLayout) -> list[QGraphicsItem]:
    """Placed items for the text, goal, note, channel and department lanes shown."""
    items: list[QGraphicsItem] = []
    width = layout.metrics.card_width
    for lane in layout.lanes:
        top = layout.lane_top[lane]
        if lane in TEXT_FIELDS:
            for touchpoint in jmap.touchpoints:
                text = getattr(touchpoint, TEXT_FIELDS[lane])
                if text:
                    cell = TextCell(text, width, LANE_HEIGHTS[lane] - 12, italic=lane is Lane.THOUGHTS)
                    cell.setPos(layout.x_of[touchpoint.id], top + 6)
                    items.append(cell)
        elif lane in NOTE_COLORS:
            items += _note_chips(jmap, layout, lane, top, width)
        elif lane is Lane.GOALS:
            items += _goal_bars(project, jmap, layout, top)
        elif lane in (Lane.CHANNELS, Lane.DEPARTMENTS):
            entries = {e.id: e for e in (project.channels if lane is Lane.CHANNELS else project.departments)}
            field = "channel_id" if lane is Lane.CHANNELS else "department_id"
            for touchpoint in jmap.touchpoints:
                entry = entries.get(getattr(touchpoint, field))
                if entry is not None:
                    chip = NoteChip(entry.name, entry.color, width, entry.id)
                    chip.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
                    chip.setPos(layout.x_of[touchpoint.id], top + 10)
                    items.append(chip)
    return items


def _note_chips(jmap: JourneyMap, layout: MapLayout, lane: Lane, top: float, width: float) -> list[QGraphicsItem]:
    """Pain points, positive moments or actions under the touchpoint they belong to."""
    entries = {Lane.PAIN_POINTS: [(p, p.touchpoint_ids[:1]) for p in jmap.pain_points],
               Lane.POSITIVE_MOMENTS: [(m, [m.touchpoint_id]) for m in jmap.positive_moments],
               Lane.ACTIONS: [(a, [a.touchpoint_id] if a.touchpoint_id else []) for a in jmap.actions]}[lane]
    stacked: dict[str, int] = {}
    chips = []
    for item, anchors in entries:
        if not anchors or anchors[0] not in layout.x_of:
            continue
        row = stacked[anchors[0]] = stacked.get(anchors[0], -1) + 1
        if row < CHIPS_PER_TOUCHPOINT:
            chip = NoteChip(item.text, NOTE_COLORS[lane], width, item.id)
            chip.setPos(layout.x_of[anchors[0]], top + 8 + row * 28)
            chips.append(chip)
    return chips


def _goal_bars(project: Project, jmap: JourneyMap, layout: MapLayout, top: float) -> list[QGraphicsItem]:
    """Each goal across its span: from the left of its first end to the right of its last."""
    half = layout.metrics.card_width / 2
    edges = {span.stage_id: (span.left + 6, span.right - 6) for span in layout.stages}
    edges.update({t: (x - half, x + half) for t, x in layout.x_of.items()})
    bars: list[QGraphicsItem] = []
    row_ends = [float("-inf")] * GOAL_ROWS  # where each row's last bar ends: a bar takes the first free row
    for goal in sorted(jmap.goals, key=lambda g: min(edges.get(g.first_id, (0, 0))[0], edges.get(g.last_id, (0, 0))[0])):
        if goal.first_id not in edges or goal.last_id not in edges:
            continue
        ends = [edges[goal.first_id], edges[goal.last_id]]
        left, right = min(e[0] for e in ends), max(e[1] for e in ends)
        row = next((r for r, end in enumerate(row_ends) if end + 4 <= left), row_ends.index(min(row_ends)))
        row_ends[row] = max(row_ends[row], right)
        bar = GoalBar(goal.text, project.find(goal.persona_id).color, right - left)
        bar.setPos(left, top + 6 + row * 30)
        bars.append(bar)
    return bars
