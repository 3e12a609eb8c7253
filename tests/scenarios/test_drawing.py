"""Nothing stays drawn that the map no longer has: after deletes, drags and undos."""

from PySide6.QtCore import QPointF

from cxdesigner.canvas.items import StageBand
from screen import stale_pixels


def band(window, name):
    return next(i for i in window.scene.items() if isinstance(i, StageBand) and i.name == name)


def test_deleting_a_stage_and_undoing_it_leave_nothing_behind(editor, sample):
    window, person = editor(sample)
    person.press("Ctrl+0")
    assert stale_pixels(window) == 0
    person.click(window.view.viewport(), person.on_map(band(window, "Awareness").header_rect().center()))
    person.answer(lambda box: person.button(box, "Yes"))
    person.press("Delete")
    assert person.all_answered() and "Awareness" not in [s.name for s in window.scene.jmap.stages]
    assert stale_pixels(window) == 0
    person.press("Ctrl+Z")
    assert stale_pixels(window) == 0


def test_rating_drags_and_deleted_cards_leave_nothing_behind(editor, sample):
    window, person = editor(sample)
    person.press("Ctrl+0")
    for title in ("Enters the room for the first time", "Receives a post-stay e-mail"):
        line = next(iter(window.scene.lines.values()))
        handle = line.handles[person.card(title).touchpoint_id]
        person.drag_on_map(handle.scenePos(), handle.scenePos() + QPointF(0, 90))
        assert stale_pixels(window) == 0
        person.press("Ctrl+Z")
        assert stale_pixels(window) == 0
    person.click_card("Pays for the stay")
    person.click_card("Receives a post-stay e-mail", modifiers=person.CTRL)
    person.press("Delete")
    assert stale_pixels(window) == 0
    person.press("Ctrl+Z")
    assert stale_pixels(window) == 0
