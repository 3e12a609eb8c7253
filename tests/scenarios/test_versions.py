"""Versions inside the file, through the window: the list, a name, an old version opened read-only,
restored as one step, and compared on the map; comparing with another file marks what it lacks."""

from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSimpleTextItem, QInputDialog, QLineEdit, QListWidget
from PySide6.QtCore import Qt

from cxdesigner.storage import open_project, read_project
from cxdesigner.ui.main_window import MainWindow
from test_merging import new_project
from test_compare_cli import edit_in_process


def rename(person, old: str, new: str) -> None:
    person.click_card(old)
    person.click(person.find("Title", within="Inspector"))
    person.select_all_and_type(new)
    person.press("Return")


def saved_twice(editor, tmp_path):
    """A project made by ``cxdesigner new``, then a touchpoint renamed and saved, twice."""
    path = tmp_path / "hotel.cxd"
    new_project(path)
    window, person = editor(path)
    rename(person, "Arrives at the reception", "Check-in")
    person.press("Ctrl+S")
    rename(person, "Check-in", "Check-in at the desk")
    person.press("Ctrl+S")
    return path, window, person


def rows(dialog, person):
    versions = person.find("Versions", QListWidget, within=dialog)
    return versions, [versions.item(i).text() for i in range(versions.count())]


def choose(person, row: int, button: str):
    """Answer the versions list: click its row ``row`` (0: the newest), then ``button``."""
    def answer(dialog):
        versions, texts = rows(dialog, person)
        person.click_item(versions, texts[row])
        person.button(dialog, button)
    return answer


def test_a_version_is_named_and_restored_as_one_step(editor, tmp_path):
    path, window, person = saved_twice(editor, tmp_path)
    named = []

    def name_it(dialog):
        assert isinstance(dialog, QInputDialog)
        person.click(dialog.findChild(QLineEdit))
        person.select_all_and_type("As the template made it")
        person.button(dialog, "OK")

    def versions(dialog):
        versions, texts = rows(dialog, person)
        assert len(texts) == 3 and "this file as saved" in texts[0]
        person.click_item(versions, texts[2])  # the oldest: the file as cxdesigner new made it
        person.answer(name_it)
        person.button(dialog, "Name This Version…")
        named.append(rows(dialog, person)[1][2])
        person.button(dialog, "Restore")

    person.answer(versions)
    person.menu("File", "Versions…")
    assert person.all_answered() and "“As the template made it”" in named[0]
    on_disk = read_project(path).history  # the name is in the file at once
    assert [r.name for r in on_disk.revisions.values()] == ["As the template made it", "", ""]
    titles = lambda: [t.title for t in window.document.project.maps[0].touchpoints]  # noqa: E731
    assert titles()[2] == "Arrives at the reception" and window.isWindowModified()
    person.press("Ctrl+Z")
    assert titles()[2] == "Check-in at the desk"
    person.press("Ctrl+Y")
    assert titles()[2] == "Arrives at the reception"
    person.press("Ctrl+S")
    assert open_project(path).maps[0].touchpoints[2].title == "Arrives at the reception"
    saved = read_project(path).history
    assert len(saved.revisions) == 4 and saved.newest_first()[-1].name == "As the template made it"


def test_an_earlier_version_opens_read_only_in_a_window_of_its_own(editor, tmp_path):
    path, window, person = saved_twice(editor, tmp_path)
    before = MainWindow.open_windows()
    person.answer(choose(person, 1, "Open Read-Only"))
    person.menu("File", "Versions…")
    assert person.all_answered()
    (old,) = [w for w in MainWindow.open_windows() if w not in before]
    try:
        assert old.document.read_only and "(read-only)" in old.windowTitle()
        assert old.document.project.maps[0].touchpoints[2].title == "Check-in"
        assert window.document.project.maps[0].touchpoints[2].title == "Check-in at the desk"
    finally:
        old.close()
    assert old.closed


def test_comparing_with_an_earlier_version_marks_the_map_and_steps_through(editor, tmp_path):
    path, window, person = saved_twice(editor, tmp_path)
    person.answer(choose(person, 2, "Compare"))
    person.menu("File", "Compare With…")
    assert person.all_answered()
    differences = person.find("Differences", QListWidget)
    texts = [differences.item(i).text() for i in range(differences.count())]
    assert texts == ['Hotel stay: Touchpoint "Check-in at the desk": title "Arrives at the reception" → '
                     '"Check-in at the desk".']
    assert marks(window) == ["Changed"]
    person.click_card("Visits the hotel website")
    person.click_item(differences, texts[0])
    assert [c.touchpoint.title for c in window.scene.selectedItems()] == ["Check-in at the desk"]
    rename(person, "Books a room online", "Books online")  # the list follows the edits, once they settle
    until(person, lambda: differences.count() == 2)
    assert marks(window) == ["Changed", "Changed"]
    person.click("End Comparison")
    assert marks(window) == [] and not [w for w in window.findChildren(QListWidget, "")
                                        if w.accessibleName() == "Differences" and w.isVisible()]


def until(person, condition, seconds: float = 5.0) -> None:
    """Look again and again, as a person does while the screen catches up."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        person.wait(50)
    assert condition()


def marks(window) -> list[str]:
    return sorted(item.text() for item in window.scene.items()
                  if isinstance(item, QGraphicsSimpleTextItem) and item.text() in ("New", "Changed", "Moved"))


def test_comparing_with_another_file_shows_its_lines_and_what_it_had(editor, tmp_path):
    path = tmp_path / "hotel.cxd"
    new_project(path)
    other = tmp_path / "hotel-ana.cxd"
    other.write_bytes(path.read_bytes())
    edit_in_process(path, """
        jmap = project.maps[0]
        project.remove(jmap.touchpoints[4].id)
        project.add(Touchpoint(title="Books the spa", stage_id=jmap.touchpoints[5].stage_id), map_id=jmap.id)
    """)
    window, person = editor(path)

    def another_file(dialog):
        person.answer(lambda files: person.file_name(files, str(other)))
        person.button(dialog, "Another File…")

    person.answer(another_file)
    person.menu("File", "Compare With…")
    assert person.all_answered()
    removed = open_project(other).maps[0].touchpoints[4]
    overlay = window.sharing.comparison.overlay
    assert list(overlay.ghosts) == [removed.id] and marks(window) == ["New"]
    ghosts = [i for i in overlay.items if isinstance(i, QGraphicsPathItem) and i.scene() is window.scene
              and i.pen().style() == Qt.PenStyle.DashLine]
    assert len(ghosts) == len(window.scene.jmap.persona_ids)  # the other version's lines
    differences = person.find("Differences", QListWidget)
    removal = next(differences.item(i).text() for i in range(differences.count()) if "removed" in
                   differences.item(i).text())
    person.click_item(differences, removal)
    assert window.view.mapToScene(window.view.viewport().rect()).boundingRect().intersects(overlay.ghosts[removed.id])
