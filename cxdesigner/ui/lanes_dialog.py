"""Choose which lanes the current map shows, and in which order (drag, or Move Up / Move Down)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from cxdesigner.canvas.lanes import TITLES
from cxdesigner.model import JourneyMap, Lane

LANE = Qt.ItemDataRole.UserRole


class LanesDialog(QDialog):
    def __init__(self, jmap: JourneyMap, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lanes of %1").replace("%1", jmap.name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the lanes to show; drag them, or use Move Up and Move Down, "
                                        "into the order you want.")))
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setAccessibleName(self.tr("Lanes"))
        for lane in [*jmap.lanes, *(lane for lane in Lane if lane not in jmap.lanes)]:
            item = QListWidgetItem(self.tr(TITLES[lane]))
            item.setData(LANE, lane.value)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
            if lane is Lane.TOUCHPOINTS:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable  # a map always shows its touchpoints
                item.setToolTip(self.tr("A map always shows its touchpoints"))
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.setCheckState(Qt.CheckState.Checked if lane in jmap.lanes else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        row.addWidget(self.list, 1)
        moves = QVBoxLayout()
        for text, step in ((self.tr("Move Up"), -1), (self.tr("Move Down"), 1)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, step=step: self.move_current(step))
            moves.addWidget(button)
        moves.addStretch()
        row.addLayout(moves)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def move_current(self, step: int) -> None:
        """Move the chosen lane one place up (``-1``) or down, keeping it chosen."""
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(row + step, item)
        self.list.setCurrentRow(row + step)

    def lanes(self) -> list[Lane]:
        """The ticked lanes, top to bottom, as the model's own ``Lane`` members."""
        items = [self.list.item(i) for i in range(self.list.count())]
        return [Lane(item.data(LANE)) for item in items if item.checkState() == Qt.CheckState.Checked]
