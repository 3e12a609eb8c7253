"""What the user does to stages on the map: the stage's own menu (rename, colour, add before
or after, move, delete) and its "+" that appends a touchpoint. Mixed into ``EditingScene``
beside ``SceneGestures``; every change is one command on the document.

Words go through ``QCoreApplication.translate`` with this module's context written out: a
mixin's ``self.tr`` would look them up under the scene's class, and lupdate finds only
calls spelled this way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox

from cxdesigner.editor.commands import (AddItemCommand, MacroCommand, MoveItemCommand, RemoveItemCommand,
                                        UpdateItemCommand)
from cxdesigner.model import Stage, Touchpoint


class StageGestures:
    def stage_actions(self, stage_id: str) -> list[QAction]:
        """What a stage title's context menu offers."""
        jmap, project = self.jmap, self.document.project
        stage = project.find(stage_id)
        index = jmap.stage_index(stage_id)
        last = len(jmap.stages) - 1
        entries = (
            (QCoreApplication.translate("StageGestures", "Add Touchpoint to “%1”").replace("%1", stage.name),
             lambda: self.append_touchpoint(stage_id), True),
            (QCoreApplication.translate("StageGestures", "Rename Stage…"),
             lambda: self.rename_stage(stage_id), True),
            (QCoreApplication.translate("StageGestures", "Stage Colour…"),
             lambda: self.recolour_stage(stage_id), True),
            (QCoreApplication.translate("StageGestures", "Add Stage Before"), lambda: self.add_stage(index), True),
            (QCoreApplication.translate("StageGestures", "Add Stage After"), lambda: self.add_stage(index + 1), True),
            (QCoreApplication.translate("StageGestures", "Move Stage Left"),
             lambda: self._push(MoveItemCommand(project, stage_id, index - 1)), index > 0),
            (QCoreApplication.translate("StageGestures", "Move Stage Right"),
             lambda: self._push(MoveItemCommand(project, stage_id, index + 1)), index < last),
            (QCoreApplication.translate("StageGestures", "Delete Stage…"), lambda: self.delete_stages([stage_id]), True))
        actions = []
        for text, slot, enabled in entries:
            action = QAction(text, self)
            action.triggered.connect(slot)
            action.setEnabled(enabled)
            actions.append(action)
        return actions

    def append_touchpoint(self, stage_id: str) -> Touchpoint | None:
        """A new touchpoint at the end of a stage: selected, in view, shown in the Inspector."""
        jmap = self.jmap
        index = sum(1 for t in jmap.touchpoints if jmap.stage_index(t.stage_id) <= jmap.stage_index(stage_id))
        title = QCoreApplication.translate("SceneGestures", "New touchpoint")
        touchpoint = Touchpoint(title=title, stage_id=stage_id)
        if not self._push(AddItemCommand(self.document.project, touchpoint, map_id=jmap.id, index=index)):
            return None
        self.select_touchpoint(touchpoint.id)
        return touchpoint

    def add_stage(self, index: int) -> None:
        stage = Stage(name=QCoreApplication.translate("StageGestures", "New stage"))
        label = QCoreApplication.translate("StageGestures", "Add stage")
        if self._push(AddItemCommand(self.document.project, stage, map_id=self.map_id, index=index, label=label)):
            self.select_stage(stage.id)

    def _dialog_parent(self):
        return self.views()[0] if self.views() else None

    def rename_stage(self, stage_id: str) -> None:
        stage = self.document.project.find(stage_id)
        name, ok = QInputDialog.getText(self._dialog_parent(),
                                        QCoreApplication.translate("StageGestures", "Rename stage"),
                                        QCoreApplication.translate("StageGestures", "Name:"), text=stage.name)
        if ok and name.strip() and name.strip() != stage.name:
            label = QCoreApplication.translate("StageGestures", "Rename stage")
            self._push(UpdateItemCommand(self.document.project, stage_id, label=label, name=name.strip()))

    def recolour_stage(self, stage_id: str) -> None:
        stage = self.document.project.find(stage_id)
        color = QColorDialog.getColor(QColor(stage.color), self._dialog_parent(),
                                      QCoreApplication.translate("StageGestures", "Stage colour"))
        if color.isValid() and color.name() != stage.color:
            label = QCoreApplication.translate("StageGestures", "Recolour stage")
            self._push(UpdateItemCommand(self.document.project, stage_id, label=label, color=color.name()))

    def confirm_stage_delete(self, stage_ids: list[str]) -> bool:
        """Ask before stages go with their touchpoints (and those touchpoints' ratings and notes)."""
        jmap, project = self.jmap, self.document.project
        stages = [project.find(i) for i in stage_ids]
        count = sum(len(jmap.touchpoints_in(s.id)) for s in stages)
        if len(stages) == 1:
            question = QCoreApplication.translate(
                "StageGestures", "Delete the stage %1 with its %n touchpoint(s)? You can undo this.", "", count)
        else:
            question = QCoreApplication.translate(
                "StageGestures", "Delete the stages %1 with their %n touchpoint(s)? You can undo this.", "", count)
        names = ", ".join(f"“{s.name}”" for s in stages)
        title = QCoreApplication.translate("StageGestures", "Delete stage")
        answer = QMessageBox.question(self._dialog_parent(), title, question.replace("%1", names))
        return answer == QMessageBox.StandardButton.Yes

    def delete_stages(self, stage_ids: list[str]) -> None:
        if self.confirm_stage_delete(stage_ids):
            project = self.document.project
            commands = [RemoveItemCommand(project, i) for i in stage_ids]
            self._push(commands[0] if len(commands) == 1 else
                       MacroCommand(project, QCoreApplication.translate("StageGestures", "Delete stages"), commands))

    def select_stage(self, stage_id: str) -> None:
        for band in self.stage_bands():
            if band.item_id == stage_id:
                self.clearSelection()
                band.setSelected(True)
                for view in self.views():
                    view.ensureVisible(band.header_rect(), 40, 40)
