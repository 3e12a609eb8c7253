"""Defects found in review, each pinned by a test."""

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtTest import QTest

from cxdesigner.editor.commands import SetValueCommand, UpdateItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import RATING, Evidence, Lane, Rating, SatisfactionScale
from cxdesigner.storage import open_project


@pytest.fixture
def window(qtbot, tmp_path):
    from cxdesigner.ui.main_window import MainWindow
    window = MainWindow(Document(load_template("hotel")), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window, before_close_func=lambda w: w.document and w.document.undo_stack.setClean())
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_text_still_being_typed_is_saved(window, tmp_path):
    panel = window.panels.personas
    window.panels.dock_of(panel).raise_()
    box = panel.texts["quote"]
    box.setFocus()
    assert box.hasFocus()
    box.setPlainText("Quiet, please.")
    window.files.commit_pending_edits()
    assert window.document.modified
    window.document.save(tmp_path / "typed.cxd")
    assert open_project(tmp_path / "typed.cxd").personas[0].quote == "Quiet, please."


def test_changing_evidence_keeps_a_measured_value(window):
    project = window.document.project
    jmap = project.maps[0]
    tp, persona = jmap.touchpoints[6], jmap.persona_ids[0]
    window.document.push(SetValueCommand(project, RATING, jmap.id, tp.id, persona, 3.7, evidence=Evidence.SURVEY, n=120,
                                         spread=0.9, interval_low=3.5, interval_high=3.9))
    inspector = window.panels.inspector
    inspector.show_item(tp.id)
    _, evidence, _ = inspector.ratings.rows[persona]
    evidence.setCurrentIndex(list(Evidence).index(Evidence.ANALYTICS))
    evidence.activated.emit(evidence.currentIndex())
    assert jmap.rating(tp.id, persona) == Rating(touchpoint_id=tp.id, persona_id=persona, value=3.7,
                                                 evidence=Evidence.ANALYTICS, n=120, spread=0.9,
                                                 interval_low=3.5, interval_high=3.9)


def test_keys_typed_in_a_title_editor_stay_there(window):
    scene, jmap = window.scene, window.document.project.maps[0]
    tp = jmap.touchpoints[2]
    rating = jmap.rating(tp.id, jmap.persona_ids[0]).value
    scene.select_touchpoint(tp.id)
    scene.edit_title(tp.id)
    field = scene.focusItem().widget()
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Right):
        QTest.keyClick(field, key)
    assert jmap.rating(tp.id, jmap.persona_ids[0]).value == rating and window.document.undo_stack.count() == 0


def test_map_settings_leave_an_unusual_scale_alone(qtbot):
    from cxdesigner.ui.map_settings import MapSettingsDialog
    project = load_template("hotel")
    jmap = project.maps[0]
    project.set_scale(jmap.id, SatisfactionScale(low=0, high=1000, step=50), convert=True)
    dialog = MapSettingsDialog(project, jmap)
    qtbot.addWidget(dialog)
    dialog.name.setText("Renamed")
    command = dialog.command()
    assert [type(c).__name__ for c in command.commands] == ["UpdateItemCommand"]


def test_notes_dragged_together_land_together(window):
    from cxdesigner.canvas.sticky_note import StickyNote
    from cxdesigner.model import Note
    from cxdesigner.editor.commands import AddItemCommand
    project, jmap = window.document.project, window.document.project.maps[0]
    window.document.push(AddItemCommand(project, Note(text="B", x=600, y=800), map_id=jmap.id))
    scene, view = window.scene, window.view
    notes = [i for i in scene.items() if isinstance(i, StickyNote)]
    homes = sorted(note.home.y() for note in notes)  # under the lanes, where the layout put them
    for note in notes:
        note.setSelected(True)
    view.ensureVisible(notes[0], 10, 10)
    start = view.mapFromScene(notes[0].scenePos() + QPointF(20, 20))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    from gestures import move
    move(view, start + QPointF(0, 60).toPoint())
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPointF(0, 60).toPoint())
    assert sorted(n.y for n in jmap.notes) == [y + 60 for y in homes]
    assert window.document.undo_stack.count() == 2  # the add, then one move


def test_deleting_a_card_with_its_own_chip_selected_works(window):
    from cxdesigner.canvas.chips import Chip as NoteChip
    scene, jmap = window.scene, window.document.project.maps[0]
    room = jmap.touchpoints[3]
    chip = next(i for i in scene.items() if isinstance(i, NoteChip)
                and any(m.id == i.item_id and m.touchpoint_id == room.id for m in jmap.positive_moments))
    chip.setSelected(True)
    scene.cards[room.id].setSelected(True)
    window.delete_selection()
    assert room not in jmap.touchpoints and window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert room in jmap.touchpoints and window.document.project.problems() == []


def test_lanes_and_inspector_follow_edits(window):
    from cxdesigner.canvas.cells import TextCell
    project, jmap = window.document.project, window.document.project.maps[0]
    window.document.push(UpdateItemCommand(project, jmap.id, lanes=[Lane.TOUCHPOINTS, Lane.THOUGHTS]))
    window.document.push(UpdateItemCommand(project, jmap.touchpoints[0].id, thoughts="Is there parking?"))
    assert any(isinstance(i, TextCell) and i.text == "Is there parking?" for i in window.scene.items())
    window.panels.inspector.show_item(jmap.touchpoints[0].id)
    window.document.push(UpdateItemCommand(project, project.personas[0].id, name="Claire"))
    labels = window.panels.inspector.ratings.findChildren(type(window.panels.inspector.hint))
    assert "Claire" in [label.text() for label in labels]


def test_absurd_values_get_plain_refusals():
    from cxdesigner.interchange.json_form import JsonFormError, loads
    project = load_template("hotel")
    jmap = project.maps[0]
    with pytest.raises(ValueError, match="sample size"):
        project.set_value(RATING, jmap.id, Rating(touchpoint_id=jmap.touchpoints[0].id, persona_id=jmap.persona_ids[0],
                                           value=3, n=10**20))
    with pytest.raises(JsonFormError, match="nested too deeply"):
        loads("[" * 100_000 + "]" * 100_000)
