"""Which survey tool wrote a table, told from its header: rows of strings in, a ``SurveyTable`` out.

Survey tools export their own way: Qualtrics writes three header rows (column names,
question texts, ImportId JSON), SurveyMonkey two (the question, then the answer option
or "Response"), and each adds metadata columns (dates, IP addresses, e-mail addresses)
that are no answers. ``recognise(rows)`` names the layout, builds a header of question
texts, sets the metadata aside (the respondent's id kept) and leaves out the responses
the tool marks unfinished, counting them by line. It works on plain rows of strings, so
that a CSV file and a spreadsheet's sheet are recognised alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from cxdesigner.analysis.matching import fold
from cxdesigner.interchange.survey_table import SurveyCsvError, SurveyTable, unique_names

GENERIC = "generic"


def _names(*names: str) -> frozenset[str]:
    return frozenset(fold(n) for n in names)


@dataclass(frozen=True)
class Layout:
    """One tool's export: how it is recognised, how many header rows it has, what is metadata."""

    name: str
    title: str
    metadata: frozenset[str] = frozenset()
    respondent: tuple[str, ...] = ()
    header_rows: Callable[[list[list[str]]], int] = lambda rows: 1
    recognised: Callable[[list[str]], bool] = lambda names: False
    header: Callable[[list[list[str]], int], list[str]] | None = None
    extra_metadata: Callable[[str], bool] = lambda name: False
    unfinished: tuple[tuple[str, ...], Callable[[str], bool]] | None = None  # the column and its cell's test

    def is_metadata(self, name: str) -> bool:
        return fold(name) in self.metadata or self.extra_metadata(name.strip())


def _has(names: list[str], *wanted: str) -> bool:
    folded = {fold(n) for n in names}
    return all(fold(w) in folded for w in wanted)


def _qualtrics_rows(rows: list[list[str]]) -> int:
    """Three rows when the third holds Qualtrics' ImportId JSON, two when the second names the metadata."""
    if len(rows) >= 3 and any(c.strip().startswith('{"ImportId"') or c.strip().startswith('{"importId"')
                              for c in rows[2][:50]):
        return 3
    if len(rows) >= 2 and _has(rows[1], "Start Date", "Response ID"):
        return 2
    return 1


def _qualtrics_header(rows: list[list[str]], count: int) -> list[str]:
    """The question text where there is one (the second row), else the column's name."""
    names = rows[0]
    texts = rows[1] if count >= 2 else []
    return [texts[i].strip() if i < len(texts) and texts[i].strip() and not QUALTRICS.is_metadata(name) else name
            for i, name in enumerate(names)]


def _monkey_header(rows: list[list[str]], count: int) -> list[str]:
    """The question (carried over the blank cells after it), or the answer option under it when that is
    no mere "Response": a matrix question's rows are its options."""
    names, options = rows[0], rows[1] if count >= 2 else []
    header, question = [], ""
    for i, name in enumerate(names):
        question = name.strip() or question
        option = options[i].strip() if i < len(options) else ""
        plain = not option or fold(option) in {"response", "open ended response", "other please specify"}
        header.append(question if plain or SURVEYMONKEY.is_metadata(name) else option)
    return header


def _false(text: str) -> bool:
    return fold(text) in {"0", "false", "no"}


QUALTRICS = Layout(
    "qualtrics", "Qualtrics",
    _names("StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
           "RecordedDate", "ResponseId", "ExternalReference", "ExternalDataReference", "LocationLatitude",
           "LocationLongitude", "DistributionChannel", "UserLanguage"),
    respondent=("ResponseId",),
    header_rows=_qualtrics_rows,
    recognised=lambda names: _has(names, "StartDate", "ResponseId") or _has(names, "StartDate", "Finished",
                                                                            "RecordedDate"),
    header=_qualtrics_header,
    extra_metadata=lambda name: (name.startswith("Recipient") or name.startswith("Q_")
                                 or name.upper().endswith("_NPS_GROUP")),
    unfinished=(("Finished",), _false))
SURVEYMONKEY = Layout(
    "surveymonkey", "SurveyMonkey",
    _names("Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
           "Last Name"),
    respondent=("Respondent ID",),
    header_rows=lambda rows: 2 if len(rows) >= 2 else 1,
    recognised=lambda names: _has(names, "Respondent ID", "Collector ID"),
    header=_monkey_header,
    extra_metadata=lambda name: fold(name).startswith("custom data"))
GOOGLE_FORMS = Layout(
    "google-forms", "Google Forms",
    _names("Timestamp", "Email Address", "Score", "Marca temporal", "Dirección de correo electrónico",
           "Puntuación", "Horodateur", "Adresse e-mail", "Zeitstempel", "E-Mail-Adresse", "Punktzahl",
           "Carimbo de data/hora", "Endereço de e-mail", "Pontuação"),
    recognised=lambda names: bool(names) and fold(names[0]) in _names("Timestamp", "Marca temporal", "Horodateur",
                                                                      "Zeitstempel", "Carimbo de data/hora"))
MICROSOFT_FORMS = Layout(
    "microsoft-forms", "Microsoft Forms",
    _names("ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Total points",
           "Quiz feedback"),
    respondent=("ID",),
    recognised=lambda names: len(names) >= 3 and [fold(n) for n in names[:3]] == ["id", "start time",
                                                                                "completion time"])
TYPEFORM = Layout(
    "typeform", "Typeform",
    _names("Start Date (UTC)", "Submit Date (UTC)", "Stage Date (UTC)", "Network ID", "Tags", "Response Type",
           "Ending"),
    respondent=("#",),
    recognised=lambda names: bool(names) and names[0].strip() == "#" and (
        _has(names, "Network ID") or _has(names, "Submit Date (UTC)")),
    extra_metadata=lambda name: name == "#",
    unfinished=(("Response Type",), lambda text: fold(text) in {"partial", "started"}))
LIMESURVEY = Layout(
    "limesurvey", "LimeSurvey",
    _names("id", "Response ID", "submitdate", "Date submitted", "lastpage", "Last page", "startlanguage",
           "Start language", "seed", "Seed", "startdate", "Date started", "datestamp", "Date last action", "token",
           "Access code", "refurl", "Referrer URL", "ipaddr", "IP address", "interviewtime", "Total time"),
    respondent=("id", "Response ID"),
    recognised=lambda names: _has(names, "id", "submitdate", "lastpage", "startlanguage") or _has(
        names, "Response ID", "Date submitted", "Last page", "Start language"),
    extra_metadata=lambda name: bool(re.fullmatch(r"groupTime\d+|\d+X\d+X\d+\w*time", name, re.IGNORECASE)),
    unfinished=(("submitdate", "Date submitted"), lambda text: not text.strip()))
PLAIN = Layout(GENERIC, "plain table")
#: In the order they are tried; the plain table takes what none of them recognises.
LAYOUTS = (QUALTRICS, SURVEYMONKEY, LIMESURVEY, MICROSOFT_FORMS, TYPEFORM, GOOGLE_FORMS)
BY_NAME = {layout.name: layout for layout in (*LAYOUTS, PLAIN)}


@dataclass
class LayoutReading:
    """How a table was read: the layout, its header rows, the metadata set aside, the responses left out."""

    layout: Layout
    header_rows: int
    ignored: list[str] = field(default_factory=list)
    respondent: str | None = None
    unfinished: list[int] = field(default_factory=list)
    detected: bool = True

    @property
    def name(self) -> str:
        return self.layout.name

    def describe(self) -> str:
        """One sentence for the import plan: "Read as a Qualtrics export: 3 header rows, ..."."""
        if self.layout is PLAIN:
            what = "Read as a plain table"
        else:
            what = f"Read as a{'n' if self.layout.title[0] in 'AEIOU' else ''} {self.layout.title} export"
        parts = [f"{self.header_rows} header row{'s' if self.header_rows != 1 else ''}"]
        if self.respondent:
            parts.append(f"respondents from '{self.respondent}'")
        if self.ignored:
            parts.append(f"{len(self.ignored)} metadata column{'s' if len(self.ignored) != 1 else ''} ignored")
        if self.unfinished:
            shown = ", ".join(map(str, self.unfinished[:10])) + (", ..." if len(self.unfinished) > 10 else "")
            count = len(self.unfinished)
            parts.append(f"{count} unfinished response{'s' if count != 1 else ''} left out "
                         f"(line{'s' if count != 1 else ''} {shown})")
        chosen = "" if self.detected else " (as chosen)"
        return f"{what}{chosen}: {', '.join(parts)}."


def detect(rows: list[list[str]]) -> Layout:
    """The layout whose header the first row has (the plain table when none)."""
    names = rows[0][:2000] if rows else []
    return next((layout for layout in LAYOUTS if layout.recognised(names)), PLAIN)


def recognise(rows: list[list[str]], lines: list[int] | None = None, *, layout: str | None = None,
              encoding: str = "text", delimiter: str = ",") -> tuple[SurveyTable, LayoutReading]:
    """The table in ``rows`` (each non-blank, ``lines`` their first lines) read in the layout found, or in
    ``layout`` (a name of ``BY_NAME``); ``SurveyCsvError`` when it holds no table."""
    if lines is None:
        lines = list(range(1, len(rows) + 1))
    if layout is None:
        chosen = detect(rows)
    elif layout in BY_NAME:
        chosen = BY_NAME[layout]
    else:
        raise SurveyCsvError(f"There is no survey layout called '{str(layout)[:40]}'; the layouts are "
                             f"{', '.join(BY_NAME)}.")
    count = chosen.header_rows(rows) if rows else 1
    if not rows or len(rows[0]) < 2:
        raise SurveyCsvError("The file holds no table: it needs a header row and at least two columns.")
    names = [name.strip() for name in rows[0]]
    header = unique_names(chosen.header(rows, count) if chosen.header else names)
    metadata = [i for i, name in enumerate(names) if chosen.is_metadata(name)]
    respondent = next((i for want in chosen.respondent for i, name in enumerate(names)
                       if name == want or (want != "#" and fold(name) == fold(want))), None)
    reading = LayoutReading(chosen, count, [header[i] for i in metadata if i != respondent],
                            header[respondent] if respondent is not None else None, detected=layout is None)
    body, body_lines = rows[count:], lines[count:]
    if chosen.unfinished is not None:
        wanted = {fold(name) for name in chosen.unfinished[0]}
        column = next((i for i, name in enumerate(names) if fold(name) in wanted), None)
        if column is not None:
            body, body_lines = _finished(body, body_lines, column, chosen.unfinished[1], reading.unfinished)
    table = SurveyTable(header, body, body_lines, encoding, delimiter, ignored=frozenset(reading.ignored),
                        respondent_column=reading.respondent, reading=reading)
    return table, reading


def _finished(rows, lines, column, unfinished, left_out) -> tuple[list[list[str]], list[int]]:
    """The rows the tool marks finished; the lines of the others go to ``left_out``."""
    kept, kept_lines = [], []
    verdicts: dict[str, bool] = {}  # a column of few distinct cells ("1", "0"): each judged once
    for row, line in zip(rows, lines):
        cell = row[column] if column < len(row) else None
        if cell is not None and (verdicts[cell] if cell in verdicts else verdicts.setdefault(cell, unfinished(cell))):
            left_out.append(line)
        else:
            kept.append(row)
            kept_lines.append(line)
    return kept, kept_lines
