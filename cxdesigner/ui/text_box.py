"""A multi-line text field for side panels: Tab leaves it, and leaving it commits."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit


class TextBox(QPlainTextEdit):
    """A multi-line field that reports its text when it loses focus."""

    committed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFixedHeight(58)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())
