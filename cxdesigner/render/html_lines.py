"""The satisfaction lane of the interactive HTML map: the scale's guides and each persona's line.

Points sit where ``canvas/layout.py`` puts them (``value_to_y``), marked as the editor
marks them: a shape and a dash pattern per persona, hollow where the rating is only an
assumption, with its interval as a pale bar.
"""

from __future__ import annotations

from collections.abc import Callable

from cxdesigner.canvas.layout import MapLayout, value_to_y
from cxdesigner.canvas.markers import PATTERNS, SHAPES
from cxdesigner.model import Evidence, JourneyMap, Lane
from cxdesigner.render.html_details import rating_words
from cxdesigner.render.html_marks import FONT, lines_svg, marker_svg
from cxdesigner.render.html_text import attr, color, number, text, wrap


def satisfaction_lane(jmap: JourneyMap, personas: list, layout: MapLayout, details: dict[str, list]) -> list[str]:
    """The lane's SVG, drawn from the lane's top; each point's words go into ``details``."""
    scale = jmap.scale
    top = layout.lane_top[Lane.SATISFACTION]
    y_of: Callable[[float], float] = lambda v: value_to_y(layout, jmap, v) - top  # noqa: E731
    metrics = layout.metrics
    left, right = metrics.margin + metrics.label_width, layout.width - metrics.margin
    parts = []
    steps = int(round((scale.high - scale.low) / scale.step)) if scale.step > 0 else 1
    every = max(1, steps // 10)
    for i in range(0, steps + 1, every):
        value = scale.low + i * scale.step
        y = y_of(value)
        parts.append(f'<line class="grid" x1="{number(left)}" x2="{number(right)}" y1="{number(y)}" '
                     f'y2="{number(y)}"/><text class="muted" x="{number(left - 6)}" y="{number(y + 3.5)}" '
                     f'font-size="{FONT["small"]}" text-anchor="end">{text(f"{value:g}")}</text>')
    neutral = y_of(scale.neutral)
    parts.append(f'<line class="neutral" x1="{number(left)}" x2="{number(right)}" y1="{number(neutral)}" '
                 f'y2="{number(neutral)}"/>')
    x0 = metrics.margin + 4
    parts.append(lines_svg(wrap("▲ " + scale.high_label, metrics.label_width - 40, FONT["small"], 3), x0,
                           y_of(scale.high) - 6, FONT["small"], "muted"))
    parts.append(lines_svg(wrap("▼ " + scale.low_label, metrics.label_width - 40, FONT["small"], 3), x0,
                           y_of(scale.low) - 6, FONT["small"], "muted"))
    for index, persona in enumerate(personas):
        fill, shape = color(persona.color), SHAPES[index % len(SHAPES)]
        dash = " ".join(number(d * 2.5) for d in PATTERNS[index % len(PATTERNS)])
        points = [(t, jmap.rating(t.id, persona.id)) for t in jmap.touchpoints]
        rated = [(layout.x_of[t.id], y_of(r.value), t, r) for t, r in points if r is not None]
        parts.append(f'<g class="line line-{attr(persona.id)}" data-persona="{attr(persona.id)}">')
        if len(rated) > 1:
            path = " ".join(f"{number(x)},{number(y)}" for x, y, _, _ in rated)
            dashes = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(f'<polyline points="{path}" fill="none" stroke="{fill}" stroke-width="2.5" '
                         f'stroke-linejoin="round"{dashes}/>')
        for x, y, t, rating in rated:
            if rating.interval_low is not None and rating.interval_high is not None:
                low, high = y_of(scale.clamp(rating.interval_low)), y_of(scale.clamp(rating.interval_high))
                parts.append(f'<line x1="{number(x)}" x2="{number(x)}" y1="{number(low)}" y2="{number(high)}" '
                             f'stroke="{fill}" stroke-opacity="0.45" stroke-width="6" stroke-linecap="round"/>')
            key = f"{t.id}|{persona.id}"
            words = rating_words(jmap, persona.name, rating)
            details[key] = [t.title, [words]]
            hollow = rating.evidence is Evidence.ASSUMPTION
            parts.append(f'<g class="pt" data-k="{attr(key)}" data-tp="{attr(t.id)}" tabindex="-1"><title>{text(t.title)}: {text(words)}</title>'
                         f'<circle cx="{number(x)}" cy="{number(y)}" r="12" fill="transparent"/>'
                         + marker_svg(shape, x, y, fill, hollow) + "</g>")
        parts.append("</g>")
    return parts
