"""Scenarios run the real editor window, as ``cxdesigner`` starts it, and a person at it.

Real dialogs open here: a scenario answers each through its own buttons. A dialog no
scenario answers would wait for ever, so a watchdog closes any that stays open too long
and fails the test.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cxdesigner.app import create_application
from cxdesigner.editor.document import Document
from cxdesigner.storage.recovery import RecoveryStore
from cxdesigner.ui.main_window import MainWindow
from person import Person, open_dialogs
from sample import copy_sample

WATCHDOG_S = 20.0


class Watchdog:
    """Closes a dialog or menu that has been up, unanswered, for ``WATCHDOG_S`` of the event loop's time.

    The time counts from when the loop first sees it: a test that blocks on a child process
    for longer than that must not have the dialog shown right after it closed at once.
    """

    def __init__(self) -> None:
        self.stuck: list[str] = []
        self._seen: dict[int, float] = {}
        self._timer = QTimer()
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        now = time.monotonic()
        up = [w for w in (QApplication.activeModalWidget(), QApplication.activePopupWidget()) if w is not None]
        self._seen = {id(w): self._seen.get(id(w), now) for w in up}
        for widget in up:
            if now - self._seen[id(widget)] > WATCHDOG_S:
                self.stuck.append(widget.windowTitle() or type(widget).__name__)
                widget.close()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs():
    """Replaces the suite's refusal of dialogs: here dialogs are real and answered."""
    dog = Watchdog()
    yield
    dog.stop()
    Person.retire_all()  # a failed test's person, kept alive by its traceback, must not answer the next test's dialogs
    left = [w.windowTitle() or type(w).__name__ for w in open_dialogs()]
    for widget in open_dialogs():
        widget.close()
    assert not dog.stuck, f"a dialog nobody answered: {dog.stuck}"
    assert not left, f"dialogs left open: {left}"


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sample(tmp_path):
    """A copy of the bundled hotel sample, to open, edit and save."""
    return copy_sample(tmp_path)


@pytest.fixture
def recovery(tmp_path):
    return RecoveryStore(tmp_path / "recovery")


@pytest.fixture
def editor(qtbot, settings, recovery):
    """``editor(document_or_path=None)``: a shown, active main window and a person at it."""
    create_application([])
    people = []

    def settle(window) -> None:
        """Before the test's windows close: what was typed is committed, nothing is left to ask about."""
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        if window.document is not None:
            window.document.undo_stack.setClean()

    def start(what=None) -> tuple[MainWindow, Person]:
        document = what if isinstance(what, Document) else None
        window = MainWindow(document, settings, recovery)
        qtbot.addWidget(window, before_close_func=settle)
        window.show()
        window.activateWindow()
        QTest.qWaitForWindowExposed(window)
        if what is not None and document is None:
            window.open_path(what)
        QApplication.processEvents()
        person = Person(window)
        people.append(person)
        return window, person

    yield start
    for person in people:
        person.all_answered()  # a failure while answering a dialog fails the test
