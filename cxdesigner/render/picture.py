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
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.canvas.style import palette_color, print_colors, scene_font, short_number
from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.editor.document import Document
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
        """Paint ``source`` (default: all of it) into ``target``, keeping proportions."""
        with print_colors():
            self.scene.render(painter, target, source or self.rect, Qt.AspectRatioMode.KeepAspectRatio)


@contextmanager
def map_picture(project: Project, map_id: str, *, summary: bool = False) -> Iterator[MapPicture]:
    """The picture of a map, to paint inside the ``with`` block. The project must
    not change meanwhile; print colours are on only while building and painting.
    ``summary`` adds each persona's journey scores under the map."""
    document = Document(project)
    with print_colors():
        scene = JourneyScene(document, map_id)
        scene.clearSelection()
        for item in scene.items():
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # vector text, not cached pixels
        area = scene.sceneRect()
        block = TitleBlock(project, scene.jmap, area.width())
        block.setPos(area.left(), area.top() - TITLE_HEIGHT)
        scene.addItem(block)
        rect = area.adjusted(0, -TITLE_HEIGHT, 0, 0)
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
        document.close()
        # Take every item out now, while scene and items are whole: left to the garbage
        # collector, a scene full of pyqtgraph items can go at an unlucky moment.
        for item in scene.items():
            if item.parentItem() is None:
                scene.removeItem(item)
        scene.deleteLater()


class TitleBlock(QGraphicsItem):
    """The map's name and description, and a key to the lines and the scale."""

    def __init__(self, project: Project, jmap: JourneyMap, width: float) -> None:
        super().__init__()
        self.width = width
        self.title, self.description = jmap.name, jmap.description.replace("\n", " ").strip()
        self.project_name = project.name
        self.personas = [(p.name, p.color) for p in (project.find(i) for i in jmap.persona_ids)]
        scale = jmap.scale
        ends = (short_number(scale.low) + (f" {scale.low_label}" if scale.low_label else ""),
                short_number(scale.high) + (f" {scale.high_label}" if scale.high_label else ""))
        self.scale_text = _tr(QT_TRANSLATE_NOOP("MapPicture", "Satisfaction from %1 to %2")).replace("%1", ends[0]).replace("%2", ends[1])

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, TITLE_HEIGHT)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, muted = palette_color(QPalette.ColorRole.Text), QColor(palette_color(QPalette.ColorRole.Text))
        muted.setAlpha(160)
        left, right = 24.0, self.width - 24.0
        key_width = min(360.0, (right - left) / 2)
        title_width = right - left - key_width - 24
        painter.setFont(scene_font(18, bold=True))
        painter.setPen(text)
        metrics = painter.fontMetrics()
        painter.drawText(QRectF(left, 18, title_width, 30), Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, int(title_width)))
        painter.setFont(scene_font(9.5))
        painter.setPen(muted)
        subtitle = " · ".join(part for part in (self.project_name, self.description) if part)
        painter.drawText(QRectF(left, 50, title_width, 20), Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(subtitle, Qt.TextElideMode.ElideRight, int(title_width)))
        self._paint_key(painter, QRectF(right - key_width, 18, key_width, TITLE_HEIGHT - 24), text, muted)
        painter.setPen(QPen(muted, 0.75))
        painter.drawLine(QPointF(left, TITLE_HEIGHT - 6), QPointF(right, TITLE_HEIGHT - 6))

    def _paint_key(self, painter: QPainter, box: QRectF, text: QColor, muted: QColor) -> None:
        """Persona lines in up to two columns, then the scale, right-aligned."""
        painter.setFont(scene_font(8.5))
        metrics = painter.fontMetrics()
        columns = 1 if len(self.personas) <= 2 else 2
        column_width = box.width() / columns
        for index, (name, color) in enumerate(self.personas[:4]):
            x = box.left() + (index // 2) * column_width if columns == 2 else box.left()
            y = box.top() + (index % 2 if columns == 2 else index) * 16 + 8
            painter.setPen(QPen(QColor(color), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
            painter.setPen(text)
            painter.drawText(QRectF(x + 24, y - 8, column_width - 28, 16), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(column_width - 28)))
        if len(self.personas) > 4:
            painter.setPen(muted)
            painter.drawText(QRectF(box.left(), box.top() + 36, box.width(), 16), Qt.AlignmentFlag.AlignVCenter,
                             _tr(QT_TRANSLATE_NOOP("MapPicture", "+ %1 more")).replace("%1", str(len(self.personas) - 4)))
        painter.setPen(muted)
        painter.drawText(QRectF(box.left(), box.bottom() - 16, box.width(), 16), Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(self.scale_text, Qt.TextElideMode.ElideRight, int(box.width())))
