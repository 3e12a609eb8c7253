"""The open document: one project, its file, its undo stack and its clean state.

"Modified" means "the undo stack is not at its clean index"; saving marks the
current index clean. Model events are re-emitted as a Qt signal so widgets
can follow the project without knowing the observer.
"""

from __future__ import annotations

import os
import sys
import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from cxdesigner.editor.commands import ProjectCommand

from cxdesigner.model import Project
from cxdesigner.storage import open_project, save_project


def _relay(document: Document):
    """A project listener that re-emits on ``document`` without keeping it alive.

    A strong reference would tie document and project in a cycle that only the
    cycle collector frees, at some arbitrary later moment (even after the
    QApplication is gone, which crashes Qt at exit).
    """
    ref = weakref.ref(document)

    def relay(event) -> None:
        target = ref()
        if target is not None:
            target.changed.emit(event)

    return relay


class Document(QObject):
    """A project being edited. Errors from disk arrive as ``ProjectFileError``."""

    #: Every model event, as the model emitted it.
    changed = Signal(object)
    #: The modified flag flipped (for the ``*`` in the title).
    modified_changed = Signal(bool)
    #: The file path changed (Save As, first save).
    path_changed = Signal(object)

    def __init__(self, project: Project, path: str | os.PathLike | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = Path(path) if path else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._unsubscribe = project.subscribe(_relay(self))

    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    @classmethod
    def open(cls, path: str | os.PathLike, parent: QObject | None = None) -> Document:
        """Read a file; raises ``ProjectFileError`` with a plain sentence."""
        return cls(open_project(path), path, parent)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        """The file's name, or the project's while it has none."""
        return self.path.name if self.path else self.project.name

    def push(self, command: ProjectCommand) -> None:
        """Do a change as one undo step. A change the model refuses raises
        ``ValueError`` here and leaves both the project and the stack as they were."""
        command.apply()
        command.applied_early = True
        self.undo_stack.push(command)

    def save(self, path: str | os.PathLike | None = None) -> None:
        """Save (to ``path`` for Save As); the document is clean afterwards."""
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("This project has no file yet; choose where to save it.")
        save_project(self.project, target)
        if target != self.path:
            self.path = target
            self.path_changed.emit(target)
        self.undo_stack.setClean()

    def close(self) -> None:
        """Stop following the project (the window is going away)."""
        self._unsubscribe()

    def __del__(self) -> None:
        # Empty the stack while its commands are whole. Left to the cycle collector,
        # the commands' Python halves may be torn down before Qt deletes them.
        # (Not while the interpreter itself is shutting down: Qt may be gone.)
        if not sys.is_finalizing() and shiboken6.isValid(self.undo_stack):
            self.undo_stack.clear()
