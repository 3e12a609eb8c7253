"""Editing through the window: steps that change nothing, stages, notes at the selected
touchpoint, the project's name, first ratings dragged from a ghost, Up and Down for a persona."""

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QColorDialog, QInputDialog, QLineEdit

from cxdesigner.canvas.items import StageBand
from sample import saved_map

CLAIRE, MORENOS = "Claire (business traveller)", "The Morenos (family holiday)"


def band(window, name):
    return next(i for i in window.scene.items() if isinstance(i, StageBand) and i.name == name)


def test_edits_that_change_nothing_make_no_step(editor, sample):
    window, person = editor(sample)
    person.click_card("Eats at the hotel restaurant")
    person.click(f"Satisfaction of {CLAIRE}")
    person.select_all_and_type("99999")  # beyond the scale: the field takes none of it
    person.press("Tab")
    person.click(f"Target satisfaction of {CLAIRE}")
    person.press("Return")  # an untouched target
    person.click("Title")
    person.press("Return")  # an untouched title
    person.click("Customer does")
    person.press("Tab")
    assert window.document.undo_stack.count() == 0 and not window.isWindowModified()


def test_stages_from_their_own_menu(editor, sample):
    window, person = editor(sample)
    title = band(window, "Stay").header_rect().center()
    person.context_menu(window.view.viewport(), person.on_map(title), "Add Stage After")
    assert [s.name for s in window.scene.jmap.stages][3] == "New stage"
    new = band(window, "New stage")
    assert new.isSelected()  # and the Inspector shows it to rename
    person.click(person.find("Stage", within="Inspector"))
    person.select_all_and_type("Check-out")
    person.press("Return")
    person.context_menu(window.view.viewport(), person.on_map(band(window, "Check-out").header_rect().center()),
                        "Move Stage Left")
    assert [s.name for s in window.scene.jmap.stages][2:4] == ["Check-out", "Stay"]
    plus = band(window, "Check-out")
    person.click(window.view.viewport(), person.on_map(plus.mapToScene(plus.plus_rect().center())))
    added = [t for t in window.scene.jmap.touchpoints if t.title == "New touchpoint"]
    assert len(added) == 1 and window.scene.current_touchpoint() == added[0].id
    person.click(window.view.viewport(), person.on_map(band(window, "Departure").header_rect().center()))
    person.answer(lambda box: person.button(box, "No"))  # asked first: it has touchpoints
    person.press("Delete")
    assert person.all_answered() and "Departure" in [s.name for s in window.scene.jmap.stages]
    person.answer(lambda box: person.button(box, "Yes"))
    person.press("Delete")
    assert person.all_answered() and "Departure" not in [s.name for s in window.scene.jmap.stages]
    person.press("Ctrl+S")
    jmap, _ = saved_map(sample)
    assert [s.name for s in jmap.stages] == ["Awareness", "Booking", "Check-out", "Stay", "Loyalty"]
    assert [t.title for t in jmap.touchpoints_in(jmap.stages[2].id)] == ["New touchpoint"]


def test_new_notes_go_to_the_selected_touchpoint(editor, sample):
    window, person = editor(sample)
    person.click_card("Uses the pool, gym and spa")
    for kind, tab in (("Pain Point", "Pain points"), ("Positive Moment", "Positive"), ("Action", "Actions")):
        person.menu("Insert", kind)
        person.type(f"A {kind.lower()} at the pool")  # the new entry's text has the focus
        person.press("Tab")
    person.press("Ctrl+S")
    jmap, _ = saved_map(sample)
    pool = next(t for t in jmap.touchpoints if t.title == "Uses the pool, gym and spa")
    assert [p.touchpoint_ids for p in jmap.pain_points if "at the pool" in p.text] == [[pool.id]]
    assert [m.touchpoint_id for m in jmap.positive_moments if "at the pool" in m.text] == [pool.id]
    assert [a.touchpoint_id for a in jmap.actions if "at the pool" in a.text] == [pool.id]


def test_the_project_is_named_in_the_window(editor, sample):
    window, person = editor(sample)

    def settings(dialog):
        person.click(person.find("Name", within=dialog))
        person.select_all_and_type("Grand Hotel Lisbon")
        person.button(dialog, "OK")

    person.answer(settings)
    person.menu("File", "Project Settings…")
    assert person.all_answered() and window.isWindowModified()
    proposed = []

    def save_as(dialog):
        proposed.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
        person.button(dialog, "Cancel")

    window.document.path = None  # as if never saved: Save proposes the project's name
    person.answer(save_as)
    person.press("Ctrl+S")
    assert person.all_answered() and proposed == ["Grand Hotel Lisbon.cxd"]


def test_a_first_rating_is_dragged_from_a_ghost_and_nudged_for_that_persona(editor, sample):
    window, person = editor(sample)
    person.click_card("Books a room online")
    person.context_menu(window.view.viewport(), person.on_map(person.card("Books a room online")
                                                                .sceneBoundingRect().center()),
                        f"Clear rating of {MORENOS}")
    line = window.scene.lines[window.scene.jmap.persona_ids[1]]
    ghost = line.handles[person.card("Books a room online").touchpoint_id]
    assert ghost.ghost and ghost.isVisible()
    start = ghost.scenePos()
    person.drag_on_map(start, start + QPointF(0, -45))
    person.press("Up")  # the Morenos' line was touched last: Up rates them
    person.press("Ctrl+S")
    jmap, _ = saved_map(sample)
    booking = next(t for t in jmap.touchpoints if t.title == "Books a room online")
    claire, morenos = jmap.persona_ids
    dragged = jmap.rating(booking.id, morenos).value
    assert dragged > jmap.scale.neutral and jmap.rating(booking.id, claire).value == 4  # Claire's untouched


def test_f1_shows_the_guide_inside_the_editor(editor, sample):
    window, person = editor(sample)
    person.press("F1")
    guide = window._guide
    assert guide is not None and guide.isVisible() and "user guide" in guide.browser.toPlainText().lower()
    guide.close()


def test_stage_colour_and_name_from_the_menu(editor, sample):
    window, person = editor(sample)

    def colour(dialog):
        assert isinstance(dialog, QColorDialog)
        html = next(e for e in dialog.findChildren(QLineEdit) if e.text().startswith("#"))
        person.click(html)
        person.select_all_and_type("#ffcc00")
        person.press("Return")

    def name(dialog):
        assert isinstance(dialog, QInputDialog)
        person.click(dialog.findChild(QLineEdit))
        person.select_all_and_type("Arrival")
        person.button(dialog, "OK")

    title = band(window, "Stay").header_rect().center()
    person.answer(colour)
    person.context_menu(window.view.viewport(), person.on_map(title), "Stage Colour…")
    person.answer(name)
    person.context_menu(window.view.viewport(), person.on_map(title), "Rename Stage…")
    assert person.all_answered()
    person.press("Ctrl+S")
    jmap, _ = saved_map(sample)
    assert (jmap.stages[2].name, jmap.stages[2].color) == ("Arrival", "#ffcc00")
