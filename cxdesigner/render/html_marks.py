"""The small marks of the interactive HTML map's SVG: lines of text, pictures, markers and faces."""

from __future__ import annotations

import base64
import math
import struct

from cxdesigner.canvas.faces import FILLS
from cxdesigner.canvas.words import choice_word
from cxdesigner.model import Emotion
from cxdesigner.render.html_text import number, text

FONT = {"title": 12.0, "sub": 10.0, "chip": 11.0, "small": 9.5, "lane": 12.0, "hint": 10.0, "stage": 13.0}
LINE = 1.3  # line height, in ems
MARKER = 5.5
FACE = 22.0
#: Images the page embeds, by their first bytes.
IMAGE_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF87a": "image/gif",
               b"GIF89a": "image/gif"}


def lines_svg(lines: list[str], x: float, y: float, size: float, css: str = "", anchor: str = "") -> str:
    """Lines of text from a first baseline at ``y``."""
    if not lines:
        return ""
    step = size * LINE
    spans = "".join(f'<tspan x="{number(x)}" dy="{number(0 if i == 0 else step)}">{text(line)}</tspan>'
                    for i, line in enumerate(lines))
    extra = f' text-anchor="{anchor}"' if anchor else ""
    return f'<text class="{css}" y="{number(y + size)}" font-size="{number(size)}"{extra}>{spans}</text>'


def block_height(lines: list[str], size: float) -> float:
    return len(lines) * size * LINE


def image_href(data: bytes | None) -> tuple[str, float] | None:
    """A picture as a data address and its height for a width of 1, or None when it is no known image."""
    if not data:
        return None
    kind = next((mime for magic, mime in IMAGE_TYPES.items() if data.startswith(magic)), None)
    if kind is None:
        return None
    ratio = 0.75
    if kind == "image/png" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        ratio = height / width if width and height else ratio
    elif kind == "image/gif" and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        ratio = height / width if width and height else ratio
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}", max(0.2, min(3.0, ratio))


def marker_svg(shape: str, x: float, y: float, fill: str, hollow: bool) -> str:
    """A persona's marker at (x, y): filled when measured, hollow when assumed."""
    paint = f'fill="{"#ffffff" if hollow else fill}" stroke="{fill}" stroke-width="2"'
    r = MARKER
    if shape == "circle":
        return f'<circle cx="{number(x)}" cy="{number(y)}" r="{r}" {paint}/>'
    if shape == "square":
        return f'<rect x="{number(x - r * 0.85)}" y="{number(y - r * 0.85)}" width="{number(r * 1.7)}" ' \
               f'height="{number(r * 1.7)}" {paint}/>'
    corners = {"diamond": 4, "triangle": 3, "hexagon": 6, "star": 10}.get(shape, 4)
    points = []
    for i in range(corners):
        angle = -math.pi / 2 + i * 2 * math.pi / corners
        radius = r * 1.2 if shape != "star" or i % 2 == 0 else r * 0.55
        points.append(f"{number(x + radius * math.cos(angle))},{number(y + radius * math.sin(angle))}")
    return f'<polygon points="{" ".join(points)}" {paint}/>'


def face_svg(x: float, y: float, emotion: Emotion, ring: str, picked: bool, name: str) -> str:
    """A small face: its colour and mouth tell the emotion, the ring the persona."""
    cx, cy, r = x + FACE / 2, y + FACE / 2, FACE / 2
    curve = {Emotion.ANGRY: -4, Emotion.UNHAPPY: -2.5, Emotion.NEUTRAL: 0, Emotion.CONTENT: 2.5,
             Emotion.DELIGHTED: 4.5}[emotion]
    mouth_y = cy + 4 - (curve if curve > 0 else 0) / 2
    label = f"{name}: {choice_word(emotion)}"
    return (f'<g class="face" opacity="{1 if picked else 0.75}"><title>{text(label)}</title>'
            f'<circle cx="{number(cx)}" cy="{number(cy)}" r="{number(r - 1)}" fill="{FILLS[emotion]}" '
            f'stroke="{ring}" stroke-width="2"/>'
            f'<circle cx="{number(cx - 3.5)}" cy="{number(cy - 2.5)}" r="1.4" fill="#333"/>'
            f'<circle cx="{number(cx + 3.5)}" cy="{number(cy - 2.5)}" r="1.4" fill="#333"/>'
            f'<path d="M{number(cx - 5)},{number(mouth_y)} Q{number(cx)},{number(mouth_y + curve)} '
            f'{number(cx + 5)},{number(mouth_y)}" fill="none" stroke="#333" stroke-width="1.4" '
            f'stroke-linecap="round"/></g>')
