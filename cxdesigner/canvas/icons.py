"""Channel icons: line drawings in ``resources/icons/channels``, tinted to the channel's colour."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

FALLBACK = "generic"


def _folder():
    return resources.files("cxdesigner.resources") / "icons" / "channels"


@lru_cache(maxsize=1)
def icon_names() -> tuple[str, ...]:
    """The icons a channel can use, by name."""
    return tuple(sorted(p.name.removesuffix(".svg") for p in _folder().iterdir() if p.name.endswith(".svg")))


@lru_cache(maxsize=256)
def channel_icon(name: str, color: str, size: int) -> QPixmap:
    """The icon called ``name`` (or the generic one) drawn ``size`` pixels square in ``color``."""
    known = name if name in icon_names() else FALLBACK
    pixmap = QIcon(str(_folder() / f"{known}.svg")).pixmap(size, size)
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(color))
    painter.end()
    return pixmap




@lru_cache(maxsize=256)
def _renderer(name: str, color: str) -> QSvgRenderer:
    known = name if name in icon_names() else FALLBACK
    drawing = (_folder() / f"{known}.svg").read_text(encoding="utf-8").replace("#000000", QColor(color).name())
    return QSvgRenderer(drawing.encode("utf-8"))


def paint_channel_icon(painter: QPainter, name: str, color: str, rect: QRectF) -> None:
    """The icon as lines, not pixels: sharp at any zoom, in print and in vector files."""
    _renderer(name, color).render(painter, rect)
