"""The Insights panel: the journey's scores for a persona, a chart comparing the
personas, stage means, gaps between channels and departments, and the gap to target.

Each figure carries its one-sentence definition (``analysis.definitions``) as a
tooltip, the same words as in the documentation. The panel recomputes shortly
after the map changes, and only while it is visible.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from cxdesigner.analysis.definitions import FIGURES
from cxdesigner.analysis.gaps import gaps
from cxdesigner.analysis.nps import map_nps
from cxdesigner.analysis.projection import projected_map
from cxdesigner.analysis.scores import (biggest_drops, compare_personas, mean_satisfaction, peak_end, stage_means,
                                        strongest_touchpoints, weakest_touchpoints)
from cxdesigner.analysis.targets import largest_target_gaps, mean_target_gap
from cxdesigner.canvas.seams import KIND_NAMES as SEAM_KINDS
from cxdesigner.canvas.style import fixed_number
from cxdesigner.canvas.style import short_number as short
from cxdesigner.model import (Action, Channel, Department, JourneyMap, PainPoint, Persona, Stage, SurveyDataset,
                              Touchpoint, ValueChanged)
from cxdesigner.ui.following import Following
from cxdesigner.ui.wave_insights import WavesSection

if TYPE_CHECKING:
    import pyqtgraph as pg


def figure_tr(text: str) -> str:
    return QCoreApplication.translate("Figures", text)


SHOWN_GAPS = 5  # the rest are marked on the map
ROW_HEIGHT, NAME_LENGTH, LABEL_WIDTH = 20, 22, 130  # the persona comparison: one named row per touchpoint


def elided(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"



class InsightsPanel(Following, QWidget):
    SHOWS = (ValueChanged, Touchpoint, Stage, Persona, JourneyMap, SurveyDataset, Channel, Department,
             Action, PainPoint)  # actions and their pain points move the projected line
    MAP_BOUND = True

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.persona = QComboBox()
        self.persona.setAccessibleName(self.tr("Persona"))
        self.persona.setToolTip(self.tr("Whose journey the scores describe"))
        self.persona.activated.connect(lambda _: self.redraw())
        layout.addWidget(self.persona)
        form = self.form = QFormLayout()
        self.figures: dict[str, QLabel] = {}
        for name in ("mean_satisfaction", "projected_mean", "peak_end", "projected_peak_end", "nps", "target_gap"):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(figure_tr(FIGURES[name].title))
            for label in (caption, value):
                label.setToolTip(figure_tr(FIGURES[name].definition))
            caption.setBuddy(value)
            form.addRow(caption, value)
            self.figures[name] = value
        layout.addLayout(form)
        self.charts = QVBoxLayout()  # filled when first shown: the window opens faster without them
        layout.addLayout(self.charts)
        self.comparison: pg.PlotWidget | None = None
        self.stages: pg.PlotWidget | None = None
        self.lists: dict[str, QLabel] = {}
        for name in ("weakest_touchpoints", "strongest_touchpoints", "biggest_drops", "gaps", "target_gap", "nps"):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setToolTip(figure_tr(FIGURES[name].definition))
            layout.addWidget(label)
            self.lists[name] = label
        self.waves = WavesSection()
        layout.addWidget(self.waves)
        layout.addStretch()
        self._later = QTimer(self, singleShot=True, interval=150)
        self._later.timeout.connect(self.redraw)

    def _plot(self, title: str, tip: str) -> pg.PlotWidget:
        """A chart (pyqtgraph, and numpy under it, are imported with the first: opening a map needs neither)."""
        import pyqtgraph as pg

        plot = pg.PlotWidget()
        plot.setFixedHeight(170)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.setToolTip(self.tr(tip))
        plot.setAccessibleName(title)
        plot.setTitle(title, size="9pt")
        plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)  # short labels; the first must show too
        return plot

    # -- following the document ------------------------------------------------------

    def refresh(self, event) -> None:
        if event is None:
            self.redraw()
        else:
            self._later.start()  # a drag or a run of typing: draw once it settles

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()

    # -- drawing ----------------------------------------------------------------------------

    def jmap(self) -> JourneyMap | None:
        if self.document is None or self.map_id is None:
            return None
        entry = self.document.project.lookup(self.map_id)
        return entry[0] if entry else None

    def redraw(self) -> None:
        jmap = self.jmap()
        if jmap is None or not self.isVisible():
            return
        project = self.document.project
        chosen = self.persona.currentData()
        self.persona.clear()
        for persona_id in jmap.persona_ids:
            self.persona.addItem(project.find(persona_id).name, persona_id)
        if chosen in jmap.persona_ids:
            self.persona.setCurrentIndex(jmap.persona_ids.index(chosen))
        persona_id = self.persona.currentData()
        if self.comparison is None:
            self.comparison = self._plot(figure_tr(FIGURES["persona_comparison"].title),
                                         figure_tr(FIGURES["persona_comparison"].definition))
            self.stages = self._plot(figure_tr(FIGURES["stage_means"].title), figure_tr(FIGURES["stage_means"].definition))
            self.charts.addWidget(self.comparison)
            self.charts.addWidget(self.stages)
        self._fill_figures(jmap, persona_id)
        self._draw_comparison(jmap)
        self._draw_stages(jmap, persona_id)
        self._fill_lists(jmap, persona_id)
        self.waves.show_map(project, jmap)

    def _fill_figures(self, jmap: JourneyMap, persona_id: str | None) -> None:
        none = self.tr("—")
        mean = mean_satisfaction(jmap, persona_id) if persona_id else None
        self.figures["mean_satisfaction"].setText(none if mean is None else fixed_number(mean))
        pe = peak_end(jmap, persona_id) if persona_id else None
        self.figures["peak_end"].setText(none if pe is None else fixed_number(pe.score))
        self._fill_projected(jmap, persona_id, mean, pe)
        nps = map_nps(self.document.project, jmap.id, persona_id).journey
        self.figures["nps"].setText(none if nps is None else
                                    f"{nps.score:+.0f} ± {nps.margin:.0f}  ({nps.promoters} / {nps.passives} / "
                                    f"{nps.detractors})")
        gap = mean_target_gap(jmap, persona_id) if persona_id else None
        self.figures["target_gap"].setText(none if gap is None else f"{gap:+.2f}")

    def _fill_projected(self, jmap: JourneyMap, persona_id: str | None, mean: float | None, pe) -> None:
        """The projected mean and peak-end under today's, with the change; shown while the map has a
        projected line."""
        after = projected_map(jmap)
        for name in ("projected_mean", "projected_peak_end"):
            self.form.setRowVisible(self.figures[name], after is not None)
        if after is None:
            return
        none = self.tr("—")
        for name, today, projected in (
                ("projected_mean", mean, mean_satisfaction(after, persona_id) if persona_id else None),
                ("projected_peak_end", getattr(pe, "score", None),
                 getattr(peak_end(after, persona_id) if persona_id else None, "score", None))):
            if projected is None:
                self.figures[name].setText(none)
                continue
            change = projected - today
            said = self.tr("unchanged") if abs(change) < 0.005 else short(change, True)
            self.figures[name].setText(f"{projected:.2f}  ({said})")

    def _draw_comparison(self, jmap: JourneyMap) -> None:
        """One row per touchpoint, named, top to bottom in journey order; a dot per persona."""
        import pyqtgraph as pg

        plot = self.comparison
        plot.clear()
        comparison = compare_personas(jmap)
        titles = {t.id: t.title for t in jmap.touchpoints}
        rows = list(range(len(comparison.rows)))
        symbols = ("o", "s", "t", "d", "+", "x")  # told apart by shape as well as colour
        for column, persona_id in enumerate(comparison.persona_ids):
            color = QColor(self.document.project.find(persona_id).color)
            xs = [row.values[column] for row in comparison.rows]
            plot.plot([float("nan") if x is None else x for x in xs], rows, pen=pg.mkPen(color, width=1.5),
                      symbol=symbols[column % len(symbols)], symbolSize=7, symbolBrush=color, symbolPen=None,
                      connect="finite")
        plot.setXRange(jmap.scale.low, jmap.scale.high, padding=0.05)
        plot.setYRange(-0.5, max(0, len(rows) - 0.5), padding=0)
        plot.invertY(True)
        plot.setFixedHeight(60 + ROW_HEIGHT * max(1, len(rows)))
        names = [elided(titles.get(row.touchpoint_id, ""), NAME_LENGTH) for row in comparison.rows]
        plot.getAxis("left").setTicks([list(zip(rows, names))])
        plot.getAxis("left").setWidth(LABEL_WIDTH)
        plot.getAxis("bottom").setTicks(None)
        self._theme(plot)

    def _draw_stages(self, jmap: JourneyMap, persona_id: str | None) -> None:
        import pyqtgraph as pg

        plot = self.stages
        plot.clear()
        if persona_id is None:
            return
        means = stage_means(jmap, persona_id)
        color = QColor(self.document.project.find(persona_id).color)
        xs = [i for i, m in enumerate(means) if m.mean is not None]
        heights = [means[i].mean - jmap.scale.low for i in xs]
        plot.addItem(pg.BarGraphItem(x=xs, height=heights, y0=jmap.scale.low, width=0.6, brush=color, pen=None))
        names = {s.id: s.name for s in jmap.stages}
        plot.getAxis("bottom").setTicks([[(i, elided(names[m.stage_id], 7)) for i, m in enumerate(means)]])
        plot.setYRange(jmap.scale.low, jmap.scale.high, padding=0.08)
        plot.setXRange(-0.6, len(means) - 0.4, padding=0)
        self._theme(plot)

    def _theme(self, plot: pg.PlotWidget) -> None:
        palette = self.palette()
        plot.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setTextPen(text)
            axis.setPen(palette.color(QPalette.ColorRole.Mid))

    def _fill_lists(self, jmap: JourneyMap, persona_id: str | None) -> None:
        title = {t.id: t.title for t in jmap.touchpoints}

        def block(name: str, items: list[str]) -> str:
            heading = f"<b>{escape(figure_tr(FIGURES[name].title))}</b>"
            body = "<br>".join(items) if items else f"<i>{escape(self.tr('none'))}</i>"
            return f"{heading}<br>{body}"

        if persona_id is None:
            for label in self.lists.values():
                label.clear()
            return
        points = lambda found: [f"{escape(title[p.touchpoint_id])}: {short(p.value)}" for p in found]  # noqa: E731
        self.lists["weakest_touchpoints"].setText(block("weakest_touchpoints",
                                                        points(weakest_touchpoints(jmap, persona_id))))
        self.lists["strongest_touchpoints"].setText(block("strongest_touchpoints",
                                                          points(strongest_touchpoints(jmap, persona_id))))
        self.lists["biggest_drops"].setText(block("biggest_drops", [
            f"{escape(title[d.before.touchpoint_id])} → {escape(title[d.after.touchpoint_id])}: "
            f"{short(d.change, True)}" for d in biggest_drops(jmap, persona_id)]))
        seams = []
        found = gaps(jmap)  # the largest changes in satisfaction first
        for gap in sorted(found, key=lambda g: -abs(g.changes.get(persona_id) or 0))[:SHOWN_GAPS]:
            change = gap.changes.get(persona_id)
            kinds = ", ".join(QCoreApplication.translate("SeamMarker", SEAM_KINDS[kind]) for kind in gap.kinds)
            seams.append(f"{escape(title[gap.before_id])} → {escape(title[gap.after_id])} ({escape(kinds)})"
                         + ("" if change is None else f": {short(change, True)}"))
        if len(found) > SHOWN_GAPS:
            seams.append(escape(self.tr("and %n more on the map", "", len(found) - SHOWN_GAPS)))
        self.lists["gaps"].setText(block("gaps", seams))
        aims = [a for a in largest_target_gaps(jmap, persona_id) if a.gap is not None]
        self.lists["target_gap"].setText(block("target_gap", [
            f"{escape(title[a.touchpoint_id])}: {short(a.gap, True)}" for a in aims]))
        self.lists["target_gap"].setVisible(bool(jmap.targets))
        by_touchpoint = map_nps(self.document.project, jmap.id, persona_id).by_touchpoint
        self.lists["nps"].setText(block("nps", [f"{escape(title[t])}: {n.score:+.0f} ± {n.margin:.0f}"
                                                for t, n in by_touchpoint.items() if t in title]))
        self.lists["nps"].setVisible(bool(by_touchpoint))
