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

from sqlalchemy import create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from cxdesigner.model import Project
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.rows import to_rows
from cxdesigner.storage.schema import APPLICATION_ID, SCHEMA_VERSION, metadata


def save_project(project: Project, path: str | os.PathLike) -> None:
    """Write ``project`` to ``path`` atomically (used by Save and Save As alike)."""
    target = Path(path)
    fd, temporary = _temporary_beside(target)
    os.close(fd)
    try:
        _write(project, temporary)
        _fsync(temporary)
        os.replace(temporary, target)
        _fsync_directory(target.parent)
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
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
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA journal_mode = DELETE")
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            metadata.create_all(connection)
            for table, rows in to_rows(project).items():
                if rows:
                    connection.execute(table.insert(), rows)
    finally:
        engine.dispose()


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
    error = getattr(error, "orig", None) or error  # SQLAlchemy wraps the sqlite3 error
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
