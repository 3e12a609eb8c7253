"""The start page's "Team library" group: the library's maps, to start a project from.

Shown under the templates when a team library is chosen and holds maps; when it cannot be
read, one line says why and the rest of the start page works as ever. The list is read
again each time the start page is shown, so a colleague's new map appears.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget

from cxdesigner.interchange.library_templates import project_from_library_map
from cxdesigner.interchange.user_templates import TemplateError
from cxdesigner.model import Project
from cxdesigner.ui.library_actions import library_path, open_library
from cxdesigner.ui.start_page import PREVIEW, map_preview

MAP_ID = Qt.ItemDataRole.UserRole


class TeamLibraryTemplates(QWidget):
    """The group itself, placed on the start page under its templates."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.library: Project | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("<b>Team library</b>"))
        layout.addWidget(self.title)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.maps = QListWidget()
        self.maps.setViewMode(QListWidget.ViewMode.IconMode)
        self.maps.setIconSize(PREVIEW)
        self.maps.setGridSize(QSize(PREVIEW.width() + 24, PREVIEW.height() + 64))
        self.maps.setWordWrap(True)
        self.maps.setMovement(QListWidget.Movement.Static)
        self.maps.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.maps.setFixedHeight(PREVIEW.height() + 80)  # one row of previews with their names, whole
        self.maps.setAccessibleName(self.tr("Team library"))
        self.maps.itemClicked.connect(lambda item: self.start_from(item.data(MAP_ID)))
        self.maps.itemActivated.connect(lambda item: self.start_from(item.data(MAP_ID)))
        layout.addWidget(self.maps)

    def refresh(self) -> None:
        """Read the library again; show its maps, or why there are none, or nothing without a library."""
        self.maps.clear()
        self.library = None
        if library_path(self.window_.settings) is None:
            self.setVisible(False)
            return
        library, why = open_library(self.window_.settings)
        self.setVisible(True)
        maps = library.maps if library is not None else []
        self.note.setText(why or ("" if maps else self.tr("The team library holds no maps yet.")))
        self.note.setVisible(bool(self.note.text()))
        self.maps.setVisible(bool(maps))
        self.library = library
        for jmap in maps:
            item = QListWidgetItem(QIcon(map_preview(library, jmap.id)), jmap.name)
            item.setToolTip(self.tr("%1 (from the team library %2)").replace("%1", jmap.description or jmap.name)
                            .replace("%2", library.name))
            item.setData(MAP_ID, jmap.id)
            self.maps.addItem(item)

    def start_from(self, map_id: str) -> None:
        """A new project from the library's map, as from any template (after offering to save)."""
        from cxdesigner.editor.document import Document

        if self.library is None or not self.window_.files.maybe_save():
            return
        try:
            project = project_from_library_map(self.library, map_id)
        except (TemplateError, KeyError) as error:
            QMessageBox.warning(self.window_, self.tr("New project"), str(error))
            return
        self.window_.set_document(Document(project))


def add_to_start_page(window) -> TeamLibraryTemplates:
    """Put the group on the window's start page, under the templates."""
    group = TeamLibraryTemplates(window)
    layout = window.start_page.layout()
    layout.insertWidget(layout.indexOf(window.start_page.templates) + 1, group, 0)
    return group
