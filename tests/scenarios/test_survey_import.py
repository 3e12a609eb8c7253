"""A survey tool's export imported as a person does it: Map > Import Survey…, the file's path typed,
Next, Next, Finish, then Ctrl+S; the saved file is read back. No setting is touched: the layout is
recognised from the header. Then the layout and an answer label changed by hand in the wizard."""

import pytest
from PySide6.QtWidgets import QLabel

from cxdesigner.storage import open_project
from survey_files import EXPECTED, FILES, check_imported
from test_merging import new_project


def shown_text(dialog, start: str) -> str:
    """The visible label of ``dialog`` whose text starts with ``start``."""
    found = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text().startswith(start)]
    assert found, f"no label starting {start!r}"
    return found[0]


def import_with(person, steps) -> None:
    """Open the survey wizard from the Map menu and let ``steps(dialog)`` answer it."""
    person.answer(steps)
    person.menu("Map", "Import Survey…")
    assert person.all_answered()


@pytest.mark.parametrize("name", EXPECTED)
def test_each_tool_export_imports_through_the_wizard_with_no_settings(name, editor, tmp_path):
    expected = EXPECTED[name]
    path = tmp_path / "hotel.cxd"
    new_project(path)
    window, person = editor(path)
    seen = {}

    def steps(dialog):
        person.click(person.find("Survey file", within=dialog))
        person.type(str(FILES / name))
        person.button(dialog, "Next >")
        seen["reading"] = shown_text(dialog, "Read as")
        person.button(dialog, "Next >")
        seen["summary"] = person.find("Import summary", within=dialog).toPlainText()
        person.button(dialog, "Finish")

    import_with(person, steps)
    article = "an" if expected.title[0] in "AEIOU" else "a"
    assert seen["reading"].startswith(f"Read as {article} {expected.title}: {expected.header_rows} header row")
    if expected.unfinished:
        lines = ", ".join(map(str, expected.unfinished))
        assert f"{len(expected.unfinished)} unfinished responses left out (lines {lines})" in seen["reading"]
    assert seen["summary"].startswith(f"{expected.respondents} respondents, {expected.answers} answers")
    for line in expected.problems:
        assert f"  Line {line}: " in seen["summary"]
    assert window.document.undo_stack.count() == 1
    person.press("Ctrl+S")
    check_imported(open_project(path), FILES.joinpath(name).stem, expected)


def test_the_layout_and_a_label_are_changed_in_the_wizard(editor, tmp_path):
    path = tmp_path / "hotel.cxd"
    new_project(path)
    window, person = editor(path)
    seen = {}

    def steps(dialog):
        person.click(person.find("Survey file", within=dialog))
        person.type(str(FILES / "surveymonkey.csv"))
        person.button(dialog, "Next >")
        person.choose(person.find("Layout", within=dialog), "Plain table")
        seen["plain"] = shown_text(dialog, "Read as")
        person.choose(person.find("Layout", within=dialog), "SurveyMonkey export")
        seen["again"] = shown_text(dialog, "Read as")
        score = person.find("Score of So-so", within=dialog)
        seen["before"] = score.text()
        person.click(score)
        person.select_all_and_type("3")
        person.press("Tab")
        person.button(dialog, "Next >")
        seen["summary"] = person.find("Import summary", within=dialog).toPlainText()
        person.button(dialog, "Finish")

    import_with(person, steps)
    assert seen["plain"] == "Read as a plain table: 1 header row."
    assert seen["again"].startswith("Read as a SurveyMonkey export: 2 header rows")
    assert seen["before"] == "— not placed —"
    assert seen["summary"].startswith("9 respondents, 39 answers from 9 rows.") and "left out" not in seen["summary"]
    person.press("Ctrl+S")
    saved = open_project(path).surveys[0]
    assert len({a.respondent for a in saved.answers}) == 9
    assert sorted(a.value for a in saved.answers if a.respondent == "11800000108" and a.value is not None) == [3, 4, 4, 8]
