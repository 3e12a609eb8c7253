"""Opening: a project file is untrusted until it has passed every check.

Only a regular file is read, once, whole, into an in-memory database hardened
against it (``limits.harden``): nothing beside the file takes part. Its header
(application id, schema version) is checked before SQLite sees it; its schema
is compared with ours before any query touches a row (``schema_check``), then
its integrity; values of the wrong type or beyond the limits are refused; the
model's own rules are checked last.
Nothing in a file is executed or unpickled. Every failure is one plain
sentence in a ``ProjectFileError``.
"""

from __future__ import annotations

import errno
import math
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from functools import cache
from types import SimpleNamespace

from cxdesigner.collector import collector_paused
from cxdesigner.inputs import InputError, describe_os_error, open_regular, sidecar
from cxdesigner.model import Project, RuleError
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.history import History, read_history
from cxdesigner.storage.limits import MAX_FILE_BYTES, MAX_PHOTO_BYTES, content_problem, harden
from cxdesigner.storage.rows import from_rows
from cxdesigner.storage.schema_check import schema_problem
from cxdesigner.storage.stamp import FileStamp, digest
from cxdesigner.storage.table_facts import Table
from cxdesigner.storage.tables import APPLICATION_ID, SCHEMA_VERSION
from cxdesigner.storage.upgrade import UPGRADES, Step, upgrade_in_memory

SQLITE_HEADER = b"SQLite format 3\x00"
_CHUNK = 1 << 20
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
    #: The file's revisions, with the project as read as the content of its head.
    history: History = field(default_factory=History)

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
    project, *_ = _read_file(Path(path), full_check, schema_version, upgrades)
    return project


def read_project(path: str | os.PathLike, *, full_check: bool = False, schema_version: int = SCHEMA_VERSION,
                 upgrades: Mapping[int, Step] = UPGRADES) -> OpenedProject:
    """``open_project`` for the editor: also the file format the file had (for the upgrade
    notice), the file's stamp, taken before reading (to notice later changes by others), and
    its history of saves."""
    path = Path(path)
    project, version, stamp, history = _read_file(path, full_check, schema_version, upgrades)
    return OpenedProject(project, path, version, stamp, history.take_head(project))


def load_database(path: Path, schema_version: int = SCHEMA_VERSION,
                  full_check: bool = False) -> tuple[sqlite3.Connection, int, FileStamp]:
    """The file read once into a hardened in-memory database whose header, schema and integrity
    passed, with its format version and its stamp (project and comments files alike)."""
    name = path.name
    data, stamp = _file_bytes(path)
    version = _check_header(data, name, schema_version)
    _check_journal(path)
    connection = sqlite3.connect(":memory:")
    try:
        try:
            connection.deserialize(data)
        except sqlite3.Error as error:
            raise ProjectFileError(f"{name} is damaged and cannot be opened.") from error
        del data
        _check_database(connection, name, version, full_check)
    except BaseException:
        connection.close()
        raise
    return connection, version, stamp


def _read_file(path: Path, full_check: bool, schema_version: int,
               upgrades: Mapping[int, Step]) -> tuple[Project, int, FileStamp, History]:
    name = path.name
    connection, version, stamp = load_database(path, schema_version, full_check)
    try:
        if version < schema_version:
            try:
                upgraded = upgrade_in_memory(connection, version, schema_version, upgrades)
            except LookupError as error:
                raise ProjectFileError(f"{name} uses an old file format that cannot be upgraded ({error}).") from error
            except sqlite3.Error as error:
                raise ProjectFileError(f"{name} uses an old file format that cannot be upgraded.") from error
            connection.close()
            connection = upgraded
        problem = content_problem(connection)
        if problem:
            raise ProjectFileError(f"{name} is damaged and cannot be opened ({problem.phrase})." if problem.damaged
                                   else f"{name} cannot be opened: {problem.phrase}.")
        with collector_paused():
            history = read_history(connection, name)
            project = _read(connection)
            trouble = project.problems()
    except ProjectFileError:
        raise
    except sqlite3.DataError as error:
        if error.sqlite_errorname == "SQLITE_TOOBIG":
            raise ProjectFileError(f"{name} cannot be opened: it holds a value larger than CX Designer accepts "
                                   f"({MAX_PHOTO_BYTES // 2**20} MB).") from error
        raise ProjectFileError(f"{name} is damaged and cannot be opened.") from error
    except RuleError as error:
        raise ProjectFileError(f"{name} is damaged and cannot be opened: {error}") from error
    except MemoryError as error:
        raise ProjectFileError(f"{name} cannot be opened: there is not enough memory to read it.") from error
    except DAMAGE as error:
        # Python's and SQLite's own wording (a KeyError of an id, "malformed database schema") helps nobody.
        raise ProjectFileError(f"{name} is damaged and cannot be opened (its rows do not fit together).") from error
    finally:
        connection.close()
    if trouble:
        raise ProjectFileError(f"{name} is damaged and cannot be opened: {trouble[0]}")
    return project, version, stamp, history


def needs_upgrade(path: str | os.PathLike) -> tuple[int, int] | None:
    """``(file format of path, format saving writes)`` when saving would upgrade the file, else ``None``.

    Reads only the file's header; raises ``ProjectFileError`` for what is no project file.
    """
    version = file_format_version(path)
    return (version, SCHEMA_VERSION) if version < SCHEMA_VERSION else None


def file_format_version(path: str | os.PathLike) -> int:
    """The schema version a file was saved with (before any in-memory upgrade), from its header."""
    path = Path(path)
    descriptor = _open(path)
    try:
        header = os.read(descriptor, 100)
    except OSError as error:
        raise ProjectFileError(f"{path.name} could not be read: {describe_os_error(error)}.") from error
    finally:
        os.close(descriptor)
    _check_signature(header, path.name)
    return int.from_bytes(header[60:64], "big", signed=True)


def _open(path: Path) -> int:
    """A descriptor on the file, if it is a regular one (a pipe or device is never read)."""
    try:
        return open_regular(path)
    except InputError as error:
        if error.errno == errno.ENOENT:
            raise ProjectFileError(f"{path.name} does not exist.") from None
        if error.errno == errno.EISDIR:
            raise ProjectFileError(f"{path.name} is a folder, not a project file.") from None
        raise ProjectFileError(str(error)) from None


def _file_bytes(path: Path) -> tuple[bytes, FileStamp]:
    """The whole file, read once (size-checked first) with its stamp: what is checked is what was read.

    Reading the bytes and handing them to SQLite in memory means nothing beside the file
    takes part: a stray ``-wal`` or ``-shm`` (another program's, never ours) is neither
    read nor created, and the file is never locked or written.
    """
    name = path.name
    descriptor = _open(path)
    try:
        status = os.fstat(descriptor)
        if status.st_size > MAX_FILE_BYTES:
            raise ProjectFileError(f"{name} cannot be opened: it is {math.ceil(status.st_size / 2**20):,} MB, "
                                   f"more than CX Designer accepts ({MAX_FILE_BYTES // 2**20} MB).")
        chunks, total = [], 0
        while chunk := os.read(descriptor, min(_CHUNK, MAX_FILE_BYTES + 1 - total) or 1):
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise ProjectFileError(f"{name} cannot be opened: it grew past what CX Designer accepts "
                                       f"({MAX_FILE_BYTES // 2**20} MB) while it was read.")
    except OSError as error:
        raise ProjectFileError(f"{name} could not be read: {describe_os_error(error)}.") from error
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    return data, FileStamp(len(data), status.st_mtime_ns, digest(data))


def _check_signature(header: bytes, name: str) -> None:
    if not header:
        raise ProjectFileError(f"{name} is empty, not a CX Designer project.")
    if not header.startswith(SQLITE_HEADER):
        raise ProjectFileError(f"{name} is not a CX Designer project (it is not a database file).")
    if len(header) < 100:
        raise ProjectFileError(f"{name} is truncated and cannot be opened.")


def _check_header(data: bytes, name: str, schema_version: int) -> int:
    """What the first 100 bytes tell, before SQLite reads anything: the file's format version."""
    _check_signature(data[:100], name)
    header = data[:100]
    if len(data) < (announced_size(header) or 0):
        # SQLite would read the missing end as zeros; a file cut short is a broken copy.
        raise ProjectFileError(f"{name} is truncated and cannot be opened.")
    if header[18] == 2 or header[19] == 2:
        raise ProjectFileError(f"{name} cannot be opened: it was written in WAL journal mode by another "
                               f"program, which CX Designer files never use.")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ProjectFileError(f"{name} is not a CX Designer project (it belongs to another program).")
    version = int.from_bytes(header[60:64], "big", signed=True)
    if version > schema_version:
        raise ProjectFileError(f"{name} was saved by a newer CX Designer (file format {version}; this version "
                               f"reads up to {schema_version}). Update CX Designer to open it.")
    if version < 1:
        raise ProjectFileError(f"{name} is damaged and cannot be opened (no file format version).")
    return version


def _check_journal(path: Path) -> None:
    """Refuse a file another program was writing: its rollback journal beside it is "hot".

    Only a writer may roll a journal back, and opening never writes. An empty journal,
    or one whose header was zeroed (a finished write), is not hot; anything else is.
    """
    journal = sidecar(path, "-journal")
    if journal is None:
        return
    if journal.is_file() and not journal.is_symlink():
        try:
            with open(journal, "rb") as handle:
                if not any(handle.read(28)):
                    return
        except OSError:
            pass
    raise ProjectFileError(f"{path.name} cannot be opened: another program was interrupted while writing it "
                           f"(its {path.name}-journal file is still there).")


def announced_size(header: bytes) -> int | None:
    """The size in bytes a database header announces, when the header vouches for it.

    The page count (offset 28) is valid only when the writer kept it, which its
    "version-valid-for" number (offset 92) equal to the change counter (offset 24) says.
    """
    if len(header) < 100 or header[24:28] != header[92:96]:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    return (65536 if page_size == 1 else page_size) * int.from_bytes(header[28:32], "big")


def _check_database(connection: sqlite3.Connection, name: str, version: int, full_check: bool) -> None:
    """The schema, then integrity, before any of the file's own rows is read."""
    harden(connection)
    try:
        problem = schema_problem(connection, version)
        if problem:
            damaged, what = problem
            if damaged:
                raise ProjectFileError(f"{name} is damaged and cannot be opened ({what}).")
            raise ProjectFileError(f"{name} contains {what}, which CX Designer files never do.")
        verdict = connection.execute(f"PRAGMA {'integrity_check' if full_check else 'quick_check'}").fetchone()[0]
    except (sqlite3.Error, UnicodeDecodeError) as error:  # a schema's text that is not UTF-8 is damage too
        raise ProjectFileError(f"{name} is damaged and cannot be opened.") from error
    if verdict != "ok":
        raise ProjectFileError(f"{name} is damaged and cannot be opened (integrity check failed).")


@cache
def _select(table: Table, columns: tuple[str, ...] | None) -> str:
    """The statement reading ``columns`` (all when ``None``) of every row of ``table``, in list order.

    The names are those of ``tables.py``, and the file's schema was compared with them
    (``schema_check``) before any of these runs.
    """
    names = ", ".join(f'"{name}"' for name in (columns or table.names))
    order = ' ORDER BY "position"' if "position" in table.names else ""
    return f'SELECT {names} FROM "{table.name}"{order}'


def _read(connection: sqlite3.Connection) -> Project:
    """Plain ``SELECT`` statements, made once per table from ``tables.py``, run on the sqlite3 connection."""
    def fetch(table, columns=None):
        cursor = connection.execute(_select(table, tuple(columns) if columns else None))
        if columns:
            return cursor.fetchall()
        names = [d[0] for d in cursor.description]
        return [SimpleNamespace(**dict(zip(names, row))) for row in cursor]

    return from_rows(fetch)
