"""Each way the command line once failed a hostile user: one test per finding, through the real command.

Every run keeps the promise of ``fuzz_harness.check_run`` (exit 0/1, no signal, no traceback,
at most two plain lines on stderr, within time and memory); the tests add what each
finding was about: nothing read through a stray WAL, nothing drawn that cannot be, no
hang, no SQL of the file run, nothing replaced that is not a regular file, no lost save,
no stale temporary, and messages that are one plain sentence.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import time

import pytest

from fuzz_harness import MEMORY_WITH_QT, check_run, cli, fingerprint, refused, unprintable
from cxdesigner.atomic import TEMPORARY_SUFFIXES
from cxdesigner.interchange.json_form import dumps
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Note
from cxdesigner.storage import open_project, save_project


@pytest.fixture
def hotel(tmp_path):
    path = tmp_path / "hotel.cxd"
    save_project(load_template("hotel"), path)
    return path


def _edit(path, *statements, parameters=()):
    with sqlite3.connect(path) as db:
        for statement in statements:
            db.execute(statement, parameters)
    db.close()


def _fifo(path):
    os.mkfifo(path)
    return path


# -- 1 ---------------------------------------------------------------------------------

def _stray_wal(hotel):
    """Another program's WAL, holding a change, beside the project (copied while that program ran)."""
    other = hotel.with_name("other.cxd")
    shutil.copy(hotel, other)
    db = sqlite3.connect(other)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("UPDATE project SET name = 'From the WAL'")
    db.commit()
    shutil.copy(f"{other}-wal", f"{hotel}-wal")
    db.close()
    other.unlink()
    return hotel.with_name("hotel.cxd-wal")


def test_finding_1_a_stray_wal_never_touches_a_read_or_a_saved_result(hotel, tmp_path):
    wal = _stray_wal(hotel)
    before = hotel.read_bytes()
    shown = check_run(cli("info", hotel))
    assert shown.code == 0 and b"From the WAL" not in shown.stdout and b"Hotel" in shown.stdout
    assert not hotel.with_name("hotel.cxd-shm").exists()
    source = tmp_path / "p.json"
    source.write_text(dumps(load_template("blank")))
    refused(cli("import", source, "--output", hotel, "--force"), "hotel.cxd-wal", "move it away")
    assert hotel.read_bytes() == before and wal.exists()
    assert check_run(cli("check", "--full", hotel)).code == 0
    wal.unlink()
    assert check_run(cli("import", source, "--output", hotel, "--force")).code == 0
    with sqlite3.connect(hotel) as db:  # other tools see what was saved, too
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


# -- 2 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("statements", [
    ["UPDATE note SET x = 1e308"],
    ["UPDATE note SET width = 9223372036854775807"],
    ["UPDATE touchpoint SET duration_minutes = 1e308", "UPDATE journey_map SET spacing = 'time'"],
], ids=["note x", "note width", "duration"])
def test_finding_2_what_cannot_be_drawn_is_refused_before_it_reaches_qt(hotel, statements):
    _edit(hotel, *statements)
    before = fingerprint(hotel.parent)
    refused(cli("check", "--full", hotel), "hotel.cxd is damaged")
    refused(cli("export", hotel, "--format", "pdf", "--output", hotel.with_suffix(".pdf"), memory=MEMORY_WITH_QT),
            "hotel.cxd is damaged")
    assert fingerprint(hotel.parent) == before
    project = load_template("hotel")
    note = project.maps[0].notes[0]
    with pytest.raises(ValueError, match="between"):
        project.update(note.id, x=1e308)
    with pytest.raises(ValueError, match="at most 100,000 units wide"):
        project.add(Note(text="far", width=1e300), map_id=project.maps[0].id)


# -- 3 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("statements", [
    ["UPDATE journey_map SET scale_low = -1e308, scale_high = 1e308"],
    ["UPDATE persona SET color = ''"],
    ["UPDATE project SET id = (SELECT id FROM persona LIMIT 1)"],
], ids=["scale", "colour", "project id"])
def test_finding_3_values_the_rules_accepted_but_drawing_crashed_on_are_refused(hotel, statements):
    _edit(hotel, *statements)
    refused(cli("check", hotel), "hotel.cxd is damaged")
    refused(cli("export", hotel, "--format", "pdf", "--output", hotel.with_suffix(".pdf"), memory=MEMORY_WITH_QT))


def test_finding_3_huge_integers_in_json_and_options_are_one_sentence(hotel, tmp_path):
    text = dumps(load_template("hotel"))
    for field, digits in (("age", "9" * 4301), ("x", "7" * 401)):  # an integer field, a float field
        source = tmp_path / "huge.json"
        source.write_text(re.sub(rf'"{field}": [^,\n]+', f'"{field}": {digits}', text, count=1))
        refused(cli("import", source, "--output", tmp_path / "out.cxd"), "digits")
        assert not (tmp_path / "out.cxd").exists()
    answers = tmp_path / "answers.csv"
    answers.write_text("Respondent,Wifi\n1,3\n2,4\n")
    run = refused(cli("survey", hotel, answers, "--match", "Wifi=" + "9" * 5000), "has no touchpoint called")
    assert len(run.stderr) < 300


# -- 4 ---------------------------------------------------------------------------------

def test_finding_4_pipes_devices_and_huge_shapes_never_hang(hotel, tmp_path):
    folder = tmp_path / "pipes"
    folder.mkdir()
    pipe_cxd, pipe_json, pipe_csv = (_fifo(folder / name) for name in ("X.cxd", "X.json", "X.csv"))
    for args in (("check", pipe_cxd), ("info", pipe_cxd), ("import", pipe_json, "--output", folder / "o.cxd"),
                 ("survey", hotel, pipe_csv), ("import", "/dev/zero", "--output", folder / "o.cxd"),
                 ("import", "/dev/urandom", "--output", folder / "o.cxd"), ("survey", hotel, "/dev/zero"),
                 ("check", "/dev/zero"), ("info", "/dev/urandom")):
        refused(cli(*args, timeout=20), "not a regular file")
    journal = _fifo(hotel.with_name("hotel.cxd-journal"))
    refused(cli("info", hotel, timeout=20), "interrupted while writing")
    journal.unlink()
    shapes = {"repeated.csv": "Respondent," + ",".join(["Wifi"] * 10_000) + "\n1," + ",".join(["3"] * 10_000) + "\n",
              "wide.csv": ",".join(f"Q{i}" for i in range(100_000)) + "\n",
              "line.csv": "a," + "b" * 10_000_000 + "\n"}
    for name, text in shapes.items():
        (tmp_path / name).write_text(text)
        check_run(cli("survey", hotel, tmp_path / name, timeout=30))
    (tmp_path / "described.mmd").write_text("journey\n  accDescr {\n" + "x\n" * 1_200_000 + "}\n  section A\n"
                                            "    Pays: 4: Ann\n")
    assert check_run(cli("import", tmp_path / "described.mmd", "--output", tmp_path / "d.cxd", timeout=30)).code == 0
    project = load_template("hotel")
    project.maps[0].name = "Title " * 600_000
    project.maps[0].touchpoints[0].title = "Word " * 800_000
    save_project(project, tmp_path / "titled.cxd")
    run = check_run(cli("export", tmp_path / "titled.cxd", "--format", "pdf", "--tile", "--page", "A0",
                        "--output", tmp_path / "t.pdf", memory=MEMORY_WITH_QT, timeout=60))
    assert run.code == 0 and (tmp_path / "t.pdf").stat().st_size > 1000


# -- 5 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("statement,what", [
    ("CREATE INDEX slow ON survey_answer (length(printf('%.*c', 1000000, respondent)))", "an index named 'slow'"),
    ("ALTER TABLE touchpoint ADD COLUMN slow TEXT GENERATED ALWAYS AS (upper(title)) VIRTUAL",
     "a generated column in touchpoint"),
    ("CREATE INDEX plain ON touchpoint (title)", "an index named 'plain'"),
    ("CREATE TABLE extra (x)", "a table named 'extra'"),
], ids=["expression index", "generated column", "index", "table"])
def test_finding_5_schema_objects_that_are_not_ours_are_refused_before_any_query(hotel, statement, what):
    _edit(hotel, statement)
    before = hotel.read_bytes()
    for args in (("check", "--full", hotel), ("info", hotel)):
        run = refused(cli(*args, timeout=10), what, "which CX Designer files never do")
        assert run.seconds < 10
    assert hotel.read_bytes() == before


# -- 6 ---------------------------------------------------------------------------------

def test_finding_6_survey_delimiters_blank_names_and_endless_sources(hotel, tmp_path):
    answers = tmp_path / "answers.csv"
    answers.write_text("sep=:\nRespondent:Arrives at the reception\n1:4\n2:5\n")
    run = check_run(cli("survey", hotel, answers))
    assert run.code == 0 and b"':'-separated" in run.stdout
    answers.write_text("sep=x\nRespondentxArrives\n")
    refused(cli("survey", hotel, answers), "delimiter")
    answers.write_text("Respondent,Arrives at the reception\n1,4\n2,5\n")
    assert check_run(cli("survey", hotel, answers, "--name", "   ", "--yes")).code == 0
    assert [s.name for s in open_project(hotel).surveys] == ["answers"]
    refused(cli("survey", hotel, "/dev/zero"), "not a regular file")


# -- 7 ---------------------------------------------------------------------------------

def test_finding_7_export_never_replaces_what_is_not_a_regular_file(hotel, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "part.csv").write_text("old touchpoints")
    (out / "part-pain-points.csv").write_text("old pain points")
    (out / "part-actions.csv").mkdir()
    before = fingerprint(out)
    refused(cli("export", hotel, "--format", "csv", "--output", out / "part.csv"), "part-actions.csv",
            "a folder has that name")
    assert fingerprint(out) == before
    device = out / "device"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # what /dev/null is
    except PermissionError:
        device = "/dev/null"
    link = out / "loop"
    link.symlink_to(out / "loop2")
    (out / "loop2").symlink_to(link)
    for target in (device, link):
        for kind in ("svg", "csv", "json"):
            refused(cli("export", hotel, "--format", kind, "--output", target, memory=MEMORY_WITH_QT))
    assert stat.S_ISCHR(os.stat(device).st_mode) and fingerprint(out) == fingerprint(out)
    with open("/dev/full", "wb") as full:
        refused(cli("export", hotel, "--format", "json", stdout=full), "Could not write the output", "disk is full")
        refused(cli("info", hotel, stdout=full), "disk is full")


# -- 8: see tests/storage/test_save_races.py ------------------------------------------

def test_finding_8_a_saving_command_waits_for_the_editor_and_then_refuses(hotel, tmp_path, monkeypatch):
    """The editor's lock (held here, by this process) stops a command; it waits, then says who has the file."""
    from cxdesigner import console
    from cxdesigner.cli import main
    from cxdesigner.storage.lock import acquire
    monkeypatch.setattr(console, "LOCK_WAIT_SECONDS", 0.3)
    before = hotel.read_bytes()
    answers = tmp_path / "answers.csv"
    answers.write_text("Respondent,Arrives at the reception\n1,4\n")
    with acquire(hotel):
        assert main(["survey", str(hotel), str(answers), "--yes"]) == 1
    assert hotel.read_bytes() == before
    assert main(["survey", str(hotel), str(answers), "--yes"]) == 0


# -- 9 ---------------------------------------------------------------------------------

def _dead_process_tag() -> str:
    from cxdesigner.atomic import _short_hash
    from cxdesigner.storage.processes import host_name, start_of
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.2)"])
    tag = f"{_short_hash(host_name())}-{child.pid}-{_short_hash(start_of(child.pid))}"
    child.wait()
    return tag


def test_finding_9_temporaries_of_killed_saves_go_at_the_next_save(hotel, tmp_path):
    from cxdesigner.atomic import owner_tag
    stale = [hotel.with_name(f".hotel.cxd.{_dead_process_tag()}.abc123{suffix}") for suffix in TEMPORARY_SUFFIXES]
    live = hotel.with_name(f".hotel.cxd.{owner_tag()}.def456.saving")  # this process runs: not stale
    foreign = hotel.with_name(".hotel.cxd.00000000-1-00000000.xyz.saving")  # another computer's
    for path in (*stale, live, foreign):
        path.write_bytes(b"half a save")
    answers = tmp_path / "answers.csv"
    answers.write_text("Respondent,Arrives at the reception\n1,4\n")
    assert check_run(cli("survey", hotel, answers, "--yes")).code == 0
    assert not any(path.exists() for path in stale) and live.exists() and foreign.exists()


# -- 10 --------------------------------------------------------------------------------

def _json_with(tmp_path, change):
    document = json.loads(dumps(load_template("hotel")))
    change(document["project"])
    source = tmp_path / "edited.json"
    source.write_text(json.dumps(document))
    return source


def test_finding_10_messages_are_one_plain_sentence(hotel, tmp_path):
    out = tmp_path / "out.cxd"
    source = _json_with(tmp_path, lambda p: p["maps"][0]["goals"][0].clear())
    refused(cli("import", source, "--output", out), "lacks")
    source = _json_with(tmp_path, lambda p: p["maps"][0]["pain_points"][0].update(evidence="survey\x00"))
    refused(cli("import", source, "--output", out), "must be one of")
    source.write_bytes(b"\xff{}")
    refused(cli("import", source, "--output", out), "is not UTF-8 text")
    source.write_text("name,score\n")
    refused(cli("import", source, "--output", out), "edited.json: This is not valid JSON")
    (tmp_path / "notes.txt").write_text("name,score\n")
    refused(cli("import", tmp_path / "notes.txt", "--output", out), "neither a CX Designer JSON project")
    damaged = tmp_path / "schema.cxd"
    shutil.copy(hotel, damaged)
    _edit(damaged, "PRAGMA writable_schema = ON",
          "UPDATE sqlite_master SET sql = '捨慮湥' WHERE name = 'note'")
    refused(cli("check", damaged), "schema.cxd is damaged")
    dangling = tmp_path / "dangling.cxd"
    shutil.copy(hotel, dangling)
    _edit(dangling, "UPDATE stage SET map_id = 'a2a9b7e0-0000-4000-8000-000000000000'")
    run = refused(cli("info", dangling), "dangling.cxd is damaged")
    assert "a2a9b7e0" not in run.stderr
    run = refused(cli("export", hotel, "--format", "csv", "--map", "M" * 4400))
    assert len(run.stderr) < 200
    project = load_template("hotel")
    project.name = "Evil \x1b[2J\x1b]0;owned\x07 name\u202e"
    project.maps[0].touchpoints[0].title = "Title \x9b31m red"
    save_project(project, hotel)
    shown = check_run(cli("info", hotel))
    assert shown.code == 0 and not unprintable(shown.stdout.decode())
    shown = check_run(cli("info", hotel, "--json"))
    assert not unprintable(shown.stdout.decode()) and json.loads(shown.stdout)["name"] == project.name
    answers = tmp_path / "answers.csv"
    answers.write_text("Respondent,Arrives at the reception,Q\x1b[31m red\n1,4,5\n")
    planned = check_run(cli("survey", hotel, answers))
    assert planned.code == 0 and not unprintable(planned.stdout.decode())


# -- 11 --------------------------------------------------------------------------------

def test_finding_11_a_json_import_looks_up_each_type_once_not_each_value(monkeypatch):
    """600,000 answers took 32 s: every value looked its type up again. Now the work per value is a call."""
    import typing

    from cxdesigner.interchange import json_form
    from cxdesigner.model import SurveyAnswer, SurveyDataset
    project = load_template("hotel")
    project.surveys.append(SurveyDataset(name="Big", map_id=project.maps[0].id, question_touchpoints={"Q": None},
                                         answers=[SurveyAnswer(respondent=str(i), question="Q", value=3.0)
                                                  for i in range(2_000)]))
    text = dumps(project)
    json_form._converter.cache_clear()
    json_form._dataclass_converter.cache_clear()
    calls = []
    real = typing.get_type_hints
    monkeypatch.setattr(typing, "get_type_hints", lambda *a, **k: calls.append(a) or real(*a, **k))
    assert json_form.loads(text) == project
    assert len(calls) < 30
    start = time.process_time()
    json_form.loads(text)
    assert time.process_time() - start < 5  # a loose ceiling: the figures are in benchmarks/
