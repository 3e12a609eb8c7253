"""Choose which lanes the current map shows, and in which order (drag to reorder)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from cxdesigner.canvas.lanes import TITLES
from cxdesigner.model import JourneyMap, Lane

LANE = Qt.ItemDataRole.UserRole


class LanesDialog(QDialog):
    def __init__(self, jmap: JourneyMap, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lanes of %1").replace("%1", jmap.name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the lanes to show; drag them into the order you want.")))
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setAccessibleName(self.tr("Lanes"))
        for lane in [*jmap.lanes, *(lane for lane in Lane if lane not in jmap.lanes)]:
            item = QListWidgetItem(self.tr(TITLES[lane]))
            item.setData(LANE, lane)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
            if lane is Lane.TOUCHPOINTS:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable  # a map always shows its touchpoints
                item.setToolTip(self.tr("A map always shows its touchpoints"))
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.setCheckState(Qt.CheckState.Checked if lane in jmap.lanes else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def lanes(self) -> list[Lane]:
        """The ticked lanes, top to bottom."""
        items = [self.list.item(i) for i in range(self.list.count())]
        return [item.data(LANE) for item in items if item.checkState() == Qt.CheckState.Checked]
