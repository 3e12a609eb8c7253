"""A person keeps a map as a template of their own, starts a project from it, renames and deletes it."""

from PySide6.QtWidgets import QApplication

from cxdesigner.interchange.templates import load_template
from cxdesigner.interchange.user_templates import read_template
from cxdesigner.storage import open_project
from same_map import without_ids
from sample import saved_map


def test_save_a_map_as_a_template_and_start_a_project_from_it(editor, sample, tmp_path, user_templates_folder):
    window, person = editor(sample)
    undo_steps = window.document.undo_stack.count()

    def name_it(dialog):
        person.click(person.find("Template name", within=dialog))
        person.select_all_and_type("Our hotel, two guests")
        person.press("Tab")
        person.type("The stay as our business and family guests live it.")
        person.press("Return")
        person.type("Second line.")
        person.button(dialog, "Save")

    person.answer(name_it)
    person.menu("Map", "Save as Template…")
    assert person.all_answered()
    assert not window.document.modified and window.document.undo_stack.count() == undo_steps
    assert "Our hotel, two guests" in window.statusBar().currentMessage()
    (written,) = user_templates_folder.iterdir()
    assert written.name == "our-hotel-two-guests.json"
    template = read_template(written)
    _, sample_project = saved_map(sample)
    assert without_ids(template)["maps"] == without_ids(sample_project)["maps"], "the template is not the map"

    person.menu("File", "New…")
    assert window.pages.currentWidget() is window.start_page
    titles = [window.start_page.templates.item(i).text() for i in range(window.start_page.templates.count())]
    assert titles[-1] == "Our hotel, two guests" and "Hotel" in titles
    item = window.start_page.templates.item(len(titles) - 1)
    assert item.toolTip().startswith("The stay as our business and family guests live it. (your template")
    window.start_page.grab().save(str(tmp_path / "start-page.png"))
    person.click_item("Templates", "Our hotel, two guests")
    assert window.pages.currentWidget() is window.editor_page
    project = window.document.project
    assert project.name == "Our hotel, two guests"
    assert without_ids(project) == without_ids(template)
    assert {i.id for i, _ in project.walk()}.isdisjoint(i.id for i, _ in sample_project.walk()), "ids reused"

    path = tmp_path / "from template.cxd"
    person.answer(lambda dialog: person.file_name(dialog, str(path)))
    person.press("Ctrl+S")
    assert person.all_answered()
    assert without_ids(open_project(path)) == without_ids(template)

    # Renamed and deleted from the start page's context menu.
    person.menu("File", "New…")
    templates = window.start_page.templates
    spot = templates.visualItemRect(templates.item(templates.count() - 1)).center()

    # Shared as a file, which installs as a template (checked like an import).
    shared = tmp_path / "for colleagues.json"
    person.answer(lambda dialog: person.file_name(dialog, str(shared)))
    person.context_menu(templates.viewport(), spot, "Save a Copy…")
    assert person.all_answered()
    assert without_ids(read_template(shared)) == without_ids(read_template(user_templates_folder / "our-hotel-two-guests.json"))

    def rename(dialog):
        person.select_all_and_type("Hotel for two")
        person.button(dialog, "OK")

    person.answer(rename)
    person.context_menu(templates.viewport(), spot, "Rename…")
    assert person.all_answered()
    assert templates.item(templates.count() - 1).text() == "Hotel for two"
    assert [p.name for p in user_templates_folder.iterdir()] == ["hotel-for-two.json"]
    assert load_template("hotel-for-two").name == "Hotel for two"

    # Deleted with the keyboard: Tab to the templates, End to the last, Delete, Yes.
    for _ in range(8):
        if QApplication.focusWidget() is templates:
            break
        person.press("Tab")
    assert QApplication.focusWidget() is templates, "Tab never reaches the templates"
    person.press("End")
    person.answer(lambda dialog: person.button(dialog, "Yes"))
    person.press("Delete")
    assert person.all_answered()
    assert window.pages.currentWidget() is window.start_page
    assert not any(user_templates_folder.iterdir())
    assert [templates.item(i).text() for i in range(templates.count())] == titles[:-1]
    QApplication.processEvents()
