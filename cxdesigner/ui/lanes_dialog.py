"""Map > Lanes…: which lanes the map shows, in which order, and the lanes of its own.

Built-in lanes are ticked on and off; lanes the designer adds (text, pictures,
emotions, a metric, the three rows of a service blueprint) can be renamed and
removed too. OK makes all of it one undo step (``command``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMenu, QPushButton, QVBoxLayout)

from cxdesigner.canvas.lanes import KIND_NAMES, TITLES
from cxdesigner.canvas.lanes import tr as lanes_tr
from cxdesigner.editor.commands import (AddItemCommand, MacroCommand, RemoveItemCommand, SetLanesCommand,
                                        UpdateItemCommand)
from cxdesigner.model import CustomLane, JourneyMap, Lane, LaneKind, Project

KEY = Qt.ItemDataRole.UserRole  # a built-in lane's name, or the id of a lane of the map's own
BLUEPRINT = ((LaneKind.FRONTSTAGE, QT_TRANSLATE_NOOP("LanesDialog", "Frontstage actions")), (LaneKind.BACKSTAGE, QT_TRANSLATE_NOOP("LanesDialog", "Backstage actions")),
             (LaneKind.SUPPORT, QT_TRANSLATE_NOOP("LanesDialog", "Support processes")))


class LanesDialog(QDialog):
    def __init__(self, jmap: JourneyMap, parent=None) -> None:
        super().__init__(parent)
        self.jmap = jmap
        #: The map's own lanes as they will be: existing ones (perhaps renamed) and new ones.
        self.custom = {lane.id: CustomLane(id=lane.id, title=lane.title, kind=lane.kind, unit=lane.unit)
                       for lane in jmap.custom_lanes}
        self.setWindowTitle(self.tr("Lanes of %1").replace("%1", jmap.name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the lanes to show; drag them, or use Move Up and Move Down, "
                                        "into the order you want. Add lanes of your own for anything else.")))
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setAccessibleName(self.tr("Lanes"))
        shown = list(jmap.lanes)
        hidden = [lane for lane in Lane if lane not in shown] + [i for i in self.custom if i not in shown]
        for key in shown + hidden:
            self.list.addItem(self._item(key, key in shown))
        self.list.setCurrentRow(0)
        self.list.currentRowChanged.connect(lambda _: self._show_current())
        self.list.itemChanged.connect(self._renamed)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add = QPushButton(self.tr("Add Lane"))
        kinds = QMenu(self.add)
        for kind in (LaneKind.TEXT, LaneKind.IMAGE, LaneKind.EMOTION, LaneKind.METRIC):
            kinds.addAction(lanes_tr(KIND_NAMES[kind]), lambda kind=kind: self.add_lane(kind))
        kinds.addAction(self.tr("Service blueprint (frontstage, backstage, support)"), self.add_blueprint)
        self.add.setMenu(kinds)
        self.rename = QPushButton(self.tr("Rename"))
        self.rename.clicked.connect(lambda: self.list.editItem(self.list.currentItem()))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove the lane and what it holds (you can undo it)"))
        self.remove.clicked.connect(self.remove_current)
        for button in (self.add, self.rename, self.remove):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        for text, step in ((self.tr("Move Up"), -1), (self.tr("Move Down"), 1)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, step=step: self.move_current(step))
            buttons.addWidget(button)
        buttons.addStretch()
        row.addLayout(buttons)
        layout.addLayout(row)
        form = QFormLayout()
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("min, %, CSAT…"))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.textEdited.connect(self._unit_edited)
        form.addRow(self.tr("Unit"), self.unit)
        layout.addLayout(form)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self._show_current()

    def _item(self, key: Lane | str, ticked: bool) -> QListWidgetItem:
        custom = self.custom.get(key) if isinstance(key, str) and not isinstance(key, Lane) else None
        item = QListWidgetItem(custom.title if custom else lanes_tr(TITLES[key]))
        item.setData(KEY, custom.id if custom else key.value)
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
        if custom is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
            item.setToolTip(lanes_tr(KIND_NAMES[custom.kind]))
        if key is Lane.TOUCHPOINTS:
            flags &= ~Qt.ItemFlag.ItemIsUserCheckable  # a map always shows its touchpoints
            item.setToolTip(self.tr("A map always shows its touchpoints"))
        item.setFlags(flags & ~Qt.ItemFlag.ItemIsDropEnabled)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    def _current_custom(self) -> CustomLane | None:
        item = self.list.currentItem()
        return self.custom.get(item.data(KEY)) if item is not None else None

    def _show_current(self) -> None:
        custom = self._current_custom()
        self.rename.setEnabled(custom is not None)
        self.remove.setEnabled(custom is not None)
        metric = custom is not None and custom.kind is LaneKind.METRIC
        self.unit.setEnabled(metric)
        self.unit.setText(custom.unit if metric else "")

    def _renamed(self, item: QListWidgetItem) -> None:
        custom = self.custom.get(item.data(KEY))
        if custom is not None and item.text().strip():
            custom.title = item.text().strip()

    def _unit_edited(self, text: str) -> None:
        custom = self._current_custom()
        if custom is not None:
            custom.unit = text.strip()

    def add_lane(self, kind: LaneKind, title: str | None = None) -> None:
        """A new lane of ``kind``, shown, under the chosen one; its title ready to type."""
        lane = CustomLane(title=title or lanes_tr(KIND_NAMES[kind]), kind=kind)
        self.custom[lane.id] = lane
        row = self.list.currentRow() + 1
        self.list.insertItem(row, self._item(lane.id, True))
        self.list.setCurrentRow(row)
        if title is None:
            self.list.editItem(self.list.item(row))

    def add_blueprint(self) -> None:
        """The three rows of a service blueprint, in order; the map draws its lines between them."""
        for kind, title in BLUEPRINT:
            self.add_lane(kind, self.tr(title))

    def remove_current(self) -> None:
        custom = self._current_custom()
        if custom is not None:
            self.custom.pop(custom.id)
            self.list.takeItem(self.list.currentRow())

    def move_current(self, step: int) -> None:
        """Move the chosen lane one place up (``-1``) or down, keeping it chosen."""
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(row + step, item)
        self.list.setCurrentRow(row + step)

    def lanes(self) -> list[Lane | str]:
        """The ticked lanes, top to bottom: ``Lane`` members and the ids of the map's own."""
        items = [self.list.item(i) for i in range(self.list.count())]
        return [item.data(KEY) if item.data(KEY) in self.custom else Lane(item.data(KEY))
                for item in items if item.checkState() == Qt.CheckState.Checked]

    def command(self, project: Project) -> MacroCommand | None:
        """What OK changes, as one undo step: lanes added, renamed, removed, and the order shown."""
        jmap = self.jmap
        commands = []
        before = {lane.id: lane for lane in jmap.custom_lanes}
        for lane_id, lane in self.custom.items():
            old = before.get(lane_id)
            if old is None:
                commands.append(AddItemCommand(project, lane, map_id=jmap.id))
            else:
                changes = {k: getattr(lane, k) for k in ("title", "unit") if getattr(lane, k) != getattr(old, k)}
                if changes:
                    commands.append(UpdateItemCommand(project, lane_id, **changes))
        kept = [lane for lane in jmap.lanes if not isinstance(lane, str) or isinstance(lane, Lane)
                or lane in self.custom]
        for lane_id in before.keys() - self.custom.keys():
            commands.append(RemoveItemCommand(project, lane_id))
        if self.lanes() != kept or commands:
            commands.append(SetLanesCommand(project, jmap.id, self.lanes()))
        return MacroCommand(project, self.tr("Change lanes"), commands) if commands else None

