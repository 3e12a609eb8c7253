"""The satisfaction lines told as a story: drawn up to one touchpoint only, and whole again."""

import math

from cxdesigner.canvas.editing_scene import EditingScene
from cxdesigner.editor.commands import SetValueCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import RATING


def furthest(line) -> float:
    """The x of the furthest point the line shows: a marker, or the end of a joined segment."""
    xs = [h.pos().x() for h in line.handles.values() if h.isVisible()]
    for curve in line.curves:
        xs += [end[0] for _, end in curve.segments]
    return max(xs, default=-math.inf)


def test_lines_stop_at_the_story_point_in_any_order_and_come_back_whole(qapp):
    document = Document(load_template("hotel"))
    jmap = document.project.maps[0]
    scene = EditingScene(document, jmap.id)
    x_of = scene.layout.x_of
    ids = [t.id for t in jmap.touchpoints]
    whole = {p: furthest(line) for p, line in scene.lines.items()}
    assert set(whole.values()) == {x_of[ids[-1]]}
    for index in (0, 5, 1, 8, 4, 4, 0):  # forward, back, jumps: each stop draws exactly up to it
        scene.set_story_end(ids[index])
        for line in scene.lines.values():
            assert furthest(line) == x_of[ids[index]], index
            assert not line.bars.isVisible() and not line.target.isVisible()
            assert not any(h.isVisible() for h in line.handles.values() if h.ghost)
    persona = jmap.persona_ids[0]
    document.push(SetValueCommand(document.project, RATING, jmap.id, ids[6], persona, 2.0))  # a change redraws it cut
    assert furthest(scene.lines[persona]) == x_of[ids[0]]
    scene.set_line_visible(persona, False)
    scene.set_story_end(ids[3])
    assert not any(item.isVisible() for item in scene.lines[persona].items()), "a hidden line came back"
    scene.set_line_visible(persona, True)
    assert furthest(scene.lines[persona]) == x_of[ids[3]]
    scene.set_story_end(None)
    assert {p: furthest(line) for p, line in scene.lines.items()} == whole
    scene.detach()
