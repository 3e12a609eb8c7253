"""Writes ``tables.py``, the plain facts of ``schema.py`` that opening a file reads.

``python -m cxdesigner.storage.generate_tables`` (or ``make tables``) after any change
to ``schema.py``; ``tests/storage/test_tables.py`` fails until it is run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy.schema import CreateTable

from cxdesigner.storage import schema

TARGET = Path(__file__).with_name("tables.py")
HEADER = '''"""The tables of a ``.cxd`` file as plain facts, for opening a file without SQLAlchemy.

Generated from ``schema.py`` by ``python -m cxdesigner.storage.generate_tables``: do not edit.
"""

from cxdesigner.storage.table_facts import Column, Table

'''


def source() -> str:
    """The text ``tables.py`` must have for the schema as ``schema.py`` declares it now."""
    lines = [HEADER.rstrip("\n"), "",
             f"APPLICATION_ID = {schema.APPLICATION_ID:#x}",
             f"SCHEMA_VERSION = {schema.SCHEMA_VERSION}",
             "SINCE = {",
             *(f"    {name!r}: {version}," for name, version in schema.SINCE.items()),
             "}", ""]
    for table in schema.metadata.sorted_tables:
        lines.append(f"{table.name} = Table(")
        lines.append(f"    {table.name!r},")
        lines.append("    (")
        for column in table.columns:
            lines.append(f"        Column({column.name!r}, {column.type.compile(dialect=schema.DIALECT)!r}, "
                         f"{column.nullable!r}),")
        lines.append("    ),")
        lines.append(f"    {tuple(c.name for c in table.primary_key.columns)!r},")
        lines.append(f"    {schema.sql(CreateTable(table))!r},")
        lines.append(")")
    names = [table.name for table in schema.metadata.sorted_tables]
    lines += ["", "#: Every table, in an order their references accept.",
              f"SORTED_TABLES = ({', '.join(names)})",
              "#: The tables that hold the file's history rather than the project.",
              f"HISTORY_TABLES = ({', '.join(t.name for t in schema.HISTORY_TABLES)})", ""]
    return "\n".join(lines)


def main() -> int:
    TARGET.write_text(source(), encoding="utf-8")
    print(f"wrote {TARGET.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
