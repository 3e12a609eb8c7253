"""``cxdesigner import`` for spreadsheet tables: a map's own Excel or CSV export, read back.

Into a new project file (``--output``), or into a project that exists (``--into``), in the
map named by ``--map`` (or by the tables, or the file): the map of that name when there is
one, else a new map. Prints what changed and the rows left out; saves under the file's lock.
"""

from __future__ import annotations

from pathlib import Path

from cxdesigner.console import UserError, saving
from cxdesigner.model import RuleError, Project

#: What the command reads as tables rather than as JSON or Mermaid.
TABLE_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv")


def run_table_import(options) -> int:
    from cxdesigner.interchange.table_import import TableImportError, import_tables, read_tables
    source = Path(options.source)
    try:
        tables = read_tables(source)
    except TableImportError as error:
        raise UserError(str(error)) from None
    target = options.into or options.output
    with saving(target, replace=bool(options.into) or options.force) as save:
        project = save.open() if options.into else Project(name=source.stem or "Imported project")
        name = options.map or _map_name(tables) or source.stem or "Imported map"
        existing = next((m for m in project.maps if m.name == name), None)
        try:
            result = import_tables(project, tables, map_id=existing.id if existing else None, map_name=name)
        except (RuleError, ValueError) as error:
            raise UserError(f"{source.name} cannot be imported: {error}") from None
        save(project)
    jmap = project.find(result.map_id)
    where = "a new map" if result.new_map else "the map"
    print(f"Imported {source.name} into {where} \"{jmap.name}\" of {target}.")
    for line in result.summary():
        print(f"  {line}")
    if result.problems:
        print(f"Rows left out ({len(result.problems)}):")
        for problem in result.problems:
            print(f"  {problem}")
    for note in result.notes:
        print(note)
    return 0


def _map_name(tables) -> str:
    sheet = tables.get("map")
    if sheet is None or not sheet.rows:
        return ""
    column = next((i for i, h in enumerate(sheet.header) if h.strip().casefold() == "map"), None)
    row = sheet.rows[0]
    return row[column].strip() if column is not None and column < len(row) else ""
