"""Survey tools' exports recognised from their header: a file per tool, imported through the command
line with no flags, and the recognition itself on rows of strings (as a spreadsheet's sheet gives them)."""

import pytest

from cxdesigner.cli import main
from cxdesigner.interchange.survey_csv import SurveyCsvError, build_survey, propose_mapping, read_survey_table
from cxdesigner.interchange.survey_layouts import BY_NAME, LayoutReading, detect, recognise
from cxdesigner.interchange.templates import load_template
from cxdesigner.storage import open_project
from survey_files import EXPECTED, FILES, check_imported


@pytest.fixture
def hotel_file(tmp_path):
    path = tmp_path / "hotel.cxd"
    assert main(["new", str(path), "--template", "hotel"]) == 0
    return path


@pytest.mark.parametrize("name", EXPECTED)
def test_each_tool_export_imports_through_the_command_with_no_flags(name, hotel_file, capsys):
    expected = EXPECTED[name]
    capsys.readouterr()
    assert main(["survey", str(hotel_file), str(FILES / name), "--yes"]) == 0
    out = capsys.readouterr().out
    article = "an" if expected.title[0] in "AEIOU" else "a"
    assert f"Read as {article} {expected.title}: {expected.header_rows} header row" in out
    if expected.ignored:
        assert f"{expected.ignored} metadata column{'s' if expected.ignored > 1 else ''} ignored" in out
    if expected.unfinished:
        lines = ", ".join(map(str, expected.unfinished))
        assert f"{len(expected.unfinished)} unfinished responses left out (lines {lines})" in out
    else:
        assert "unfinished" not in out
    left_out = [line for line in out.splitlines() if line.startswith("  Line ")]
    assert [int(line.split()[1].rstrip(":")) for line in left_out] == list(expected.problems)
    assert f"Imported {expected.respondents} respondents" in out
    assert "NPS: +25" in out
    check_imported(open_project(hotel_file), FILES.joinpath(name).stem, expected)


def test_the_qualtrics_plan_names_what_it_set_aside(hotel_file, capsys):
    assert main(["survey", str(hotel_file), str(FILES / "qualtrics-numeric.csv")]) == 0
    out = capsys.readouterr().out
    assert ("Read as a Qualtrics export: 3 header rows, respondents from 'ResponseId', 17 metadata columns ignored, "
            "2 unfinished responses left out (lines 7, 11).") in out
    assert "NPS_GROUP" not in out and "Latitude" not in out and "scale 1 to 5" in out
    assert "How likely are you to recommend us to a friend or colleague?  ->  NPS (0-10)" in out


def test_the_layout_can_be_overridden_and_a_wrong_name_is_one_sentence(hotel_file, capsys):
    assert main(["survey", str(hotel_file), str(FILES / "typeform.csv"), "--layout", "generic"]) == 0
    out = capsys.readouterr().out
    assert "Read as a plain table (as chosen): 1 header row." in out and "unfinished" not in out
    assert "10 respondents" in out  # the two partial responses are read as any other row
    assert main(["survey", str(hotel_file), str(FILES / "typeform.csv"), "--layout", "Excel"]) == 1
    err = capsys.readouterr().err
    assert "There is no survey layout called 'excel'; the layouts are qualtrics, surveymonkey" in err
    assert err.count("\n") == 1


def test_a_label_is_placed_from_the_command_line(hotel_file, capsys):
    assert main(["survey", str(hotel_file), str(FILES / "surveymonkey.csv"), "--label", "so-so=3"]) == 0
    out = capsys.readouterr().out
    assert "So-so  ->  3" in out and "Rows left out" not in out and "9 respondents" in out
    assert main(["survey", str(hotel_file), str(FILES / "surveymonkey.csv"), "--label", "Satisfied=x"]) == 1
    assert "needs a score" in capsys.readouterr().err


def rows_of(name):
    table = read_survey_table((FILES / name).read_bytes(), layout="generic")
    return [table.header, *table.rows]


@pytest.mark.parametrize("name", EXPECTED)
def test_each_layout_is_detected_from_the_header_alone(name):
    data = (FILES / name).read_bytes()
    table = read_survey_table(data)
    assert table.reading.name == EXPECTED[name].layout and table.reading.detected
    assert table.reading.header_rows == EXPECTED[name].header_rows
    assert table.reading.unfinished == list(EXPECTED[name].unfinished)
    assert len(table.ignored) == EXPECTED[name].ignored


def test_recognition_works_on_plain_rows_as_a_spreadsheet_gives_them():
    rows = [["ResponseId", "StartDate", "Finished", "Q1", "Q1_NPS_GROUP"],
            ["Response ID", "Start Date", "Finished", "Arrives at the reception", "Group"],
            ["R_1", "2026-11-01", "1", "4", "Promoter"], ["R_2", "2026-11-02", "0", "2", ""]]
    table, reading = recognise(rows)
    assert reading.name == "qualtrics" and reading.header_rows == 2  # an export without the ImportId row
    assert table.header == ["ResponseId", "StartDate", "Finished", "Arrives at the reception", "Q1_NPS_GROUP"]
    assert table.rows == [rows[2]] and table.lines == [3] and reading.unfinished == [4]
    assert table.ignored == {"StartDate", "Finished", "Q1_NPS_GROUP"} and table.respondent_column == "ResponseId"
    assert reading.describe() == ("Read as a Qualtrics export: 2 header rows, respondents from 'ResponseId', "
                                  "3 metadata columns ignored, 1 unfinished response left out (line 4).")


def test_limesurvey_code_headings_and_incomplete_responses():
    rows = [["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "reception",
             "groupTime12", "123X4X5time"],
            ["1", "2026-11-01 10:00", "2", "en", "77", "2026-11-01 09:50", "2026-11-01 10:00", "4", "31", "12"],
            ["2", "", "1", "en", "78", "2026-11-01 09:51", "2026-11-01 09:52", "3", "5", "2"]]
    table, reading = recognise(rows)
    assert reading.name == "limesurvey" and reading.respondent == "id" and reading.unfinished == [3]
    assert set(table.ignored) == {"submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp",
                                  "groupTime12", "123X4X5time"}


@pytest.mark.parametrize("first, layout", [
    (["Timestamp", "Email Address", "Score", "Q"], "google-forms"),
    (["Horodateur", "Q1", "Q2"], "google-forms"),
    (["ID", "Start time", "Completion time", "Email", "Name", "Q"], "microsoft-forms"),
    (["#", "Q", "Start Date (UTC)", "Submit Date (UTC)", "Network ID"], "typeform"),
    (["Respondent ID", "Collector ID", "Q"], "surveymonkey"),
    (["Respondent", "Segment", "Q"], "generic"), (["#", "Q"], "generic"), (["Timestamp2", "Q"], "generic")])
def test_detection_from_the_first_row(first, layout):
    assert detect([first]).name == layout


def test_a_table_too_short_for_its_layout_is_refused_in_one_sentence():
    with pytest.raises(SurveyCsvError, match="no table"):
        recognise([])
    with pytest.raises(SurveyCsvError, match="no table"):
        recognise([["only one column"]], layout="qualtrics")
    table, reading = recognise([["Respondent ID", "Collector ID", "Q"]])  # the second header row is missing
    assert reading.header_rows == 1 and table.rows == []


def test_every_layout_has_a_name_a_title_and_a_sentence():
    for name, layout in BY_NAME.items():
        assert layout.name == name and layout.title
        assert LayoutReading(layout, 1).describe().startswith("Read as ")


def test_choice_text_and_numeric_qualtrics_exports_give_the_same_answers():
    hotel = load_template("hotel")
    jmap = hotel.maps[0]
    found = []
    for name in ("qualtrics-numeric.csv", "qualtrics-choice-text.tsv"):
        table = read_survey_table((FILES / name).read_bytes())
        result = build_survey(table, propose_mapping(table, hotel, jmap.id), hotel, jmap.id, name="Q")
        found.append(sorted((a.respondent, a.question, a.value or 0, a.comment) for a in result.dataset.answers))
    assert found[0] == found[1]
    assert read_survey_table((FILES / "qualtrics-choice-text.tsv").read_bytes()).encoding == "utf-16"
