"""The Map menu adds, renames, duplicates, deletes and reorders maps, each undoable."""

import copy

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox

from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    window = MainWindow(Document(load_template("hotel")), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def test_menu_order(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Map", "&Help"]


def test_new_duplicate_move_delete_and_undo_all(window, monkeypatch):
    project = window.document.project
    before = copy.deepcopy(project)
    menu = window.map_menu
    menu.new_map()
    assert [m.name for m in project.maps] == ["Hotel stay", "New map"] and window.tabs.currentIndex() == 1
    assert len(project.maps[1].stages) == 5 and window.tabs.tabText(1) == "New map"
    window.tabs.setCurrentIndex(0)
    menu.duplicate()
    assert [m.name for m in project.maps] == ["Hotel stay", "Hotel stay (copy)", "New map"]
    assert window.tabs.currentIndex() == 1 and len(window.scene.cards) == 9
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Hotel, version B", True))
    menu.rename_map()
    assert window.tabs.tabText(1) == "Hotel, version B"
    menu.move_map(1)
    assert [m.name for m in project.maps][1:] == ["New map", "Hotel, version B"] and window.tabs.currentIndex() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    menu.delete_map()
    assert [m.name for m in project.maps] == ["Hotel stay", "New map"]
    assert project.problems() == []
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert project == before and window.tabs.count() == 1


def test_deleting_the_last_map_leaves_an_empty_window(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.map_menu.delete_map()
    assert window.tabs.count() == 0 and window.scene is None
    window.map_menu.rename_map()  # nothing to rename: nothing happens
    window.document.undo_stack.undo()
    assert window.tabs.count() == 1 and len(window.scene.cards) == 9
