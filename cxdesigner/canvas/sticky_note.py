"""A free sticky note on the map: drag it anywhere, double-click to write on it.

A drag (of one note or of a selection) is one undo step recorded on release;
the text is committed when editing ends. The note follows the model like every item.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsTextItem

from cxdesigner.canvas.style import NOTE_INK, scene_font
from cxdesigner.model import Note

#: ``(note id, changes)`` -> None: the editing scene turns it into an undo command.
NoteSink = Callable[..., None]


class NoteText(QGraphicsTextItem):
    """The note's words; editable after a double-click, committed on leaving."""

    def __init__(self, note: StickyNote) -> None:
        super().__init__(note)
        self.note = note

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.note.text_edited(self.toPlainText())


class StickyNote(QGraphicsObject):
    def __init__(self, note: Note, changed: NoteSink | None, home: QPointF | None = None) -> None:
        """``home``: where the layout puts the note (under the lanes when its own place covers one);
        ``changed``: where a move or new text goes (``None``: a note that is only drawn)."""
        super().__init__()
        self.note, self.changed = note, changed
        self.home = home if home is not None else QPointF(note.x, note.y)
        self.item_id = note.id
        if changed is not None:
            self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        else:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(60)
        self.text = NoteText(self)
        self.text.setFont(scene_font(9.5))
        self.text.setDefaultTextColor(QColor(NOTE_INK))  # dark ink: notes are pastel paper in both themes
        self.text.setTextWidth(note.width - 16)
        self.text.setPos(8, 8)
        self.refresh()

    def refresh(self) -> None:
        """Show the note as the model has it now."""
        self.prepareGeometryChange()
        self.setPos(self.home)
        if self.text.toPlainText() != self.note.text:
            self.text.setPlainText(self.note.text)
        self.setToolTip(self.note.text)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.note.width, self.note.height)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#2f6fb0"), 2) if self.isSelected() else QPen(QColor(0, 0, 0, 40), 1))
        painter.setBrush(QColor(self.note.color))
        painter.drawRoundedRect(self.boundingRect(), 4, 4)

    def mouseDoubleClickEvent(self, event) -> None:
        if self.changed is None:
            return
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.text.setFocus()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self.changed is not None:
            self.scene().commit_note_moves()  # this note and any selected with it

    def text_edited(self, text: str) -> None:
        if text != self.note.text and self.changed is not None:
            self.changed(self.note.id, text=text)
