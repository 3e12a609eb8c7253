"""The Insert menu: new touchpoints, stages, personas, goals, pain points, highlights and actions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from PySide6.QtWidgets import QMenu

from cxdesigner.model import Action, Goal, PainPoint, PositiveMoment


class InsertMenu(QMenu):
    """Each entry adds one thing to the current map (or project) as one undo step."""

    def __init__(self, window) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "&Insert"), window)
        self.window = window
        for text, slot, tip in (
                (QT_TRANSLATE_NOOP("InsertMenu", "&Touchpoint"), self.touchpoint, QT_TRANSLATE_NOOP("InsertMenu", "After the selected touchpoint, or at the end of the map")),
                (QT_TRANSLATE_NOOP("InsertMenu", "&Stage"), self.stage, QT_TRANSLATE_NOOP("InsertMenu", "After the selected touchpoint's stage, or at the end")),
                (QT_TRANSLATE_NOOP("InsertMenu", "&Persona"), lambda: self._panel_add(self.window.panels.personas), QT_TRANSLATE_NOOP("InsertMenu", "A new persona for the project")),
                (None, None, None),
                (QT_TRANSLATE_NOOP("InsertMenu", "&Goal"), lambda: self._note(Goal), QT_TRANSLATE_NOOP("InsertMenu", "A goal at the selected touchpoint, or over the whole journey")),
                (QT_TRANSLATE_NOOP("InsertMenu", "Pain P&oint"), lambda: self._note(PainPoint), QT_TRANSLATE_NOOP("InsertMenu", "A pain point at the selected touchpoint")),
                (QT_TRANSLATE_NOOP("InsertMenu", "Positive &Moment"), lambda: self._note(PositiveMoment), QT_TRANSLATE_NOOP("InsertMenu", "A highlight at the selected touchpoint")),
                (QT_TRANSLATE_NOOP("InsertMenu", "&Action"), lambda: self._note(Action), QT_TRANSLATE_NOOP("InsertMenu", "An improvement action at the selected touchpoint")),
                (QT_TRANSLATE_NOOP("InsertMenu", "Sticky &Note"), self.sticky_note, QT_TRANSLATE_NOOP("InsertMenu", "A free note under the lanes, where it covers nothing"))):
            if text is None:
                self.addSeparator()
            else:
                self.addAction(self.tr(text), slot).setStatusTip(self.tr(tip))

    def touchpoint(self) -> None:
        scene = self.window.scene
        if scene is None:
            return
        current = scene.current_touchpoint()
        layout = scene.layout
        x = layout.x_of[current] + layout.metrics.slot_width * 0.5 if current else layout.width
        scene.create_touchpoint(x)

    def stage(self) -> None:
        scene = self.window.scene
        if scene is None:
            return
        jmap, project = scene.jmap, self.window.document.project
        current = scene.current_touchpoint()
        index = jmap.stage_index(project.find(current).stage_id) + 1 if current else len(jmap.stages)
        scene.add_stage(index)

    def sticky_note(self) -> None:
        scene, view = self.window.scene, self.window.view
        if scene is None:
            return
        scene.add_note_in_free_space(view.mapToScene(view.viewport().rect().center()).x())

    def _panel_add(self, panel) -> None:
        self.window.panels.dock_of(panel).show()
        self.window.panels.dock_of(panel).raise_()
        panel.add()

    def _note(self, kind: type) -> None:
        annotations = self.window.panels.annotations
        annotations.setCurrentWidget(annotations.editors[kind])
        self._panel_add(annotations.editors[kind])
