"""Give the window back its keyboard focus when a dialog or menu of it closes.

When a dialog closes, the window system should make the window under it active again,
with the focus where it was; not every one does (and Qt's offscreen platform never
does). Until then no shortcut works: Ctrl+S, Ctrl+E and the zoom keys all wait for an
active window. So the window takes its activation and its focus back itself.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget


class FocusKeeper(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._before: QWidget | None = None
        QApplication.instance().installEventFilter(self)

    def _ours(self, widget: QObject) -> bool:
        return isinstance(widget, QDialog) and widget.isWindow() and widget.parentWidget() is not None \
            and widget.parentWidget().window() is self.window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and self._ours(watched):
            focused = QApplication.focusWidget()
            if focused is not None and focused.window() is self.window:
                self._before = focused
        elif kind == QEvent.Type.Hide and self._ours(watched):
            QTimer.singleShot(0, self.restore)
        return False

    def restore(self) -> None:
        """Activate the window and refocus what had the focus (or the map, or the start page's
        templates) once no dialog is left."""
        if not shiboken6.isValid(self.window) or not self.window.isVisible() \
                or QApplication.activeModalWidget() is not None:
            return
        active, focused = QApplication.activeWindow(), QApplication.focusWidget()
        if active is None or not active.isVisible():  # none, or a popup of the dialog that closed
            self.window.activateWindow()
        if focused is None or not focused.isVisible():
            before = self._before
            if before is not None and shiboken6.isValid(before) and before.isVisible() and before.isEnabled():
                before.setFocus()
            elif self.window.document is not None:
                self.window.view.setFocus()
            elif self.window.start_page is not None and self.window.start_page.isVisible():
                self.window.start_page.templates.setFocus()
        self._before = None

    def detach(self) -> None:
        QApplication.instance().removeEventFilter(self)
