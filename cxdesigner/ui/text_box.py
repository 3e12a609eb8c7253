"""Text fields for side panels: a multi-line box that Tab leaves and leaving commits, and
``show_text``, which never overwrites what a person is typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


class TextBox(QPlainTextEdit):
    """A multi-line field that reports its text when it loses focus."""

    committed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFixedHeight(58)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.document().setModified(False)
        self.committed.emit(self.toPlainText())


def line_field(commit: Callable[[str], None], placeholder: str = "") -> QLineEdit:
    """A one-line field whose text is committed when it is left or Return is pressed."""
    field = QLineEdit()
    field.setPlaceholderText(placeholder)

    def finished() -> None:
        field.setModified(False)
        commit(field.text())

    field.editingFinished.connect(finished)
    return field


def show_text(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Put the model's ``text`` in ``field``, unless a person is typing there (focused, edited)."""
    typing = field.hasFocus() and (field.isModified() if isinstance(field, QLineEdit)
                                   else field.document().isModified())
    if typing:
        return
    if isinstance(field, QLineEdit):
        if field.text() != text:
            field.setText(text)
            field.setCursorPosition(0)
        field.setModified(False)
    elif field.toPlainText() != text:
        field.setPlainText(text)
        field.document().setModified(False)
