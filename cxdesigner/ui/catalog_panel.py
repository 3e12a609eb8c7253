"""Channels and departments: the project's lists that touchpoints point at.

One editor serves both: a list, Add and Delete, and the fields of the selected
entry (name, colour, and for channels their kind and icon). Deleting an entry in
use says how many touchpoints lose it. Every edit is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QComboBox, QFormLayout, QListWidget,
                               QListWidgetItem, QMessageBox, QTabWidget, QVBoxLayout, QWidget)

from cxdesigner.canvas.words import choice_name
from cxdesigner.canvas.icons import FALLBACK, channel_icon, icon_names
from cxdesigner.editor.commands import AddItemCommand, RemoveItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.model import Channel, ChannelKind, Department
from cxdesigner.ui.colors import CHANNEL_COLORS, DEPARTMENT_COLORS, next_color
from cxdesigner.ui.following import Following
from cxdesigner.ui.library_actions import library_row
from cxdesigner.ui.colors import swatch
from cxdesigner.ui.panel_edits import PanelEdits


class CatalogEditor(Following, PanelEdits, QWidget):
    """The list of channels, or of departments, with the selected one's fields."""

    def __init__(self, kind: type, parent=None) -> None:
        super().__init__(parent)
        self.kind, self._loading = kind, False
        self.SHOWS = (kind,)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Channels") if kind is Channel else self.tr("Departments"))
        self.list.setIconSize(QSize(18, 18))
        self.list.currentRowChanged.connect(lambda _: self._load())
        layout.addWidget(self.list, 1)
        layout.addLayout(self._button_bar(((QT_TRANSLATE_NOOP("PanelEdits", "Add"), self.add, QT_TRANSLATE_NOOP("PanelEdits", "Add one to the project")),
                                           (QT_TRANSLATE_NOOP("PanelEdits", "Delete…"), self.delete, QT_TRANSLATE_NOOP("PanelEdits", "Delete the selected one")))))
        layout.addLayout(library_row(self, kind))
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        self._name_and_color_rows(form)
        self.channel_kind = QComboBox()
        self.icon = QComboBox()
        if kind is Channel:
            for value in ChannelKind:
                self.channel_kind.addItem(choice_name(value), value)
            self.channel_kind.activated.connect(lambda: self._update(kind=ChannelKind(self.channel_kind.currentData())))
            form.addRow(self.tr("Kind"), self.channel_kind)
            for name in icon_names():
                self.icon.addItem(QIcon(channel_icon(name, "#444444", 18)), name, name)
            self.icon.activated.connect(lambda: self._update(icon=self.icon.currentData()))
            form.addRow(self.tr("Icon"), self.icon)
        layout.addWidget(self.fields)

    @property
    def entries(self) -> list:
        project = self.document.project
        return project.channels if self.kind is Channel else project.departments

    def current(self):
        row = self.list.currentRow()
        return self.entries[row] if self.document and 0 <= row < len(self.entries) else None

    def refresh(self, event) -> None:
        self._fill_list([QListWidgetItem(self._icon(entry), entry.name) for entry in self.entries])

    @staticmethod
    def _icon(entry) -> QIcon:
        """A channel's own icon in its colour (as on its cards); a department's colour."""
        if isinstance(entry, Channel):
            return QIcon(channel_icon(entry.icon or FALLBACK, entry.color, 18))
        return swatch(entry.color)

    def _load(self) -> None:
        entry = self.current()
        self.fields.setEnabled(entry is not None)
        if entry is None:
            return
        self._loading = True
        self._show_name_and_color(entry)
        if isinstance(entry, Channel):
            self.channel_kind.setCurrentIndex(list(ChannelKind).index(entry.kind))
            self.icon.setCurrentIndex(max(0, self.icon.findData(entry.icon if entry.icon in icon_names() else FALLBACK)))
        self._loading = False

    def add(self) -> None:
        """A new entry in a colour no other one has yet."""
        name = self.tr("New channel") if self.kind is Channel else self.tr("New department")
        palette = CHANNEL_COLORS if self.kind is Channel else DEPARTMENT_COLORS
        color = next_color(palette, [entry.color for entry in self.entries])
        if self._push(AddItemCommand(self.document.project, self.kind(name=name, color=color))):
            self.list.setCurrentRow(len(self.entries) - 1)

    def delete(self) -> None:
        entry = self.current()
        if entry is None:
            return
        field = "channel_id" if self.kind is Channel else "department_id"
        used = sum(1 for m in self.document.project.maps for t in m.touchpoints if getattr(t, field) == entry.id)
        if used:
            answer = QMessageBox.question(
                self, self.tr("Delete"), self.tr("%n touchpoint(s) use “%1”; they will have none. Delete it?", "",
                                                 used).replace("%1", entry.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._push(RemoveItemCommand(self.document.project, entry.id))


class CatalogPanel(QTabWidget):
    """Channels and departments, one tab each."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.channels, self.departments = CatalogEditor(Channel), CatalogEditor(Department)
        self.addTab(self.channels, self.tr("Channels"))
        self.addTab(self.departments, self.tr("Departments"))

    def follow(self, document: Document) -> None:
        self.channels.follow(document)
        self.departments.follow(document)
