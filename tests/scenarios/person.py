"""A person at the editor: finds widgets by what they read, clicks, types, drags, answers dialogs.

Scenario tests act only through this: mouse clicks on widgets found by their label,
accessible name or text, keys sent to whatever has the keyboard focus, drags on the
map's viewport as press/move/release, menus opened from the menu bar, and dialogs
answered through their own buttons. Nothing here calls a panel's or command's method.

One thing a person does cannot happen offscreen: Qt's offscreen platform has no
drag-and-drop loop (``QDrag.exec`` returns at once). Dragging from the palette therefore
presses and moves on the palette as a person does, then delivers the drag's enter, move
and drop events to the map's viewport as the window system would, carrying the data the
palette itself puts on the drag.
"""

from __future__ import annotations

import time
import weakref
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSpinBox, QApplication,
                               QComboBox, QDialog, QLabel, QLineEdit, QListWidget, QMenu, QScrollArea, QTabBar,
                               QWidget)

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def plain(text: str) -> str:
    """A label as read on screen: without the mnemonic ampersand, the ellipsis kept."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class NotFound(AssertionError):
    pass


class Person:
    """Acts on ``window`` as a person would. ``events`` counts every input event sent."""

    CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

    _all: weakref.WeakSet[Person] = weakref.WeakSet()

    def __init__(self, window: QWidget) -> None:
        Person._all.add(self)
        self.window = window
        self.events = 0
        self._answers: deque[tuple[str, Callable[[QWidget], None]]] = deque()
        self._answered = weakref.WeakSet()  # dialogs already handed to a handler
        self._poll = QTimer()
        self._poll.setInterval(15)
        self._poll.timeout.connect(self._answer_dialog)

    # -- finding what is on screen ---------------------------------------------------

    def find(self, name: str, kind: type = QWidget, within: QWidget | str | None = None) -> QWidget:
        """The one visible widget labelled ``name``: a form label's field, a widget with that
        accessible name, or a button with that text; ``within`` a widget or a panel's title."""
        if isinstance(within, str):
            within = self.panel(within)
        roots = [within] if within is not None else self._roots()
        for root in roots:
            found = []
            for label in root.findChildren(QLabel):
                buddy = label.buddy()
                if buddy is not None and plain(label.text()) == name and label.isVisible() \
                        and buddy.isVisible() and isinstance(buddy, kind):
                    found.append(buddy)
            for widget in root.findChildren(kind):
                if widget.isVisible() and widget not in found and (widget.accessibleName() == name or (
                        isinstance(widget, QAbstractButton) and plain(widget.text()) == name)):
                    found.append(widget)
            if len(found) > 1:
                raise AssertionError(f"{len(found)} visible widgets are labelled {name!r}: say where to look")
            if found:
                return found[0]
        raise NotFound(f"nothing visible is labelled {name!r}")

    def panel(self, title: str) -> QWidget:
        """The docked panel with this title, brought to the front."""
        self.show_panel(title)
        dock = next(d for d in self.window.panels.docks if plain(d.windowTitle()) == title)
        return dock.widget()

    def _roots(self) -> list[QWidget]:
        modal = QApplication.activeModalWidget()
        popup = QApplication.activePopupWidget()
        return [w for w in (popup, modal, self.window) if w is not None]

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    # -- mouse --------------------------------------------------------------------------

    def click(self, target: QWidget | str, pos: QPoint | None = None, button=LEFT, modifiers=NO_MODIFIER,
              double: bool = False) -> None:
        """Click a widget (by its label) at ``pos`` or its middle: scrolled into sight first."""
        widget = self.find(target) if isinstance(target, str) else target
        self._reveal(widget)
        surface = widget.viewport() if isinstance(widget, QAbstractScrollArea) and not isinstance(
            widget, QAbstractSpinBox) else widget
        if isinstance(widget, QAbstractSpinBox):
            surface = widget.findChild(QLineEdit) or widget
        point = pos if pos is not None else surface.rect().center()
        if isinstance(widget, QComboBox) and pos is None:
            point = QPoint(10, surface.rect().center().y())
        self.events += 2
        if double:
            QTest.mouseDClick(surface, button, modifiers, point)
        else:
            QTest.mouseClick(surface, button, modifiers, point)
        QApplication.processEvents()

    def _reveal(self, widget: QWidget) -> None:
        """Scroll every scroll area holding ``widget`` so that it is in sight, as a person would."""
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None \
                    and parent.widget().isAncestorOf(widget):
                parent.ensureWidgetVisible(widget, 10, 10)
            parent = parent.parentWidget()
        QApplication.processEvents()

    def click_item(self, view: QAbstractItemView | str, text: str, *, check: bool = False) -> None:
        """Click the row reading ``text`` in a list (``check``: on its tick box)."""
        widget = self.find(view) if isinstance(view, str) else view
        assert isinstance(widget, QListWidget), f"{widget!r} is not a list"
        matches = widget.findItems(text, Qt.MatchFlag.MatchExactly)
        assert matches, f"no row reads {text!r} in {widget.accessibleName()!r}"
        widget.scrollToItem(matches[0])
        rect = widget.visualItemRect(matches[0])
        point = QPoint(rect.left() + 10, rect.center().y()) if check else rect.center()
        self.click(widget, point)

    def choose(self, combo: QComboBox | str, text: str, within=None) -> None:
        """Open a drop-down list and click its entry reading ``text``."""
        widget = self.find(combo, QComboBox, within) if isinstance(combo, str) else combo
        index = next((i for i in range(widget.count()) if plain(widget.itemText(i)).strip() == text), None)
        assert index is not None, f"no {text!r} in {[widget.itemText(i) for i in range(widget.count())]}"
        self.click(widget)
        popup = widget.view()
        self._wait_for(popup.isVisible, "the list to open")
        # Qt ignores a click in a list that has only just opened, so go there with the keys.
        moves = index - popup.currentIndex().row()
        key = Qt.Key.Key_Down if moves >= 0 else Qt.Key.Key_Up
        for _ in range(abs(moves)):
            self.events += 1
            QTest.keyClick(popup, key)
        self.events += 1
        QTest.keyClick(popup, Qt.Key.Key_Return)
        self._wait_for(lambda: not popup.isVisible(), "the list to close")
        assert widget.currentIndex() == index, f"{text!r} was not chosen"

    def drag(self, widget: QWidget, start: QPoint, end: QPoint, steps: int = 8,
             during: Callable[[int], None] | None = None, modifiers=NO_MODIFIER) -> None:
        """Press at ``start``, move to ``end`` in ``steps``, release: one gesture on ``widget``."""
        self._mouse(widget, QEvent.Type.MouseButtonPress, start, LEFT, LEFT, modifiers)
        for i in range(1, steps + 1):
            self._mouse(widget, QEvent.Type.MouseMove, start + (end - start) * (i / steps),
                        Qt.MouseButton.NoButton, LEFT, modifiers)
            if during is not None:
                during(i)
        self._mouse(widget, QEvent.Type.MouseButtonRelease, end, LEFT, Qt.MouseButton.NoButton, modifiers)
        QApplication.processEvents()

    def _mouse(self, widget, kind, point: QPoint, button, buttons, modifiers=NO_MODIFIER) -> None:
        self.events += 1
        event = QMouseEvent(kind, QPointF(point), QPointF(widget.mapToGlobal(point)), button, buttons, modifiers)
        QApplication.sendEvent(widget, event)

    def drag_to_view(self, source: QListWidget, text: str, view, target: QPoint) -> None:
        """Drag a list row (the palette's) and drop it on ``view`` at viewport point ``target``."""
        item = source.findItems(text, Qt.MatchFlag.MatchExactly)[0]
        start = source.visualItemRect(item).center()
        self._mouse(source.viewport(), QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
        self._mouse(source.viewport(), QEvent.Type.MouseMove, start + QPoint(40, 0), Qt.MouseButton.NoButton, LEFT)
        self._mouse(source.viewport(), QEvent.Type.MouseButtonRelease, start + QPoint(40, 0), LEFT,
                    Qt.MouseButton.NoButton)
        data: QMimeData = source.mimeData([item])  # what the palette puts on its drag
        surface = view.viewport()
        actions = Qt.DropAction.CopyAction
        for kind, point in ((QDragEnterEvent, target - QPoint(60, 0)), (QDragMoveEvent, target - QPoint(30, 0)),
                            (QDragMoveEvent, target)):
            self.events += 1
            QApplication.sendEvent(surface, kind(point, actions, data, LEFT, NO_MODIFIER))
        self.events += 1
        QApplication.sendEvent(surface, QDropEvent(QPointF(target), actions, data, LEFT, NO_MODIFIER))
        QApplication.processEvents()

    # -- the map -------------------------------------------------------------------------

    @property
    def view(self):
        return self.window.view

    def card(self, title: str):
        """The card showing ``title`` on the map shown (read from the cards, as a person reads them)."""
        scene = self.window.scene
        ids = [t.id for t in scene.jmap.touchpoints if t.title == title]
        assert len(ids) == 1, f"{len(ids)} cards read {title!r}"
        return scene.cards[ids[0]]  # built when off screen: the person scrolls there to click it

    def on_map(self, scene_point: QPointF) -> QPoint:
        """Where a scene point is in the map's viewport, scrolling the view to it first if needed."""
        point = self.view.mapFromScene(scene_point)
        if not self.view.viewport().rect().adjusted(20, 20, -20, -20).contains(point):
            self.view.centerOn(scene_point)
            QApplication.processEvents()
            point = self.view.mapFromScene(scene_point)
        return point

    def click_card(self, title: str, modifiers=NO_MODIFIER, double: bool = False) -> None:
        card = self.card(title)
        self.click(self.view.viewport(), self.on_map(card.sceneBoundingRect().center()), modifiers=modifiers,
                   double=double)

    def drag_on_map(self, start: QPointF, end: QPointF, steps: int = 8, during=None) -> None:
        """A press-move-release gesture on the map between two scene points (both brought well into
        sight first, as a person scrolls before dragging: near the edge the map would scroll away)."""
        inside = self.view.viewport().rect().adjusted(60, 60, -60, -60)
        if not (inside.contains(self.view.mapFromScene(start)) and inside.contains(self.view.mapFromScene(end))):
            self.view.centerOn((start + end) / 2)
            QApplication.processEvents()
        first = self.view.mapFromScene(start)
        offset = self.view.mapFromScene(end) - first
        self.drag(self.view.viewport(), first, first + offset, steps, during)

    # -- keyboard -------------------------------------------------------------------------

    def type(self, text: str) -> None:
        """Type ``text`` into whatever has the focus."""
        self.events += len(text)
        QTest.keyClicks(self.focus(), text)
        QApplication.processEvents()

    def press(self, keys: str) -> None:
        """Press a key or combination ("Tab", "Return", "Ctrl+S", "Shift+Tab") where the focus is."""
        sequence = QKeySequence(keys)
        combination = sequence[0]
        self.events += 1
        target = QApplication.focusWidget() or QApplication.activeWindow() or self.window
        QTest.keyClick(target, combination.key(), combination.keyboardModifiers())
        QApplication.processEvents()

    def select_all_and_type(self, text: str) -> None:
        self.press("Ctrl+A")
        self.type(text)

    # -- menus and tabs -----------------------------------------------------------------------

    def menu(self, *path: str) -> None:
        """Open a menu of the menu bar and click down ``path`` ("Map", "Lanes…")."""
        bar = self.window.menuBar()
        top = next((a for a in bar.actions() if plain(a.text()) == path[0]), None)
        assert top is not None, f"no menu {path[0]!r}"
        self.click(bar, bar.actionGeometry(top).center())
        menu = top.menu()
        for name in path[1:]:
            self._wait_for(menu.isVisible, f"the {name!r} menu to open")
            action = next((a for a in menu.actions() if plain(a.text()) == name), None)
            assert action is not None, f"no {name!r} in {[plain(a.text()) for a in menu.actions()]}"
            assert action.isEnabled(), f"{name!r} is disabled"
            if action.menu() is not None:
                self.click(menu, menu.actionGeometry(action).center())
                menu = action.menu()
            else:
                self.click(menu, menu.actionGeometry(action).center())
        QApplication.processEvents()

    def context_menu(self, widget: QWidget, point: QPoint, *path: str) -> None:
        """Right-click ``widget`` at ``point`` and choose ``path`` in the menu that opens."""
        self._expect_popup(path)
        self.events += 1
        point_global = widget.mapToGlobal(point)
        from PySide6.QtGui import QContextMenuEvent
        QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, point_global))
        QApplication.processEvents()

    def pick(self, button: QWidget | str, *path: str, within: QWidget | None = None) -> None:
        """Click a button that opens a menu ("Add Lane") and choose ``path`` in it."""
        self._expect_popup(path)
        self.click(button if isinstance(button, QWidget) else self.find(button, within=within))
        self._wait_for(lambda: QApplication.activePopupWidget() is None
                       and all(kind != "popup" for kind, _ in self._answers), f"{' > '.join(path)} to be chosen")

    def _expect_popup(self, path: tuple[str, ...]) -> None:
        def choose() -> None:
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu), "no menu opened"
            for name in path:
                action = next((a for a in menu.actions() if plain(a.text()) == name), None)
                assert action is not None, f"no {name!r} in {[plain(a.text()) for a in menu.actions()]}"
                self.click(menu, menu.actionGeometry(action).center())
                menu = action.menu() or menu

        self._answers.appendleft(("popup", lambda _popup: choose()))
        self._poll.start()

    def show_panel(self, title: str) -> None:
        """Bring a docked panel to the front by clicking its tab (docks share tab bars)."""
        for bar in self.window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if bar.isVisible() and any(plain(bar.tabText(i)) == title for i in range(bar.count())):
                self.tab(bar, title)
                return
        dock = next((d for d in self.window.panels.docks if plain(d.windowTitle()) == title), None)
        assert dock is not None and dock.isVisible(), f"no panel {title!r} on screen"

    def tab(self, tabs: QTabBar, text: str) -> None:
        index = next(i for i in range(tabs.count()) if plain(tabs.tabText(i)) == text)
        self.click(tabs, tabs.tabRect(index).center())

    # -- dialogs ----------------------------------------------------------------------------

    def answer(self, handler: Callable[[QWidget], None]) -> None:
        """Answer the next modal dialog that opens with ``handler(dialog)``."""
        self._answers.append(("modal", handler))
        self._poll.start()

    def dismiss_all(self, on: bool = True) -> None:
        """While on, every dialog that opens is closed with Escape, as a person who changed their mind;
        ``dismissed`` lists their titles."""
        self._dismissing = on
        if on:
            self._poll.start()
        elif not self._answers:
            self._poll.stop()

    _dismissing = False
    dismissed: list[str] = []

    def _answer_dialog(self) -> None:
        if self._dismissing and not self._answers:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and dialog.isVisible() and dialog not in self._answered:
                self._answered.add(dialog)
                self.dismissed = [*self.dismissed, dialog.windowTitle() or type(dialog).__name__]
                QTimer.singleShot(0, lambda: self._escape(dialog))
            return
        if not self._answers:
            return
        kind = self._answers[0][0]
        dialog = QApplication.activePopupWidget() if kind == "popup" else QApplication.activeModalWidget()
        if dialog is None or dialog in self._answered or not dialog.isVisible():
            return
        if kind == "modal":  # a menu is shown again and again; a dialog once
            self._answered.add(dialog)
        _, handler = self._answers.popleft()
        if not self._answers:
            self._poll.stop()

        def run() -> None:
            try:
                handler(dialog)
            except BaseException as error:  # raised inside Qt's event loop: keep it for the test, close the dialog
                self.failure = self.failure or error
                dialog.close()

        # Answered from a timer of its own, so that a dialog the answer opens can be answered in turn.
        QTimer.singleShot(0, run)

    failure: BaseException | None = None

    def _escape(self, dialog: QWidget) -> None:
        self.events += 1
        QTest.keyClick(QApplication.focusWidget() if dialog.isAncestorOf(QApplication.focusWidget()) else dialog,
                       Qt.Key.Key_Escape)
        if dialog.isVisible():  # a dialog without an Escape answer (a progress note): its own close button
            dialog.close()

    @classmethod
    def retire_all(cls) -> None:
        """The test is over: no person answers dialogs any more."""
        for person in list(cls._all):
            person._poll.stop()
            person._answers.clear()
            person._dismissing = False

    def all_answered(self) -> bool:
        """Whether every dialog expected was answered (a failure while answering one is raised here)."""
        if self.failure is not None:
            raise self.failure
        return not self._answers

    def button(self, dialog: QWidget, text: str) -> None:
        """Click the dialog's button reading ``text`` (once it is on screen)."""
        def shown():
            return [b for b in dialog.findChildren(QAbstractButton) if b.isVisible() and plain(b.text()) == text]

        self._wait_for(lambda: bool(shown()) or not dialog.isVisible(), f"the button {text!r}", timeout=2.0)
        buttons = shown()
        assert buttons, f"no button {text!r} in {[plain(b.text()) for b in dialog.findChildren(QAbstractButton)]}"
        self.click(buttons[0])

    def file_name(self, dialog: QWidget, path: str) -> None:
        """Type a path into a file dialog's name field and press Return."""
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert field is not None, "not a file dialog"
        self.click(field)
        self.select_all_and_type(path)
        self.press("Return")

    def _wait_for(self, condition: Callable[[], bool], what: str, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"gave up waiting for {what}")
            QTest.qWait(10)

    def wait(self, ms: int) -> None:
        QTest.qWait(ms)


def open_dialogs() -> list[QWidget]:
    """Dialogs and menus still showing."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QDialog | QMenu)]
