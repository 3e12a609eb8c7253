"""The whole map drawn small, from its layout and model rather than its items.

A lazy scene holds items only near what its views show, so the overview cannot picture
the scene itself; this draws what a miniature can show at a glance (the stage bands,
the lanes' rules, a block per card in its channel's colour, the satisfaction lines and
the notes) in time proportional to the map, never to its texts. A long map is drawn as
rows, each a piece of the map: the cards are sorted along the journey once, and each
piece draws only the cards and points within it.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

from cxdesigner.canvas.style import palette_color, tinted

NOTE_COLOR = "#ffe066"


def paint_miniature(painter: QPainter, scene, pieces: Sequence[tuple[QRectF, QRectF]]) -> None:
    """``scene``'s map drawn small: each piece ``(target, source)`` draws the part ``source``
    of the scene into ``target``."""
    layout, jmap = scene.layout, scene.jmap
    if layout is None:
        return
    channel_colors = {c.id: c.color for c in scene.project.channels}
    cards = sorted((layout.x_of[t.id], channel_colors.get(t.channel_id, "#9aa5b1"), t.id)
                   for t in jmap.touchpoints if t.id in layout.x_of)
    starts = [x for x, _, _ in cards]
    for target, source in pieces:
        if source.isEmpty():
            continue
        painter.save()
        painter.setClipRect(target)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(target.topLeft())
        painter.scale(target.width() / source.width(), target.height() / source.height())
        painter.translate(-source.topLeft())
        # a card that starts up to a card's width before the piece still shows in it
        first = bisect.bisect_left(starts, source.left() - layout.metrics.card_width)
        shown = cards[first:bisect.bisect_right(starts, source.right())]
        _paint_piece(painter, scene, source, target, shown)
        painter.restore()


def _paint_piece(painter: QPainter, scene, source: QRectF, target: QRectF, cards: list) -> None:
    layout, jmap = scene.layout, scene.jmap
    margin = layout.metrics.margin
    painter.setPen(Qt.PenStyle.NoPen)
    colors = {stage.id: stage.color for stage in jmap.stages}
    for span in layout.stages:
        if span.right >= source.left() and span.left <= source.right():
            painter.setBrush(tinted(colors.get(span.stage_id, "#cccccc"), 0.3))
            painter.drawRect(QRectF(span.left, margin, span.right - span.left, layout.height - 2 * margin))
    rule = palette_color(QPalette.ColorRole.Mid)
    rule.setAlpha(90)
    painter.setPen(QPen(rule, 0))  # a hairline at any scale
    left, right = max(margin, source.left()), min(layout.width - margin, source.right())
    for lane in layout.lanes:
        top = layout.lane_top[lane] + layout.lane_height[lane]
        painter.drawLine(QPointF(left, top), QPointF(right, top))
    painter.setPen(Qt.PenStyle.NoPen)
    by_color: dict[str, list[QRectF]] = {}
    for _, color, touchpoint_id in cards:
        by_color.setdefault(color, []).append(scene.card_rect(touchpoint_id))
    for color, rects in by_color.items():
        painter.setBrush(QColor(color))
        painter.drawRects(rects)
    for persona_id, line in scene.lines.items():
        if persona_id in scene.hidden_lines:
            continue
        xs = line.xs
        first = max(0, bisect.bisect_left(xs, source.left()) - 1)  # a point beyond each end: the line runs on
        last = min(len(xs), bisect.bisect_right(xs, source.right()) + 1)
        path, joined = QPainterPath(), False
        for x, y in zip(xs[first:last], line.ys[first:last]):
            if math.isfinite(y):
                (path.lineTo if joined else path.moveTo)(x, y)
            joined = math.isfinite(y)
        painter.setPen(QPen(QColor(line.color), 2.5 * source.width() / max(1.0, target.width()) / 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(NOTE_COLOR))
    for note in jmap.notes:
        x, y = layout.notes.get(note.id, (note.x, note.y))
        if x + note.width >= source.left() and x <= source.right():
            painter.drawRect(QRectF(x, y, note.width, note.height))
