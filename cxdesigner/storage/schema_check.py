"""Only the schema CX Designer writes: a file's tables, columns and indexes compared with ours.

A database file carries SQL of its own, and SQLite runs some of it while
reading: an expression index or a CHECK constraint during ``integrity_check``,
a generated column on every select. So before any query touches a row, the
file's schema is compared with the one this version writes (or wrote, for
older files): our tables with our columns and declared types, the indexes
SQLite makes for primary keys, and nothing else.
"""

from __future__ import annotations

import re
import sqlite3

from cxdesigner.storage.table_facts import Table
from cxdesigner.storage.tables import SINCE, SORTED_TABLES

TABLES: dict[str, Table] = {table.name: table for table in SORTED_TABLES}
#: The words of a ``CREATE TABLE`` as CX Designer writes it; any other (CHECK, GENERATED, AS...) is refused.
_KEYWORDS = {"create", "table", "not", "null", "primary", "key", "foreign", "references", "default",
             "varchar", "text", "float", "integer", "blob"}
#: Words that make SQLite evaluate an expression while reading or checking rows.
EVALUATED = {"check", "generated", "as", "collate"}
VOCABULARY = _KEYWORDS | set(TABLES) | {column.name for table in TABLES.values() for column in table.columns}
#: String literals and quoted names, which may hold any words; then the bare words left.
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")
TRICKS = "triggers, views or virtual tables"


def expected_columns(table: Table, version: int) -> dict[str, str]:
    """Each column a ``version`` file has in ``table``, with its declared type."""
    return {column.name: column.type for column in table.columns
            if SINCE.get(f"{table.name}.{column.name}", 1) <= version}


def schema_problem(db: sqlite3.Connection, version: int) -> tuple[bool, str] | None:
    """``(damaged, what)`` for the first thing in the schema that is not ours, or ``None``.

    ``damaged`` means a part is missing; otherwise ``what`` names an object CX Designer
    files never hold ("an index named 'x'"). Reading the schema runs none of it.
    """
    objects = db.execute("SELECT type, name, tbl_name, sql, rootpage FROM sqlite_master").fetchall()
    for kind, name, table, text, rootpage in objects:
        problem = _object_problem(kind, name, table, text or "", rootpage, version)
        if problem:
            return False, problem
    present = {name for kind, name, *_ in objects if kind == "table"}
    for table in TABLES.values():
        if SINCE.get(table.name, 1) > version:
            continue  # not in that version: a table of that name is another tool's, replaced on upgrade
        if table.name not in present:
            return True, f"no such table: {table.name}"
        problem = _columns_problem(db, table, version)
        if problem:
            return problem
    return None


def _object_problem(kind: str, name: str, table: str, text: str, rootpage: int, version: int) -> str | None:
    if kind in ("trigger", "view") or (kind == "table" and (not rootpage or text.lstrip()[:14].upper()
                                                             == "CREATE VIRTUAL")):
        return TRICKS
    if kind == "index":
        if text or not name.startswith("sqlite_autoindex_") or table not in TABLES:
            return f"an index named '{_short(name)}'"
        return None
    if kind != "table":
        return f"a schema object named '{_short(name)}'"
    if name not in TABLES:
        return f"a table named '{_short(name)}'"
    words = {word.lower() for word in _WORD.findall(_QUOTED.sub(" ", text))}
    # A table of a later version's name is another tool's and is dropped on upgrade: only what
    # SQLite would evaluate while checking it matters there.
    strange = sorted(words & EVALUATED if SINCE.get(name, 1) > version else words - VOCABULARY)
    if "generated" in strange or "as" in strange:
        return f"a generated column in {name}"
    if strange:
        return f"a table '{name}' declared with {strange[0].upper()}"
    return None


def _columns_problem(db: sqlite3.Connection, table: Table, version: int) -> tuple[bool, str] | None:
    expected = expected_columns(table, version)
    found = {}
    for _cid, name, declared, _notnull, _default, _pk, hidden in db.execute(
            f'PRAGMA table_xinfo("{table.name}")'):
        if hidden:
            return False, f"a generated column in {table.name}"
        found[name] = declared.upper()
    for name, declared in expected.items():
        if name not in found:
            return True, f"no such column: {table.name}.{name}"
        if found[name] != declared:
            return False, f"a column {table.name}.{name} declared {_short(found[name])} instead of {declared}"
    extra = sorted(set(found) - set(expected))
    if extra:
        return False, f"a column '{_short(extra[0])}' in {table.name}"
    return None


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
