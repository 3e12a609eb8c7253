"""A map as an SVG file written from its layout and model: what the PDF shows, as named groups.

The file is laid out as the print picture is (``render/picture.py``: the title block above the
map, the summary under it when asked for) and placed by ``canvas/layout.py`` with every lane
measured as the scene measures it, so it stands beside the PDF line for line. Unlike a painted
copy, it is made to be worked on: Inkscape layers (Title, Stages, Lanes, Lines, Notes), one
``<g>`` with an ``id`` per stage, lane, touchpoint, persona line and note, real ``<text>`` with a
``<tspan>`` per wrapped line, one ``<style>`` block of readable classes, channel icons and
markers defined once and ``<use>``d, and every number rounded to 0.1.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QCoreApplication

from cxdesigner import __version__
from cxdesigner.canvas.items import LaneLabel, StageBand
from cxdesigner.canvas.layout import MapLayout, Metrics, base_height, layout_map
from cxdesigner.canvas.lanes import lane_hint, lane_title
from cxdesigner.canvas.markers import persona_style
from cxdesigner.canvas.scale_guide import ScaleGuide, projection_caption
from cxdesigner.canvas.blueprint import LABEL as BLUEPRINT_LABEL, blueprint_lines
from cxdesigner.canvas.seams import RADIUS, hurts, seam_tooltip, worth_marking
from cxdesigner.analysis.gaps import gaps
from cxdesigner.analysis.projection import is_projected
from cxdesigner.canvas.style import print_colors
from cxdesigner.model import JourneyMap, Lane, Project
from cxdesigner.model.bounds import MAX_COORDINATE, MAX_NOTE_SIZE
from cxdesigner.render import summary as summary_block
from cxdesigner.render.html_text import color, number
from cxdesigner.render.picture import TitleBlock
from cxdesigner.render.svg_lanes import Content, Lanes, tint, words
from cxdesigner.render.svg_lines import persona_lines, scale_guide
from cxdesigner.render.svg_style import Defs, css, style
from cxdesigner.render.svg_type import elided, line_box, text_svg, typeset, xml_id, xml_text

__all__ = ["map_svg", "measured_layout"]
CARD_MARGIN = 12.0  # above and below the cards in their lane (as the scene keeps them)
NAMESPACES = ('xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
              'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"')


def map_svg(project: Project, map_id: str, *, summary: bool = False) -> str:
    """The whole SVG document of one map; ``summary`` adds each persona's journey scores under it."""
    with print_colors():
        return _Writer(project, project.find(map_id)).document(summary)


def measured_layout(project: Project, jmap: JourneyMap, defs: Defs | None = None) -> tuple[MapLayout, Lanes, dict]:
    """The map's layout with every lane as tall as the scene makes it, the lane builder, and each
    lane's content."""
    metrics = Metrics()
    if jmap.stages:
        header = max(StageBand.needed_height(stage.name, metrics.slot_width) for stage in jmap.stages)
        metrics = Metrics(header_height=max(metrics.header_height, header))
    columns = layout_map(jmap, metrics=metrics)
    lanes = Lanes(project, jmap, columns, defs or Defs())
    contents = {lane: lanes.build(lane) for lane in jmap.lanes if lane not in (Lane.TOUCHPOINTS, Lane.SATISFACTION)}
    heights = {lane: content.height for lane, content in contents.items()}
    heights[Lane.TOUCHPOINTS] = Lanes.card_height(project, jmap, metrics.card_width) + 2 * CARD_MARGIN
    if Lane.SATISFACTION in jmap.lanes:
        names = [project.find(p).name for p in jmap.persona_ids]
        caption = projection_caption(jmap.projected_statuses, jmap.projected_until) if is_projected(jmap) else None
        heights[Lane.SATISFACTION] = max(base_height(jmap, Lane.SATISFACTION), ScaleGuide.needed_height(
            (jmap.scale.high_label, jmap.scale.low_label), names, caption))
    for lane in jmap.lanes:
        needed = LaneLabel.needed_height(lane_title(jmap, lane), lane_hint(jmap, lane))
        heights[lane] = max(heights.get(lane, base_height(jmap, lane)), needed)
    return layout_map(jmap, metrics=metrics, heights=heights), lanes, contents


class _Writer:
    def __init__(self, project: Project, jmap: JourneyMap) -> None:
        self.project, self.jmap = project, jmap
        self.defs = Defs()

    def document(self, summary: bool) -> str:
        project, jmap = self.project, self.jmap
        layout, lanes, contents = measured_layout(project, jmap, self.defs)
        lanes.columns = layout
        left, top, right, bottom = 0.0, 0.0, layout.width, layout.height
        for note in jmap.notes:
            x, y, w, h = note_box(layout, note)
            left, top = min(left, x), min(top, y)
            right, bottom = max(right, x + w + 24), max(bottom, y + h + 24)
        width = right - left
        block = TitleBlock(project, jmap, width)
        rows = summary_block.summary_rows(project, jmap) if summary and jmap.persona_ids else []
        table_height = summary_block.ROW_HEIGHT * (len(rows) + 1) + 28 if rows else 0.0
        height = block.height + bottom - top + table_height
        shift = f' transform="translate({number(-left)} {number(block.height - top)})"'
        body = [self._layer("Title", "title", self._title(block)),
                self._layer("Stages", "stages", self._stages(layout), shift),
                self._layer("Lanes", "lanes", self._lanes(layout, lanes, contents), shift),
                self._layer("Lines", "lines", persona_lines(project, jmap, layout, self.defs)
                            if Lane.SATISFACTION in layout.lanes else [], shift),
                self._layer("Notes", "notes", self._notes(layout), shift)]
        if rows:
            body.append(self._layer("Summary", "summary", self._summary(rows, width),
                                    f' transform="translate(0 {number(block.height + bottom - top)})"'))
        title = xml_text(jmap.name)
        description = xml_text(f"{project.name}: {jmap.name}. Made with CX Designer {__version__}.")
        styles = css([project.find(p).color for p in jmap.persona_ids])
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<svg {NAMESPACES} version="1.1" width="{number(width)}" '
                f'height="{number(height)}" viewBox="0 0 {number(width)} {number(height)}">'
                f'<title>{title}</title><desc>{description}</desc>\n<style>\n{styles}\n</style>\n{self.defs.svg()}\n'
                f'<rect class="paper" width="{number(width)}" height="{number(height)}" fill="#ffffff"/>\n'
                + "\n".join(body) + "\n</svg>\n")

    @staticmethod
    def _layer(label: str, name: str, parts: list[str], extra: str = "") -> str:
        return (f'<g id="layer-{name}" inkscape:groupmode="layer" inkscape:label="{label}"{extra}>\n'
                + "\n".join(parts) + "\n</g>")

    # -- the title block -----------------------------------------------------------------------

    def _title(self, block: TitleBlock) -> list[str]:
        """The map's name and description, a key to the lines and the scale (``picture.TitleBlock``)."""
        left, right = 24.0, block.width - 24.0
        parts = ['<g id="title-block" class="title-block">',
                 words("map-title", block.title, left, 18, block.title_width),
                 words("map-subtitle", block.subtitle, left, 22 + block.title_height, block.title_width)]
        box_left, y = right - block.key_width, 18.0
        for index, ((name, _), row) in enumerate(zip(block.personas, block.key_rows)):
            shape, _ = persona_style(index)
            parts.append(f'<g class="title-key p{index}"><line class="title-key-line" x1="{number(box_left)}" '
                         f'x2="{number(box_left + 18)}" y1="{number(y + 8)}" y2="{number(y + 8)}"/>'
                         f'<use class="title-key-mark" xlink:href="#{self.defs.marker(shape, 3.2)}" '
                         f'x="{number(box_left + 9)}" y="{number(y + 8)}"/>'
                         + words("key-name", name, box_left + 24, y, block.key_width - 24) + "</g>")
            y += row + 4
        parts.append(words("key-scale", block.scale_text, box_left, y + 6, block.key_width))
        parts.append(f'<line class="title-rule" x1="{number(left)}" x2="{number(right)}" '
                     f'y1="{number(block.height - 6)}" y2="{number(block.height - 6)}"/></g>')
        return parts

    # -- stages and lanes ----------------------------------------------------------------------

    def _stages(self, layout: MapLayout) -> list[str]:
        m = layout.metrics
        name_style = style("stage-name")
        parts = []
        for span, stage in zip(layout.stages, self.jmap.stages):
            x, w = span.left + 3, span.right - span.left - 6
            room = w - 20 - StageBand.PLUS - 18
            whole = typeset(stage.name, name_style, room).height
            shown = min(m.header_height - 20, whole)
            name = typeset(stage.name, name_style, room, shown + 1 if shown < whole else None)
            parts.append(f'<g id="{xml_id("stage", stage.id)}" class="stage">'
                         f'<title>{xml_text(stage.description or stage.name)}</title>'
                         f'<rect class="stage-band" x="{number(x)}" y="{number(m.margin)}" width="{number(w)}" '
                         f'height="{number(layout.height - 2 * m.margin)}" rx="8" fill="{tint(stage.color, 0.22)}"/>'
                         f'<rect class="stage-header" x="{number(x)}" y="{number(m.margin)}" width="{number(w)}" '
                         f'height="{number(m.header_height)}" rx="8" fill="{tint(stage.color, 0.75)}"/>'
                         + text_svg(name, x + 10, m.margin + m.header_height / 2 - shown / 2, "stage-name") + "</g>")
        return parts

    def _lanes(self, layout: MapLayout, lanes: Lanes, contents: dict[Lane | str, Content]) -> list[str]:
        jmap, m = self.jmap, layout.metrics
        parts = []
        rule = self._rule_pieces(layout)
        for lane in layout.lanes:
            top, h = layout.lane_top[lane], layout.lane_height[lane]
            key = lane.value if isinstance(lane, Lane) else lane
            kind = f"lane-{lane.value.replace('_', '-')}" if isinstance(lane, Lane) else "lane-custom"
            parts.append(f'<g id="{xml_id("lane", key)}" class="lane {kind}" transform="translate(0 {number(top)})">'
                         f'<title>{xml_text(lane_title(jmap, lane))}</title>')
            parts.append("".join(f'<line class="lane-rule" x1="{number(a)}" x2="{number(b)}" y1="{number(h)}" '
                                 f'y2="{number(h)}"/>' for a, b in rule))
            title = typeset(lane_title(jmap, lane), LaneLabel.TITLE, LaneLabel.WIDTH)
            parts.append(text_svg(title, m.margin + 4, 8, "lane-title"))
            hint = lane_hint(jmap, lane)
            if hint:
                parts.append(words("lane-hint", hint, m.margin + 4, 8 + title.height + 4, LaneLabel.WIDTH - 4))
            if lane is Lane.TOUCHPOINTS:
                card_height = layout.lane_height[lane] - 2 * CARD_MARGIN
                parts += lanes.cards(CARD_MARGIN, card_height)
                parts += self._seams(layout, CARD_MARGIN + 92 / 2)
            elif lane is Lane.SATISFACTION:
                parts.append(f'<g transform="translate(0 {number(-top)})">')
                parts += scale_guide(self.project, jmap, layout, self.defs)
                parts.append("</g>")
            elif lane in contents:
                parts += contents[lane].parts
            parts.append("</g>")
        for y, text in blueprint_lines(jmap, layout):
            shown = typeset(text, BLUEPRINT_LABEL, 146, 12)
            parts.append(f'<g class="blueprint-line"><line class="blueprint" x1="{number(m.margin + 150)}" '
                         f'x2="{number(layout.width - m.margin)}" y1="{number(y)}" y2="{number(y)}"/>'
                         + text_svg(shown, m.margin + 4, y - 9, "blueprint-label") + "</g>")
        return parts

    @staticmethod
    def _rule_pieces(layout: MapLayout) -> list[tuple[float, float]]:
        """Where a lane's hairline shows: the stage columns cover it (it lies under them, as in the scene)."""
        m = layout.metrics
        edges = [m.margin]
        for span in layout.stages:
            edges += [span.left + 3, span.right - 3]
        edges.append(layout.width - m.margin)
        return [(a, b) for a, b in zip(edges[::2], edges[1::2]) if b > a]

    def _seams(self, layout: MapLayout, middle: float) -> list[str]:
        """A badge between two cards where the customer is handed over, orange where it hurts."""
        parts = []
        mark = style("seam-mark")
        block = typeset("⇄", mark, 1e6)
        for gap in gaps(self.jmap):
            if not worth_marking(self.project, gap):
                continue
            x = (layout.x_of[gap.before_id] + layout.x_of[gap.after_id]) / 2
            words_of = seam_tooltip(self.project, gap).replace("<br>", "\n").replace("<b>", "").replace("</b>", "")
            drop = " drop" if hurts(gap, self.jmap.scale.step) else ""
            parts.append(f'<g class="seam{drop}"><title>{xml_text(_unescape(words_of))}</title>'
                         f'<circle cx="{number(x)}" cy="{number(middle)}" r="{RADIUS}"/>'
                         + text_svg(block, x, middle - block.height / 2, "seam-mark") + "</g>")
        return parts

    # -- notes and the summary ---------------------------------------------------------------

    def _notes(self, layout: MapLayout) -> list[str]:
        parts = []
        note_style = style("note-text")
        for note in self.jmap.notes:
            x, y, w, h = note_box(layout, note)
            block = typeset(note.text, note_style, w - 16 - 8, paragraph=True)
            parts.append(f'<g id="{xml_id("note", note.id)}" class="sticky-note">'
                         f'<rect class="note" x="{number(x)}" y="{number(y)}" width="{number(w)}" '
                         f'height="{number(h)}" rx="4" fill="{color(note.color, "#fff3b0")}"/>'
                         + text_svg(block, x + 12, y + 12, "note-text") + "</g>")
        return parts

    def _summary(self, rows: list[tuple[str, ...]], width: float) -> list[str]:
        left, inner = 24.0, width - 48.0
        parts = ['<g id="summary" class="summary">', f'<line class="summary-rule" x1="{number(left)}" '
                 f'x2="{number(left + inner)}" y1="8" y2="8"/>']
        y = 16.0
        head = tuple(QCoreApplication.translate("Figures", c) for c in summary_block.COLUMNS)
        for index, row in enumerate([head, *rows]):
            role = "summary-head" if index == 0 else "summary-cell"
            text_style = style(role)
            baseline = y + (summary_block.ROW_HEIGHT - line_box(text_style)) / 2
            x = left
            for share, cell in zip(summary_block.WIDTHS, row):
                cell_width = inner * share
                shown = elided(cell, text_style, int(cell_width - 8))
                parts.append(text_svg(typeset(shown, text_style, 1e6), x, baseline, role))
                x += cell_width
            y += summary_block.ROW_HEIGHT
        parts.append("</g>")
        return parts


def note_box(layout: MapLayout, note) -> tuple[float, float, float, float]:
    """Where a note is drawn and how large, kept to what the model's bounds let a file hold."""
    x, y = layout.notes[note.id]
    return (_bounded(x, MAX_COORDINATE, 0.0), _bounded(y, MAX_COORDINATE, 0.0),
            _bounded(note.width, MAX_NOTE_SIZE, 160.0, 1.0), _bounded(note.height, MAX_NOTE_SIZE, 100.0, 1.0))


def _bounded(value: float, most: float, instead: float, least: float | None = None) -> float:
    if not math.isfinite(value):
        return instead
    return max(-most if least is None else least, min(most, value))


def _unescape(value: str) -> str:
    return html.unescape(value)

