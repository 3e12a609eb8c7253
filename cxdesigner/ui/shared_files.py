"""A window's shared-file side: versions, compare, merge, copies beside the file, review comments.

File > Versions…, Compare With…, Merge With… and Save My Comments…, and Edit >
Preferences… (the name saves and comments are made under) live here, with what the
window shows for them: the bar telling of copies beside the file (``copies_bar.py``),
the comparison (``compare_mode.py``) and the comment badges on the map. The merge
engine and the dialogs load when first used: the window's start does not wait for them.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QFile, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cxdesigner.canvas.comment_badges import CommentBadges
from cxdesigner.editor.document import Document
from cxdesigner.storage import FileChangedError, ProjectFileError, read_project
from cxdesigner.storage.comments_file import comments_beside, comments_file_name, save_comments
from cxdesigner.storage.conflicted import conflicted_copies
from cxdesigner.storage.history import CommentsOnly, History, HistoryError
from cxdesigner.storage.rows import to_rows
from cxdesigner.storage.writer import write_rows
from cxdesigner.ui.copies_bar import CopiesBar, Offer
from cxdesigner.ui.file_lifecycle import FILE_FILTER
from cxdesigner.ui.preferences import PreferencesDialog, author_name

BADGES_MS = 250


class SharedFiles(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._merging = self._comparison = None
        self.badges: CommentBadges | None = None
        self._badge_timer = QTimer(self, singleShot=True, interval=BADGES_MS)
        self._badge_timer.timeout.connect(self._refresh_badges)
        self._windows: list = []  # earlier versions opened read-only, each in a window of its own
        self.bar = CopiesBar(self._merge_offer, self._compare_offer)
        self.versions_action = self._action(QT_TRANSLATE_NOOP("SharedFiles", "&Versions…"), self.versions, QT_TRANSLATE_NOOP("SharedFiles", "Every save of this file: name one, open "
                                            "it, restore it or compare with it"))
        self.compare_action = self._action(QT_TRANSLATE_NOOP("SharedFiles", "Co&mpare With…"), self.compare_with, QT_TRANSLATE_NOOP("SharedFiles", "Show what differs from an earlier "
                                           "version or another file, on the map"))
        self.merge_action = self._action(QT_TRANSLATE_NOOP("SharedFiles", "&Merge With…"), self.merge_with, QT_TRANSLATE_NOOP("SharedFiles", "Bring in the changes of another copy of "
                                         "this file, or a colleague's comments"))
        self.comments_action = self._action(QT_TRANSLATE_NOOP("SharedFiles", "Save My &Comments…"), self.save_my_comments, QT_TRANSLATE_NOOP("SharedFiles", "Save the comments you "
                                            "wrote on this read-only file, for its owner to merge in"))
        self.preferences_action = self._action(QT_TRANSLATE_NOOP("SharedFiles", "&Preferences…"), self.preferences, QT_TRANSLATE_NOOP("SharedFiles", "Your name, as versions and "
                                               "comments record it"))
        self.actions = [self.versions_action, self.compare_action, self.merge_action, self.comments_action]
        window.panels.when_built("comments", lambda panel: panel.revealed.connect(self._reveal))

    def _action(self, text: str, slot, tip: str) -> QAction:
        action = QAction(self.tr(text), self)
        action.setStatusTip(self.tr(tip))
        action.triggered.connect(slot)
        return action

    @property
    def document(self) -> Document | None:
        return self.window.document

    @property
    def merging(self):
        if self._merging is None:
            from cxdesigner.ui.merging import Merging
            self._merging = Merging(self.window)
        return self._merging

    @property
    def comparison(self):
        if self._comparison is None:
            from cxdesigner.ui.compare_mode import Comparison
            self._comparison = Comparison(self.window)
        return self._comparison

    def set_editing(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)
        if enabled and self.document is not None:
            self.comments_action.setEnabled(bool(self.document.read_only))

    # -- following the window -----------------------------------------------------------------

    def document_shown(self, document: Document) -> None:
        """A document came into the window: who edits it, and the copies lying beside its file."""
        self.document_closed()
        document.author = author_name(self.window.settings)
        document.changed.connect(lambda _event: self._badge_timer.start())
        document.replaced.connect(self._badge_timer.start)
        document.path_changed.connect(lambda _path: self.set_editing(True))
        self.set_editing(True)
        if not self.bar.parent():
            self.window.editor_page.layout().insertWidget(2, self.bar)
        self.bar.offer(self._offers(document) if document.path is not None and document.label is None else [])

    def document_closed(self) -> None:
        if self._comparison is not None:
            self._comparison.end()
        self.bar.offer([])

    def scene_shown(self, scene) -> None:
        """A map came into view: its badges, and the comparison's marks."""
        if self.badges is not None:
            self.badges.clear()
        self.badges = CommentBadges(scene, self._show_comments) if scene is not None else None
        if self._comparison is not None:
            self._comparison.scene_shown(scene)

    def _refresh_badges(self) -> None:
        if self.badges is not None and shiboken6.isValid(self.badges.scene) and self.badges.scene is self.window.scene:
            self.badges.refresh()

    def _reveal(self, target_id: str) -> None:
        """Select on the map what a comment is about (nothing, for the map itself)."""
        scene = self.window.scene
        if scene is None:
            return
        found = [scene.cards[target_id]] if target_id in scene.cards else \
            [item for item in scene.items() if getattr(item, "item_id", None) == target_id]
        scene.clearSelection()
        if found:
            found[0].setSelected(True)
            self.window.view.ensureVisible(found[0], 40, 40)

    def _show_comments(self, target_id: str) -> None:
        panel = self.window.panels.comments
        self.window.panels.dock_of(panel).raise_()
        self.window.panels.dock_of(panel).show()
        panel.show_thread_of(target_id)

    # -- copies beside the file ------------------------------------------------------------------

    def _offers(self, document: Document) -> list[Offer]:
        offers = [Offer(copy.path, self.tr("A conflicted copy of this file lies beside it: %1 (made by %2). Merge "
                                           "its changes in, or compare it with yours.")
                        .replace("%1", copy.path.name).replace("%2", copy.tool), True)
                  for copy in conflicted_copies(document.path)]
        offers += [Offer(path, self.tr("%1's comments on this file lie beside it: %2.").replace(
                       "%1", comments.author or self.tr("A reader")).replace("%2", path.name), False)
                   for path, comments in comments_beside(document.path, document.project.id)]
        return offers

    def _merge_offer(self, offer: Offer) -> None:
        if not self.merging.merge_file(offer.path):
            return
        answer = QMessageBox.question(self.window, self.tr("Move to the trash?"), self.tr(
            "The changes of %1 are now in your document (save it to keep them). Move %1 to the trash?")
            .replace("%1", offer.path.name))
        if answer == QMessageBox.StandardButton.Yes and not QFile(str(offer.path)).moveToTrash():
            QMessageBox.warning(self.window, self.tr("Move to the trash?"), self.tr(
                "%1 could not be moved to the trash; remove it yourself when you no longer need it.")
                .replace("%1", offer.path.name))
        self.bar.settled()

    def _compare_offer(self, offer: Offer) -> None:
        self._compare_file(offer.path)

    # -- versions --------------------------------------------------------------------------------

    def versions(self) -> None:
        from cxdesigner.editor.replace import ReplaceProjectCommand
        from cxdesigner.ui.versions_dialog import COMPARE, OPEN, RESTORE, VersionsDialog, describe
        dialog = VersionsDialog(self.document.history, self.window, name_version=self.name_version)
        if dialog.exec() != VersionsDialog.DialogCode.Accepted or dialog.revision is None:
            return
        revision = dialog.revision
        try:
            project = self.document.history.project_of(revision.id)
        except HistoryError as error:
            QMessageBox.warning(self.window, self.tr("Versions"), str(error))
            return
        title = self.tr("the version of %1").replace("%1", describe(revision))
        if dialog.choice == RESTORE:
            self.window.panels.push(ReplaceProjectCommand(self.document, project, self.tr("Restore %1")
                                                          .replace("%1", title)))
        elif dialog.choice == COMPARE:
            self.comparison.start(project, title)
        elif dialog.choice == OPEN:
            self._open_read_only(project, revision, title)

    def name_version(self, revision_id: str, name: str) -> History | None:
        """Name a version; written into the file at once (the file as saved, with the new name)."""
        document = self.document
        renamed = document.history.named(revision_id, name)
        if document.path is None or document.read_only or renamed.head is None:
            document.history = renamed
            self.window.statusBar().showMessage(self.tr("The name is written into the file when it is saved."), 8000)
            return renamed
        try:
            saved = renamed.project_of(renamed.head.id)
            stamp = write_rows({**to_rows(saved), **renamed.rows()}, document.path, if_unchanged=document.stamp)
        except FileChangedError:
            QMessageBox.warning(self.window, self.tr("Name This Version"), self.tr(
                "%1 was changed on disk by someone else; save your document first, then name the version.")
                .replace("%1", document.path.name))
            return None
        except (ProjectFileError, HistoryError) as error:
            QMessageBox.warning(self.window, self.tr("Name This Version"), str(error))
            return None
        document.history, document.stamp = renamed, stamp
        return renamed

    def _open_read_only(self, project, revision, title: str) -> None:
        """An earlier version in a window of its own, read-only (Save As keeps it as a new file)."""
        document = Document(project)
        document.read_only = self.tr("it is an earlier version")
        document.label = f"{self.document.display_name} — {title}"
        try:
            document.history = self.document.history.as_of(revision.id)
        except HistoryError:
            document.history = History()
        window = type(self.window)(document, self.window.settings, None)
        self._windows = [w for w in self._windows if not w.closed] + [window]
        window.show()

    # -- compare and merge ------------------------------------------------------------------------

    def compare_with(self) -> None:
        from cxdesigner.ui.versions_dialog import ANOTHER_FILE, VersionsDialog, describe
        dialog = VersionsDialog(self.document.history, self.window, comparing=True)
        if dialog.exec() != VersionsDialog.DialogCode.Accepted:
            return
        if dialog.choice == ANOTHER_FILE:
            path = self._choose_file(self.tr("Compare with"))
            if path is not None:
                self._compare_file(path)
        elif dialog.revision is not None:
            try:
                project = self.document.history.project_of(dialog.revision.id)
            except HistoryError as error:
                QMessageBox.warning(self.window, self.tr("Compare With"), str(error))
                return
            self.comparison.start(project, self.tr("the version of %1").replace("%1", describe(dialog.revision)))

    def _compare_file(self, path: Path) -> None:
        try:
            other = read_project(path)
        except CommentsOnly:
            QMessageBox.information(self.window, self.tr("Compare With"), self.tr(
                "%1 holds only comments: bring them in with File > Merge With….").replace("%1", path.name))
            return
        except ProjectFileError as error:
            QMessageBox.warning(self.window, self.tr("Compare With"), str(error))
            return
        self.comparison.start(other.project, path.name)

    def merge_with(self) -> None:
        path = self._choose_file(self.tr("Merge with"))
        if path is not None:
            self.merging.merge_file(path)

    def _choose_file(self, title: str) -> Path | None:
        folder = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, title, folder, self.tr(FILE_FILTER))
        return Path(path) if path else None

    # -- comments ---------------------------------------------------------------------------------

    def save_my_comments(self) -> None:
        """The comments written on this read-only file since it was opened, in a small file of their own."""
        from cxdesigner.merge.comments import comments_made
        document = self.document
        head = document.history.head
        try:
            before = document.history.project_of(head.id) if head is not None else None
        except HistoryError:
            before = None
        made = comments_made(before, document.project)
        if not made:
            QMessageBox.information(self.window, self.tr("Save My Comments"), self.tr(
                "You have written no comments on this file since you opened it."))
            return
        author = document.author or author_name(self.window.settings)
        where = document.path or Path(f"{document.project.name}.cxd")
        proposed = where.with_name(comments_file_name(where, author))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save my comments"), str(proposed),
                                              self.tr(FILE_FILTER))
        if not path:
            return
        try:
            save_comments(path, document.project.id, document.project.name, made,
                          revision_id=head.id if head is not None else None, author=author)
        except ProjectFileError as error:
            QMessageBox.warning(self.window, self.tr("Save My Comments"), str(error))
            return
        self.window.statusBar().showMessage(self.tr("Your comments are saved in %1: its owner can merge them in.")
                                            .replace("%1", Path(path).name), 10000)

    def preferences(self) -> None:
        if PreferencesDialog(self.window.settings, self.window).exec():
            for window in self.window.open_windows():
                if window.document is not None:
                    window.document.author = author_name(self.window.settings)
