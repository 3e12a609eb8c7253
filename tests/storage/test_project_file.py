"""Save and open real .cxd files; refuse what is not ours, touching nothing."""

import os
import sqlite3
import shlex
import subprocess
import sys

import pytest

from cxdesigner.model import TARGET, Project
from cxdesigner.storage import APPLICATION_ID, SCHEMA_VERSION, ProjectFileError, open_project, save_project
from cxdesigner.storage.reader import file_format_version


def test_round_trip(project, tmp_path):
    project.personas[0].photo = bytes(range(256))
    path = tmp_path / "hotel.cxd"
    save_project(project, path)
    assert open_project(path) == project


def test_header_identifies_the_file(project, tmp_path):
    path = tmp_path / "hotel.cxd"
    save_project(project, path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert path.read_bytes()[68:72] == b"CXDF"
    assert file_format_version(path) == SCHEMA_VERSION


def test_save_replaces_atomically_and_leaves_no_temporary(project, tmp_path):
    path = tmp_path / "hotel.cxd"
    save_project(Project(name="Old"), path)
    save_project(project, path)
    assert open_project(path).name == "Test hotel"
    assert sorted(os.listdir(tmp_path)) == ["hotel.cxd"]


def test_save_as_writes_a_second_file(project, tmp_path):
    save_project(project, tmp_path / "a.cxd")
    project.update(project.id, name="Copy")
    save_project(project, tmp_path / "b.cxd")
    assert open_project(tmp_path / "a.cxd").name == "Test hotel"
    assert open_project(tmp_path / "b.cxd").name == "Copy"


SAVE = """
import resource, signal, sys
from cxdesigner.model import Note
from cxdesigner.storage import ProjectFileError, save_project
from cxdesigner.interchange.templates import load_template
project = load_template("blank")
for i in range(3000):
    project.add(Note(text="x" * 200), map_id=project.maps[0].id)
if sys.argv[2] == "full":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))
try:
    save_project(project, sys.argv[1])
except ProjectFileError as error:
    print(error)
"""


def _save_elsewhere(path, how, read_only_folder=None):
    command = [sys.executable, "-c", SAVE, str(path), how]
    if read_only_folder is not None:  # root writes anywhere: mount the folder read-only for it
        folder = shlex.quote(str(read_only_folder))
        command = ["unshare", "-m", "sh", "-c",
                   f"mount --bind -o ro {folder} {folder} && exec {shlex.join(command)}"]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _can_mount_read_only() -> bool:
    try:
        return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0
    except OSError:
        return False


def test_disk_full_midway_keeps_old_file_and_cleans_up(project, tmp_path):
    """The saving process may not grow a file past 100 kB: the save fails midway, for real."""
    path = tmp_path / "hotel.cxd"
    save_project(project, path)
    before = path.read_bytes()
    message = _save_elsewhere(path, "full")
    assert "disk could not be written" in message and "previous file is unchanged" in message
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["hotel.cxd"]


def test_read_only_folder_gives_plain_error_and_keeps_old_file(project, tmp_path):
    path = tmp_path / "hotel.cxd"
    save_project(project, path)
    before = path.read_bytes()
    if os.geteuid() == 0:
        if not _can_mount_read_only():
            pytest.skip("root ignores folder permissions and cannot mount a read-only folder here")
        message = _save_elsewhere(path, "read-only", read_only_folder=tmp_path)
    else:
        tmp_path.chmod(0o555)
        try:
            message = _save_elsewhere(path, "read-only")
        finally:
            tmp_path.chmod(0o755)
    assert message.strip() == ("Could not save hotel.cxd: the folder is read-only or you lack "
                               "permission to write there. The previous file is unchanged.")
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["hotel.cxd"]


def test_save_into_missing_folder(project, tmp_path):
    with pytest.raises(ProjectFileError, match="does not exist"):
        save_project(project, tmp_path / "nowhere" / "x.cxd")


def _another_apps_database(path):
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE contacts (name TEXT)")
        db.execute("INSERT INTO contacts VALUES ('Ann')")


def _newer(path, project):
    save_project(project, path)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _truncated(path, project):
    save_project(project, path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _with_trigger(path, project):
    save_project(project, path)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TRIGGER t AFTER INSERT ON note BEGIN DELETE FROM note; END")


def _wrong_type(path, project):
    save_project(project, path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE touchpoint SET title = x'0102'")


def _dangling(path, project):
    save_project(project, path)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("UPDATE touchpoint SET stage_id = 'nowhere'")


BAD_FILES = {
    "empty": (lambda p, _: p.write_bytes(b""), "empty"),
    "text": (lambda p, _: p.write_text("name,score\nAnn,4\n"), "not a database"),
    "truncated": (_truncated, "truncated|damaged"),
    "another app": (lambda p, _: _another_apps_database(p), "another program"),
    "newer": (_newer, rf"newer CX Designer \(file format {SCHEMA_VERSION + 1}; this version reads up to "
                      rf"{SCHEMA_VERSION}\)\. Update CX Designer to open it\."),
    "trigger": (_with_trigger, "triggers"),
    "wrong type": (_wrong_type, "wrong values in touchpoint"),
    "dangling": (_dangling, "damaged.*stage"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_files_are_refused_plainly_and_left_unchanged(kind, project, tmp_path):
    make, message = BAD_FILES[kind]
    path = tmp_path / "bad.cxd"
    make(path, project)
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match=message) as caught:
        open_project(path)
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["bad.cxd"]


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectFileError, match="does not exist"):
        open_project(tmp_path / "none.cxd")
    with pytest.raises(ProjectFileError, match="folder"):
        open_project(tmp_path)


def _as_schema_5(path):
    """Turn a saved file into what schema 5 was: surveys with no wave or fieldwork period."""
    with sqlite3.connect(path) as db:
        for column in ("wave", "fieldwork_start", "fieldwork_end"):
            db.execute(f"ALTER TABLE survey DROP COLUMN {column}")
        db.execute("PRAGMA user_version = 5")
    with sqlite3.connect(path) as db:
        db.execute("VACUUM")


def _as_schema_4(path):
    """Turn a saved file into what schema 4 was: no history of saves, no comments."""
    _as_schema_5(path)
    with sqlite3.connect(path) as db:
        for table in ("revision_parent", "revision", "comment"):
            db.execute(f"DROP TABLE {table}")
        db.execute("PRAGMA user_version = 4")
    with sqlite3.connect(path) as db:
        db.execute("VACUUM")


def _as_schema_3(path):
    """Turn a saved file into what schema 3 was: no lanes of a map's own, no projected line, no plan."""
    _as_schema_4(path)
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE lane_cell")
        db.execute("DROP TABLE custom_lane")
        for table, column in (("journey_map", "projected_statuses"), ("journey_map", "projected_until"),
                              ("action", "phase"), ("action", "planned_on")):
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        db.execute("PRAGMA user_version = 3")
    with sqlite3.connect(path) as db:
        db.execute("VACUUM")


def _as_schema_2(path):
    """Turn a saved file into what schema 2 was: no target ratings (nor what later schemas added)."""
    _as_schema_3(path)
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE target_rating")
        db.execute("PRAGMA user_version = 2")
    with sqlite3.connect(path) as db:
        db.execute("VACUUM")


def _as_schema_1(path):
    """Turn a saved file into what CX Designer 0.1 wrote: no per-map lanes or spacing (nor targets)."""
    _as_schema_2(path)
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE journey_map DROP COLUMN lanes")
        db.execute("ALTER TABLE journey_map DROP COLUMN spacing")
        db.execute("PRAGMA user_version = 1")
    with sqlite3.connect(path) as db:
        db.execute("VACUUM")


def test_schema_1_file_is_upgraded_in_memory_and_original_untouched(project, tmp_path):
    from cxdesigner.model import Lane
    project.update(project.maps[0].id, lanes=[Lane.TOUCHPOINTS, Lane.GOALS])
    path = tmp_path / "old.cxd"
    save_project(project, path)
    _as_schema_1(path)
    before = path.read_bytes()
    upgraded = open_project(path)
    assert upgraded.maps[0].lanes == [Lane.TOUCHPOINTS, Lane.SATISFACTION, Lane.PAIN_POINTS, Lane.POSITIVE_MOMENTS,
                                      Lane.ACTIONS] and upgraded.maps[0].spacing == "equal"  # what 0.1 showed
    assert [t.title for t in upgraded.maps[0].touchpoints] == [t.title for t in project.maps[0].touchpoints]
    assert path.read_bytes() == before and file_format_version(path) == 1
    save_project(upgraded, tmp_path / "new.cxd")
    assert file_format_version(tmp_path / "new.cxd") == SCHEMA_VERSION


def test_targets_round_trip(project, tmp_path):
    from cxdesigner.model import Target
    jmap = project.maps[0]
    anna, ben = project.personas
    project.set_value(TARGET, jmap.id, Target(touchpoint_id=jmap.touchpoints[2].id, persona_id=anna.id, value=4.5))
    project.set_value(TARGET, jmap.id, Target(touchpoint_id=jmap.touchpoints[0].id, persona_id=ben.id, value=3))
    path = tmp_path / "targets.cxd"
    save_project(project, path)
    assert open_project(path) == project
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM target_rating").fetchone()[0] == 2


def test_schema_2_file_is_upgraded_with_no_targets(project, tmp_path):
    path = tmp_path / "old.cxd"
    save_project(project, path)
    _as_schema_2(path)
    with sqlite3.connect(path) as db:  # another tool's table of that name is not ours, and is not read
        db.execute("CREATE TABLE target_rating (note TEXT)")
        db.execute("INSERT INTO target_rating VALUES ('elsewhere')")
    before = path.read_bytes()
    upgraded = open_project(path)
    assert upgraded == project and upgraded.maps[0].targets == {}
    assert path.read_bytes() == before and file_format_version(path) == 2
    save_project(upgraded, tmp_path / "new.cxd")
    assert file_format_version(tmp_path / "new.cxd") == SCHEMA_VERSION


def test_schema_3_file_is_upgraded_with_no_lanes_of_its_own(project, tmp_path):
    """A real format-3 file (as CX Designer wrote it before custom lanes) opens unchanged on disk."""
    path = tmp_path / "old.cxd"
    save_project(project, path)
    _as_schema_3(path)
    before = path.read_bytes()
    upgraded = open_project(path)
    assert upgraded == project and upgraded.maps[0].custom_lanes == [] and upgraded.maps[0].cells == []
    assert upgraded.maps[0].projected_statuses == [] and all(a.phase == "" for a in upgraded.maps[0].actions)
    assert path.read_bytes() == before and file_format_version(path) == 3
    save_project(upgraded, tmp_path / "new.cxd")
    assert file_format_version(tmp_path / "new.cxd") == SCHEMA_VERSION == 6


def test_lanes_of_a_maps_own_round_trip(project, tmp_path):
    import datetime

    from cxdesigner.model import ActionStatus, CustomLane, Emotion, LaneCell, LaneKind
    jmap = project.maps[0]
    says, wait, face = (CustomLane(title="Customer says"), CustomLane(title="Wait", kind=LaneKind.METRIC, unit="min"),
                        CustomLane(title="Feels", kind=LaneKind.EMOTION))
    for lane in (says, wait, face):
        project.add(lane, map_id=jmap.id)
    project.update(jmap.id, lanes=[*jmap.lanes, face.id, says.id], projected_statuses=[ActionStatus.PLANNED],
                   projected_until=datetime.date(2027, 6, 30))
    first = jmap.touchpoints[0].id
    for cell in (LaneCell(lane_id=says.id, touchpoint_id=first, text="Too many clicks"),
                 LaneCell(lane_id=wait.id, touchpoint_id=first, number=12.5),
                 LaneCell(lane_id=face.id, touchpoint_id=first, persona_id=jmap.persona_ids[1],
                          emotion=Emotion.UNHAPPY)):
        project.add(cell, map_id=jmap.id)
    project.update(jmap.actions[0].id, phase="next", planned_on=datetime.date(2027, 1, 15))
    path = tmp_path / "lanes.cxd"
    save_project(project, path)
    assert open_project(path) == project


def test_a_target_outside_the_scale_is_refused(project, tmp_path):
    path = tmp_path / "bad.cxd"
    save_project(project, path)
    jmap = project.maps[0]
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO target_rating VALUES (?, ?, 9)", (jmap.touchpoints[0].id, project.personas[0].id))
    with pytest.raises(ProjectFileError, match="A target must lie between 1 and 5"):
        open_project(path)


def test_upgrade_steps_run_in_order_in_memory(project, tmp_path):
    """A made-up next schema: its step runs on the in-memory copy only."""
    path = tmp_path / "current.cxd"
    save_project(project, path)
    before = path.read_bytes()
    ran = []

    def step(db):
        ran.append(db.execute("PRAGMA user_version").fetchone()[0])
        db.execute("UPDATE stage SET name = upper(name)")

    upgraded = open_project(path, schema_version=SCHEMA_VERSION + 1, upgrades={SCHEMA_VERSION: step})
    assert ran == [SCHEMA_VERSION]
    assert [s.name for s in upgraded.maps[0].stages] == ["BOOKING", "STAY"]
    assert path.read_bytes() == before
    assert open_project(path) == project


def test_older_file_without_an_upgrade_step_is_refused(project, tmp_path):
    path = tmp_path / "old.cxd"
    save_project(project, path)
    with pytest.raises(ProjectFileError, match="old file format"):
        open_project(path, schema_version=SCHEMA_VERSION + 1, upgrades={})


def test_save_keeps_permissions_and_follows_symlinks(project, tmp_path):
    path = tmp_path / "shared.cxd"
    save_project(project, path)
    assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()
    path.chmod(0o664)
    save_project(project, path)
    assert path.stat().st_mode & 0o777 == 0o664
    link = tmp_path / "link.cxd"
    link.symlink_to(path)
    project.update(project.id, name="Through the link")
    save_project(project, link)
    assert link.is_symlink() and open_project(path).name == "Through the link"
    assert sorted(os.listdir(tmp_path)) == ["link.cxd", "shared.cxd"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _with_two_waves(project):
    """Two surveys of the first map: a spring wave and a summer one, with their fieldwork periods."""
    import datetime

    from cxdesigner.model import SurveyAnswer, SurveyDataset
    jmap = project.maps[0]
    question = {"Q1": jmap.touchpoints[0].id}
    for label, start, end in (("2026 Q2", datetime.date(2026, 4, 1), datetime.date(2026, 4, 30)),
                              ("2026 Q3", datetime.date(2026, 7, 1), None)):
        project.add(SurveyDataset(name=f"Survey {label}", map_id=jmap.id, question_touchpoints=dict(question),
                                  answers=[SurveyAnswer(respondent="r1", question="Q1", value=4.0)],
                                  wave=label, fieldwork_start=start, fieldwork_end=end))
    return project


def _difference_as_format_5(blob):
    """A history's difference as format 5 wrote it: survey rows without the three columns of waves."""
    from cxdesigner.storage.snapshots import pack, unpack
    change = unpack(blob)
    entry = change["changes"].get("survey")
    if entry is not None:
        assert "columns" not in entry
        entry["add"] = [values[:-3] for values in entry.get("add", ())]
        entry["set"] = [[key, {c: v for c, v in values.items() if c not in ("wave", "fieldwork_start", "fieldwork_end")}]
                        for key, values in entry.get("set", ())]
    return pack(change)


def test_survey_waves_round_trip(project, tmp_path):
    _with_two_waves(project)
    path = tmp_path / "waves.cxd"
    save_project(project, path)
    assert open_project(path) == project
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT wave, fieldwork_start, fieldwork_end FROM survey ORDER BY position").fetchall() == [
            ("2026 Q2", "2026-04-01", "2026-04-30"), ("2026 Q3", "2026-07-01", None)]


def test_schema_5_file_is_upgraded_with_surveys_of_no_wave(project, tmp_path):
    """A real format-5 file (surveys with no wave) opens unchanged on disk, and its history still reads."""
    import dataclasses

    from cxdesigner.storage import read_project
    _with_two_waves(project)
    for survey in project.surveys:
        project.update(survey.id, wave="", fieldwork_start=None, fieldwork_end=None)
    path = tmp_path / "old.cxd"
    save_project(project, path)
    edited = dataclasses.replace(open_project(path), name="Second save")
    edited.remove(edited.surveys[1].id)  # the older version then holds a survey row the newer lacks
    save_project(edited, path, history=read_project(path).history)
    _as_schema_5(path)
    with sqlite3.connect(path) as db:  # the older version was written in format 5 too
        for revision_id, blob in db.execute("SELECT id, snapshot FROM revision WHERE content = 'delta'").fetchall():
            db.execute("UPDATE revision SET file_format = 5, snapshot = ? WHERE id = ?",
                       (_difference_as_format_5(blob), revision_id))
    before = path.read_bytes()
    opened = read_project(path)
    assert opened.file_format == 5 and opened.project == edited
    assert [s.wave for s in opened.project.surveys] == [""]
    assert path.read_bytes() == before and file_format_version(path) == 5
    older = next(iter(opened.history.revisions))
    assert opened.history.project_of(older) == project
    opened.project.update(opened.project.surveys[0].id, wave="2026 Q3")
    save_project(opened.project, path, history=opened.history)
    again = read_project(path)
    assert file_format_version(path) == SCHEMA_VERSION == 6 and again.project.surveys[0].wave == "2026 Q3"
    assert [again.history.project_of(r) for r in again.history.revisions] == [project, edited, opened.project]


def test_a_fieldwork_that_ends_before_it_starts_is_refused(project, tmp_path):
    _with_two_waves(project)
    path = tmp_path / "bad.cxd"
    save_project(project, path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE survey SET fieldwork_end = '2026-03-01' WHERE wave = '2026 Q2'")
    with pytest.raises(ProjectFileError, match="fieldwork ends on or after"):
        open_project(path)
