"""The interactive HTML map: one self-contained page anyone opens in a browser.

The page holds every chosen map as inline SVG (``html_svg.py``), the journey as a
plain list (``html_details.py``), the insights summary on a side panel, and the
style and a small script from ``resources/html``. Nothing is fetched: no fonts,
scripts or pictures from elsewhere (pictures are embedded), and the page's own
Content-Security-Policy allows only its own style and script, by their hashes, so
even a text that slipped through escaping could not run or load anything. Without a
script the map, the list and the summary are all there; the script adds the
details on hover and focus, the persona switches, zoom and pan, and the map picker.
"""

from __future__ import annotations

import base64
import hashlib
from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cxdesigner import __version__
from cxdesigner.analysis.definitions import FIGURES
from cxdesigner.canvas.markers import PATTERNS, SHAPES
from cxdesigner.model import JourneyMap, Project
from cxdesigner.render.export import drawable
from cxdesigner.render.html_details import journey_list
from cxdesigner.render.html_marks import marker_svg
from cxdesigner.render.html_svg import MapSvg
from cxdesigner.render.html_text import attr, color, json_data, text
from cxdesigner.render.summary import COLUMNS, summary_rows

__all__ = ["html_page"]
FIGURE_NAMES = ("mean_satisfaction", "peak_end", "nps", "weakest_touchpoints", "biggest_drops")


def tr(value: str) -> str:
    return QCoreApplication.translate("HtmlMap", value)


def _asset(name: str) -> str:
    return (resources.files("cxdesigner.resources") / "html" / name).read_text(encoding="utf-8")


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def html_page(project: Project, map_ids: list[str]) -> str:
    """The whole page for the maps ``map_ids`` of ``project`` (the first one shown first)."""
    maps = [project.find(i) for i in map_ids]
    drawn = drawable(project)  # the map shows texts cut as every picture does; the list and details whole
    details: dict[str, list] = {}
    sections = [_map_section(project, drawn, jmap, details, index) for index, jmap in enumerate(maps)]
    style, script = _asset("map.css"), _asset("map.js")
    data = json_data({"details": details, "labels": {"close": tr(QT_TRANSLATE_NOOP("HtmlMap", "Close")), "details": tr(QT_TRANSLATE_NOOP("HtmlMap", "Details"))}})
    policy = (f"default-src 'none'; img-src data:; style-src {_hash(style)}; script-src {_hash(script)}; "
              f"base-uri 'none'; form-action 'none'")
    title = maps[0].name if len(maps) == 1 else project.name
    picker = ""
    if len(maps) > 1:
        options = "".join(f'<option value="m-{attr(m.id)}">{text(m.name)}</option>' for m in maps)
        links = "".join(f'<li><a href="#m-{attr(m.id)}">{text(m.name)}</a></li>' for m in maps)
        picker = (f'<label class="js-only picker">{text(tr(QT_TRANSLATE_NOOP("HtmlMap", "Map")))} <select id="map-picker">{options}</select></label>'
                  f'<nav class="no-js" aria-label="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "Maps")))}"><ul>{links}</ul></nav>')
    tools = (f'<div class="tools js-only" role="toolbar" aria-label="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "Zoom")))}">'
             f'<button type="button" data-zoom="out" title="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "Zoom out (-)")))}">−</button>'
             f'<button type="button" data-zoom="fit" title="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "Fit the map to the window (0)")))}">'
             f'{text(tr(QT_TRANSLATE_NOOP("HtmlMap", "Fit")))}</button>'
             f'<button type="button" data-zoom="in" title="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "Zoom in (+)")))}">+</button>'
             f'<button type="button" data-zoom="reset" title="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "Actual size (1)")))}">100%</button>'
             f'<button type="button" id="print" title="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "Print the map")))}">{text(tr(QT_TRANSLATE_NOOP("HtmlMap", "Print")))}</button>'
             f'</div>')
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="CX Designer {attr(__version__)}">'
            f'<title>{text(title)}</title><style>{style}</style></head>'
            f'<body><header class="bar"><div class="project">{text(project.name)}</div>{picker}{tools}</header>'
            f'<main>{"".join(sections)}</main>'
            f'<div id="tip" role="tooltip" hidden></div>'
            f'<dialog id="details" aria-labelledby="details-title"><div class="dialog-head"><h2 id="details-title">'
            f'</h2><button type="button" class="close" aria-label="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "Close")))}">×</button></div>'
            f'<div class="dialog-body"></div></dialog>'
            f'<script type="application/json" id="cx-data">{data}</script><script>{script}</script></body></html>\n')


def _map_section(project: Project, drawn: Project, jmap: JourneyMap, details: dict[str, list], index: int) -> str:
    svg, _ = MapSvg(drawn, drawn.find(jmap.id), details).build()
    heading = f'<h1 class="map-name">{text(jmap.name)}</h1>'
    if jmap.description:
        heading += f'<p class="description">{text(jmap.description)}</p>'
    skip = f'<a class="skip" href="#list-{attr(jmap.id)}">{text(tr(QT_TRANSLATE_NOOP("HtmlMap", "Skip to the journey, step by step")))}</a>'
    heading = f'<div class="titles">{skip}{heading}</div>'
    return (f'<section class="map{" current" if index == 0 else ""}" id="m-{attr(jmap.id)}" '
            f'aria-label="{attr(jmap.name)}"><div class="head">{heading}{_legend(project, jmap)}</div>'
            f'<div class="body"><div class="viewport" tabindex="-1">{svg}</div>'
            f'{_insights(project, jmap)}</div>{journey_list(project, jmap, details)}</section>')


def _legend(project: Project, jmap: JourneyMap) -> str:
    """A switch per persona line (the line's colour, marker and pattern beside the name), and the scale."""
    items = []
    for index, persona_id in enumerate(jmap.persona_ids):
        persona = project.find(persona_id)
        fill = color(persona.color)
        dash = " ".join(str(d * 2.5) for d in PATTERNS[index % len(PATTERNS)])
        sample = (f'<svg class="swatch" viewBox="0 0 34 14" width="34" height="14" aria-hidden="true">'
                  f'<line x1="2" x2="32" y1="7" y2="7" stroke="{fill}" stroke-width="2.5"'
                  f'{f" stroke-dasharray={chr(34)}{dash}{chr(34)}" if dash else ""}/>'
                  f'{marker_svg(SHAPES[index % len(SHAPES)], 17, 7, fill, False)}</svg>')
        items.append(f'<label class="persona-switch"><input type="checkbox" checked '
                     f'data-line="{attr(persona.id)}" aria-label="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "Show the line of %1")).replace("%1", persona.name))}">'
                     f'{sample}<span>{text(persona.name)}</span></label>')
    scale = jmap.scale
    ends = (f"{scale.low:g}" + (f" {scale.low_label}" if scale.low_label else ""),
            f"{scale.high:g}" + (f" {scale.high_label}" if scale.high_label else ""))
    scale_text = tr(QT_TRANSLATE_NOOP("HtmlMap", "Satisfaction from %1 to %2")).replace("%1", ends[0]).replace("%2", ends[1])
    legend = f'<fieldset class="legend"><legend>{text(tr(QT_TRANSLATE_NOOP("HtmlMap", "Satisfaction lines")))}</legend>{"".join(items)}' \
             f'<span class="scale">{text(scale_text)} · {text(tr(QT_TRANSLATE_NOOP("HtmlMap", "hollow marks are assumptions")))}</span></fieldset>'
    return legend if items else f'<p class="scale">{text(scale_text)}</p>'


def _insights(project: Project, jmap: JourneyMap) -> str:
    """Each persona's journey scores, as the Insights panel shows them, and what the map holds."""
    out = [f'<aside class="insights" aria-label="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "Insights")))}"><h2>{text(tr(QT_TRANSLATE_NOOP("HtmlMap", "Insights")))}</h2>']
    counts = ((tr(QT_TRANSLATE_NOOP("HtmlMap", "Stages")), len(jmap.stages)), (tr(QT_TRANSLATE_NOOP("HtmlMap", "Touchpoints")), len(jmap.touchpoints)),
              (tr(QT_TRANSLATE_NOOP("HtmlMap", "Pain points")), len(jmap.pain_points)), (tr(QT_TRANSLATE_NOOP("HtmlMap", "Positive moments")), len(jmap.positive_moments)),
              (tr(QT_TRANSLATE_NOOP("HtmlMap", "Actions")), len(jmap.actions)))
    out.append('<dl class="counts">' + "".join(f"<div><dt>{text(label)}</dt><dd>{count}</dd></div>"
                                               for label, count in counts) + "</dl>")
    definitions = {FIGURES[name].title: FIGURES[name].definition for name in FIGURE_NAMES}
    for persona_id, row in zip(jmap.persona_ids, summary_rows(project, jmap)):
        persona = project.find(persona_id)
        out.append(f'<h3><span class="dot" aria-hidden="true">'
                   f'<svg viewBox="0 0 10 10" width="10" height="10"><circle cx="5" cy="5" r="5" '
                   f'fill="{color(persona.color)}"/></svg></span>{text(row[0])}</h3><dl class="scores">')
        for heading, value in zip(COLUMNS[1:], row[1:]):
            label = QCoreApplication.translate("Figures", heading)
            out.append(f'<dt title="{attr(QCoreApplication.translate("Figures", definitions.get(heading, "")))}">{text(label)}</dt><dd>{text(value)}</dd>')
        out.append("</dl>")
    if not jmap.persona_ids:
        out.append(f"<p>{text(tr(QT_TRANSLATE_NOOP('HtmlMap', 'No persona rates this map yet.')))}</p>")
    out.append("</aside>")
    return "".join(out)
