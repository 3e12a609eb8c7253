"""Survey CSV import with files shaped like real exports: encodings, delimiters, both forms, bad rows."""

import statistics
import time
from importlib import resources

import pytest

from cxdesigner.analysis.measured import measure_ratings
from cxdesigner.analysis.nps import map_nps
from cxdesigner.interchange.survey_csv import (SurveyCsvError, apply_import, build_survey, decode, parse_number,
                                               propose_mapping, read_survey_table)
from cxdesigner.interchange.templates import load_template

TITLES = ["Visits the hotel website", "Books a room online", "Arrives at the reception",
          "Enters the room for the first time", "Eats at the hotel restaurant", "Uses the pool, gym and spa",
          "Reports a problem in the room", "Pays for the stay", "Receives a post-stay e-mail"]


@pytest.fixture
def hotel():
    return load_template("hotel")


def plan(project, data, **changes):
    """Read, propose, apply ``changes`` to the mapping, build: the two calls the import dialog makes."""
    jmap = project.maps[0]
    table = read_survey_table(data)
    mapping = propose_mapping(table, project, jmap.id)
    for name, value in changes.items():
        setattr(mapping, name, value)
    return table, mapping, build_survey(table, mapping, project, jmap.id, name="Survey", source="survey.csv")


def by_title(project, result):
    """``{(touchpoint title, persona name): [values on the survey scale]}`` of a built dataset."""
    titles = {t.id: t.title for t in project.maps[0].touchpoints}
    found = {}
    for answer in result.dataset.answers:
        touchpoint = result.dataset.question_touchpoints.get(answer.question)
        if touchpoint is not None and answer.question != result.dataset.nps_question and answer.value is not None:
            found.setdefault((titles[touchpoint], answer.segment), []).append(answer.value)
    return found


# -- the bundled example ------------------------------------------------------------

def test_the_bundled_hotel_survey_imports_cleanly_into_the_hotel_template(hotel):
    data = (resources.files("cxdesigner.resources") / "samples" / "hotel-survey.csv").read_bytes()
    jmap = hotel.maps[0]
    claire, morenos = jmap.persona_ids
    table, mapping, result = plan(hotel, data)
    assert (table.encoding, table.delimiter, mapping.form, mapping.scale_low, mapping.scale_high) == (
        "utf-8", ",", "wide", 1, 5)
    assert set(mapping.matches.values()) == {"exact"} and mapping.unmatched == []
    assert mapping.questions == {t.title: t.id for t in jmap.touchpoints}
    assert mapping.segments == {"Business": claire, "Family": morenos}
    assert mapping.nps_column.startswith("How likely are you to recommend") and mapping.comment_columns == ["Comment"]
    assert result.problems == [] and result.notes == [] and result.replaces is None
    assert 40 <= result.respondents <= 60
    assert hotel.surveys == [] and jmap.rating(jmap.touchpoints[0].id, claire).evidence == "assumption"  # not yet
    apply_import(hotel, result)
    assert hotel.problems() == []
    measured = measure_ratings(hotel, result.dataset)
    assert len(measured) == 18
    for m in measured:  # realistic answers, consistent with the template's ratings
        assert abs(m.mean - jmap.rating(m.touchpoint_id, m.persona_id).value) <= 0.5, m
    flagged = [(hotel.find(m.touchpoint_id).title, m.n) for m in measured if m.few_answers]
    assert flagged and all(n < 10 for _, n in flagged)
    report = map_nps(hotel, jmap.id)
    assert report.journey.n == result.respondents and -100 <= report.journey.score <= 100
    assert sum(1 for a in result.dataset.answers if a.comment) >= 4


# -- encodings and delimiters ---------------------------------------------------------

def test_semicolons_decimal_commas_and_latin_1(hotel, tmp_path):
    text = ("Répondant;Segment;Visits the hotel website;Arrives at the reception;Why would you recommend us?;"
            "Note globale (recommend 0-10)\r\n"
            "r1;Business;7,5;4;;9\r\n"
            "r2;Family;8,0;3,5;Le personnel;10\r\n"
            "r3;Famille élargie;6;2;;7\r\n")
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("latin-1"))
    table, mapping, result = plan(hotel, path.read_bytes(), respondent_column="Répondant")  # not recognised: set
    assert (table.encoding, table.delimiter, table.header[0]) == ("cp1252", ";", "Répondant")
    assert (mapping.scale_low, mapping.scale_high) == (1, 10)
    assert mapping.nps_column == "Note globale (recommend 0-10)"
    assert mapping.comment_columns == ["Why would you recommend us?"]
    assert mapping.segments["Famille élargie"] is None
    assert by_title(hotel, result)[("Visits the hotel website", "Claire (business traveller)")] == [7.5]
    assert by_title(hotel, result)[("Arrives at the reception", "The Morenos (family holiday)")] == [3.5]
    assert result.problems == [] and [a.respondent for a in result.dataset.answers][:2] == ["r1", "r1"]
    assert result.notes == ["1 respondents with segment 'Famille élargie' count for no persona "
                            "(their answers are kept)."]


def test_utf8_with_bom_and_utf16_with_bom_as_excel_writes_them(hotel):
    rows = ["Respondent,Visits the hotel website,Books a room online", "a,5,4", "b,4,3"]
    with_bom = ("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8")
    table, _, result = plan(hotel, with_bom)
    assert table.encoding == "utf-8-sig" and table.header[0] == "Respondent"
    assert [a.respondent for a in result.dataset.answers[:2]] == ["a", "a"]
    unicode_text = ("\r\n".join(r.replace(",", "\t") for r in rows) + "\r\n").encode("utf-16")  # BOM included
    table, _, result = plan(hotel, unicode_text)
    assert (table.encoding, table.delimiter, result.respondents) == ("utf-16", "\t", 2)
    assert decode("é;1".encode("utf-16-le")) == ("é;1", "utf-16-le")  # no BOM at all
    assert decode("Å".encode("utf-8")) == ("Å", "utf-8")
    assert decode(b"\x81\xe9") == ("\x81é", "latin-1")  # not even cp1252


def test_pipes_and_a_sep_line(hotel):
    table = read_survey_table("Respondent|Visits the hotel website\nx|4\n")
    assert table.delimiter == "|"
    table = read_survey_table("sep=;\nRespondent;Visits the hotel website, mostly\nx;4\n")
    assert table.delimiter == ";" and table.header == ["Respondent", "Visits the hotel website, mostly"]
    assert table.lines == [3]


def test_quoted_newlines_in_comments_keep_line_numbers_right(hotel):
    text = ('Respondent,Visits the hotel website,Comment\n'
            'a,4,"Lovely photos.\nBut the map was wrong,\nand the price changed."\n'
            'b,meh,"one line"\n'
            'c,5,""\n')
    table, mapping, result = plan(hotel, text)
    assert table.lines == [2, 5, 6]
    assert [str(p) for p in result.problems] == ["Line 5: 'meh' for 'Visits the hotel website' is not a number or a known answer label"]
    (comment,) = [a for a in result.dataset.answers if a.comment]
    assert comment.comment == "Lovely photos.\nBut the map was wrong,\nand the price changed."
    assert comment.question == "Comment" and result.dataset.question_touchpoints["Comment"] is None


# -- forms, missing cells, bad rows ------------------------------------------------------

def test_long_form_with_an_nps_question_and_comments_per_answer(hotel):
    jmap = hotel.maps[0]
    text = ("respondent;segment;touchpoint;score;comment\n"
            "1;Business;Visits the hotel website;4;\n"
            "1;Business;Arrives at the reception;2;Queue!\n"
            "1;Business;Would you recommend us?;9;\n"
            "2;Family;Visits the hotel website;5;\n"
            "2;Family;Parking;1;\n"
            "2;Family;Arrives at the reception;n/a;\n"
            "2;Family;Visits the hotel website;3;\n"
            "3;Family;Would you recommend us?;11;\n")
    table, mapping, result = plan(hotel, text)
    assert mapping.form == "long" and mapping.nps_question == "Would you recommend us?"
    assert mapping.questions == {"Visits the hotel website": jmap.touchpoints[0].id,
                                 "Arrives at the reception": jmap.touchpoints[2].id, "Parking": None}
    assert mapping.unmatched == ["Parking"]
    assert [str(p) for p in result.problems] == [
        "Line 8: respondent '2' already answered 'Visits the hotel website'",
        "Line 9: the NPS answer '11' is not a whole number from 0 to 10"]
    assert result.notes == ["Not imported: 1 answers to 'Parking' (mapped to no touchpoint).", "1 rows hold no answer."]
    assert [(a.respondent, a.question, a.value, a.comment) for a in result.dataset.answers] == [
        ("1", "Visits the hotel website", 4, ""), ("1", "Arrives at the reception", 2, "Queue!"),
        ("1", "Would you recommend us?", 9, ""), ("2", "Visits the hotel website", 5, "")]
    assert result.dataset.nps_question == "Would you recommend us?"
    assert result.dataset.question_touchpoints["Would you recommend us?"] is None


def test_long_form_with_an_nps_column_repeated_on_each_row(hotel):
    text = ("Respondent,Touchpoint,Rating,NPS\n"
            "a,Visits the hotel website,4,9\n"
            "a,Books a room online,5,9\n"
            "b,Visits the hotel website,2,3\n"
            "b,Books a room online,3,4\n")
    _, mapping, result = plan(hotel, text, persona_id=hotel.maps[0].persona_ids[1])
    assert [str(p) for p in result.problems] == ["Line 5: respondent 'b' gave another NPS answer on line 4"]
    nps = [(a.respondent, a.value) for a in result.dataset.answers if a.question == "NPS"]
    assert nps == [("a", 9), ("b", 3)]
    assert {a.segment for a in result.dataset.answers} == {"The Morenos (family holiday)"}


def test_wide_form_missing_cells_bad_and_out_of_scale_scores(hotel):
    text = ("Respondent,Visits the hotel website,Books a room online,Arrives at the reception\n"
            "a,4,,5\n"                 # a missing cell: no answer, no problem
            "b,n/a,-,\n"              # nothing answered: a row with no answers
            "c,3,great,4\n"           # not a number
            "d,7,2,1\n"               # outside 1 to 5
            "e,2,3\n"                 # a short row: the rest is missing
            "f,1,1,1,1\n"             # one cell too many
            "a,5,5,5\n")              # the same respondent again
    _, mapping, result = plan(hotel, text, persona_id=hotel.maps[0].persona_ids[0])
    assert (mapping.scale_low, mapping.scale_high) == (1, 7)  # what the data fits; the survey says 1 to 5:
    mapping.scale_high = 5
    result = build_survey(read_survey_table(text), mapping, hotel, hotel.maps[0].id, name="Survey")
    assert [str(p) for p in result.problems] == [
        "Line 4: 'great' for 'Books a room online' is not a number or a known answer label",
        "Line 5: 7 for 'Visits the hotel website' is outside the survey's scale (1 to 5)",
        "Line 7: 5 cells where the header has 4",
        "Line 8: respondent 'a' already answered on line 2"]
    assert result.notes == ["1 rows hold no answer.", "Unknown answer labels, their rows left out: 'great' (line 4)."]
    assert sorted({a.respondent for a in result.dataset.answers}) == ["a", "e"]
    assert result.respondents == 2 and result.rows_read == 7
    assert [a.value for a in result.dataset.answers] == [4, 5, 2, 3]


def test_unknown_touchpoint_names_are_offered_for_mapping_and_near_names_are_matched(hotel):
    jmap = hotel.maps[0]
    text = ("ID,Q1. Visits the hotel website,Satisfaction: arrives at the reception,Enters teh room for the first time,"
            "Parking,Wifi\n"
            "1,4,3,5,2,3\n")
    table, mapping, _ = plan(hotel, text, persona_id=jmap.persona_ids[0])
    assert mapping.respondent_column == "ID"
    assert mapping.matches == {"Q1. Visits the hotel website": "exact",
                               "Satisfaction: arrives at the reception": "near",
                               "Enters teh room for the first time": "near", "Parking": "none", "Wifi": "none"}
    assert mapping.unmatched == ["Parking", "Wifi"]
    mapping.questions["Parking"] = jmap.touchpoints[1].id  # the user maps it by hand
    result = build_survey(table, mapping, hotel, jmap.id, name="Survey")
    assert result.dataset.question_touchpoints["Parking"] == jmap.touchpoints[1].id
    assert result.notes == ["Not imported (mapped to no touchpoint): Wifi."]
    assert "Wifi" not in {a.question for a in result.dataset.answers}


def test_a_confirmed_mapping_that_cannot_work_is_refused_plainly(hotel):
    jmap = hotel.maps[0]
    table = read_survey_table("Respondent,Visits the hotel website,Website again\n1,4,5\n")
    for change, message in (
            (dict(scale_low=5, scale_high=1), "low end below its high end"),
            (dict(segment_column="Age"), "no column 'Age'"),
            (dict(questions={"Visits the hotel website": jmap.touchpoints[0].id,
                             "Website again": jmap.touchpoints[0].id}), "both measure 'Visits the hotel website'"),
            (dict(questions={"Visits the hotel website": "elsewhere"}), "not on this map"),
            (dict(questions={}), "nothing to import"),
            (dict(persona_id="someone"), "personas of this map"),
            (dict(form="long"), "long form needs")):
        edited = propose_mapping(table, hotel, jmap.id)
        for name, value in change.items():
            setattr(edited, name, value)
        with pytest.raises(SurveyCsvError, match=message):
            build_survey(table, edited, hotel, jmap.id, name="Survey")
    with pytest.raises(SurveyCsvError, match="no table"):
        read_survey_table(b"just one column\n1\n")
    with pytest.raises(SurveyCsvError, match="no table"):
        read_survey_table(b"")
    with pytest.raises(SurveyCsvError, match="not in this project"):
        propose_mapping(table, hotel, "nowhere")


def test_numbers_as_spreadsheets_write_them():
    assert [parse_number(t) for t in ("4", " 3,5 ", "+2", "-1.5", "\u22122", ".5", "7.", "", "N/A", "-", "nan")] == [
        4, 3.5, 2, -1.5, -2, 0.5, 7, None, None, None, None]
    for bad in ("3 stars", "1e3", "1_0", "inf", "4,5,6", "1.000,5", "--1"):
        with pytest.raises(ValueError):
            parse_number(bad)


# -- re-import, scales ----------------------------------------------------------------

def test_reimporting_the_same_survey_replaces_it(hotel):
    text = "Respondent,Segment,Visits the hotel website\n1,Business,4\n2,Family,5\n"
    _, _, first = plan(hotel, text)
    apply_import(hotel, first)
    _, _, second = plan(hotel, text + "3,Family,1\n")
    assert second.replaces is first.dataset
    apply_import(hotel, second)
    assert hotel.surveys == [second.dataset] and len(second.dataset.answers) == 3
    assert hotel.problems() == []


def test_the_survey_scale_is_converted_to_the_map_scale(hotel):
    jmap = hotel.maps[0]
    text = "Respondent,Segment,Visits the hotel website\n" + "".join(
        f"{i},Business,{v}\n" for i, v in enumerate([0, 10, 10, 5, 8]))
    _, mapping, result = plan(hotel, text)
    assert (mapping.scale_low, mapping.scale_high) == (0, 10)
    apply_import(hotel, result)
    (measured,) = measure_ratings(hotel, result.dataset)
    converted = [1 + v * 4 / 10 for v in (0, 10, 10, 5, 8)]  # 0-10 onto 1-5, ends onto ends
    assert measured.persona_id == jmap.persona_ids[0]
    assert measured.mean == pytest.approx(statistics.mean(converted))
    assert measured.sd == pytest.approx(statistics.stdev(converted))


# -- size -----------------------------------------------------------------------------

def large_survey(respondents: int) -> bytes:
    """A wide file: a respondent a row, a segment, nine touchpoints (a tenth of cells empty), NPS, comments."""
    lines = ["Respondent;Segment;" + ";".join(TITLES) + ";NPS;Comment"]
    for i in range(respondents):
        scores = ";".join("" if (i + k) % 10 == 0 else str(1 + (i * 7 + k * 3) % 5) for k in range(9))
        lines.append(f"R{i};{'Business' if i % 2 else 'Family'};{scores};{i % 11};{'Nice stay' if i % 20 == 0 else ''}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def test_a_hundred_thousand_responses_import_in_under_three_seconds(hotel):
    """Timed in processor time, which other work on a shared machine does not inflate (the
    benchmark, bench_survey_import.py, reports the wall-clock time on a quiet machine)."""
    data = large_survey(100_000)
    jmap = hotel.maps[0]
    start, wall = time.process_time(), time.perf_counter()
    table = read_survey_table(data)
    mapping = propose_mapping(table, hotel, jmap.id)
    result = build_survey(table, mapping, hotel, jmap.id, name="Large")
    apply_import(hotel, result)
    measured = measure_ratings(hotel, result.dataset)
    elapsed, wall = time.process_time() - start, time.perf_counter() - wall
    print(f"\n100,000 respondents ({len(result.dataset.answers):,} answers) imported and measured in "
          f"{elapsed:.2f} s of processor time ({wall:.2f} s on the clock)")
    assert result.problems == [] and result.respondents == 100_000 and len(measured) == 18
    assert elapsed < 3.0


def test_an_import_with_its_ratings_is_one_undo_step(hotel):
    """The flow docs/insights.md gives the interface, on a real undo stack."""
    import copy

    from PySide6.QtGui import QUndoStack

    from cxdesigner.analysis.measured import rating_changes
    from cxdesigner.editor.commands import AddItemCommand, MacroCommand, RemoveItemCommand, SetValueCommand
    from cxdesigner.model import RATING
    data = (resources.files("cxdesigner.resources") / "samples" / "hotel-survey.csv").read_bytes()
    _, _, earlier = plan(hotel, data)
    apply_import(hotel, earlier)
    before = copy.deepcopy(hotel)
    _, _, result = plan(hotel, data)
    commands, index = [], None
    if result.replaces is not None:
        index = hotel.surveys.index(result.replaces)
        commands.append(RemoveItemCommand(hotel, result.replaces.id))
    commands.append(AddItemCommand(hotel, result.dataset, index=index))
    commands += [SetValueCommand(hotel, RATING, c.map_id, c.touchpoint_id, c.persona_id, c.new.value, **c.details)
                 for c in rating_changes(hotel, result.dataset)]
    stack = QUndoStack()
    stack.push(MacroCommand(hotel, "Import survey", commands))
    assert stack.count() == 1 and hotel.surveys == [result.dataset] and hotel.problems() == []
    assert {r.evidence for r in hotel.maps[0].ratings.values()} == {"survey"}
    stack.undo()
    assert hotel == before
    stack.redo()
    assert hotel.surveys == [result.dataset] and len(commands) == 20
