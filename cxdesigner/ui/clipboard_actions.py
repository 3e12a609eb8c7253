"""Cut, Copy and Paste of touchpoints, through the system clipboard.

The clipboard carries ``interchange.clipboard``'s JSON under its MIME type (and
the titles as plain text for other programs), so touchpoints move between
maps, projects and windows. Paste lands after the selected touchpoint, in its
stage, or at the end of the map; it is one undo step, and Cut is one too.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from cxdesigner.editor.commands import AddItemCommand, MacroCommand, RemoveItemCommand, SetLanesCommand, SetValueCommand
from cxdesigner.interchange.clipboard import MIME_TYPE, copy_touchpoints, paste_touchpoints


class ClipboardActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        keys = QKeySequence.StandardKey
        self.cut, self.copy, self.paste = (QAction(self.tr(t), window) for t in (QT_TRANSLATE_NOOP("ClipboardActions", "Cu&t"), QT_TRANSLATE_NOOP("ClipboardActions", "&Copy"), QT_TRANSLATE_NOOP("ClipboardActions", "&Paste")))
        for action, key, slot, tip in ((self.cut, keys.Cut, self.cut_selection, QT_TRANSLATE_NOOP("ClipboardActions", "Move the selected touchpoints")),
                                       (self.copy, keys.Copy, self.copy_selection, QT_TRANSLATE_NOOP("ClipboardActions", "Copy the selected touchpoints")),
                                       (self.paste, keys.Paste, self.paste_here, QT_TRANSLATE_NOOP("ClipboardActions", "Paste touchpoints here"))):
            action.setShortcuts(key)
            action.setStatusTip(self.tr(tip))
            action.triggered.connect(slot)

    def _selected(self) -> list[str]:
        scene = self.window.scene
        return [i.touchpoint_id for i in scene.selectedItems() if hasattr(i, "touchpoint_id")] if scene else []

    def copy_selection(self) -> bool:
        ids = self._selected()
        if not ids:
            return False
        project, jmap = self.window.document.project, self.window.scene.jmap
        data = QMimeData()
        data.setData(MIME_TYPE, copy_touchpoints(project, jmap, ids).encode())
        data.setText("\n".join(t.title for t in jmap.touchpoints if t.id in ids))
        QGuiApplication.clipboard().setMimeData(data)
        return True

    def cut_selection(self) -> None:
        ids = self._selected()
        if self.copy_selection():
            project = self.window.document.project
            self._push(MacroCommand(project, self.tr("Cut %n touchpoints", "", len(ids)),
                                    [RemoveItemCommand(project, i) for i in ids]))

    def paste_here(self) -> None:
        scene = self.window.scene
        data = QGuiApplication.clipboard().mimeData()
        if scene is None or data is None or not data.hasFormat(MIME_TYPE):
            self.window.statusBar().showMessage(self.tr("The clipboard holds no touchpoints."), 5000)
            return
        project, jmap = self.window.document.project, scene.jmap
        if not jmap.stages:
            self.window.statusBar().showMessage(self.tr("Add a stage to this map first."), 5000)
            return
        current = scene.current_touchpoint()
        anchor = project.find(current) if current else None
        stage_id = anchor.stage_id if anchor else jmap.stages[-1].id
        index = jmap.touchpoints.index(anchor) + 1 if anchor else len(jmap.touchpoints)
        try:
            pasted = paste_touchpoints(project, jmap, bytes(data.data(MIME_TYPE)).decode(errors="replace"), stage_id)
        except ValueError as error:
            self.window.statusBar().showMessage(str(error), 5000)
            return
        commands = [AddItemCommand(project, lane, map_id=jmap.id) for lane in pasted.lanes]
        if pasted.lanes:
            commands.append(SetLanesCommand(project, jmap.id, [*jmap.lanes, *(lane.id for lane in pasted.lanes)]))
        for offset, touchpoint in enumerate(pasted.touchpoints):
            commands.append(AddItemCommand(project, touchpoint, map_id=jmap.id, index=index + offset))
        commands += [SetValueCommand(project, kind, jmap.id, v.touchpoint_id, v.persona_id, v.value,
                                     **{f.name: getattr(v, f.name) for f in fields(v)[3:]})  # after the key and value
                     for kind, v in pasted.values]
        commands += [AddItemCommand(project, cell, map_id=jmap.id) for cell in pasted.cells]
        count = len(pasted.touchpoints)
        if self._push(MacroCommand(project, self.tr("Paste %n touchpoints", "", count), commands)):
            scene.clearSelection()
            for touchpoint in pasted.touchpoints:
                scene.cards[touchpoint.id].setSelected(True)

    def _push(self, command) -> bool:
        return self.window.document.try_push(command)
