"""The command line, run as users run it: exit codes, plain lines, files on disk."""

import json
import os
import subprocess
import sys

import pytest

from cxdesigner import __version__
from cxdesigner.cli import main
from cxdesigner.interchange.json_form import loads
from cxdesigner.storage import SCHEMA_VERSION, open_project, save_project


def cli(*args):
    """Run the real command in a fresh process with no display at all."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "cxdesigner", *map(str, args)],
                          capture_output=True, text=True, env=env)


def test_version_and_help():
    assert cli("--version").stdout.strip() == f"CX Designer {__version__}"
    helped = cli("--help")
    assert helped.returncode == 0 and "new, templates, check, info, export, import" in helped.stdout


def test_usage_errors_exit_2(tmp_path):
    for args in (("export",), ("new",), ("check",), ("export", tmp_path / "x.cxd", "--format", "docx"),
                 ("--bogus",)):
        result = cli(*args)
        assert result.returncode == 2 and "Traceback" not in result.stderr, args


def test_new_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "hotel.cxd"
    assert cli("new", path, "--template", "hotel").returncode == 0
    before = path.read_bytes()
    refused = cli("new", path)
    assert refused.returncode == 1
    assert refused.stderr == f"cxdesigner: {path} already exists; add --force to replace it.\n"
    assert path.read_bytes() == before
    assert main(["new", str(path), "--force"]) == 0
    assert open_project(path).maps[0].touchpoints == []


def test_new_makes_a_template_in_another_language_and_says_so_in_english(tmp_path):
    path = tmp_path / "hotel.cxd"
    made = cli("new", path, "--template", "hotel", "--language", "de")
    assert made.returncode == 0 and made.stdout == f"Created {path} from the 'hotel' template in 'de'.\n"
    assert open_project(path).maps[0].touchpoints[0].title == "Besucht die Hotel-Website"
    refused = cli("new", tmp_path / "x.cxd", "--template", "hotel", "--language", "ja")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "pt_BR" in refused.stderr


def test_new_records_the_first_version_unless_told_not_to(tmp_path):
    from cxdesigner.storage import read_project
    assert main(["new", str(tmp_path / "a.cxd"), "--template", "hotel"]) == 0
    (first,) = read_project(tmp_path / "a.cxd").history.revisions.values()
    assert first.parents == () and first.author and first.host  # copies of it share this version
    assert main(["new", str(tmp_path / "sample.cxd"), "--template", "hotel", "--no-history"]) == 0
    assert read_project(tmp_path / "sample.cxd").history.revisions == {}  # no name nor computer in it


def test_new_with_unknown_template(tmp_path, capsys):
    assert main(["new", str(tmp_path / "x.cxd"), "--template", "castle"]) == 1
    assert "no template called 'castle'" in capsys.readouterr().err
    assert not (tmp_path / "x.cxd").exists()


def test_templates_lists_names_with_a_line_each(capsys):
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("blank ") and any(line.startswith("hotel ") for line in lines)
    assert all(len(line.split(None, 1)) == 2 for line in lines)


def test_check_good_and_bad_files(tmp_path, project):
    good, text, empty = tmp_path / "good.cxd", tmp_path / "notes.cxd", tmp_path / "empty.cxd"
    save_project(project, good)
    text.write_text("hello")
    empty.write_bytes(b"")
    assert cli("check", good).returncode == 0
    result = cli("check", good, text, empty, tmp_path / "missing.cxd")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "notes.cxd is not a CX Designer project (it is not a database file).",
        "empty.cxd is empty, not a CX Designer project.",
        "missing.cxd does not exist.",
    ]
    assert text.read_text() == "hello" and empty.read_bytes() == b""


def test_check_full_runs_the_whole_integrity_check(tmp_path, project):
    good, flipped = tmp_path / "good.cxd", tmp_path / "flipped.cxd"
    save_project(project, good)
    data = bytearray(good.read_bytes())
    data[4096:4160] = bytes(b ^ 0xFF for b in data[4096:4160])
    flipped.write_bytes(bytes(data))
    result = cli("check", "--full", good, flipped)
    assert result.returncode == 1 and result.stdout == f"{good}: ok\n"
    assert result.stderr.startswith("flipped.cxd is damaged and cannot be opened") and result.stderr.count("\n") == 1
    assert "--full" in cli("check", "--help").stdout


def test_info_text_and_json(tmp_path, project, capsys):
    path = tmp_path / "p.cxd"
    save_project(project, path)
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Map \"Hotel\": 2 stages, 4 touchpoints" in out and "Anna, Ben" in out
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["schema_version"] == SCHEMA_VERSION and info["personas"] == ["Anna", "Ben"]
    assert info["maps"][0]["stages"] == ["Booking", "Stay"]
    assert info["maps"][0]["touchpoints"] == ["Visit site", "Book room", "Check in", "Enter room"]


def test_export_json_to_stdout_and_file_then_import(tmp_path, project):
    path = tmp_path / "p.cxd"
    save_project(project, path)
    out = cli("export", path, "--format", "json")
    assert out.returncode == 0 and loads(out.stdout) == project
    assert cli("export", path, "--format", "json", "--output", tmp_path / "p.json").returncode == 0
    back = tmp_path / "back.cxd"
    assert cli("import", tmp_path / "p.json", "--output", back).returncode == 0
    assert open_project(back) == project
    refused = cli("import", tmp_path / "p.json", "--output", back)
    assert refused.returncode == 1 and "--force" in refused.stderr


def test_export_csv_picks_the_map(tmp_path, project, capsys):
    path = tmp_path / "p.cxd"
    save_project(project, path)
    assert main(["export", str(path), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("order,stage,touchpoint")
    assert main(["export", str(path), "--format", "csv", "--map", "Nope"]) == 1
    assert "no map called 'Nope'. Maps: Hotel." in capsys.readouterr().err


def test_import_refuses_bad_json_and_writes_nothing(tmp_path):
    source = tmp_path / "bad.json"
    source.write_text('{"format": "cxdesigner-project", "version": 99, "project": {}}')
    result = cli("import", source, "--output", tmp_path / "out.cxd")
    assert result.returncode == 1
    assert result.stderr.startswith("cxdesigner: ") and "version 99" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "out.cxd").exists()
    result = cli("import", tmp_path / "absent.json", "--output", tmp_path / "out.cxd")
    assert result.returncode == 1 and result.stderr == "cxdesigner: absent.json does not exist.\n"


@pytest.mark.parametrize("args", [("info",), ("export", "--format", "json")])
def test_bad_project_file_gives_one_plain_line(tmp_path, args):
    bad = tmp_path / "bad.cxd"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    result = cli(args[0], bad, *args[1:])
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_editor_without_display_says_so_plainly(tmp_path):
    result = cli()
    assert result.returncode == 1 and "No display was found" in result.stderr
    result = cli(tmp_path / "absent.cxd")
    assert result.returncode == 1 and "does not exist" in result.stderr


def test_commands_never_load_qt(tmp_path):
    probe = ("import sys; from cxdesigner.cli import main; "
             f"main(['new', {str(tmp_path / 'x.cxd')!r}, '--template', 'hotel']); "
             f"main(['info', {str(tmp_path / 'x.cxd')!r}]); "
             "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# -- survey import -------------------------------------------------------------------

def _hotel_with_survey(tmp_path, text):
    path, data = tmp_path / "hotel.cxd", tmp_path / "answers.csv"
    assert main(["new", str(path), "--template", "hotel"]) == 0
    data.write_bytes(text.encode("utf-8"))
    return path, data


def test_survey_prints_the_plan_and_changes_nothing_without_yes(tmp_path, capsys):
    path, data = _hotel_with_survey(tmp_path, "Respondent;Segment;Visits the hotel website;Parking;NPS\n"
                                              "1;Business;4,5;2;9\n2;Business;great;3;8\n3;Family;5;4;10\n")
    capsys.readouterr()
    before = path.read_bytes()
    result = cli("survey", path, data)
    assert result.returncode == 0 and result.stderr == ""
    out = result.stdout
    assert "semicolon-separated, wide form, scale 1 to 5" in out
    assert "Visits the hotel website  ->  Visits the hotel website (exact)" in out
    assert 'Parking  ->  not imported (--match "Parking=TOUCHPOINT" to import it)' in out
    assert "Line 3: 'great' for 'Visits the hotel website' is not a number or a known answer label" in out
    assert "Visits the hotel website / Claire (business traveller): 3 -> 4.50 (no interval, n=1, few answers)" in out
    assert "NPS: +100 ± 0 (2 promoters, 0 passives, 0 detractors)" in out
    assert out.endswith("Nothing was changed. Add --yes to import.\n")
    assert path.read_bytes() == before


def test_survey_with_yes_imports_sets_ratings_and_a_second_import_replaces(tmp_path, capsys):
    rows = "".join(f"{i},{'Business' if i % 2 else 'Family'},{1 + i % 5},{i % 11}\n" for i in range(30))
    path, data = _hotel_with_survey(tmp_path, "Respondent,Segment,Arrives at the reception,Recommend (0-10)\n" + rows)
    assert main(["survey", str(path), str(data), "--map", "Hotel stay", "--yes"]) == 0
    assert "Imported 30 respondents into \"Hotel stay\" and set 2 ratings" in capsys.readouterr().out
    project = open_project(path)
    jmap = project.maps[0]
    (survey,) = project.surveys
    assert (survey.name, survey.source, survey.nps_question) == ("answers", "answers.csv", "Recommend (0-10)")
    assert {r.evidence for r in jmap.ratings.values() if r.touchpoint_id == jmap.touchpoints[2].id} == {"survey"}
    assert main(["survey", str(path), str(data), "--yes", "--no-ratings", "--segment", "Family="]) == 0
    out = capsys.readouterr().out
    assert 'Replaces the survey "answers" imported earlier.' in out and "segment Family  ->  no persona" in out
    assert "15 respondents with segment 'Family' count for no persona (their answers are kept)." in out
    assert len(open_project(path).surveys) == 1


def test_survey_options_override_the_proposal(tmp_path, capsys):
    path, data = _hotel_with_survey(tmp_path, "who,Wifi,Breakfast,Would recommend\nr1,7,9,10\nr2,6,8,9\n")
    assert main(["survey", str(path), str(data), "--persona", "the morenos (family holiday)", "--scale", "0", "10",
                 "--match", "Wifi=4", "--match", "Breakfast=Eats at the hotel restaurant",
                 "--respondent-column", "who", "--nps-touchpoint", "5", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Wifi  ->  Enters the room for the first time (given)" in out and "who  ->  respondent" in out
    project = open_project(path)
    (survey,) = project.surveys
    jmap = project.maps[0]
    assert survey.question_touchpoints == {"Wifi": jmap.touchpoints[3].id, "Breakfast": jmap.touchpoints[4].id,
                                           "Would recommend": jmap.touchpoints[4].id}
    assert {a.respondent for a in survey.answers} == {"r1", "r2"} and (survey.scale_low, survey.scale_high) == (0, 10)
    rating = jmap.rating(jmap.touchpoints[4].id, jmap.persona_ids[1])
    assert (rating.value, rating.n) == (1 + 8.5 * 4 / 10, 2)


@pytest.mark.parametrize("args,message", [
    (["--persona", "Nobody"], "has no persona called 'Nobody'"),
    (["--match", "Wifi=Spa"], "has no touchpoint called 'Spa'"),
    (["--map", "Other"], "There is no map called 'Other'"),
    (["--scale", "5", "1"], "answers.csv: The survey's scale needs a low end below its high end."),
])
def test_survey_refuses_plainly(tmp_path, capsys, args, message):
    path, data = _hotel_with_survey(tmp_path, "Respondent,Wifi,Visits the hotel website\n1,3,4\n")
    capsys.readouterr()
    assert main(["survey", str(path), str(data), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert main(["survey", str(path), str(tmp_path / "absent.csv")]) == 1
    assert "absent.csv does not exist." in capsys.readouterr().err
