"""The whole map drawn small, from its layout and model rather than its items.

A lazy scene holds items only near what its views show, so the overview cannot picture
the scene itself; this draws what a miniature can show at a glance (the stage bands,
the lanes' rules, a block per card in its channel's colour, the satisfaction lines and
the notes) in time proportional to the map, never to its texts.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

from cxdesigner.canvas.style import palette_color, tinted

NOTE_COLOR = "#ffe066"


def paint_miniature(painter: QPainter, scene, target: QRectF, source: QRectF | None = None) -> None:
    """The part ``source`` (by default all) of ``scene``'s map drawn into ``target``."""
    layout, jmap = scene.layout, scene.jmap
    source = scene.sceneRect() if source is None else source
    if layout is None or source.isEmpty():
        return
    painter.save()
    painter.setClipRect(target)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(target.topLeft())
    painter.scale(target.width() / source.width(), target.height() / source.height())
    painter.translate(-source.topLeft())
    margin = layout.metrics.margin
    painter.setPen(Qt.PenStyle.NoPen)
    colors = {stage.id: stage.color for stage in jmap.stages}
    for span in layout.stages:
        painter.setBrush(tinted(colors.get(span.stage_id, "#cccccc"), 0.3))
        painter.drawRect(QRectF(span.left, margin, span.right - span.left, layout.height - 2 * margin))
    rule = palette_color(QPalette.ColorRole.Mid)
    rule.setAlpha(90)
    painter.setPen(QPen(rule, 0))  # a hairline at any scale
    for lane in layout.lanes:
        top = layout.lane_top[lane] + layout.lane_height[lane]
        painter.drawLine(QPointF(margin, top), QPointF(layout.width - margin, top))
    painter.setPen(Qt.PenStyle.NoPen)
    channel_colors = {c.id: c.color for c in scene.project.channels}
    by_color: dict[str, list[QRectF]] = {}
    for touchpoint in jmap.touchpoints:
        if touchpoint.id in layout.x_of:
            by_color.setdefault(channel_colors.get(touchpoint.channel_id, "#9aa5b1"), []).append(
                scene.card_rect(touchpoint.id))
    for color, rects in by_color.items():
        painter.setBrush(QColor(color))
        painter.drawRects(rects)
    for persona_id, line in scene.lines.items():
        if persona_id in scene.hidden_lines:
            continue
        path, joined = QPainterPath(), False
        for x, y in zip(line.xs, line.ys):
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
        painter.drawRect(QRectF(x, y, note.width, note.height))
    painter.restore()
