"""A bar across the top of the map that says something lasting about the document, with one action."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class InfoBar(QFrame):
    """A calm, tinted bar: a sentence and a button (hidden until ``show_message``)."""

    def __init__(self, button_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("info-bar")
        self.setStyleSheet("#info-bar { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(button_text)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setAccessibleName(self.tr("Document notice"))
        self.hide()

    def show_message(self, text: str | None) -> None:
        """Show ``text`` (plain), or hide the bar when it is ``None``."""
        if text is None:
            self.hide()
            return
        self.label.setText(text)
        self.show()
