"""Merging another copy into the open document: File > Merge With…, Merge Their Changes, conflicted copies.

The version both were edited from is found in the two histories; the merge runs on the
document as it is now (unsaved edits included); conflicts are asked one by one; the
result replaces the document's project as one undo step, and the other copy's versions
join the document's history (the next save records both sides as its parents). A
comments file is merged the same way, its comments put on the version they were made on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from cxdesigner.editor.replace import ReplaceProjectCommand
from cxdesigner.merge import merge
from cxdesigner.merge.comments import with_comments
from cxdesigner.merge.describe import Names
from cxdesigner.merge.records import flatten
from cxdesigner.model import Project
from cxdesigner.storage import OpenedProject, ProjectFileError, read_project
from cxdesigner.storage.ancestry import ancestor_project, common_ancestor
from cxdesigner.storage.comments_file import read_comments
from cxdesigner.storage.history import CommentsOnly, HistoryError
from cxdesigner.ui.merge_dialog import ConflictsDialog


class Merging(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def _warn(self, text: str) -> bool:
        QMessageBox.warning(self.window, self.tr("Merge"), text)
        return False

    def merge_file(self, path: Path) -> bool:
        """Merge the copy at ``path``: a colleague's file, a conflicted copy or a comments file."""
        try:
            theirs = read_project(path)
        except CommentsOnly:
            return self.merge_comments(path)
        except ProjectFileError as error:
            return self._warn(str(error))
        return self.merge_opened(theirs, path.name)

    def merge_their_changes(self) -> bool:
        """The file changed on disk since it was read: merge what is there now; the next save replaces it."""
        document = self.window.document
        try:
            theirs = read_project(document.path)
        except ProjectFileError as error:
            return self._warn(str(error))
        if not self.merge_opened(theirs, self.tr("their changes")):
            return False
        document.stamp = theirs.stamp
        return True

    def merge_opened(self, theirs: OpenedProject, name: str) -> bool:
        document = self.window.document
        if theirs.project.id != document.project.id:
            return self._warn(self.tr("%1 is not a version of this project: they share no history to merge.")
                              .replace("%1", name))
        revision = common_ancestor(document.history, theirs.history)
        if revision is None:
            return self._warn(self.tr(
                "This document and %1 share no saved version whose content is still kept, so what each side "
                "changed cannot be told apart. Compare them instead (File > Compare With…).").replace("%1", name))
        try:
            base = ancestor_project(document.history, theirs.history, revision)
        except HistoryError as error:
            return self._warn(str(error))
        heads = [theirs.history.head.id] if theirs.history.head else []
        if not self._merge(base, theirs.project, name, heads):
            return False
        document.history = document.history.absorbed(theirs.history)
        return True

    def merge_comments(self, path: Path) -> bool:
        """Bring in a reader's comments file: their comments on the version they read, merged."""
        document = self.window.document
        try:
            incoming = read_comments(path)
        except ProjectFileError as error:
            return self._warn(str(error))
        if incoming.project_id != document.project.id:
            return self._warn(self.tr("%1 holds comments on another project.").replace("%1", path.name))
        revision = document.history.revisions.get(incoming.revision_id)
        try:
            base = document.history.project_of(revision.id) if revision is not None and revision.kept \
                else document.project
        except HistoryError:
            base = document.project
        theirs, left_out = with_comments(base, incoming.comments)
        if not self._merge(base, theirs, path.name, []):
            return False
        if left_out:
            self.window.statusBar().showMessage(self.tr(
                "Some comments were about maps this project no longer has and were left out."), 10000)
        return True

    def _merge(self, base: Project, theirs: Project, name: str, heads: list[str]) -> bool:
        """Merge ``theirs`` into the document from ``base``, asking about conflicts; one undo step."""
        document = self.window.document
        mine = document.project
        try:
            result = merge(base, mine, theirs)
        except ValueError as error:
            return self._warn(str(error))
        if result.conflicts:
            names = Names(flatten(mine), flatten(theirs), flatten(base))
            title = self.tr("Merge %1").replace("%1", name)
            chosen = None
            while True:
                dialog = ConflictsDialog(result.conflicts, names, title, self.window, chosen)
                if dialog.exec() != ConflictsDialog.DialogCode.Accepted:
                    return False
                chosen = dialog.resolutions()
                try:
                    result = merge(base, mine, theirs, resolutions=chosen)
                    break
                except ValueError as error:
                    self._warn(str(error))
        command = ReplaceProjectCommand(document, result.project, self.tr("Merge %1").replace("%1", name), heads)
        if document.push(command):
            self.window.statusBar().showMessage(self.tr("Merged %1.").replace("%1", name), 8000)
        else:
            self.window.statusBar().showMessage(self.tr("%1 holds nothing this document lacks.").replace("%1", name),
                                                8000)
        return True
