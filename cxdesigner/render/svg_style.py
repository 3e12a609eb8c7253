"""The SVG file's shared look: one ``<style>`` block of named classes, and ``<defs>`` that hold each
channel icon and persona marker once, for ``<use>`` to place.

Classes carry the scene's print colours (``canvas/style.py``) and fonts (``canvas/text.py``), so a
designer restyles every card title, grid line or persona line of a map by editing one rule.
Colours the designer chose (a stage's, a channel's, a persona's) are written where they are used,
or for personas as one rule each (``.p0``, ``.p1``...).
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from functools import lru_cache
from importlib import resources

from cxdesigner.canvas.icons import FALLBACK, icon_names
from cxdesigner.canvas.markers import PATTERNS, SHAPES
from cxdesigner.canvas.text import TextStyle
from cxdesigner.render.html_text import color, number
from cxdesigner.render.svg_type import family, xml_attr

#: The roles of text on the map: (font, fill, opacity out of 255, anything else).
TEXTS: dict[str, tuple[TextStyle, str, int, str]] = {
    "map-title": (TextStyle(18, bold=True), "#000000", 255, ""),
    "map-subtitle": (TextStyle(9.5), "#000000", 160, ""),
    "key-name": (TextStyle(8.5), "#000000", 255, ""),
    "key-scale": (TextStyle(8.5), "#000000", 160, ""),
    "stage-name": (TextStyle(10.5, bold=True), "#1f2933", 255, ""),
    "lane-title": (TextStyle(10, bold=True), "#000000", 255, ""),
    "lane-hint": (TextStyle(8.5), "#000000", 150, ""),
    "card-title": (TextStyle(10, bold=True), "#000000", 255, ""),
    "card-footer": (TextStyle(8.5), "#000000", 170, ""),
    "card-marks": (TextStyle(8.5), "#2f9e44", 255, "text-anchor:end"),
    "chip-text": (TextStyle(9), "#000000", 255, ""),
    "chip-detail": (TextStyle(8), "#000000", 210, ""),
    "cell-text": (TextStyle(9), "#000000", 255, ""),
    "cell-italic": (TextStyle(9, italic=True), "#000000", 255, ""),
    "metric-value": (TextStyle(9, bold=True), "#000000", 255, ""),
    "persona-name": (TextStyle(9, bold=True), "#000000", 255, ""),
    "persona-initial": (TextStyle(9, bold=True), "#ffffff", 255, "text-anchor:middle"),
    "persona-quote": (TextStyle(8.5, italic=True), "#000000", 200, ""),
    "scale-value": (TextStyle(8), "#000000", 150, "text-anchor:end"),
    "scale-label": (TextStyle(8), "#000000", 150, ""),
    "legend-name": (TextStyle(8.5), "#000000", 255, ""),
    "seam-mark": (TextStyle(8, bold=True), "#868e96", 255, "text-anchor:middle"),
    "blueprint-label": (TextStyle(8, bold=True), "#000000", 150, ""),
    "note-text": (TextStyle(9.5), "#1f2328", 255, ""),
    "summary-head": (TextStyle(8.5, bold=True), "#000000", 150, ""),
    "summary-cell": (TextStyle(8.5), "#000000", 255, ""),
}


def style(role: str) -> TextStyle:
    return TEXTS[role][0]


def _opacity(alpha: int) -> str:
    return f"{alpha / 255:.3f}".rstrip("0").rstrip(".")


SHAPE_RULES = """
.stage-band,.stage-header{stroke:none}
.lane-rule{stroke:#000;stroke-opacity:.157;stroke-width:1}
.card{fill:#fff;stroke:#000;stroke-opacity:.176;stroke-width:1}
.card-marks.pains{fill:#d64545}
.chip{stroke:none}
.goal{stroke-width:1.5}
.seam circle{fill:#fff;stroke:#868e96;stroke-width:1.2}
.seam.drop circle{stroke:#d9480f}
.seam.drop text{fill:#d9480f}
.picture-frame{fill:none;stroke:#000;stroke-opacity:.157;stroke-width:1}
.metric-track{fill:#000;fill-opacity:.118}
.face circle.head{stroke-width:2}
.face circle.implied{fill-opacity:.588}
.face .ink{fill:#343a40;stroke:#343a40;stroke-width:2}
.face path{fill:none;stroke:#343a40;stroke-width:2;stroke-linecap:round}
.grid{stroke:#000;stroke-opacity:.11;stroke-width:1}
.neutral{stroke:#000;stroke-opacity:.353;stroke-width:1;stroke-dasharray:4 2}
.blueprint{stroke:#000;stroke-opacity:.588;stroke-width:1.2;stroke-dasharray:4.8 2.4}
.key-line{stroke:#000;stroke-opacity:.588;stroke-width:2.5}
.key-line.assumed{stroke-opacity:.275}
.key-mark{fill:#000;fill-opacity:.588;stroke:#000;stroke-opacity:.588;stroke-width:1.5}
.key-mark.assumed{fill:#fff;fill-opacity:1}
.key-line.projected{stroke-width:2.2;stroke-dasharray:6.6 3.5}
.key-mark.projected{fill:none}
.note{stroke:#000;stroke-opacity:.157;stroke-width:1}
.title-rule,.summary-rule{stroke:#000;stroke-opacity:.627;stroke-width:.75}
.summary-rule{stroke-opacity:.588}
.line{fill:none;stroke-width:3;stroke-linecap:round;stroke-linejoin:bevel}
.line.assumed{stroke-opacity:.451}
.target{fill:none;stroke-opacity:.373;stroke-width:2.5;stroke-linecap:round;stroke-linejoin:round}
.interval{fill:none;stroke-opacity:.667;stroke-width:2}
.projected{fill:none;stroke-width:2.2;stroke-linejoin:round}
.projected-mark{fill:none;stroke-width:1.6}
.point{stroke:#fff;stroke-width:2}
.point.assumed{fill:#fff;stroke-width:2.5}
.legend-line{fill:none;stroke-width:2.5}
.legend-mark{stroke-width:1.5}
.title-key-line{fill:none;stroke-width:2}
.title-key-mark{stroke-width:1.2}
"""


def css(persona_colors: list[str]) -> str:
    """The whole style block's text: fonts and inks by role, shapes, then one rule set per persona."""
    font = family().replace("\\", "").replace("'", "")
    rules = [f"text{{font-family:'{font}',sans-serif;white-space:pre}}"]
    for role, (text_style, fill, alpha, extra) in TEXTS.items():
        size = round(text_style.points * 96 / 72)
        parts = [f"font-size:{size}px"]
        if text_style.bold:
            parts.append("font-weight:700")
        if text_style.italic:
            parts.append("font-style:italic")
        parts.append(f"fill:{fill}")
        if alpha != 255:
            parts.append(f"fill-opacity:{_opacity(alpha)}")
        if extra:
            parts.append(extra)
        rules.append(f".{role}{{{';'.join(parts)}}}")
    rules.append(SHAPE_RULES.strip())
    for index, value in enumerate(persona_colors):
        ink = color(value, "#000000")
        pattern = PATTERNS[index % len(PATTERNS)]
        dashes = lambda width: f";stroke-dasharray:{' '.join(number(d * width) for d in pattern)}" if pattern else ""  # noqa: E731
        rules.append(f".p{index} .line{{stroke:{ink}{dashes(3)}}}"
                     f".p{index} .point{{fill:{ink}}}.p{index} .point.assumed{{fill:#fff;stroke:{ink}}}"
                     f".p{index} .target,.p{index} .interval,.p{index} .projected,.p{index} .projected-mark{{stroke:{ink}}}"
                     f".p{index} .projected{{stroke-dasharray:15.4 7.7}}"
                     f".p{index} .legend-line{{stroke:{ink}{dashes(2.5)}}}"
                     f".p{index} .title-key-line{{stroke:{ink}{dashes(2)}}}"
                     f".p{index} .legend-mark,.p{index} .title-key-mark{{fill:{ink};stroke:{ink}}}")
    return "\n".join(rules)


def marker_shape(shape: str, radius: float) -> str:
    """A persona's marker centred on (0, 0), as ``canvas/markers.marker_path`` draws it, unpainted."""
    if shape == "circle":
        return f'<circle r="{number(radius)}"/>'
    if shape == "square":
        side = radius * 1.7
        return f'<rect x="{number(-side / 2)}" y="{number(-side / 2)}" width="{number(side)}" height="{number(side)}"/>'
    corners = {"diamond": 4, "triangle": 3, "hexagon": 6, "star": 10}[shape]
    points = []
    for i in range(corners):
        angle = -math.pi / 2 + 2 * math.pi * i / corners
        r = radius * (1.25 if shape in ("diamond", "triangle") else 1.1)
        if shape == "star" and i % 2:
            r *= 0.5
        points.append(f"{number(r * math.cos(angle))},{number(r * math.sin(angle))}")
    return f'<polygon points="{" ".join(points)}"/>'


@lru_cache(maxsize=32)
def _icon_body(name: str) -> str:
    """A channel icon's drawing, its black ink turned into ``currentColor`` (the channel's colour)."""
    known = name if name in icon_names() else FALLBACK
    source = (resources.files("cxdesigner.resources") / "icons" / "channels" / f"{known}.svg").read_text("utf-8")
    root = ET.fromstring(source)
    view = [float(v) for v in root.get("viewBox", "0 0 24 24").split()]
    paint = " ".join(f'{key}="{xml_attr(value.replace("#000000", "currentColor"))}"' for key, value in root.attrib.items()
                     if key in ("fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin"))
    inner = "".join(ET.tostring(child, encoding="unicode").replace("ns0:", "").replace(
        ' xmlns:ns0="http://www.w3.org/2000/svg"', "").replace("#000000", "currentColor") for child in root)
    scale = 14 / max(view[2], view[3], 1e-6)
    return f'<g transform="scale({scale:.4f}) translate({number(-view[0])} {number(-view[1])})" {paint}>{inner}</g>'


class Defs:
    """What the file draws more than once, defined once: asked for by name, written at the end."""

    def __init__(self) -> None:
        self.icons: dict[str, str] = {}
        self.markers: dict[tuple[str, float], str] = {}

    def icon(self, name: str) -> str:
        """The ``id`` of channel icon ``name`` (the generic one for a name not known), 14 units square."""
        known = name if name in icon_names() else FALLBACK
        return self.icons.setdefault(known, f"icon-{known}")

    def marker(self, shape: str, radius: float) -> str:
        shape = shape if shape in SHAPES else "circle"
        return self.markers.setdefault((shape, radius), f"marker-{shape}-{number(radius).replace('.', '_')}")

    def svg(self) -> str:
        parts = [f'<g id="{ident}">{_icon_body(name)}</g>' for name, ident in sorted(self.icons.items())]
        parts += [f'<g id="{ident}">{marker_shape(shape, radius)}</g>'
                  for (shape, radius), ident in sorted(self.markers.items())]
        return f"<defs>{''.join(parts)}</defs>"
