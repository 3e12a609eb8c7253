"""Autosave: a recovery copy of unsaved work, a few seconds after the last edit.

The copy goes to the recovery folder (``storage.recovery``), never over the
user's file. The model is copied into rows on the interface's thread (quick);
the file is written on a worker thread, so typing never stutters. Saving or
discarding the changes deletes the copy.
"""

from __future__ import annotations

import logging
import threading
import time

import shiboken6
from PySide6.QtCore import QObject, QTimer

from cxdesigner.editor.document import Document
from cxdesigner.storage import ProjectFileError
from cxdesigner.storage.recovery import RecoveryStore, new_key

logger = logging.getLogger("cxdesigner")

DELAY_MS = 2000     # quiet time after an edit before the copy is written
MAX_WAIT_S = 15.0   # during a long run of edits, still write at least this often


class Autosave(QObject):
    def __init__(self, store: RecoveryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.document: Document | None = None
        self.key = new_key()
        self.problem: str | None = None  # why the last copy could not be written
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.write)
        self._pending_since: float | None = None
        self._worker: threading.Thread | None = None

    def follow(self, document: Document, key: str | None = None) -> None:
        """Watch ``document`` from now on (``key``: go on with a recovered copy)."""
        self.release()
        self.document, self.key = document, key or new_key()
        document.undo_stack.indexChanged.connect(self._edited)
        if document.modified:
            self._edited()

    def release(self, keep: bool = False) -> None:
        """Stop watching the document; its copy is deleted, unless ``keep`` (it is then offered
        again at the next start)."""
        if self.document is not None and shiboken6.isValid(self.document.undo_stack):
            self.document.undo_stack.indexChanged.disconnect(self._edited)
        if keep:
            self._timer.stop()
            self._join()
        else:
            self.discard()
        self.document, self.key = None, new_key()

    def _edited(self) -> None:
        if self.document is None or not shiboken6.isValid(self.document.undo_stack):
            return  # the document is being torn down
        if not self.document.modified:
            self.discard()  # back to the saved state: nothing to recover
            return
        now = time.monotonic()
        self._pending_since = self._pending_since or now
        if now - self._pending_since >= MAX_WAIT_S:
            self.write()
        else:
            self._timer.start()

    def write(self) -> None:
        """Copy the model now and write it in the background."""
        self._timer.stop()
        self._pending_since = None
        document = self.document
        if document is None or not document.modified:
            return
        head = document.history.head
        snapshot = self.store.snapshot(document.project, source_path=document.path, title=document.display_name,
                                       key=self.key, source_stamp=document.stamp,
                                       source_revision=head.id if head else None)
        self._join()
        self._worker = threading.Thread(target=self._write_file, args=(snapshot,), name="autosave", daemon=True)
        self._worker.start()

    def _write_file(self, snapshot) -> None:
        try:
            snapshot.write()
            self.problem = None
        except ProjectFileError as error:
            self.problem = str(error)
            logger.warning("Autosave: %s", error)

    def write_now(self) -> bool:
        """Write the copy before returning (after an unexpected error); True when one was written."""
        if self.document is None or not self.document.modified:
            return False
        self.write()
        self._join()
        return self.problem is None

    def discard(self) -> None:
        """The work is saved or thrown away: delete its copy."""
        self._timer.stop()
        self._pending_since = None
        self._join()
        self.store.discard(self.key)

    def _join(self) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None
