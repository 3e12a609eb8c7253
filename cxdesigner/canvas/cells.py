"""What a lane shows at one touchpoint: words, a storyboard picture, emotion faces, a metric.

Each cell is as tall as its content (words wrap whole, pictures keep their shape); the
lane takes the height of its tallest cell.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.canvas.faces import paint_face
from cxdesigner.canvas.style import palette_color, short_number
from cxdesigner.canvas.text import TextStyle, line_height, paint_text, text_height
from cxdesigner.model import Emotion

WORDS = TextStyle(9)
PAD = 5.0
FACE = 28.0
METRIC_HEIGHT = 40.0
MAX_PICTURE_HEIGHT = 150.0


class Cell(QGraphicsItem):
    """A cell of ``width`` x ``height`` centred on its touchpoint's column."""

    def __init__(self, width: float, height: float, tooltip: str = "") -> None:
        super().__init__()
        self.width, self.height = width, height
        if tooltip:
            self.setToolTip(tooltip)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return QRectF(-self.width / 2, 0, self.width, self.height)


class TextCell(Cell):
    """A touchpoint's own words (what the customer does, thinks, says; a blueprint step), whole."""

    def __init__(self, text: str, width: float, italic: bool = False, compact_height: float | None = None) -> None:
        style = TextStyle(WORDS.points, italic=italic)
        height = compact_height if compact_height is not None else text_height(text, style, width - 2 * PAD) + 2 * PAD
        super().__init__(width, height, text)
        self.text, self.style, self.compact = text, style, compact_height is not None

    @property
    def italic(self) -> bool:
        return self.style.italic

    def paint(self, painter: QPainter, option, widget=None) -> None:
        paint_text(painter, self.boundingRect().adjusted(PAD, PAD, -PAD, -PAD), self.text, self.style,
                   palette_color(QPalette.ColorRole.Text), self.compact)


class PictureCell(Cell):
    """A storyboard picture, as wide as a card, its shape kept (at most ``MAX_PICTURE_HEIGHT`` high)."""

    def __init__(self, image: QImage, width: float) -> None:
        inner = width - 2 * PAD
        shown = min(MAX_PICTURE_HEIGHT, inner * image.height() / max(1, image.width()))
        super().__init__(width, shown + 2 * PAD)
        self.image = image

    def paint(self, painter: QPainter, option, widget=None) -> None:
        box = self.boundingRect().adjusted(PAD, PAD, -PAD, -PAD)
        scaled = self.image.size().scaled(box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(box.center().x() - scaled.width() / 2, box.top(), scaled.width(), scaled.height())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)
        painter.setPen(QPen(QColor(0, 0, 0, 40), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target)


class EmotionCell(Cell):
    """One face per persona shown, side by side: chosen, or (paler) the one the rating implies."""

    def __init__(self, faces: list[tuple[Emotion, str, bool, str]], width: float) -> None:
        """``faces``: ``(emotion, persona colour, chosen, persona name)`` per persona with a face."""
        super().__init__(width, FACE + 2 * PAD, "\n".join(
            f"{name}: {emotion.value}" + ("" if chosen else " (from the rating)") for emotion, _, chosen, name in faces))
        self.faces = faces

    def paint(self, painter: QPainter, option, widget=None) -> None:
        total = len(self.faces) * FACE + max(0, len(self.faces) - 1) * 6
        x = -total / 2
        for emotion, ring, chosen, _ in self.faces:
            paint_face(painter, QRectF(x, PAD, FACE, FACE), emotion, ring, chosen)
            x += FACE + 6


class MetricCell(Cell):
    """A number with its unit, over a bar that compares it with the lane's largest."""

    def __init__(self, value: float, unit: str, largest: float, width: float, color: str) -> None:
        super().__init__(width, METRIC_HEIGHT, f"{short_number(value)} {unit}".strip())
        self.value, self.unit, self.largest, self.color = value, unit, largest, color

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.boundingRect().adjusted(PAD + 4, PAD, -PAD - 4, -PAD)
        label = f"{short_number(self.value)} {self.unit}".strip()
        paint_text(painter, QRectF(box.left(), box.top(), box.width(), line_height(WORDS) + 2), label,
                   TextStyle(WORDS.points, bold=True), palette_color(QPalette.ColorRole.Text))
        track = QRectF(box.left(), box.bottom() - 7, box.width(), 6)
        painter.setPen(Qt.PenStyle.NoPen)
        faint = QColor(palette_color(QPalette.ColorRole.Text))
        faint.setAlpha(30)
        painter.setBrush(faint)
        painter.drawRoundedRect(track, 3, 3)
        share = 0.0 if self.largest <= 0 else min(1.0, abs(self.value) / self.largest)
        painter.setBrush(QColor(self.color))
        painter.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * share, track.height()), 3, 3)
