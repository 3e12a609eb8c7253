"""The scene that only draws: a project and its events, no document, no gestures."""

from PySide6.QtCore import Qt

from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.canvas.sticky_note import StickyNote
from cxdesigner.editor.commands import UpdateItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Note


def test_a_still_picture_needs_no_document_and_takes_no_gesture(qtbot):
    project = load_template("hotel")
    jmap = project.maps[0]
    project.add(Note(text="Remember", x=40, y=40), map_id=jmap.id)
    scene = JourneyScene(project, jmap.id)
    assert not hasattr(scene, "document") and not scene.editable
    assert set(scene.cards) == {t.id for t in jmap.touchpoints}
    handles = [h for line in scene.lines.values() for h in line.handles.values()]
    assert handles and all(h.acceptedMouseButtons() == Qt.MouseButton.NoButton for h in handles)
    note = next(i for i in scene.items() if isinstance(i, StickyNote))
    assert note.changed is None and not note.flags() & note.GraphicsItemFlag.ItemIsMovable
    scene.detach()


def test_the_display_scene_follows_the_events_it_is_given(qtbot):
    document = Document(load_template("hotel"))
    jmap = document.project.maps[0]
    scene = JourneyScene(document.project, jmap.id, document)
    first = jmap.touchpoints[0]
    document.push(UpdateItemCommand(document.project, first.id, title="Looks the hotel up"))
    assert scene.cards[first.id].touchpoint.title == "Looks the hotel up"
    scene.detach()
    document.push(UpdateItemCommand(document.project, first.id, title="Again"))  # no longer followed: no error
