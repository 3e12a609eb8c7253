"""The palette: drag a touchpoint (plain, or on one of the project's channels) onto the map."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from cxdesigner.canvas.icons import FALLBACK, channel_icon
from cxdesigner.canvas.editing_scene import PALETTE_MIME
from cxdesigner.model import Channel
from cxdesigner.ui.following import Following

CHANNEL_ID = Qt.ItemDataRole.UserRole


class Palette(Following, QListWidget):
    """"Touchpoint" and one entry per channel; each can be dragged onto the canvas."""

    SHOWS = (Channel,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setIconSize(QSize(18, 18))
        self.setAccessibleName(self.tr("Palette"))
        self.setToolTip(self.tr("Drag onto the map to add a touchpoint where you drop it"))

    def refresh(self, event) -> None:
        self.clear()
        entries = [(self.tr("Touchpoint"), "", "#9aa5b1", FALLBACK)]
        entries += [(c.name, c.id, c.color, c.icon) for c in self.document.project.channels]
        for name, channel_id, color, icon in entries:
            item = QListWidgetItem(QIcon(channel_icon(icon, color, 18)), name)
            item.setData(CHANNEL_ID, channel_id)
            item.setToolTip(self.tr("Drag onto the map: a touchpoint on %1").replace("%1", name) if channel_id
                            else self.tr("Drag onto the map: a touchpoint"))
            self.addItem(item)

    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        data.setData(PALETTE_MIME, (items[0].data(CHANNEL_ID) or "").encode())
        return data
