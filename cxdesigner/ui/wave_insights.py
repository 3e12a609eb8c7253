"""The survey waves in Insights: each touchpoint per wave, the supported changes marked, and the next survey.

A table with a heading row per touchpoint (and one for the journey's NPS) and under it a
row per wave, oldest first: the mean score with its 95% interval and, where asked, the
NPS with its margin (narrow enough for a side panel, however many waves). An arrow marks a change from the wave before only where it is statistically
supported (``analysis/waves.py``); the cell's tooltip gives the test. Under it, the plan
for the next survey, for a half-width the user chooses (a way of looking: not saved).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QDoubleSpinBox, QFormLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from cxdesigner.analysis.definitions import FIGURES
from cxdesigner.analysis.planning import DEFAULT_HALF_WIDTH, half_width_on, plan_next_survey
from cxdesigner.analysis.waves import WaveCell, wave_table
from cxdesigner.model import JourneyMap, Project

UP, DOWN = "▲", "▼"
#: Tints of a cell whose change is supported (light, so the text stays legible in either theme's table).
RISE, FALL = QColor(46, 158, 79, 60), QColor(201, 42, 42, 60)
NAME_LENGTH = 26
WAVE_LENGTH = 16


def figure_tr(text: str) -> str:
    return QCoreApplication.translate("Figures", text)


def _elided(text: str, length: int = NAME_LENGTH) -> str:
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"


class WavesSection(QWidget):
    """Survey waves side by side and the plan for the next survey, for one map."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.heading = QLabel(f"<b>{escape(figure_tr(FIGURES['survey_waves'].title))}</b>")
        self.heading.setToolTip(figure_tr(FIGURES["survey_waves"].definition))
        layout.addWidget(self.heading)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Wave"), self.tr("Satisfaction"), self.tr("NPS")])
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Survey waves"))
        self.table.setToolTip(figure_tr(FIGURES["supported_change"].definition))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table)
        self.plan_box = QWidget()  # the plan, shown once there is a wave
        planning = QVBoxLayout(self.plan_box)
        planning.setContentsMargins(0, 0, 0, 0)
        self.plan_heading = QLabel(f"<b>{escape(figure_tr(FIGURES['next_survey'].title))}</b>")
        self.plan_heading.setToolTip(figure_tr(FIGURES["next_survey"].definition))
        form = QFormLayout()
        self.half_width = QDoubleSpinBox()
        self.half_width.setRange(0.05, 2.0)
        self.half_width.setSingleStep(0.05)
        self.half_width.setDecimals(2)
        self.half_width.setPrefix("± ")
        self.half_width.setValue(DEFAULT_HALF_WIDTH)
        self.half_width.setAccessibleName(self.tr("Interval to aim for"))
        self.half_width.setToolTip(self.tr("The plus or minus the next survey's 95% intervals should stay within, "
                                           "on a 1 to 5 scale (carried onto the map's scale)"))
        self.half_width.valueChanged.connect(lambda _value: self._fill_plan())
        form.addRow(self.tr("Interval to aim for (1–5 scale)"), self.half_width)
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        self.plan.setAccessibleName(self.tr("Next survey"))
        self.plan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        planning.addWidget(self.plan_heading)
        planning.addLayout(form)
        planning.addWidget(self.plan)
        layout.addWidget(self.plan_box)
        self.project: Project | None = None
        self.jmap: JourneyMap | None = None

    def show_map(self, project: Project, jmap: JourneyMap) -> None:
        self.project, self.jmap = project, jmap
        table = wave_table(project, jmap.id)
        titles = {t.id: t.title for t in jmap.touchpoints}
        shown = bool(table.waves)
        for widget in (self.table, self.plan_box):
            widget.setVisible(shown)
        self.table.clearSpans()
        self.table.clearContents()
        if not shown:
            self.note.setText(self.tr("No survey yet: Map > Import Survey… adds one; a survey imported with a "
                                      "wave label each time is compared here."))
            self.table.setRowCount(0)
            return
        self.note.setText(self.tr("%n wave(s), every respondent; ▲ ▼ mark supported changes.", "",
                                  len(table.waves)))
        groups = [(titles[tp], cells) for tp, cells in table.rows.items()]
        if any(cell.nps for cell in table.journey):
            groups.append((self.tr("Journey NPS"), table.journey))
        self.table.setRowCount(sum(1 + len(table.waves) for _ in groups))
        row = 0
        for title, cells in groups:
            heading = QTableWidgetItem(title)
            heading.setToolTip(title)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            self.table.setItem(row, 0, heading)
            self.table.setSpan(row, 0, 1, 3)
            row += 1
            for index, (wave, cell) in enumerate(zip(table.waves, cells)):
                before = table.waves[index - 1].label if index else ""
                label = QTableWidgetItem(_elided(wave.label, WAVE_LENGTH))
                label.setToolTip(wave.label + (("\n" + self.tr("Fieldwork %1").replace("%1", wave.period))
                                               if wave.period else ""))
                self.table.setItem(row, 0, label)
                self.table.setItem(row, 1, self._satisfaction(cell, before))
                self.table.setItem(row, 2, self._nps(cell, before))
                row += 1
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(row))
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)
        self._fill_plan()

    def _satisfaction(self, cell: WaveCell, before: str) -> QTableWidgetItem:
        s, test = cell.satisfaction, cell.satisfaction_change
        if s is None:
            return self._item("—", "", 0)
        margin = f" ±{s.margin:.2f}" if s.margin is not None else ""
        tips = [self.tr("Mean of %n answer(s)", "", s.n)]
        change = 0
        if test is not None:
            verdict = self.tr("a supported change") if test.supported else self.tr("not a supported change")
            tips.append(self.tr("%1 by %2 since %3: %4 (Welch's t = %5, df = %6, p = %7)")
                        .replace("%1", self.tr("Up") if test.difference >= 0 else self.tr("Down"))
                        .replace("%2", f"{abs(test.difference):.2f}").replace("%3", before)
                        .replace("%4", verdict).replace("%5", f"{test.t:.2f}").replace("%6", f"{test.df:.1f}")
                        .replace("%7", f"{test.p:.3f}"))
            if test.supported:
                change = 1 if test.difference > 0 else -1
        return self._item(f"{s.mean:.2f}{margin}", "\n".join(tips), change)

    def _nps(self, cell: WaveCell, before: str) -> QTableWidgetItem:
        n, moved = cell.nps, cell.nps_change
        if n is None:
            return self._item("", "", 0)
        tips = [self.tr("NPS of %n answer(s)", "", n.n)]
        change = 0
        if moved is not None:
            verdict = self.tr("a supported change") if moved.supported else self.tr("not a supported change")
            tips.append(self.tr("%1 ± %2 points since %3: %4").replace("%1", f"{moved.difference:+.0f}")
                        .replace("%2", f"{moved.margin:.0f}").replace("%3", before).replace("%4", verdict))
            if moved.supported:
                change = 1 if moved.difference > 0 else -1
        return self._item(f"{n.score:+.0f} ±{n.margin:.0f}", "\n".join(tips), change)

    def _item(self, text: str, tip: str, change: int) -> QTableWidgetItem:
        """A figure, with an arrow, a tint and bold type where its change is supported."""
        item = QTableWidgetItem((UP if change > 0 else DOWN) + " " + text if change else text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if tip:
            item.setToolTip(tip)
        if change:
            item.setBackground(QBrush(RISE if change > 0 else FALL))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def _fill_plan(self) -> None:
        if self.project is None or self.jmap is None or self.project.lookup(self.jmap.id) is None:
            return
        jmap, wanted = self.jmap, self.half_width.value()
        titles = {t.id: t.title for t in jmap.touchpoints}
        target = half_width_on(jmap.scale, wanted)
        lines = []
        for plan in plan_next_survey(self.project, jmap.id, wanted):
            name = escape(_elided(titles[plan.touchpoint_id], 40))
            if plan.needed is None:
                lines.append(self.tr("%1: one answer so far, too few to plan from").replace("%1", name))
            elif plan.more == 0:
                lines.append(self.tr("%1: enough (±%2 from %n answer(s))", "", plan.n).replace("%1", name)
                             .replace("%2", f"{plan.margin:.2f}"))
            else:
                lines.append(self.tr("%1: <b>%n more answer(s)</b>", "", plan.more).replace("%1", name)
                             + " " + escape(self.tr("(%1 in all; ±%2 now)").replace("%1", str(plan.needed))
                                            .replace("%2", f"{plan.margin:.2f}")))
        intro = escape(self.tr("For 95% intervals of ±%1 on this map's scale:").replace("%1", f"{target:.2f}"))
        self.plan.setText(intro + "<br>" + "<br>".join(lines))
