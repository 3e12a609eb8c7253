"""Reading a survey workbook, beside openpyxl alone on the same bytes.

Ours: the checks of ``interchange/workbook.py`` (the zip's directory, every part scanned
for rows, cells, columns and entities) and then openpyxl, read-only and values only, with
each cell turned into text. The floor: openpyxl opening the same bytes read-only and
iterating the values, nothing else. The ratio is what the limits cost. Medians of runs.
"""

from __future__ import annotations

import io

import openpyxl

from bench_project_file import _paired

from cxdesigner.interchange.workbook import read_workbook

RESPONDENTS = 20_000
RUNS = 3


def survey_workbook(respondents: int = RESPONDENTS) -> bytes:
    """A respondent a row: id, segment, nine scores, an NPS answer and a comment now and then."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Answers")
    sheet.append(["Respondent", "Segment", *(f"Touchpoint {k}" for k in range(1, 10)), "NPS", "Comment"])
    for i in range(respondents):
        sheet.append([f"R{i}", "Business" if i % 2 else "Family", *(1 + (i * 7 + k * 3) % 5 for k in range(9)),
                      i % 11, "Long queue at check-in" if i % 20 == 0 else None])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _floor(data: bytes) -> None:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    for _ in book.worksheets[0].iter_rows(values_only=True):
        pass
    book.close()


def run() -> list[tuple[str, float, float, float]]:
    data = survey_workbook()
    print(f"Survey workbook read, median of {RUNS} runs")
    print(f"  {'':46} {'ours':>9} {'openpyxl':>11} {'ratio':>7}")
    rows = len(read_workbook(data).rows)
    mine, base, ratio = _paired(lambda: read_workbook(data), lambda: _floor(data), RUNS)
    label = f"{rows:,} rows x 13 columns ({len(data) / 1e6:.1f} MB)"
    print(f"  {label:46} {mine * 1000:7.0f} ms {base * 1000:8.0f} ms {ratio:6.2f}x")
    return [("survey workbook", mine, base, ratio)]


if __name__ == "__main__":
    run()
