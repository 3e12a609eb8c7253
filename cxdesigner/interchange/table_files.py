"""A map's tables read from a file: a workbook's sheets or our CSV tables, each known by its name or header.

The tables are those the CSV and Excel exports write (``csv_form``, ``map_workbook``).
A workbook is read through ``workbook.py``, a CSV file through the survey reader's
decoding and splitting (any encoding and delimiter a spreadsheet writes), both bounded.
What the tables do to a map is ``table_import.py``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cxdesigner.interchange.csv_form import undefused
from cxdesigner.interchange.map_workbook import SHEETS

#: What each table needs to be recognised by its header alone (a CSV file has no sheet names).
KEY_COLUMNS = {"stages": ("order", "stage", "color"), "touchpoints": ("stage", "touchpoint"),
               "pain-points": ("text", "severity", "touchpoints"), "actions": ("text", "priority", "status"),
               "personas": ("persona",), "map": ("map", "scale_low")}


class TableImportError(ValueError):
    """The tables cannot be imported at all; ``str()`` is one plain sentence."""


@dataclass
class Sheet:
    """One table: its header, its rows, and each row's line (or row number) in the file."""

    header: list[str]
    rows: list[list[str]]
    lines: list[int]
    source: str = ""


def kind_of(header: list[str]) -> str | None:
    """Which of our tables a header is, by its columns."""
    names = {h.strip().casefold() for h in header}
    if {"scale_low", "map"} <= names:
        return "map"
    for kind in ("touchpoints", "actions", "pain-points", "stages", "personas"):
        if set(KEY_COLUMNS[kind]) <= names:
            return kind
    return None


def sheets_from_workbook(path: str | Path) -> dict[str, Sheet]:
    """The tables of a workbook: each sheet known by its title, or by its header."""
    from cxdesigner.inputs import InputError, read_limited
    from cxdesigner.interchange.workbook import MAX_BYTES, WorkbookError, read_all_sheets
    try:
        every = read_all_sheets(read_limited(path, MAX_BYTES, "workbook"), name=Path(path).name)
    except (InputError, WorkbookError) as error:
        raise TableImportError(str(error)) from None
    titles = {title.casefold(): key for key, title in SHEETS.items()}
    found: dict[str, Sheet] = {}
    for read in every:
        sheet = _sheet(read.rows, f"sheet '{read.sheet}'")
        kind = titles.get(read.sheet.strip().casefold()) or (kind_of(sheet.header) if sheet else None)
        if sheet is not None and kind is not None and kind not in found:
            found[kind] = sheet
    return found


def sheets_from_csv(path: str | Path) -> dict[str, Sheet]:
    """The table of a CSV file, known by its header, with the tables our export writes beside it
    (``NAME-pain-points.csv``, ``NAME-actions.csv`` beside ``NAME.csv``)."""
    path = Path(path)
    found: dict[str, Sheet] = {}
    first = _csv_sheet(path)
    kind = kind_of(first.header)
    if kind is None:
        raise TableImportError(f"{path.name} is not a table of touchpoints, pain points or actions: its columns are "
                               f"not those CX Designer's CSV export writes (see the user guide).")
    found[kind] = first
    if kind == "touchpoints":
        for other in ("pain-points", "actions"):
            beside = path.with_name(f"{path.stem}-{other}{path.suffix}")
            if beside.is_file():
                sheet = _csv_sheet(beside)
                if kind_of(sheet.header) == other:
                    found[other] = sheet
    return found


def _csv_sheet(path: Path) -> Sheet:
    from cxdesigner.inputs import InputError, read_limited
    from cxdesigner.interchange.survey_csv import MAX_BYTES, SurveyCsvError, read_survey_table
    try:
        table = read_survey_table(read_limited(path, MAX_BYTES, "table"))
    except InputError as error:
        raise TableImportError(str(error)) from None
    except SurveyCsvError as error:
        raise TableImportError(f"{path.name}: {error}") from None
    rows = [[undefused(cell) for cell in row] for row in table.rows]
    return Sheet([undefused(h) for h in table.header], rows, table.lines, path.name)


def _sheet(rows: list[list[str]], source: str) -> Sheet | None:
    found = [(number, row) for number, row in enumerate(rows, start=1) if "".join(row).strip()]
    if not found:
        return None
    return Sheet(found[0][1], [row for _, row in found[1:]], [number for number, _ in found[1:]], source)


def read_tables(path: str | Path) -> dict[str, Sheet]:
    """The tables in the file at ``path``: a workbook (by its bytes) or a CSV file."""
    from cxdesigner.inputs import InputError, open_regular
    try:
        descriptor = open_regular(path)
    except InputError as error:
        raise TableImportError(str(error)) from None
    try:
        start = os.read(descriptor, 8)
    finally:
        os.close(descriptor)
    from cxdesigner.interchange.workbook import is_workbook
    found = sheets_from_workbook(path) if is_workbook(start) else sheets_from_csv(path)
    if not any(kind in found for kind in ("touchpoints", "pain-points", "actions")):
        raise TableImportError(f"{Path(path).name} holds no table of touchpoints, pain points or actions in the "
                               f"columns CX Designer's export writes.")
    return found
