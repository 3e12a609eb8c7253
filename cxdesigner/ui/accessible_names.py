"""Every focusable widget has an accessible name, so a screen reader never says just "scroll
area" or "edit". Widgets named on purpose keep theirs; the rest, when first shown, take the
name of what a sighted user reads them by: their chart, their panel's title, their tooltip
or placeholder. A widget whose focus goes to a proxy (a spin box's line edit) is the proxy's.

One application-wide event filter rather than a name in every panel: panels, docks and
dialogs built later (and Qt's own pieces, such as the dock tab bar) are
covered the same way.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar, QWidget


class AccessibleNames(QObject):
    """Names focusable widgets that show without one."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            name_widget(watched, self)
        return False

    def tab_bar(self) -> str:
        return self.tr("Panel tabs")

    def chart(self) -> str:
        return self.tr("Chart")

    def panel(self, title: str) -> str:
        """"Channels panel": a panel's scroll area or list, told apart from the panel's own fields."""
        return self.tr("%1 panel").replace("%1", title)


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (its own, its label's, its text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def derived_name(widget: QWidget, words: AccessibleNames) -> str:
    """What a sighted user would call ``widget``, from what surrounds it."""
    parent = widget.parentWidget()
    if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QMainWindow):
        return words.tab_bar()
    if parent is not None and type(parent).__name__ == "PlotWidget":
        return spoken_name(parent) or words.chart()
    for text in (widget.toolTip(), getattr(widget, "placeholderText", lambda: "")()):
        plain = re.sub(r"<[^>]+>", "", text or "").strip()
        if plain:
            return plain.splitlines()[0]
    ancestor = parent
    while ancestor is not None:
        if isinstance(ancestor, QDockWidget) and ancestor.windowTitle():
            return words.panel(ancestor.windowTitle().replace("&", ""))
        ancestor = ancestor.parentWidget()
    return widget.window().windowTitle() if widget.window() is not widget else ""


def name_widget(widget: QWidget, words: AccessibleNames) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None \
            or widget.accessibleName() or spoken_name(widget):  # a proxy takes the focus (a spin box's edit)
        return
    name = derived_name(widget, words)
    if name:
        widget.setAccessibleName(name)


def install(app: QApplication) -> None:
    """Watch every widget of ``app`` as it shows (once per application)."""
    if getattr(app, "_accessible_names", None) is None:
        app._accessible_names = AccessibleNames(app)
        app.installEventFilter(app._accessible_names)
