"""The high-contrast choice in the View menu: white and yellow on black for the whole editor
and the map. Unchosen, the editor follows the system's contrast preference where Qt reports
it (app.follow_system_theme); chosen on or off, the choice is kept in the settings and wins."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

SETTING = "view/high_contrast"


def chosen(settings) -> bool | None:
    """The user's choice, or ``None`` to follow the system."""
    value = settings.value(SETTING, None)
    return None if value is None else str(value).lower() in ("true", "1")


def set_high_contrast(on: bool | None) -> None:
    """Switch the whole application to (or from) high contrast; ``None`` follows the system."""
    app = QApplication.instance()
    app.high_contrast_chosen = on
    refresh = getattr(app, "refresh_theme", None)
    if refresh is not None:
        refresh()


class HighContrastAction(QObject):
    """View ▸ High Contrast, checked while the editor is in high contrast."""

    def __init__(self, window, menu: QMenu) -> None:
        super().__init__(window)
        self.settings = window.settings
        self.action = QAction(self.tr("&High Contrast"), window)
        self.action.setCheckable(True)
        self.action.setStatusTip(self.tr("White and yellow on black, for the editor and the map"))
        self.action.setToolTip(self.tr("White and yellow on black, for the editor and the map"))
        menu.addAction(self.action)
        choice = chosen(self.settings)
        if choice is not None:
            set_high_contrast(choice)
        from cxdesigner.canvas.style import is_high_contrast
        self.action.setChecked(is_high_contrast())
        self.action.toggled.connect(self.choose)

    def choose(self, on: bool) -> None:
        self.settings.setValue(SETTING, on)
        set_high_contrast(on)
