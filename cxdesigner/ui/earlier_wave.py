"""View > Earlier Survey Wave: one of the map's survey waves drawn as a faint ghost line.

The choice is kept per map for the session (a way of looking, not an edit: nothing to
undo, the file is not changed). The ghost follows the document: redrawn shortly after
any change, and gone when its wave is.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from cxdesigner.analysis.waves import map_waves, wave_line
from cxdesigner.canvas.wave_ghost import WaveGhost


class EarlierWave(QObject):
    """The submenu and the ghost line on the map shown."""

    def __init__(self, window, view_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = view_menu.addMenu(self.tr("Earlier Survey &Wave"))
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self._fill)
        self.chosen: dict[str, str] = {}  # map id -> wave label
        self.ghost: WaveGhost | None = None
        self._document = None
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.redraw)

    def scene_shown(self, scene) -> None:
        """A map came into view (or a new scene for it): draw its chosen wave there."""
        if self.ghost is not None:
            self.ghost.clear()
        self.ghost = WaveGhost(scene) if scene is not None else None
        document = self.window.document
        if document is not self._document:
            if self._document is not None and shiboken6.isValid(self._document):
                self._document.changed.disconnect(self._later)
            if document is not None:
                document.changed.connect(self._later)
            self._document = document
        self.redraw()

    def choose(self, label: str | None) -> None:
        """Show the wave called ``label`` on the current map (``None``: no ghost)."""
        scene = self.window.scene
        if scene is None:
            return
        if label is None:
            self.chosen.pop(scene.map_id, None)
        else:
            self.chosen[scene.map_id] = label
        self.redraw()

    def _later(self, _event=None) -> None:
        self._timer.start()

    def redraw(self) -> None:
        scene = self.window.scene
        if self.ghost is None or scene is None or not shiboken6.isValid(scene) or self.ghost.scene is not scene:
            return
        label = self.chosen.get(scene.map_id)
        project = self.window.document.project
        if label is None or project.lookup(scene.map_id) is None:
            self.ghost.clear()
            return
        self.ghost.show(label, wave_line(project, scene.map_id, label))

    def _fill(self) -> None:
        self.menu.clear()
        scene = self.window.scene
        if scene is None or self.window.document is None:
            self.menu.addAction(self.tr("No map")).setEnabled(False)
            return
        waves = map_waves(self.window.document.project, scene.map_id)
        group = QActionGroup(self.menu)
        none = QAction(self.tr("&None"), self.menu, checkable=True)
        none.setChecked(self.chosen.get(scene.map_id) is None)
        none.triggered.connect(lambda: self.choose(None))
        group.addAction(none)
        self.menu.addAction(none)
        if not waves:
            empty = self.menu.addAction(self.tr("No survey waves yet: Map > Import Survey…"))
            empty.setEnabled(False)
        for wave in waves:
            action = QAction(wave.label.replace("&", "&&"), self.menu, checkable=True)
            action.setChecked(self.chosen.get(scene.map_id) == wave.label)
            if wave.period:
                action.setToolTip(self.tr("Fieldwork %1").replace("%1", wave.period))
            action.triggered.connect(lambda _checked=False, label=wave.label: self.choose(label))
            group.addAction(action)
            self.menu.addAction(action)
