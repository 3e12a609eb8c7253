"""A persona's satisfaction line drawn small, inside the text of a stakeholder pack.

It is a text object of the pack's document (``QPyTextObject``), so it flows, wraps and
breaks over pages with the text around it and stays vector in the PDF. The line keeps
the persona's colour, marker shape and dash pattern from the map (``canvas.markers``),
so it reads on a greyscale printer too; each touchpoint is numbered under its marker
and the numbers are listed in full beside the chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPyTextObject, QTextCharFormat, QTextFormat

from cxdesigner.analysis.curve import satisfaction_curve
from cxdesigner.canvas.markers import dashed, marker_path, persona_style
from cxdesigner.canvas.style import short_number
from cxdesigner.model import Evidence, JourneyMap

#: The text object's type in the pack's document.
LINE_OBJECT = QTextFormat.ObjectTypes.UserObject + 13
LINE_PROPERTY = QTextFormat.Property.UserProperty + 13
HEIGHT_MM = 42.0
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class LineData:
    """What one chart shows: the values in journey order (``None``: not rated) and the scale."""

    values: tuple[float | None, ...]
    measured: tuple[bool, ...]
    low: float
    high: float
    color: str
    shape: str
    pattern: tuple[float, ...]


def line_data(jmap: JourneyMap, persona_id: str, color: str) -> LineData:
    """The persona's line on ``jmap``, in the marker shape and pattern the map gives it."""
    shape, pattern = persona_style(jmap.persona_ids.index(persona_id))
    points = satisfaction_curve(jmap, persona_id)
    return LineData(tuple(p.value for p in points),
                    tuple(p.evidence not in (None, Evidence.ASSUMPTION) for p in points),
                    jmap.scale.low, jmap.scale.high, color, shape, tuple(pattern))


def line_format(data: LineData) -> QTextCharFormat:
    """The character format that stands for one chart in the document."""
    fmt = QTextCharFormat()
    fmt.setObjectType(LINE_OBJECT)
    fmt.setProperty(LINE_PROPERTY, data)
    return fmt


class PersonaLineObject(QPyTextObject):
    """Draws the charts of a document laid out on a device of ``dpi`` and ``width`` pixels of text."""

    def __init__(self, dpi: float, width: float, font: QFont, parent=None) -> None:
        super().__init__(parent)
        self.dpi, self.width, self.font = dpi, width, font

    def intrinsicSize(self, doc, pos_in_document, fmt) -> QSizeF:  # noqa: N802 (Qt's name)
        return QSizeF(self.width, HEIGHT_MM / MM_PER_INCH * self.dpi)

    def drawObject(self, painter: QPainter, rect: QRectF, doc, pos_in_document, fmt) -> None:  # noqa: N802
        data = fmt.property(LINE_PROPERTY)
        if isinstance(data, LineData):
            paint_line(painter, rect, data, self.font, self.dpi)


def paint_line(painter: QPainter, rect: QRectF, data: LineData, font: QFont, dpi: float) -> None:
    """The scale's ends at the left, a faint guide at each whole step, the line with its markers,
    and each touchpoint's number under it."""
    point = dpi / 72
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    label_width = max(metrics.horizontalAdvance(short_number(v)) for v in (data.low, data.high)) + 6 * point
    plot = QRectF(rect.left() + label_width, rect.top() + 6 * point, rect.width() - label_width - 6 * point,
                  rect.height() - 6 * point - metrics.height() * 1.6)
    span = (data.high - data.low) or 1.0
    count = len(data.values)

    def at(index: int, value: float) -> QPointF:
        x = plot.left() + (plot.width() * (index + 0.5) / count if count else 0)
        inset = 7 * point  # a marker at either end of the scale stays inside the frame
        return QPointF(x, plot.bottom() - inset - (value - data.low) / span * (plot.height() - 2 * inset))

    grey = QColor("#9ca3af")
    painter.setPen(QPen(grey, 0.5 * point))
    painter.drawRect(plot)
    painter.setPen(QColor("#374151"))
    for value in (data.low, data.high):
        y = at(0, value).y()
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, label_width - 4 * point, metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, short_number(value))
    if data.low < 0 < data.high:
        painter.setPen(dashed(QPen(grey, 0.5 * point), [4, 3]))
        painter.drawLine(QPointF(plot.left(), at(0, 0).y()), QPointF(plot.right(), at(0, 0).y()))
    color = QColor(data.color)
    painter.setPen(dashed(QPen(color, 1.6 * point, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap),
                          list(data.pattern)))
    points = [(i, v) for i, v in enumerate(data.values)]
    for run in segments_of(points):
        for (i, a), (j, b) in zip(run, run[1:]):
            painter.drawLine(at(i, a), at(j, b))
    for i, value in points:
        if value is None:
            continue
        painter.setPen(QPen(color, 1.0 * point))
        painter.setBrush(color if data.measured[i] else QColor("white"))
        painter.drawPath(marker_path(data.shape, 3.2 * point).translated(at(i, value)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QColor("#374151"))
    step = max(1, round(count / max(1, plot.width() / (metrics.horizontalAdvance("000") + 4 * point))))
    for i in range(0, count, step):
        x = at(i, data.low).x()
        painter.drawText(QRectF(x - 20 * point, plot.bottom() + 2 * point, 40 * point, metrics.height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(i + 1))
    painter.restore()


def segments_of(points: list[tuple[int, float | None]]) -> list[list[tuple[int, float]]]:
    """The unbroken runs of rated points, as ``(index, value)``: an unrated touchpoint is a gap, never a zero."""
    runs: list[list[tuple[int, float]]] = [[]]
    for index, value in points:
        if value is None:
            runs.append([])
        else:
            runs[-1].append((index, value))
    return [run for run in runs if run]
