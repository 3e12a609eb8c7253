"""How side panels change the project: one command per edit, refusals explained.

Mixed into each panel, which provides ``document``, ``current()`` (the item it
edits), ``_load()`` (refill its fields from the model), a ``_loading`` flag and
a ``refused`` signal.
"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidgetItem

from cxdesigner.editor.commands import ProjectCommand, UpdateItemCommand


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
