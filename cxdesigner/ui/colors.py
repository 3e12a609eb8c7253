"""Designer palettes for new personas, channels and departments: each new one gets a colour
of its own, told apart from the others on the map, in print and by colour-blind readers
(the hues follow the Okabe-Ito and Tableau orders, darkened for white text and card edges)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

PERSONA_COLORS = ["#e4572e", "#2e86ab", "#7b2d8b", "#2f9e44", "#f08c00", "#c2255c", "#1098ad", "#5c7cfa"]
CHANNEL_COLORS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#8c6d31", "#6a51a3",
                  "#3b8686", "#b5651d"]
DEPARTMENT_COLORS = ["#6c757d", "#8d6e63", "#5f7c8a", "#7e6b8f", "#6b8e23", "#a0785a", "#4f6d7a", "#9c6644"]


def next_color(palette: list[str], used: list[str]) -> str:
    """The first colour of ``palette`` not yet ``used``; once all are, they come round again."""
    taken = {color.lower() for color in used}
    free = [color for color in palette if color.lower() not in taken]
    return free[0] if free else palette[len(used) % len(palette)]


def swatch(color: str, size: int = 18) -> QIcon:
    """A small rounded square of ``color``, for lists of channels and personas."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 4, 4)
    painter.end()
    return QIcon(pixmap)
