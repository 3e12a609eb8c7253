"""Importing a spreadsheet as a person does: File > Import > Spreadsheet…, the file chosen in the file dialog,
the preview read and answered with its own buttons; undone with Ctrl+Z, done again, saved and read back."""

from __future__ import annotations

from datetime import date

import openpyxl
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from sample import saved_map
from cxdesigner.interchange.map_workbook import map_workbook
from cxdesigner.storage import open_project

NEW = "Reads the loyalty newsletter"


def edited_export(path, tmp_path):
    """The sample map's own workbook, edited as in a spreadsheet: a rating changed, a touchpoint and an action added."""
    project = open_project(path)
    jmap = project.maps[0]
    book_path = tmp_path / "hotel edited.xlsx"
    book_path.write_bytes(map_workbook(project, jmap))
    book = openpyxl.load_workbook(book_path)
    touchpoints = book["Touchpoints"]
    touchpoints["G2"] = 1
    touchpoints.append([10, "Loyalty", NEW, "E-mail", "Marketing", "phone", 4, 5])
    touchpoints.append([11, "Loyalty", "Rates the stay", "", "", "", 9])
    book["Actions"].append([9, "Send a thank-you card", "high", "planned", "Marketing", NEW, "", "", "", 0.5,
                            "Q3", date(2026, 9, 1)])
    book.save(book_path)
    return book_path, jmap


def test_a_spreadsheet_is_previewed_imported_undone_redone_and_saved(editor, sample, tmp_path):
    book, before = edited_export(sample, tmp_path)
    window, person = editor(sample)
    seen = {}

    def preview(dialog):
        target = person.find("Import into", QComboBox, within=dialog)
        text = person.find("What the import changes", QPlainTextEdit, within=dialog)
        seen["target"], seen["text"] = target.currentText(), text.toPlainText()
        person.choose(target, "A new map")
        seen["new map"] = text.toPlainText()
        person.choose(target, before.name)
        dialog.grab().save(str(tmp_path / "preview.png"))
        person.button(dialog, "Import")

    person.answer(lambda dialog: person.file_name(dialog, str(book)))
    person.answer(preview)
    person.menu("File", "Import", "Spreadsheet…")
    person._wait_for(person.all_answered, "the import dialogs")
    person.wait(50)
    assert seen["target"] == before.name
    assert seen["text"].startswith(f'Into the map "{before.name}".')
    assert "Touchpoints: 1 added, 0 changed." in seen["text"] and "Actions: 1 added, 0 changed." in seen["text"]
    assert "Touchpoints, line 12: the satisfaction '9' is not a number on the map's scale (1 to 5)" in seen["text"]
    assert seen["new map"].startswith('Into a new map "Hotel stay"') and "Touchpoints: 10 added" in seen["new map"]
    def on_the_map():
        return [card.touchpoint.title for card in window.scene.cards.values()]

    assert window.isWindowModified() and NEW in on_the_map()
    person.press("Ctrl+Z")
    assert NEW not in on_the_map() and not window.isWindowModified()
    person.press("Ctrl+Shift+Z")
    assert NEW in on_the_map() and window.isWindowModified()
    person.press("Ctrl+S")
    assert not window.isWindowModified()

    jmap, project = saved_map(sample)
    assert [t.title for t in jmap.touchpoints] == [*(t.title for t in before.touchpoints), NEW]
    new = jmap.touchpoints[-1]
    assert project.find(new.stage_id).name == "Loyalty" and new.device == "phone"
    assert jmap.rating(jmap.touchpoints[0].id, jmap.persona_ids[0]).value == 1
    action = jmap.actions[-1]
    assert (action.text, action.touchpoint_id, action.planned_on) == ("Send a thank-you card", new.id,
                                                                      date(2026, 9, 1))
    assert len(project.maps) == 1
