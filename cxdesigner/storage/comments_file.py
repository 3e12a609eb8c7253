"""A comments file: the review comments a reader wrote on a project, without the project.

A colleague who opened a project read-only can still comment on it; "Save My Comments…"
writes only those comments (new ones, replies, and those they resolved or reopened) to
a small file of the project's format, with one revision saying whose comments they are
and on which version of the project. The owner merges it in like another copy: the
comments are applied to that version and the result merged (``merge/comments.py``), so
they come in without a conflict unless the owner has since removed what they are about.
Opening such a file as a project says what it is instead.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cxdesigner import __version__
from cxdesigner.model import Comment, new_id
from cxdesigner.storage import tables as s
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.history import COMMENTS, History, Revision
from cxdesigner.storage.limits import content_problem
from cxdesigner.storage.processes import host_name, user_name
from cxdesigner.storage.rows import _rows_of, _shared
from cxdesigner.storage.stamp import FileStamp
from cxdesigner.storage.writer import write_rows


#: Every table of the format is in the file, nearly all of them empty: small pages keep it small.
SMALL_PAGES = 512


@dataclass(frozen=True)
class CommentsFile:
    """What a comments file holds: whose comments, on which project and which version of it."""

    project_id: str
    project_name: str
    revision_id: str | None
    author: str
    saved_at: datetime
    comments: list[tuple[str, Comment]]


def save_comments(path: str | os.PathLike, project_id: str, project_name: str,
                  comments: list[tuple[str, Comment]], *, revision_id: str | None,
                  author: str | None = None) -> FileStamp:
    """Write ``comments`` (``(map id, comment)`` pairs) made on ``revision_id`` of the project, atomically."""
    names = _shared(s.comment, Comment)
    by_map: dict[str, list[Comment]] = {}
    for map_id, comment in comments:
        by_map.setdefault(map_id, []).append(comment)
    comment_rows = [row for map_id, items in by_map.items() for row in _rows_of(items, names, map_id=map_id)]
    mark = Revision(new_id(), (revision_id,) if revision_id else (), datetime.now(timezone.utc),
                    user_name() if author is None else author, host_name(), content=COMMENTS, base_id=revision_id)
    rows = {s.project: [{"id": project_id, "name": project_name, "description": "",
                         "saved_by": f"CX Designer {__version__}"}],
            s.comment: comment_rows, **History([mark]).rows()}
    return write_rows(rows, path, page_size=SMALL_PAGES)


def read_comments(path: str | os.PathLike) -> CommentsFile:
    """The comments in a comments file, checked as any file is; ``ProjectFileError`` (one sentence)
    when it is damaged or not a comments file."""
    from cxdesigner.storage.reader import load_database
    path = Path(path)
    name = path.name
    connection, version, _ = load_database(path)
    try:
        if version < 5:
            raise ProjectFileError(f"{name} holds no review comments to bring in.")
        problem = content_problem(connection)
        if problem:
            raise ProjectFileError(f"{name} cannot be read ({problem.phrase}).")
        marks = connection.execute("SELECT base_id, author, saved_at FROM revision WHERE content = ?",
                                   (COMMENTS,)).fetchall()
        heads = connection.execute("SELECT id, name FROM project").fetchall()
        if len(marks) != 1 or len(heads) != 1:
            raise ProjectFileError(f"{name} holds no review comments to bring in.")
        (revision_id, author, saved_at), (project_id, project_name) = marks[0], heads[0]
        comments = [_comment(row) for row in connection.execute(
            "SELECT map_id, id, target_id, text, author, created_at, reply_to_id, resolved FROM comment "
            "ORDER BY position")]
        when = datetime.fromisoformat(saved_at)
    except sqlite3.Error as error:
        raise ProjectFileError(f"{name} is damaged and cannot be read ({error}).") from error
    except (ValueError, TypeError, KeyError) as error:
        raise ProjectFileError(f"{name} is damaged and cannot be read ({error}).") from None
    finally:
        connection.close()
    return CommentsFile(project_id, project_name, revision_id, author, when, comments)


def comments_file_name(project_path: str | os.PathLike, author: str) -> str:
    """What a reader's comments file is called beside the project: "hotel (comments by Ana).cxd"."""
    path = Path(project_path)
    who = "".join(c for c in author if c.isprintable() and c not in '/\\:*?"<>|').strip() or "a reader"
    return f"{path.stem} (comments by {who[:60]}){path.suffix or '.cxd'}"


def comments_beside(project_path: str | os.PathLike, project_id: str) -> list[tuple[Path, CommentsFile]]:
    """The comments files on this project that lie beside it, named as "Save My Comments…" names them."""
    from cxdesigner.storage.conflicted import MAX_NAMES, is_project_file
    path = Path(project_path)
    prefix, suffix = f"{path.stem} (comments by ", f"){path.suffix}"
    found = []
    try:
        with os.scandir(path.parent) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_NAMES or len(found) >= 20:
                    break
                if entry.name.startswith(prefix) and entry.name.endswith(suffix) and is_project_file(entry.path):
                    try:
                        comments = read_comments(entry.path)
                    except ProjectFileError:
                        continue
                    if comments.project_id == project_id:
                        found.append((Path(entry.path), comments))
    except OSError:
        return []
    return sorted(found, key=lambda pair: pair[0].name)


def _comment(row: tuple) -> tuple[str, Comment]:
    map_id, comment_id, target_id, text, author, created_at, reply_to_id, resolved = row
    return map_id, Comment(id=comment_id, target_id=target_id, text=text, author=author,
                           created_at=None if created_at is None else datetime.fromisoformat(created_at),
                           reply_to_id=reply_to_id, resolved={0: False, 1: True}[resolved])
