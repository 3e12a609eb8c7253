"""Saving: the whole project into a new file, then one atomic swap.

The file is written complete beside the target, flushed to disk, and only
then moved over the target with ``os.replace``: a crash or a full disk leaves
either the old file or the new one, never a broken one.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.schema import CreateTable

from cxdesigner.atomic import real_target
from cxdesigner.model import Project
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.rows import to_rows
from cxdesigner.storage.schema import APPLICATION_ID, SCHEMA_VERSION, metadata, sql


#: Inserts take each row's dict as it is, by column name.
NAMED = sqlite_dialect(paramstyle="named")


def save_project(project: Project, path: str | os.PathLike) -> None:
    """Write ``project`` to ``path`` atomically (used by Save and Save As alike)."""
    target, mode = real_target(path)
    fd, temporary = _temporary_beside(target)
    os.close(fd)
    try:
        _write(project, temporary)
        _fsync(temporary)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
        _fsync_directory(target.parent)
    except (OSError, sqlite3.Error) as error:
        _discard(temporary)
        raise ProjectFileError(_why_not_saved(target, error)) from error
    except BaseException:
        _discard(temporary)
        raise


def _temporary_beside(target: Path) -> tuple[int, str]:
    if target.is_dir():
        raise ProjectFileError(f"Could not save to {target.name}: a folder has that name.")
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=".saving", dir=target.parent or ".")
    except OSError as error:
        raise ProjectFileError(_why_not_saved(target, error)) from error


def _write(project: Project, path: str) -> None:
    """One transaction: identity, tables, rows. Core builds the SQL, sqlite3 runs it.

    The temporary file is invisible until it is complete and fsynced, so it
    needs neither a journal nor SQLite's own syncs; the finished file is in
    rollback-journal mode like every ``.cxd`` (WAL is never used). Foreign keys
    are declared for other tools but not enforced here: the model's rules
    already hold for every project, and enforcing them again costs a quarter
    of the save.
    """
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("BEGIN")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        for table in metadata.sorted_tables:
            db.execute(sql(CreateTable(table)))
        for table, rows in to_rows(project).items():
            if rows:
                db.executemany(str(table.insert().compile(dialect=NAMED)), rows)
        db.execute("COMMIT")
    finally:
        db.close()


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


def _why_not_saved(target: Path, error: BaseException) -> str:
    code = getattr(error, "errno", None)
    if code == errno.ENOSPC or "full" in str(error).lower():
        reason = "the disk is full"
    elif code == errno.EFBIG or "i/o error" in str(error).lower():
        reason = "the disk could not be written (it may be full or failing)"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in str(error).lower():
        reason = "the folder is read-only or you lack permission to write there"
    elif code == errno.ENOENT:
        reason = "the folder does not exist"
    else:
        reason = str(getattr(error, "strerror", None) or error).rstrip(".").lower()
    return f"Could not save {target.name}: {reason}. The previous file is unchanged."
