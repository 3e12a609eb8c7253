"""The docked side panels of the editor window, created, placed and fed together.

Left: Palette, Channels and History (tabbed). Right: Inspector, Personas,
Goals & actions, Insights and Comments (tabbed). Every panel follows the open document; the map-bound
ones follow the map shown. Their refusals go to the window's status bar.

A panel behind another tab is built when its tab is first shown (``LATER``), not with the
window: together they cost the start a fifth of a second (the Insights charts most). Asking
for one (``panels.insights``) builds it too, so it is there for whoever needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (QAbstractScrollArea, QDockWidget, QMainWindow, QScrollArea, QTabBar, QUndoView,
                               QWidget)

from cxdesigner.editor.document import Document
from cxdesigner.ui.inspector import Inspector
from cxdesigner.ui.palette import Palette

#: The panels built when their dock is first shown, by dock name: module and class.
LATER = {"catalog": ("cxdesigner.ui.catalog_panel", "CatalogPanel"),
         "personas": ("cxdesigner.ui.personas_panel", "PersonasPanel"),
         "annotations": ("cxdesigner.ui.annotations_panel", "AnnotationsPanel"),
         "insights": ("cxdesigner.ui.insights_panel", "InsightsPanel"),
         "comments": ("cxdesigner.ui.comments_panel", "CommentsPanel")}
#: Of those, the ones about the map shown (the others follow the document).
MAP_BOUND = ("personas", "annotations", "insights", "comments")


class SidePanels(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.palette, self.inspector, self.history = Palette(), Inspector(), QUndoView()
        self.history.setEmptyLabel(self.tr("Opened"))
        self._built: dict[str, QWidget] = {}
        self.document: Document | None = None
        self._map_id: str | None = None
        self._map_shown = False
        self._selection: list[str] = []
        self._waiting: dict[str, list[Callable[[QWidget], None]]] = {}
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.docks = [self._dock(self.tr("Palette"), "palette", self.palette, left),
                      self._dock(self.tr("Channels"), "catalog", None, left),
                      self._dock(self.tr("History"), "history", self.history, left),
                      self._dock(self.tr("Inspector"), "inspector", self.inspector, right),
                      self._dock(self.tr("Personas"), "personas", None, right),
                      self._dock(self.tr("Goals && actions"), "annotations", None, right),
                      self._dock(self.tr("Insights"), "insights", None, right),
                      self._dock(self.tr("Comments"), "comments", None, right)]
        self._by_name = {dock.objectName(): dock for dock in self.docks}
        for first, *others in (self.docks[:3], self.docks[3:]):
            for other in others:
                window.tabifyDockWidget(first, other)
            first.raise_()
        window.resizeDocks([self.docks[0], self.docks[3]], [230, 340], Qt.Orientation.Horizontal)
        self._shown_before: list[QDockWidget] | None = None

    @property
    def catalog(self) -> QWidget:
        return self._panel("catalog")

    @property
    def personas(self) -> QWidget:
        return self._panel("personas")

    @property
    def annotations(self) -> QWidget:
        return self._panel("annotations")

    @property
    def insights(self) -> QWidget:
        return self._panel("insights")

    @property
    def comments(self) -> QWidget:
        return self._panel("comments")

    def _panel(self, name: str) -> QWidget:
        """The panel of dock ``name``, built (and brought up to date) the first time it is needed."""
        panel = self._built.get(name)
        if panel is None:
            module, cls = LATER[name]
            panel = self._built[name] = getattr(import_module(module), cls)()
            dock = self._by_name[name]
            placeholder = dock.widget()
            dock.setWidget(self._scrolling(panel))
            placeholder.deleteLater()
            self._catch_up(name, panel)
            for call in self._waiting.pop(name, ()):
                call(panel)
        return panel

    def when_built(self, name: str, call: Callable[[QWidget], None]) -> None:
        """``call(panel)`` once the panel of dock ``name`` is built (now, if it is): to connect to it
        without building it before it is shown."""
        if name in self._built or name not in LATER:
            call(getattr(self, name))
        else:
            self._waiting.setdefault(name, []).append(call)

    def _catch_up(self, name: str, panel: QWidget) -> None:
        """A panel just built shows what the others show: the document, the map, the selection."""
        if self.document is None:
            return
        if name not in MAP_BOUND:
            panel.follow(self.document)
            return
        if not self._map_shown:
            return
        panel.follow(self.document, self._map_id)
        if name in ("annotations", "comments"):
            self._select(name, panel)

    def _select(self, name: str, panel: QWidget) -> None:
        one = self._selection[0] if len(self._selection) == 1 else None
        if name == "comments":
            panel.set_selection(one)
        else:  # new goals, pain points and actions go to the one touchpoint selected
            panel.set_selection(one if one in (self.window.scene.cards if self.window.scene else {}) else None)

    def _dock(self, title: str, name: str, widget: QWidget | None, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock for ``widget``; for none, a dock whose panel (``LATER``) is built when it is first shown."""
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)  # for the saved window layout
        if widget is None:
            dock.setWidget(QWidget())
            dock.visibilityChanged.connect(lambda visible: visible and self._panel(name))
        else:
            dock.setWidget(self._scrolling(widget))
        self.window.addDockWidget(area, dock)
        return dock

    @staticmethod
    def _scrolling(widget: QWidget) -> QWidget:
        """Tall forms scroll instead of growing the window."""
        if isinstance(widget, QAbstractScrollArea):
            return widget
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(widget)
        return scroller

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
        for name, panel in self._built.items():
            if name not in MAP_BOUND:
                panel.follow(document)

    def set_map(self, document: Document, map_id: str | None) -> None:
        """The map-bound panels follow the map shown."""
        self._map_id, self._map_shown = map_id, True
        self.inspector.follow(document, map_id)
        for name in MAP_BOUND:
            if name in self._built:
                self._built[name].follow(document, map_id)

    def show_selection(self, ids: list[str]) -> None:
        """What is selected on the map: the Inspector shows one item, new entries go to one touchpoint."""
        self._selection = list(ids)
        self.inspector.show_item(ids[0] if len(ids) == 1 else None)
        for name in ("annotations", "comments"):
            if name in self._built:
                self._select(name, self._built[name])

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
