"""A project's rows as a snapshot for the file's history, and the difference between two snapshots.

The history keeps older versions as differences from a newer one ("reverse deltas", as
RCS keeps files): the newest version is the file's own tables, so a save adds only what
the previous version had that the new one lacks, a few hundred bytes for a few edits.
Rows are compared on their primary key; a changed row keeps only the columns that
changed (a persona renamed does not store its photo again); and the order of a list is
kept as a short edit of its key sequence, so one touchpoint inserted does not rewrite
the position of every touchpoint after it. A difference is JSON compressed with zlib.

A snapshot is read back by building its tables in an in-memory database, running the
upgrade steps from the file format it was written in, and reading that database as a
project file is read, with every check (``read_snapshot``): history is as untrusted as
the rest of a file.
"""

from __future__ import annotations

import base64
import json
import re
import sqlite3
import zlib
from collections.abc import Hashable
from dataclasses import dataclass
from difflib import SequenceMatcher
from operator import itemgetter
from typing import Any

from cxdesigner.collector import collector_paused
from cxdesigner.model import Project
from cxdesigner.storage.limits import MAX_ROWS, content_problem, harden
from cxdesigner.storage.tables import HISTORY_TABLES, SCHEMA_VERSION, SINCE, SORTED_TABLES

#: The tables that hold the project itself, in an order their references accept.
CONTENT_TABLES = [table for table in SORTED_TABLES if table not in HISTORY_TABLES]
#: The most a snapshot may unpack to (about a 200,000-touchpoint project): no zip bomb gets further.
MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024
#: Key sequences longer than this are not searched for what stayed in place (a move across a
#: huge map is then stored whole): the search would cost more than the bytes it saves.
LONGEST_MATCHED = 20_000
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,63}")
_MAX_TABLES = 64


class SnapshotError(ValueError):
    """A snapshot that cannot be read: damaged, or beyond the limits. ``str()`` is a short phrase."""


@dataclass(frozen=True)
class TableRows:
    """One table of a snapshot: its columns, its key's columns, and its rows by key, in order."""

    columns: tuple[str, ...]
    key: tuple[str, ...]
    rows: dict[Hashable, dict[str, Any]]

    @property
    def ordered(self) -> bool:
        """Whether the rows' order matters: a ``position`` column that is not part of the key.
        The order is then the order of ``rows``; positions are given again when written."""
        return "position" in self.columns and "position" not in self.key


#: Every content table of one version, by name.
RowSet = dict[str, TableRows]


def row_set(rows: dict) -> RowSet:
    """A snapshot of the rows ``storage.rows.to_rows`` made (row dicts are shared, not copied; rows
    given as tuples in column order, as survey answers are, become dicts)."""
    found = {}
    with collector_paused():
        for table in CONTENT_TABLES:
            columns = tuple(c.name for c in table.columns)
            key = table.key
            get = itemgetter(*key)
            given = rows.get(table, ())
            if given and isinstance(given[0], tuple):
                given = [dict(zip(columns, row)) for row in given]
            found[table.name] = TableRows(columns, key, {get(row): row for row in given})
    return found


def as_format(rows: RowSet, version: int) -> RowSet:
    """``rows`` as a file of format ``version`` held them: the tables and columns younger than it left out.

    An older version's difference was taken against rows of its own format: the newer rows it is
    applied to are first seen as that format, and the upgrade steps bring the result back up.
    """
    if not isinstance(version, int) or version >= SCHEMA_VERSION:
        return rows
    found = {}
    for name, table in rows.items():
        if SINCE.get(name, 1) > version:
            continue
        columns = tuple(c for c in table.columns if SINCE.get(f"{name}.{c}", 1) <= version)
        if columns == table.columns:
            found[name] = table
        else:
            found[name] = TableRows(columns, table.key, {k: {c: row[c] for c in columns}
                                                         for k, row in table.rows.items()})
    return found


# -- differences ----------------------------------------------------------------------

def difference(target: RowSet, base: RowSet) -> dict:
    """What turns ``base`` into ``target``, as plain data (``base`` may be ``{}``: all of ``target``).

    The tables are listed only when they are not the base's own.
    """
    changes = {}
    for name, table in target.items():
        other = base.get(name)
        if other is None or other.columns != table.columns or other.key != table.key:
            changes[name] = {"columns": list(table.columns), "key": list(table.key),
                             "add": [_values(table, row) for row in table.rows.values()]}
        else:
            entry = _table_difference(table, other)
            if entry:
                changes[name] = entry
    return {"changes": changes} if list(target) == list(base) else {"tables": list(target), "changes": changes}


def _table_difference(table: TableRows, other: TableRows) -> dict:
    ordered = table.ordered
    added, changed = [], []
    old_rows = other.rows
    for key, row in table.rows.items():
        old = old_rows.get(key)
        if old is None:
            added.append(_values(table, row))
        elif old != row:
            columns = {c: _plain(row[c]) for c in table.columns
                       if row[c] != old[c] and not (ordered and c == "position")}
            if columns:
                changed.append([_plain(key), columns])
    entry: dict[str, Any] = {}
    if added:
        entry["add"] = added
    if changed:
        entry["set"] = changed
    dropped = [_plain(key) for key in old_rows if key not in table.rows]
    if dropped:
        entry["drop"] = dropped
    if ordered:
        old_order, new_order = list(old_rows), list(table.rows)
        if old_order != new_order:
            entry["order"] = _edit(old_order, new_order)
    return entry


def _edit(old: list, new: list) -> list:
    """``new`` as an edit of ``old``: a number n keeps the next n keys, -n skips them, a list inserts keys."""
    start, shortest = 0, min(len(old), len(new))
    while start < shortest and old[start] == new[start]:
        start += 1
    end = 0
    while end < shortest - start and old[-1 - end] == new[-1 - end]:
        end += 1
    middle_old, middle_new = old[start:len(old) - end], new[start:len(new) - end]
    script: list = [start] if start else []
    if max(len(middle_old), len(middle_new)) <= LONGEST_MATCHED:
        matcher = SequenceMatcher(None, middle_old, middle_new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                script.append(i2 - i1)
                continue
            if i2 > i1:
                script.append(i1 - i2)
            if j2 > j1:
                script.append([_plain(k) for k in middle_new[j1:j2]])
    else:
        script += [-len(middle_old)] if middle_old else []
        script += [[_plain(k) for k in middle_new]] if middle_new else []
    return script + ([end] if end else [])


def apply(change: dict, base: RowSet) -> RowSet:
    """``base`` turned into the version ``change`` describes; ``base`` itself is left as it was.

    Raises ``SnapshotError`` for anything that does not fit (the file is damaged).
    """
    try:
        names = change["tables"] if "tables" in change else list(base)
        changes = change["changes"]
        if not isinstance(names, list) or len(names) > _MAX_TABLES or not isinstance(changes, dict):
            raise SnapshotError("its tables are not listed")
        result = {}
        for name in names:
            entry = changes.get(name)
            if not isinstance(name, str) or not _NAME.fullmatch(name):
                raise SnapshotError("a table has an impossible name")
            result[name] = base[name] if entry is None else _apply_table(entry, base.get(name))
        return result
    except SnapshotError:
        raise
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        raise SnapshotError(f"it does not fit the version it is based on ({type(error).__name__})") from None


def _apply_table(entry: dict, base: TableRows | None) -> TableRows:
    if "columns" in entry:  # the whole table
        columns, key = tuple(entry["columns"]), tuple(entry["key"])
        if not columns or len(columns) > 200 or not all(isinstance(c, str) and _NAME.fullmatch(c) for c in columns) \
                or not key or not set(key) <= set(columns):
            raise SnapshotError("a table has impossible columns")
        base = TableRows(columns, key, {})
    columns, rows = base.columns, dict(base.rows)
    key_of = _key_getter(base)
    for key in entry.get("drop", ()):
        del rows[_key(key)]
    for key, values in entry.get("set", ()):
        key = _key(key)
        unknown = set(values) - set(columns)
        if unknown:
            raise SnapshotError("a row names a column its table lacks")
        rows[key] = {**rows[key], **{c: _value(v) for c, v in values.items()}}
    for values in entry.get("add", ()):
        if len(values) != len(columns):
            raise SnapshotError("a row does not have its table's columns")
        row = dict(zip(columns, map(_value, values)))
        rows[_key(key_of(row))] = row
    if "order" in entry:
        sequence = _replay(list(base.rows), entry["order"])
        if len(sequence) != len(rows) or set(sequence) != rows.keys():
            raise SnapshotError("the order of a list does not name its rows")
        rows = {key: rows[key] for key in sequence}
    return TableRows(columns, base.key, rows)


def _replay(old: list, script: list) -> list:
    result, at = [], 0
    for step in script:
        if isinstance(step, list):
            result += [_key(k) for k in step]
        elif isinstance(step, int) and not isinstance(step, bool) and step != 0:
            if step > 0:
                result += old[at:at + step]
            at += abs(step)
            if at > len(old):
                raise SnapshotError("the order of a list runs past its end")
        else:
            raise SnapshotError("the order of a list is unreadable")
    if at != len(old):
        raise SnapshotError("the order of a list stops before its end")
    return result


def _key_getter(table: TableRows):
    return itemgetter(*table.key)


def _values(table: TableRows, row: dict) -> list:
    """A row as a list in column order; a position that only orders is left out (``None``)."""
    ordered = table.ordered
    return [None if ordered and c == "position" else _plain(row[c]) for c in table.columns]


def _plain(value: Any) -> Any:
    """A value (or key) as JSON holds it: bytes as ``{"b": base64}``, a key of several columns as a list."""
    if isinstance(value, bytes):
        return {"b": base64.b64encode(value).decode("ascii")}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _value(value: Any) -> Any:
    if isinstance(value, dict):
        (data,) = value.values()
        return base64.b64decode(data, validate=True)
    if isinstance(value, list):
        raise SnapshotError("a value is a list")
    return value


def _key(value: Any) -> Hashable:
    return tuple(_value(v) for v in value) if isinstance(value, list) else _value(value)


# -- bytes --------------------------------------------------------------------------------

def pack(change: dict) -> bytes:
    """A difference as the bytes the history keeps (any text fits: what is not ASCII is escaped)."""
    return zlib.compress(json.dumps(change, separators=(",", ":")).encode("ascii"), 6)


def unpack(blob: bytes) -> dict:
    """The difference in ``blob``; ``SnapshotError`` when it is damaged or unpacks too large."""
    if not isinstance(blob, bytes):
        raise SnapshotError("it is not a snapshot")
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(blob, MAX_SNAPSHOT_BYTES)
    except zlib.error:
        raise SnapshotError("its data is damaged") from None
    if inflater.unconsumed_tail:
        raise SnapshotError(f"it unpacks to more than {MAX_SNAPSHOT_BYTES // 2**20} MB")
    if not inflater.eof:
        raise SnapshotError("its data is cut short")
    try:
        change = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise SnapshotError("its data is damaged") from None
    if not isinstance(change, dict):
        raise SnapshotError("its data is damaged")
    return change


# -- reading a snapshot as a project ------------------------------------------------------

def read_snapshot(rows: RowSet, file_format: int, upgrades) -> Project:
    """The project a snapshot holds, checked as a file is checked (``SnapshotError`` otherwise).

    The rows go into an in-memory database shaped as their own file format, which the
    upgrade steps then bring to this one, exactly as an older file is upgraded.
    """
    from cxdesigner.storage.reader import DAMAGE, _read
    if not isinstance(file_format, int) or not 1 <= file_format <= SCHEMA_VERSION:
        raise SnapshotError(f"it was written in file format {file_format}")
    memory = sqlite3.connect(":memory:")
    try:
        harden(memory, read_only=False)
        for name, table in rows.items():
            if len(table.rows) > MAX_ROWS.get(name, max(MAX_ROWS.values())):
                raise SnapshotError(f"it has too many rows in {name}")
            columns = ", ".join(f'"{c}"' for c in table.columns)
            memory.execute(f'CREATE TABLE "{name}" ({columns})')
            ordered = table.ordered
            values = (tuple(i if ordered and c == "position" else row[c] for c in table.columns)
                      for i, row in enumerate(table.rows.values()))
            memory.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" * len(table.columns))})', values)
        for current in range(file_format, SCHEMA_VERSION):
            upgrades[current](memory)
        present = {name for (name,) in memory.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in SORTED_TABLES:
            if table.name not in present:
                memory.execute(table.create)
        problem = content_problem(memory)
        if problem:
            raise SnapshotError(problem.phrase)
        project = _read(memory)
        trouble = project.problems()
    except SnapshotError:
        raise
    except DAMAGE as error:
        raise SnapshotError(f"its rows do not make a project ({type(error).__name__})") from None
    finally:
        memory.close()
    if trouble:
        raise SnapshotError(trouble[0].rstrip("."))
    return project
