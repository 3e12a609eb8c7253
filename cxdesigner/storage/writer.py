"""Saving: the whole project into a new file, then one atomic swap.

The file is written complete beside the target, checked against the limits
opening applies, flushed to disk, and only then moved over the target with
``os.replace``: a crash, a full disk or a vanished folder leaves either the
old file or the new one, never a broken one.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from cxdesigner.inputs import sidecar
from cxdesigner.atomic import NotReplaceable, real_target, remove_stale_temporaries, temporary_beside
from cxdesigner.model import Project
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.history import History
from cxdesigner.storage.limits import MAX_FILE_BYTES, Problem, content_problem
from cxdesigner.storage.processes import host_name, user_name
from cxdesigner.storage.rows import to_rows
from cxdesigner.storage.table_facts import Table
from cxdesigner.storage.tables import APPLICATION_ID, SCHEMA_VERSION, SORTED_TABLES
from cxdesigner.storage.stamp import FileStamp, changed_since, file_stamp


@cache
def _statements() -> tuple[tuple[str, ...], dict[str, str]]:
    """The ``CREATE TABLE`` statements, and per table an insert taking each row's dict as it is, by
    column name: built with SQLAlchemy Core from ``schema.py`` on the first save (opening needs none)."""
    from sqlalchemy.dialects.sqlite import dialect
    from sqlalchemy.schema import CreateTable

    from cxdesigner.storage.schema import metadata, sql

    named = dialect(paramstyle="named")
    creates = tuple(sql(CreateTable(metadata.tables[table.name])) for table in SORTED_TABLES)
    inserts = {table.name: str(table.insert().compile(dialect=named)) for table in metadata.sorted_tables}
    return creates, inserts


@cache
def _positional_insert(table: Table) -> str:
    """An insert taking each row as a tuple in the table's column order (the fastest sqlite3 offers)."""
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    return f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(table.columns))})'


#: ``to_rows(project)``: every row of a file, table by table (dicts by name, or tuples in column order);
#: plain values only, safe to hand to another thread.
Rows = dict[Table, list[dict[str, Any]] | list[tuple]]
UNCHANGED = "The previous file is unchanged."
#: Not every system names these.
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_GONE = {errno.ENOENT, errno.ENOTDIR, getattr(errno, "ESTALE", errno.ENOENT)}


class FileChangedError(ProjectFileError):
    """The file on disk is no longer the one that was opened: someone else saved over it.

    Nothing was written. The interface can offer to save under another name, or to
    overwrite anyway (``save_project`` again without ``if_unchanged``).
    """


def save_project(project: Project, path: str | os.PathLike, *, backup: bool = False,
                 if_unchanged: FileStamp | None = None, history: History | None = None, author: str | None = None,
                 merged: Iterable[str] = ()) -> FileStamp:
    """Write ``project`` to ``path`` atomically (Save and Save As alike); returns the new file's stamp.

    Each save is a revision of the file's history (``history.py``).

    Args:
        backup: first keep the file being replaced as ``NAME.cxd.bak`` beside it (itself
            replaced atomically; nothing happens when there is no file yet).
        if_unchanged: the stamp of the file as it was opened or last saved; if the file on
            disk differs (a colleague saved over it), ``FileChangedError`` is raised and
            nothing is written.
        history: the history the project was read with (the editor's), updated once the file
            is written. Without it, the history of the file being replaced goes on when that
            file holds the same project (a script that opened, changed and saves it), and a
            new one starts otherwise.
        author: who saves (the user's login name by default).
        merged: the heads of other copies merged into ``project`` since it was read: parents of
            this revision too.

    Raises ``ProjectFileError`` with one plain sentence; the file on disk is then the
    previous one, untouched.
    """
    rows = to_rows(project)
    if history is None:
        history = _history_of(path, project)
    saved = history.after_save(rows, author=user_name() if author is None else author, host=host_name(),
                               merged=merged)
    stamp = write_rows({**rows, **saved.rows()}, path, backup=backup, if_unchanged=if_unchanged)
    history.adopt(saved)
    return stamp


def _history_of(path: str | os.PathLike, project: Project) -> History:
    """The history of the project file at ``path`` when it holds ``project``'s earlier self, else a new one."""
    from cxdesigner.storage.conflicted import is_project_file
    from cxdesigner.storage.reader import read_project
    if not is_project_file(path):
        return History()
    try:
        opened = read_project(path)
    except ProjectFileError:
        return History()  # a damaged file: saving replaces it, as before
    return opened.history if opened.project.id == project.id else History()


def write_rows(rows: Rows, path: str | os.PathLike, *, mode: int | None = None, backup: bool = False,
               if_unchanged: FileStamp | None = None, page_size: int | None = None) -> FileStamp:
    """``save_project`` from rows already taken with ``to_rows``: the part that may run on another thread.

    ``mode`` overrides the new file's permissions (by default those of the file it
    replaces, or the usual ones for a new file); ``page_size`` SQLite's (smaller pages
    make a small file of a few rows, such as a comments file, smaller still).
    """
    target, kept_mode = _target(path)
    remove_stale_temporaries(target)
    _refuse_stray_wal(target)
    fd, temporary = _temporary_beside(target)
    os.close(fd)
    try:
        _write(rows, temporary, target.name, page_size)
        _fsync(temporary)
        os.chmod(temporary, kept_mode if mode is None else mode)
        stamp = file_stamp(temporary)
        if if_unchanged is not None and changed_since(target, if_unchanged):
            raise _not_saved(target.name, "it was changed on disk since it was opened, by someone else or another "
                                          "program", FileChangedError)
        if backup:
            _keep_backup(target)
        os.replace(temporary, target)
        _fsync_directory(target.parent)
    except (OSError, sqlite3.Error) as error:
        _discard(temporary)
        raise _not_saved(target.name, why_not_written(error)) from error
    except UnicodeEncodeError as error:
        _discard(temporary)
        raise _not_saved(target.name, f"a text holds characters that cannot be stored ({error.reason})") from error
    except BaseException:
        _discard(temporary)
        raise
    return stamp


def backup_path(path: str | os.PathLike) -> Path:
    """Where ``save_project(..., backup=True)`` keeps the previous version of ``path``."""
    target, _ = _target(path)
    return target.with_name(target.name + ".bak")


def _target(path: str | os.PathLike) -> tuple[Path, int]:
    try:
        return real_target(path)
    except OSError as error:
        if error.errno == errno.EISDIR:
            raise ProjectFileError(f"Could not save to {Path(path).name}: a folder has that name.") from None
        raise _not_saved(Path(path).name, why_not_written(error)) from None


def _refuse_stray_wal(target: Path) -> None:
    """A ``-wal`` file beside the target is never ours (files are never in WAL mode): SQLite would
    apply its pages over the new file for any other program that opens it. Nothing is deleted:
    it may be another program's unfinished work."""
    wal = sidecar(target, "-wal")
    if wal is None:
        return
    raise _not_saved(target.name, f"a file {wal.name} beside it, left by another program, would be applied over "
                                  f"the saved file; move it away and save again")


def _temporary_beside(target: Path) -> tuple[int, str]:
    try:
        return temporary_beside(target, ".saving")
    except OSError as error:
        raise _not_saved(target.name, why_not_written(error)) from error


def _write(rows: Rows, path: str, name: str, page_size: int | None = None) -> None:
    """One transaction: identity, tables, rows. Core builds the SQL, sqlite3 runs it.

    The temporary file is invisible until it is complete and fsynced, so it
    needs neither a journal nor SQLite's own syncs; the finished file is in
    rollback-journal mode like every ``.cxd`` (WAL is never used). Foreign keys
    are declared for other tools but not enforced here: the model's rules
    already hold for every project, and enforcing them again costs a quarter
    of the save. The limits opening applies are checked on the written file,
    so that whatever is saved opens again.
    """
    db = sqlite3.connect(path, isolation_level=None)
    try:
        if page_size is not None:
            db.execute(f"PRAGMA page_size = {int(page_size)}")
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("BEGIN")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        creates, inserts = _statements()
        for create in creates:
            db.execute(create)
        for table, table_rows in rows.items():
            if table_rows and isinstance(table_rows[0], tuple):
                db.executemany(_positional_insert(table), table_rows)
            elif table_rows:
                db.executemany(inserts[table.name], table_rows)
        db.execute("COMMIT")
        problem = content_problem(db)
    finally:
        db.close()
    if problem is None and os.path.getsize(path) > MAX_FILE_BYTES:
        problem = Problem(False, f"the project is larger than CX Designer accepts ({MAX_FILE_BYTES // 2**20} MB)")
    if problem:
        raise _not_saved(name, problem.phrase)


def _keep_backup(target: Path) -> None:
    """Give the file about to be replaced a second name, ``NAME.cxd.bak``, atomically.

    A hard link costs nothing: after the swap the ``.bak`` name keeps the old
    contents. Where links are not supported the file is copied instead.
    """
    backup = target.with_name(target.name + ".bak")
    remove_stale_temporaries(backup)
    fd, temporary = temporary_beside(backup, ".saving")
    os.close(fd)
    os.unlink(temporary)
    try:
        try:
            os.link(target, temporary)
        except FileNotFoundError:
            return  # nothing to keep yet: a new file
        except OSError:
            shutil.copy2(target, temporary)
            _fsync(temporary)
        os.replace(temporary, backup)
    except BaseException:
        _discard(temporary)
        raise


def _fsync(path: str) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_directory(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some systems cannot open folders; the rename is already done
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _discard(path: str) -> None:
    for leftover in (path, path + "-journal"):
        try:
            os.unlink(leftover)
        except OSError:
            pass


def _not_saved(name: str, reason: str, kind: type[ProjectFileError] = ProjectFileError) -> ProjectFileError:
    return kind(f"Could not save {name}: {reason}. {UNCHANGED}", reason=reason)


def why_not_written(error: BaseException) -> str:
    """The cause of a failed write in plain words, e.g. "the disk is full"."""
    code = getattr(error, "errno", None)
    text = str(error).lower()
    if isinstance(error, NotReplaceable):
        return error.strerror
    if code in _FULL or "full" in text:
        reason = "the disk is full"
    elif code == errno.EFBIG or "i/o error" in text:
        reason = "the disk could not be written (it may be full or failing)"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text:
        reason = "the folder is read-only or you lack permission to write there"
    elif code in _GONE or "unable to open" in text:
        reason = "the folder does not exist (it may have been moved, deleted or disconnected)"
    elif code == errno.EISDIR:
        reason = "a folder now has its name"
    elif code == errno.ELOOP:
        reason = "its path is a loop of symbolic links"
    elif isinstance(error, sqlite3.Error):
        reason = "the database could not be written"  # SQLite's own words are no help to a user
    else:
        reason = str(getattr(error, "strerror", None) or error).rstrip(".").lower()
    return reason
