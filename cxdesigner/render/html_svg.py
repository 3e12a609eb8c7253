"""One map as inline SVG for the interactive HTML map, placed by ``canvas/layout.py``.

The columns come from the same layout the editor uses; each lane is measured here
from its wrapped text (SVG does not wrap), and the layout stacks the lanes at those
heights, so the page shows the map as the editor draws it. Every text is a
``<text>`` element. Cards are links to their entry in the details list (so Tab walks
the touchpoints and Enter works without a script); cards, chips and points carry a
``data-k`` key into the details the script shows on hover and focus.
"""

from __future__ import annotations

import html
import math
import re
from functools import lru_cache
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cxdesigner.analysis.gaps import gaps
from cxdesigner.canvas.blueprint import blueprint_lines
from cxdesigner.canvas.placing import annotations, goal_rows, stacked
from cxdesigner.canvas.placing import faces as placing_faces
from cxdesigner.canvas.lanes import NOTE_COLORS, TEXT_FIELDS, TEXT_KINDS, lane_hint, lane_title
from cxdesigner.canvas.layout import EMPTY_HEIGHT, MapLayout, Metrics, base_height, layout_map
from cxdesigner.canvas.seams import CALM_COLOR, RADIUS, SEAM_COLOR, hurts, seam_tooltip, worth_marking
from cxdesigner.model import JourneyMap, Lane, LaneKind, Project
from cxdesigner.render.html_marks import (
    FACE, FONT, LINE, block_height, face_svg, image_href, lines_svg,
)
from cxdesigner.render.html_lines import satisfaction_lane
from cxdesigner.render.html_text import attr, color, number, text, wrap

TOP, BOTTOM, GAP = 8.0, 8.0, 4.0
CARD_MARGIN = 12.0


def tr(value: str) -> str:
    return QCoreApplication.translate("HtmlMap", value)


@dataclass
class Fragment:
    """A lane's SVG, drawn from the lane's top, and the height it needs."""

    parts: list[str] = field(default_factory=list)
    height: float = EMPTY_HEIGHT


class MapSvg:
    """Builds the SVG of one map; ``details`` collects what hovering each item shows."""

    def __init__(self, project: Project, jmap: JourneyMap, details: dict[str, list]) -> None:
        self.project, self.jmap, self.details = project, jmap, details
        self.names = {e.id: e.name for e in (*project.channels, *project.departments)}
        self.colors = {e.id: color(e.color) for e in (*project.channels, *project.departments)}
        self.personas = [project.find(p) for p in jmap.persona_ids]
        metrics = Metrics()
        if jmap.stages:
            lines = max(len(wrap(s.name, metrics.slot_width - 16, FONT["stage"], 4)) for s in jmap.stages)
            metrics = Metrics(header_height=max(metrics.header_height, 20 + lines * FONT["stage"] * LINE))
        self.metrics = metrics
        self.columns = layout_map(jmap, metrics=metrics)
        self.cw = metrics.card_width

    # -- the whole map ------------------------------------------------------------------

    def build(self) -> tuple[str, MapLayout]:
        """The ``<svg>`` element and the layout it follows."""
        jmap = self.jmap
        fragments = {lane: self._lane(lane) for lane in jmap.lanes}
        heights = {}
        for lane, fragment in fragments.items():
            title, hint = self._label(lane)
            label = TOP + block_height(title, FONT["lane"]) + 2 + block_height(hint, FONT["hint"]) + BOTTOM
            heights[lane] = max(fragment.height, label, EMPTY_HEIGHT)
        layout = layout_map(jmap, metrics=self.metrics, heights=heights)
        self.layout = layout
        notes, right, bottom = self._notes(layout)
        width, height = max(layout.width, right + 24), max(layout.height, bottom + 24)
        parts = [f'<svg class="map-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {number(width)} '
                 f'{number(height)}" width="{number(width)}" height="{number(height)}" role="group" '
                 f'aria-label="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "The map: %1")).replace("%1", jmap.name))}">']
        parts += self._stages(layout)
        for lane in jmap.lanes:
            top = layout.lane_top[lane]
            x, _, w, h = layout.lane_rect(lane)
            parts.append(f'<g class="lane" transform="translate(0 {number(top)})">'
                         f'<line class="rule" x1="{number(x)}" x2="{number(x + w)}" y1="{number(h + 4)}" '
                         f'y2="{number(h + 4)}"/>')
            title, hint = self._label(lane)
            parts.append(lines_svg(title, x + 4, TOP, FONT["lane"], "lane-title"))
            parts.append(lines_svg(hint, x + 4, TOP + block_height(title, FONT["lane"]) + 2, FONT["hint"], "hint"))
            if lane is Lane.SATISFACTION:
                parts += satisfaction_lane(jmap, self.personas, layout, self.details)
            else:
                parts += fragments[lane].parts
            parts.append("</g>")
        m = self.metrics
        for y, label in blueprint_lines(jmap, layout):  # a service blueprint's lines, as the editor draws them
            parts.append(f'<line class="blueprint" x1="{number(m.margin + m.label_width)}" '
                         f'x2="{number(layout.width - m.margin)}" y1="{number(y)}" y2="{number(y)}"/>'
                         f'<text class="blueprint-label" x="{number(m.margin + 4)}" y="{number(y + 3)}" '
                         f'font-size="{FONT["small"]}">{text(label)}</text>')
        parts += notes
        parts.append("</svg>")
        return "".join(parts), layout

    def _label(self, lane: Lane | str) -> tuple[list[str], list[str]]:
        """A lane's title and hint (the editor's words), wrapped to the label column."""
        width = self.metrics.label_width - 16
        return (wrap(lane_title(self.jmap, lane), width, FONT["lane"], 4),
                wrap(lane_hint(self.jmap, lane), width, FONT["hint"], 4))

    def _stages(self, layout: MapLayout) -> list[str]:
        m = layout.metrics
        parts = []
        stages = {s.id: s for s in self.jmap.stages}
        for span in layout.stages:
            stage = stages[span.stage_id]
            fill = color(stage.color, "#dfe7f5")
            top = m.margin
            parts.append(f'<g class="stage"><title>{text(stage.name)}</title><rect class="band" x="{number(span.left + 2)}" '
                         f'y="{number(top)}" width="{number(span.right - span.left - 4)}" '
                         f'height="{number(layout.lanes_bottom - top)}" rx="6" fill="{fill}" fill-opacity="0.35"/>'
                         f'<rect x="{number(span.left + 2)}" y="{number(top)}" width="{number(span.right - span.left - 4)}"'
                         f' height="{number(m.header_height)}" rx="6" fill="{fill}"/>')
            parts.append(lines_svg(wrap(stage.name, span.right - span.left - 16, FONT["stage"], 4), span.left + 10,
                                   top + 8, FONT["stage"], "stage-name"))
            parts.append("</g>")
        return parts

    # -- lanes --------------------------------------------------------------------------

    def _lane(self, lane: Lane | str) -> Fragment:
        if lane is Lane.TOUCHPOINTS:
            return self._cards()
        if lane is Lane.SATISFACTION:
            return Fragment(height=base_height(self.jmap, lane))
        if lane in TEXT_FIELDS:
            return self._column([(t.id, getattr(t, TEXT_FIELDS[lane])) for t in self.jmap.touchpoints],
                                italic=lane is Lane.THOUGHTS)
        if lane in NOTE_COLORS:
            return self._chips(lane)
        if lane in (Lane.CHANNELS, Lane.DEPARTMENTS):
            return self._catalog(lane)
        if lane is Lane.GOALS:
            return self._goal_rows(self.jmap.goals, TOP)
        if lane is Lane.PERSONAS:
            return self._personas()
        custom = self.jmap.custom_lane(lane) if isinstance(lane, str) else None
        if custom is None:
            return Fragment()
        cells = [c for c in self.jmap.cells if c.lane_id == custom.id and c.touchpoint_id in self.columns.x_of]
        if custom.kind in TEXT_KINDS:
            return self._column([(c.touchpoint_id, c.text) for c in cells])
        if custom.kind is LaneKind.IMAGE:
            return self._images(cells)
        if custom.kind is LaneKind.EMOTION:
            return self._emotions(cells)
        return self._metric(cells, custom.unit)

    def _left(self, touchpoint_id: str) -> float:
        return self.columns.x_of[touchpoint_id] - self.cw / 2

    def _cards(self) -> Fragment:
        jmap = self.jmap
        entries = []
        for index, t in enumerate(jmap.touchpoints, start=1):
            title = wrap(t.title, self.cw - 22, FONT["title"], 12)
            sub = " · ".join(x for x in (self.names.get(t.channel_id, ""), self.names.get(t.department_id, "")) if x)
            entries.append((index, t, title, wrap(sub, self.cw - 22, FONT["sub"], 4)))
        inner = max((block_height(a, FONT["title"]) + 8 + block_height(b, FONT["sub"]) for _, _, a, b in entries),
                    default=0.0)
        height = max(self.metrics.card_height, inner + 20)
        total = len(jmap.touchpoints)
        parts = []
        for index, t, title, sub in entries:
            x, y = self._left(t.id), CARD_MARGIN
            stripe = self.colors.get(t.channel_id, "#8e8e93")
            label = tr(QT_TRANSLATE_NOOP("HtmlMap", "Touchpoint %1 of %2: %3")).replace("%1", str(index)).replace("%2", str(total)).replace(
                "%3", t.title)
            parts.append(f'<a class="tp" href="#d-{attr(t.id)}" data-k="{attr(t.id)}" data-tp="{attr(t.id)}" '
                         f'aria-label="{attr(label)}">'
                         f'<title>{text(t.title)}</title>'
                         f'<rect class="card" x="{number(x)}" y="{number(y)}" width="{number(self.cw)}" '
                         f'height="{number(height)}" rx="6"/><rect x="{number(x)}" y="{number(y)}" width="5" '
                         f'height="{number(height)}" rx="2" fill="{stripe}"/>')
            parts.append(lines_svg(title, x + 14, y + 8, FONT["title"], "card-title"))
            parts.append(lines_svg(sub, x + 14, y + height - 8 - block_height(sub, FONT["sub"]), FONT["sub"],
                                   "muted"))
            parts.append("</a>")
        parts += self._seams(CARD_MARGIN + self.metrics.card_height / 2)
        return Fragment(parts, height + 2 * CARD_MARGIN)

    def _seams(self, middle: float) -> list[str]:
        """A badge between two cards where the customer is handed over, as the editor marks it."""
        parts = []
        for gap in gaps(self.jmap):
            if not worth_marking(self.project, gap):
                continue
            key = f"gap-{gap.before_id}-{gap.after_id}"
            lines = [html.unescape(re.sub("<[^>]+>", "", line)) for line in
                     seam_tooltip(self.project, gap).split("<br>")]  # the editor's words, as plain text
            self.details[key] = [lines[0], lines[1:]]
            x = (self.columns.x_of[gap.before_id] + self.columns.x_of[gap.after_id]) / 2
            ink = SEAM_COLOR if hurts(gap, self.jmap.scale.step) else CALM_COLOR
            parts.append(f'<g class="seam" data-k="{attr(key)}"><title>{text(chr(10).join(lines))}</title>'
                         f'<circle cx="{number(x)}" cy="{number(middle)}" r="{RADIUS}" fill="#ffffff" '
                         f'stroke="{ink}" stroke-width="1.2"/><text x="{number(x)}" y="{number(middle + 3.5)}" '
                         f'font-size="10" text-anchor="middle" fill="{ink}" font-weight="700">⇄</text></g>')
        return parts

    def _column(self, cells: list[tuple[str, str]], italic: bool = False) -> Fragment:
        parts, tallest = [], 0.0
        for touchpoint_id, value in cells:
            if not value:
                continue
            lines = wrap(value, self.cw - 8, FONT["chip"])
            parts.append(lines_svg(lines, self._left(touchpoint_id) + 4, TOP, FONT["chip"],
                                   "cell italic" if italic else "cell"))
            tallest = max(tallest, block_height(lines, FONT["chip"]))
        return Fragment(parts, max(EMPTY_HEIGHT, TOP + tallest + BOTTOM) if parts else EMPTY_HEIGHT)

    def _chip(self, key: str, value: str, extra: str, fill: str, x: float, y: float, width: float,
              details: list[str], touchpoint_id: str = "") -> tuple[str, float]:
        """A chip; one under a touchpoint joins its column, which Up and Down walk from the card."""
        lines, small = _chip_lines(value, extra, width)
        height = self._chip_height(value, extra, width)
        self.details[key] = [value, details]
        column = f' data-tp="{attr(touchpoint_id)}" tabindex="-1"' if touchpoint_id else ""
        svg = (f'<g class="chip" data-k="{attr(key)}"{column}><title>{text(chr(10).join([value, *details]))}</title>'
               f'<rect x="{number(x)}" y="{number(y)}" width="{number(width)}" height="{number(height)}" rx="4" '
               f'fill="{fill}" fill-opacity="0.28" stroke="{fill}" stroke-opacity="0.6"/>'
               + lines_svg(lines, x + 6, y + 5, FONT["chip"], "chip-text")
               + lines_svg(small, x + 6, y + 7 + block_height(lines, FONT["chip"]), FONT["small"], "muted") + "</g>")
        return svg, height

    @staticmethod
    def _chip_height(value: str, extra: str, width: float) -> float:
        lines, small = _chip_lines(value, extra, width)
        return 10 + block_height(lines, FONT["chip"]) + (2 + block_height(small, FONT["small"]) if small else 0)

    def _chips(self, lane: Lane) -> Fragment:
        from cxdesigner.render.html_details import action_lines, pain_lines  # the words the details list uses
        jmap, fill = self.jmap, NOTE_COLORS[lane]
        entries = annotations(jmap, lane)  # where the editor puts them
        details = [pain_lines(self.project, jmap, item) if lane is Lane.PAIN_POINTS else
                   action_lines(self.project, item) if lane is Lane.ACTIONS else [] for _, item, _ in entries]
        heights = [self._chip_height(item.text, more[0] if more else "", self.cw)
                   for (_, item, _), more in zip(entries, details)]
        tops, bottom = stacked([t for t, _, _ in entries], heights, self.columns.x_of, TOP)
        parts = [self._chip(item.id, item.text, more[0] if more else "", fill, self._left(touchpoint_id), y,
                            self.cw, more, touchpoint_id)[0]
                 for (touchpoint_id, item, _), more, y in zip(entries, details, tops) if y is not None]
        return Fragment(parts, max(EMPTY_HEIGHT, bottom + BOTTOM) if bottom is not None else EMPTY_HEIGHT)

    def _catalog(self, lane: Lane) -> Fragment:
        field_name = "channel_id" if lane is Lane.CHANNELS else "department_id"
        parts, tallest = [], 0.0
        for t in self.jmap.touchpoints:
            entry = getattr(t, field_name)
            if entry in self.names:
                lines = wrap(self.names[entry], self.cw - 12, FONT["chip"], 4)
                height = 10 + block_height(lines, FONT["chip"])
                x = self._left(t.id)
                parts.append(f'<rect x="{number(x)}" y="{TOP}" width="{number(self.cw)}" height="{number(height)}" '
                             f'rx="4" fill="{self.colors[entry]}" fill-opacity="0.28"/>'
                             + lines_svg(lines, x + 6, TOP + 5, FONT["chip"], "chip-text"))
                tallest = max(tallest, height)
        return Fragment(parts, max(EMPTY_HEIGHT, TOP + tallest + BOTTOM) if parts else EMPTY_HEIGHT)

    def _goal_rows(self, goals: list, top: float) -> Fragment:
        """Goal bars across their spans, each in the first row where it fits (as the editor lays them)."""
        placed, bottom = goal_rows(goals, self.columns, self.cw, lambda goal, width: self._chip_height(goal.text, "", width),
                                   top)
        parts = []
        for goal, left, width, y, _ in placed:
            persona = self.project.find(goal.persona_id)
            svg, _ = self._chip(goal.id, goal.text, "", color(persona.color), left, y, width,
                                [tr(QT_TRANSLATE_NOOP("HtmlMap", "Goal of %1")).replace("%1", persona.name)])
            parts.append(svg)
        return Fragment(parts, max(EMPTY_HEIGHT, bottom + BOTTOM) if parts else EMPTY_HEIGHT)

    def _personas(self) -> Fragment:
        """A row per persona: photo, name and quote at the left, their goals along the journey."""
        parts, y = [], 34.0
        width = self.metrics.label_width - 12
        x = self.metrics.margin + 4
        for persona in self.personas:
            fill = color(persona.color)
            name = wrap(persona.name, width - 38, FONT["chip"], 4)
            quote = wrap(f"“{persona.quote}”", width, FONT["small"], 8) if persona.quote else []
            photo = image_href(persona.photo)
            parts.append(f'<g class="persona"><title>{text(persona.name)}</title>'
                         f'<circle cx="{number(x + 14)}" cy="{number(y + 14)}" r="14" fill="{fill}" fill-opacity="0.25"'
                         f' stroke="{fill}"/>')
            if photo:
                parts.append(f'<clipPath id="clip-{attr(persona.id)}-{attr(self.jmap.id)}"><circle cx="{number(x + 14)}"'
                             f' cy="{number(y + 14)}" r="13"/></clipPath><image href="{photo[0]}" x="{number(x + 1)}" '
                             f'y="{number(y + 1)}" width="26" height="26" preserveAspectRatio="xMidYMid slice" '
                             f'clip-path="url(#clip-{attr(persona.id)}-{attr(self.jmap.id)})"/>')
            else:
                parts.append(lines_svg([persona.name[:1].upper()], x + 14, y + 6, 13, "initial", "middle"))
            name_h = max(30.0, block_height(name, FONT["chip"]) + 4)
            parts.append(f'<g fill="{fill}">' + lines_svg(name, x + 34, y + 2, FONT["chip"], "persona-name") + "</g>")
            parts.append(lines_svg(quote, x, y + name_h, FONT["small"], "muted italic"))
            parts.append("</g>")
            profile_h = name_h + (block_height(quote, FONT["small"]) + 4 if quote else 0)
            goals = self._goal_rows([g for g in self.jmap.goals if g.persona_id == persona.id], y)
            parts += goals.parts
            y += max(profile_h, goals.height - BOTTOM - y if goals.parts else 0) + 10
        return Fragment(parts, max(EMPTY_HEIGHT, y - 10 + BOTTOM) if self.personas else EMPTY_HEIGHT)

    def _images(self, cells: list) -> Fragment:
        parts, tallest = [], 0.0
        for cell in cells:
            picture = image_href(cell.image)
            if picture is None:
                continue
            href, ratio = picture
            height = min(self.cw * ratio, 240.0)
            parts.append(f'<image href="{href}" x="{number(self._left(cell.touchpoint_id))}" y="{TOP}" '
                         f'width="{number(self.cw)}" height="{number(height)}" preserveAspectRatio="xMidYMid meet"/>')
            tallest = max(tallest, height)
        return Fragment(parts, max(EMPTY_HEIGHT, TOP + tallest + BOTTOM) if parts else EMPTY_HEIGHT)

    def _emotions(self, cells: list) -> Fragment:
        jmap = self.jmap
        chosen = {(c.touchpoint_id, c.persona_id): c.emotion for c in cells if c.emotion is not None}
        parts = []
        for t in jmap.touchpoints:
            faces = [(emotion, color(persona.color), picked, persona.name) for persona, emotion, picked in
                     ((self.project.find(p), e, k) for p, e, k in placing_faces(jmap, chosen, t.id))]
            left = self.columns.x_of[t.id] - len(faces) * (FACE + 4) / 2
            for index, face in enumerate(faces):
                parts.append(face_svg(left + index * (FACE + 4) + 2, TOP + 6, *face))
        return Fragment(parts, FACE + 12 + TOP + BOTTOM if parts else EMPTY_HEIGHT)

    def _metric(self, cells: list, unit: str) -> Fragment:
        values = [(c.touchpoint_id, c.number) for c in cells if c.number is not None]
        largest = max((abs(v) for _, v in values), default=0.0) or 1.0
        parts = []
        for touchpoint_id, value in values:
            x = self._left(touchpoint_id)
            share = max(0.0, min(1.0, abs(value) / largest)) if value == value else 0.0
            label = f"{value:g} {unit}".strip()
            parts.append(f'<rect x="{number(x)}" y="{TOP + 18}" width="{number(self.cw * share)}" height="8" rx="3" '
                         f'fill="#1c7ed6" fill-opacity="0.7"/>' + lines_svg([label], x, TOP, FONT["chip"], "cell"))
        return Fragment(parts, EMPTY_HEIGHT)

    # -- the satisfaction lines ------------------------------------------------------------

    def _notes(self, layout: MapLayout) -> tuple[list[str], float, float]:
        """The sticky notes where the layout puts them, and how far right and down they reach."""
        parts, right, bottom = [], 0.0, 0.0
        for note in self.jmap.notes:
            x, y = (v if math.isfinite(v) else 0.0 for v in layout.notes[note.id])
            width = max(60.0, min(note.width, 600.0)) if note.width == note.width else 160.0
            lines = wrap(note.text, width - 16, FONT["chip"], 40)
            height = max(note.height if note.height == note.height else 0, block_height(lines, FONT["chip"]) + 16)
            height = min(height, 2000.0)
            parts.append(f'<g class="note"><rect x="{number(x)}" y="{number(y)}" width="{number(width)}" '
                         f'height="{number(height)}" rx="3" fill="{color(note.color, "#fff3b0")}" stroke="#e0c860"/>'
                         + lines_svg(lines, x + 8, y + 6, FONT["chip"], "cell") + "</g>")
            right, bottom = max(right, x + width), max(bottom, y + height)
        return parts, right, bottom


@lru_cache(maxsize=4096)
def _chip_lines(value: str, extra: str, width: float) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A chip's text and detail, wrapped: once, though its height is asked before it is written."""
    return tuple(wrap(value, width - 12, FONT["chip"])), tuple(wrap(extra, width - 12, FONT["small"], 6) if extra else ())
