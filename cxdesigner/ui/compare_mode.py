"""Comparing the document with another version of it: a list of the differences beside the map.

The other version is another file or an earlier version from the file's history. The
Comparison dock lists every difference from it to the document, map by map, and the map
shown carries the overlay (``canvas/compare_overlay.py``). Clicking a difference shows
its map and selects what it is about (or brings a removed card's ghost into view);
Previous and Next step through them. The list follows the document as it is edited,
and End Comparison takes every mark away.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from cxdesigner.canvas.compare_overlay import CompareOverlay
from cxdesigner.merge import Difference, compare
from cxdesigner.model import JourneyMap, Project

RECOMPARE_MS = 300


class Comparison(QObject):
    """The window's comparison, while there is one."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.other: Project | None = None
        self.title = ""
        self.differences: list[Difference] = []
        self.overlay: CompareOverlay | None = None
        self.dock: QDockWidget | None = None
        self._timer = QTimer(self, singleShot=True, interval=RECOMPARE_MS)
        self._timer.timeout.connect(self._recompare)

    @property
    def active(self) -> bool:
        return self.other is not None

    def start(self, other: Project, title: str) -> None:
        """Compare the document with ``other`` (called ``title`` in the dock) until ``end``."""
        self.end()
        self.other, self.title = other, title
        self._build_dock()
        self.window.document.changed.connect(self._document_changed)
        self.window.document.replaced.connect(self._document_changed)
        self._recompare()
        self.dock.show()
        self.dock.raise_()

    def end(self) -> None:
        if self.other is None:
            return
        document = self.window.document
        if document is not None:
            document.changed.disconnect(self._document_changed)
            document.replaced.disconnect(self._document_changed)
        self.other, self.differences = None, []
        if self.overlay is not None:
            self.overlay.clear()
            self.overlay = None
        if self.dock is not None:
            self.window.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None

    def scene_shown(self, scene) -> None:
        """A map came into view (or a new scene for it): mark it."""
        if self.overlay is not None:
            self.overlay.clear()
            self.overlay = None
        if self.active and scene is not None:
            self.overlay = CompareOverlay(scene, self._other_map(scene.map_id), self._of_map(scene.map_id))

    # -- the differences -------------------------------------------------------------------

    def _document_changed(self, _event=None) -> None:
        self._timer.start()

    def _recompare(self) -> None:
        if not self.active or self.window.document is None:
            return
        self.differences = compare(self.other, self.window.document.project)
        self._fill_list()
        scene = self.window.scene
        if self.overlay is not None and shiboken6.isValid(self.overlay.scene) and self.overlay.scene is scene:
            self.overlay.update(self._other_map(scene.map_id), self._of_map(scene.map_id))
        else:
            self.scene_shown(scene)

    def _other_map(self, map_id: str) -> JourneyMap | None:
        """The same map in the other version (``None`` when it did not have it)."""
        entry = self.other.lookup(map_id)
        return entry[0] if entry is not None and isinstance(entry[0], JourneyMap) else None

    def _of_map(self, map_id: str) -> list[Difference]:
        return [d for d in self.differences if d.map_id == map_id]

    # -- the dock -----------------------------------------------------------------------------

    def _build_dock(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Differences"))
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._reveal)
        layout.addWidget(self.list, 1)
        steps = QHBoxLayout()
        for text, step in ((self.tr("Previous"), -1), (self.tr("Next"), 1)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, step=step: self.step(step))
            steps.addWidget(button)
        done = QPushButton(self.tr("End Comparison"))
        done.clicked.connect(self.end)
        steps.addWidget(done)
        layout.addLayout(steps)
        self.dock = QDockWidget(self.tr("Comparison"), self.window)
        self.dock.setObjectName("comparison")
        self.dock.setWidget(body)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

    def _fill_list(self) -> None:
        count = len(self.differences)
        self.heading.setText(self.tr("From %1 to this document: %n difference(s).", "", count)
                             .replace("%1", self.title) if count else
                             self.tr("This document and %1 hold the same project.").replace("%1", self.title))
        names = {m.id: m.name for m in self.window.document.project.maps} | {m.id: m.name for m in self.other.maps}
        row = self.list.currentRow()
        self.list.clear()
        for difference in self.differences:
            where = names.get(difference.map_id)
            item = QListWidgetItem(f"{where}: {difference.sentence}" if where else difference.sentence)
            item.setData(Qt.ItemDataRole.UserRole, difference)
            self.list.addItem(item)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def step(self, by: int) -> None:
        """Go to the previous or next difference and show it."""
        if not self.list.count():
            return
        row = self.list.currentRow()
        row = 0 if row < 0 else max(0, min(self.list.count() - 1, row + by))
        self.list.setCurrentRow(row)
        self._reveal(self.list.item(row))

    def _reveal(self, item: QListWidgetItem) -> None:
        """Show the difference: its map, and what it is about selected and in sight."""
        difference: Difference = item.data(Qt.ItemDataRole.UserRole)
        window, project = self.window, self.window.document.project
        maps = [m.id for m in project.maps]
        if difference.map_id in maps and (window.scene is None or window.scene.map_id != difference.map_id):
            window.tabs.setCurrentIndex(maps.index(difference.map_id))
        scene = window.scene
        if scene is None:
            return
        key = difference.key
        target = key[2] if isinstance(key, tuple) else key
        scene.clearSelection()
        card = scene.cards.get(target)
        if card is not None:
            card.setSelected(True)
            window.view.ensureVisible(card, 40, 40)
        elif self.overlay is not None and target in self.overlay.ghosts:
            window.view.ensureVisible(self.overlay.ghosts[target], 40, 40)
        else:
            for band in scene.stage_bands():
                if band.item_id == target:
                    band.setSelected(True)
                    window.view.ensureVisible(band, 40, 40)
