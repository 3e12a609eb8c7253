"""A map as a picture for paper and files: the journey scene the editor shows, in
print colours, with a title block above it and none of the editing furniture.

Every output (PDF, SVG, PNG, printer, preview) paints a ``MapPicture``, so what
is printed is what the editor shows. Scene units are pixels of a 96 dpi screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.canvas.markers import dashed, marker_path, persona_style
from cxdesigner.canvas.style import palette_color, print_colors, scene_font, short_number
from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.render.summary import SummaryBlock, summary_rows
from cxdesigner.model import JourneyMap, Project

def _tr(text: str) -> str:
    return QCoreApplication.translate("MapPicture", text)


#: Scene units per inch: one unit is one pixel at 100% on a 96 dpi screen.
UNITS_PER_INCH = 96.0
TITLE_HEIGHT = 86.0


@dataclass(frozen=True)
class MapPicture:
    """One map ready to paint; valid only inside ``map_picture``."""

    scene: JourneyScene
    rect: QRectF  # what to paint, in scene units (title block included)
    title: str

    def paint(self, painter: QPainter, target: QRectF, source: QRectF | None = None) -> None:
        """Paint ``source`` (default: all of it) into ``target``, keeping proportions; the scene
        builds what ``source`` covers (a page of a tiled print: that page's cards only)."""
        source = source or self.rect
        with print_colors():
            self.scene.show_span(source.left(), source.right())
            for item in self.scene.items():
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # vector text and lines, not cached pixels
            self.scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


@contextmanager
def map_picture(project: Project, map_id: str, *, summary: bool = False) -> Iterator[MapPicture]:
    """The picture of a map, to paint inside the ``with`` block. The project must
    not change meanwhile; print colours are on only while building and painting.
    ``summary`` adds each persona's journey scores under the map."""
    with print_colors():
        scene = JourneyScene(project, map_id, lazy=True)  # draws only: no document, no undo stack
        area = scene.sceneRect()
        block = TitleBlock(project, scene.jmap, area.width())
        block.setPos(area.left(), area.top() - block.height)
        scene.addItem(block)
        rect = area.adjusted(0, -block.height, 0, 0)
        if summary and scene.jmap.persona_ids:
            table = SummaryBlock(summary_rows(project, scene.jmap), area.width())
            table.setPos(area.left(), area.bottom())
            scene.addItem(table)
            rect.setBottom(area.bottom() + table.height())
        scene.setSceneRect(rect)
    try:
        yield MapPicture(scene, rect, scene.jmap.name)
    finally:
        scene.detach()
        # Take every item out now, while scene and items are whole: left to the garbage
        # collector, a scene full of Python items can go at an unlucky moment.
        for item in scene.items():
            if item.parentItem() is None:
                scene.removeItem(item)
        scene.deleteLater()


class TitleBlock(QGraphicsItem):
    """The map's name and description, and a key to the lines and the scale: every text
    whole, wrapped, the block as tall as what it holds."""

    def __init__(self, project: Project, jmap: JourneyMap, width: float) -> None:
        super().__init__()
        self.width = width
        self.title, self.description = jmap.name, jmap.description.replace("\n", " ").strip()
        self.subtitle = " · ".join(part for part in (project.name, self.description) if part)
        self.personas = [(p.name, p.color) for p in (project.find(i) for i in jmap.persona_ids)]
        scale = jmap.scale
        ends = (short_number(scale.low) + (f" {scale.low_label}" if scale.low_label else ""),
                short_number(scale.high) + (f" {scale.high_label}" if scale.high_label else ""))
        self.scale_text = _tr(QT_TRANSLATE_NOOP("MapPicture", "Satisfaction from %1 to %2")).replace(
            "%1", ends[0]).replace("%2", ends[1])
        left, right = 24.0, width - 24.0
        self.key_width = min(360.0, (right - left) / 2)
        self.title_width = right - left - self.key_width - 24
        self.title_height = _wrapped_height(TITLE_FONT, self.title, self.title_width)
        self.subtitle_height = _wrapped_height(SUBTITLE_FONT, self.subtitle, self.title_width)
        self.key_rows = [_wrapped_height(KEY_FONT, name, self.key_width - 24) for name, _ in self.personas]
        scale_height = _wrapped_height(KEY_FONT, self.scale_text, self.key_width)
        text_height = self.title_height + 4 + self.subtitle_height
        key_height = sum(self.key_rows) + 4 * len(self.key_rows) + 6 + scale_height
        self.height = max(TITLE_HEIGHT, 18 + max(text_height, key_height) + 18)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, muted = palette_color(QPalette.ColorRole.Text), QColor(palette_color(QPalette.ColorRole.Text))
        muted.setAlpha(160)
        left, right = 24.0, self.width - 24.0
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.setFont(scene_font(*TITLE_FONT))
        painter.setPen(text)
        painter.drawText(QRectF(left, 18, self.title_width, self.title_height), wrap, self.title)
        painter.setFont(scene_font(*SUBTITLE_FONT))
        painter.setPen(muted)
        painter.drawText(QRectF(left, 22 + self.title_height, self.title_width, self.subtitle_height), wrap,
                         self.subtitle)
        self._paint_key(painter, QRectF(right - self.key_width, 18, self.key_width, self.height - 24), text, muted)
        painter.setPen(QPen(muted, 0.75))
        painter.drawLine(QPointF(left, self.height - 6), QPointF(right, self.height - 6))

    def _paint_key(self, painter: QPainter, box: QRectF, text: QColor, muted: QColor) -> None:
        """A row per persona line, names whole, then the scale."""
        painter.setFont(scene_font(*KEY_FONT))
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        y = box.top()
        for index, ((name, color), height) in enumerate(zip(self.personas, self.key_rows)):
            shape, pattern = persona_style(index)
            painter.setPen(dashed(QPen(QColor(color), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap), pattern))
            painter.drawLine(QPointF(box.left(), y + 8), QPointF(box.left() + 18, y + 8))
            painter.setPen(QPen(QColor(color), 1.2))
            painter.setBrush(QColor(color))
            painter.drawPath(marker_path(shape, 3.2).translated(box.left() + 9, y + 8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(text)
            painter.drawText(QRectF(box.left() + 24, y, box.width() - 24, height), wrap, name)
            y += height + 4
        painter.setPen(muted)
        painter.drawText(QRectF(box.left(), y + 6, box.width(), box.bottom() - y), wrap, self.scale_text)


#: (points, bold) of the title block's texts.
TITLE_FONT, SUBTITLE_FONT, KEY_FONT = (18, True), (9.5, False), (8.5, False)


def _wrapped_height(font: tuple[float, bool], text: str, width: float) -> float:
    """How tall ``text`` stands wrapped to ``width`` in ``font`` (one line at least)."""
    metrics = QFontMetricsF(scene_font(*font))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    return max(metrics.height(), metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e6), flags, text).height())
