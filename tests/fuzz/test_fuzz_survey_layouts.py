"""Rows of strings of every shape through the layout recognition (as a CSV file or a spreadsheet's sheet
gives them), with the headers of every survey tool mixed in: each is planned against the hotel map in
the layout found or in any layout asked for, or refused in one sentence, never anything else."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from fuzz_harness import EXAMPLES, plain_message
from cxdesigner.interchange.survey_csv import SurveyCsvError, build_survey, propose_mapping
from cxdesigner.interchange.survey_labels import label_score
from cxdesigner.interchange.survey_layouts import BY_NAME, recognise
from cxdesigner.interchange.templates import load_template

PROJECT = load_template("hotel")
JMAP = PROJECT.maps[0]
NAMES = ["StartDate", "ResponseId", "Finished", "Q1_NPS_GROUP", "Q_RecaptchaScore", "RecipientEmail",
         "Respondent ID", "Collector ID", "Custom Data 1", "Timestamp", "Email Address", "Score", "ID",
         "Start time", "Completion time", "Email", "Name", "#", "Network ID", "Submit Date (UTC)", "Response Type",
         "id", "submitdate", "lastpage", "startlanguage", "groupTime3", "Response", "Open-Ended Response",
         '{"ImportId":"QID1"}', "Start Date", "Response ID", "Respondent", "Segment", "touchpoint", "score"]
CELLS = st.one_of(
    st.sampled_from([*NAMES, "", " ", "0", "1", "False", "True", "partial", "completed", "3", "4,5", "1e400",
                     "NaN", "10 - Extremely likely", "0 - Not at all likely", "Very satisfied", "TRÈS SATISFAIT",
                     "  stimme   zu ", "Meh", "999 - a lot", "-3 - bad", "\x00", "\u202e",
                     *(t.title for t in JMAP.touchpoints[:3])]),
    st.text(max_size=10))
ROWS = st.lists(st.lists(CELLS, max_size=7), max_size=9)


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(ROWS, st.sampled_from([None, *BY_NAME]))
def test_any_rows_are_planned_or_refused_in_one_sentence(rows, layout):
    rows = [row for row in rows if "".join(row).strip()]  # what the readers hand over: no blank rows
    try:
        table, reading = recognise(rows, layout=layout)
        mapping = propose_mapping(table, PROJECT, JMAP.id)
        result = build_survey(table, mapping, PROJECT, JMAP.id, name="Fuzz")
    except SurveyCsvError as error:
        plain_message(error)
        return
    assert reading.describe().startswith("Read as ") and "\n" not in reading.describe()
    assert len(table.rows) + reading.header_rows + len(reading.unfinished) == len(rows)
    assert set(table.ignored) <= set(table.header) and len(set(table.header)) == len(table.header)
    assert all(v is None or abs(v) <= 1000 for v in mapping.labels.values())
    for problem in result.problems:
        assert "\n" not in str(problem)


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_score_or_no_label(text):
    score = label_score(text)
    assert score is None or (score == int(score) and abs(score) < 1000)


def test_hostile_tool_exports_through_the_command(tmp_path):
    """Files that start like a tool's export and then break its promises, through the real command."""
    from fuzz_harness import check_run, cli, fingerprint, unprintable
    from cxdesigner.storage import save_project
    hotel = tmp_path / "hotel.cxd"
    save_project(PROJECT, hotel)
    qualtrics = "StartDate,ResponseId,Finished,Q1\n"
    files = {
        "header-only.csv": qualtrics,
        "two-headers.csv": qualtrics + 'Start Date,Response ID,Finished,"Arrives at the reception"\n',
        "all-unfinished.csv": qualtrics + "".join(f"2026,R{i},0,4\n" for i in range(50)),
        "import-ids.csv": qualtrics + "a,b,c,d\n" + ",".join(['"{""ImportId"":""x""}"'] * 4) + "\n" + "1,R,1,\x1b[2J\n",
        "monkey-one-row.csv": "Respondent ID,Collector ID,How was it?\n",
        "monkey-wide.csv": "Respondent ID,Collector ID," + ",".join(["Q"] * 1900) + "\n" + "," * 1901 + "\n",
        "typeform-partial.csv": "#,Q,Network ID,Response Type\n1,5,n,partial\n2,Meh,n,completed\n",
        "labels-only.csv": "Respondent,Arrives at the reception\n" + "".join(f"r{i},Label {i}\n" for i in range(500)),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        for args in (("--yes",), ("--layout", "qualtrics", "--yes"), ("--layout", "surveymonkey")):
            before = fingerprint(tmp_path)
            run = check_run(cli("survey", hotel, tmp_path / name, *args))
            assert not unprintable(run.stdout.decode("utf-8", "replace")), name
            if run.code == 1:
                assert fingerprint(tmp_path) == before, name
