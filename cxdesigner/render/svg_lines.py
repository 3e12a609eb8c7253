"""The satisfaction lane of the SVG file: the scale's guides, legend and key as ``canvas/scale_guide.py``
draws them, and each persona's line as ``canvas/satisfaction.py`` draws it on paper.

A persona's line is one ``<g class="persona-line pN">``: its measured stretches in full colour, its
assumed ones paler, the targets' "to-be" line, the 95% intervals, the projected line when the map
has one, and a marker per rating (filled when measured, hollow when assumed), each a ``<use>`` of
the persona's marker shape.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cxdesigner.analysis.projection import is_projected, projected_values, projection
from cxdesigner.canvas.layout import MapLayout, value_to_y
from cxdesigner.canvas.markers import persona_style
from cxdesigner.canvas.rating_handle import HANDLE_RADIUS
from cxdesigner.canvas.scale_guide import ScaleGuide, projection_caption
from cxdesigner.model import Evidence, JourneyMap, Lane, Project
from cxdesigner.render.html_text import number
from cxdesigner.render.svg_style import Defs, style
from cxdesigner.render.svg_type import text_svg, typeset, xml_id, xml_text


def scale_guide(project: Project, jmap: JourneyMap, layout: MapLayout, defs: Defs) -> list[str]:
    """The lane's furniture, in scene coordinates: guides and values, the neutral line, the end labels,
    a legend of the personas' lines and, where there is room, a key to how sure the points are."""
    scale = jmap.scale
    x0, y0, w, _ = layout.lane_rect(Lane.SATISFACTION)
    left, right = x0 + 150, x0 + w
    count = round((scale.high - scale.low) / scale.step)
    every = max(1, -(-count // 10))
    steps = [(v, value_to_y(layout, jmap, v)) for v in (scale.high - i * scale.step for i in range(0, count + 1, every))]
    key = style("scale-value")
    parts = ['<g class="scale-guide">']
    for value, y in steps:
        parts.append(f'<line class="grid" x1="{number(left)}" x2="{number(right)}" y1="{number(y)}" y2="{number(y)}"/>')
        block = typeset(f"{value:g}", key, 1e6)
        parts.append(text_svg(block, left - 6, y - block.height / 2, "scale-value"))
    neutral = value_to_y(layout, jmap, scale.neutral)
    parts.append(f'<line class="neutral" x1="{number(left)}" x2="{number(right)}" y1="{number(neutral)}" '
                 f'y2="{number(neutral)}"/>')
    x, width = x0 + 4, ScaleGuide.WIDTH
    top = steps[0][1] - 8
    high = typeset(f"▲ {scale.high_label}", key, width)
    parts.append(text_svg(high, x, top, "scale-label"))
    low = typeset(f"▼ {scale.low_label}", key, width)
    bottom = max(top + high.height, steps[-1][1] + 8 - low.height)
    parts.append(text_svg(low, x, bottom, "scale-label"))
    y = top + high.height + 10
    for index, persona_id in enumerate(jmap.persona_ids):
        persona = project.find(persona_id)
        shape, _ = persona_style(index)
        name = typeset(persona.name, style("legend-name"), width - 24)
        height = max(14.0, name.height)
        middle = y + min(height, 14) / 2
        parts.append(f'<g class="legend p{index}"><line class="legend-line" x1="{number(x + 2)}" '
                     f'x2="{number(x + 20)}" y1="{number(middle)}" y2="{number(middle)}"/>'
                     f'<use class="legend-mark" xlink:href="#{defs.marker(shape, 3.6)}" x="{number(x + 11)}" '
                     f'y="{number(middle)}"/>{text_svg(name, x + 24, y, "legend-name")}</g>')
        y += height + 4
    caption = projection_caption(jmap.projected_statuses, jmap.projected_until) if is_projected(jmap) else None
    extra = 0 if caption is None else 16 + typeset(caption, key, width - 22).height
    if y + 40 + extra < bottom:
        parts += _evidence_key(x0 + 6, y + 8, caption, defs)
    parts.append("</g>")
    return parts


def _evidence_key(left: float, y: float, caption: str | None, defs: Defs) -> list[str]:
    """Measured and assumed (and projected), as the points and stretches show them."""
    tr = lambda text: QCoreApplication.translate("ScaleGuide", text)  # noqa: E731
    key = style("scale-label")
    rows = [("measured", tr(QT_TRANSLATE_NOOP("ScaleGuide", "measured"))),
            ("assumed", tr(QT_TRANSLATE_NOOP("ScaleGuide", "assumed")))]
    if caption is not None:
        rows.append(("projected", tr(QT_TRANSLATE_NOOP("ScaleGuide", "projected"))))
    parts = ['<g class="evidence-key">']
    for index, (kind, label) in enumerate(rows):
        row = y + index * 16
        parts.append(f'<line class="key-line {kind}" x1="{number(left)}" x2="{number(left + 16)}" y1="{number(row)}" '
                     f'y2="{number(row)}"/><circle class="key-mark {kind}" cx="{number(left + 8)}" cy="{number(row)}" '
                     f'r="3.5"/>')
        shown = typeset(label, key, 90, 14)
        parts.append(text_svg(shown, left + 22, row - 7, "scale-label"))
    if caption is not None:
        parts.append(text_svg(typeset(caption, key, ScaleGuide.WIDTH - 22), left + 22, y + 40, "scale-label"))
    parts.append("</g>")
    return parts


def persona_lines(project: Project, jmap: JourneyMap, layout: MapLayout, defs: Defs) -> list[str]:
    """Each persona's line, in the map's order of personas."""
    y_of: Callable[[float], float] = lambda v: value_to_y(layout, jmap, v)  # noqa: E731
    found = projection(jmap)
    parts = []
    touchpoints = jmap.touchpoints
    xs = [layout.x_of[t.id] for t in touchpoints]
    for index, persona_id in enumerate(jmap.persona_ids):
        persona = project.find(persona_id)
        shape, _ = persona_style(index)
        ratings = [_drawn(jmap.ratings.get((t.id, persona_id))) for t in touchpoints]
        parts.append(f'<g id="{xml_id("line", persona_id)}" class="persona-line p{index}">'
                     f'<title>{xml_text(persona.name)}</title>')
        targets = [getattr(jmap.targets.get((t.id, persona_id)), "value", None) for t in touchpoints]
        parts.append(_targets(xs, targets, y_of))
        parts.append(_intervals(xs, ratings, y_of))
        projected = None if found is None else projected_values(jmap, persona_id, found)
        if projected is not None:
            parts.append(_projected(xs, ratings, projected, y_of, defs.marker(shape, 4.5)))
        measured = [r is not None and r.evidence != Evidence.ASSUMPTION for r in ratings]
        solid, pale = [], []
        for i in range(len(ratings) - 1):
            if ratings[i] is not None and ratings[i + 1] is not None:
                (solid if measured[i] and measured[i + 1] else pale).append(i)
        for kind, segments in (("line", solid), ("line assumed", pale)):
            d = _runs(segments, xs, [None if r is None else y_of(r.value) for r in ratings])
            if d:
                parts.append(f'<path class="{kind}" d="{d}"/>')
        marker = defs.marker(shape, HANDLE_RADIUS)
        for x, rating, sure in zip(xs, ratings, measured):
            if rating is not None:
                parts.append(f'<use class="point{"" if sure else " assumed"}" xlink:href="#{marker}" '
                             f'x="{number(x)}" y="{number(y_of(rating.value))}"/>')
        parts.append("</g>")
    return parts


def _drawn(rating):
    """A rating as the line draws it: none where its value is no number at all."""
    return rating if rating is not None and math.isfinite(rating.value) else None


def _runs(segments: list[int], xs: list[float], ys: list[float | None]) -> str:
    """Path data joining point ``i`` to ``i + 1`` for each ``i`` in ``segments``, runs as one stroke."""
    out, previous = [], None
    for i in segments:
        if previous != i - 1 or previous is None:
            out.append(f"M{number(xs[i])} {number(ys[i])}")
        out.append(f"L{number(xs[i + 1])} {number(ys[i + 1])}")
        previous = i
    return "".join(out)


def _targets(xs: list[float], targets: list[float | None], y_of) -> str:
    """The "to-be" line through the targets, a small ring at each, broken where there is none."""
    d, joined = [], False
    for x, value in zip(xs, targets):
        if value is None:
            joined = False
            continue
        y = y_of(value)
        d.append(f"{'L' if joined else 'M'}{number(x)} {number(y)}")
        d.append("m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0m3 0")
        joined = True
    return f'<path class="target" d="{"".join(d)}"/>' if d else ""


def _intervals(xs: list[float], ratings: list, y_of) -> str:
    d = []
    for x, rating in zip(xs, ratings):
        if rating is not None and rating.interval_low is not None and rating.interval_high is not None:
            low, high = y_of(rating.interval_low), y_of(rating.interval_high)
            d.append(f"M{number(x - 6)} {number(low)}h12M{number(x - 6)} {number(high)}h12"
                     f"M{number(x)} {number(low)}V{number(high)}")
    return f'<path class="interval" d="{"".join(d)}"/>' if d else ""


def _projected(xs: list[float], ratings: list, values: list[float | None], y_of, marker: str) -> str:
    """Only the stretches the plan moves, and the persona's marker, hollow, wherever it changes a rating."""
    d, marks, previous, drawing = [], [], None, False
    for x, rating, value in zip(xs, ratings, values):
        if value is None:
            previous, drawing = None, False
            continue
        y = y_of(value)
        changed = rating is not None and rating.value != value
        if previous is not None and (changed or previous[2]):
            if not drawing:
                d.append(f"M{number(previous[0])} {number(previous[1])}")
            d.append(f"L{number(x)} {number(y)}")
            drawing = True
        else:
            drawing = False
        previous = (x, y, changed)
        if changed:
            marks.append(f'<use class="projected-mark" xlink:href="#{marker}" x="{number(x)}" y="{number(y)}"/>')
    return (f'<path class="projected" d="{"".join(d)}"/>' if d else "") + "".join(marks)
