"""Where survey answers come from: a CSV file or a sheet of an Excel workbook, told apart by their bytes.

Both become the same ``SurveyTable`` (``interchange/survey_csv.py``), so the rest of the
import does not know which it was. The file is read through the bounded reader.
"""

from __future__ import annotations

from pathlib import Path

from cxdesigner.interchange.survey_csv import MAX_BYTES, SurveyCsvError, SurveyTable, read_survey_table
from cxdesigner.interchange.workbook import (MAX_BYTES as MAX_WORKBOOK_BYTES, WorkbookError, is_workbook,
                                             read_workbook, survey_sheet)

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def read_survey_source(path: str | Path, sheet: str | None = None) -> SurveyTable:
    """The table of the survey file at ``path``: a CSV file, or ``sheet`` (default: the first) of a workbook.

    ``SurveyCsvError`` (one sentence) for what cannot be read; ``InputError`` for a path that is no file.
    """
    from cxdesigner.inputs import read_limited
    path = Path(path)
    data = read_limited(path, max(MAX_BYTES, MAX_WORKBOOK_BYTES), "survey file")
    if is_workbook(data) or path.suffix.lower() in WORKBOOK_SUFFIXES:
        try:
            return survey_sheet(read_workbook(data, sheet, name=path.name))
        except WorkbookError as error:
            raise SurveyCsvError(str(error)) from None
    if sheet is not None:
        raise SurveyCsvError(f"{path.name} is a CSV file, which has no sheets; --sheet is for Excel workbooks.")
    return read_survey_table(data)
