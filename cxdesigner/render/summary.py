"""The optional summary block under an exported map: each persona's journey scores,
so a printed map carries the figures the Insights panel shows (with the map's projected
line on, the mean and peak-end read "today → projected")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.analysis.definitions import FIGURES
from cxdesigner.analysis.nps import map_nps
from cxdesigner.analysis.projection import projected_map
from cxdesigner.analysis.scores import biggest_drops, mean_satisfaction, peak_end, weakest_touchpoints
from cxdesigner.canvas.style import palette_color, scene_font, short_number
from cxdesigner.model import JourneyMap, Project

ROW_HEIGHT = 20.0
#: The heading row: the same names the Insights panel and docs/insights.md give the figures.
COLUMNS = (QT_TRANSLATE_NOOP("Figures", "Persona"), *(FIGURES[name].title for name in ("mean_satisfaction", "peak_end", "nps",
                                                         "weakest_touchpoints", "biggest_drops")))
WIDTHS = (0.2, 0.11, 0.11, 0.13, 0.22, 0.23)  # shares of the block's width


def summary_rows(project: Project, jmap: JourneyMap) -> list[tuple[str, ...]]:
    """One row of text per persona of the map, in ``COLUMNS`` order."""
    titles = {t.id: t.title for t in jmap.touchpoints}
    after = projected_map(jmap)

    def figure(today: float | None, projected) -> str:
        text = "—" if today is None else short_number(today)
        return text if after is None or projected is None else f"{text} → {short_number(projected)}"

    rows = []
    for persona_id in jmap.persona_ids:
        mean, pe = mean_satisfaction(jmap, persona_id), peak_end(jmap, persona_id)
        nps = map_nps(project, jmap.id, persona_id).journey
        weakest, drops = weakest_touchpoints(jmap, persona_id, 1), biggest_drops(jmap, persona_id, 1)
        rows.append((project.find(persona_id).name,
                     figure(mean, after and mean_satisfaction(after, persona_id)),
                     figure(getattr(pe, "score", None), getattr(after and peak_end(after, persona_id), "score", None)),
                     "—" if nps is None else f"{nps.score:+.0f} ± {nps.margin:.0f}",
                     f"{titles[weakest[0].touchpoint_id]} ({short_number(weakest[0].value)})" if weakest else "—",
                     f"{titles[drops[0].before.touchpoint_id]} → {titles[drops[0].after.touchpoint_id]} "
                     f"({short_number(drops[0].change, sign=True)})" if drops else "—"))
    return rows


class SummaryBlock(QGraphicsItem):
    """A small table: a heading row and one row per persona."""

    def __init__(self, rows: list[tuple[str, ...]], width: float) -> None:
        super().__init__()
        self.rows, self.width = rows, width

    def height(self) -> float:
        return ROW_HEIGHT * (len(self.rows) + 1) + 28

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        text = palette_color(QPalette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlpha(150)
        left, inner = 24.0, self.width - 48.0
        painter.setPen(QPen(muted, 0.75))
        painter.drawLine(QPointF(left, 8), QPointF(left + inner, 8))
        y = 16.0
        for index, row in enumerate([tuple(QCoreApplication.translate("Figures", c) for c in COLUMNS),
                                     *self.rows]):
            painter.setFont(scene_font(8.5, bold=index == 0))
            painter.setPen(muted if index == 0 else text)
            x = left
            for share, cell in zip(WIDTHS, row):
                width = inner * share
                painter.drawText(QRectF(x, y, width - 8, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                                 painter.fontMetrics().elidedText(cell, Qt.TextElideMode.ElideRight, int(width - 8)))
                x += width
            y += ROW_HEIGHT
