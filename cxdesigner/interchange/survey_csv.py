"""Survey answers from CSV files as spreadsheets write them, in two steps: propose, then build.

1. ``read_survey_table(data)`` decodes the bytes (UTF-8 with or without BOM,
   UTF-16 with BOM, else cp1252/Latin-1), finds the delimiter (``,`` ``;`` tab
   ``|``) and splits rows, quoted newlines included (``split_csv``); then
   ``survey_layouts.recognise`` tells which survey tool wrote them (its header rows,
   metadata columns and unfinished responses).
2. ``propose_mapping(table, project, map_id)`` guesses what each column is (the
   respondent, a segment, the 0-10 NPS question, comments, and the touchpoint
   each question measures, by exact or near-exact title), the score of each answer
   label (``survey_labels``) and the survey's scale.
   The interface shows this ``SurveyMapping`` and lets the user change it.
3. ``build_survey(table, mapping, project, map_id, name=...)`` builds the
   ``SurveyDataset`` from the confirmed mapping. Bad rows are reported by line and
   skipped, never mixed in; nothing changes in the project until the caller adds
   the dataset (replacing ``result.replaces``, the earlier import of the same survey).

Forms: *wide* (a row per respondent, a column per touchpoint) or *long* (a row per
answer: respondent, touchpoint or question, score). Documented in ``docs/insights.md``.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from cxdesigner.collector import collector_paused
from cxdesigner.analysis.matching import fold, match_personas, match_touchpoints
from cxdesigner.analysis.responses import unassigned_respondents
from cxdesigner.model import JourneyMap, Project, SurveyAnswer, SurveyDataset
from cxdesigner.model.bounds import MAX_SCALE_VALUE
from cxdesigner.interchange.survey_labels import label_scale, label_score
from cxdesigner.interchange.survey_table import SurveyCsvError, SurveyTable
from cxdesigner.plain import clip

DELIMITERS = (",", ";", "\t", "|")
#: The largest survey file read, in bytes, and how much of a table is read at all: a file of one
#: long line, of 100,000 columns or of millions of tiny cells stops here, with one sentence.
MAX_BYTES = 256 * 2**20
MAX_COLUMNS = 2_000
MAX_ROWS = 5_000_000
MAX_CELLS = 12_000_000
#: One cell, in characters (the csv module's own limit is 128 kB).
MAX_CELL = 100_000
#: Cells that mean "no answer" rather than a bad one (compared folded).
MISSING = {"", "na", "n a", "none", "null", "nan", "don t know", "dk"}
MISSING_MARKS = {"-", "–", "—", ".", "?"}
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
ROLE_WORDS = {
    "respondent": {"respondent", "respondent id", "respondent number", "response id", "id", "participant",
                   "participant id", "customer id", "record id"},
    "segment": {"segment", "persona", "group", "customer segment", "customer type", "profile", "guest type"},
    "question": {"touchpoint", "question", "step", "moment", "item"},
    "score": {"score", "rating", "value", "satisfaction", "answer", "grade"},
}
#: A header starting or ending with one of these words holds comments (in the languages of the known labels).
COMMENT_WORDS = {"comment", "comments", "remark", "remarks", "feedback", "verbatim", "why", "comentario",
                 "comentarios", "commentaire", "commentaires", "kommentar", "kommentare", "anmerkungen",
                 "observaciones", "observacoes"}
#: How "recommend" begins in the languages whose answer labels are known (recomendaría, recommanderiez...).
RECOMMEND = ("recommend", "recomend", "recomiend", "recommand", "empfehl", "empfiehl", "weiterempfehl")
#: Common survey scales, tried in this order after the map's own (the narrowest that holds the data wins).
SCALES = ((1, 5), (1, 7), (1, 10), (0, 10), (-2, 2), (-3, 3), (-5, 5), (0, 100))


def read_survey_table(data: bytes | str, layout: str | None = None) -> SurveyTable:
    """Decode and split a CSV file and recognise the survey tool's layout (or read it in ``layout``);
    ``SurveyCsvError`` when it holds no table or more than the limits."""
    from cxdesigner.interchange.survey_layouts import recognise
    rows, lines, encoding, delimiter = split_csv(data)
    return recognise(rows, lines, layout=layout, encoding=encoding, delimiter=delimiter)[0]


def split_csv(data: bytes | str) -> tuple[list[list[str]], list[int], str, str]:
    """The non-blank rows of a CSV file, the first line of each, its encoding and its delimiter."""
    if len(data) > MAX_BYTES:
        raise SurveyCsvError(f"The file is larger than CX Designer reads ({MAX_BYTES // 2**20} MB).")
    text, encoding = (data, "text") if isinstance(data, str) else decode(data)
    hint = re.match(r"sep=(.)(\r\n|\n|\r|$)", text)  # a line some spreadsheets write first
    if hint:
        text = text[hint.end():]
        if hint.group(1) in "\"\r\n" or hint.group(1).isalnum() or not (hint.group(1).isprintable()
                                                                     or hint.group(1) == "\t"):
            raise SurveyCsvError("The file's first line names a delimiter that cannot separate cells "
                                 "(a letter, digit, quote or invisible character).")
    delimiter = hint.group(1) if hint else sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, starts, end, cells, shift = [], [], 1 if hint else 0, 0, 1 if hint else 0
    add_row, add_start = rows.append, starts.append
    limit = csv.field_size_limit(MAX_CELL)
    try:
        with collector_paused():
            for record in reader:  # the hot loop of a large file: a row a turn
                start, end, width = end + 1, reader.line_num + shift, len(record)
                if width > MAX_COLUMNS:
                    raise SurveyCsvError(f"Line {start} has {width:,} cells; CX Designer reads at most "
                                         f"{MAX_COLUMNS:,} columns.")
                cells += width
                if cells > MAX_CELLS or len(rows) >= MAX_ROWS:
                    raise SurveyCsvError(f"The file holds more than CX Designer reads ({MAX_ROWS:,} rows or "
                                         f"{MAX_CELLS:,} cells).")
                if not width or (not record[0].strip() and not "".join(record).strip()):
                    continue  # a blank row (its first cell is checked first: most rows start with an id)
                add_row(record)
                add_start(start)
    except csv.Error as error:
        raise SurveyCsvError(f"The file cannot be read as CSV near line {end + 1} "
                             f"({_csv_reason(error)}).") from None
    finally:
        csv.field_size_limit(limit)
    return rows, starts, encoding, delimiter


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was in (spreadsheets write all of these)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise SurveyCsvError(f"The file starts like {encoding} text but is not valid {encoding}.") from None
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) * 3 > len(sample):  # UTF-16 without a BOM: every other byte 0
        encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the same number of cells as the header."""
    sample = text[:65536]
    if len(sample) < len(text) and "\n" in sample:
        sample = sample[:sample.rindex("\n")]
    best, best_score = ",", (False, 0.0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r][:50]
        except csv.Error:
            continue
        if not counts:
            continue
        score = (counts[0] > 1, sum(c == counts[0] for c in counts) / len(counts), counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _q(text: object) -> str:
    """A cell or name quoted in a message: one printable line, cut short."""
    return f"'{clip(str(text).strip())}'"


def _csv_reason(error: csv.Error) -> str:
    text = str(error)
    if "field larger" in text:
        return f"a cell is longer than {MAX_CELL:,} characters"
    if "NUL" in text or "nul" in text:
        return "it holds a NUL character"
    return "a quote is misplaced" if "quote" in text or "delimiter" in text else "it is not well-formed"


def parse_number(text: str) -> float | None:
    """A cell as a number: ``None`` for no answer; ``ValueError`` for what is no number.

    Decimal commas are accepted (``3,5``), and so are ``+``, the minus sign and spaces around.
    """
    cell = text.strip().replace("\u2212", "-")
    if cell in MISSING_MARKS or fold(cell) in MISSING:
        return None
    if not _NUMBER.fullmatch(cell):
        raise ValueError(cell)
    value = float(cell.replace(",", "."))
    if not math.isfinite(value):
        raise ValueError(cell)
    return value


@dataclass
class SurveyMapping:
    """What the columns of a survey table mean: proposed by ``propose_mapping``, edited by the user.

    Columns are named by their header. ``questions`` maps each question (a column
    of the wide form, or a value of ``question_column`` in the long form) to the
    id of the touchpoint it measures, or ``None`` to leave it out; ``matches`` says
    how each was proposed (``"exact"``, ``"near"`` or ``"none"``). ``segments``
    maps each segment to a persona id of the map (``None``: no persona);
    ``persona_id`` is the persona of respondents with no segment. Scores are on
    the survey's own scale, ``scale_low`` to ``scale_high``; the NPS question is 0-10.
    ``labels`` maps each answer label found ("Very satisfied") to its score on that
    scale, or to ``None`` when it cannot be placed (rows holding it are reported).
    """

    form: str
    scale_low: float
    scale_high: float
    respondent_column: str | None = None
    segment_column: str | None = None
    question_column: str | None = None
    score_column: str | None = None
    nps_column: str | None = None
    nps_question: str | None = None
    nps_touchpoint_id: str | None = None
    comment_columns: list[str] = field(default_factory=list)
    questions: dict[str, str | None] = field(default_factory=dict)
    matches: dict[str, str] = field(default_factory=dict)
    segments: dict[str, str | None] = field(default_factory=dict)
    persona_id: str | None = None
    labels: dict[str, float | None] = field(default_factory=dict)

    @property
    def unmatched(self) -> list[str]:
        """Questions measuring no touchpoint yet: the ones to offer for mapping (columns with a role aside)."""
        roles = {self.respondent_column, self.segment_column, self.nps_column, *self.comment_columns}
        return [q for q, t in self.questions.items() if t is None and q not in roles]


def propose_mapping(table: SurveyTable, project: Project, map_id: str) -> SurveyMapping:
    """The most likely meaning of every column of ``table`` for map ``map_id``."""
    jmap = _map(project, map_id)
    header = [h for h in table.header if h not in table.ignored]
    roles = {role: _column_with(header, words) for role, words in ROLE_WORDS.items()}
    if table.respondent_column in table.header:
        roles["respondent"] = table.respondent_column
    nps = next((h for h in header if _is_nps(h) and not _is_comment(h)), None)
    comments = [h for h in header if _is_comment(h) and h not in roles.values() and h != nps]
    long_form = roles["question"] is not None and roles["score"] is not None
    taken = {*roles.values(), nps, *comments} - {None}
    if long_form:
        column = table.header.index(roles["question"])
        asked = list(dict.fromkeys(r[column].strip() for r in table.rows if len(r) > column and r[column].strip()))
        nps_question = next((q for q in asked if _is_nps(q) and not _is_comment(q)), None) if nps is None else None
        asked = [q for q in asked if q != nps_question]
    else:
        roles["question"] = roles["score"] = nps_question = None
        asked = [h for h in header if h not in taken]
    questions, matches = match_touchpoints(asked, jmap)
    mapping = SurveyMapping(
        form="long" if long_form else "wide", scale_low=0, scale_high=1,
        respondent_column=roles["respondent"], segment_column=roles["segment"],
        question_column=roles["question"], score_column=roles["score"], nps_column=nps, nps_question=nps_question,
        comment_columns=comments, questions=questions, matches=matches,
        persona_id=jmap.persona_ids[0] if len(jmap.persona_ids) == 1 else None)
    if roles["segment"] is not None:
        column = table.header.index(roles["segment"])
        found = dict.fromkeys(r[column].strip() for r in table.rows if len(r) > column and r[column].strip())
        mapping.segments = match_personas(list(found), project, jmap)
    mapping.labels = find_labels(table, mapping)
    mapping.scale_low, mapping.scale_high = propose_scale(table, mapping, jmap)
    return mapping


#: A column whose answers hold more distinct words than this is free text, not a choice question.
MAX_CHOICES = 30
#: At most this many labels are proposed (and shown); the others are reported row by row.
MAX_LABELS = 200
#: The rows whose labels are proposed; a known label first met further down is placed all the same.
LABEL_SAMPLE = 20_000


def find_labels(table: SurveyTable, mapping: SurveyMapping) -> dict[str, float | None]:
    """The answer labels of the scored columns (and of other choice questions), each with its score or
    ``None`` when no known label set holds it."""
    if mapping.form == "long":
        columns = [mapping.score_column]
    else:
        scored = [q for q, t in mapping.questions.items() if t is not None]
        columns = scored + [q for q in mapping.questions if q not in scored]
    columns += [mapping.nps_column] if mapping.nps_column else []
    index = {h: i for i, h in enumerate(table.header)}
    labels: dict[str, float | None] = {}
    folded: set[str] = set()
    for column in columns:
        at = index.get(column)
        if at is None:
            continue
        cells = {row[at] for row in table.rows[:LABEL_SAMPLE] if at < len(row)}
        words = [" ".join(c.split()) for c in cells if not _is_number(c)]
        chosen = column == mapping.nps_column or column == mapping.score_column or mapping.questions.get(column)
        if not chosen and (len(words) > MAX_CHOICES or not any(label_score(w) is not None for w in words)):
            continue
        for word in sorted(set(words), key=lambda w: (label_score(w) is None, label_score(w) or 0, w)):
            if len(labels) < MAX_LABELS and fold(word) not in folded:
                folded.add(fold(word))
                labels[word] = label_score(word)
    return labels


def _is_number(text: str) -> bool:
    try:
        parse_number(text)
    except ValueError:
        return False
    return True


def _column_with(header: list[str], words: set[str]) -> str | None:
    return next((h for h in header if fold(h) in words), None)


def _is_nps(text: str) -> bool:
    words = fold(text).split()
    return "nps" in words or any(w.startswith(RECOMMEND) for w in words)


def _is_comment(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and bool({words[0], words[-1]} & COMMENT_WORDS)


def propose_scale(table: SurveyTable, mapping: SurveyMapping, jmap: JourneyMap) -> tuple[float, float]:
    """The narrowest usual scale holding the scores of the first rows (the map's own scale if it fits)."""
    values = []
    scored = [h for h, t in mapping.questions.items() if t is not None] or list(mapping.questions)
    cells = ([table.header.index(h) for h in scored if h in table.header] if mapping.form == "wide"
             else [table.header.index(mapping.score_column)])
    question = table.header.index(mapping.question_column) if mapping.form == "long" else None
    for row in table.rows[:5000]:
        if question is not None and mapping.nps_question and question < len(row) and \
                row[question].strip() == mapping.nps_question:
            continue  # the 0-10 recommendation is no answer on the survey's scale
        for column in cells:
            try:
                value = parse_number(row[column]) if column < len(row) else None
            except ValueError:
                continue
            if value is not None:
                values.append(value)
    found = label_scale([label for label, score in mapping.labels.items() if score is not None])
    if found is not None:
        values += found
    if not values:
        return jmap.scale.low, jmap.scale.high
    low, high = min(values), max(values)
    options = [(jmap.scale.low, jmap.scale.high), *SCALES]
    fitting = [o for o in options if o[0] <= low and high <= o[1]]
    if not fitting:  # an unusual scale, within the limits a survey's scale keeps
        low, high = max(low, -MAX_SCALE_VALUE), min(high, MAX_SCALE_VALUE)
        return (low, high) if low < high else (low, low + 1) if low < MAX_SCALE_VALUE else (low - 1, low)
    return min(fitting, key=lambda o: o[1] - o[0])


@dataclass(frozen=True)
class RowProblem:
    """A row left out, and why (``line`` is the row's first line in the file)."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"Line {self.line}: {self.message}"


@dataclass
class SurveyImport:
    """What ``build_survey`` made: the dataset to add, the rows left out, and the earlier import it replaces."""

    dataset: SurveyDataset
    problems: list[RowProblem]
    respondents: int
    rows_read: int
    replaces: SurveyDataset | None = None
    notes: list[str] = field(default_factory=list)


def build_survey(table: SurveyTable, mapping: SurveyMapping, project: Project, map_id: str, *, name: str,
                 source: str = "", imported_at: datetime | None = None, wave: str = "",
                 fieldwork_start: date | None = None, fieldwork_end: date | None = None) -> SurveyImport:
    """The dataset the confirmed ``mapping`` makes of ``table``; the project is not changed.

    ``SurveyCsvError`` when the mapping itself is unusable (a missing column, a bad scale).
    ``wave`` and the fieldwork dates say which of the map's survey waves it is.
    """
    jmap = _map(project, map_id)
    _check_mapping(table, mapping, project, jmap)
    with collector_paused():
        answers, problems, respondents, notes = _Rows(table, mapping, project, jmap).read()
    nps_question = mapping.nps_column or mapping.nps_question
    questions = {q: t for q, t in mapping.questions.items() if t is not None}
    if nps_question is not None:
        questions[nps_question] = mapping.nps_touchpoint_id
    for header in mapping.comment_columns if mapping.form == "wide" else ():
        questions.setdefault(header, None)
    dataset = SurveyDataset(name=name, map_id=jmap.id, source=source, imported_at=imported_at,
                            scale_low=float(mapping.scale_low), scale_high=float(mapping.scale_high),
                            question_touchpoints=questions, nps_question=nps_question, answers=answers,
                            wave=wave, fieldwork_start=fieldwork_start, fieldwork_end=fieldwork_end)
    for segment, count in unassigned_respondents(project, dataset).items():
        who = f"segment {_q(segment)}" if segment else "no segment"
        notes.append(f"{count} respondents with {who} count for no persona (their answers are kept).")
    return SurveyImport(dataset, problems, respondents, len(table.rows), find_replaced(project, dataset), notes)


_BAD, _UNSEEN = object(), object()


def _answer(respondent: str, question: str, value: float | None, segment: str, comment: str = "",
            _new=object.__new__) -> SurveyAnswer:
    """A ``SurveyAnswer`` without the keyword ``__init__``: a large file makes a million of them."""
    answer = _new(SurveyAnswer)
    answer.respondent, answer.question, answer.value, answer.segment, answer.comment = (
        respondent, question, value, segment, comment)
    return answer


class _Rows:
    """One pass over the rows: each becomes answers, or a problem and nothing (a bad row is left out whole)."""

    def __init__(self, table: SurveyTable, mapping: SurveyMapping, project: Project, jmap: JourneyMap) -> None:
        self.table, self.mapping = table, mapping
        column = {h: i for i, h in enumerate(table.header)}.get
        self.respondent, self.segment = column(mapping.respondent_column), column(mapping.segment_column)
        self.question, self.score = column(mapping.question_column), column(mapping.score_column)
        self.nps, self.nps_name = column(mapping.nps_column), mapping.nps_column or mapping.nps_question
        self.comments = [(h, column(h)) for h in mapping.comment_columns]
        self.scored = [(q, column(q)) for q, t in mapping.questions.items() if t is not None]
        names = {p: project.find(p).name for p in jmap.persona_ids}
        self.default_segment = names.get(mapping.persona_id, "")
        self.segment_names = {s: names[p] if p else s for s, p in mapping.segments.items()}
        self.values: dict[str, object] = {}  # cell text -> number, None (no answer) or _BAD
        self.labels = {fold(label): score for label, score in mapping.labels.items() if score is not None}
        self.off_scale = {fold(label) for label, score in mapping.labels.items() if score is None}
        self.unplaced: dict[str, list[int]] = {}  # words no label set holds -> the lines they are on
        self.people: dict[str, int] = {}  # respondent -> first line with answers
        self.nps_given: dict[str, tuple[float, int]] = {}
        self.seen: set[tuple[str, str]] = set()
        self.unused: dict[str, int] = {}
        self.empty = 0

    def read(self) -> tuple[list[SurveyAnswer], list[RowProblem], int, list[str]]:
        answers: list[SurveyAnswer] = []
        problems: list[RowProblem] = []
        long_form = self.mapping.form == "long"
        width, row_answers = len(self.table.header), self._long if long_form else self._wide
        for row, line in zip(self.table.rows, self.table.lines):
            trouble: list[str] = []
            if len(row) > width and any(c.strip() for c in row[width:]):
                trouble.append(f"{len(row)} cells where the header has {width}")
                found = []
            else:
                found = row_answers(row, line, trouble)
            if found is None:
                continue  # answers a question left out on purpose
            if trouble:
                problems.append(RowProblem(line, "; ".join(trouble)))
            elif found:
                answers += found
                self.people.setdefault(found[0].respondent, line)
                for answer in found if long_form else ():  # rows of one respondent: remember what they said
                    self.seen.add((answer.respondent, answer.question))
                    if answer.question == self.nps_name and answer.value is not None:
                        self.nps_given.setdefault(answer.respondent, (answer.value, line))
            else:
                self.empty += 1
        return answers, problems, len(self.people), self._notes()

    def _cell(self, row: list[str], column: int | None) -> str:
        return row[column].strip() if column is not None and column < len(row) else ""

    def _who(self, row: list[str], line: int) -> tuple[str, str]:
        segment = self._cell(row, self.segment)
        segment = self.segment_names.get(segment, segment) if segment else self.default_segment
        return self._cell(row, self.respondent) or f"line {line}", segment

    def _value(self, text: str) -> object:
        value = self.values.get(text, _UNSEEN)
        if value is _UNSEEN:
            try:
                value = parse_number(text)
            except ValueError:
                folded = fold(text)
                value = self.labels.get(folded, _BAD if folded in self.off_scale else None)
                if value is None:  # a label the proposal did not meet: placed only when a known set holds it
                    value = label_score(text)
                    value = _BAD if value is None else value
            self.values[text] = value
        return value

    def _score(self, value: object, text: str, question: str, trouble: list[str], line: int = 0) -> float | None:
        """A score already parsed, checked against the survey's scale."""
        if value is _BAD:
            trouble.append(f"{_q(text)} for {_q(question)} is not a number or a known answer label")
            self._unplaced(text, line)
        elif value is not None and not self.mapping.scale_low <= value <= self.mapping.scale_high:
            trouble.append(f"{value:g} for {_q(question)} is outside the survey's scale "
                           f"({self.mapping.scale_low:g} to {self.mapping.scale_high:g})")
        else:
            return value
        return None

    def _unplaced(self, text: str, line: int) -> None:
        lines = self.unplaced.setdefault(" ".join(text.split()), [])
        if len(lines) < 10 and line not in lines and len(self.unplaced) <= MAX_LABELS:
            lines.append(line)

    def _nps(self, text: str, respondent: str, segment: str, trouble: list[str], line: int = 0) -> list[SurveyAnswer]:
        value = self._value(text)
        if value is not None and (value is _BAD or not (0 <= value <= 10 and value == int(value))):
            trouble.append(f"the NPS answer {_q(text)} is not a whole number from 0 to 10")
            if value is _BAD:
                self._unplaced(text, line)
            return []
        given = self.nps_given.get(respondent)
        if value is not None and given is not None and given[0] != value:
            trouble.append(f"respondent {_q(respondent)} gave another NPS answer on line {given[1]}")
        return [] if value is None or given is not None else [_answer(respondent, self.nps_name, value, segment)]

    def _wide(self, row: list[str], line: int, trouble: list[str]) -> list[SurveyAnswer]:
        respondent, segment = self._who(row, line)
        if respondent in self.people:
            trouble.append(f"respondent {_q(respondent)} already answered on line {self.people[respondent]}")
            return []
        found, size, low, high, values = [], len(row), self.mapping.scale_low, self.mapping.scale_high, self.values
        new = object.__new__
        for question, column in self.scored:  # the hot loop of a large file: one cell, one answer
            text = row[column] if column < size else ""
            value = values.get(text, _UNSEEN)
            if value is _UNSEEN:
                value = self._value(text)
            if value is None:
                continue
            if value is _BAD or not low <= value <= high:
                self._score(value, text, question, trouble, line)
            else:  # _answer, inlined
                answer = new(SurveyAnswer)
                answer.respondent, answer.question, answer.value, answer.segment, answer.comment = (
                    respondent, question, value, segment, "")
                found.append(answer)
        if self.nps is not None:
            found += self._nps(self._cell(row, self.nps), respondent, segment, trouble, line)
        for header, column in self.comments:
            if text := self._cell(row, column):
                found.append(_answer(respondent, header, None, segment, text))
        return found

    def _long(self, row: list[str], line: int, trouble: list[str]) -> list[SurveyAnswer] | None:
        respondent, segment = self._who(row, line)
        question, text = self._cell(row, self.question), self._cell(row, self.score)
        found = []
        if not question:
            trouble.append("no question or touchpoint is named")
        elif question == self.mapping.nps_question:
            found += self._nps(text, respondent, segment, trouble, line)
        elif self.mapping.questions.get(question) is None:
            self.unused[question] = self.unused.get(question, 0) + 1
            return None
        else:
            if (respondent, question) in self.seen:
                trouble.append(f"respondent {_q(respondent)} already answered {_q(question)}")
            value = self._score(self._value(text), text, question, trouble, line)
            comment = "\n".join(c for _, column in self.comments if (c := self._cell(row, column)))
            if value is not None or comment:
                found.append(_answer(respondent, question, value, segment, comment))
        if self.nps is not None:
            found += self._nps(self._cell(row, self.nps), respondent, segment, trouble, line)
        return found

    def _notes(self) -> list[str]:
        """What the plan should tell beside the problems: what was not imported."""
        notes = []
        if self.mapping.form == "wide" and self.mapping.unmatched:
            names = [clip(name) for name in self.mapping.unmatched[:20]]
            more = f" and {len(self.mapping.unmatched) - 20:,} more" if len(self.mapping.unmatched) > 20 else ""
            notes.append(f"Not imported (mapped to no touchpoint): {', '.join(names)}{more}.")
        for question, count in self.unused.items():
            notes.append(f"Not imported: {count} answers to {_q(question)} (mapped to no touchpoint).")
        if self.empty:
            notes.append(f"{self.empty} rows hold no answer.")
        words = [w for w in self.unplaced if not _NUMBER.fullmatch(w)]
        if words:
            listed = "; ".join(f"{_q(w)} (line{'s' if len(self.unplaced[w]) > 1 else ''} "
                               f"{', '.join(map(str, self.unplaced[w]))})" for w in words[:20])
            more = f"; and {len(words) - 20:,} more" if len(words) > 20 else ""
            notes.append(f"Unknown answer labels, their rows left out: {listed}{more}.")
        return notes


def find_replaced(project: Project, dataset: SurveyDataset) -> SurveyDataset | None:
    """The survey of the same map and wave that ``dataset`` re-imports: the same name, or the same (non-empty)
    source (another wave's survey of the same file is kept beside it)."""
    for other in project.surveys:
        if other.map_id == dataset.map_id and other.wave == dataset.wave and (other.name == dataset.name or
                                               (dataset.source and other.source == dataset.source)):
            return other
    return None


def apply_import(project: Project, result: SurveyImport) -> None:
    """Add the dataset in place of the one it replaces (the command line; the editor uses commands)."""
    index = None
    if result.replaces is not None:
        index = project.surveys.index(result.replaces)
        project.remove(result.replaces.id)
    project.add(result.dataset, index=index)


def _map(project: Project, map_id: str) -> JourneyMap:
    entry = project.lookup(map_id)
    if entry is None or not isinstance(entry[0], JourneyMap):
        raise SurveyCsvError("That map is not in this project.")
    return entry[0]


def _check_mapping(table: SurveyTable, mapping: SurveyMapping, project: Project, jmap: JourneyMap) -> None:
    def require(condition: bool, message: str) -> None:
        if not condition:
            raise SurveyCsvError(message)

    require(mapping.form in ("wide", "long"), "A survey is in wide or long form.")
    columns = [mapping.respondent_column, mapping.segment_column, mapping.nps_column, *mapping.comment_columns]
    if mapping.form == "long":
        require(mapping.question_column is not None and mapping.score_column is not None,
                "A survey in long form needs a question (touchpoint) column and a score column.")
        columns += [mapping.question_column, mapping.score_column]
    else:
        columns += [q for q, t in mapping.questions.items() if t is not None]
    for column in columns:
        require(column is None or column in table.header, f"The file has no column {_q(column)}.")
    low, high = mapping.scale_low, mapping.scale_high
    require(all(isinstance(v, int | float) and math.isfinite(v) for v in (low, high)) and low < high,
            "The survey's scale needs a low end below its high end.")
    require(-MAX_SCALE_VALUE <= low and high <= MAX_SCALE_VALUE,
            f"A survey's scale lies between {-MAX_SCALE_VALUE:,.0f} and {MAX_SCALE_VALUE:,.0f}.")
    require(all(v is None or (isinstance(v, int | float) and math.isfinite(v) and abs(v) <= MAX_SCALE_VALUE)
                for v in mapping.labels.values()), "Each answer label's score is a number within the scale's limits.")
    touchpoints = {t.id: t.title for t in jmap.touchpoints}
    seen: dict[str, str] = {}
    for question, touchpoint_id in mapping.questions.items():
        if touchpoint_id is None:
            continue
        require(touchpoint_id in touchpoints, f"{_q(question)} is mapped to a touchpoint that is not on this map.")
        require(touchpoint_id not in seen, f"{_q(seen.get(touchpoint_id))} and {_q(question)} both measure "
                                           f"{_q(touchpoints.get(touchpoint_id))}; map one of them to no touchpoint.")
        seen[touchpoint_id] = question
    require(mapping.nps_touchpoint_id is None or mapping.nps_touchpoint_id in touchpoints,
            "The NPS question is tied to a touchpoint that is not on this map.")
    for persona_id in (*mapping.segments.values(), mapping.persona_id):
        require(persona_id is None or persona_id in jmap.persona_ids, "Segments map to personas of this map.")
    require(any(t is not None for t in mapping.questions.values()) or mapping.nps_column or mapping.nps_question,
            "No question is mapped to a touchpoint and there is no NPS question: there is nothing to import.")
