"""The hotel stay of DOMAIN.md, built from the blank template through the window alone.

Stages renamed, channels and departments added, nine touchpoints dragged from the palette,
two personas with photos, ratings for both typed and dragged, goals, pain points, a positive
moment and an action with its owner and resources; saved, reopened and compared field by field.
The number of input events it takes is printed, as a figure to compare later versions with.
"""

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from cxdesigner.canvas.items import StageBand
from cxdesigner.canvas.layout import value_to_y
from cxdesigner.storage import open_project

STAGES = ["Awareness", "Booking", "Stay", "Departure", "Loyalty"]
CHANNELS = ["Hotel website", "Reception desk", "Restaurant"]
DEPARTMENTS = ["Sales", "Front office"]
#: (title, stage, palette entry, department, Claire's rating, the Morenos' rating)
TOUCHPOINTS = [
    ("Visits the hotel website", "Awareness", "Hotel website", "Sales", 3, 4),
    ("Books a room online", "Booking", "Hotel website", "Sales", 4, 3),
    ("Arrives at the reception", "Stay", "Reception desk", "Front office", 3, 2),
    ("Enters the room for the first time", "Stay", "Touchpoint", "", 5, 5),
    ("Eats at the hotel restaurant", "Stay", "Restaurant", "", 4, 3),
    ("Uses the other facilities", "Stay", "Touchpoint", "", 4, 5),
    ("Reports a problem in the room", "Stay", "Reception desk", "Front office", 1, 2),
    ("Pays for the stay", "Departure", "Reception desk", "Front office", 4, 4),
    ("Receives post-stay loyalty actions", "Loyalty", "Touchpoint", "Sales", 3, 3),
]
CLAIRE, MORENOS = "Claire (business traveller)", "The Morenos (family holiday)"


def band(window, name):
    return next(i for i in window.scene.items() if isinstance(i, StageBand) and i.name == name)


def photo(path, color):
    image = QImage(120, 120, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    image.save(str(path))
    return path


def drop_at_end_of(person, window, stage_name, entry):
    """Drag a palette entry and drop it just inside the right end of a stage's band."""
    rect = band(window, stage_name).rect
    target = QPointF(rect.right() - 12, window.scene.layout.lane_top[window.scene.layout.lanes[0]] + 40)
    person.drag_to_view(window.panels.palette, entry, window.view, person.on_map(target))


def test_build_the_hotel_map_from_blank(editor, tmp_path):
    window, person = editor()
    person.click_item("Templates", "Blank")
    assert window.document is not None and window.scene is not None

    # The project's name, and the stages of a hotel stay.
    def settings(dialog):
        person.click(person.find("Name", within=dialog))
        person.select_all_and_type("Hotel stay")
        person.button(dialog, "OK")

    person.answer(settings)
    person.menu("File", "Project Settings…")
    for old, new in zip(["Awareness", "Consideration", "Purchase", "Use and service", "Loyalty"], STAGES):
        if old == new:
            continue
        person.click(window.view.viewport(), person.on_map(band(window, old).header_rect().center()))
        person.click(person.find("Stage", within="Inspector"))
        person.select_all_and_type(new)
        person.press("Return")
    assert [s.name for s in window.scene.jmap.stages] == STAGES

    # Channels and departments.
    channels = person.panel("Channels")
    for name in CHANNELS:
        person.tab(next(t for t in channels.findChildren(type(window.tabs)) if t.count() == 2), "Channels")
        person.click(person.find("Add", within=person.find("Channels", within="Channels").parentWidget()))
        person.click(person.find("Name", within=person.find("Channels", within="Channels").parentWidget()))
        person.select_all_and_type(name)
        person.press("Return")
    tabs = next(t for t in channels.findChildren(type(window.tabs)) if t.count() == 2)
    person.tab(tabs, "Departments")
    for name in DEPARTMENTS:
        departments = person.find("Departments", within="Channels").parentWidget()
        person.click(person.find("Add", within=departments))
        person.click(person.find("Name", within=departments))
        person.select_all_and_type(name)
        person.press("Return")

    # Personas, with their photos.
    personas = person.panel("Personas")
    for index, (name, color) in enumerate(((CLAIRE, "#2f6fb0"), (MORENOS, "#e07a2e"))):
        if index:
            person.click(person.find("Add", within=personas))
        else:
            person.click_item(person.find("Personas", within=personas), "Main customer")
        person.click(person.find("Name", within=personas))
        person.select_all_and_type(name)
        person.press("Tab")
        picture = photo(tmp_path / f"persona-{index}.png", color)
        person.answer(lambda dialog, picture=picture: person.file_name(dialog, str(picture)))
        person.click(person.find("Photo", within=personas))
        assert person.all_answered()
        person.click(person.find("Quote", within=personas))
        person.type("Good rest, no surprises." if index == 0 else "The children must love it.")
        person.press("Tab")

    # Nine touchpoints from the palette, each named in place and given its department.
    person.show_panel("Palette")
    for title, stage, entry, department, _, _ in TOUCHPOINTS:
        drop_at_end_of(person, window, stage, entry)
        new = window.scene.current_touchpoint()
        assert new is not None and window.document.project.find(new).title == "New touchpoint"
        person.press("Return")  # Enter edits the title in place
        person.select_all_and_type(title)
        person.press("Return")
        if department:
            person.choose(person.find("Department", within="Inspector"), department)
    assert [t.title for t in window.scene.jmap.touchpoints] == [t[0] for t in TOUCHPOINTS]

    # Ratings: Claire's typed in the Inspector, the Morenos' dragged on their line.
    for title, _, _, _, claire, _ in TOUCHPOINTS:
        person.click_card(title)
        person.click(f"Satisfaction of {CLAIRE}")
        person.select_all_and_type(str(claire))
        person.press("Return")
    morenos = window.scene.jmap.persona_ids[1]
    for title, _, _, _, _, value in TOUCHPOINTS:
        handle = window.scene.lines[morenos].handles[person.card(title).touchpoint_id]  # a ghost: not rated yet
        target = QPointF(handle.scenePos().x(), value_to_y(window.scene.layout, window.scene.jmap, value))
        person.drag_on_map(handle.scenePos(), target)

    # Goals, pain points, a positive moment and an action, at the touchpoint they belong to.
    person.click_card("Books a room online")
    person.menu("Insert", "Goal")
    person.type("Book a quiet room near the venue")
    person.press("Tab")
    for title, text in (("Arrives at the reception", "Long queue at check-in"),
                        ("Reports a problem in the room", "Nobody answers the room phone at night")):
        person.click_card(title)
        person.menu("Insert", "Pain Point")
        person.type(text)
        person.press("Tab")
    person.click_card("Enters the room for the first time")
    person.menu("Insert", "Positive Moment")
    person.type("The view from the room")
    person.press("Tab")
    person.click_card("Reports a problem in the room")
    person.menu("Insert", "Action")
    person.type("Keep a technician on call at night")
    person.press("Tab")
    actions = person.panel("Goals & actions")
    person.choose(person.find("Owner", within=actions), "Front office")
    person.click(person.find("Resources we have", within=actions))
    person.type("Two technicians by day")
    person.click(person.find("Resources needed", within=actions))
    person.type("A night shift")
    person.press("Tab")

    window.grab().save(str(tmp_path / "built.png"))

    # Save As, then read the file back.
    path = tmp_path / "hotel stay.cxd"
    person.answer(lambda dialog: person.file_name(dialog, str(path)))
    person.press("Ctrl+S")
    assert person.all_answered() and not window.isWindowModified()
    print(f"building the hotel map from blank took {person.events} input events")

    project = open_project(path)
    jmap = project.maps[0]
    assert project.name == "Hotel stay"
    assert [s.name for s in jmap.stages] == STAGES
    assert [c.name for c in project.channels] == CHANNELS and [d.name for d in project.departments] == DEPARTMENTS
    assert [p.name for p in project.personas] == [CLAIRE, MORENOS] and all(p.photo for p in project.personas)
    assert project.personas[1].quote == "The children must love it."
    assert jmap.persona_ids == [p.id for p in project.personas]
    stage_names = {s.id: s.name for s in jmap.stages}
    channel_names = {c.id: c.name for c in project.channels}
    department_names = {d.id: d.name for d in project.departments}
    claire_id, morenos_id = jmap.persona_ids
    for touchpoint, (title, stage, entry, department, claire, value) in zip(jmap.touchpoints, TOUCHPOINTS):
        assert touchpoint.title == title and stage_names[touchpoint.stage_id] == stage
        assert channel_names.get(touchpoint.channel_id, "Touchpoint") == entry
        assert department_names.get(touchpoint.department_id, "") == department
        assert jmap.rating(touchpoint.id, claire_id).value == claire, title
        assert jmap.rating(touchpoint.id, morenos_id).value == value, title
    by_title = {t.title: t.id for t in jmap.touchpoints}
    assert [(g.text, g.first_id, g.last_id) for g in jmap.goals] == [
        ("Book a quiet room near the venue", by_title["Books a room online"], by_title["Books a room online"])]
    assert [(p.text, p.touchpoint_ids) for p in jmap.pain_points] == [
        ("Long queue at check-in", [by_title["Arrives at the reception"]]),
        ("Nobody answers the room phone at night", [by_title["Reports a problem in the room"]])]
    assert [(m.text, m.touchpoint_id) for m in jmap.positive_moments] == [
        ("The view from the room", by_title["Enters the room for the first time"])]
    (action,) = jmap.actions
    assert (action.text, action.touchpoint_id, department_names[action.owner_id], action.resources_available,
            action.resources_needed) == ("Keep a technician on call at night", by_title["Reports a problem in the room"],
                                         "Front office", "Two technicians by day", "A night shift")
