"""Map settings: name, description and scale in one undo step, with a preview of the conversion."""

import copy

from cxdesigner.canvas.style import short_number
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.ui.map_settings import MapSettingsDialog


def test_scale_change_previews_then_converts_in_one_step(qtbot):
    document = Document(load_template("hotel"))
    project = document.project
    jmap = project.maps[0]
    before = copy.deepcopy(project)
    dialog = MapSettingsDialog(project, jmap)
    qtbot.addWidget(dialog)
    dialog.high.setValue(10)
    first = next(iter(jmap.ratings.values()))
    assert dialog.preview.item(0, 1).text() == f"{first.value:g}"
    assert dialog.preview.item(0, 2).text() == short_number(jmap.scale.convert(first.value, dialog.new_scale()))
    dialog.name.setText("Hotel stay, 2026")
    document.push(dialog.command())
    assert jmap.name == "Hotel stay, 2026" and jmap.scale.high == 10
    assert jmap.rating(first.touchpoint_id, first.persona_id).value == before.maps[0].scale.convert(first.value, jmap.scale)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert project == before


def test_impossible_scale_is_explained_and_blocks_ok(qtbot):
    document = Document(load_template("hotel"))
    dialog = MapSettingsDialog(document.project, document.project.maps[0])
    qtbot.addWidget(dialog)
    dialog.low.setValue(8)
    assert dialog.problem.text() == "The scale's low end must be below its high end."
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.low.setValue(1)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.command() is None  # nothing changed
