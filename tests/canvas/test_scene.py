"""The canvas follows the model and turns real gestures into single undo steps."""

import copy

import numpy as np
import pytest
from gestures import drag, view_point
from PySide6.QtCore import QPointF

from cxdesigner.canvas.layout import Lane, layout_map, value_to_y, y_to_value
from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.canvas.view import JourneyView
from cxdesigner.editor.commands import RemoveItemCommand, SetRatingCommand, UpdateItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Stage


@pytest.fixture
def canvas(qtbot):
    document = Document(load_template("hotel"))
    scene = JourneyScene(document, document.project.maps[0].id)
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(2000, 900)
    view.show()
    qtbot.waitExposed(view)
    return document, scene, view


def test_layout_places_stages_and_touchpoints_in_order():
    jmap = load_template("hotel").maps[0]
    jmap.stages.append(Stage(name="Empty"))
    layout = layout_map(jmap)
    xs = [layout.x_of[t.id] for t in jmap.touchpoints]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    assert [s.stage_id for s in layout.stages] == [s.id for s in jmap.stages]
    assert layout.stages[-1].right - layout.stages[-1].left == layout.metrics.slot_width
    top = value_to_y(layout, jmap, jmap.scale.high)
    assert top < value_to_y(layout, jmap, jmap.scale.low)
    assert y_to_value(layout, jmap, top) == jmap.scale.high
    assert y_to_value(layout, jmap, value_to_y(layout, jmap, 3.4)) == 3
    assert layout.lanes[0] is Lane.TOUCHPOINTS


def test_scene_shows_every_touchpoint_and_a_line_per_persona(canvas):
    document, scene, _ = canvas
    jmap = document.project.maps[0]
    assert list(scene.cards) == [t.id for t in jmap.touchpoints]
    assert set(scene.lines) == set(jmap.persona_ids)
    line = scene.lines[jmap.persona_ids[0]]
    assert len(line.handles) == 9 and not np.isnan(line.curve.yData).any()


def test_unrated_touchpoint_is_a_gap_in_the_curve(canvas):
    document, scene, _ = canvas
    jmap = document.project.maps[0]
    persona = jmap.persona_ids[0]
    document.push(SetRatingCommand(document.project, jmap.id, jmap.touchpoints[4].id, persona, None))
    line = scene.lines[persona]
    assert np.isnan(line.curve.yData[4]) and jmap.touchpoints[4].id not in line.handles
    document.undo_stack.undo()
    assert not np.isnan(line.curve.yData).any() and len(line.handles) == 9


def test_dragging_a_handle_previews_live_then_records_one_step(canvas):
    document, scene, view = canvas
    jmap = document.project.maps[0]
    persona = jmap.persona_ids[0]
    incident = jmap.touchpoints[6]
    before = copy.deepcopy(document.project)
    line = scene.lines[persona]
    handle = line.handles[incident.id]
    start = view_point(view, handle.scenePos())
    target_y = value_to_y(scene.layout, jmap, 4)
    end = view_point(view, QPointF(handle.scenePos().x(), target_y))
    seen = {}

    def midway():
        seen["curve"] = float(line.curve.yData[6])
        seen["model"] = jmap.rating(incident.id, persona).value
        seen["label"] = line.label.text()

    drag(view, start, end, during=midway)
    assert seen["model"] == before.maps[0].rating(incident.id, persona).value  # model untouched mid-drag
    assert seen["curve"] != value_to_y(scene.layout, jmap, before.maps[0].rating(incident.id, persona).value)
    assert seen["label"] in {"2", "3"}
    assert jmap.rating(incident.id, persona).value == 4
    assert document.undo_stack.count() == 1 and document.modified
    assert line.curve.yData[6] == pytest.approx(target_y)
    document.undo_stack.undo()
    assert document.project == before
    assert line.handles[incident.id].pos().y() == pytest.approx(
        value_to_y(scene.layout, jmap, before.maps[0].rating(incident.id, persona).value))


def test_a_drag_that_returns_to_its_start_records_nothing(canvas):
    document, scene, view = canvas
    handle = next(iter(scene.lines.values())).handles[document.project.maps[0].touchpoints[0].id]
    start = view_point(view, handle.scenePos())
    drag(view, start, start + (start - start))
    assert document.undo_stack.count() == 0


def test_dragging_past_the_scale_snaps_to_its_end(canvas):
    document, scene, view = canvas
    jmap = document.project.maps[0]
    persona = jmap.persona_ids[1]
    handle = scene.lines[persona].handles[jmap.touchpoints[0].id]
    start = view_point(view, handle.scenePos())
    drag(view, start, start + QPointF(0, 2000).toPoint())
    assert jmap.rating(jmap.touchpoints[0].id, persona).value == jmap.scale.low


def test_scene_follows_renames_and_deletes(canvas):
    document, scene, _ = canvas
    jmap = document.project.maps[0]
    tp = jmap.touchpoints[2]
    document.push(UpdateItemCommand(document.project, tp.id, title="Checks in"))
    assert scene.cards[tp.id].touchpoint.title == "Checks in"
    document.push(RemoveItemCommand(document.project, tp.id))
    assert tp.id not in scene.cards and len(scene.cards) == 8
    assert all(tp.id not in line.handles for line in scene.lines.values())
    document.undo_stack.undo()
    assert tp.id in scene.cards and all(tp.id in line.handles for line in scene.lines.values())


def test_zoom_steps_and_fit(canvas):
    _, _, view = canvas
    view.zoom_in()
    assert view.zoom == pytest.approx(1.2)
    view.set_zoom(100)
    assert view.zoom == pytest.approx(4.0)
    view.zoom_to_fit()
    assert view.zoom < 1.2
