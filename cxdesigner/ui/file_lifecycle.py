"""A window's files: new, open, recover, save, save as, changed-on-disk, and the prompts on close.

Every way a document reaches the window goes through here, so every one of them takes
the file's lock (asking when a colleague holds it) and remembers the file as it was
read: an opened file, a recovered one (the file its unsaved work was based on) and one
just saved alike. Errors reach the user as one plain sentence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.interchange.user_templates import TemplateError
from cxdesigner.storage import FileChangedError, ProjectFileError
from cxdesigner.storage.lock import FileInUse
from cxdesigner.storage.recovery import RecoveryEntry

FILE_FILTER = "CX Designer projects (*.cxd);;All files (*)"
Button = QMessageBox.StandardButton


class FileLifecycle(QObject):
    """The file side of a ``MainWindow``: it shows documents through ``window.set_document``."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    @property
    def document(self) -> Document | None:
        return self.window.document

    def _folder(self) -> str:
        if self.document is not None and self.document.path is not None:
            return str(self.document.path.parent)
        return str(self.window.settings.value("files/last_folder", str(Path.home())))

    # -- new, open, recover ------------------------------------------------------------

    def new_document(self) -> None:
        """Back to the start page to choose a template (after offering to save)."""
        if self.maybe_save():
            self.window.close_document()
            self.window.show_start_page()

    def from_template(self, name: str, language: str = "en") -> None:
        if not self.maybe_save():
            return
        try:
            project = load_template(name, language)
        except TemplateError as error:
            QMessageBox.warning(self.window, self.tr("New project"), str(error))
            return
        self.window.set_document(Document(project))

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open project"), self._folder(),
                                              self.tr(FILE_FILTER))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open ``path`` here after offering to save; a bad file changes nothing.

        A file open in another window of this program brings that window forward; one
        a colleague has open is offered read-only (or taken over, if they are gone).
        """
        path = Path(path)
        for window in self.window.open_windows():
            if window.document is not None and window.document.path \
                    and window.document.path.resolve() == path.resolve():
                window.show()
                window.raise_()
                window.activateWindow()
                return window is self.window
        if not self.maybe_save():
            return False
        try:
            document = self._with_lock(lambda **how: Document.open(path, **how))
        except ProjectFileError as error:
            QMessageBox.warning(self.window, self.tr("Cannot open project"), str(error))
            if not path.exists():
                self.window.recent.remove(path)
            return False
        if document is None:
            return False
        self.window.settings.setValue("files/last_folder", str(path.parent))
        self.window.set_document(document)
        self._tell_about(document)
        return True

    def recover(self, entry: RecoveryEntry) -> bool:
        """Show recovered work: locked like an opened file, and compared with its file before the first save."""
        try:
            project = entry.open()
        except ProjectFileError as error:  # a damaged copy: nothing to recover from it
            QMessageBox.warning(self.window, self.tr("Recover unsaved work"), str(error))
            if self.window.autosave is not None:
                self.window.autosave.store.discard(entry)
            return False
        try:
            document = self._with_lock(lambda **how: Document.recovered(project, entry.source_path,
                                                                        entry.source_stamp,
                                                                        revision=entry.source_revision, **how))
        except ProjectFileError as error:
            QMessageBox.warning(self.window, self.tr("Recover unsaved work"), str(error))
            return False
        if document is None:
            return False
        self.window.set_document(document, recovery_key=entry.key)
        self._tell_about(document)
        return True

    def _with_lock(self, make):
        """``make(read_only=..., force=...)``, asking what to do when someone else has the file open."""
        try:
            return make()
        except FileInUse as busy:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("File in use"), str(busy), Button.Cancel,
                              self.window)
            box.setInformativeText(self.tr("Open it read-only, or open it for editing anyway if they "
                                           "no longer have it open."))
            read_only = box.addButton(self.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
            anyway = box.addButton(self.tr("Open Anyway"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(read_only)
            box.exec()
            if box.clickedButton() is read_only:
                return make(read_only=True)
            if box.clickedButton() is anyway:
                return make(force=True)
            return None

    def _tell_about(self, document: Document) -> None:
        status = self.window.statusBar()
        if document.notice:
            status.showMessage(document.notice, 15000)
        elif document.lock is not None and not document.lock.held and not document.read_only:
            status.showMessage(self.tr("Colleagues opening this file will not be warned: %1.").replace(
                "%1", document.lock.problem or ""), 10000)

    # -- saving -----------------------------------------------------------------------------

    def commit_pending_edits(self) -> None:
        """A field still being typed in commits when it loses focus: make that happen now."""
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()

    def save(self) -> bool:
        self.commit_pending_edits()
        if self.document.path is None:
            return self.save_as()
        return self.save_to(None)

    def save_as(self) -> bool:
        self.commit_pending_edits()
        name = self.document.path.name if self.document.path else f"{self.document.project.name}.cxd"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save project as"),
                                              str(Path(self._folder()) / name), self.tr(FILE_FILTER))
        if not path:
            return False
        if not path.endswith(".cxd") and "." not in Path(path).name:
            path += ".cxd"
        return self.save_to(Path(path))

    def save_to(self, path: Path | None, overwrite: bool = False) -> bool:
        """Save; a read-only file goes to Save As, a file changed on disk asks first."""
        document = self.document
        same = path is None or (document.path is not None and path.resolve() == document.path.resolve())
        if same and document.read_only:
            QMessageBox.information(self.window, self.tr("Read-only"), self.tr(
                "You opened %1 read-only (%2), so it cannot be replaced. Choose another name for your "
                "version.").replace("%1", document.display_name).replace("%2", document.read_only))
            return self.save_as()
        if same and document.notice and QMessageBox.question(
                self.window, self.tr("Save in the new format?"), document.notice) != Button.Yes:
            return False
        try:
            document.save(path, overwrite=overwrite)
        except FileChangedError:
            return self._resolve_conflict()
        except ProjectFileError as error:
            QMessageBox.warning(self.window, self.tr("Cannot save project"), str(error))
            return False
        if self.window.autosave is not None:
            self.window.autosave.discard()
        self.window.recent.add(document.path)
        self.window.settings.setValue("files/last_folder", str(document.path.parent))
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", document.path.name), 3000)
        return True

    def _resolve_conflict(self) -> bool:
        """Someone saved over the file since it was read: merge theirs in, keep theirs, overwrite, or save
        elsewhere."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File changed on disk"), self.tr(
            "%1 was changed by someone else since you opened it.").replace("%1", self.document.display_name),
            Button.Cancel, self.window)
        box.setInformativeText(self.tr(
            "Merge their changes into yours and save both, save yours as another file, overwrite theirs with "
            "yours, or reload theirs (your changes are kept as a recovery copy, offered the next time CX "
            "Designer starts)."))
        merge = box.addButton(self.tr("Merge Their Changes"), QMessageBox.ButtonRole.AcceptRole)
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        reload = box.addButton(self.tr("Reload Theirs"), QMessageBox.ButtonRole.ResetRole)
        box.setDefaultButton(merge)
        box.exec()
        if box.clickedButton() is merge:
            return self.window.sharing.merging.merge_their_changes() and self.save_to(None)
        if box.clickedButton() is save_as:
            return self.save_as()
        if box.clickedButton() is overwrite:
            return self.save_to(None, overwrite=True)
        if box.clickedButton() is reload:
            self.reload()
        return False

    def reload(self) -> bool:
        """Show the file as it is on disk now; unsaved work here is written to recovery first."""
        document = self.document
        kept = self.window.autosave.write_now() if self.window.autosave is not None else False
        if document.modified and not kept:
            QMessageBox.warning(self.window, self.tr("Reload"), self.tr(
                "Your changes could not be kept as a recovery copy, so the file was not reloaded."))
            return False
        self.window.close_document(keep_recovery=True)
        try:
            reloaded = self._with_lock(lambda **how: Document.open(document.path, **how))
        except ProjectFileError as error:
            QMessageBox.warning(self.window, self.tr("Reload"), str(error))
            reloaded = None
        if reloaded is None:
            self.window.show_start_page()
            return False
        self.window.set_document(reloaded)
        if kept:
            self.window.statusBar().showMessage(self.tr(
                "Reloaded %1. Your changes are kept as a recovery copy.").replace("%1", document.display_name), 15000)
        return True

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels."""
        self.commit_pending_edits()
        document = self.document
        if document is None or not document.modified:
            return True
        question = self.tr("Save the changes to %1 before closing?").replace("%1", document.display_name)
        if not document.read_only:
            answer = QMessageBox.question(self.window, self.tr("Unsaved changes"), question,
                                          Button.Save | Button.Discard | Button.Cancel, Button.Save)
            return self.save() if answer == Button.Save else answer == Button.Discard
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"), question,
                          Button.Discard | Button.Cancel, self.window)
        box.setInformativeText(self.tr("You opened it read-only: your version goes to another file."))
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(save_as)
        box.exec()
        if box.clickedButton() is save_as:
            return self.save_as()
        return box.clickedButton() is box.button(Button.Discard)
