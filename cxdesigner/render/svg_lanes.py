"""The lanes of the SVG file: what each lane shows under the touchpoints, drawn and measured as the
scene draws and measures it (``canvas/items.py``, ``lanes.py``, ``chips.py``, ``cells.py``,
``persona_lane.py``), so the file's lanes stand at the PDF's heights.

Each builder returns the lane's elements, placed from the lane's top, and the height they need;
the measuring rules are the canvas' own (``Chip.measure``, ``TouchpointCard.needed_height``...).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cxdesigner.canvas import cells as cell_items
from cxdesigner.canvas import chips as chip_items
from cxdesigner.canvas import placing
from cxdesigner.canvas.faces import CURVES, FILLS
from cxdesigner.canvas.items import TouchpointCard
from cxdesigner.canvas.lanes import METRIC_COLOR, NOTE_COLORS, TEXT_FIELDS, TEXT_KINDS, action_details, pain_details
from cxdesigner.canvas.layout import EMPTY_HEIGHT, MapLayout
from cxdesigner.canvas.persona_lane import PHOTO, ROW_GAP, TITLE_ROOM
from cxdesigner.canvas.placing import BOTTOM, TOP, annotations, stacked
from cxdesigner.canvas.style import readable, short_number, tinted
from cxdesigner.model import JourneyMap, Lane, LaneKind, Project
from cxdesigner.render.html_marks import image_href
from cxdesigner.render.html_text import color, number
from cxdesigner.render.svg_style import Defs, style
from cxdesigner.render.svg_type import advance, text_svg, typeset, xml_attr, xml_id, xml_text

NO_CHANNEL = "#9aa5b1"


@dataclass
class Content:
    """A lane's elements (from the lane's top) and the height they need."""

    parts: list[str] = field(default_factory=list)
    height: float = EMPTY_HEIGHT


def words(role: str, value: str, x: float, top: float, width: float) -> str:
    """``value`` wrapped to ``width`` in ``role``'s font, its first line's top at ``top``."""
    return text_svg(typeset(value, style(role), width), x, top, role)


def tint(value: str, strength: float) -> str:
    return tinted(color(value), strength).name()


class Lanes:
    """Builds the lanes of one map on its columns (``layout``), as the drawing scene does."""

    def __init__(self, project: Project, jmap: JourneyMap, columns: MapLayout, defs: Defs) -> None:
        self.project, self.jmap, self.columns, self.defs = project, jmap, columns, defs
        self.width = columns.metrics.card_width

    def build(self, lane: Lane | str) -> Content:
        jmap = self.jmap
        if lane in TEXT_FIELDS:
            field_name = TEXT_FIELDS[lane]
            return self._column([(t.id, getattr(t, field_name)) for t in jmap.touchpoints if getattr(t, field_name)],
                                "cell-italic" if lane is Lane.THOUGHTS else "cell-text")
        if lane in NOTE_COLORS:
            return self._notes(lane)
        if lane in (Lane.CHANNELS, Lane.DEPARTMENTS):
            return self._catalog(lane)
        if lane is Lane.GOALS:
            parts, bottom = self.goal_rows(jmap.goals, TOP)
            return Content(parts, max(EMPTY_HEIGHT, bottom + BOTTOM) if parts else EMPTY_HEIGHT)
        if lane is Lane.PERSONAS:
            return self._personas()
        custom = jmap.custom_lane(lane) if isinstance(lane, str) else None
        if custom is None:
            return Content()
        cells = [c for c in jmap.cells if c.lane_id == custom.id and c.touchpoint_id in self.columns.x_of]
        if custom.kind in TEXT_KINDS:
            return self._column([(c.touchpoint_id, c.text) for c in cells if c.text], "cell-text")
        if custom.kind is LaneKind.IMAGE:
            return self._pictures(cells)
        if custom.kind is LaneKind.EMOTION:
            return self._emotions(cells)
        return self._metrics(cells, custom.unit)

    # -- touchpoint cards --------------------------------------------------------------------

    def cards(self, top: float, height: float) -> list[str]:
        """Every touchpoint's card, ``height`` tall, its top at ``top``: title, channel stripe and icon,
        channel and department, marks for its pain points and positive moments."""
        project, jmap, w = self.project, self.jmap, self.width
        channels = {c.id: c for c in project.channels}
        departments = {d.id: d.name for d in project.departments}
        pains: dict[str, int] = {}
        for pain in jmap.pain_points:
            for touchpoint_id in pain.touchpoint_ids:
                pains[touchpoint_id] = pains.get(touchpoint_id, 0) + 1
        highlights: dict[str, int] = {}
        for moment in jmap.positive_moments:
            highlights[moment.touchpoint_id] = highlights.get(moment.touchpoint_id, 0) + 1
        footer_style = style("card-footer")
        parts = []
        for t in jmap.touchpoints:
            channel = channels.get(t.channel_id)
            department = departments.get(t.department_id, "")
            footer = " · ".join(x for x in (channel.name if channel else "", department) if x)
            footer_height = max(16.0, typeset(footer, footer_style, w - 63).height)
            stripe = color(channel.color, NO_CHANNEL) if channel else NO_CHANNEL
            left = -w / 2
            parts.append(f'<g id="{xml_id("touchpoint", t.id)}" class="touchpoint" '
                         f'transform="translate({number(self.columns.x_of[t.id])} {number(top)})">'
                         f'<rect class="card" x="{number(left)}" width="{number(w)}" height="{number(height)}" '
                         f'rx="8"/><rect class="stripe" x="{number(left)}" width="5" height="{number(height)}" '
                         f'rx="2.5" fill="{stripe}"/>')
            parts.append(words("card-title", t.title, left + 13, 9, w - 23))
            box_left, box_top, box_width = left + 13, height - footer_height - 9, w - 23
            if channel is not None and channel.name:
                parts.append(f'<use xlink:href="#{self.defs.icon(channel.icon)}" x="{number(box_left)}" '
                             f'y="{number(box_top + 1)}" style="color:{stripe}"/>')
                box_left, box_width = box_left + 18, box_width - 18
            marks = "▼" * min(pains.get(t.id, 0), 3) + "★" * min(highlights.get(t.id, 0), 3)
            room = box_width - (advance(marks, footer_style) + 6 if marks else 0)
            parts.append(words("card-footer", footer, box_left, box_top, room))
            if marks:
                kind = "card-marks pains" if pains.get(t.id) else "card-marks"
                parts.append(text_svg(typeset(marks, footer_style, 1e6), box_left + box_width, box_top, kind))
            parts.append("</g>")
        return parts

    @staticmethod
    def card_height(project: Project, jmap: JourneyMap, width: float) -> float:
        """Every card as tall as the tallest needs, as the scene makes them."""
        names = {e.id: e.name for e in (*project.channels, *project.departments)}
        return max(TouchpointCard.COMPACT_HEIGHT, *(TouchpointCard.needed_height(
            t.title, " · ".join(x for x in (names.get(t.channel_id, ""), names.get(t.department_id, "")) if x),
            width) for t in jmap.touchpoints), 0.0)

    # -- columns of words, chips and goals -----------------------------------------------------

    def _column(self, cells: list[tuple[str, str]], role: str) -> Content:
        """A touchpoint's own words under it, whole (``TextCell``)."""
        parts, tallest = [], 0.0
        pad, w = cell_items.PAD, self.width
        for touchpoint_id, value in cells:
            block = typeset(value, style(role), w - 2 * pad)
            parts.append(text_svg(block, self.columns.x_of[touchpoint_id] - w / 2 + pad, TOP + pad, role))
            tallest = max(tallest, block.height + 2 * pad)
        return Content(parts, max(EMPTY_HEIGHT, TOP + tallest + BOTTOM) if cells else EMPTY_HEIGHT)

    def chip(self, key: str, value: str, fill: str, x: float, y: float, details: str = "") -> tuple[str, float]:
        """A chip centred on ``x``: its text and, muted under it, its details (``Chip``)."""
        w = self.width
        height = chip_items.Chip.measure(value, details, w)
        left = x - w / 2
        inner = w - 2 * chip_items.PAD_X
        body = typeset(value, chip_items.BODY, inner).height
        svg = (f'<g id="{xml_id("chip", key)}" class="chip-group"><rect class="chip" x="{number(left)}" '
               f'y="{number(y)}" width="{number(w)}" height="{number(height)}" rx="5" fill="{tint(fill, 0.35)}"/>'
               + words("chip-text", value, left + chip_items.PAD_X, y + chip_items.PAD_Y, inner)
               + (words("chip-detail", details, left + chip_items.PAD_X, y + chip_items.PAD_Y + body + chip_items.GAP,
                        inner) if details else "") + "</g>")
        return svg, height

    def _notes(self, lane: Lane) -> Content:
        """Pain points, positive moments or actions, stacked under their touchpoint (``placing``)."""
        fill = NOTE_COLORS[lane]
        entries = annotations(self.jmap, lane)
        details = [pain_details(item) if lane is Lane.PAIN_POINTS else
                   action_details(self.project, item, step) if lane is Lane.ACTIONS else ""
                   for _, item, step in entries]
        heights = [chip_items.Chip.measure(item.text, more, self.width) for (_, item, _), more in zip(entries, details)]
        tops, bottom = stacked([t for t, _, _ in entries], heights, self.columns.x_of)
        parts = [self.chip(item.id, item.text, fill, self.columns.x_of[touchpoint_id], y, more)[0]
                 for (touchpoint_id, item, _), more, y in zip(entries, details, tops) if y is not None]
        return Content(parts, max(EMPTY_HEIGHT, bottom + BOTTOM) if bottom is not None else EMPTY_HEIGHT)

    def _catalog(self, lane: Lane) -> Content:
        entries = {e.id: e for e in (self.project.channels if lane is Lane.CHANNELS else self.project.departments)}
        field_name = "channel_id" if lane is Lane.CHANNELS else "department_id"
        parts, tallest = [], 0.0
        for t in self.jmap.touchpoints:
            entry = entries.get(getattr(t, field_name))
            if entry is not None:
                svg, height = self.chip(f"{entry.id}-{t.id}", entry.name, entry.color, self.columns.x_of[t.id], TOP)
                parts.append(svg)
                tallest = max(tallest, height)
        return Content(parts, max(EMPTY_HEIGHT, TOP + tallest + BOTTOM) if parts else EMPTY_HEIGHT)

    def goal_rows(self, goals: list, top: float) -> tuple[list[str], float]:
        """Goal bars across their spans, each in the first row where it fits (``placing.goal_rows``)."""
        def height_of(goal, width: float) -> float:
            return max(chip_items.COMPACT_HEIGHT,
                       typeset(goal.text, chip_items.BODY, width - 24).height + 2 * chip_items.PAD_Y)

        placed, bottom = placing.goal_rows(goals, self.columns, self.width, height_of, top)
        parts = []
        for goal, left, width, y, height in placed:
            ink = color(self.project.find(goal.persona_id).color)
            parts.append(f'<g id="{xml_id("goal", goal.id)}" class="goal-group"><rect class="goal" '
                         f'x="{number(left)}" y="{number(y)}" width="{number(width)}" '
                         f'height="{number(height)}" rx="12" fill="{tint(ink, 0.25)}" stroke="{ink}"/>'
                         + words("chip-text", goal.text, left + 12, y + chip_items.PAD_Y, width - 24) + "</g>")
        return parts, bottom

    # -- personas, pictures, faces, metrics ------------------------------------------------------

    def _personas(self) -> Content:
        """A row per persona: photo (or initial), name and quote at the left, goals along the journey."""
        jmap, m = self.jmap, self.columns.metrics
        width = m.label_width - 10
        x, y = m.margin + 4, TITLE_ROOM
        parts = []
        for persona_id in jmap.persona_ids:
            persona = self.project.find(persona_id)
            ink = color(persona.color)
            name_style = style("persona-name")
            name_height = max(PHOTO, typeset(persona.name, name_style, width - PHOTO - 8).height)
            quote = f"“{persona.quote}”" if persona.quote else ""
            quote_height = typeset(quote, style("persona-quote"), width).height + 4 if quote else 0.0
            r = PHOTO / 2
            parts.append(f'<g id="{xml_id("persona", persona.id)}" class="persona" '
                         f'transform="translate({number(x)} {number(y)})">')
            photo = image_href(persona.photo)
            if photo is None:
                initial = persona.name[:1].upper()
                parts.append(f'<circle cx="{number(r)}" cy="{number(r)}" r="{number(r)}" fill="{ink}"/>')
                block = typeset(initial, name_style, 1e6)
                parts.append(text_svg(block, r, r - block.height / 2, "persona-initial"))
            else:
                clip = xml_id("photo", f"{jmap.id}-{persona.id}")
                parts.append(f'<clipPath id="{clip}"><circle cx="{number(r)}" cy="{number(r)}" r="{number(r)}"/>'
                             f'</clipPath><image xlink:href="{photo[0]}" width="{number(PHOTO)}" '
                             f'height="{number(PHOTO)}" preserveAspectRatio="xMidYMid slice" clip-path="url(#{clip})"/>'
                             f'<circle cx="{number(r)}" cy="{number(r)}" r="{number(r)}" fill="none" stroke="{ink}" '
                             f'stroke-width="2"/>')
            name = text_svg(typeset(persona.name, name_style, width - PHOTO - 8), PHOTO + 8, 0, "persona-name",
                            f' style="fill:{readable(QColor(ink)).name()}"')
            parts.append(name)
            if quote:
                parts.append(words("persona-quote", quote, 0, name_height + 4, width))
            parts.append("</g>")
            goals, bottom = self.goal_rows([g for g in jmap.goals if g.persona_id == persona_id], y)
            parts += goals
            y = max(y + name_height + quote_height, bottom) + ROW_GAP
        return Content(parts, max(EMPTY_HEIGHT, y) if jmap.persona_ids else EMPTY_HEIGHT)

    def _pictures(self, cells: list) -> Content:
        from cxdesigner.canvas.pictures import decoded
        parts, tallest = [], 0.0
        pad, w = cell_items.PAD, self.width
        for cell in cells:
            image, href = decoded(cell.image), image_href(cell.image)
            if image.isNull() or href is None:
                continue
            inner = w - 2 * pad
            shown = min(cell_items.MAX_PICTURE_HEIGHT, inner * image.height() / max(1, image.width()))
            scaled = image.size().scaled(round(inner), round(shown), Qt.AspectRatioMode.KeepAspectRatio)
            x = self.columns.x_of[cell.touchpoint_id] - scaled.width() / 2
            y = TOP + pad
            parts.append(f'<g class="picture"><image xlink:href="{href[0]}" x="{number(x)}" y="{number(y)}" '
                         f'width="{scaled.width()}" height="{scaled.height()}" preserveAspectRatio="none"/>'
                         f'<rect class="picture-frame" x="{number(x)}" y="{number(y)}" width="{scaled.width()}" '
                         f'height="{scaled.height()}"/></g>')
            tallest = max(tallest, shown + 2 * pad)
        return Content(parts, max(EMPTY_HEIGHT, TOP + tallest + BOTTOM) if parts else EMPTY_HEIGHT)

    def _emotions(self, cells: list) -> Content:
        jmap = self.jmap
        chosen = {(c.touchpoint_id, c.persona_id): c.emotion for c in cells if c.emotion is not None}
        parts, size = [], cell_items.FACE
        for t in jmap.touchpoints:
            shown = placing.faces(jmap, chosen, t.id)
            total = len(shown) * size + max(0, len(shown) - 1) * 6
            x = self.columns.x_of[t.id] - total / 2
            for persona_id, emotion, picked in shown:
                persona = self.project.find(persona_id)
                parts.append(face(x, TOP + cell_items.PAD, size, emotion, color(persona.color), picked,
                                  f"{persona.name}: {emotion.value}"))
                x += size + 6
        height = size + 2 * cell_items.PAD
        return Content(parts, max(EMPTY_HEIGHT, TOP + height + BOTTOM) if parts else EMPTY_HEIGHT)

    def _metrics(self, cells: list, unit: str) -> Content:
        values = [(c.touchpoint_id, c.number) for c in cells if c.number is not None]
        largest = max((abs(v) for _, v in values), default=0.0)
        parts, pad, w = [], cell_items.PAD, self.width
        for touchpoint_id, value in values:
            left = self.columns.x_of[touchpoint_id] - w / 2 + pad + 4
            inner = w - 2 * pad - 8
            bottom = TOP + cell_items.METRIC_HEIGHT - pad
            share = 0.0 if largest <= 0 else min(1.0, abs(value) / largest)
            share = share if share == share else 0.0
            label = f"{short_number(value)} {unit}".strip()
            parts.append('<g class="metric">' + words("metric-value", label, left, TOP + pad, inner)
                         + f'<rect class="metric-track" x="{number(left)}" y="{number(bottom - 7)}" '
                         f'width="{number(inner)}" height="6" rx="3"/>'
                         f'<rect x="{number(left)}" y="{number(bottom - 7)}" width="{number(inner * share)}" height="6" '
                         f'rx="3" fill="{METRIC_COLOR}"/></g>')
        return Content(parts, max(EMPTY_HEIGHT, TOP + cell_items.METRIC_HEIGHT + BOTTOM) if parts else EMPTY_HEIGHT)


def face(x: float, y: float, size: float, emotion, ring: str, chosen: bool, label: str) -> str:
    """An emotion face in the square at (``x``, ``y``), as ``canvas/faces.paint_face`` draws it."""
    cx, cy, w = x + size / 2, y + size / 2, size
    curve = CURVES[emotion]
    mouth_y = cy + w * 0.18
    head = "head" if chosen else "head implied"
    parts = [f'<g class="face"><title>{xml_text(label)}</title><circle class="{head}" '
             f'cx="{number(cx)}" cy="{number(cy)}" r="{number(w / 2)}" fill="{FILLS[emotion]}" stroke="{xml_attr(ring)}"/>']
    for side in (-1, 1):
        parts.append(f'<circle class="ink" cx="{number(cx + side * w * 0.18)}" cy="{number(cy - w * 0.12)}" '
                     f'r="{number(w * 0.05)}"/>')
    parts.append(f'<path d="M{number(cx - w * 0.22)} {number(mouth_y)}Q{number(cx)} '
                 f'{number(cy + w * (0.18 + 0.2 * curve))} {number(cx + w * 0.22)} {number(mouth_y)}"/>')
    if curve == -1.0:  # angry: brows
        for side in (-1, 1):
            parts.append(f'<path d="M{number(cx + side * w * 0.28)} {number(cy - w * 0.28)}L'
                         f'{number(cx + side * w * 0.08)} {number(cy - w * 0.2)}"/>')
    parts.append("</g>")
    return "".join(parts)
