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
    # Whatever the test left unsaved, closing the window after it asks nothing.
    qtbot.addWidget(window, before_close_func=lambda w: w.document and w.document.undo_stack.setClean())
    return window


def test_menu_order(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Insert", "&Map", "&Help"]


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


def test_lanes_dialog_chooses_and_orders_lanes(window, monkeypatch):
    from PySide6.QtCore import Qt

    from cxdesigner.model import Lane
    from cxdesigner.ui.lanes_dialog import LanesDialog
    jmap = window.document.project.maps[0]
    dialog = LanesDialog(jmap)
    assert [dialog.list.item(i).text() for i in range(4)] == ["Touchpoints", "Personas", "Storyboard", "Satisfaction"]
    feels = next(dialog.list.item(i) for i in range(dialog.list.count()) if dialog.list.item(i).text() == "Feels")
    feels.setCheckState(Qt.CheckState.Checked)
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    board, mood = (lane.id for lane in jmap.custom_lanes)
    assert dialog.lanes() == [Lane.TOUCHPOINTS, board, Lane.SATISFACTION, mood, Lane.PAIN_POINTS,
                              Lane.POSITIVE_MOMENTS, Lane.ACTIONS, Lane.FEELINGS]
    monkeypatch.setattr(LanesDialog, "exec", lambda self: LanesDialog.DialogCode.Accepted)
    monkeypatch.setattr(LanesDialog, "lanes", lambda self: [Lane.TOUCHPOINTS, Lane.FEELINGS, Lane.GOALS])
    window.map_menu.choose_lanes()
    assert jmap.lanes == [Lane.TOUCHPOINTS, Lane.FEELINGS, Lane.GOALS]
    assert window.scene.layout.lanes == jmap.lanes and window.scene.lines == {}
    window.document.undo_stack.undo()
    assert Lane.SATISFACTION in window.scene.layout.lanes and len(window.scene.lines) == 2


def test_space_by_time_spreads_the_waits(window):
    from datetime import datetime, timedelta

    from cxdesigner.editor.commands import UpdateItemCommand
    project = window.document.project
    jmap = project.maps[0]
    start = datetime(2026, 5, 1, 9)
    for hours, touchpoint in zip((0, 1, 2, 50, 51, 52, 53, 54, 100), jmap.touchpoints):
        window.document.push(UpdateItemCommand(project, touchpoint.id, starts_at=start + timedelta(hours=hours)))
    equal = dict(window.scene.layout.x_of)
    window.map_menu.set_spacing(True)
    spread = window.scene.layout.x_of
    ids = [t.id for t in jmap.touchpoints]
    gaps = [spread[b] - spread[a] for a, b in zip(ids, ids[1:])]
    assert sorted(gaps)[-2:] == sorted([gaps[2], gaps[-1]]) and gaps[2] > 4 * gaps[0]  # the long waits stand out  # the two-day wait and the last one stand out
    assert min(gaps) >= equal[ids[1]] - equal[ids[0]]  # never closer than cards allow
    window.document.undo_stack.undo()
    assert window.scene.layout.x_of == equal


def test_insert_menu_adds_each_kind(window):
    from cxdesigner.model import Action, Goal, PainPoint, PositiveMoment
    project = window.document.project
    jmap = project.maps[0]
    counts = lambda: (len(jmap.touchpoints), len(jmap.stages), len(project.personas), len(jmap.goals),  # noqa: E731
                      len(jmap.pain_points), len(jmap.positive_moments), len(jmap.actions))
    before = counts()
    window.scene.select_touchpoint(jmap.touchpoints[2].id)
    menu = window.insert_menu
    menu.touchpoint()
    assert jmap.touchpoints[3].title == "New touchpoint" and jmap.touchpoints[3].stage_id == jmap.touchpoints[2].stage_id
    window.scene.select_touchpoint(jmap.touchpoints[0].id)
    menu.stage()
    assert jmap.stages[1].name == "New stage"
    for action in menu.actions():
        if action.text() in ("&Persona", "&Goal", "Pain P&oint", "Positive &Moment", "&Action"):
            action.trigger()
    assert counts() == tuple(n + 1 for n in before)
    assert window.panels.annotations.currentWidget() is window.panels.annotations.editors[Action]
    assert {Goal, PainPoint, PositiveMoment} <= set(window.panels.annotations.editors)


def test_import_mermaid_adds_a_map_reusing_personas_by_name(window, tmp_path, monkeypatch):
    project = window.document.project
    source = tmp_path / "checkout.mmd"
    source.write_text("journey\n  title Checkout\n  section Cart\n    Reviews the cart: 4: Claire (business traveller), Ana\n"
                      "  section Pay\n    Pays: 2: Ana\n", encoding="utf-8")
    window.map_menu.import_mermaid(str(source))
    jmap = project.maps[-1]
    assert jmap.name == "Checkout" and [t.title for t in jmap.touchpoints] == ["Reviews the cart", "Pays"]
    assert [p.name for p in project.personas] == ["Claire (business traveller)", "The Morenos (family holiday)", "Ana"]
    claire = project.personas[0].id
    assert jmap.rating(jmap.touchpoints[0].id, claire).value == 4 and project.problems() == []
    assert window.tabs.currentIndex() == len(project.maps) - 1
    window.document.undo_stack.undo()
    assert len(project.maps) == 1 and len(project.personas) == 2
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    source.write_text("journey\n  section A\n    Task: seven: Me\n", encoding="utf-8")
    window.map_menu.import_mermaid(str(source))
    assert warned and warned[0].startswith("checkout.mmd: Line 3") and len(project.maps) == 1
