"""The inspector edits every field of a touchpoint through the undo stack."""

import copy

import pytest

from cxdesigner.editor.commands import UpdateItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.ui.inspector import Inspector


@pytest.fixture
def inspector(qtbot):
    document = Document(load_template("hotel"))
    inspector = Inspector()
    qtbot.addWidget(inspector)
    inspector.follow(document, document.project.maps[0].id)
    inspector.show()
    tp = document.project.maps[0].touchpoints[6]
    inspector.show_item(tp.id)
    return inspector, document, tp


def test_shows_the_touchpoint(inspector):
    view, document, tp = inspector
    assert view.title.text() == tp.title and view.stage.currentData() == tp.stage_id
    assert view.channel.currentData() == tp.channel_id and view.texts["thoughts"].toPlainText() == tp.thoughts
    assert len(view.ratings.rows) == 2


def test_title_edit_is_one_undo_step_and_empty_is_refused(inspector, qtbot):
    view, document, tp = inspector
    view.title.setText("Calls reception at night")
    view.title.editingFinished.emit()
    assert tp.title == "Calls reception at night" and document.undo_stack.count() == 1
    refusals = []
    view.document.refused.connect(refusals.append)
    view.title.setText("   ")
    view.title.editingFinished.emit()
    assert refusals == ["A touchpoint needs a title."] and view.title.text() == "Calls reception at night"
    document.undo_stack.undo()
    assert view.title.text() == "Reports a problem in the room"


def test_channel_department_and_text_fields(inspector):
    view, document, tp = inspector
    view.channel.setCurrentIndex(0)
    view.channel.activated.emit(0)
    assert tp.channel_id is None
    view.texts["feelings"].setPlainText("Tired and cross")
    view.texts["feelings"].committed.emit("Tired and cross")
    assert tp.feelings == "Tired and cross" and document.undo_stack.count() == 2


def test_choosing_another_stage_moves_to_its_end(inspector):
    view, document, tp = inspector
    jmap = document.project.maps[0]
    before = copy.deepcopy(document.project)
    view.stage.setCurrentIndex(3)
    view.stage.activated.emit(3)
    assert tp.stage_id == jmap.stages[3].id and jmap.touchpoints.index(tp) == 7
    assert document.project.problems() == []
    document.undo_stack.undo()
    assert document.project == before


def test_rating_spin_steps_merge_and_can_clear(inspector):
    view, document, tp = inspector
    jmap = document.project.maps[0]
    persona = jmap.persona_ids[0]
    spin, _, _ = view.ratings.rows[persona]
    spin.stepUp()
    spin.stepUp()
    assert jmap.rating(tp.id, persona).value == 3 and document.undo_stack.count() == 1
    spin.setValue(spin.minimum())
    assert jmap.rating(tp.id, persona) is None
    assert "not rated" in spin.text()


def test_a_target_is_set_and_cleared_as_undo_steps_and_drawn_fainter(inspector, qtbot):
    from cxdesigner.canvas.editing_scene import EditingScene
    view, document, tp = inspector
    jmap = document.project.maps[0]
    persona = jmap.persona_ids[0]
    scene = EditingScene(document, jmap.id)
    _, _, target = view.ratings.rows[persona]
    assert "no target" in target.text()
    target.setValue(5)
    assert jmap.targets[(tp.id, persona)].value == 5 and document.undo_stack.undoText() == "Set target"
    line = scene.lines[persona]
    assert not line.target.path().isEmpty() and line.target.pen().color().alpha() < 128
    target.setValue(target.minimum())
    assert (tp.id, persona) not in jmap.targets and line.target.path().isEmpty()
    document.undo_stack.undo()
    assert jmap.targets[(tp.id, persona)].value == 5 and target.value() == 5
    scene.detach()


def test_follows_changes_made_elsewhere_and_deletion(inspector):
    view, document, tp = inspector
    document.push(UpdateItemCommand(document.project, tp.id, device="tablet"))
    assert view.device.text() == "tablet"
    from cxdesigner.editor.commands import RemoveItemCommand
    document.push(RemoveItemCommand(document.project, tp.id))
    assert view.touchpoint is None and view.hint.isVisibleTo(view)
