"""Survey CSV files of every shape: delimiters, quotes, encodings, sep= lines, blanks, odd numbers.
Each is read and planned against the hotel map, or refused in one sentence."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from fuzz_harness import EXAMPLES, check_run, cli, fingerprint, plain_message, unprintable
from cxdesigner.interchange.survey_csv import SurveyCsvError, build_survey, propose_mapping, read_survey_table
from cxdesigner.interchange.templates import load_template

PROJECT = load_template("hotel")
JMAP = PROJECT.maps[0]
CELLS = st.one_of(
    st.sampled_from(["", " ", "3", "4,5", "-2", "1e308", "1e400", "NaN", "10", "na", "–", "9" * 400, "\x00",
                     "Respondent", "Segment", "NPS", "Recommend (0-10)", "Comments", "\x1b[31m",
                     *(t.title for t in JMAP.touchpoints[:4])]),
    st.text(max_size=8))
SEPARATORS = st.sampled_from([",", ";", "\t", "|", ":", '"', "\n", "\r\n"])


@st.composite
def csv_bytes(draw):
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    rows = draw(st.lists(st.lists(CELLS, min_size=1, max_size=6), max_size=8))
    text = "\n".join(delimiter.join(row) for row in rows)
    if draw(st.booleans()):
        text = f"sep={draw(SEPARATORS)}\n" + text
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
    data = text.encode(encoding, "replace")
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut:]
    return data


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(csv_bytes())
def test_any_csv_is_planned_or_refused_in_one_sentence(data):
    try:
        table = read_survey_table(data)
        mapping = propose_mapping(table, PROJECT, JMAP.id)
        result = build_survey(table, mapping, PROJECT, JMAP.id, name="Fuzz")
    except SurveyCsvError as error:
        plain_message(error)
        return
    assert result.dataset.map_id == JMAP.id
    for problem in result.problems:
        assert "\n" not in str(problem)


def test_hostile_csv_through_the_command(tmp_path):
    hotel = tmp_path / "hotel.cxd"
    from cxdesigner.storage import save_project
    save_project(PROJECT, hotel)
    files = {"bom16.csv": "\ufeffRespondent,Arrives at the reception\n1,4\n".encode("utf-16"),
             "nul.csv": b"Respondent,Arrives\x00\n1,4\n", "quote.csv": b'Respondent,"Arr\n1,4\n',
             "escape.csv": "Respondent,Arrives at the reception,\x1b]0;x\x07\n1,4,5\n".encode(),
             "empty.csv": b"", "one.csv": b"x\n", "cell.csv": b"a,b\n" + b"1," + b"9" * 200_000 + b"\n",
             "sep.csv": b"sep=\"\na\"b\n"}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        before = fingerprint(tmp_path)
        for args in ((), ("--yes",)):
            run = check_run(cli("survey", hotel, tmp_path / name, *args))
            assert not unprintable(run.stdout.decode("utf-8", "replace")), name
            if run.code == 1:
                assert fingerprint(tmp_path) == before, name


WAVE_TEXT = st.one_of(st.sampled_from(["", "-", " ", "2026 Q3", "2026-07-01", "2026-02-30", "0001-01-01",
                                       "9999-12-31", "2026-7-1", "20260701", "\x1b[31m", "x" * 200, "１２３"]),
                      st.text(max_size=12))


@settings(max_examples=EXAMPLES, deadline=None)
@given(WAVE_TEXT, WAVE_TEXT, WAVE_TEXT)
def test_any_wave_and_fieldwork_are_taken_or_refused_in_one_sentence(wave, start, end):
    from types import SimpleNamespace

    from cxdesigner.console import UserError
    from cxdesigner.model import SurveyDataset
    from cxdesigner.waves_command import wave_fields
    try:
        fields = wave_fields(SimpleNamespace(wave=wave, fieldwork=(start, end)))
    except UserError as error:
        plain_message(error)
        return
    dataset = SurveyDataset(name="Fuzz", map_id=JMAP.id, **fields)  # the model takes whatever the options let in
    assert PROJECT.problems() == [] and dataset.wave == wave.strip()


def test_hostile_wave_options_through_the_command(tmp_path):
    hotel = tmp_path / "hotel.cxd"
    from cxdesigner.storage import save_project
    save_project(PROJECT, hotel)
    (tmp_path / "answers.csv").write_bytes(b"Respondent,Arrives at the reception\n1,4\n2,5\n")
    for args in (("--wave", "\x1b]0;x\x07"), ("--wave", "x" * 5000), ("--fieldwork", "2026-13-01", "-"),
                 ("--fieldwork", "9" * 400, "2026-01-01"), ("--fieldwork", "2026-07-01", "2026-06-30")):
        before = fingerprint(tmp_path)
        run = check_run(cli("survey", hotel, tmp_path / "answers.csv", *args, "--yes"))
        assert run.code == 1 and fingerprint(tmp_path) == before, args
    run = check_run(cli("survey", hotel, tmp_path / "answers.csv", "--wave", "2026 Q3", "--fieldwork", "2026-07-01",
                        "-", "--yes"))
    assert run.code == 0
    for args in (("--waves",), ("--json",), ("--waves", "--half-width", "1e400"), ("--json", "--half-width", "-1")):
        check_run(cli("info", hotel, *args))
