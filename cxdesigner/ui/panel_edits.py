"""How side panels change the project: one command per edit, refusals explained.

Mixed into each panel, which provides ``document``, ``current()`` (the item it
edits), ``_load()`` (refill its fields from the model), a ``_loading`` flag and
a ``refused`` signal. It also builds the rows every panel has: a button bar, a
name field and a colour button.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFormLayout, QHBoxLayout, QLineEdit, QListWidgetItem, QPushButton

from cxdesigner.editor.commands import ProjectCommand, UpdateItemCommand
from cxdesigner.ui.palette import swatch


class PanelEdits:
    _loading = False

    def _push(self, command: ProjectCommand) -> bool:
        """Push one undo step; a change the model refuses is reported and the fields reload."""
        try:
            self.document.push(command)
            return True
        except ValueError as error:
            self.refused.emit(str(error))
            self._load()
            return False

    def _update(self, **changes) -> None:
        """Set the fields that really changed on the current item, as one undo step."""
        item = self.current()
        if self._loading or item is None:
            return
        changes = {name: value for name, value in changes.items() if getattr(item, name) != value}
        if changes:
            self._push(UpdateItemCommand(self.document.project, item.id, **changes))

    def _fill_list(self, rows: list[QListWidgetItem]) -> None:
        """Replace ``self.list``'s rows, keeping the current row, then reload the fields."""
        row = max(0, self.list.currentRow())
        self.list.blockSignals(True)
        self.list.clear()
        for item in rows:
            self.list.addItem(item)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.blockSignals(False)
        self._load()

    def _button_bar(self, entries) -> QHBoxLayout:
        """A row of buttons from ``(text, slot, tip)`` entries."""
        bar = QHBoxLayout()
        for text, slot, tip in entries:
            button = QPushButton(self.tr(text))
            button.setToolTip(self.tr(tip))
            button.clicked.connect(slot)
            bar.addWidget(button)
        return bar

    def _name_and_color_rows(self, form: QFormLayout, label: str = "Name") -> None:
        """``self.name`` (committed on leaving) and ``self.color`` (a swatch that opens a picker)."""
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr(label))
        self.name.editingFinished.connect(lambda: self._update(name=self.name.text()))
        form.addRow(self.tr(label), self.name)
        self.color = QPushButton()
        self.color.setAccessibleName(self.tr("Colour"))
        self.color.clicked.connect(self._choose_color)
        form.addRow(self.tr("Colour"), self.color)

    def _show_name_and_color(self, item) -> None:
        self.name.setText(item.name)
        self.name.setCursorPosition(0)
        self.color.setText(item.color)
        self.color.setIcon(swatch(item.color))

    def _choose_color(self) -> None:
        item = self.current()
        if item is not None:
            color = QColorDialog.getColor(QColor(item.color), self, self.tr("Colour"))
            if color.isValid():
                self._update(color=color.name())
