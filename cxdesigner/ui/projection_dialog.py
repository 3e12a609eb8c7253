"""Map > Projected Line…: which actions the projected line applies ("after these changes").

The designer ticks the statuses of the actions to apply and may keep only those planned
by a date; the dialog says how many actions that takes in. OK makes the choice one undo
step (``command``); Switch Off takes the line away again, also as one step.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
                               QVBoxLayout)

from cxdesigner.analysis.projection import chosen_actions
from cxdesigner.editor.commands import UpdateItemCommand
from cxdesigner.model import ActionStatus, JourneyMap, Project

STATUS_NAMES = {ActionStatus.IDEA: QT_TRANSLATE_NOOP("ProjectionDialog", "&Idea"),
                ActionStatus.PLANNED: QT_TRANSLATE_NOOP("ProjectionDialog", "&Planned"),
                ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ProjectionDialog", "In p&rogress"),
                ActionStatus.DONE: QT_TRANSLATE_NOOP("ProjectionDialog", "&Done"),
                ActionStatus.DROPPED: QT_TRANSLATE_NOOP("ProjectionDialog", "Dr&opped")}


class ProjectionDialog(QDialog):
    def __init__(self, jmap: JourneyMap, parent=None) -> None:
        super().__init__(parent)
        self.jmap = jmap
        self.setWindowTitle(self.tr("Projected Line of %1").replace("%1", jmap.name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The projected line shows each persona's satisfaction once the chosen actions have "
                               "their expected effects. Choose the actions by their status, and by date if you "
                               "like."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        group = QGroupBox(self.tr("Apply the actions that are"))
        row = QVBoxLayout(group)
        self.statuses: dict[ActionStatus, QCheckBox] = {}
        for status, name in STATUS_NAMES.items():
            box = self.statuses[status] = QCheckBox(self.tr(name))
            box.setChecked(status in jmap.projected_statuses)
            box.toggled.connect(self._update)
            row.addWidget(box)
        layout.addWidget(group)
        dated = QHBoxLayout()
        self.by_date = QCheckBox(self.tr("Only those planned &by"))
        self.by_date.setToolTip(self.tr("Leave out actions planned later and those with no planned date"))
        self.by_date.setChecked(jmap.projected_until is not None)
        self.by_date.toggled.connect(self._update)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setAccessibleName(self.tr("Planned by"))
        self.until.setDateRange(QDate(1, 1, 1), QDate(9999, 12, 31))  # every day a file may hold
        self.until.setDate(_qdate(jmap.projected_until or _latest_plan(jmap) or date.today()))
        self.until.dateChanged.connect(self._update)
        dated.addWidget(self.by_date)
        dated.addWidget(self.until, 1)
        layout.addLayout(dated)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.off = self.buttons.addButton(self.tr("S&witch Off"), QDialogButtonBox.ButtonRole.ResetRole)
        self.off.setToolTip(self.tr("Take the projected line off the map"))
        self.off.clicked.connect(self.switch_off)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def chosen_statuses(self) -> list[ActionStatus]:
        return [status for status, box in self.statuses.items() if box.isChecked()]

    def chosen_until(self) -> date | None:
        return self.until.date().toPython() if self.by_date.isChecked() else None

    def switch_off(self) -> None:
        for box in self.statuses.values():
            box.setChecked(False)
        self.by_date.setChecked(False)
        self.accept()

    def _update(self) -> None:
        self.until.setEnabled(self.by_date.isChecked())
        statuses = self.chosen_statuses()
        if not statuses:
            self.summary.setText(self.tr("No status is ticked: the map shows no projected line."))
            return
        probe = JourneyMap(name=self.jmap.name, actions=self.jmap.actions, projected_statuses=statuses,
                           projected_until=self.chosen_until())
        count = len(chosen_actions(probe))
        self.summary.setText(self.tr("%n action(s) with an expected effect will be applied.", "", count))

    def command(self, project: Project) -> UpdateItemCommand | None:
        """The choice as one undo step, or ``None`` when it changes nothing."""
        statuses = self.chosen_statuses()
        until = self.chosen_until() if statuses else None
        if (set(statuses), until) == (set(self.jmap.projected_statuses), self.jmap.projected_until):
            return None
        label = self.tr("Projected line") if statuses else self.tr("Switch off the projected line")
        return UpdateItemCommand(project, self.jmap.id, label=label, projected_statuses=statuses,
                                 projected_until=until)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _latest_plan(jmap: JourneyMap) -> date | None:
    """The last planned date of the map's actions: where a first date choice starts."""
    days = [a.planned_on for a in jmap.actions if a.planned_on is not None]
    return max(days) if days else None
