"""The team library in the window: File > Team Library… and the panels' Library menu.

The library's path is the user's own setting (``QSettings``), not the project's: each
colleague may reach the shared drive under another name. The Personas, Channels and
Departments panels each get a "Library" button whose menu adds items from the library,
updates a linked item to the library's version (one undo step) and publishes the
selected item there. The library is read afresh each time the menu opens, so the menu
says why it is unavailable (none chosen, unreachable, damaged) and the project keeps its
copies whatever happens to the shared file. The rules are in ``storage/library.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMenu, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from cxdesigner.editor.commands import AddItemCommand, AttachPersonaCommand, MacroCommand, UpdateItemCommand
from cxdesigner.model import Persona, Project
from cxdesigner.storage import ProjectFileError
from cxdesigner.storage.library import (SHARED, changes_from, copy_for, in_project, publish, read_library, shared_items,
                                        source_of)
from cxdesigner.ui.colors import swatch

LIBRARY_KEY = "library/path"
FILE_FILTER = QT_TRANSLATE_NOOP("TeamLibraryDialog", "CX Designer projects (*.cxd);;All files (*)")
#: The word each kind's messages put in for %1, one and several, translated where they are used.
_NOUNS = {"Persona": (QT_TRANSLATE_NOOP("LibraryButton", "persona"), QT_TRANSLATE_NOOP("LibraryButton", "personas")),
          "Channel": (QT_TRANSLATE_NOOP("LibraryButton", "channel"), QT_TRANSLATE_NOOP("LibraryButton", "channels")),
          "Department": (QT_TRANSLATE_NOOP("LibraryButton", "department"),
                         QT_TRANSLATE_NOOP("LibraryButton", "departments"))}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamLibrary", text)


def settings_of(widget: QWidget) -> QSettings:
    """The window's settings (tests give each window its own), or the user's."""
    settings = getattr(widget.window(), "settings", None)
    return settings if isinstance(settings, QSettings) else QSettings()


def library_path(settings: QSettings) -> Path | None:
    """The team library this user chose, or ``None``."""
    value = str(settings.value(LIBRARY_KEY, "") or "")
    return Path(value) if value else None


def open_library(settings: QSettings) -> tuple[Project | None, str]:
    """The library's project and an empty reason, or ``None`` and one sentence saying why not."""
    path = library_path(settings)
    if path is None:
        return None, _tr(QT_TRANSLATE_NOOP("TeamLibrary", "No team library is chosen (File > Team Library…)."))
    try:
        return read_library(path), ""
    except ProjectFileError as error:
        return None, _tr(QT_TRANSLATE_NOOP("TeamLibrary", "The team library is unavailable: %1")).replace("%1", str(error))


class TeamLibraryDialog(QDialog):
    """File > Team Library…: which project file is the team's library, or none."""

    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Team Library"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A team library is a project file on a shared drive. Its personas, channels and "
                               "departments can be added to any project, updated and published from the panels."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.current)
        buttons = QDialogButtonBox()
        choose = buttons.addButton(self.tr("Choose File…"), QDialogButtonBox.ButtonRole.ActionRole)
        choose.setToolTip(self.tr("Choose the project file your team shares as its library"))
        choose.clicked.connect(self.choose)
        self.none = buttons.addButton(self.tr("None"), QDialogButtonBox.ButtonRole.ResetRole)
        self.none.setToolTip(self.tr("Use no team library; projects keep the items they copied"))
        self.none.clicked.connect(self.clear)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._show()

    def _show(self) -> None:
        path = library_path(self.settings)
        self.none.setEnabled(path is not None)
        if path is None:
            self.current.setText(self.tr("No team library is chosen."))
            return
        library, why = open_library(self.settings)
        text = self.tr("Library: %1").replace("%1", str(path))
        self.current.setText(f"{text}\n{why}" if library is None else text)

    def choose(self) -> None:
        path = library_path(self.settings)
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Team Library"), str(path.parent) if path else "",
                                                self.tr(FILE_FILTER))
        if chosen:
            self.settings.setValue(LIBRARY_KEY, chosen)
            self._show()

    def clear(self) -> None:
        self.settings.remove(LIBRARY_KEY)
        self._show()


def choose_library(window) -> None:
    """File > Team Library…; the start page, when shown, lists the chosen library's maps at once."""
    TeamLibraryDialog(window.settings, window).exec()
    if window.start_page is not None and window.pages.currentWidget() is window.start_page:
        window.team_templates.refresh()


class PickDialog(QDialog):
    """The library's items of one kind not yet in the project: pick one or several to add."""

    def __init__(self, items: list, title: str, library: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Copy into this project from “%1”:").replace("%1", library))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for item in items:
            row = QListWidgetItem(swatch(item.color), item.name)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            if isinstance(item, Persona) and item.occupation:
                row.setToolTip(item.occupation)
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [row.data(Qt.ItemDataRole.UserRole) for row in self.list.selectedItems()]


class LibraryButton(QPushButton):
    """A panel's "Library" button: Add from Library…, Update from Library, Publish to Library."""

    def __init__(self, panel, kind: type) -> None:
        super().__init__(QCoreApplication.translate("LibraryButton", "Library"))
        self.panel, self.kind = panel, kind
        self.one, self.many = (self.tr(noun) for noun in _NOUNS[kind.__name__])
        self.setToolTip(self.tr("Share %1 with your team through the team library").replace("%1", self.many))
        self.menu_ = QMenu(self)
        self.menu_.setToolTipsVisible(True)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)

    # -- the menu, with what is possible now -----------------------------------------------

    def _fill(self) -> None:
        menu = self.menu_
        menu.clear()
        document = self.panel.document
        library, why = open_library(settings_of(self)) if document is not None else (None, "")
        add = menu.addAction(self.tr("Add from Library…"), self.add_from_library)
        update = menu.addAction(self.tr("Update from Library"), self.update_from_library)
        publish_action = menu.addAction(self.tr("Publish to Library"), self.publish_to_library)
        add.setToolTip(self.tr("Copy %1 from the team library into this project").replace("%1", self.many))
        update.setToolTip(self.tr("Bring the library's version of this %1 (one step you can undo)")
                          .replace("%1", self.one))
        if library is None:
            for action in (add, update, publish_action):
                action.setEnabled(False)
                action.setToolTip(why)
            if why:
                menu.addSeparator()
                menu.addAction(why.replace("&", "&&")).setEnabled(False)  # a file name's "&" is no shortcut
            return
        item = self.panel.current()
        project = document.project
        source = source_of(project, library, item) if item is not None else None
        waiting = [i for i in shared_items(library, self.kind) if in_project(project, library, i) is None]
        if not waiting:
            add.setEnabled(False)
            add.setToolTip(self.tr("Every %1 of the library is in this project already.").replace("%1", self.one))
        if source is None or not changes_from(item, source):
            update.setEnabled(False)
            update.setToolTip(self.tr("This %1 did not come from the library.").replace("%1", self.one)
                              if source is None else self.tr("This %1 is the library's version.").replace("%1", self.one))
        if item is None:
            publish_action.setEnabled(False)
            publish_action.setToolTip(self.tr("Select a %1 to publish first.").replace("%1", self.one))
            return
        publish_action.setToolTip(self.tr("Replace the library's version with this one") if source is not None
                                  else self.tr("Add this %1 to the library").replace("%1", self.one))

    # -- the three actions -----------------------------------------------------------------

    def _library(self) -> Project | None:
        library, why = open_library(settings_of(self))
        if library is None:
            QMessageBox.warning(self, self.tr("Team Library"), why)
        return library

    def add_from_library(self) -> None:
        library = self._library()
        if library is None:
            return
        project = self.panel.document.project
        waiting = [i for i in shared_items(library, self.kind) if in_project(project, library, i) is None]
        if not waiting:
            self._say(self.tr("Every %1 of the library is in this project already.").replace("%1", self.one))
            return
        dialog = PickDialog(waiting, self.tr("Add from Library"), library.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return
        chosen = set(dialog.chosen())
        commands = []
        for original in (i for i in waiting if i.id in chosen):
            copy = copy_for(project, library, original)
            commands.append(AddItemCommand(project, copy))
            map_id = getattr(self.panel, "map_id", None)
            if isinstance(copy, Persona) and map_id is not None:
                commands.append(AttachPersonaCommand(project, map_id, copy.id))
        label = self.tr("Add %1 from library").replace("%1", self.many if len(chosen) > 1 else self.one)
        if self.panel._push(MacroCommand(project, label, commands)):
            self.panel.list.setCurrentRow(getattr(project, SHARED[self.kind]).index(copy))

    def update_from_library(self) -> None:
        item = self.panel.current()
        library = self._library() if item is not None else None
        if library is None:
            return
        source = source_of(self.panel.document.project, library, item)
        if source is None:
            self._say(self.tr("This %1 did not come from the library.").replace("%1", self.one))
            return
        changes = changes_from(item, source)
        if not changes:
            self._say(self.tr("This %1 is the library's version already.").replace("%1", self.one))
            return
        label = self.tr("Update %1 from library").replace("%1", self.one)
        if self.panel._push(UpdateItemCommand(self.panel.document.project, item.id, label, **changes)):
            self._say(self.tr("“%1” is now the library's version.").replace("%1", source.name))

    def publish_to_library(self) -> None:
        item = self.panel.current()
        path = library_path(settings_of(self))
        if item is None or path is None:
            return
        try:
            added = publish(self.panel.document.project, item, path)
        except ProjectFileError as error:
            QMessageBox.warning(self, self.tr("Publish to Library"),
                                self.tr("Nothing was published: %1").replace("%1", str(error)))
            return
        self._say((self.tr("“%1” is now in the team library.") if added
                   else self.tr("“%1” replaced its version in the team library.")).replace("%1", item.name))

    def _say(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)


def library_row(panel, kind: type) -> QHBoxLayout:
    """The row a panel shows under its buttons: the Library button, at the right."""
    row = QHBoxLayout()
    row.addStretch(1)
    panel.library_button = LibraryButton(panel, kind)
    row.addWidget(panel.library_button)
    return row
