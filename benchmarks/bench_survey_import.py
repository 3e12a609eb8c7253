"""Importing a large survey CSV, beside plain ``csv.reader`` over the same bytes.

Ours: decode and split the file, propose the mapping, build the dataset (every
cell parsed and checked, a ``SurveyAnswer`` per answer), add it to the hotel
project and measure the ratings it implies. The floor: decoding the same bytes
and ``list(csv.reader(...))``, which only splits cells. Medians of several runs.
"""

from __future__ import annotations

import csv
import io

from bench_project_file import _paired

from cxdesigner.analysis.measured import measure_ratings
from cxdesigner.interchange.survey_csv import apply_import, build_survey, propose_mapping, read_survey_table
from cxdesigner.interchange.templates import load_template

RESPONSES = 100_000
RUNS = 5


def wide_survey(project, respondents: int = RESPONSES) -> bytes:
    """A respondent a row: id, segment, a score per touchpoint (a tenth left empty), NPS, an occasional comment."""
    titles = [t.title for t in project.maps[0].touchpoints]
    lines = ["Respondent;Segment;" + ";".join(titles) + ";How likely are you to recommend us? (0-10);Comment"]
    for i in range(respondents):
        scores = ";".join("" if (i + k) % 10 == 0 else str(1 + (i * 7 + k * 3) % 5) for k in range(len(titles)))
        comment = "Lovely stay, but the check-in queue was long" if i % 20 == 0 else ""
        lines.append(f"R{i};{'Business' if i % 2 else 'Family'};{scores};{i % 11};{comment}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def long_survey(project, rows: int = RESPONSES) -> bytes:
    """An answer a row: respondent, segment, touchpoint title, score with a decimal comma now and then."""
    titles = [t.title for t in project.maps[0].touchpoints]
    lines = ["respondent,segment,touchpoint,score"]
    for i in range(rows):
        score = f'"{1 + i % 4},5"' if i % 7 == 0 else str(1 + (i * 3) % 5)
        lines.append(f"R{i // len(titles)},{'Business' if i % 3 else 'Family'},\"{titles[i % len(titles)]}\",{score}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _import(data: bytes) -> int:
    project = load_template("hotel")
    jmap = project.maps[0]
    table = read_survey_table(data)
    result = build_survey(table, propose_mapping(table, project, jmap.id), project, jmap.id, name="Benchmark")
    assert not result.problems
    apply_import(project, result)
    measure_ratings(project, result.dataset)
    return len(result.dataset.answers)


def _floor(data: bytes, delimiter: str) -> None:
    list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), delimiter=delimiter))


def run() -> list[tuple[str, float, float, float]]:
    hotel = load_template("hotel")
    results = []
    print(f"Survey import, hotel map (9 touchpoints, 2 personas), median of {RUNS} runs")
    print(f"  {'':46} {'ours':>9} {'csv.reader':>11} {'ratio':>7}   target: under 3 s")
    for name, data, delimiter in ((f"wide, {RESPONSES:,} respondents", wide_survey(hotel), ";"),
                                  (f"long, {RESPONSES:,} answer rows", long_survey(hotel), ",")):
        answers = _import(data)
        mine, base, ratio = _paired(lambda: _import(data), lambda: _floor(data, delimiter), RUNS)
        label = f"{name} ({answers:,} answers, {len(data) / 1e6:.1f} MB)"
        print(f"  {label:46} {mine * 1000:7.0f} ms {base * 1000:8.0f} ms {ratio:6.1f}x   "
              f"{'ok' if mine < 3 else 'MISSED'}")
        results.append((name, mine, base, ratio))
    return results


if __name__ == "__main__":
    run()
