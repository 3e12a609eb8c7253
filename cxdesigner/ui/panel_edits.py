"""How side panels change the project: one command per edit, through the document.

Mixed into each panel, which provides ``document``, ``current()`` (the item it
edits), ``_load()`` (refill its fields from the model) and a ``_loading`` flag. A
refused change is reported by the document (``Document.try_push``), in one place
for the whole window; the panel then shows the model again. It also builds the rows
every panel has: a button bar, a name field and a colour button.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFormLayout, QHBoxLayout, QListWidgetItem, QPushButton

from cxdesigner.editor.commands import ProjectCommand, UpdateItemCommand
from cxdesigner.ui.colors import swatch
from cxdesigner.ui.text_box import line_field, show_text


def _tr(text: str) -> str:
    """Every panel shares these words, so they live in one context whichever panel shows them."""
    return QCoreApplication.translate("PanelEdits", text)


class PanelEdits:
    _loading = False

    def _push(self, command: ProjectCommand) -> bool:
        """Push one undo step; when nothing is recorded the fields show the model again."""
        if self.document.try_push(command):
            return True
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
            button = QPushButton(_tr(text))
            button.setToolTip(_tr(tip))
            button.clicked.connect(slot)
            bar.addWidget(button)
        return bar

    def _name_and_color_rows(self, form: QFormLayout, label: str = QT_TRANSLATE_NOOP("PanelEdits", "Name")) -> None:
        """``self.name`` (committed on leaving) and ``self.color`` (a swatch that opens a picker)."""
        self.name = line_field(lambda text: self._update(name=text))
        self.name.setAccessibleName(_tr(label))
        form.addRow(_tr(label), self.name)
        self.color = QPushButton()
        self.color.setAccessibleName(_tr(QT_TRANSLATE_NOOP("PanelEdits", "Colour")))
        self.color.clicked.connect(self._choose_color)
        form.addRow(_tr(QT_TRANSLATE_NOOP("PanelEdits", "Colour")), self.color)

    def _show_name_and_color(self, item) -> None:
        show_text(self.name, item.name)
        self.color.setText(item.color)
        self.color.setIcon(swatch(item.color))

    def _choose_color(self) -> None:
        item = self.current()
        if item is not None:
            color = QColorDialog.getColor(QColor(item.color), self, _tr(QT_TRANSLATE_NOOP("PanelEdits", "Colour")))
            if color.isValid():
                self._update(color=color.name())
