"""What the user does to stages on the map: the stage's own menu (rename, colour, add before
or after, move, delete) and its "+" that appends a touchpoint. Mixed into ``JourneyScene``
beside ``SceneGestures``; every change is one command on the document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox

from cxdesigner.editor.commands import AddItemCommand, MacroCommand, MoveItemCommand, RemoveItemCommand, UpdateItemCommand
from cxdesigner.model import Stage, Touchpoint

translate = QCoreApplication.translate  # a mixin's self.tr would use the scene's class as context


class StageGestures:
    def stage_actions(self, stage_id: str) -> list[QAction]:
        """What a stage title's context menu offers."""
        jmap, project = self.jmap, self.document.project
        stage = project.find(stage_id)
        index = jmap.stage_index(stage_id)
        actions = []

        def action(text: str, slot, enabled: bool = True) -> None:
            item = QAction(text, self)
            item.triggered.connect(slot)
            item.setEnabled(enabled)
            actions.append(item)

        action(translate("StageGestures", "Add Touchpoint to “%1”").replace("%1", stage.name),
               lambda: self.append_touchpoint(stage_id))
        action(translate("StageGestures", "Rename Stage…"), lambda: self.rename_stage(stage_id))
        action(translate("StageGestures", "Stage Colour…"), lambda: self.recolour_stage(stage_id))
        action(translate("StageGestures", "Add Stage Before"), lambda: self.add_stage(index))
        action(translate("StageGestures", "Add Stage After"), lambda: self.add_stage(index + 1))
        action(translate("StageGestures", "Move Stage Left"),
               lambda: self._push(MoveItemCommand(project, stage_id, index - 1)), index > 0)
        action(translate("StageGestures", "Move Stage Right"),
               lambda: self._push(MoveItemCommand(project, stage_id, index + 1)), index < len(jmap.stages) - 1)
        action(translate("StageGestures", "Delete Stage…"), lambda: self.delete_stages([stage_id]))
        return actions

    def append_touchpoint(self, stage_id: str) -> Touchpoint | None:
        """A new touchpoint at the end of a stage: selected, in view, shown in the Inspector."""
        jmap = self.jmap
        index = sum(1 for t in jmap.touchpoints if jmap.stage_index(t.stage_id) <= jmap.stage_index(stage_id))
        touchpoint = Touchpoint(title=translate("SceneGestures", "New touchpoint"), stage_id=stage_id)
        if not self._push(AddItemCommand(self.document.project, touchpoint, map_id=jmap.id, index=index)):
            return None
        self.select_touchpoint(touchpoint.id)
        return touchpoint

    def add_stage(self, index: int) -> None:
        stage = Stage(name=translate("StageGestures", "New stage"))
        if self._push(AddItemCommand(self.document.project, stage, map_id=self.map_id, index=index,
                                     label=translate("StageGestures", "Add stage"))):
            self.select_stage(stage.id)

    def rename_stage(self, stage_id: str) -> None:
        stage = self.document.project.find(stage_id)
        view = self.views()[0] if self.views() else None
        name, ok = QInputDialog.getText(view, translate("StageGestures", "Rename stage"), translate("StageGestures", "Name:"),
                                        text=stage.name)
        if ok and name.strip() and name.strip() != stage.name:
            self._push(UpdateItemCommand(self.document.project, stage_id, label=translate("StageGestures", "Rename stage"),
                                         name=name.strip()))

    def recolour_stage(self, stage_id: str) -> None:
        stage = self.document.project.find(stage_id)
        view = self.views()[0] if self.views() else None
        color = QColorDialog.getColor(QColor(stage.color), view, translate("StageGestures", "Stage colour"))
        if color.isValid() and color.name() != stage.color:
            self._push(UpdateItemCommand(self.document.project, stage_id, label=translate("StageGestures", "Recolour stage"),
                                         color=color.name()))

    def confirm_stage_delete(self, stage_ids: list[str]) -> bool:
        """Ask before stages go with their touchpoints (and those touchpoints' ratings and notes)."""
        jmap, project = self.jmap, self.document.project
        stages = [project.find(i) for i in stage_ids]
        count = sum(len(jmap.touchpoints_in(s.id)) for s in stages)
        names = ", ".join(f"“{s.name}”" for s in stages)
        if len(stages) == 1:
            question = translate("StageGestures", "Delete the stage %1 with its %n touchpoint(s)? You can undo this.", "",
                          count)
        else:
            question = translate("StageGestures", "Delete the stages %1 with their %n touchpoint(s)? You can undo this.", "",
                          count)
        view = self.views()[0] if self.views() else None
        return QMessageBox.question(view, translate("StageGestures", "Delete stage"),
                                    question.replace("%1", names)) == QMessageBox.StandardButton.Yes

    def delete_stages(self, stage_ids: list[str]) -> None:
        if self.confirm_stage_delete(stage_ids):
            project = self.document.project
            commands = [RemoveItemCommand(project, i) for i in stage_ids]
            self._push(commands[0] if len(commands) == 1 else
                       MacroCommand(project, translate("StageGestures", "Delete stages"), commands))

    def select_stage(self, stage_id: str) -> None:
        for band in self.stage_bands():
            if band.item_id == stage_id:
                self.clearSelection()
                band.setSelected(True)
                for view in self.views():
                    view.ensureVisible(band.header_rect(), 40, 40)
