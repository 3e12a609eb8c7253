"""The editor window: menus, toolbar, map tabs, the canvas, the history, the status bar.

A window edits one document. Files are opened and saved through the document;
every error reaches the user as one plain sentence in a message box.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QStackedWidget, QStyle, QTabBar,
                               QVBoxLayout, QWidget)

from cxdesigner.canvas.editing_scene import EditingScene
from cxdesigner.canvas.view import JourneyView
from cxdesigner.ui.contrast import HighContrastAction
from cxdesigner.editor.commands import MacroCommand, RemoveItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.model import ItemAdded, ItemChanged, ItemMoved, ItemRemoved, JourneyMap, Stage
from cxdesigner.storage.recovery import RecoveryStore
from cxdesigner.ui.autosave import Autosave
from cxdesigner.ui.clipboard_actions import ClipboardActions
from cxdesigner.ui.earlier_wave import EarlierWave
from cxdesigner.ui.file_lifecycle import FileLifecycle
from cxdesigner.ui.focus_keeper import FocusKeeper
from cxdesigner.ui.info_bar import InfoBar
from cxdesigner.ui.insert_menu import InsertMenu
from cxdesigner.ui.map_menu import MapMenu
from cxdesigner.ui.recent import RecentFiles
from cxdesigner.ui.library_actions import choose_library
from cxdesigner.ui.library_templates import add_to_start_page
from cxdesigner.ui.shared_files import SharedFiles
from cxdesigner.ui.side_panels import SidePanels
from cxdesigner.ui.start_page import StartPage


class MainWindow(QMainWindow):
    """One document, shown one map at a time; the start page while there is none."""

    def __init__(self, document: Document | None, settings: QSettings | None = None,
                 recovery: RecoveryStore | None = None, welcome: bool = True) -> None:
        """``recovery``: where autosave writes copies of unsaved work (none: no autosave).
        ``welcome`` False: no start page yet, for a window about to open a file (its template
        previews would cost the first paint a tenth of a second for nothing)."""
        super().__init__()
        self.settings = settings or QSettings()
        self.autosave = Autosave(recovery, self) if recovery is not None else None
        self.files = FileLifecycle(self)
        self.focus_keeper = FocusKeeper(self)
        self.recent = RecentFiles(self.settings)
        self.document: Document | None = None
        self.scene: EditingScene | None = None
        self._hidden_lines: dict[str, set[str]] = {}  # map id -> persona lines switched off there
        self._printing = None
        self._guide = None
        self.presentation = None  # presentation mode, while it is on
        self.view = JourneyView()
        self.tabs = QTabBar()
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setAccessibleName(self.tr("Maps"))
        self.tabs.currentChanged.connect(self._show_map)
        self.editor_page = QWidget()
        layout = QVBoxLayout(self.editor_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        self.read_only_bar = InfoBar(self.tr("Save As…"))
        layout.addWidget(self.read_only_bar)
        layout.addWidget(self.view, 1)
        self.start_page: StartPage | None = None  # built when first needed: its previews take a moment
        self.pages = QStackedWidget()
        self.pages.addWidget(self.editor_page)
        self.setCentralWidget(self.pages)
        self.panels = SidePanels(self)
        self.panels.inspector.persona_touched.connect(self._rate_with_keys)  # the line last touched, there too
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoom_changed.connect(lambda zoom: self.zoom_label.setText(f"{zoom:.0%}"))
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        self.sharing = SharedFiles(self)  # versions, compare, merge, copies beside the file, comments
        self._build_actions()
        if document is not None:
            self.set_document(document)
        elif welcome:
            self.show_start_page()
        else:  # tools off until the file opens, which brings the panels back as on the start page
            self._set_editing(False)
        self.restoreGeometry(self.settings.value("window/geometry", b""))
        self.restoreState(self.settings.value("window/state", b""))

    # -- actions and menus ----------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "", icon=None) -> QAction:
        action = QAction(self.tr(text), self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every binding of the platform: Ctrl+Y and Ctrl+Shift+Z both redo
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(self.tr(tip))
        action.setToolTip(self.tr(tip) or self.tr(text).replace("&", ""))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        icons = QStyle.StandardPixmap
        self.new_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&New…"), self.files.new_document, keys.New, QT_TRANSLATE_NOOP("MainWindow", "Start a project from a template"),
                                       icons.SP_FileIcon)
        self.open_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Open…"), self.files.open_dialog, keys.Open, QT_TRANSLATE_NOOP("MainWindow", "Open a project file"),
                                        icons.SP_DialogOpenButton)
        self.save_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Save"), self.files.save, keys.Save, QT_TRANSLATE_NOOP("MainWindow", "Save the project"),
                                        icons.SP_DialogSaveButton)
        self.save_as_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Save &As…"), self.files.save_as, keys.SaveAs,
                                           QT_TRANSLATE_NOOP("MainWindow", "Save the project under a new name"))
        self.read_only_bar.button.clicked.connect(self.save_as_action.trigger)
        self.project_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Project &Settings…"), self.project_settings, None,
                                           QT_TRANSLATE_NOOP("MainWindow", "The project's name and description, shown on exports and prints"))
        self.library_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Team &Library…"), lambda: choose_library(self), None,
                                           QT_TRANSLATE_NOOP("MainWindow", "Choose the project file your team shares personas and channels from"))
        self.close_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Close"), self.close, keys.Close, QT_TRANSLATE_NOOP("MainWindow", "Close this window"))
        self.quit_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, keys.Quit, QT_TRANSLATE_NOOP("MainWindow", "Quit CX Designer"))
        self.backup_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Keep a &Backup on Save"), self._set_backup, None,
                                          QT_TRANSLATE_NOOP("MainWindow", "On each save, keep the previous version as NAME.cxd.bak"))
        self.backup_action.setCheckable(True)
        self.backup_action.setChecked(str(self.settings.value("files/backup", "false")).lower() == "true")
        self.export_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Export…"), self.export, "Ctrl+E",
                                          QT_TRANSLATE_NOOP("MainWindow", "Export maps as PDF, SVG, PNG, CSV, Excel, JSON or Mermaid"))
        self.import_spreadsheet_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Spreadsheet…"), self.import_spreadsheet, None,
            QT_TRANSLATE_NOOP("MainWindow", "Import touchpoints, pain points and actions from an Excel workbook or CSV "
                              "table (a map's own export)"))
        self.page_setup_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Page Set&up…"), lambda: self.printing().page_setup(), None,
                                              QT_TRANSLATE_NOOP("MainWindow", "Paper size, orientation, one page or a poster"))
        self.preview_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Print Pre&view…"), lambda: self.printing().preview(), None,
                                           QT_TRANSLATE_NOOP("MainWindow", "See the pages before printing"))
        self.print_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Print…"), lambda: self.printing().print_map(), keys.Print,
                                         QT_TRANSLATE_NOOP("MainWindow", "Print the current map"))
        self.delete_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Delete"), self.delete_selection, keys.Delete, QT_TRANSLATE_NOOP("MainWindow", "Delete the selection"))
        self.select_all_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Select &All"), lambda: self.scene and self.scene.select_all(),
                                              keys.SelectAll, QT_TRANSLATE_NOOP("MainWindow", "Select every touchpoint of the map"))
        self.zoom_in_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"), self.view.zoom_in, keys.ZoomIn, QT_TRANSLATE_NOOP("MainWindow", "Zoom in"))
        self.zoom_out_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"), self.view.zoom_out, keys.ZoomOut, QT_TRANSLATE_NOOP("MainWindow", "Zoom out"))
        self.fit_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Zoom to &Fit"), self.view.zoom_to_fit, "Ctrl+0", QT_TRANSLATE_NOOP("MainWindow", "Show the whole map"))
        self.actual_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Actual Size"), lambda: self.view.set_zoom(1.0), "Ctrl+1", QT_TRANSLATE_NOOP("MainWindow", "Zoom to 100%"))
        self.present_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Present"), self.present, "F5",
                                           QT_TRANSLATE_NOOP("MainWindow", "Show the map full screen and walk through it "
                                                             "touchpoint by touchpoint with the arrow keys (Escape leaves)"))
        self.recent_menu = None
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action, self.backup_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions(self.sharing.actions)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.project_action, self.library_action])
        self.file_menu.addSeparator()
        self.import_menu = self.file_menu.addMenu(self.tr("&Import"))
        self.import_menu.addAction(self.import_spreadsheet_action)
        self.file_menu.addActions([self.export_action, self.page_setup_action, self.preview_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_action, self.quit_action])
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.view_menu = view = self.menuBar().addMenu(self.tr("&View"))
        view.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action, self.actual_action])
        view.addSeparator()
        view.addAction(self.present_action)
        view.addSeparator()
        self.overview_action = view.addAction(self.tr("&Overview"))
        self.overview_action.setCheckable(True)
        self.overview_action.setChecked(True)
        self.overview_action.setStatusTip(self.tr("Show the whole map in miniature in the corner"))
        self.overview_action.toggled.connect(self.view.show_overview)
        self.seams_action = view.addAction(self.tr("&Gaps Between Touchpoints"))
        self.seams_action.setCheckable(True)
        self.seams_action.setChecked(True)
        self.seams_action.setStatusTip(self.tr("Mark where the customer switches channel, device or department"))
        self.seams_action.toggled.connect(lambda shown: self.scene and self.scene.set_seams_visible(shown))
        self.compact_action = view.addAction(self.tr("&Compact Lanes"))
        self.compact_action.setCheckable(True)
        self.compact_action.setStatusTip(self.tr("Keep lanes low and cut long texts (point at one to read it whole); "
                                                 "exports and print always show everything"))
        self.compact_action.toggled.connect(lambda compact: self.scene and self.scene.set_compact(compact))
        self.high_contrast = HighContrastAction(self, view)
        view.addSeparator()
        self.lines_menu = view.addMenu(self.tr("Satisfaction &Lines"))
        self.lines_menu.aboutToShow.connect(self._fill_lines_menu)
        self.earlier_wave = EarlierWave(self, view)
        self.compact_action.toggled.connect(lambda _compact: self.earlier_wave.redraw())  # the lanes moved
        view.addSeparator()
        view.addActions([dock.toggleViewAction() for dock in self.panels.docks])
        self.clipboard = ClipboardActions(self)
        self.view.context_actions = [self.clipboard.paste, self.select_all_action, self.fit_action]
        self.insert_menu = InsertMenu(self)
        self.menuBar().addMenu(self.insert_menu)
        self.map_menu = MapMenu(self)
        self.menuBar().addMenu(self.map_menu)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        self.toolbar = toolbar
        # Menus are kept here: some PySide6 versions free a menu that only its menu bar holds.
        self.help_menu = help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(QT_TRANSLATE_NOOP("MainWindow", "&User Guide"), self.show_guide, keys.HelpContents,
                                         QT_TRANSLATE_NOOP("MainWindow", "Read the user guide, from a blank project to a printed map")))
        help_menu.addAction(self._action(QT_TRANSLATE_NOOP("MainWindow", "&About CX Designer"), self._about))

    def _fill_lines_menu(self) -> None:
        """One tick per persona of the map: whose line the canvas draws; and whom Up and Down rate."""
        self.lines_menu.clear()
        if self.scene is None:
            return
        names = {p: self.document.project.find(p).name for p in self.scene.jmap.persona_ids}
        for persona_id, name in names.items():
            action = self.lines_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(persona_id not in self.scene.hidden_lines)
            action.toggled.connect(lambda shown, p=persona_id: self.scene.set_line_visible(p, shown))
        if names:
            self.lines_menu.addSection(self.tr("Up and Down Keys Rate"))
            group = QActionGroup(self.lines_menu)
            for persona_id, name in names.items():
                action = group.addAction(name)
                action.setCheckable(True)
                action.setChecked(persona_id == self.scene.nudged_persona())
                action.triggered.connect(lambda _checked=False, p=persona_id: self._rate_with_keys(p))
            self.lines_menu.addActions(group.actions())

    def _rate_with_keys(self, persona_id: str) -> None:
        if self.scene is not None:
            self.scene.active_persona = persona_id

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            self.recent_menu.addAction(path.name, lambda p=path: self.open_path(p)).setToolTip(str(path))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    # -- the document ----------------------------------------------------------------

    def show_start_page(self) -> None:
        """Templates, Open and recent files; editing tools wait for a project."""
        if self.start_page is None:
            self.start_page = StartPage()
            self.start_page.template_chosen.connect(self.files.from_template)
            self.start_page.open_requested.connect(self.files.open_dialog)
            self.start_page.recent_chosen.connect(self.open_path)
            self.pages.addWidget(self.start_page)
            self.team_templates = add_to_start_page(self)
        else:
            self.start_page.show_templates()
        self.team_templates.refresh()
        self.start_page.show_recent(self.recent.paths())
        self.pages.setCurrentWidget(self.start_page)
        self._set_editing(False)
        self.setWindowTitle("CX Designer")

    def _set_editing(self, enabled: bool) -> None:
        """Editing tools on (a project is open) or off and out of sight (the start page)."""
        for action in (self.save_action, self.save_as_action, self.project_action, self.export_action,
                       self.import_spreadsheet_action, self.page_setup_action, self.preview_action,
                       self.print_action, self.delete_action,
                       self.select_all_action, self.clipboard.cut, self.clipboard.copy, self.clipboard.paste,
                       self.zoom_in_action, self.zoom_out_action, self.fit_action, self.actual_action,
                       self.present_action, self.map_menu.menuAction(), self.insert_menu.menuAction()):
            action.setEnabled(enabled)
        self.panels.set_editing(enabled)
        self.sharing.set_editing(enabled)

    def set_document(self, document: Document, recovery_key: str | None = None) -> None:
        """Show ``document`` (the previous one, if any, is closed).

        ``recovery_key``: the recovery copy the document's unsaved work came from, which
        autosave goes on writing.
        """
        self.close_document()
        self.document = document
        document.keep_backup = self.backup_action.isChecked()
        if self.autosave is not None:
            self.autosave.follow(document, recovery_key)
        self._hidden_lines = {}
        self.pages.setCurrentWidget(self.editor_page)
        self._set_editing(True)
        stack = document.undo_stack
        self.panels.set_document(document)
        self.edit_menu.clear()
        undo, redo = stack.createUndoAction(self, self.tr("&Undo")), stack.createRedoAction(self, self.tr("&Redo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        undo.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        redo.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.edit_menu.addActions([undo, redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.clipboard.cut, self.clipboard.copy, self.clipboard.paste, self.delete_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.select_all_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.sharing.preferences_action)
        for action in self.toolbar.actions()[4:]:
            self.toolbar.removeAction(action)
        self.toolbar.addActions([undo, redo])
        document.modified_changed.connect(self.setWindowModified)
        document.path_changed.connect(lambda _: self._update_title())
        document.changed.connect(self._on_change)
        document.stepped.connect(self._reveal)
        document.replaced.connect(self._project_replaced)
        self._fill_tabs()
        self._update_title()
        self.setWindowModified(document.modified)
        if document.path:
            self.recent.add(document.path)
        self.sharing.document_shown(document)

    def close_document(self, keep_recovery: bool = False) -> None:
        """Stop showing the document (its lock is freed); its recovery copy goes unless ``keep_recovery``."""
        if self.document is None:
            return
        if self.presentation is not None:  # it tells the story of this document
            self.presentation.close()
        self._show_map(-1)
        self.sharing.document_closed()
        self.document.close()
        self.document = None
        if self.autosave is not None:
            self.autosave.release(keep=keep_recovery)
        self.read_only_bar.show_message(None)

    def _update_title(self) -> None:
        document = self.document
        read_only = self.tr(" (read-only)") if document.read_only else ""
        self.setWindowTitle(f"{document.display_name}[*]{read_only} — CX Designer")
        self.read_only_bar.show_message(self.tr(
            "Read-only: you opened %1 read-only (%2). Your changes can be saved in another file.").replace(
            "%1", document.display_name).replace("%2", document.read_only) if document.read_only else None)

    def _fill_tabs(self, current: int = 0) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for jmap in self.document.project.maps:
            self.tabs.addTab(jmap.name)
        self.tabs.blockSignals(False)
        self.tabs.setCurrentIndex(min(current, self.tabs.count() - 1))
        self._show_map(self.tabs.currentIndex())

    def _show_map(self, index: int) -> None:
        old = self.scene
        if index < 0:
            self.scene = None
            self.view.setScene(None)
        else:
            map_id = self.document.project.maps[index].id
            self.scene = EditingScene(self.document, map_id, self._hidden_lines.setdefault(map_id, set()),
                                      compact=self.compact_action.isChecked(), lazy=True)
            if not self.seams_action.isChecked():
                self.scene.set_seams_visible(False)
            self.scene.selectionChanged.connect(self._selection_changed)
            self.scene.told.connect(lambda message: self.statusBar().showMessage(message, 6000))
            self.view.setScene(self.scene)
        self.sharing.scene_shown(self.scene)
        self.earlier_wave.scene_shown(self.scene)
        map_id = self.scene.map_id if self.scene else None
        if self.document is not None:
            self.panels.set_map(self.document, map_id)
        if old is not None:
            old.detach()
            old.deleteLater()
        self.zoom_label.setText(f"{self.view.zoom:.0%}")

    def _on_change(self, event) -> None:
        if isinstance(event, ItemAdded | ItemRemoved | ItemMoved) and isinstance(event.item, JourneyMap):
            self._fill_tabs(self.tabs.currentIndex())
        elif isinstance(event, ItemChanged) and isinstance(event.item, JourneyMap) and "name" in event.old:
            self.tabs.setTabText(self.document.project.maps.index(event.item), event.item.name)
        elif isinstance(event, ItemChanged) and event.item is self.document.project:
            self._update_title()

    def _project_replaced(self) -> None:
        """A version restored or a merge (or its undo): the window starts again from the document's project."""
        self.panels.set_document(self.document)
        self._fill_tabs(self.tabs.currentIndex())
        self.panels.show_selection([])
        self._update_title()

    def _reveal(self, ids: list[str]) -> None:
        """After undo or redo, show what the steps were about: its map, its cards selected, in view.

        Only when that differs from what is shown: an undo never takes the focus from a field.
        """
        project = self.document.project
        maps = [entry[1] for entry in map(project.lookup, ids) if entry is not None and entry[1] is not None]
        if maps and (self.scene is None or maps[0].id != self.scene.map_id):
            self.tabs.setCurrentIndex(project.maps.index(maps[0]))
        if self.scene is None:
            return
        cards = [self.scene.cards[i] for i in ids if i in self.scene.cards]
        if not cards or set(cards) == set(self.scene.selectedItems()):
            return
        self.scene.clearSelection()
        for card in cards:
            card.setSelected(True)
        self.view.ensureVisible(cards[0], 40, 40)

    def _selection_changed(self) -> None:
        if self.scene is None or not shiboken6.isValid(self.scene):
            return  # the scene is being torn down
        selected = self.scene.selectedItems()
        ids = [getattr(i, "touchpoint_id", None) or getattr(i, "item_id", None) for i in selected]
        self.panels.show_selection(ids)
        count = len(selected)
        self.statusBar().showMessage(self.tr("%n selected", "", count) if count else "")

    # -- editing -----------------------------------------------------------------------

    def delete_selection(self) -> None:
        """Delete the selection as one undo step; stages go only when the user agrees."""
        if self.scene is None:
            return
        ids = [getattr(i, "touchpoint_id", None) or getattr(i, "item_id", None) for i in self.scene.selectedItems()]
        ids = [i for i in ids if i]
        if not ids:
            return
        project = self.document.project
        stages = [i for i in ids if isinstance(project.find(i), Stage)]
        if stages and not self.scene.confirm_stage_delete(stages):
            return
        commands = [RemoveItemCommand(project, item_id) for item_id in ids]
        text = commands[0].text() if len(commands) == 1 else self.tr("Delete %n items", "", len(commands))
        self.panels.push(MacroCommand(project, text, commands))

    # -- files (see file_lifecycle.py) ----------------------------------------------------

    closed = False  # set when the window has closed: Qt may keep it a while before deleting it

    @staticmethod
    def open_windows() -> list[MainWindow]:
        """The editor windows not yet closed."""
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and not w.closed]

    def open_path(self, path: Path) -> bool:
        return self.files.open_path(Path(path))

    def save(self) -> bool:
        return self.files.save()

    def maybe_save(self) -> bool:
        return self.files.maybe_save()

    def project_settings(self) -> None:
        from cxdesigner.ui.project_settings import ProjectSettingsDialog
        dialog = ProjectSettingsDialog(self.document.project, self)
        command = dialog.command() if dialog.exec() == ProjectSettingsDialog.DialogCode.Accepted else None
        if command is not None:
            self.panels.push(command)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.panels.keep_tab_titles_whole()
        if self.pages.currentWidget() is self.start_page:
            self.panels.hide_tab_bars()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.close_document()
        self.focus_keeper.detach()
        self.closed = True
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().endswith(".cxd") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.toLocalFile().endswith(".cxd")]
        if paths:
            event.acceptProposedAction()
            self.open_path(paths[0])

    def _set_backup(self, keep: bool) -> None:
        self.settings.setValue("files/backup", keep)
        if self.document is not None:
            self.document.keep_backup = keep

    def export(self) -> None:
        """The Export dialog, for the current map by default."""
        from cxdesigner.ui.export_dialog import ExportDialog
        self.files.commit_pending_edits()
        base = self.document.path.stem if self.document.path else self.document.project.name
        folder = self.document.path.parent if self.document.path else None
        dialog = ExportDialog(self.document.project, self.scene.map_id if self.scene else None, self.settings,
                              base, self, folder)
        if dialog.exec() and dialog.written:
            folder = dialog.written[0].parent
            self.statusBar().showMessage(self.tr("Exported %n file(s) to %1", "", len(dialog.written)).replace(
                "%1", str(folder)), 8000)

    def import_spreadsheet(self) -> None:
        """File > Import > Spreadsheet…: a preview first, then one undo step."""
        from cxdesigner.ui.table_import_dialog import import_spreadsheet
        import_spreadsheet(self)

    def present(self) -> None:
        """Presentation mode on the current map (see presentation.py); the editor waits as it is."""
        from cxdesigner.ui.presentation import Presentation
        if self.scene is None:
            return
        focused = QApplication.focusWidget()
        self.files.commit_pending_edits()
        self.presentation = Presentation(self.document, self.scene.map_id, self.scene.hidden_lines, self)
        self.presentation.finished.connect(lambda: self._presented(focused))
        self.presentation.start(self)

    def _presented(self, focused) -> None:
        """Back from presenting: the window active again, the focus where it was (once the
        presentation's window is gone, which would otherwise hand it to the first widget)."""
        self.presentation = None

        def give_back() -> None:
            self.activateWindow()
            if focused is not None and shiboken6.isValid(focused):
                focused.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

        give_back()
        QTimer.singleShot(0, give_back)

    def printing(self):
        """Print and page setup, loaded on first use."""
        if self._printing is None:
            from cxdesigner.ui.printing import Printing
            self._printing = Printing(self)
        return self._printing

    def _about(self) -> None:
        from cxdesigner.ui.about import AboutDialog
        AboutDialog(self).exec()

    def show_guide(self) -> None:
        """The user guide in a window of its own beside the editor (one per editor window)."""
        from cxdesigner.ui.guide import GuideWindow
        if self._guide is None or not shiboken6.isValid(self._guide):
            self._guide = GuideWindow(self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

