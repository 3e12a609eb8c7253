"""The editor window: menus, toolbar, map tabs, the canvas, the history, the status bar.

A window edits one document. Files are opened and saved through the document;
every error reaches the user as one plain sentence in a message box.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget,
                               QStyle, QTabBar, QVBoxLayout, QWidget)

from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.canvas.view import JourneyView
from cxdesigner.editor.commands import MacroCommand, RemoveItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import ItemAdded, ItemChanged, ItemMoved, ItemRemoved, JourneyMap, RatingChanged
from cxdesigner.storage import FileChangedError, ProjectFileError
from cxdesigner.storage.lock import FileInUse
from cxdesigner.storage.recovery import RecoveryStore
from cxdesigner.ui.autosave import Autosave
from cxdesigner.ui.clipboard_actions import ClipboardActions
from cxdesigner.ui.insert_menu import InsertMenu
from cxdesigner.ui.map_menu import MapMenu
from cxdesigner.ui.recent import RecentFiles
from cxdesigner.ui.side_panels import SidePanels
from cxdesigner.ui.start_page import StartPage

FILE_FILTER = "CX Designer projects (*.cxd);;All files (*)"


class MainWindow(QMainWindow):
    """One document, shown one map at a time; the start page while there is none."""

    def __init__(self, document: Document | None, settings: QSettings | None = None,
                 recovery: RecoveryStore | None = None, recovery_key: str | None = None) -> None:
        """``recovery``: where autosave writes copies of unsaved work (none: no autosave);
        ``recovery_key``: the copy a recovered ``document`` came from."""
        super().__init__()
        self.settings = settings or QSettings()
        self.autosave = Autosave(recovery, self) if recovery is not None else None
        self._recovery_key = recovery_key
        self.recent = RecentFiles(self.settings)
        self.document: Document | None = None
        self.scene: JourneyScene | None = None
        self._hidden_lines: dict[str, set[str]] = {}  # map id -> persona lines switched off there
        self._printing = None
        self._touched: list[str] = []  # ids the current step changed, to reveal after it
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
        layout.addWidget(self.view, 1)
        self.start_page: StartPage | None = None  # built when first needed: its previews take a moment
        self.pages = QStackedWidget()
        self.pages.addWidget(self.editor_page)
        self.setCentralWidget(self.pages)
        self.panels = SidePanels(self)
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoom_changed.connect(lambda zoom: self.zoom_label.setText(f"{zoom:.0%}"))
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        self._build_actions()
        if document is not None:
            self.set_document(document)
        else:
            self.show_start_page()
        self.restoreGeometry(self.settings.value("window/geometry", b""))
        self.restoreState(self.settings.value("window/state", b""))

    # -- actions and menus ----------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "", icon=None) -> QAction:
        action = QAction(self.tr(text), self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(self.tr(tip))
        action.setToolTip(self.tr(tip) or self.tr(text).replace("&", ""))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        icons = QStyle.StandardPixmap
        self.new_action = self._action("&New…", self.new_document, keys.New, "Start a project from a template",
                                       icons.SP_FileIcon)
        self.open_action = self._action("&Open…", self.open_dialog, keys.Open, "Open a project file",
                                        icons.SP_DialogOpenButton)
        self.save_action = self._action("&Save", self.save, keys.Save, "Save the project", icons.SP_DialogSaveButton)
        self.save_as_action = self._action("Save &As…", self.save_as, keys.SaveAs, "Save the project under a new name")
        self.close_action = self._action("&Close", self.close, keys.Close, "Close this window")
        self.quit_action = self._action("&Quit", self.close, keys.Quit, "Quit CX Designer")
        self.backup_action = self._action("Keep a &Backup on Save", self._set_backup, None,
                                          "On each save, keep the previous version as NAME.cxd.bak")
        self.backup_action.setCheckable(True)
        self.backup_action.setChecked(str(self.settings.value("files/backup", "false")).lower() == "true")
        self.export_action = self._action("&Export…", self.export, "Ctrl+E",
                                          "Export maps as PDF, SVG, PNG, CSV, JSON or Mermaid")
        self.page_setup_action = self._action("Page Set&up…", lambda: self.printing().page_setup(), None,
                                              "Paper size, orientation, one page or a poster")
        self.preview_action = self._action("Print Pre&view…", lambda: self.printing().preview(), None,
                                           "See the pages before printing")
        self.print_action = self._action("&Print…", lambda: self.printing().print_map(), keys.Print,
                                         "Print the current map")
        self.delete_action = self._action("&Delete", self.delete_selection, keys.Delete, "Delete the selection")
        self.select_all_action = self._action("Select &All", lambda: self.scene and self.scene.select_all(),
                                              keys.SelectAll, "Select every touchpoint of the map")
        self.zoom_in_action = self._action("Zoom &In", self.view.zoom_in, keys.ZoomIn, "Zoom in")
        self.zoom_out_action = self._action("Zoom &Out", self.view.zoom_out, keys.ZoomOut, "Zoom out")
        self.fit_action = self._action("Zoom to &Fit", self.view.zoom_to_fit, "Ctrl+0", "Show the whole map")
        self.actual_action = self._action("&Actual Size", lambda: self.view.set_zoom(1.0), "Ctrl+1", "Zoom to 100%")
        self.recent_menu = None
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action, self.backup_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_action, self.page_setup_action, self.preview_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_action, self.quit_action])
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.view_menu = view = self.menuBar().addMenu(self.tr("&View"))
        view.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action, self.actual_action])
        self.overview_action = view.addAction(self.tr("&Overview"))
        self.overview_action.setCheckable(True)
        self.overview_action.setChecked(True)
        self.overview_action.setStatusTip(self.tr("Show the whole map in miniature in the corner"))
        self.overview_action.toggled.connect(self.view.overview.setVisible)
        self.seams_action = view.addAction(self.tr("&Gaps Between Touchpoints"))
        self.seams_action.setCheckable(True)
        self.seams_action.setChecked(True)
        self.seams_action.setStatusTip(self.tr("Mark where the customer switches channel, device or department"))
        self.seams_action.toggled.connect(lambda shown: self.scene and self.scene.set_seams_visible(shown))
        view.addSeparator()
        self.lines_menu = view.addMenu(self.tr("Satisfaction &Lines"))
        self.lines_menu.aboutToShow.connect(self._fill_lines_menu)
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
        help_menu.addAction(self._action("&User Guide", self._user_guide, keys.HelpContents, "Open the user guide"))
        help_menu.addAction(self._action("&About CX Designer", self._about))

    def _fill_lines_menu(self) -> None:
        """One tick per persona of the map: whose line the canvas draws."""
        self.lines_menu.clear()
        if self.scene is None:
            return
        for persona_id in self.scene.jmap.persona_ids:
            action = self.lines_menu.addAction(self.document.project.find(persona_id).name)
            action.setCheckable(True)
            action.setChecked(persona_id not in self.scene.hidden_lines)
            action.toggled.connect(lambda shown, p=persona_id: self.scene.set_line_visible(p, shown))

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
            self.start_page.template_chosen.connect(lambda name: self.set_document(Document(load_template(name))))
            self.start_page.open_requested.connect(self.open_dialog)
            self.start_page.recent_chosen.connect(self.open_path)
            self.pages.addWidget(self.start_page)
        self.start_page.show_recent(self.recent.paths())
        self.pages.setCurrentWidget(self.start_page)
        self._set_editing(False)
        self.setWindowTitle("CX Designer")

    def _set_editing(self, enabled: bool) -> None:
        """Editing tools on (a project is open) or off and out of sight (the start page)."""
        for action in (self.save_action, self.save_as_action, self.export_action, self.page_setup_action,
                       self.preview_action, self.print_action, self.delete_action, self.select_all_action,
                       self.clipboard.cut,
                       self.clipboard.copy, self.clipboard.paste, self.zoom_in_action,
                       self.zoom_out_action, self.fit_action, self.actual_action, self.map_menu.menuAction(),
                       self.insert_menu.menuAction()):
            action.setEnabled(enabled)
        self.panels.set_editing(enabled)

    def set_document(self, document: Document) -> None:
        """Show ``document`` (the previous one, if any, is simply dropped)."""
        if self.document is not None:
            self.document.close()
        self.document = document
        document.keep_backup = self.backup_action.isChecked()
        if self.autosave is not None:
            self.autosave.discard()
            self.autosave.follow(document, self._recovery_key)
            self._recovery_key = None
        self._hidden_lines = {}
        self.pages.setCurrentWidget(self.editor_page)
        self._set_editing(True)
        stack = document.undo_stack
        self.panels.set_document(document)
        self.edit_menu.clear()
        undo, redo = stack.createUndoAction(self, self.tr("&Undo")), stack.createRedoAction(self, self.tr("&Redo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        undo.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        redo.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.edit_menu.addActions([undo, redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.clipboard.cut, self.clipboard.copy, self.clipboard.paste, self.delete_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.select_all_action)
        for action in self.toolbar.actions()[4:]:
            self.toolbar.removeAction(action)
        self.toolbar.addActions([undo, redo])
        document.modified_changed.connect(self.setWindowModified)
        document.path_changed.connect(lambda _: self._update_title())
        document.changed.connect(self._on_change)
        stack.indexChanged.connect(self._reveal_touched)
        self._fill_tabs()
        self._update_title()
        self.setWindowModified(document.modified)
        if document.path:
            self.recent.add(document.path)

    def _update_title(self) -> None:
        read_only = self.tr(" (read-only)") if self.document.read_only else ""
        self.setWindowTitle(f"{self.document.display_name}[*]{read_only} — CX Designer")

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
            self.scene = JourneyScene(self.document, map_id, self._hidden_lines.setdefault(map_id, set()))
            if not self.seams_action.isChecked():
                self.scene.set_seams_visible(False)
            self.scene.refused.connect(lambda message: self.statusBar().showMessage(message, 5000))
            self.scene.selectionChanged.connect(self._selection_changed)
            self.view.setScene(self.scene)
        map_id = self.scene.map_id if self.scene else None
        self.panels.set_map(self.document, map_id)
        if old is not None:
            old.detach()
            old.deleteLater()
        self.zoom_label.setText(f"{self.view.zoom:.0%}")

    def _on_change(self, event) -> None:
        touched = event.touchpoint_id if isinstance(event, RatingChanged) else getattr(event.item, "id", None)
        if touched is not None and not isinstance(event, ItemRemoved):
            self._touched.append(touched)
        if isinstance(event, ItemAdded | ItemRemoved | ItemMoved) and isinstance(event.item, JourneyMap):
            self._fill_tabs(self.tabs.currentIndex())
        elif isinstance(event, ItemChanged) and isinstance(event.item, JourneyMap) and "name" in event.old:
            self.tabs.setTabText(self.document.project.maps.index(event.item), event.item.name)
        elif isinstance(event, ItemChanged) and event.item is self.document.project:
            self._update_title()

    def _reveal_touched(self) -> None:
        """After a step (undo and redo included), select what it changed and scroll to it."""
        touched, self._touched = self._touched, []
        if self.scene is None:
            return
        cards = [self.scene.cards[i] for i in dict.fromkeys(touched) if i in self.scene.cards]
        if cards:
            self.scene.clearSelection()
            for card in cards:
                card.setSelected(True)
            self.view.ensureVisible(cards[0], 40, 40)

    def _selection_changed(self) -> None:
        if self.scene is None or not shiboken6.isValid(self.scene):
            return  # the scene is being torn down
        selected = self.scene.selectedItems()
        ids = [getattr(i, "touchpoint_id", None) or getattr(i, "item_id", None) for i in selected]
        self.panels.inspector.show_item(ids[0] if len(ids) == 1 else None)
        count = len(self.scene.selectedItems())
        self.statusBar().showMessage(self.tr("%n selected", "", count) if count else "")

    # -- editing -----------------------------------------------------------------------

    def delete_selection(self) -> None:
        """Delete the selected touchpoints and notes as one undo step."""
        if self.scene is None:
            return
        ids = [getattr(i, "touchpoint_id", None) or getattr(i, "item_id", None) for i in self.scene.selectedItems()]
        ids = [i for i in ids if i]
        if not ids:
            return
        project = self.document.project
        commands = [RemoveItemCommand(project, item_id) for item_id in ids]
        text = commands[0].text() if len(commands) == 1 else self.tr("Delete %n items", "", len(commands))
        try:
            self.document.push(MacroCommand(project, text, commands))
        except (ValueError, KeyError) as error:
            self.statusBar().showMessage(str(error), 5000)

    # -- files -------------------------------------------------------------------------

    def new_document(self) -> None:
        """Back to the start page to choose a template (after offering to save)."""
        if self.maybe_save():
            if self.document is not None:
                self._show_map(-1)
                self.document.close()
                self.document = None
                if self.autosave is not None:
                    self.autosave.discard()
            self.show_start_page()

    def open_dialog(self) -> None:
        folder = self.settings.value("files/last_folder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), folder, self.tr(FILE_FILTER))
        if path:
            self.open_path(Path(path))

    @staticmethod
    def open_windows() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]

    def open_path(self, path: Path) -> bool:
        """Open ``path`` here after offering to save; a bad file changes nothing.

        A file open in another window of this program brings that window forward; one
        a colleague has open is offered read-only (or taken over, if they are gone).
        """
        for window in self.open_windows():
            if window.document is not None and window.document.path \
                    and window.document.path.resolve() == Path(path).resolve():
                window.show()
                window.raise_()
                window.activateWindow()
                return window is self
        if not self.maybe_save():
            return False
        try:
            document = self._open_document(Path(path))
        except ProjectFileError as error:
            QMessageBox.warning(self, self.tr("Cannot open project"), str(error))
            if not Path(path).exists():
                self.recent.remove(Path(path))
            return False
        if document is None:
            return False
        self.settings.setValue("files/last_folder", str(Path(path).parent))
        self.set_document(document)
        if document.notice:
            self.statusBar().showMessage(document.notice, 15000)
        elif document.lock is not None and not document.lock.held and not document.read_only:
            self.statusBar().showMessage(self.tr("Colleagues opening this file will not be warned: %1.").replace(
                "%1", document.lock.problem or ""), 10000)
        return True

    def _open_document(self, path: Path) -> Document | None:
        """The document, after asking what to do when someone else has it open (None: cancelled)."""
        try:
            return Document.open(path)
        except FileInUse as busy:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("File in use"), str(busy),
                              QMessageBox.StandardButton.Cancel, self)
            box.setInformativeText(self.tr("Open it read-only, or open it for editing anyway if they "
                                           "no longer have it open."))
            read_only = box.addButton(self.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
            anyway = box.addButton(self.tr("Open Anyway"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(read_only)
            box.exec()
            if box.clickedButton() is read_only:
                return Document.open(path, read_only=True)
            if box.clickedButton() is anyway:
                return Document.open(path, force=True)
            return None

    def commit_pending_edits(self) -> None:
        """A field still being typed in commits when it loses focus: make that happen now."""
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()

    def save(self) -> bool:
        self.commit_pending_edits()
        if self.document.path is None:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        folder = self.settings.value("files/last_folder", str(Path.home()))
        suggested = str(Path(folder) / f"{self.document.project.name}.cxd")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), suggested, self.tr(FILE_FILTER))
        if not path:
            return False
        if not path.endswith(".cxd") and "." not in Path(path).name:
            path += ".cxd"
        return self._save_to(Path(path))

    def _save_to(self, path: Path | None, overwrite: bool = False) -> bool:
        """Save; a read-only file goes to Save As, a file changed on disk asks first."""
        document = self.document
        if path is None and document.read_only:
            QMessageBox.information(self, self.tr("Read-only"), self.tr(
                "%1 is open read-only (%2). Choose another file to save your changes in.").replace(
                "%1", document.display_name).replace("%2", document.read_only))
            return self.save_as()
        if path is None and document.notice and QMessageBox.question(
                self, self.tr("Save in the new format?"), document.notice) != QMessageBox.StandardButton.Yes:
            return False
        try:
            document.save(path, overwrite=overwrite)
        except FileChangedError:
            return self._resolve_conflict()
        except ProjectFileError as error:
            QMessageBox.warning(self, self.tr("Cannot save project"), str(error))
            return False
        if self.autosave is not None:
            self.autosave.discard()
        self.recent.add(self.document.path)
        self.settings.setValue("files/last_folder", str(self.document.path.parent))
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", self.document.path.name), 3000)
        return True

    def _resolve_conflict(self) -> bool:
        """Someone saved over the file since it was opened: overwrite, save elsewhere, or leave it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File changed on disk"), self.tr(
            "%1 was changed by someone else since you opened it.").replace("%1", self.document.display_name),
            QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Overwrite their version with yours, or save yours as another file?"))
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(save_as)
        box.exec()
        if box.clickedButton() is save_as:
            return self.save_as()
        if box.clickedButton() is overwrite:
            return self._save_to(None, overwrite=True)
        return False

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels."""
        self.commit_pending_edits()
        if self.document is None or not self.document.modified:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to %1 before closing?").replace("%1", self.document.display_name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.pages.currentWidget() is self.start_page:
            self.panels.hide_tab_bars()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.document is not None:
            self.document.close()
        if self.autosave is not None:
            self.autosave.discard()
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
        self.commit_pending_edits()
        base = self.document.path.stem if self.document.path else self.document.project.name
        dialog = ExportDialog(self.document.project, self.scene.map_id if self.scene else None, self.settings,
                              base, self)
        if dialog.exec() and dialog.written:
            folder = dialog.written[0].parent
            self.statusBar().showMessage(self.tr("Exported %n file(s) to %1", "", len(dialog.written)).replace(
                "%1", str(folder)), 8000)

    def printing(self):
        """Print and page setup, loaded on first use."""
        if self._printing is None:
            from cxdesigner.ui.printing import Printing
            self._printing = Printing(self)
        return self._printing

    def _about(self) -> None:
        from cxdesigner.ui.about import AboutDialog
        AboutDialog(self).exec()

    def _user_guide(self) -> None:
        from cxdesigner.ui.about import open_user_guide
        open_user_guide()

