"""The editor's scene: the journey scene with the gestures on top.

``JourneyScene`` only draws a map and follows its events; this scene follows the
document's, gives the items the callbacks they commit through (a finished rating drag,
a note moved or rewritten) and mixes in ``SceneGestures`` and ``StageGestures``, which
turn what the user does into commands on the document's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxdesigner.canvas.gestures import PALETTE_MIME, SceneGestures
from cxdesigner.canvas.satisfaction import RatingSink
from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.canvas.stage_gestures import StageGestures
from cxdesigner.canvas.sticky_note import NoteSink, StickyNote
from cxdesigner.editor.commands import MacroCommand, UpdateItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.model import Project

__all__ = ["EditingScene", "PALETTE_MIME"]


class EditingScene(SceneGestures, StageGestures, JourneyScene):
    """One map of ``document``, drawn and edited: every change goes through the undo stack.

    Its own words keep the ``JourneyScene`` context they were translated under."""

    def __init__(self, document: Document, map_id: str, hidden_lines: set[str] | None = None,
                 compact: bool = False, lazy: bool = False) -> None:
        self.document = document
        super().__init__(document.project, map_id, document, hidden_lines, compact, lazy)

    @property
    def project(self) -> Project:
        return self.document.project  # the document's, even after a version restored replaced it

    @property
    def rating_sink(self) -> RatingSink:
        return self.commit_rating

    @property
    def note_sink(self) -> NoteSink:
        return self.change_note

    @property
    def editable(self) -> bool:
        return True

    def commit_note_moves(self) -> None:
        """Notes dragged together (one or a selection) land as one undo step."""
        moved = [note for note in self.items() if isinstance(note, StickyNote) and note.pos() != note.home]
        if moved:
            self._push(MacroCommand(self.project, QCoreApplication.translate("JourneyScene", "Move note"), [
                UpdateItemCommand(self.project, n.note.id, x=n.pos().x(), y=n.pos().y()) for n in moved]))

    def change_note(self, note_id: str, **changes) -> None:
        """A note moved or rewritten: one undo step."""
        label = (QCoreApplication.translate("JourneyScene", "Move note") if "x" in changes
                 else QCoreApplication.translate("JourneyScene", "Edit note"))
        self._push(UpdateItemCommand(self.project, note_id, label=label, **changes))
