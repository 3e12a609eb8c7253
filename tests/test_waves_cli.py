"""``cxdesigner survey --wave --fieldwork`` and ``cxdesigner info --waves`` / ``--json``, on real files."""

import json
from datetime import date

from cxdesigner.cli import main
from cxdesigner.storage import open_project

HEADER = "Respondent,Segment,Visits the hotel website,Arrives at the reception,Recommend (0-10)\n"


def _answers(path, website, reception, nps):
    path.write_text(HEADER + "".join(f"{path.stem}-{i},Business,{w},{r},{n}\n"
                                     for i, (w, r, n) in enumerate(zip(website, reception, nps))))
    return path


def _two_waves(tmp_path, capsys):
    path = tmp_path / "hotel.cxd"
    assert main(["new", str(path), "--template", "hotel"]) == 0
    # The same file name each quarter: a new wave is kept beside the earlier one, not put in its place.
    spring = _answers(tmp_path / "answers.csv", [1, 2, 3, 1, 2, 3], [3, 4, 5, 2, 4, 3], [9, 10, 6, 7, 3, 9])
    assert main(["survey", str(path), str(spring), "--wave", "2026 Q2", "--fieldwork", "2026-04-01", "2026-04-30",
                 "--yes"]) == 0
    assert 'Wave "2026 Q2", fieldwork 2026-04-01 to 2026-04-30.' in capsys.readouterr().out
    summer = _answers(tmp_path / "answers.csv", [3, 4, 5, 4, 4], [4, 5, 3, 5, 4], [10, 9, 9, 8, 10])
    assert main(["survey", str(path), str(summer), "--wave", "2026 Q3", "--fieldwork", "2026-07-01", "-",
                 "--yes"]) == 0
    capsys.readouterr()
    return path


def test_two_waves_are_kept_with_their_fieldwork(tmp_path, capsys):
    path = _two_waves(tmp_path, capsys)
    spring, summer = open_project(path).surveys
    assert (spring.wave, spring.fieldwork_start, spring.fieldwork_end) == ("2026 Q2", date(2026, 4, 1),
                                                                          date(2026, 4, 30))
    assert (summer.wave, summer.fieldwork_start, summer.fieldwork_end) == ("2026 Q3", date(2026, 7, 1), None)


def test_info_waves_marks_only_the_supported_changes(tmp_path, capsys):
    path = _two_waves(tmp_path, capsys)
    assert main(["info", str(path), "--waves"]) == 0
    out = capsys.readouterr().out
    assert "2026 Q2, fieldwork 2026-04-01 – 2026-04-30, 6 respondents" in out
    assert "2026 Q3, fieldwork from 2026-07-01, 5 respondents" in out
    # 2 to 4 on six and five answers: Welch's t = 4.14, df = 8.99, p = 0.0025 (SciPy's ttest_ind agrees).
    assert "2026 Q3  4.00 (3.12 to 4.88, n=5), up 2.00: a supported change (Welch p = 0.003)" in out
    assert "2026 Q3  4.20 (3.16 to 5.24, n=5), up 0.70: not a supported change (Welch p = 0.250)" in out
    # NPS +17 (3 promoters, 2 detractors of 6) to +80 (4 of 5): the margin of the difference is
    # 1.96 * 100 * sqrt(0.8056 / 6 + 0.16 / 5) = 80 points, wider than the rise.
    assert "2026 Q3  +80 ± 35 (n=5), +63 ± 80: not a supported change" in out
    assert "Next survey, for an interval of ±0.50 (95%):" in out
    assert "Visits the hotel website: 6 more answers (11 in all; ±0.88 from 5 now)" in out


def test_info_json_has_the_waves_and_the_plan_for_a_chosen_half_width(tmp_path, capsys):
    path = _two_waves(tmp_path, capsys)
    assert main(["info", str(path), "--json", "--half-width", "0.25"]) == 0
    (jmap,) = json.loads(capsys.readouterr().out)["maps"]
    assert [w["label"] for w in jmap["waves"]] == ["2026 Q2", "2026 Q3"]
    assert jmap["waves"][1]["nps_change"]["supported"] is False
    website = jmap["touchpoints_by_wave"][0]
    assert website["touchpoint"] == "Visits the hotel website"
    assert website["waves"][1]["change"]["supported"] is True and website["waves"][1]["change"]["test"] == "welch"
    plan = jmap["next_survey"]
    assert plan["half_width"] == 0.25 and plan["confidence"] == 0.95
    first = plan["touchpoints"][0]
    assert (first["wave"], first["answers"], first["needed"], first["more"]) == ("2026 Q3", 5, 34, 29)  # sd 0.7071: t(0.975, 33) * 0.7071 / sqrt(34) = 0.2467


def test_wrong_wave_options_are_one_sentence(tmp_path, capsys):
    path = _two_waves(tmp_path, capsys)
    data = _answers(tmp_path / "more.csv", [3], [3], [9])
    for options, message in ((["--fieldwork", "2026-07-01", "2026-06-01"],
                              "The fieldwork ends (2026-06-01) before it starts (2026-07-01)."),
                             (["--fieldwork", "July", "-"], "'July' is not a date; give it as YYYY-MM-DD"),
                             (["--wave", "x" * 101], "A wave's label is at most 100 printable characters")):
        assert main(["survey", str(path), str(data), *options, "--yes"]) == 1
        assert message in capsys.readouterr().err
    assert main(["info", str(path), "--half-width", "nan"]) == 1
    assert "The half-width to plan for lies between 0.01 and 4" in capsys.readouterr().err
    assert len(open_project(path).surveys) == 2
