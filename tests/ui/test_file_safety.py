"""The editor with files others hold or change, crashes, read-only files and backups."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cxdesigner.editor.commands import UpdateItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.storage import open_project, save_project
from cxdesigner.storage.recovery import RecoveryStore
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.recovery_dialog import RecoveryDialog, offer_recovery


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def hotel_file(tmp_path):
    path = tmp_path / "hotel.cxd"
    save_project(load_template("hotel"), path)
    return path


@pytest.fixture
def make_window(qtbot, settings):
    def make(document=None, store=None):
        window = MainWindow(document, settings, store)
        qtbot.addWidget(window, before_close_func=lambda w: w.document and w.document.undo_stack.setClean())
        return window
    return make


def click(monkeypatch, text, seen=None):
    """Answer the next custom message box by pressing the button called ``text``."""
    def exec_(box):
        if seen is not None:
            seen.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()
    monkeypatch.setattr(QMessageBox, "exec", exec_)


def rename(window, name="Edited"):
    jmap = window.document.project.maps[0]
    window.document.push(UpdateItemCommand(window.document.project, jmap.id, name=name))


def holder_process(path):
    """Another program keeping ``path`` open (its lock held) until stopped."""
    code = textwrap.dedent(f"""
        import sys, time
        from cxdesigner.storage.lock import acquire
        lock = acquire({str(path)!r})
        print("locked", flush=True)
        sys.stdin.read()
    """)
    process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "locked"
    return process


def test_a_file_open_here_is_brought_forward_not_opened_twice(make_window, hotel_file):
    first = make_window()
    assert first.open_path(hotel_file)
    second = make_window()
    assert not second.open_path(hotel_file)
    assert second.document is None and first.document.lock.held


def test_a_colleagues_file_opens_read_only_and_saves_elsewhere(make_window, hotel_file, tmp_path, monkeypatch):
    colleague = holder_process(hotel_file)
    try:
        window = make_window()
        seen = []
        click(monkeypatch, "Open Read-Only", seen)
        assert window.open_path(hotel_file)
        assert "has had hotel.cxd open since" in seen[0]
        assert window.document.read_only and "(read-only)" in window.windowTitle()
        before = hotel_file.read_bytes()
        rename(window)
        told = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mine.cxd"), ""))
        assert window.save()
        assert "read-only" in told[0] and hotel_file.read_bytes() == before
        assert open_project(tmp_path / "mine.cxd").maps[0].name == "Edited"
        assert not window.document.read_only and window.document.lock.held
    finally:
        colleague.communicate("")


def test_saving_over_a_file_changed_on_disk_asks_first(make_window, hotel_file, monkeypatch):
    window = make_window()
    window.open_path(hotel_file)
    theirs = load_template("hotel")
    theirs.name = "Their version"
    save_project(theirs, hotel_file)  # a colleague saved meanwhile
    rename(window, "Mine")
    seen = []
    click(monkeypatch, "Cancel", seen)
    assert not window.save()
    assert "was changed by someone else" in seen[0]
    assert open_project(hotel_file).name == "Their version" and window.document.modified
    click(monkeypatch, "Overwrite")
    assert window.save() and open_project(hotel_file).maps[0].name == "Mine"


def test_backup_on_save_keeps_the_previous_version(make_window, hotel_file):
    window = make_window()
    window.open_path(hotel_file)
    window.backup_action.trigger()
    before = hotel_file.read_bytes()
    rename(window)
    assert window.save()
    assert (hotel_file.parent / "hotel.cxd.bak").read_bytes() == before


def test_an_older_file_says_saving_upgrades_it(make_window, hotel_file, monkeypatch):
    import sqlite3
    with sqlite3.connect(hotel_file) as db:  # what version 0.1 wrote: no lanes or spacing per map, no targets...
        for table in ("lane_cell", "custom_lane", "target_rating"):
            db.execute(f"DROP TABLE {table}")
        for table, column in (("journey_map", "lanes"), ("journey_map", "spacing"), ("journey_map", "projected_statuses"),
                              ("journey_map", "projected_until"), ("action", "phase"), ("action", "planned_on"),
                              ("survey", "wave"), ("survey", "fieldwork_start"), ("survey", "fieldwork_end")):
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        db.execute("PRAGMA user_version = 1")
    window = make_window()
    window.open_path(hotel_file)
    assert window.document.notice and "format" in window.statusBar().currentMessage()
    rename(window)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert not window.save() and asked == [window.document.notice]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.save() and window.document.notice is None


def test_autosave_writes_a_copy_soon_and_saving_removes_it(make_window, hotel_file, tmp_path, qtbot):
    store = RecoveryStore(tmp_path / "recovery")
    window = make_window(store=store)
    window.open_path(hotel_file)
    rename(window, "Unsaved idea")
    qtbot.waitUntil(lambda: len(store.entries(include_running=True)) == 1, timeout=6000)
    entry = store.entries(include_running=True)[0]
    assert entry.open().maps[0].name == "Unsaved idea" and entry.source_path == str(hotel_file)
    assert store.entries() == []  # this process still runs: not offered as a crash
    window.save()
    assert store.entries(include_running=True) == []


def test_after_a_crash_the_work_is_offered_and_recovered(qtbot, tmp_path, settings):
    store_dir = tmp_path / "recovery"
    code = textwrap.dedent(f"""
        from cxdesigner.interchange.templates import load_template
        from cxdesigner.storage.recovery import RecoveryStore
        project = load_template("hotel")
        project.maps[0].name = "Work before the crash"
        RecoveryStore({str(store_dir)!r}).write(project, source_path=None, title="Untitled hotel")
    """)
    subprocess.run([sys.executable, "-c", code], check=True)  # a process that is gone now
    store = RecoveryStore(store_dir)
    shown = []

    def recover(dialog):
        shown.append(dialog.list.item(0).text())
        dialog._done(RecoveryDialog.RECOVER)

    windows = offer_recovery(store, settings, recover)
    assert "Untitled hotel" in shown[0] and "never saved" in shown[0]
    assert len(windows) == 1
    window = windows[0]
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    assert window.document.modified and window.document.project.maps[0].name == "Work before the crash"
    assert len(store.entries(include_running=True)) == 1  # kept until the work is saved or discarded
    window.autosave.discard()
    assert store.entries(include_running=True) == []


def test_discarding_recovered_work_deletes_it(tmp_path, settings):
    store = RecoveryStore(tmp_path / "recovery")
    code = (f"from cxdesigner.interchange.templates import load_template; from cxdesigner.storage.recovery import "
            f"RecoveryStore; RecoveryStore({str(tmp_path / 'recovery')!r}).write(load_template('blank'), "
            f"source_path=None, title='Scratch')")
    subprocess.run([sys.executable, "-c", code], check=True)
    assert offer_recovery(store, settings, lambda d: d._done(RecoveryDialog.DISCARD)) == []
    assert store.entries() == [] and not any(p.suffix == ".cxd" for p in (tmp_path / "recovery").iterdir())
    assert os.path.isdir(tmp_path / "recovery")


def test_every_bad_file_shows_one_message_and_keeps_the_open_work(make_window, tmp_path, monkeypatch):
    from file_corpus import BAD
    good = tmp_path / "good.cxd"
    save_project(load_template("hotel"), good)
    window = make_window(Document(load_template("online-shop")))
    rename(window, "Open work")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(window, "maybe_save", lambda: True)  # keep the open work to compare
    for number, (kind, (make, _)) in enumerate(BAD.items()):
        path = tmp_path / f"{number:02d}.cxd"
        make(good, path)
        before = path.read_bytes() if path.stat().st_size < 64 << 20 else None
        assert not window.open_path(path), kind
        assert len(warned) == number + 1 and "\n" not in warned[-1] and "Traceback" not in warned[-1], kind
        assert window.document.project.maps[0].name == "Open work" and window.document.modified
        if before is not None:
            assert path.read_bytes() == before, kind


def test_odd_content_shows_as_plain_text(make_window, tmp_path):
    from cxdesigner.model import Touchpoint
    project = load_template("hotel")
    jmap = project.maps[0]
    odd = ["<b>bold?</b><img src='x'>", "'; DROP TABLE touchpoint; --", "مرحبا بالعالم", "🙂 " * 30,
           "tab\tand\x07bell", "L" + "o" * 500 + "ng"]
    for title in odd:
        project.add(Touchpoint(title=title, stage_id=jmap.stages[0].id), map_id=jmap.id)
    path = tmp_path / "odd.cxd"
    save_project(project, path)
    window = make_window()
    assert window.open_path(path)
    card = next(c for c in window.scene.cards.values() if c.touchpoint.title == odd[0])
    assert "&lt;img" in card.toolTip() and "<img" not in card.toolTip()
    window.grab()  # paints every kind of text without trouble
    assert [t.title for t in window.document.project.maps[0].touchpoints if t.title in odd] == odd


def test_a_failed_save_keeps_the_document_modified_with_its_history(make_window, hotel_file, monkeypatch):
    window = make_window()
    window.open_path(hotel_file)
    rename(window)
    before = hotel_file.read_bytes()
    hotel_file.unlink()
    hotel_file.mkdir()  # the file was replaced by a folder
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert not window.save()
    assert warned == ["Could not save to hotel.cxd: a folder has that name."]
    assert window.document.modified and window.document.undo_stack.count() == 1
    hotel_file.rmdir()
    hotel_file.write_bytes(before)


def test_edits_survive_a_killed_editor(tmp_path, hotel_file, settings, qtbot):
    """The editor edits, autosaves and is killed; the next start recovers the edit."""
    store_dir = tmp_path / "recovery"
    code = textwrap.dedent(f"""
        import os, sys, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from cxdesigner.editor.commands import UpdateItemCommand
        from cxdesigner.storage.recovery import RecoveryStore
        from cxdesigner.ui.main_window import MainWindow
        app = QApplication([])
        store = RecoveryStore({str(store_dir)!r})
        window = MainWindow(None, QSettings({str(tmp_path / "child.ini")!r}, QSettings.Format.IniFormat), store)
        window.open_path({str(hotel_file)!r})
        project = window.document.project
        window.document.push(UpdateItemCommand(project, project.maps[0].id, name="Edited before the crash"))
        while not store.entries(include_running=True):
            app.processEvents()
            time.sleep(0.05)
        print("autosaved", flush=True)
        time.sleep(60)
    """)
    editor = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert editor.stdout.readline().strip() == "autosaved"
    finally:
        editor.send_signal(signal.SIGKILL)
        editor.wait()
        editor.stdout.close()
    windows = offer_recovery(RecoveryStore(store_dir), settings, lambda d: d._done(RecoveryDialog.RECOVER))
    assert len(windows) == 1
    window = windows[0]
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    assert window.document.project.maps[0].name == "Edited before the crash"
    assert window.document.path == hotel_file and window.document.modified
    assert window.save() and open_project(hotel_file).maps[0].name == "Edited before the crash"
    assert RecoveryStore(store_dir).entries(include_running=True) == []
