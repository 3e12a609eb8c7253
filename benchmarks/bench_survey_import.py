"""Importing a large survey CSV, beside plain ``csv.reader`` over the same bytes.

Ours: decode and split the file, recognise the survey tool's layout (header rows,
metadata set aside, unfinished responses left out), propose the mapping (answer
labels placed on the scale), build the dataset (every
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


SATISFIED = ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"]
ZUFRIEDEN = ["Sehr unzufrieden", "Unzufrieden", "Weder zufrieden noch unzufrieden", "Zufrieden", "Sehr zufrieden"]


def _score(i: int, k: int) -> int:
    return 0 if (i + k) % 10 == 0 else 1 + (i * 7 + k * 3) % 5  # 0: a tenth left unanswered


def _tsv(rows) -> str:
    return "".join("\t".join(row) + "\r\n" for row in rows)


def _csv(rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def tool_survey(project, layout: str, respondents: int = RESPONSES) -> tuple[bytes, str, str]:
    """A survey of ``respondents`` in a tool's export layout (invented answers): the bytes, their encoding
    and delimiter. Qualtrics and Typeform leave one response in 50 unfinished."""
    titles = [t.title for t in project.maps[0].touchpoints]
    recommend = "How likely are you to recommend us to a friend or colleague?"
    n = range(len(titles))
    if layout == "qualtrics":
        meta = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
                "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
                "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage"]
        rows = [[*meta, *(f"Q1_{k + 1}" for k in n), "Q2", "Q2_NPS_GROUP"],
                [*meta, *(f"How satisfied were you? - {t}" for t in titles), recommend, f"{recommend} - Group"],
                [*(f'{{"ImportId":"{m}"}}' for m in meta), *(f'{{"ImportId":"QID1_{k + 1}"}}' for k in n),
                 '{"ImportId":"QID2"}', '{"ImportId":"QID2_NPS_GROUP"}']]
        for i in range(respondents):
            done = i % 50 != 7
            rows.append(["2026-11-01 10:00:00", "2026-11-01 10:05:00", "IP Address", f"192.0.2.{i % 250}",
                         "100" if done else "40", str(200 + i % 400), "1" if done else "0", "2026-11-01 10:05:01",
                         f"R_{i:012d}", "", "", "", "", "39.7392", "-104.9903", "anonymous", "EN",
                         *(str(_score(i, k) or "") for k in n), str(i % 11), "Promoter" if i % 11 > 8 else ""])
        return _tsv(rows).encode("utf-16"), "utf-16", "\t"
    if layout == "surveymonkey":
        meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
                "First Name", "Last Name", "Custom Data 1"]
        rows = [[*meta, "How satisfied were you with each?", *[""] * (len(titles) - 1), recommend],
                [*[""] * len(meta), *titles, "Response"]]
        for i in range(respondents):
            rows.append([str(11_000_000_000 + i), "401234567", "11/10/2026 10:02:11 AM", "11/10/2026 10:09:40 AM",
                         f"198.51.100.{i % 250}", "", "", "", "", *(SATISFIED[_score(i, k) - 1] if _score(i, k)
                                                                     else "" for k in n), str(i % 11)])
        return _csv(rows).encode("utf-8"), "utf-8", ","
    if layout == "google-forms":
        rows = [["Timestamp", "Email Address", *(f"How satisfied were you? [{t}]" for t in titles), recommend]]
        for i in range(respondents):
            rows.append(["2026/11/12 8:10:05 PM GMT+1", "", *(str(_score(i, k) or "") for k in n), str(i % 11)])
        return _csv(rows).encode("utf-8"), "utf-8", ","
    if layout == "microsoft-forms":
        rows = [["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", *titles, recommend]]
        for i in range(respondents):
            rows.append([str(i + 1), "11/20/26 14:00:10", "11/20/26 14:10:52", "anonymous", "", "",
                         *(ZUFRIEDEN[_score(i, k) - 1] if _score(i, k) else "" for k in n), str(i % 11)])
        return _csv(rows).encode("utf-8-sig"), "utf-8-sig", ","
    if layout == "typeform":
        rows = [["#", *titles, recommend, "Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)",
                 "Network ID", "Tags"]]
        for i in range(respondents):
            done = i % 50 != 7
            rows.append([f"tf{i:010d}", *(str(_score(i, k) or "") for k in n), str(i % 11),
                         "completed" if done else "partial", "2026-11-21 10:00:00", "2026-11-21 10:03:00",
                         "2026-11-21 10:04:00" if done else "", f"net{i % 9999:04d}", ""])
        return _csv(rows).encode("utf-8"), "utf-8", ","
    assert layout == "limesurvey"
    rows = [["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", *titles, "NPS"]]
    for i in range(respondents):
        rows.append([str(i + 1), "2026-11-01 12:30:00" if i % 50 != 7 else "", "2", "en", str(1_000_000 + i),
                     "2026-11-01 12:20:00", "2026-11-01 12:30:00", *(str(_score(i, k) or "") for k in n),
                     str(i % 11)])
    return "".join(";".join(row) + "\n" for row in rows).encode("utf-8"), "utf-8", ";"


LAYOUTS = ("qualtrics", "surveymonkey", "google-forms", "microsoft-forms", "typeform", "limesurvey")


def _import(data: bytes) -> int:
    project = load_template("hotel")
    jmap = project.maps[0]
    table = read_survey_table(data)
    result = build_survey(table, propose_mapping(table, project, jmap.id), project, jmap.id, name="Benchmark")
    assert not result.problems
    apply_import(project, result)
    measure_ratings(project, result.dataset)
    return len(result.dataset.answers)


def _floor(data: bytes, delimiter: str, encoding: str = "utf-8") -> None:
    list(csv.reader(io.StringIO(data.decode(encoding), newline=""), delimiter=delimiter))


def run() -> list[tuple[str, float, float, float]]:
    hotel = load_template("hotel")
    results = []
    print(f"Survey import, hotel map (9 touchpoints, 2 personas), median of {RUNS} runs")
    print(f"  {'':66} {'ours':>9} {'csv.reader':>11} {'ratio':>7}   target: under 3 s")
    files = [(f"wide, {RESPONSES:,} respondents", wide_survey(hotel), ";", "utf-8"),
             (f"long, {RESPONSES:,} answer rows", long_survey(hotel), ",", "utf-8")]
    for layout in LAYOUTS:
        data, encoding, delimiter = tool_survey(hotel, layout)
        files.append((f"{layout}, {RESPONSES:,} respondents", data, delimiter, encoding))
    for name, data, delimiter, encoding in files:
        answers = _import(data)
        mine, base, ratio = _paired(lambda: _import(data), lambda: _floor(data, delimiter, encoding), RUNS)
        label = f"{name} ({answers:,} answers, {len(data) / 1e6:.1f} MB)"
        print(f"  {label:66} {mine * 1000:7.0f} ms {base * 1000:8.0f} ms {ratio:6.1f}x   "
              f"{'ok' if mine < 3 else 'MISSED'}")
        results.append((name, mine, base, ratio))
    return results


if __name__ == "__main__":
    run()
