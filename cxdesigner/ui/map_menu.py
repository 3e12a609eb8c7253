"""The Map menu: add, rename, duplicate, delete, import and reorder the project's maps."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from cxdesigner.editor.commands import (AddItemCommand, MacroCommand, MoveItemCommand, RemoveItemCommand,
                                        UpdateItemCommand)
from cxdesigner.model import JourneyMap, Spacing, Stage
from cxdesigner.model.duplicate import duplicate_map
from cxdesigner.ui.lanes_dialog import LanesDialog
from cxdesigner.ui.map_settings import MapSettingsDialog
from cxdesigner.ui.projection_dialog import ProjectionDialog

DEFAULT_STAGES = [(QT_TRANSLATE_NOOP("MapMenu", "Awareness"), "#dbe9f6"), (QT_TRANSLATE_NOOP("MapMenu", "Consideration"), "#dff1e6"), (QT_TRANSLATE_NOOP("MapMenu", "Purchase"), "#fdf1d6"),
                  (QT_TRANSLATE_NOOP("MapMenu", "Use and service"), "#f9e0e0"), (QT_TRANSLATE_NOOP("MapMenu", "Loyalty"), "#ece3f6")]


class MapMenu(QMenu):
    """Acts on the map shown in ``window`` (a ``MainWindow``)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "&Map"), window)
        self.window = window
        for text, slot, tip in (
                (QT_TRANSLATE_NOOP("MapMenu", "&New Map"), self.new_map, QT_TRANSLATE_NOOP("MapMenu", "Add a map with the five classic stages")),
                (QT_TRANSLATE_NOOP("MapMenu", "Map &Settings…"), self.settings, QT_TRANSLATE_NOOP("MapMenu", "Name, description and satisfaction scale of the current map")),
                (QT_TRANSLATE_NOOP("MapMenu", "&Lanes…"), self.choose_lanes, QT_TRANSLATE_NOOP("MapMenu", "Choose and order the lanes the current map shows")),
                (QT_TRANSLATE_NOOP("MapMenu", "&Projected Line…"), self.projected_line,
                 QT_TRANSLATE_NOOP("MapMenu", "Show each persona's line as it would be after the actions you choose")),
                (QT_TRANSLATE_NOOP("MapMenu", "&Rename Map…"), self.rename_map, QT_TRANSLATE_NOOP("MapMenu", "Rename the current map")),
                (QT_TRANSLATE_NOOP("MapMenu", "D&uplicate Map"), self.duplicate, QT_TRANSLATE_NOOP("MapMenu", "Copy the current map with everything on it")),
                (QT_TRANSLATE_NOOP("MapMenu", "&Delete Map…"), self.delete_map, QT_TRANSLATE_NOOP("MapMenu", "Delete the current map")),
                (QT_TRANSLATE_NOOP("MapMenu", "&Import Mermaid Journey…"), self.import_mermaid, QT_TRANSLATE_NOOP("MapMenu", "Add a map from Mermaid journey text")),
                (QT_TRANSLATE_NOOP("MapMenu", "Import Sur&vey…"), self.import_survey, QT_TRANSLATE_NOOP("MapMenu", "Measure the current map's satisfaction from survey answers")),
                (QT_TRANSLATE_NOOP("MapMenu", "Save as &Template…"), self.save_as_template,
                 QT_TRANSLATE_NOOP("MapMenu", "Keep the current map as a template to start new projects from")),
                (None, None, None),
                (QT_TRANSLATE_NOOP("MapMenu", "Move Map &Left"), lambda: self.move_map(-1), QT_TRANSLATE_NOOP("MapMenu", "Move the current map's tab to the left")),
                (QT_TRANSLATE_NOOP("MapMenu", "Move Map Ri&ght"), lambda: self.move_map(1), QT_TRANSLATE_NOOP("MapMenu", "Move the current map's tab to the right"))):
            if text is None:
                self.addSeparator()
                continue
            action = self.addAction(self.tr(text), slot)
            action.setStatusTip(self.tr(tip))
        self.addSeparator()
        self.by_time = self.addAction(self.tr("Space Touchpoints by &Time"))
        self.by_time.setCheckable(True)
        self.by_time.setStatusTip(self.tr("Spread touchpoints by the time between them, so waits show"))
        self.by_time.triggered.connect(self.set_spacing)
        self.aboutToShow.connect(self._sync_checks)

    def _sync_checks(self) -> None:
        jmap = self.current()
        self.by_time.setChecked(jmap is not None and jmap.spacing == Spacing.TIME)

    @property
    def document(self):
        return self.window.document

    def current(self) -> JourneyMap | None:
        index = self.window.tabs.currentIndex()
        maps = self.document.project.maps
        return maps[index] if 0 <= index < len(maps) else None

    def _push(self, command, show_index: int | None = None) -> None:
        if self.document.try_push(command) and show_index is not None:
            self.window.tabs.setCurrentIndex(show_index)

    def new_map(self) -> None:
        project = self.document.project
        jmap = JourneyMap(name=self.tr("New map"), persona_ids=[p.id for p in project.personas[:1]],
                          stages=[Stage(name=self.tr(name), color=color) for name, color in DEFAULT_STAGES])
        self._push(AddItemCommand(project, jmap, label=self.tr("New map")), len(project.maps))

    def settings(self) -> None:
        jmap = self.current()
        if jmap is None:
            return
        dialog = MapSettingsDialog(self.document.project, jmap, self.window)
        if dialog.exec() == MapSettingsDialog.DialogCode.Accepted:
            command = dialog.command()
            if command is not None:
                self._push(command)

    def choose_lanes(self) -> None:
        jmap = self.current()
        if jmap is None:
            return
        dialog = LanesDialog(jmap, self.window)
        if dialog.exec() == LanesDialog.DialogCode.Accepted:
            command = dialog.command(self.document.project)
            if command is not None:
                self._push(command)

    def projected_line(self) -> None:
        jmap = self.current()
        if jmap is None:
            return
        dialog = ProjectionDialog(jmap, self.window)
        if dialog.exec() == ProjectionDialog.DialogCode.Accepted:
            command = dialog.command(self.document.project)
            if command is not None:
                self._push(command)

    def set_spacing(self, by_time: bool) -> None:
        jmap = self.current()
        spacing = Spacing.TIME if by_time else Spacing.EQUAL
        if jmap is not None and jmap.spacing != spacing:
            self._push(UpdateItemCommand(self.document.project, jmap.id, label=self.tr("Change spacing"),
                                         spacing=spacing))

    def rename_map(self) -> None:
        jmap = self.current()
        if jmap is None:
            return
        name, ok = QInputDialog.getText(self.window, self.tr("Rename map"), self.tr("Name:"), text=jmap.name)
        if ok and name.strip() and name != jmap.name:
            self._push(UpdateItemCommand(self.document.project, jmap.id, label=self.tr("Rename map"), name=name.strip()))

    def duplicate(self) -> None:
        jmap = self.current()
        if jmap is None:
            return
        project = self.document.project
        twin = duplicate_map(jmap, self.tr("%1 (copy)").replace("%1", jmap.name))
        index = project.maps.index(jmap) + 1
        self._push(AddItemCommand(project, twin, index=index, label=self.tr("Duplicate map")), index)

    def delete_map(self) -> None:
        jmap = self.current()
        if jmap is None:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Delete map"),
            self.tr("Delete the map “%1” with its %n touchpoint(s)? You can undo this.", "", len(jmap.touchpoints))
            .replace("%1", jmap.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._push(RemoveItemCommand(self.document.project, jmap.id))

    def import_mermaid(self, path: str | None = None) -> None:
        """A Mermaid ``journey`` as a new map; its actors join the project's personas
        (one with the same name is reused). One undo step."""
        from cxdesigner.interchange.mermaid import MermaidError, mermaid_to_project
        if path is None:
            folder = str(self.window.settings.value("files/last_folder", str(Path.home())))
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import Mermaid journey"), folder,
                                                  self.tr("Mermaid journey (*.mmd *.mermaid *.txt);;All files (*)"))
            if not path:
                return
        try:
            source = mermaid_to_project(Path(path).read_text(encoding="utf-8-sig"), name=Path(path).stem)
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or self.tr("it is not UTF-8 text")
            QMessageBox.warning(self.window, self.tr("Import"), self.tr("Could not read %1: %2.").replace(
                "%1", Path(path).name).replace("%2", reason))
            return
        except MermaidError as error:
            QMessageBox.warning(self.window, self.tr("Import"), f"{Path(path).name}: {error}")
            return
        project, jmap = self.document.project, source.maps[0]
        existing = {p.name: p.id for p in project.personas}
        commands, same = [], {}
        for persona in (source.find(i) for i in jmap.persona_ids):
            if persona.name in existing:
                same[persona.id] = existing[persona.name]
            else:
                commands.append(AddItemCommand(project, persona))
        jmap.persona_ids = [same.get(i, i) for i in jmap.persona_ids]
        jmap.ratings = {(r.touchpoint_id, same.get(r.persona_id, r.persona_id)):
                        dataclasses.replace(r, persona_id=same.get(r.persona_id, r.persona_id))
                        for r in jmap.ratings.values()}
        commands.append(AddItemCommand(project, jmap))
        self._push(MacroCommand(project, self.tr("Import Mermaid journey"), commands), len(project.maps))

    def import_survey(self) -> None:
        from cxdesigner.ui.survey_wizard import SurveyWizard
        jmap = self.current()
        if jmap is None:
            return
        SurveyWizard(self.document, jmap.id, self.window.settings, self.window).exec()

    def save_as_template(self) -> None:
        """The current map as a template of the user's own (the project is not changed)."""
        from cxdesigner.ui.template_dialogs import SaveTemplateDialog
        jmap = self.current()
        if jmap is None:
            return
        self.window.files.commit_pending_edits()
        dialog = SaveTemplateDialog(self.document.project, jmap, self.window)
        if dialog.exec() == SaveTemplateDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(self.tr(
                "Saved the template “%1”: File > New offers it.").replace("%1", dialog.name.text().strip()), 8000)

    def move_map(self, step: int) -> None:
        jmap = self.current()
        maps = self.document.project.maps
        if jmap is None or not 0 <= maps.index(jmap) + step < len(maps):
            return
        self._push(MoveItemCommand(self.document.project, jmap.id, maps.index(jmap) + step), maps.index(jmap) + step)
