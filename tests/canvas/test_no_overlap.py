"""With every lane on, nothing on the map is drawn over anything else, and no note over a lane."""

import itertools

import pytest
from PySide6.QtCore import QRectF

from cxdesigner.canvas.cells import Cell
from cxdesigner.canvas.chips import Chip, GoalBar
from cxdesigner.canvas.items import TouchpointCard
from cxdesigner.canvas.persona_lane import ProfileCard
from cxdesigner.canvas.editing_scene import EditingScene
from cxdesigner.canvas.sticky_note import StickyNote
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template, template_names
from cxdesigner.model import Lane, Note, PainPoint

CONTENT = (TouchpointCard, Chip, GoalBar, Cell, ProfileCard, StickyNote)
TOUCHING = 0.5  # edges that meet are not an overlap


def _every_lane_on(name: str):
    project = load_template(name)
    jmap = project.maps[0]
    jmap.lanes = list(Lane) + [lane.id for lane in jmap.custom_lanes]
    return project, jmap


def _overlap(a: QRectF, b: QRectF) -> bool:
    common = a.intersected(b)
    return common.width() > TOUCHING and common.height() > TOUCHING


@pytest.mark.parametrize("name", template_names())
def test_no_two_content_items_overlap(qtbot, name):
    project, jmap = _every_lane_on(name)
    scene = EditingScene(Document(project), jmap.id)
    items = [item for item in scene.items() if isinstance(item, CONTENT) and item.isVisible()]
    assert sum(isinstance(item, TouchpointCard) for item in items) == len(jmap.touchpoints)
    rects = [(item, item.sceneBoundingRect()) for item in items]
    clashes = [(type(a).__name__, type(b).__name__, ra, rb)
               for (a, ra), (b, rb) in itertools.combinations(rects, 2) if _overlap(ra, rb)]
    scene.detach()
    assert clashes == []


@pytest.mark.parametrize("name", template_names())
def test_notes_stay_off_the_lanes_when_lanes_grow(qtbot, name):
    project, jmap = _every_lane_on(name)
    if not jmap.notes:
        jmap.notes.append(Note(text="Ask the night team about the lift", x=300, y=100))
    # a long pain point makes its lane grow under the note's old place
    long = " ".join(["The lift to the third floor was out of order again"] * 6)
    if jmap.pain_points:
        jmap.pain_points[0].text = long
    elif jmap.touchpoints:
        jmap.pain_points.append(PainPoint(text=long, touchpoint_ids=[jmap.touchpoints[0].id]))
    scene = EditingScene(Document(project), jmap.id)
    layout = scene.layout
    notes = [item for item in scene.items() if isinstance(item, StickyNote)]
    assert len(notes) == len(jmap.notes)
    for note in notes:
        for lane in layout.lanes:
            band = QRectF(*layout.lane_rect(lane))
            assert not _overlap(note.sceneBoundingRect(), band), (lane, note.sceneBoundingRect(), band)
    scene.detach()
