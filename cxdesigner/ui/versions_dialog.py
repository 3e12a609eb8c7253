"""File > Versions…: the saves a file records, newest first, and what can be done with one.

The dialog only lists and asks: naming a version goes through ``name_version`` (it is
written into the file), and the choice to open, restore or compare a version is left in
``choice`` for the window to carry out once the dialog has closed. Opened as Compare
With…, it offers Compare and Another File… instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QInputDialog, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout)

from cxdesigner.storage.history import History, Revision
from cxdesigner.canvas.style import local_time

OPEN, RESTORE, COMPARE, ANOTHER_FILE = "open", "restore", "compare", "another file"


def describe(revision: Revision) -> str:
    """A version's words: when, who (on which computer), and its name."""
    when = local_time(revision.saved_at, seconds=True)
    line = f"{when} — {revision.author or '?'}" + (f" ({revision.host})" if revision.host else "")
    return line + (f" — “{revision.name}”" if revision.name else "")


class VersionsDialog(QDialog):
    """The versions of ``history``; ``choice`` and ``revision`` say what the person chose."""

    def __init__(self, history: History, parent=None, *, comparing: bool = False,
                 name_version: Callable[[str, str], History | None] | None = None) -> None:
        super().__init__(parent)
        self.history, self.name_version = history, name_version
        self.choice: str | None = None
        self.revision: Revision | None = None
        self.setWindowTitle(self.tr("Compare With") if comparing else self.tr("Versions"))
        self.setMinimumSize(520, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the version to compare this document with, or another file.") if comparing
                       else self.tr("Every save of this file, newest first. The content of named versions, of the "
                                    "last 30 days' saves and of the last 10 saves is kept."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.buttons: dict[str, QPushButton] = {}
        if comparing:
            entries = [(COMPARE, self.tr("Compare")), (ANOTHER_FILE, self.tr("Another File…"))]
        else:
            name = buttons.addButton(self.tr("Name This Version…"), QDialogButtonBox.ButtonRole.ActionRole)
            name.clicked.connect(self._name)
            self.buttons["name"] = name
            entries = [(OPEN, self.tr("Open Read-Only")), (RESTORE, self.tr("Restore")), (COMPARE, self.tr("Compare"))]
        for choice, text in entries:
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _checked=False, choice=choice: self._choose(choice))
            self.buttons[choice] = button
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel if comparing else QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self, current: str | None = None) -> None:
        head = self.history.head
        number = {revision_id: i + 1 for i, revision_id in enumerate(self.history.revisions)}
        self.list.clear()
        for revision in self.history.newest_first():
            text = f"{number[revision.id]}. {describe(revision)}"  # numbered: two saves in one second differ
            if revision is head:
                text += self.tr(" — this file as saved")
            if not revision.kept:
                text += self.tr(" — content no longer kept")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            self.list.addItem(item)
            if revision.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _selected(self) -> Revision | None:
        item = self.list.currentItem()
        return self.history.revisions.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _enable(self) -> None:
        revision = self._selected()
        for choice, button in self.buttons.items():
            if choice == "name":
                button.setEnabled(revision is not None and self.name_version is not None)
            elif choice != ANOTHER_FILE:
                button.setEnabled(revision is not None and revision.kept)

    def _choose(self, choice: str) -> None:
        self.choice, self.revision = choice, self._selected()
        self.accept()

    def _name(self) -> None:
        revision = self._selected()
        if revision is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Name This Version"), self.tr("Name:"), text=revision.name)
        if ok:
            renamed = self.name_version(revision.id, name)
            if renamed is not None:
                self.history = renamed
                self._fill(revision.id)
