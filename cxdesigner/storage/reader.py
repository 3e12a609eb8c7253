"""Opening: a project file is untrusted until it has passed every check.

The file is opened read-only; its header, integrity, application id and
schema version are checked before any table is read; triggers and views are
refused; values of the wrong type are refused; the model's own rules are
checked last. Every failure is one plain sentence in a ``ProjectFileError``.
"""

from __future__ import annotations

import gc
import os
import sqlite3
from collections.abc import Mapping
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

from sqlalchemy import Float, Integer, LargeBinary, select

from cxdesigner.model import Project
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.rows import from_rows
from cxdesigner.storage.schema import APPLICATION_ID, SCHEMA_VERSION, metadata, sql
from cxdesigner.storage.upgrade import UPGRADES, Step, upgrade_in_memory

SQLITE_HEADER = b"SQLite format 3\x00"


def open_project(path: str | os.PathLike, *, schema_version: int = SCHEMA_VERSION,
                 upgrades: Mapping[int, Step] = UPGRADES) -> Project:
    """Read a whole ``.cxd`` file into a new ``Project``; the file is never written."""
    path = Path(path)
    name = path.name
    _check_header(path)
    try:
        connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise ProjectFileError(f"{name} could not be opened: {error}.") from error
    try:
        version = _check_database(connection, name, schema_version)
        if version < schema_version:
            try:
                upgraded = upgrade_in_memory(connection, version, schema_version, upgrades)
            except (LookupError, sqlite3.Error) as error:
                raise ProjectFileError(f"{name} uses an old file format that cannot be upgraded ({error}).") from error
            connection.close()
            connection = upgraded
        _check_types(connection, name)
        with _collector_paused():
            project = _read(connection)
            trouble = project.problems()
    except ProjectFileError:
        raise
    except (sqlite3.Error, ValueError, TypeError, KeyError, AttributeError) as error:
        raise ProjectFileError(f"{name} is damaged and cannot be opened ({error}).") from error
    finally:
        connection.close()
    if trouble:
        raise ProjectFileError(f"{name} is damaged and cannot be opened: {trouble[0]}")
    return project


@contextmanager
def _collector_paused():
    """Building tens of thousands of objects at once needs no cycle collection meanwhile."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_header(path: Path) -> None:
    name = path.name
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise ProjectFileError(f"{name} does not exist.") from None
    except IsADirectoryError:
        raise ProjectFileError(f"{name} is a folder, not a project file.") from None
    except OSError as error:
        raise ProjectFileError(f"{name} could not be read: {error.strerror or error}.") from error
    if not header:
        raise ProjectFileError(f"{name} is empty, not a CX Designer project.")
    if not header.startswith(SQLITE_HEADER):
        raise ProjectFileError(f"{name} is not a CX Designer project (it is not a database file).")
    if len(header) < 100:
        raise ProjectFileError(f"{name} is truncated and cannot be opened.")


def _check_database(connection: sqlite3.Connection, name: str, schema_version: int) -> int:
    """Integrity, identity and version, before any of the file's own tables is read."""
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    if hasattr(connection, "setconfig"):  # Python 3.12+
        connection.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    try:
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise ProjectFileError(f"{name} is damaged and cannot be opened ({error}).") from error
    if verdict != "ok":
        raise ProjectFileError(f"{name} is damaged and cannot be opened (integrity check failed).")
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    if application_id != APPLICATION_ID:
        raise ProjectFileError(f"{name} is not a CX Designer project (it belongs to another program).")
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version > schema_version:
        raise ProjectFileError(f"{name} was saved by a newer CX Designer (file format {version}); "
                               f"this version reads file formats up to {schema_version}. Please update.")
    if version < 1:
        raise ProjectFileError(f"{name} is damaged and cannot be opened (no file format version).")
    tricks = connection.execute("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')").fetchone()[0]
    if tricks:
        raise ProjectFileError(f"{name} contains triggers or views, which CX Designer files never do.")
    return version


def _check_types(connection: sqlite3.Connection, name: str) -> None:
    """Refuse text or blob columns holding other kinds of value (SQLite allows it).

    Numeric columns need no such pass: the model's own rules check every number.
    """
    for table in metadata.sorted_tables:
        tests = []
        for column in table.columns:
            if isinstance(column.type, Float | Integer):
                continue
            allowed = "'blob'" if isinstance(column.type, LargeBinary) else "'text'"
            if column.nullable:
                allowed += ",'null'"
            tests.append(f'typeof("{column.name}") NOT IN ({allowed})')
        query = f'SELECT count(*) FROM "{table.name}" WHERE {" OR ".join(tests)}'
        if connection.execute(query).fetchone()[0]:
            raise ProjectFileError(f"{name} is damaged and cannot be opened (wrong values in {table.name}).")


def _read(connection: sqlite3.Connection) -> Project:
    """Core ``select`` statements, compiled once and run on the sqlite3 connection itself."""
    def fetch(table, columns=None):
        query = select(*(table.c[name] for name in columns)) if columns else select(table)
        if "position" in table.columns:
            query = query.order_by(table.c.position)
        cursor = connection.execute(sql(query))
        if columns:
            return cursor.fetchall()
        names = [d[0] for d in cursor.description]
        return [SimpleNamespace(**dict(zip(names, row))) for row in cursor]

    return from_rows(fetch)


def file_format_version(path: str | os.PathLike) -> int:
    """The schema version a file was saved with (before any in-memory upgrade)."""
    path = Path(path)
    _check_header(path)
    connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()
