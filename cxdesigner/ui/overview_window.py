"""A read-only overview of a project: its maps and each persona's satisfaction line.

It is the first window of CX Designer, shown until the full editor replaces it.
"""

from __future__ import annotations

import os

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QLabel, QListWidget, QMainWindow, QSplitter, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from cxdesigner.analysis.curve import satisfaction_curve
from cxdesigner.model import JourneyMap, Project


class OverviewWindow(QMainWindow):
    """Maps on the left; the selected map's stages, touchpoints and lines on the right."""

    def __init__(self, project: Project | None, path: str | None = None) -> None:
        super().__init__()
        self.project = project
        name = project.name if project else "No project"
        self.setWindowTitle(f"{name} — {os.path.basename(path)} — CX Designer" if path else f"{name} — CX Designer")
        self.resize(1200, 720)
        self.maps = QListWidget()
        self.maps.setToolTip("The journey maps of this project")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.plot = pg.PlotWidget(background="w")
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.addLegend(offset=(10, 10))
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.heading)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.table, 2)
        splitter = QSplitter()
        splitter.addWidget(self.maps)
        splitter.addWidget(right)
        splitter.setSizes([220, 980])
        self.setCentralWidget(splitter)
        self.maps.currentRowChanged.connect(self._show_map)
        for jmap in project.maps if project else []:
            self.maps.addItem(jmap.name)
        if project and project.maps:
            self.maps.setCurrentRow(0)
        else:
            self.heading.setText("<h2>Nothing to show</h2><p>Open a project with "
                                 "<code>cxdesigner PATH.cxd</code> or create one with "
                                 "<code>cxdesigner new PATH.cxd --template hotel</code>.</p>")
        count = len(project.maps) if project else 0
        self.statusBar().showMessage(f"{count} map{'' if count == 1 else 's'}" if project else "No project open")

    def _show_map(self, row: int) -> None:
        if row < 0:
            return
        jmap = self.project.maps[row]
        stages = " · ".join(f"<b>{s.name}</b> ({len(jmap.touchpoints_in(s.id))})" for s in jmap.stages)
        self.heading.setText(f"<h2>{jmap.name}</h2><p>{jmap.description}</p><p>{stages}</p>")
        self._plot(jmap)
        self._list(jmap)

    def _list(self, jmap: JourneyMap) -> None:
        """The touchpoints by number, as on the plot's axis, with each persona's rating."""
        personas = [self.project.find(p) for p in jmap.persona_ids]
        self.table.clear()
        self.table.setHeaderLabels(["#", "Stage", "Touchpoint", "Channel", *(p.name for p in personas)])
        names = {item.id: item.name for item in (*jmap.stages, *self.project.channels)}
        for number, tp in enumerate(jmap.touchpoints, start=1):
            ratings = [jmap.rating(tp.id, p.id) for p in personas]
            row = QTreeWidgetItem([str(number), names[tp.stage_id], tp.title, names.get(tp.channel_id, ""),
                                   *(f"{r.value:g}" if r else "–" for r in ratings)])
            row.setToolTip(2, tp.description)
            self.table.addTopLevelItem(row)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)

    def _plot(self, jmap: JourneyMap) -> None:
        plot = self.plot
        plot.clear()
        scale = jmap.scale
        plot.setYRange(scale.low, scale.high, padding=0.08)
        plot.addItem(pg.InfiniteLine(scale.neutral, angle=0, pen=pg.mkPen("#999", style=Qt.PenStyle.DashLine)))
        plot.getAxis("bottom").setTicks([[(i, str(i + 1)) for i in range(len(jmap.touchpoints))]])
        steps = int(round((scale.high - scale.low) / scale.step))
        plot.getAxis("left").setTicks([[(scale.low + i * scale.step, f"{scale.low + i * scale.step:g}")
                                        for i in range(steps + 1)]])
        plot.getAxis("left").setLabel(f"{scale.low_label}  →  {scale.high_label}")
        for persona_id in jmap.persona_ids:
            persona = self.project.find(persona_id)
            points = satisfaction_curve(jmap, persona_id)
            xs = [p.x for p in points]
            ys = [float("nan") if p.value is None else p.value for p in points]
            plot.plot(xs, ys, connect="finite", name=persona.name,
                      pen=pg.mkPen(persona.color, width=3),
                      symbol="o", symbolBrush=persona.color, symbolPen="w", symbolSize=10)
