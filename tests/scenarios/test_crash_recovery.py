"""A crash, then Recover: the recovered work is locked and compared with its file like an opened one.

The editor runs in a child process, where a person types an edit; the child is killed
once autosave has copied the work. A second process then holds the file, or changes it,
and the next start recovers the work through the real dialogs.
"""

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from colleague import hold_the_file
from cxdesigner.storage import open_project, save_project
from cxdesigner.storage.recovery import RecoveryStore
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.recovery_dialog import offer_recovery
from person import Person

HERE = Path(__file__).resolve().parent
TYPED = "Waits twenty minutes at the desk"


def crash_after_an_edit(sample, store_dir, tmp_path) -> None:
    """An editor in a child process: a person types into the Inspector; killed once autosaved."""
    code = textwrap.dedent(f"""
        import os, sys, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path[:0] = [{str(HERE)!r}, {str(HERE.parent)!r}]
        from PySide6.QtCore import QSettings
        from PySide6.QtTest import QTest
        from cxdesigner.app import create_application
        from cxdesigner.storage.recovery import RecoveryStore
        from cxdesigner.ui.main_window import MainWindow
        from person import Person
        app = create_application([])
        store = RecoveryStore({str(store_dir)!r})
        window = MainWindow(None, QSettings({str(tmp_path / "child.ini")!r}, QSettings.Format.IniFormat), store)
        window.show(); window.activateWindow(); QTest.qWaitForWindowExposed(window)
        window.open_path({str(sample)!r})
        person = Person(window)
        person.click_card("Arrives at the reception")
        person.click("Customer does")
        person.select_all_and_type({TYPED!r})
        person.press("Tab")
        while not store.entries(include_running=True):
            QTest.qWait(50)
        print("autosaved", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "autosaved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()


def recover(settings, store_dir, qtbot, *answers) -> MainWindow:
    """The next start: the recovery dialog, answered with Recover, then whatever follows."""
    person = Person(None)
    person.answer(lambda dialog: person.button(dialog, "Recover"))
    for answer in answers:
        person.answer(answer(person))
    windows = offer_recovery(RecoveryStore(store_dir), settings)
    assert person.all_answered() and len(windows) == 1
    window = windows[0]
    qtbot.addWidget(window, before_close_func=lambda w: w.document and w.document.undo_stack.setClean())
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    return window


def customer_action(path) -> str:
    jmap = open_project(path).maps[0]
    return next(t.customer_action for t in jmap.touchpoints if t.title == "Arrives at the reception")


@pytest.fixture
def store_dir(tmp_path):
    return tmp_path / "recovery"


def test_recovered_work_asks_when_a_colleague_holds_the_file(sample, store_dir, settings, tmp_path, qtbot):
    crash_after_an_edit(sample, store_dir, tmp_path)
    before = sample.read_bytes()
    holder = hold_the_file(sample)
    try:
        window = recover(settings, store_dir, qtbot,
                         lambda person: lambda box: person.button(box, "Open Read-Only"))
        assert window.document.read_only and window.read_only_bar.isVisible()
        assert window.isWindowModified() and customer_action(sample) != TYPED
        person = Person(window)
        elsewhere = tmp_path / "my version.cxd"
        person.answer(lambda box: person.button(box, "OK"))  # it is read-only: another name
        person.answer(lambda dialog: person.file_name(dialog, str(elsewhere)))
        person.press("Ctrl+S")
        assert person.all_answered()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert sample.read_bytes() == before and customer_action(elsewhere) == TYPED


def test_a_colleagues_save_while_the_editor_was_down_is_asked_about(sample, store_dir, settings, tmp_path, qtbot):
    crash_after_an_edit(sample, store_dir, tmp_path)
    theirs = open_project(sample)
    theirs.maps[0].name = "Saved by a colleague"
    save_project(theirs, sample)
    window = recover(settings, store_dir, qtbot)
    assert window.document.lock is not None and window.document.lock.held  # locked like any opened file
    person = Person(window)
    person.answer(lambda box: person.button(box, "Reload Theirs"))
    person.press("Ctrl+S")
    assert person.all_answered()
    assert window.document.project.maps[0].name == "Saved by a colleague" and not window.isWindowModified()
    assert open_project(sample).maps[0].name == "Saved by a colleague"  # their save is not overwritten
    kept = RecoveryStore(store_dir).entries(include_running=True)
    assert len(kept) == 1  # our unsaved work, kept as a recovery copy
    mine = kept[0].open()
    assert next(t.customer_action for t in mine.maps[0].touchpoints if t.title == "Arrives at the reception") == TYPED
