"""The palette: drag a touchpoint (plain, or on one of the project's channels) onto the map."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from cxdesigner.canvas.icons import FALLBACK, channel_icon
from cxdesigner.canvas.scene import PALETTE_MIME
from cxdesigner.editor.document import Document
from cxdesigner.model import Channel, ItemAdded, ItemChanged, ItemMoved, ItemRemoved

CHANNEL_ID = Qt.ItemDataRole.UserRole


def swatch(color: str, size: int = 18) -> QIcon:
    """A small rounded square of ``color``, for lists of channels and personas."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 4, 4)
    painter.end()
    return QIcon(pixmap)


class Palette(QListWidget):
    """"Touchpoint" and one entry per channel; each can be dragged onto the canvas."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setIconSize(QSize(18, 18))
        self.setAccessibleName(self.tr("Palette"))
        self.setToolTip(self.tr("Drag onto the map to add a touchpoint where you drop it"))
        self.document: Document | None = None

    def set_document(self, document: Document) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_change)
        self.document = document
        document.changed.connect(self._on_change)
        self.refill()

    def refill(self) -> None:
        self.clear()
        entries = [(self.tr("Touchpoint"), "", "#9aa5b1", FALLBACK)]
        entries += [(c.name, c.id, c.color, c.icon) for c in self.document.project.channels]
        for name, channel_id, color, icon in entries:
            item = QListWidgetItem(QIcon(channel_icon(icon, color, 18)), name)
            item.setData(CHANNEL_ID, channel_id)
            item.setToolTip(self.tr("Drag onto the map: a touchpoint on %1").replace("%1", name) if channel_id
                            else self.tr("Drag onto the map: a touchpoint"))
            self.addItem(item)

    def _on_change(self, event) -> None:
        if isinstance(event, ItemAdded | ItemChanged | ItemMoved | ItemRemoved) and isinstance(event.item, Channel):
            self.refill()

    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        data.setData(PALETTE_MIME, (items[0].data(CHANNEL_ID) or "").encode())
        return data
