"""Where survey answers come from: a CSV file or a sheet of an Excel workbook, told apart by their bytes.

Both become the same ``SurveyTable`` (``interchange/survey_csv.py``), so the rest of the
import does not know which it was. The file is read through the bounded reader.
"""

from __future__ import annotations

from pathlib import Path

from cxdesigner.interchange.survey_csv import MAX_BYTES, SurveyCsvError, SurveyTable, split_csv
from cxdesigner.interchange.workbook import MAX_BYTES as MAX_WORKBOOK_BYTES, WorkbookError, is_workbook, read_workbook

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")

#: A survey file's non-blank rows, the first line (or sheet row) of each, its encoding and its delimiter.
SplitRows = tuple[list[list[str]], list[int], str, str]


def survey_rows(path: str | Path, sheet: str | None = None) -> SplitRows:
    """The rows of the survey file at ``path``: a CSV file, or ``sheet`` (default: the first) of a workbook,
    read once, to be recognised in one layout or another.

    ``SurveyCsvError`` (one sentence) for what cannot be read; ``InputError`` for a path that is no file.
    """
    from cxdesigner.inputs import read_limited
    path = Path(path)
    data = read_limited(path, max(MAX_BYTES, MAX_WORKBOOK_BYTES), "survey file")
    if is_workbook(data) or path.suffix.lower() in WORKBOOK_SUFFIXES:
        try:
            found = read_workbook(data, sheet, name=path.name)
        except WorkbookError as error:
            raise SurveyCsvError(str(error)) from None
        numbered = [(number, row) for number, row in enumerate(found.rows, start=1) if "".join(row).strip()]
        return [row for _, row in numbered], [number for number, _ in numbered], f"sheet '{found.sheet}'", ""
    if sheet is not None:
        raise SurveyCsvError(f"{path.name} is a CSV file, which has no sheets; --sheet is for Excel workbooks.")
    return split_csv(data)


def read_survey_source(path: str | Path, sheet: str | None = None, layout: str | None = None) -> SurveyTable:
    """The survey table of the file at ``path`` (a CSV file or a workbook's sheet), in the layout its header
    names or in ``layout``."""
    from cxdesigner.interchange.survey_layouts import recognise
    rows, lines, encoding, delimiter = survey_rows(path, sheet)
    return recognise(rows, lines, layout=layout, encoding=encoding, delimiter=delimiter)[0]
