"""The docked side panels of the editor window, created, placed and fed together.

Left: Palette, Channels and History (tabbed). Right: Inspector, Personas,
Goals & actions, Insights and Comments (tabbed). Every panel follows the open document; the map-bound
ones follow the map shown. Their refusals go to the window's status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (QAbstractScrollArea, QDockWidget, QMainWindow, QScrollArea, QTabBar, QUndoView,
                               QWidget)

from cxdesigner.editor.document import Document
from cxdesigner.ui.annotations_panel import AnnotationsPanel
from cxdesigner.ui.catalog_panel import CatalogPanel
from cxdesigner.ui.comments_panel import CommentsPanel
from cxdesigner.ui.insights_panel import InsightsPanel
from cxdesigner.ui.inspector import Inspector
from cxdesigner.ui.palette import Palette
from cxdesigner.ui.personas_panel import PersonasPanel


class SidePanels(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.palette, self.inspector, self.personas = Palette(), Inspector(), PersonasPanel()
        self.annotations, self.catalog, self.history = AnnotationsPanel(), CatalogPanel(), QUndoView()
        self.insights = InsightsPanel()
        self.comments = CommentsPanel()
        self.history.setEmptyLabel(self.tr("Opened"))
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.docks = [self._dock(self.tr("Palette"), "palette", self.palette, left),
                      self._dock(self.tr("Channels"), "catalog", self.catalog, left),
                      self._dock(self.tr("History"), "history", self.history, left),
                      self._dock(self.tr("Inspector"), "inspector", self.inspector, right),
                      self._dock(self.tr("Personas"), "personas", self.personas, right),
                      self._dock(self.tr("Goals && actions"), "annotations", self.annotations, right),
                      self._dock(self.tr("Insights"), "insights", self.insights, right),
                      self._dock(self.tr("Comments"), "comments", self.comments, right)]
        for first, *others in (self.docks[:3], self.docks[3:]):
            for other in others:
                window.tabifyDockWidget(first, other)
            first.raise_()
        window.resizeDocks([self.docks[0], self.docks[3]], [230, 340], Qt.Orientation.Horizontal)
        self.document: Document | None = None
        self._shown_before: list[QDockWidget] | None = None

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)  # for the saved window layout
        if not isinstance(widget, QAbstractScrollArea):  # tall forms scroll instead of growing the window
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QScrollArea.Shape.NoFrame)
            scroller.setWidget(widget)
            widget = scroller
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        return dock

    def dock_of(self, panel: QWidget) -> QDockWidget:
        """The dock that holds ``panel`` (directly, in the scroll area we gave it, or further in)."""
        for dock in self.docks:
            if dock.isAncestorOf(panel):
                return dock
        raise LookupError("That panel is not docked here.")

    def set_document(self, document: Document) -> None:
        """Every panel follows ``document``; a change it refuses is told in the status bar."""
        if self.document is not None:
            self.document.refused.disconnect(self._refused)
        self.document = document
        document.refused.connect(self._refused)
        self.history.setStack(document.undo_stack)
        self.palette.follow(document)
        self.catalog.follow(document)

    def set_map(self, document: Document, map_id: str | None) -> None:
        """The map-bound panels follow the map shown."""
        self.inspector.follow(document, map_id)
        self.personas.follow(document, map_id)
        self.annotations.follow(document, map_id)
        self.insights.follow(document, map_id)
        self.comments.follow(document, map_id)

    def show_selection(self, ids: list[str]) -> None:
        """What is selected on the map: the Inspector shows one item, new entries go to one touchpoint."""
        one = ids[0] if len(ids) == 1 else None
        self.inspector.show_item(one)
        touchpoint = one if one in (self.window.scene.cards if self.window.scene else {}) else None
        self.annotations.set_selection(touchpoint)
        self.comments.set_selection(one)

    def push(self, command) -> bool:
        """One undo step for the window's own commands (refusals are told like the panels')."""
        return self.document.try_push(command)

    def _refused(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)

    def keep_tab_titles_whole(self) -> None:
        """Dock tabs read "Inspector", never "Inspe…": a crowded group scrolls its tabs instead."""
        for bar in self.window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    def hide_tab_bars(self) -> None:
        """Qt can leave the tab bar of a group of hidden docks standing (also when the window
        is first shown): hide it too. Qt shows the right ones again with the docks."""
        for bar in self.window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.hide()

    def set_editing(self, enabled: bool) -> None:
        """Out of sight on the start page; back as they were once a project is open."""
        if not enabled and self._shown_before is None:
            self._shown_before = [dock for dock in self.docks if not dock.isHidden()]
            for dock in self.docks:
                dock.hide()
            self.hide_tab_bars()
        elif enabled and self._shown_before is not None:
            for dock in self._shown_before:
                dock.show()
            self._shown_before = None
        for dock in self.docks:
            dock.toggleViewAction().setEnabled(enabled)
