"""A map as an Excel workbook: the tables of the CSV export, one sheet each, with real cell types.

Sheets: Touchpoints (a satisfaction column per persona), Pain points, Actions (with
phase and planned date), Personas, Stages (those without touchpoints too) and Map (its
name and scale), so that the workbook can make the same map again. The columns are those of ``csv_form``; numbers are
numbers, dates are dates, text is always text (never run as a formula), the header
row is frozen and bold, columns are as wide as their content. Documented in
``docs/spreadsheets.md``.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from cxdesigner.interchange.csv_form import Number, action_table, pain_point_table, touchpoint_table
from cxdesigner.model import JourneyMap, Project

#: Sheet titles, in order, by the short names of the tables.
SHEETS = {"touchpoints": "Touchpoints", "pain-points": "Pain points", "actions": "Actions",
          "personas": "Personas", "stages": "Stages", "map": "Map"}
STAGE_COLUMNS = ["order", "stage", "description", "color"]
PERSONA_COLUMNS = ["persona", "age", "occupation", "quote", "motivations", "frustrations", "demographics",
                   "psychographics", "biography", "color"]
MAP_COLUMNS = ["map", "description", "scale_low", "scale_high", "low_label", "high_label"]
#: Column widths, in characters: within these, as wide as the widest cell.
MIN_WIDTH, MAX_WIDTH = 6, 60
#: Excel's limit on one cell's text.
MAX_CELL_CHARS = 32_767


def persona_table(project: Project, jmap: JourneyMap) -> tuple[list[str], list[list[Any]]]:
    """The map's personas, one row each, in the map's order."""
    rows = []
    for persona in (project.find(p) for p in jmap.persona_ids):
        rows.append([persona.name, "" if persona.age is None else Number(persona.age), persona.occupation,
                     persona.quote, persona.motivations, persona.frustrations, persona.demographics,
                     persona.psychographics, persona.biography, persona.color])
    return PERSONA_COLUMNS, rows


def stage_table(project: Project, jmap: JourneyMap) -> tuple[list[str], list[list[Any]]]:
    """The map's stages in order, those without touchpoints too."""
    return STAGE_COLUMNS, [[Number(order), stage.name, stage.description, stage.color]
                           for order, stage in enumerate(jmap.stages, start=1)]


def map_table(project: Project, jmap: JourneyMap) -> tuple[list[str], list[list[Any]]]:
    scale = jmap.scale
    return MAP_COLUMNS, [[jmap.name, jmap.description, Number(scale.low), Number(scale.high), scale.low_label,
                          scale.high_label]]


def map_workbook(project: Project, jmap: JourneyMap) -> bytes:
    """The ``.xlsx`` file of ``jmap``."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    tables = {"touchpoints": touchpoint_table, "pain-points": pain_point_table, "actions": action_table,
              "personas": persona_table, "stages": stage_table, "map": map_table}
    for key, title in SHEETS.items():
        header, rows = tables[key](project, jmap)
        sheet = book.create_sheet(title)
        widths = [len(name) for name in header]
        for row_number, row in enumerate([header, *rows], start=1):
            for column, value in enumerate(row, start=1):
                cell = sheet.cell(row=row_number, column=column)
                _fill(cell, value)
                if row_number == 1:
                    cell.font = bold
                widths[column - 1] = max(widths[column - 1], _width(value))
        sheet.freeze_panes = "A2"
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fill(cell, value: Any) -> None:
    """A cell of the right type: a number, a date, or text that stays text (even ``=1+1``)."""
    if isinstance(value, Number):
        cell.value = int(value) if float(value).is_integer() and abs(value) < 2**53 else float(value)
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
    elif value != "":
        text = str(value)[:MAX_CELL_CHARS]
        cell.value = text
        cell.data_type = "s"  # openpyxl would store text starting with "=" as a formula


def _width(value: Any) -> int:
    if isinstance(value, date):
        return 10
    text = str(int(value) if isinstance(value, Number) and float(value).is_integer() else value)
    return max((len(line) for line in text.splitlines()), default=0)
