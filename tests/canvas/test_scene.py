"""The canvas follows the model and turns real gestures into single undo steps."""

import copy

import numpy as np
import pytest
from gestures import drag, view_point
from PySide6.QtCore import QPointF

from cxdesigner.canvas.layout import Lane, layout_map, value_to_y, y_to_value
from cxdesigner.canvas.editing_scene import EditingScene
from cxdesigner.canvas.view import JourneyView
from cxdesigner.editor.commands import RemoveItemCommand, SetValueCommand, UpdateItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import RATING, Stage


@pytest.fixture
def canvas(qtbot):
    document = Document(load_template("hotel"))
    scene = EditingScene(document, document.project.maps[0].id)
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
    assert len(line.handles) == 9 and not np.isnan(line.ys).any()


def test_unrated_touchpoint_is_a_gap_in_the_curve(canvas):
    document, scene, _ = canvas
    jmap = document.project.maps[0]
    persona = jmap.persona_ids[0]
    document.push(SetValueCommand(document.project, RATING, jmap.id, jmap.touchpoints[4].id, persona, None))
    line = scene.lines[persona]
    ghost = line.handles[jmap.touchpoints[4].id]  # no dot on the line: a ghost to drag in the middle of the scale
    assert np.isnan(line.ys[4]) and ghost.ghost and ghost.pos().y() == value_to_y(scene.layout, jmap, jmap.scale.neutral)
    document.undo_stack.undo()
    assert not np.isnan(line.ys).any() and len(line.handles) == 9
    assert not any(handle.ghost for handle in line.handles.values())


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
        seen["curve"] = float(line.ys[6])
        seen["model"] = jmap.rating(incident.id, persona).value
        seen["label"] = line.label.text()

    drag(view, start, end, during=midway)
    assert seen["model"] == before.maps[0].rating(incident.id, persona).value  # model untouched mid-drag
    assert seen["curve"] != value_to_y(scene.layout, jmap, before.maps[0].rating(incident.id, persona).value)
    assert seen["label"] in {"2", "3"}
    assert jmap.rating(incident.id, persona).value == 4
    assert document.undo_stack.count() == 1 and document.modified
    assert line.ys[6] == pytest.approx(target_y)
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


def card_point(view, card):
    return view_point(view, card.scenePos() + QPointF(0, card.height / 2))


def test_dragging_a_card_sideways_reorders_in_one_step(canvas, qtbot):
    document, scene, view = canvas
    jmap = document.project.maps[0]
    before = copy.deepcopy(document.project)
    restaurant, pool = jmap.touchpoints[4], jmap.touchpoints[5]
    card = scene.cards[restaurant.id]
    old_x = scene.layout.x_of[restaurant.id]
    start = card_point(view, card)
    end = card_point(view, scene.cards[pool.id]) + QPointF(30, 0).toPoint()
    seen = {}
    drag(view, start, end, during=lambda: seen.update(x=scene.target_x(scene.cards[pool.id])), during_step=7)
    assert seen["x"] == pytest.approx(old_x)  # before the drop, the neighbour slides into the gap
    assert [t.title for t in jmap.touchpoints][4:6] == [pool.title, restaurant.title]
    assert document.undo_stack.count() == 1 and document.undo_stack.undoText() == "Move touchpoint"
    qtbot.waitUntil(lambda: scene.cards[restaurant.id].pos().x() == scene.layout.x_of[restaurant.id])
    assert scene.lines[jmap.persona_ids[0]].handles[restaurant.id].pos().x() == scene.layout.x_of[restaurant.id]
    document.undo_stack.undo()
    assert document.project == before


def test_dragging_a_card_into_another_stage_changes_its_stage(canvas):
    document, scene, view = canvas
    jmap = document.project.maps[0]
    website, departure = jmap.touchpoints[0], jmap.stages[3]
    span = next(s for s in scene.layout.stages if s.stage_id == departure.id)
    card = scene.cards[website.id]
    start = card_point(view, card)
    end = view_point(view, QPointF(span.right - 10, card.scenePos().y() + card.height / 2))
    drag(view, start, end)
    assert website.stage_id == departure.id
    assert jmap.touchpoints.index(website) == 7
    assert document.project.problems() == []
    document.undo_stack.undo()
    assert jmap.touchpoints[0] is website and website.stage_id == jmap.stages[0].id


def test_dragging_a_selection_moves_every_selected_card_in_one_step(canvas):
    document, scene, view = canvas
    jmap = document.project.maps[0]
    before = copy.deepcopy(document.project)
    first, second, departure = jmap.touchpoints[0], jmap.touchpoints[2], jmap.stages[3]
    scene.cards[first.id].setSelected(True)
    scene.cards[second.id].setSelected(True)
    span = next(s for s in scene.layout.stages if s.stage_id == departure.id)
    card = scene.cards[first.id]
    end = view_point(view, QPointF(span.right - 10, card.scenePos().y() + card.height / 2))
    drag(view, card_point(view, card), end)
    assert [t.id for t in jmap.touchpoints][6:8] == [first.id, second.id]  # together, at the end of the stage
    assert first.stage_id == second.stage_id == departure.id
    assert document.project.problems() == []
    assert document.undo_stack.count() == 1 and document.undo_stack.undoText() == "Move 2 touchpoints"
    assert scene.cards[first.id].isSelected() and scene.cards[second.id].isSelected()
    document.undo_stack.undo()
    assert document.project == before


def test_a_short_wiggle_selects_but_does_not_move(canvas):
    document, scene, view = canvas
    card = scene.cards[document.project.maps[0].touchpoints[2].id]
    start = card_point(view, card)
    drag(view, start, start + QPointF(2, 0).toPoint())
    assert card.isSelected() and document.undo_stack.count() == 0


def test_drop_target_keeps_the_index_inside_the_chosen_stage():
    from cxdesigner.canvas.layout import drop_target
    jmap = load_template("hotel").maps[0]
    layout = layout_map(jmap)
    for span in layout.stages:
        for x in (span.left + 1, (span.left + span.right) / 2, span.right - 1):
            index, stage_id = drop_target(layout, jmap, x, [jmap.touchpoints[3].id])
            assert stage_id == span.stage_id
            others = [t for t in jmap.touchpoints if t.id != jmap.touchpoints[3].id]
            order = [jmap.stage_index(t.stage_id) for t in others]
            order.insert(index, jmap.stage_index(stage_id))
            assert order == sorted(order)


def drop_from_palette(view, point, channel_id=""):
    """Send the drag-enter, drag-move and drop events a real palette drag delivers."""
    from PySide6.QtCore import QMimeData, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from cxdesigner.canvas.editing_scene import PALETTE_MIME
    data = QMimeData()
    data.setData(PALETTE_MIME, channel_id.encode())
    action, buttons, keys = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for kind in (QDragEnterEvent, QDragMoveEvent):
        event = kind(point, action, data, buttons, keys)
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()
    drop = QDropEvent(QPointF(point), action, data, buttons, keys)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def test_dropping_a_palette_entry_inserts_a_touchpoint_where_dropped(canvas):
    document, scene, view = canvas
    jmap = document.project.maps[0]
    before = copy.deepcopy(document.project)
    restaurant, pool = jmap.touchpoints[4], jmap.touchpoints[5]
    between = (scene.layout.x_of[restaurant.id] + scene.layout.x_of[pool.id]) / 2
    phone = next(c for c in document.project.channels if "Telephone" in c.name)
    assert drop_from_palette(view, view_point(view, QPointF(between, 150)), phone.id)
    new = jmap.touchpoints[5]
    assert new.title == "New touchpoint" and new.channel_id == phone.id and new.stage_id == restaurant.stage_id
    assert scene.cards[new.id].isSelected() and document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.project == before and new.id not in scene.cards


def test_dropping_on_an_empty_stage_fills_it(canvas):
    document, scene, view = canvas
    jmap = document.project.maps[0]
    empty = Stage(name="Referral")
    from cxdesigner.editor.commands import AddItemCommand
    document.push(AddItemCommand(document.project, empty, map_id=jmap.id))
    span = scene.layout.stages[-1]
    assert drop_from_palette(view, view_point(view, QPointF((span.left + span.right) / 2, 150)))
    assert jmap.touchpoints[-1].stage_id == empty.id and jmap.touchpoints[-1].channel_id is None


def key(view, name, modifiers=None):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    QTest.keyClick(view, getattr(Qt.Key, f"Key_{name}"), modifiers or Qt.KeyboardModifier.NoModifier)


def test_keyboard_walks_moves_and_rates(canvas, qtbot):
    from PySide6.QtCore import Qt
    document, scene, view = canvas
    jmap = document.project.maps[0]
    view.setFocus()
    key(view, "Tab")
    assert scene.current_touchpoint() == jmap.touchpoints[0].id
    key(view, "Right")
    key(view, "Right")
    room = jmap.touchpoints[2]
    assert scene.current_touchpoint() == room.id
    persona = jmap.persona_ids[0]
    start = jmap.rating(room.id, persona).value
    key(view, "Up")
    key(view, "Up")
    assert jmap.rating(room.id, persona).value == min(start + 2, jmap.scale.high)
    assert document.undo_stack.count() == 1  # nudges merge
    key(view, "Left", Qt.KeyboardModifier.ControlModifier)
    assert jmap.touchpoints[1] is room and scene.current_touchpoint() == room.id
    assert room.stage_id == jmap.stages[1].id  # crossed into Booking
    key(view, "Left")
    key(view, "Left")
    assert scene.current_touchpoint() == jmap.touchpoints[-1].id  # wraps around


def test_double_click_edits_the_title_in_place(canvas, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from cxdesigner.canvas.title_editor import TitleEditor
    document, scene, view = canvas
    tp = document.project.maps[0].touchpoints[1]
    point = card_point(view, scene.cards[tp.id])
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editors = [i for i in scene.items() if isinstance(i, TitleEditor)]
    assert len(editors) == 1 and editors[0].field.text() == tp.title
    field = editors[0].field
    field.setText("Books online")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert tp.title == "Books online" and document.undo_stack.undoText() == "Rename touchpoint"
    assert not [i for i in scene.items() if isinstance(i, TitleEditor)]
    scene.edit_title(tp.id)
    field = [i for i in scene.items() if isinstance(i, TitleEditor)][0].field
    field.setText("Ignored")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert tp.title == "Books online" and document.undo_stack.count() == 1
    scene.edit_title(tp.id)
    field = [i for i in scene.items() if isinstance(i, TitleEditor)][0].field
    field.setText(" ")
    refusals = []
    scene.document.refused.connect(refusals.append)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert refusals == ["A touchpoint needs a title."] and tp.title == "Books online"


def test_card_menu_rates_clears_and_deletes(canvas):
    document, scene, _ = canvas
    jmap = document.project.maps[0]
    tp, persona = jmap.touchpoints[0], jmap.persona_ids[0]
    actions = {a.text(): a for a in scene.card_actions(tp.id)}
    assert list(actions)[:2] == ["Rename", "Delete"]
    actions["Clear rating of Claire (business traveller)"].trigger()
    assert jmap.rating(tp.id, persona) is None and scene.lines[persona].handles[tp.id].ghost
    actions = {a.text(): a for a in scene.card_actions(tp.id)}
    actions["Rate for Claire (business traveller)"].trigger()
    assert jmap.rating(tp.id, persona).value == 3 and not scene.lines[persona].handles[tp.id].ghost
    actions["Delete"].trigger()
    assert tp not in jmap.touchpoints and document.undo_stack.count() == 3


def test_every_lane_shows_its_content_and_goal_bars_do_not_overlap(qtbot):
    from cxdesigner.canvas.cells import TextCell
    from cxdesigner.canvas.chips import GoalBar
    from cxdesigner.model import Lane
    project = load_template("hotel")
    jmap = project.maps[0]
    jmap.lanes = list(Lane)
    scene = EditingScene(Document(project), jmap.id)
    layout = scene.layout
    cells = [i for i in scene.items() if isinstance(i, TextCell)]
    assert len(cells) == 3 * len(jmap.touchpoints)  # every touchpoint has all three texts
    bars = [i for i in scene.items() if isinstance(i, GoalBar)]
    assert len(bars) == 2 * len(jmap.goals)  # in the goals lane, and in each persona's row
    for a in bars:
        for b in bars:
            if a is not b and a.pos().y() == b.pos().y():
                assert a.pos().x() + a.width <= b.pos().x() or b.pos().x() + b.width <= a.pos().x()
    top, height = layout.lane_top[Lane.GOALS], layout.lane_height[Lane.GOALS]
    assert sum(top <= b.pos().y() and b.pos().y() + b.height <= top + height for b in bars) == len(jmap.goals)
    scene.detach()


def test_sticky_note_drags_in_one_step_and_takes_text(canvas, qtbot):
    from cxdesigner.canvas.sticky_note import StickyNote
    document, scene, view = canvas
    jmap = document.project.maps[0]
    note = jmap.notes[0]
    sticky = next(i for i in scene.items() if isinstance(i, StickyNote))
    home = sticky.scenePos()
    start = view_point(view, home + QPointF(20, 20))
    drag(view, start, start + QPointF(120, 40).toPoint())
    assert (note.x, note.y) == pytest.approx((home.x() + 120, home.y() + 40), abs=2)
    assert document.undo_stack.count() == 1 and document.undo_stack.undoText() == "Move note"
    sticky = next(i for i in scene.items() if isinstance(i, StickyNote))
    sticky.text.setPlainText("Ask the night staff about the lift")
    sticky.text_edited(sticky.text.toPlainText())
    assert note.text == "Ask the night staff about the lift" and document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert (note.x, note.y) == (174, 800)


def test_shift_click_selects_a_range_and_ctrl_click_adds_one(canvas):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    document, scene, view = canvas
    tps = document.project.maps[0].touchpoints
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card_point(view, scene.cards[tps[1].id]))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     card_point(view, scene.cards[tps[4].id]))
    assert [t.id for t in tps if scene.cards[t.id].isSelected()] == [t.id for t in tps[1:5]]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     card_point(view, scene.cards[tps[7].id]))
    assert scene.cards[tps[7].id].isSelected() and len(scene.selectedItems()) == 5


def test_overview_shows_the_whole_map_and_moves_the_view(canvas):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    _, scene, view = canvas
    view.resize(900, 600)
    overview = view.overview
    assert overview.isVisible() and not overview.picture.isNull()
    rect = scene.sceneRect()
    fits = 1e-9  # a scale taken as a quotient may miss by a rounding
    assert rect.width() * overview.scale <= overview.width() + fits and rect.height() * overview.scale <= overview.height() + fits
    before = view.horizontalScrollBar().value()
    right_side = overview.offset + QPointF(rect.width() * overview.scale * 0.9, rect.height() * overview.scale / 2)
    QTest.mouseClick(overview, Qt.MouseButton.LeftButton, pos=right_side.toPoint())
    assert view.horizontalScrollBar().value() > before
    assert overview.visible_area().center().x() > scene.sceneRect().center().x()


def test_the_line_shows_how_sure_each_point_is(canvas):
    import dataclasses

    from PySide6.QtGui import QColor

    from cxdesigner.model import Evidence
    document, scene, _ = canvas
    jmap = document.project.maps[0]
    persona = jmap.persona_ids[0]
    for touchpoint in jmap.touchpoints[:2]:
        rating = jmap.rating(touchpoint.id, persona)
        document.project.set_value(RATING, jmap.id, dataclasses.replace(
            rating, evidence=Evidence.SURVEY, n=42, spread=0.9, interval_low=rating.value - 0.3,
            interval_high=rating.value + 0.3))
    for touchpoint in jmap.touchpoints[2:]:
        rating = jmap.rating(touchpoint.id, persona)
        document.project.set_value(RATING, jmap.id, dataclasses.replace(rating, evidence=Evidence.ASSUMPTION))
    line = scene.lines[persona]
    first, third = (line.handles[t.id] for t in (jmap.touchpoints[0], jmap.touchpoints[2]))
    assert first.brush().color() == QColor(line.color) and third.brush().color() == QColor("white")
    assert "survey" in first.toolTip() and "n = 42" in first.toolTip() and "assumed" in third.toolTip()
    assert not line.bars.path().isEmpty()
    tops = [line.to_y(line.value_of(t.id) + 0.3) for t in jmap.touchpoints[:2]]
    bottoms = [line.to_y(line.value_of(t.id) - 0.3) for t in jmap.touchpoints[:2]]
    bars = line.bars.path().boundingRect()
    assert (bars.top(), bars.bottom()) == pytest.approx((min(tops), max(bottoms)), abs=0.01)
    solid, dashed = line.curves[0], line.curves[1]
    xs = [scene.layout.x_of[t.id] for t in jmap.touchpoints[:4]]
    starts = [start[0] for start, _ in solid.segments]
    assert xs[0] in starts and xs[1] not in starts and xs[2] not in starts  # only the measured pair is solid
    assert [start[0] for start, _ in dashed.segments][:2] == xs[1:3]


def test_gaps_between_channels_and_departments_are_marked(canvas):
    from cxdesigner.analysis.gaps import gaps
    from cxdesigner.canvas.seams import SeamMarker
    document, scene, _ = canvas
    jmap = document.project.maps[0]
    markers = [i for i in scene.items() if isinstance(i, SeamMarker)]
    expected = gaps(jmap)
    assert len(markers) == len(expected) > 0
    first = min(markers, key=lambda m: m.pos().x())
    gap = expected[0]
    assert first.pos().x() == pytest.approx((scene.layout.x_of[gap.before_id] + scene.layout.x_of[gap.after_id]) / 2)
    assert "Gap" in first.toolTip() and "→" in first.toolTip()
    scene.set_seams_visible(False)
    assert not [i for i in scene.items() if isinstance(i, SeamMarker)]
