"""In-place editing of a card's title: a line edit laid over the card.

Enter or leaving the field commits (one undo step through ``commit``); Escape
cancels. The editor removes itself either way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsProxyWidget, QLineEdit


class TitleField(QLineEdit):
    def __init__(self, text: str, finish: Callable[[str | None], None]) -> None:
        super().__init__(text)
        self._finish, self._done = finish, False
        self.selectAll()
        self.setAccessibleName(self.tr("Touchpoint title"))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(self.text())
        elif event.key() == Qt.Key.Key_Escape:
            self.finish(None)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(self.text())

    def finish(self, text: str | None) -> None:
        if not self._done:
            self._done = True
            self._finish(text)


class TitleEditor(QGraphicsProxyWidget):
    """The field over a card; ``commit(text)`` is called once, unless cancelled."""

    def __init__(self, text: str, rect: QRectF, commit: Callable[[str], None]) -> None:
        super().__init__()
        self._commit = commit
        self.field = TitleField(text, self._finished)
        self.setWidget(self.field)
        self.setGeometry(rect)
        self.setZValue(100)

    def _finished(self, text: str | None) -> None:
        if self.scene() is not None:
            self.scene().removeItem(self)
        if text is not None:
            self._commit(text)
        self.deleteLater()
