"""What is selected is what the person selected: after a drag, a handle drag, a persona deleted."""

from PySide6.QtCore import QPointF

from cxdesigner.storage import open_project


def titles(path):
    return [t.title for t in open_project(path).maps[0].touchpoints]


def selected_titles(window):
    return sorted(i.touchpoint.title for i in window.scene.selectedItems() if hasattr(i, "touchpoint"))


def test_a_card_dragged_one_place_stays_the_only_one_selected(editor, sample):
    window, person = editor(sample)
    before = titles(sample)
    card = person.card("Eats at the hotel restaurant")
    person.click_card("Eats at the hotel restaurant")
    start = card.sceneBoundingRect().center()
    person.drag_on_map(start, start + QPointF(window.scene.layout.metrics.slot_width * 1.5, 0))
    person.wait(250)  # the neighbours slide into place
    moved = [t.title for t in window.scene.jmap.touchpoints]
    assert moved.index("Eats at the hotel restaurant") == before.index("Eats at the hotel restaurant") + 1
    assert selected_titles(window) == ["Eats at the hotel restaurant"]
    person.press("Delete")
    person.press("Ctrl+S")
    after = titles(sample)
    assert after == [t for t in before if t != "Eats at the hotel restaurant"]


def test_delete_after_a_rating_drag_removes_only_that_touchpoint(editor, sample):
    window, person = editor(sample)
    before = titles(sample)
    person.click_card("Visits the hotel website")
    target = person.card("Pays for the stay").touchpoint_id
    line = next(iter(window.scene.lines.values()))
    handle = line.handles[target]
    start = handle.scenePos()
    person.drag_on_map(start, start + QPointF(0, -60))
    assert selected_titles(window) == ["Pays for the stay"]  # the card whose rating moved is the current one
    person.press("Delete")
    person.press("Ctrl+S")
    assert titles(sample) == [t for t in before if t != "Pays for the stay"]


def test_deleting_a_persona_selects_no_touchpoint(editor, sample):
    window, person = editor(sample)
    before = titles(sample)
    person.click(window.view.viewport(), person.on_map(QPointF(40, 20)))  # an empty corner: nothing selected
    person.click_item(person.find("Personas", within="Personas"), "The Morenos (family holiday)")
    person.answer(lambda box: person.button(box, "Yes"))
    person.click(person.find("Delete…", within="Personas"))
    assert person.all_answered()
    assert selected_titles(window) == []
    person.click(window.view.viewport(), person.on_map(QPointF(40, 20)))
    person.press("Delete")
    person.press("Ctrl+S")
    saved = open_project(sample)
    assert [t.title for t in saved.maps[0].touchpoints] == before
    assert [p.name for p in saved.personas] == ["Claire (business traveller)"]
