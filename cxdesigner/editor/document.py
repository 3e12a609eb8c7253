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
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from cxdesigner.editor.commands import ProjectCommand

from cxdesigner.model import Project
from cxdesigner.storage import FileStamp, ProjectFileError, read_project, save_project
from cxdesigner.storage.history import History, HistoryError
from cxdesigner.storage.lock import Lock, acquire


def _follow(document: Document, project: Project):
    """Subscribe ``document`` to ``project``'s events (re-emitted as ``changed``, and ``settled``
    after a batch) without keeping it alive; returns the unsubscriber.

    A strong reference would tie document and project in a cycle that only the
    cycle collector frees, at some arbitrary later moment (even after the
    QApplication is gone, which crashes Qt at exit).
    """
    ref = weakref.ref(document)

    def relay(event) -> None:
        target = ref()
        if target is not None:
            target.changed.emit(event)

    def settled() -> None:
        target = ref()
        if target is not None:
            target.settled.emit()

    return project.subscribe(relay, settled)


#: The stamp of a file whose state when the work began is not known: it never matches a file on disk.
UNKNOWN_STAMP = FileStamp(size=-1, mtime_ns=0, digest="")


def _history_at(path: Path | None, project: Project, revision: str | None) -> History:
    """The history of the file at ``path`` as it stood at ``revision`` (a new one when it cannot be told)."""
    if path is None or revision is None or not path.is_file():
        return History()
    try:
        opened = read_project(path)
        if opened.project.id != project.id or revision not in opened.history.revisions:
            return History()
        head = opened.history.head
        return opened.history if head is not None and head.id == revision else opened.history.as_of(revision)
    except (ProjectFileError, HistoryError):
        return History()


def _unwritable(path: Path) -> str | None:
    """Why a file cannot be saved over in place, or None."""
    if path.exists() and not os.access(path, os.W_OK):
        return QCoreApplication.translate("Document", "the file is read-only")
    if not os.access(path.parent, os.W_OK):
        return QCoreApplication.translate("Document", "its folder is read-only")
    return None


class Document(QObject):
    """A project being edited. Errors from disk arrive as ``ProjectFileError``."""

    #: Every model event, as the model emitted it.
    changed = Signal(object)
    #: A batch of events is over (``Project.batch``): what held its redrawing redraws now.
    settled = Signal()
    #: The modified flag flipped (for the ``*`` in the title).
    modified_changed = Signal(bool)
    #: The file path changed (Save As, first save).
    path_changed = Signal(object)
    #: Undo or redo walked the stack (not a new edit): the ids its steps are about, to show them.
    stepped = Signal(list)
    #: ``try_push`` was refused: the model's one plain sentence, for the user.
    refused = Signal(str)
    #: ``project`` is another object now (a version restored, a merge): views start again from it.
    replaced = Signal()

    def __init__(self, project: Project, path: str | os.PathLike | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = Path(path) if path else None
        #: The file as read or last saved: saving over a file someone else changed is refused.
        self.stamp: FileStamp | None = None
        self.lock: Lock | None = None
        #: Why Save must go elsewhere (Save As), or None when the file may be written.
        self.read_only: str | None = None
        #: A sentence to tell before the first save (an older file format is upgraded).
        self.notice: str | None = None
        #: Keep the replaced file as ``NAME.cxd.bak`` on each save.
        self.keep_backup = False
        #: The file's revisions; each save adds one.
        self.history = History()
        #: Who saves and comments (``None``: the login name).
        self.author: str | None = None
        #: What the window calls the document instead of its file's name (an earlier version).
        self.label: str | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._index = 0
        self._pushing = False
        self.undo_stack.indexChanged.connect(self._index_changed)
        self._unsubscribe = _follow(self, project)

    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def _index_changed(self, index: int) -> None:
        """Tell which steps undo or redo walked over; a push is the gesture's own business."""
        old, self._index = self._index, index
        if self._pushing or index == old:
            return
        stack = self.undo_stack
        walked = [stack.command(i) for i in range(min(old, index), min(max(old, index), stack.count()))]
        self.stepped.emit(list(dict.fromkeys(i for c in walked if isinstance(c, ProjectCommand)
                                             for i in c.subjects())))

    @classmethod
    def open(cls, path: str | os.PathLike, parent: QObject | None = None, *, read_only: bool = False,
             force: bool = False) -> Document:
        """Read a file and lock it for editing.

        Raises ``ProjectFileError`` with a plain sentence, or its ``FileInUse`` when
        someone else has the file open: ask, then open ``read_only`` or ``force`` the lock.
        A file or folder that cannot be written opens read-only by itself.
        """
        path = Path(path)
        reason = QCoreApplication.translate("Document", "you opened it read-only") if read_only else _unwritable(path)
        lock = acquire(path, force=force) if reason is None and path.is_file() else None
        try:
            opened = read_project(path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        document = cls(opened.project, path, parent)
        document.stamp, document.lock, document.read_only = opened.stamp, lock, reason
        document.notice, document.history = opened.upgrade_notice, opened.history
        return document

    @classmethod
    def recovered(cls, project: Project, path: str | os.PathLike | None, base: FileStamp | None,
                  parent: QObject | None = None, *, read_only: bool = False, force: bool = False,
                  revision: str | None = None) -> Document:
        """Unsaved work brought back after a crash, as changes to the file at ``path`` (if any).

        The file is locked like an opened one (``FileInUse`` as for ``open``), and ``base`` is
        the file the work was based on: a colleague's save since then is asked about before
        the first save overwrites it (with no ``base`` known, the first save always asks).
        ``revision`` is the version of the file the work began from: the file's history is
        taken up as it stood then.
        """
        path = Path(path) if path else None
        reason = None
        lock = None
        if path is not None and path.exists():
            reason = QCoreApplication.translate("Document", "you opened it read-only") if read_only \
                else _unwritable(path)
            lock = acquire(path, force=force) if reason is None and path.is_file() else None
        document = cls(project, path, parent)
        document.lock, document.read_only = lock, reason
        document.history = _history_at(path, project, revision)
        document.stamp = base if base is not None or path is None else UNKNOWN_STAMP
        document.undo_stack.resetClean()  # unsaved work, until the user saves it
        return document

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        """The file's name, or the project's while it has none."""
        return self.label or (self.path.name if self.path else self.project.name)

    def push(self, command: ProjectCommand) -> bool:
        """Do a change as one undo step; False when it would change nothing (no step is made).

        A change the model refuses raises ``ValueError`` here and leaves both the project
        and the stack as they were.
        """
        if command.changes_nothing():
            return False
        command.apply()
        command.applied_early = True
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False
            self._index = self.undo_stack.index()
        return True

    def try_push(self, command: ProjectCommand) -> bool:
        """``push``, telling a refusal through ``refused`` instead of raising: the one place
        where every gesture and panel reports a change the model does not accept."""
        try:
            return self.push(command)
        except ValueError as error:
            self.refused.emit(str(error))
            return False

    def save(self, path: str | os.PathLike | None = None, *, overwrite: bool = False) -> None:
        """Save (to ``path`` for Save As); the document is clean afterwards.

        Saving over the open file is refused when it is read-only, and raises
        ``FileChangedError`` when someone changed it on disk since (unless ``overwrite``).
        Saving elsewhere locks the new file and frees the old one.
        """
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("This project has no file yet; choose where to save it.")
        same = self.path is not None and os.path.abspath(target) == os.path.abspath(self.path)
        if same and self.read_only:
            raise ProjectFileError(QCoreApplication.translate(
                "Document", "%1 is open read-only (%2): use Save As to keep your changes in another file.")
                .replace("%1", target.name).replace("%2", self.read_only))
        lock = None if same else acquire(target)
        try:
            stamp = save_project(self.project, target, backup=self.keep_backup,
                                 if_unchanged=None if overwrite or not same else self.stamp,
                                 history=self.history, author=self.author, merged=self.merged_heads())
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if not same:
            self._release()
            self.lock, self.read_only = lock, None
        self.stamp, self.notice = stamp, None
        if target != self.path:
            self.path = target
            self.path_changed.emit(target)
        self.undo_stack.setClean()

    def merged_heads(self) -> list[str]:
        """The heads of other copies merged in by the steps done since the last save."""
        stack = self.undo_stack
        clean, index = stack.cleanIndex(), stack.index()
        if clean > index:
            return []
        steps = [stack.command(i) for i in range(max(clean, 0), index)]
        return [head for step in steps for head in getattr(step, "merged_heads", ())]

    def replace_project(self, project: Project) -> None:
        """Hold ``project`` instead of the current one (only ``ReplaceProjectCommand`` does this)."""
        self._unsubscribe()
        self.project = project
        self._unsubscribe = _follow(self, project)
        self.replaced.emit()

    def _release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def close(self) -> None:
        """Stop following the project and free its file for others (the window is going away)."""
        self._unsubscribe()
        self._release()

    def __del__(self) -> None:
        # Empty the stack while its commands are whole. Left to the cycle collector,
        # the commands' Python halves may be torn down before Qt deletes them.
        # (Not while the interpreter itself is shutting down: Qt may be gone.)
        if not sys.is_finalizing() and shiboken6.isValid(self.undo_stack):
            self.undo_stack.blockSignals(True)  # nobody should hear of a document that is going away
            self.undo_stack.clear()
