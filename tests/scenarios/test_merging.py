"""Merging copies in the editor: a sync tool's conflicted copy offered on opening, a colleague's save
met on saving, another file chosen from the menu; conflicts settled through the dialog; the result
saved and read back field by field."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QListWidget

from cxdesigner.storage import open_project, read_project
from test_compare_cli import MINE_EDITS, SYNC_TOOL_NAMES, THEIRS_EDITS, edit_in_process

#: Theirs also renames the touchpoint mine renamed: one conflict to settle.
CLASH = "    project.update(tps[2].id, title='Arrival')\n"


def new_project(path: Path) -> None:
    """``cxdesigner new``, in a process of its own: the first version both copies share."""
    subprocess.run([sys.executable, "-m", "cxdesigner", "new", str(path), "--template", "hotel"], check=True,
                   capture_output=True)


@pytest.fixture
def trash(tmp_path, monkeypatch):
    """The desktop's trash, inside the test's folder."""
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return data / "Trash" / "files"


def keep_theirs(person):
    """The conflicts dialog, answered: the one conflict (both renamed a touchpoint) goes to theirs."""
    def answer(dialog):
        assert "both changed the title" in " ".join(label.text() for label in dialog.findChildren(QLabel))
        person.click(person.find("Keep theirs", within=dialog))
        person.button(dialog, "Merge")
    return answer


def check_merged(path, before, settled: str = "Arrival"):
    """The merged file: mine's edits, theirs', and the title both renamed as it was settled."""
    result = open_project(path)
    jmap, old = result.maps[0], before.maps[0]
    assert [t.title for t in jmap.touchpoints] == [t.title for t in old.touchpoints[:2]] + [settled] + \
        [t.title for t in old.touchpoints[3:6]] + ["Books the spa"] + [t.title for t in old.touchpoints[7:]]
    assert old.touchpoints[6].id not in {t.id for t in jmap.touchpoints}  # mine removed it
    assert jmap.rating(old.touchpoints[0].id, old.persona_ids[0]).value == 2  # mine re-rated it
    assert result.personas[0].age == 45 and jmap.touchpoints[3].feelings == "Delighted"  # theirs
    assert jmap.pain_points[0].severity == 1 and result.problems() == []
    return result


@pytest.mark.parametrize("tool", SYNC_TOOL_NAMES)
def test_a_conflicted_copy_is_offered_on_opening_merged_and_trashed(editor, tmp_path, trash, tool):
    mine, theirs = tmp_path / "hotel.cxd", tmp_path / SYNC_TOOL_NAMES[tool]
    new_project(mine)
    before = open_project(mine)
    shutil.copy(mine, theirs)
    edit_in_process(mine, MINE_EDITS)
    edit_in_process(theirs, THEIRS_EDITS + CLASH)
    heads = [read_project(p).history.head.id for p in (mine, theirs)]
    window, person = editor(mine)
    bar = person.find("Copies beside this file")
    assert theirs.name in bar.label.text() and tool in bar.label.text()
    person.answer(keep_theirs(person))
    person.answer(lambda box: person.button(box, "Yes"))  # move the copy to the trash
    person.click("Merge It In")
    assert person.all_answered() and not bar.isVisible()
    assert not theirs.exists() and (trash / theirs.name).exists()
    assert window.isWindowModified()
    person.press("Ctrl+S")
    check_merged(mine, before)
    saved = read_project(mine).history
    assert saved.head.parents == tuple(heads) and heads[1] in saved.revisions
    person.press("Ctrl+Z")  # the merge was one step
    assert window.document.project.maps[0].touchpoints[2].title == "Check-in at the desk"


def test_a_colleagues_save_is_merged_when_saving(editor, tmp_path):
    path = tmp_path / "hotel.cxd"
    new_project(path)
    before = open_project(path)
    window, person = editor(path)
    person.click_card("Arrives at the reception")
    person.click(person.find("Title", within="Inspector"))
    person.select_all_and_type("Check-in at the desk")
    person.press("Return")
    edit_in_process(path, THEIRS_EDITS)  # a colleague saves over the file meanwhile
    person.answer(lambda box: person.button(box, "Merge Their Changes"))
    person.press("Ctrl+S")
    assert person.all_answered() and not window.isWindowModified()
    result = open_project(path)
    jmap = result.maps[0]
    assert jmap.touchpoints[2].title == "Check-in at the desk" and result.personas[0].age == 45
    assert "Books the spa" in [t.title for t in jmap.touchpoints]
    assert len(jmap.touchpoints) == len(before.maps[0].touchpoints) + 1
    assert len(read_project(path).history.head.parents) == 2


def test_merge_with_another_file_from_the_menu(editor, tmp_path):
    mine, theirs = tmp_path / "hotel.cxd", tmp_path / "hotel from Ana.cxd"
    new_project(mine)
    before = open_project(mine)
    shutil.copy(mine, theirs)
    edit_in_process(mine, MINE_EDITS)
    edit_in_process(theirs, THEIRS_EDITS + CLASH)
    window, person = editor(mine)

    def my_own(dialog):
        shown = {label.text() for label in dialog.findChildren(QLabel)}
        assert {'"Arrives at the reception"', '"Check-in at the desk"', '"Arrival"'} <= shown  # before, mine, theirs
        person.click(person.find("My own value", within=dialog))
        person.select_all_and_type("Check-in")
        person.button(dialog, "Merge")

    person.answer(lambda dialog: person.file_name(dialog, str(theirs)))
    person.answer(my_own)
    person.menu("File", "Merge With…")
    assert person.all_answered()
    person.press("Ctrl+S")
    check_merged(mine, before, settled="Check-in")


def test_a_conflicted_copy_can_be_compared_or_ignored(editor, tmp_path):
    mine = tmp_path / "hotel.cxd"
    new_project(mine)
    copies = [tmp_path / SYNC_TOOL_NAMES[tool] for tool in ("Google Drive", "Syncthing")]
    for copy in copies:
        shutil.copy(mine, copy)
    edit_in_process(copies[0], THEIRS_EDITS)
    window, person = editor(mine)
    bar = person.find("Copies beside this file")
    assert copies[0].name in bar.label.text()
    person.click("Compare")
    differences = person.find("Differences", QListWidget)
    assert differences.count() == 4 and not window.isWindowModified()  # compared: nothing changed
    person.click("Ignore")
    assert copies[1].name in bar.label.text()  # the next copy
    person.click("Ignore")
    assert not bar.isVisible() and all(copy.exists() for copy in copies)
