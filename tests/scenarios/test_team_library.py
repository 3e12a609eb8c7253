"""A person chooses the team's library, adds a persona from it, updates it after a colleague
changed it, publishes one of their own, undoes and redoes, saves: the files say it happened."""

from PySide6.QtWidgets import QListWidget

from cxdesigner.model import Channel, ChannelKind, Department, Persona, Project
from cxdesigner.storage import open_project, save_project
from cxdesigner.storage.library import source_of
from cxdesigner.ui.library_actions import LIBRARY_KEY
from sample import copy_sample
from test_crash_recovery import hold_the_file


def a_library(path) -> Project:
    library = Project(name="Team library")
    library.add(Persona(name="Business traveller", color="#1f77b4", occupation="Consultant", age=41))
    library.add(Persona(name="Young family", color="#2ca02c", occupation="Teacher"))
    save_project(library, path)
    return library


def test_add_a_persona_from_the_team_library_update_it_and_publish_one(editor, sample, settings, tmp_path):
    library_file = tmp_path / "shared" / "library.cxd"
    library_file.parent.mkdir()
    a_library(library_file)
    window, person = editor(sample)
    before = [p.name for p in window.document.project.personas]

    def choose_the_file(dialog):
        person.answer(lambda files: person.file_name(files, str(library_file)))
        person.button(dialog, "Choose File…")
        person.button(dialog, "Close")

    person.answer(choose_the_file)
    person.menu("File", "Team Library…")
    assert person.all_answered()
    assert settings.value(LIBRARY_KEY) == str(library_file)
    assert not window.document.modified, "choosing a library is no edit of the project"

    panel = person.panel("Personas")
    library_button = person.find("Library", within=panel)
    personas = person.find("Personas", QListWidget, within=panel)
    steps = window.document.undo_stack.count()

    def pick_the_traveller(dialog):
        person.click_item(dialog.findChild(QListWidget), "Business traveller")
        person.button(dialog, "Add")

    person.answer(pick_the_traveller)
    person.pick(library_button, "Add from Library…")
    assert person.all_answered()
    project = window.document.project
    added = project.personas[-1]
    assert [p.name for p in project.personas] == [*before, "Business traveller"]
    assert (added.occupation, added.age, added.color) == ("Consultant", 41, "#1f77b4")
    library = open_project(library_file)
    assert added.id not in {p.id for p in library.personas}, "the copy has a fresh id"
    assert source_of(project, library, added).name == "Business traveller"
    assert window.document.undo_stack.count() == steps + 1 and window.document.modified
    assert personas.currentItem().text() == "Business traveller"
    window.grab().save(str(tmp_path / "added.png"))

    person.press("Ctrl+Z")
    assert [p.name for p in window.document.project.personas] == before
    person.press("Ctrl+Shift+Z")
    assert window.document.project.personas[-1] == added

    # A colleague improves the persona in the library; Update from Library brings it, as one step.
    shared = open_project(library_file)
    traveller = next(p for p in shared.personas if p.name == "Business traveller")
    shared.update(traveller.id, occupation="Sales consultant", quote="Wi-Fi first, then coffee.")
    save_project(shared, library_file)
    person.click_item(personas, "Business traveller")
    person.pick(library_button, "Update from Library")
    updated = window.document.project.find(added.id)
    assert (updated.occupation, updated.quote) == ("Sales consultant", "Wi-Fi first, then coffee.")
    assert window.document.undo_stack.count() == steps + 2
    person.press("Ctrl+Z")
    assert window.document.project.find(added.id) == added, "undo puts the old version back exactly"
    person.press("Ctrl+Shift+Z")
    assert window.document.project.find(added.id).occupation == "Sales consultant"

    # One of the hotel's own personas goes to the library.
    own = before[0]
    person.click_item(personas, own)
    steps_now = window.document.undo_stack.count()
    person.pick(library_button, "Publish to Library")
    assert window.document.undo_stack.count() == steps_now, "publishing changes nothing here"
    published = open_project(library_file)
    assert own in [p.name for p in published.personas]
    assert "team library" in window.statusBar().currentMessage()

    person.press("Ctrl+S")
    saved = open_project(sample)
    kept = saved.find(added.id)
    assert (kept.name, kept.occupation, kept.quote) == ("Business traveller", "Sales consultant",
                                                        "Wi-Fi first, then coffee.")
    assert source_of(saved, published, kept) is not None, "the saved copy still knows where it came from"


def test_the_library_menu_says_why_it_is_unavailable(editor, sample, settings, tmp_path):
    settings.setValue(LIBRARY_KEY, str(tmp_path / "gone" / "library.cxd"))
    window, person = editor(sample)
    panel = person.panel("Personas")
    button = person.find("Library", within=panel)
    button.menu_.aboutToShow.emit()
    actions = {a.text(): a for a in button.menu_.actions() if a.text()}
    assert not actions["Add from Library…"].isEnabled()
    assert not actions["Publish to Library"].isEnabled()
    reason = actions["Add from Library…"].toolTip()
    assert reason.startswith("The team library is unavailable") and "library.cxd does not exist" in reason
    assert reason in actions, "the reason is shown in the menu itself"
    assert len(window.document.project.personas) >= 1

    damaged = tmp_path / "damaged.cxd"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    settings.setValue(LIBRARY_KEY, str(damaged))
    button.menu_.aboutToShow.emit()
    actions = {a.text(): a for a in button.menu_.actions() if a.text()}
    reason = actions["Update from Library"].toolTip()
    assert reason.startswith("The team library is unavailable: ") and "damaged.cxd" in reason and "\n" not in reason
    person.click(person.find("Add", within=panel))  # the project keeps working
    assert window.document.project.personas[-1].name == "New persona"


def test_screenshot_of_the_panel_and_the_pick_dialog(editor, sample, settings, tmp_path):
    library_file = tmp_path / "library.cxd"
    a_library(library_file)
    settings.setValue(LIBRARY_KEY, str(library_file))
    window, person = editor(sample)
    panel = person.panel("Personas")
    person.find("Library", within=panel).menu_.aboutToShow.emit()

    def look(dialog):
        dialog.grab().save(str(tmp_path / "pick.png"))
        person.button(dialog, "Cancel")

    person.answer(look)
    person.pick(person.find("Library", within=panel), "Add from Library…")
    assert person.all_answered()
    panel.grab().save(str(tmp_path / "panel.png"))


def test_the_library_maps_are_templates_on_the_start_page(editor, settings, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    library_file = copy_sample(shared)  # the team keeps the hotel map in its library
    library = open_project(library_file)
    window, person = editor()
    assert not window.team_templates.isVisible(), "no library chosen: no group"

    def choose_the_file(dialog):
        person.answer(lambda files: person.file_name(files, str(library_file)))
        person.button(dialog, "Choose File…")
        person.button(dialog, "Close")

    person.answer(choose_the_file)
    person.menu("File", "Team Library…")
    assert person.all_answered()
    group = person.find("Team library", QListWidget)
    assert [group.item(i).text() for i in range(group.count())] == [m.name for m in library.maps]
    window.start_page.grab().save(str(tmp_path / "start-page.png"))

    person.click_item(group, library.maps[0].name)
    project = window.document.project
    assert [m.name for m in project.maps] == [library.maps[0].name]
    assert {i.id for i, _ in project.walk()}.isdisjoint(i.id for i, _ in library.walk()), "fresh ids"
    persona = project.personas[0]
    assert source_of(project, library, persona).name == persona.name, "its personas are linked to the library"
    assert len(project.maps[0].ratings) == len(library.maps[0].ratings)

    path = tmp_path / "ours.cxd"
    person.answer(lambda dialog: person.file_name(dialog, str(path)))
    person.press("Ctrl+S")
    assert person.all_answered()
    saved = open_project(path)
    assert source_of(saved, library, saved.channels[0]) == library.channels[0]


def test_an_unreachable_library_leaves_the_start_page_working(editor, settings, tmp_path):
    settings.setValue(LIBRARY_KEY, str(tmp_path / "unplugged" / "library.cxd"))
    window, person = editor()
    assert window.team_templates.isVisible()
    assert window.team_templates.note.text() == ("The team library is unavailable: library.cxd does not exist.")
    person.click_item("Templates", "Hotel")
    assert window.document.project.maps


def test_channels_and_departments_come_from_the_library_and_a_locked_one_is_not_written(
        editor, sample, settings, tmp_path):
    library_file = tmp_path / "library.cxd"
    library = Project(name="Team library")
    library.add(Channel(name="Chat", kind=ChannelKind.DIGITAL, color="#123456", icon="chat"))
    library.add(Department(name="Concierge", color="#654321"))
    save_project(library, library_file)
    settings.setValue(LIBRARY_KEY, str(library_file))
    window, person = editor(sample)
    project = window.document.project
    dock = person.panel("Channels")
    tabs = next(t for t in dock.findChildren(type(window.tabs)) if t.count() == 2)

    channels = person.find("Channels", within="Channels").parentWidget()
    person.answer(lambda dialog: (person.click_item(dialog.findChild(QListWidget), "Chat"),
                                  person.button(dialog, "Add")))
    person.pick(person.find("Library", within=channels), "Add from Library…")
    assert person.all_answered()
    chat = project.channels[-1]
    assert (chat.name, chat.icon, chat.color) == ("Chat", "chat", "#123456")

    person.tab(tabs, "Departments")
    departments = person.find("Departments", within="Channels").parentWidget()
    person.answer(lambda dialog: person.button(dialog, "Add"))  # the first, and only, is chosen
    person.pick(person.find("Library", within=departments), "Add from Library…")
    assert person.all_answered()
    assert project.departments[-1].name == "Concierge"

    # A colleague has the library open: publishing says so in one sentence and writes nothing.
    before = library_file.read_bytes()
    colleague = hold_the_file(library_file)
    try:
        def read_the_message(box):
            assert "\n" not in box.text() and box.text().startswith("Nothing was published: ")
            assert f"has had {library_file.name} open since" in box.text()
            person.button(box, "OK")

        person.answer(read_the_message)
        person.pick(person.find("Library", within=departments), "Publish to Library")
        assert person.all_answered()
    finally:
        colleague.kill()
        colleague.wait()
    assert library_file.read_bytes() == before
    assert project.departments[-1].name == "Concierge", "the project keeps its copy"

    person.press("Ctrl+S")
    saved = open_project(sample)
    assert source_of(saved, library, saved.channels[-1]) == library.channels[0]
    assert source_of(saved, library, saved.departments[-1]) == library.departments[0]
