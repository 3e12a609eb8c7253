"""Review comments through the window: written, answered and resolved in the Comments panel, shown
as badges on the map; a reader of a read-only file saves theirs apart and the owner merges them in."""

import os

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QLineEdit, QTreeWidget

from cxdesigner.canvas.comment_badges import CommentBadge
from cxdesigner.storage import open_project, read_project
from test_compare_cli import edit_in_process
from test_crash_recovery import hold_the_file
from test_merging import new_project
from test_versions import until


def set_my_name(person, name: str) -> None:
    def preferences(dialog):
        person.click(person.find("Your name", QLineEdit, within=dialog))
        person.select_all_and_type(name)
        person.button(dialog, "OK")

    person.answer(preferences)
    person.menu("Edit", "Preferences…")
    assert person.all_answered()


def write(person, text: str, button: str = "Comment") -> None:
    panel = person.panel("Comments")
    person.click(person.find("Comment text", within=panel))
    person.type(text)
    person.click(person.find(button, within=panel))


def threads(person) -> list[str]:
    tree = person.find("Comments", QTreeWidget, within=person.panel("Comments"))
    found = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        found.append(item.text(0))
        found += [f"  {item.child(j).text(0)}" for j in range(item.childCount())]
    return found


def badges(window) -> dict[str, str]:
    return {b.target_id: b.count for b in window.scene.items() if isinstance(b, CommentBadge)}


def test_comments_are_written_answered_resolved_and_badged(editor, tmp_path):
    path = tmp_path / "hotel.cxd"
    new_project(path)
    window, person = editor(path)
    set_my_name(person, "Ana Ruiz")
    person.click_card("Reports a problem in the room")
    write(person, "Do we know how often this happens?")
    write(person, "Twice a week, says the night desk.", "Reply")
    card = person.card("Reports a problem in the room")
    until(person, lambda: badges(window) == {card.touchpoint_id: 2})  # badges follow the map once it settles
    lines = threads(person)
    assert lines[0].startswith("Ana Ruiz · ") and "on touchpoint “Reports a problem in the room”" in lines[0]
    assert lines[0].endswith("\nDo we know how often this happens?")
    assert lines[1].endswith("\nTwice a week, says the night desk.")
    corner = QPointF(window.scene.layout.width - 12, window.scene.layout.height - 8)  # empty: clears the selection
    person.click(window.view.viewport(), person.on_map(corner))
    write(person, "Ready for the workshop.")  # nothing selected: on the map itself
    person.click(person.find("Resolve", within=person.panel("Comments")))
    assert len(threads(person)) == 2  # the resolved thread is out of the list until asked for
    person.click(person.find("Show resolved", within=person.panel("Comments")))
    assert len(threads(person)) == 3
    person.press("Ctrl+S")
    assert read_project(path).history.head.author == "Ana Ruiz"  # the version is hers too
    jmap = open_project(path).maps[0]
    first, reply, on_map = jmap.comments
    assert (first.target_id, first.author, first.text) == (card.touchpoint_id, "Ana Ruiz",
                                                           "Do we know how often this happens?")
    assert reply.reply_to_id == first.id and reply.target_id == first.target_id
    assert on_map.target_id == jmap.id and on_map.resolved and first.created_at.tzinfo is not None


def test_a_reader_saves_their_comments_and_the_owner_merges_them_in(editor, tmp_path):
    path = tmp_path / "hotel.cxd"
    new_project(path)
    holder = hold_the_file(path)  # the owner has it open: the reader opens it read-only
    try:
        reader, person = editor()
        person.answer(lambda dialog: person.file_name(dialog, str(path)))
        person.answer(lambda box: person.button(box, "Open Read-Only"))
        person.menu("File", "Open…")
        assert person.all_answered() and reader.document.read_only
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    set_my_name(person, "Ben")
    person.click_card("Eats at the hotel restaurant")
    write(person, "The menu is only in English.")
    proposed = []

    def save_as(dialog):
        proposed.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
        person.file_name(dialog, str(tmp_path / "hotel (comments by Ben).cxd"))

    person.answer(save_as)
    person.menu("File", "Save My Comments…")
    assert person.all_answered() and os.path.basename(proposed[0]) == "hotel (comments by Ben).cxd"
    comments_file = tmp_path / "hotel (comments by Ben).cxd"
    assert comments_file.stat().st_size < 40 * 1024  # only the comments (and the empty tables of the format)
    reader.document.undo_stack.setClean()
    reader.close()
    edit_in_process(path, "project.update(project.maps[0].touchpoints[0].id, title='Finds us online')")
    owner, person = editor(path)
    bar = person.find("Copies beside this file")
    assert "Ben's comments on this file lie beside it" in bar.label.text()
    person.answer(lambda box: person.button(box, "No"))  # keep the comments file
    person.click("Merge Them In")
    assert person.all_answered() and comments_file.exists()
    person.press("Ctrl+S")
    result = open_project(path)
    jmap = result.maps[0]
    assert jmap.touchpoints[0].title == "Finds us online"
    (comment,) = jmap.comments
    restaurant = next(t for t in jmap.touchpoints if t.title == "Eats at the hotel restaurant")
    assert (comment.author, comment.text, comment.target_id) == ("Ben", "The menu is only in English.", restaurant.id)
