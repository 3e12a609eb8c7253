"""Typing into the Inspector, moving from field to field by mouse and by Tab, as a person does."""


from cxdesigner.storage import open_project

TEXT_FIELDS = ("Description", "Customer does", "Thinks", "Feels")


def touchpoint(path, title):
    project = open_project(path)
    return next(t for t in project.maps[0].touchpoints if t.title == title), project


def test_every_field_typed_in_turn_by_mouse_click(editor, sample):
    window, person = editor(sample)
    person.click_card("Arrives at the reception")
    typed = {}
    for label in ("Title", "Device", *TEXT_FIELDS):
        person.click(label)
        assert person.focus() is person.find(label) or person.find(label).isAncestorOf(person.focus()), \
            f"clicking {label} did not give it the keyboard focus"
        person.select_all_and_type(f"{label} typed")
        typed[label] = f"{label} typed"
    person.click(TEXT_FIELDS[0])  # leave the last field, as a person clicks elsewhere
    person.press("Ctrl+S")
    saved, _ = touchpoint(sample, "Title typed")
    assert (saved.device, saved.description, saved.customer_action, saved.thoughts, saved.feelings) == (
        "Device typed", "Description typed", "Customer does typed", "Thinks typed", "Feels typed")


def test_every_field_typed_in_turn_by_tab(editor, sample):
    window, person = editor(sample)
    person.click_card("Pays for the stay")
    person.click("Device")
    person.select_all_and_type("card reader")
    for label in TEXT_FIELDS:
        person.press("Tab")
        assert person.focus() is person.find(label), f"Tab did not reach {label}"
        person.select_all_and_type(f"{label} by Tab")
    person.press("Ctrl+S")
    saved, _ = touchpoint(sample, "Pays for the stay")
    assert (saved.device, saved.description, saved.customer_action, saved.thoughts, saved.feelings) == (
        "card reader", "Description by Tab", "Customer does by Tab", "Thinks by Tab", "Feels by Tab")


def test_tab_between_rating_fields_keeps_the_touchpoint(editor, sample):
    window, person = editor(sample)
    person.click_card("Uses the pool, gym and spa")
    first = person.find("Satisfaction of Claire (business traveller)")
    second = person.find("Satisfaction of The Morenos (family holiday)")
    person.click(first)
    person.select_all_and_type("2")
    person.press("Tab")  # to the evidence of the same persona
    person.press("Tab")  # to the target of the same persona
    person.press("Tab")  # to the next persona's rating
    assert person.focus() is second.findChild(type(person.focus())) or person.focus() is second
    person.select_all_and_type("5")
    person.press("Return")
    assert window.scene.current_touchpoint() == person.card("Uses the pool, gym and spa").touchpoint_id
    person.press("Ctrl+S")
    saved, project = touchpoint(sample, "Uses the pool, gym and spa")
    jmap = project.maps[0]
    claire, morenos = jmap.persona_ids
    assert jmap.rating(saved.id, claire).value == 2 and jmap.rating(saved.id, morenos).value == 5
