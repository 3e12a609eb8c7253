"""``cxdesigner diff`` and ``cxdesigner merge`` on real files, each edit made in a process of its own."""

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from cxdesigner.storage import SCHEMA_VERSION, open_project, read_project, save_project
from cxdesigner.storage.lock import acquire

SYNC_TOOL_NAMES = {
    "Dropbox": "hotel (Ana's conflicted copy 2026-11-30).cxd",
    "Google Drive": "hotel (1).cxd",
    "OneDrive": "hotel-ANA-LAPTOP.cxd",
    "Nextcloud or ownCloud": "hotel (conflicted copy 2026-11-30 101112).cxd",
    "Syncthing": "hotel.sync-conflict-20261130-101112-ABCD123.cxd",
}
#: Mine: a touchpoint renamed, another removed, a rating changed.
MINE_EDITS = """
    jmap = project.maps[0]
    tps = jmap.touchpoints
    project.update(tps[2].id, title="Check-in at the desk")
    project.remove(tps[6].id)
    project.set_value(RATING, jmap.id, Rating(touchpoint_id=tps[0].id, persona_id=jmap.persona_ids[0], value=2))
"""
#: Theirs: other fields and items: a persona's age, a new touchpoint, a pain point's severity.
THEIRS_EDITS = """
    jmap = project.maps[0]
    tps = jmap.touchpoints
    project.update(project.personas[0].id, age=45)
    project.update(tps[3].id, feelings="Delighted")
    project.add(Touchpoint(id="spa-visit", title="Books the spa", stage_id=tps[5].stage_id), map_id=jmap.id)
    project.update(jmap.pain_points[0].id, severity=1)
"""


def cli(*args, timeout: float = 120):
    """The real command in a fresh process with no display, given a time limit (a hang fails the test)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "cxdesigner", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=timeout)


def edit_in_process(path, edits: str) -> None:
    """Open ``path``, edit it through the model and save it, in a fresh Python."""
    script = "from cxdesigner.model import RATING, Rating, Touchpoint\nfrom cxdesigner.storage import open_project, " \
             f"save_project\nproject = open_project({str(path)!r})\n" + textwrap.dedent(edits) + \
             f"\nsave_project(project, {str(path)!r})\n"
    subprocess.run([sys.executable, "-c", script], check=True)


@pytest.fixture
def folder(tmp_path):
    assert cli("new", tmp_path / "base.cxd", "--template", "hotel").returncode == 0
    return tmp_path


@pytest.mark.parametrize("tool", SYNC_TOOL_NAMES)
def test_a_conflicted_copy_is_found_and_merged(folder, tool):
    base, mine, theirs = folder / "base.cxd", folder / "hotel.cxd", folder / SYNC_TOOL_NAMES[tool]
    shutil.copy(base, mine)
    shutil.copy(base, theirs)
    edit_in_process(mine, MINE_EDITS)
    edit_in_process(theirs, THEIRS_EDITS)
    checked = cli("check", mine)
    assert checked.returncode == 0
    assert checked.stdout.splitlines() == [
        f"{mine}: ok", f"{mine}: a conflicted copy ({tool}) lies beside it: {theirs.name}"]
    out = folder / "merged.cxd"
    merged = cli("merge", mine, theirs, "--output", out)  # the base is found in the two files' histories
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout == f"Merged into {out}: 3 changes from {mine}, 4 from {theirs}, no conflicts.\n"
    result, before = open_project(out), open_project(base)
    jmap, old = result.maps[0], before.maps[0]
    titles = [t.title for t in jmap.touchpoints]
    assert titles == [t.title for t in old.touchpoints[:2]] + ["Check-in at the desk"] + \
        [t.title for t in old.touchpoints[3:6]] + ["Books the spa"] + [t.title for t in old.touchpoints[7:]]
    assert old.touchpoints[6].id not in {t.id for t in jmap.touchpoints}
    assert jmap.rating(old.touchpoints[0].id, old.persona_ids[0]).value == 2
    assert result.personas[0].age == 45 and jmap.touchpoints[3].feelings == "Delighted"
    assert jmap.pain_points[0].severity == 1
    assert result.problems() == [] and cli("check", out).returncode == 0
    histories = [read_project(path).history for path in (base, mine, theirs, out)]
    (created,), merged_history = histories[0].revisions, histories[3]
    assert merged_history.head.parents == (histories[1].head.id, histories[2].head.id)
    assert {created, histories[1].head.id, histories[2].head.id} < set(merged_history.revisions)
    assert merged_history.project_of(created) == before  # a later merge can start from any of them


def test_files_that_share_no_saved_version_need_a_base(folder):
    mine, theirs = folder / "mine.cxd", folder / "theirs.cxd"
    for path in (mine, theirs):
        shutil.copy(folder / "base.cxd", path)
        forget = "import sqlite3\nwith sqlite3.connect({!r}) as db:\n    db.execute('DELETE FROM revision')\n"
        subprocess.run([sys.executable, "-c", forget.format(str(path))], check=True)  # as a file saved before histories were kept
    refused = cli("merge", mine, theirs, "--output", folder / "out.cxd")
    assert (refused.returncode, refused.stdout) == (1, "")
    assert refused.stderr == ("cxdesigner: mine.cxd and theirs.cxd share no saved version whose content is still "
                              "kept; name the version both were edited from with --base BASE.cxd.\n")
    assert cli("merge", mine, theirs, "--base", folder / "base.cxd", "--output", folder / "out.cxd").returncode == 0


def test_conflicts_are_listed_and_nothing_written_unless_a_side_is_preferred(folder):
    base, mine, theirs = folder / "base.cxd", folder / "mine.cxd", folder / "theirs.cxd"
    for path, title in ((mine, "Check-in at the desk"), (theirs, "Arrival")):
        shutil.copy(base, path)
        edit_in_process(path, f"project.update(project.maps[0].touchpoints[2].id, title={title!r})")
    out = folder / "merged.cxd"
    refused = cli("merge", mine, theirs, "--base", base, "--output", out)
    assert refused.returncode == 1 and not out.exists()
    assert refused.stdout.splitlines() == [
        'Touchpoint "Check-in at the desk": both changed the title (was "Arrives at the reception"; '
        'mine "Check-in at the desk", theirs "Arrival").']
    assert refused.stderr == ("cxdesigner: 1 conflict; nothing was written. "
                              "Settle them with --prefer mine or --prefer theirs.\n")
    settled = cli("merge", mine, theirs, "--base", base, "--output", out, "--prefer", "theirs")
    assert settled.returncode == 0 and settled.stdout.splitlines()[1].endswith("Kept theirs.")
    assert open_project(out).maps[0].touchpoints[2].title == "Arrival"


def test_the_output_is_not_overwritten_without_force_nor_while_open(folder):
    base = folder / "base.cxd"
    out = folder / "out.cxd"
    out.write_bytes(b"keep me")
    refused = cli("merge", base, shutil.copy(base, folder / "copy.cxd"), "--base", base, "--output", out)
    assert refused.returncode == 1 and "already exists; add --force" in refused.stderr
    assert out.read_bytes() == b"keep me"
    with acquire(out):  # someone has it open in the editor
        held = cli("merge", base, folder / "copy.cxd", "--base", base, "--output", out, "--force")
    assert held.returncode == 1 and "has had out.cxd open since" in held.stderr and out.read_bytes() == b"keep me"
    assert cli("merge", base, folder / "copy.cxd", "--base", base, "--output", out, "--force").returncode == 0
    assert open_project(out) == open_project(base)


def test_diff_in_sentences_and_in_json(folder):
    base, edited = folder / "base.cxd", folder / "edited.cxd"
    shutil.copy(base, edited)
    edit_in_process(edited, MINE_EDITS)
    text = cli("diff", base, edited)
    assert text.returncode == 0
    lines = text.stdout.splitlines()
    assert lines[:3] == [f"From {base} to {edited}: 3 differences.", "", 'Map "Hotel stay"']
    assert lines[3].startswith('  Touchpoint "Check-in at the desk": title "Arrives at the reception" → "Check-in')
    assert lines[4].startswith("  Rating of ") and lines[4].endswith(": value 3 → 2.")
    assert lines[5].startswith('  Touchpoint "Reports a problem in the room" removed (with 2 lane cells, 2 ratings and 2 links)')
    report = json.loads(cli("diff", base, edited, "--json").stdout)
    assert report["differences"] == 3 and report["same_project"] is True
    (group,) = report["groups"]
    assert group["map"]["name"] == "Hotel stay"
    changed, rated, removed = group["differences"]
    assert (changed["field"], changed["old"], changed["new"]) == ("title", "Arrives at the reception",
                                                                  "Check-in at the desk")
    assert rated["item"][0] == "ratings" and (rated["old"], rated["new"]) == (3, 2)
    assert removed["change"] == "removed" and len(removed["with"]) == 6  # its 2 lane cells, 2 ratings, 2 links
    same = cli("diff", base, shutil.copy(base, folder / "copy.cxd"))
    assert same.stdout == f"{base} and {folder / 'copy.cxd'} hold the same project.\n"


def test_bad_inputs_get_one_sentence(folder, project):
    base = folder / "base.cxd"
    text, newer, unrelated = folder / "notes.cxd", folder / "newer.cxd", folder / "unrelated.cxd"
    text.write_text("hello")
    save_project(project, unrelated)
    save_project(project, newer)
    data = bytearray(newer.read_bytes())
    data[60:64] = (SCHEMA_VERSION + 1).to_bytes(4, "big")
    newer.write_bytes(bytes(data))
    out = folder / "out.cxd"
    cases = [
        (text, "notes.cxd is not a CX Designer project (it is not a database file).", True),
        (folder / "missing.cxd", "missing.cxd does not exist.", True),
        (base, "base.cxd was given twice; name two different files.", True),
        (newer, f"newer.cxd was saved by a newer CX Designer (file format {SCHEMA_VERSION + 1}; "
                f"this version reads up to {SCHEMA_VERSION}). Update CX Designer to open it.", True),
        # two unrelated projects can be compared (everything differs), not merged
        (unrelated, "These files are not versions of the same project: they share no history to merge.", False),
    ]
    fifo = folder / "pipe.cxd"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    cases.append((fifo, "pipe.cxd is not a regular file (it is a pipe), so it is not read.", True))
    for other, sentence, for_diff in cases:
        commands = [["merge", base, other, "--base", base, "--output", out]] + ([["diff", base, other]] * for_diff)
        for command in commands:
            result = cli(*command)
            assert (result.returncode, result.stdout, result.stderr) == (1, "", f"cxdesigner: {sentence}\n"), command
    assert not out.exists() and text.read_text() == "hello"
    different = cli("diff", base, unrelated)
    assert different.returncode == 0 and different.stdout.splitlines()[1] == (
        "They are different projects: nothing in one is a version of anything in the other.")


def test_comparing_and_merging_load_no_qt(folder):
    base = folder / "base.cxd"
    copy = shutil.copy(base, folder / "copy.cxd")
    probe = ("import sys\nfrom cxdesigner.cli import main\n"
             f"main(['diff', {str(base)!r}, {str(copy)!r}])\n"
             f"main(['merge', {str(base)!r}, {str(copy)!r}, '--base', {str(base)!r}, '--output', "
             f"{str(folder / 'm.cxd')!r}])\n"
             "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True).returncode == 0
