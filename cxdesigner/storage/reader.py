"""Opening: a project file is untrusted until it has passed every check.

The file is opened read-only and hardened (``limits.harden``); its header,
integrity, application id and schema version are checked before any table is
read; triggers, views and virtual tables are refused; values of the wrong type
or beyond the limits are refused; the model's own rules are checked last.
Nothing in a file is executed or unpickled. Every failure is one plain
sentence in a ``ProjectFileError``.
"""

from __future__ import annotations

import math
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

from sqlalchemy import select

from cxdesigner.collector import collector_paused
from cxdesigner.model import Project
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.limits import MAX_FILE_BYTES, MAX_PHOTO_BYTES, content_problem, harden
from cxdesigner.storage.rows import from_rows
from cxdesigner.storage.schema import APPLICATION_ID, SCHEMA_VERSION, sql
from cxdesigner.storage.stamp import FileStamp, file_stamp
from cxdesigner.storage.upgrade import UPGRADES, Step, upgrade_in_memory

SQLITE_HEADER = b"SQLite format 3\x00"
#: What a bad file's contents can raise while being turned into a model: all mean "damaged".
DAMAGE = (sqlite3.Error, ValueError, TypeError, KeyError, AttributeError, IndexError, ArithmeticError, MemoryError,
          RecursionError)


@dataclass(frozen=True)
class OpenedProject:
    """A project just read, and what the interface should tell about its file.

    ``file_format`` is the schema version the file was saved with; saving always writes
    ``SCHEMA_VERSION``. When the two differ, ``upgrade_notice`` is a sentence to show
    (once, before the first save) so that nobody is surprised that older versions of
    CX Designer can no longer open the file.
    """

    project: Project
    path: Path
    file_format: int
    #: The file as it was before reading: pass it to ``save_project(..., if_unchanged=...)``.
    stamp: FileStamp | None = None

    @property
    def upgraded(self) -> bool:
        return self.file_format < SCHEMA_VERSION

    @property
    def upgrade_notice(self) -> str | None:
        if not self.upgraded:
            return None
        return upgrade_notice(self.path.name, self.file_format)


def upgrade_notice(name: str, file_format: int) -> str:
    """The sentence telling that saving ``name`` will write the current file format."""
    return (f"{name} was saved by an older CX Designer (file format {file_format}). Saving it will write "
            f"file format {SCHEMA_VERSION}, which older versions of CX Designer cannot open.")


def open_project(path: str | os.PathLike, *, full_check: bool = False, schema_version: int = SCHEMA_VERSION,
                 upgrades: Mapping[int, Step] = UPGRADES) -> Project:
    """Read a whole ``.cxd`` file into a new ``Project``; the file is never written.

    ``full_check`` runs SQLite's full ``integrity_check`` instead of ``quick_check``
    (slower; ``cxdesigner check --full``).
    """
    project, _ = _read_file(Path(path), full_check, schema_version, upgrades)
    return project


def read_project(path: str | os.PathLike, *, full_check: bool = False, schema_version: int = SCHEMA_VERSION,
                 upgrades: Mapping[int, Step] = UPGRADES) -> OpenedProject:
    """``open_project`` for the editor: also the file format the file had (for the upgrade
    notice) and the file's stamp, taken before reading (to notice later changes by others)."""
    path = Path(path)
    try:
        stamp = file_stamp(path)
    except OSError:
        stamp = None  # a folder or an unreadable file: reading says why, plainly
    project, version = _read_file(path, full_check, schema_version, upgrades)
    return OpenedProject(project, path, version, stamp)


def _read_file(path: Path, full_check: bool, schema_version: int,
               upgrades: Mapping[int, Step]) -> tuple[Project, int]:
    name = path.name
    _check_header(path)
    try:
        connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise ProjectFileError(f"{name} could not be opened: {error}.") from error
    try:
        version = _check_database(connection, name, schema_version, full_check)
        if version < schema_version:
            try:
                upgraded = upgrade_in_memory(connection, version, schema_version, upgrades)
            except (LookupError, sqlite3.Error) as error:
                raise ProjectFileError(f"{name} uses an old file format that cannot be upgraded ({error}).") from error
            connection.close()
            connection = upgraded
        problem = content_problem(connection)
        if problem:
            raise ProjectFileError(f"{name} is damaged and cannot be opened ({problem.phrase})." if problem.damaged
                                   else f"{name} cannot be opened: {problem.phrase}.")
        with collector_paused():
            project = _read(connection)
            trouble = project.problems()
    except ProjectFileError:
        raise
    except sqlite3.DataError as error:
        if error.sqlite_errorname == "SQLITE_TOOBIG":
            raise ProjectFileError(f"{name} cannot be opened: it holds a value larger than CX Designer accepts "
                                   f"({MAX_PHOTO_BYTES // 2**20} MB).") from error
        raise ProjectFileError(f"{name} is damaged and cannot be opened ({error}).") from error
    except DAMAGE as error:
        raise ProjectFileError(f"{name} is damaged and cannot be opened ({error}).") from error
    finally:
        connection.close()
    if trouble:
        raise ProjectFileError(f"{name} is damaged and cannot be opened: {trouble[0]}")
    return project, version


def needs_upgrade(path: str | os.PathLike) -> tuple[int, int] | None:
    """``(file format of path, format saving writes)`` when saving would upgrade the file, else ``None``.

    Reads only the file's header; raises ``ProjectFileError`` for what is no project file.
    """
    version = file_format_version(path)
    return (version, SCHEMA_VERSION) if version < SCHEMA_VERSION else None


def file_format_version(path: str | os.PathLike) -> int:
    """The schema version a file was saved with (before any in-memory upgrade), from its header."""
    header = _check_header(Path(path))
    return int.from_bytes(header[60:64], "big", signed=True)


def _check_header(path: Path) -> bytes:
    """The first 100 bytes, if they are a plain SQLite header of a file not too large."""
    name = path.name
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
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
    if size > MAX_FILE_BYTES:
        raise ProjectFileError(f"{name} cannot be opened: it is {math.ceil(size / 2**20):,} MB, "
                               f"more than CX Designer accepts ({MAX_FILE_BYTES // 2**20} MB).")
    if size < (announced_size(header) or 0):
        # SQLite would read the missing end as zeros; a file cut short is a broken copy.
        raise ProjectFileError(f"{name} is truncated and cannot be opened.")
    if header[18] == 2 or header[19] == 2:
        # Even a read-only connection creates -wal and -shm files beside a WAL database.
        raise ProjectFileError(f"{name} cannot be opened: it was written in WAL journal mode by another "
                               f"program, which CX Designer files never use.")
    return header


def announced_size(header: bytes) -> int | None:
    """The size in bytes a database header announces, when the header vouches for it.

    The page count (offset 28) is valid only when the writer kept it, which its
    "version-valid-for" number (offset 92) equal to the change counter (offset 24) says.
    """
    if len(header) < 100 or header[24:28] != header[92:96]:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    return (65536 if page_size == 1 else page_size) * int.from_bytes(header[28:32], "big")


def _check_database(connection: sqlite3.Connection, name: str, schema_version: int, full_check: bool) -> int:
    """Integrity, identity and version, before any of the file's own tables is read."""
    harden(connection)
    try:
        verdict = connection.execute(f"PRAGMA {'integrity_check' if full_check else 'quick_check'}").fetchone()[0]
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorname == "SQLITE_READONLY_ROLLBACK":
            # Only a writer may roll back a journal, and opening never writes.
            raise ProjectFileError(f"{name} cannot be opened: another program was interrupted while writing it "
                                   f"(its {name}-journal file is still there).") from error
        raise ProjectFileError(f"{name} is damaged and cannot be opened ({error}).") from error
    except sqlite3.Error as error:
        raise ProjectFileError(f"{name} could not be opened ({error}).") from error
    if verdict != "ok":
        raise ProjectFileError(f"{name} is damaged and cannot be opened (integrity check failed).")
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    if application_id != APPLICATION_ID:
        raise ProjectFileError(f"{name} is not a CX Designer project (it belongs to another program).")
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version > schema_version:
        raise ProjectFileError(f"{name} was saved by a newer CX Designer (file format {version}; this version "
                               f"reads up to {schema_version}). Update CX Designer to open it.")
    if version < 1:
        raise ProjectFileError(f"{name} is damaged and cannot be opened (no file format version).")
    tricks = connection.execute("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view') "
                                "OR (type = 'table' AND (rootpage = 0 OR sql LIKE 'CREATE VIRTUAL%'))").fetchone()[0]
    if tricks:
        raise ProjectFileError(f"{name} contains triggers, views or virtual tables, which CX Designer files never do.")
    return version


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
