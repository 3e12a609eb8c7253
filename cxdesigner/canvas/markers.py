"""How personas are told apart by more than colour: each persona of a map has its own marker
shape and line pattern, in the legend, on the line and in print (for colour-blind readers and
greyscale printers). The evidence shows in the marker's fill: filled when measured, hollow
when assumed; an assumed stretch of line is paler."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

SHAPES = ("circle", "square", "diamond", "triangle", "hexagon", "star")
PATTERNS = ([], [5, 2.2], [1.2, 1.8], [5, 2, 1.2, 2])  # solid, dashes, dots, dash-dot (in pen widths)


def persona_style(index: int) -> tuple[str, list[float]]:
    """The marker shape and dash pattern of a map's ``index``-th persona."""
    return SHAPES[index % len(SHAPES)], PATTERNS[index % len(PATTERNS)]


def marker_path(shape: str, radius: float) -> QPainterPath:
    """A marker of ``shape`` centred on (0, 0), about as large as a circle of ``radius``."""
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(QPointF(0, 0), radius, radius)
    elif shape == "square":
        side = radius * 1.7
        path.addRect(-side / 2, -side / 2, side, side)
    else:
        corners = {"diamond": 4, "triangle": 3, "hexagon": 6, "star": 10}[shape]
        start = -math.pi / 2
        points = []
        for i in range(corners):
            angle = start + 2 * math.pi * i / corners
            r = radius * (1.25 if shape in ("diamond", "triangle") else 1.1)
            if shape == "star" and i % 2:
                r *= 0.5
            points.append(QPointF(r * math.cos(angle), r * math.sin(angle)))
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
    return path


def dashed(pen, pattern: list[float]):
    """``pen`` with ``pattern`` (solid when empty)."""
    if pattern:
        pen.setDashPattern(pattern)
    else:
        pen.setStyle(Qt.PenStyle.SolidLine)
    return pen
