"""A map far wider than the window: the keyboard, undo, the overview and a rating drag reach
touchpoints the view has not shown yet, and what was done there is saved."""

from PySide6.QtCore import QPointF

from cxdesigner.canvas.items import TouchpointCard
from cxdesigner.storage import open_project, save_project
from long_map import COUNT, long_map


def in_view(window, touchpoint_id) -> bool:
    """Whether the card's column is in sight (the view may be scrolled down to the lines)."""
    seen = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    card = window.scene.card_rect(touchpoint_id)
    return seen.left() <= card.left() and card.right() <= seen.right()


def built(window) -> int:
    return sum(isinstance(i, TouchpointCard) for i in window.scene.items())


def test_walking_renaming_undoing_and_rating_at_the_far_end_of_a_long_map(editor, tmp_path):
    path = tmp_path / "long.cxd"
    save_project(long_map(), path)
    window, person = editor(path)
    jmap = window.scene.jmap
    first, last = jmap.touchpoints[0], jmap.touchpoints[-1]
    assert built(window) < 60  # a screenful and a margin, not the whole map
    person.click_card("Step 1")
    person.press("Left")  # from the first touchpoint back round to the last, far off screen
    assert window.scene.current_touchpoint() == last.id and in_view(window, last.id)
    person.press("Return")
    person.select_all_and_type("Pays and leaves")
    person.press("Return")
    person.press("Tab")  # on round to the first again: the view goes back to the start
    assert window.scene.current_touchpoint() == first.id and in_view(window, first.id)
    assert built(window) < 60
    person.press("Ctrl+Z")  # the rename undone far away: the view shows where
    assert in_view(window, last.id) and window.scene.cards[last.id].isSelected()
    person.press("Ctrl+Y")
    overview = window.view.overview
    assert overview.rows > 1  # far longer than wide: wrapped into rows, not shrunk to a sliver
    person.click(overview, overview.from_scene(window.scene.card_rect(first.id).center()).toPoint())  # the start
    assert in_view(window, first.id) and not in_view(window, last.id)
    person.click(overview, overview.from_scene(window.scene.card_rect(last.id).center()).toPoint())
    near_end = jmap.touchpoints[-2]  # rated (4); its marker is built now the view is there
    handle = window.scene.lines[jmap.persona_ids[0]].handles[near_end.id]
    start = handle.scenePos()
    person.drag_on_map(start, start + QPointF(0, -window.scene.layout.lane_height["satisfaction"] / 4))
    person.press("Ctrl+S")
    saved = open_project(path).maps[0]
    assert saved.touchpoints[-1].title == "Pays and leaves"
    assert saved.rating(near_end.id, jmap.persona_ids[0]).value > 4.0
    assert built(window) < 60


def test_select_all_and_delete_reach_every_touchpoint_of_a_long_map(editor, tmp_path):
    path = tmp_path / "long.cxd"
    save_project(long_map(), path)
    window, person = editor(path)
    person.click_card("Step 2")
    person.press("Ctrl+A")
    chosen = [i for i in window.scene.selectedItems() if isinstance(i, TouchpointCard)]
    assert len(chosen) == COUNT
    person.press("Delete")  # one step: the map and the panels are drawn again once, not 400 times
    assert window.scene.jmap.touchpoints == [] and built(window) == 0
    person.press("Ctrl+S")
    assert open_project(path).maps[0].touchpoints == []
    person.press("Ctrl+Z")
    back = [i for i in window.scene.selectedItems() if isinstance(i, TouchpointCard)]
    assert len(window.scene.jmap.touchpoints) == COUNT and len(back) == COUNT  # back, and selected as they were
    person.press("Ctrl+S")
    assert [t.title for t in open_project(path).maps[0].touchpoints][-1] == f"Step {COUNT}"
