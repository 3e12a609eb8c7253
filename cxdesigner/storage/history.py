"""The history inside a project file: each save is a revision; the versions needed to merge are kept.

A revision records who saved (the author, the computer), when, and the revision or
revisions it was made from (two after a merge). The newest revision's content is the
file's own tables; an older one whose content is kept is stored as its difference from a
newer one (``snapshots.py``). Kept are the content of every named version, of every save
of the last 30 days and of the last 10 saves whenever they were made: two copies of a
file edited apart for weeks still share a version to merge from. Of older saves only the
record stays (who, when, from what), so the ancestry of two copies can still be traced;
beyond 2,000 such records the oldest unnamed ones are forgotten.

Revisions are plain data; ``History.after_save`` returns a new history and never
changes the one it is called on, so a save that fails leaves the history as it was.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from cxdesigner.model import Project, new_id
from cxdesigner.storage import tables as s
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.rows import to_rows
from cxdesigner.storage.snapshots import (RowSet, SnapshotError, apply, as_format, difference, pack, read_snapshot,
                                          row_set, unpack)

#: What a revision's content is: the file's own tables (the newest), a difference from another
#: revision's content, not kept, or only review comments on another revision (a comments file).
TABLES, DELTA, NONE, COMMENTS = "tables", "delta", "none", "comments"
KEEP_DAYS = 30
KEEP_LAST = 10
MAX_FORGOTTEN = 2_000


class HistoryError(ValueError):
    """A version that cannot be read back; ``str()`` is one plain sentence."""


class CommentsOnly(ProjectFileError):
    """The file holds only review comments on a project (``comments_file.py``), not a project."""


@dataclass(frozen=True)
class Revision:
    """One save. ``base_id`` and ``snapshot``: for a ``DELTA``, the revision its content is a
    difference from (``None``: from nothing) and the packed difference, in ``file_format``."""

    id: str
    parents: tuple[str, ...]
    saved_at: datetime
    author: str
    host: str
    name: str = ""
    content: str = NONE
    base_id: str | None = None
    file_format: int | None = None
    snapshot: bytes | None = None

    @property
    def kept(self) -> bool:
        """Whether this version's content can be read back."""
        return self.content in (TABLES, DELTA)


class History:
    """The revisions of one file, oldest first, and the rows of its newest (``head_rows``).

    ``head_rows`` is the snapshot of what the file's tables hold: taken from the project
    as it was read (``take_head``), before any edit, or from the rows a save wrote.
    """

    def __init__(self, revisions: Iterable[Revision] = (), head_rows: RowSet | None = None) -> None:
        self.revisions: dict[str, Revision] = {r.id: r for r in revisions}
        self.head_rows = head_rows

    @property
    def head(self) -> Revision | None:
        """The revision the file's tables hold (``None`` before the first save)."""
        return next((r for r in reversed(self.revisions.values()) if r.content == TABLES), None)

    def take_head(self, project: Project) -> History:
        """Remember ``project`` as the content of the head: call it before the project is changed."""
        self.head_rows = row_set(to_rows(project))
        return self

    def newest_first(self) -> list[Revision]:
        return sorted(self.revisions.values(), key=lambda r: r.saved_at, reverse=True)

    # -- saving ----------------------------------------------------------------------

    def after_save(self, rows: dict, *, author: str, host: str, now: datetime | None = None,
                   merged: Iterable[str] = ()) -> History:
        """The history once ``rows`` (``to_rows``) are saved: a new head made from the current one
        (and the heads in ``merged``), the old head kept as its difference from the new."""
        now = now or datetime.now(timezone.utc)
        new_rows = row_set(rows)
        revisions = dict(self.revisions)
        head = self.head
        parents = tuple(dict.fromkeys([*([head.id] if head else []), *merged]))
        revision = Revision(new_id(), parents, now, author, host, content=TABLES)
        if head is not None:
            if self.head_rows is not None:
                revisions[head.id] = dataclasses.replace(
                    head, content=DELTA, base_id=revision.id, file_format=s.SCHEMA_VERSION,
                    snapshot=pack(difference(self.head_rows, new_rows)))
            else:
                revisions[head.id] = dataclasses.replace(head, content=NONE, base_id=None, snapshot=None)
        revisions[revision.id] = revision
        history = History(revisions.values(), new_rows)
        history._prune(now)
        return history

    def named(self, revision_id: str, name: str) -> History:
        """A history in which the revision ``revision_id`` bears ``name`` ("" takes the name off)."""
        revisions = dict(self.revisions)
        revisions[revision_id] = dataclasses.replace(revisions[revision_id], name=name.strip())
        return History(revisions.values(), self.head_rows)

    def absorbed(self, other: History) -> History:
        """This history with the revisions of ``other`` it lacks, as after merging another copy of the
        file: a later merge with a third copy finds their common versions in either.

        The other copy's head becomes the difference from this head; a version this history no
        longer keeps but the other does comes with the other's content.
        """
        revisions = dict(self.revisions)
        head = self.head
        for theirs in other.revisions.values():
            ours = revisions.get(theirs.id)
            if ours is not None and (ours.kept or not theirs.kept):
                continue
            if theirs.content == TABLES:
                if other.head_rows is None:
                    theirs = dataclasses.replace(theirs, content=NONE)
                else:
                    based = head is not None and self.head_rows is not None
                    theirs = dataclasses.replace(theirs, content=DELTA, base_id=head.id if based else None,
                                                 file_format=s.SCHEMA_VERSION, snapshot=pack(difference(
                                                     other.head_rows, self.head_rows if based else {})))
            if ours is not None:
                theirs = dataclasses.replace(theirs, name=ours.name or theirs.name)
            revisions[theirs.id] = theirs
        return History(revisions.values(), self.head_rows)

    def as_of(self, revision_id: str) -> History:
        """This history as it stood when ``revision_id`` was the newest (work recovered after a crash
        that began there): that version is the head again, what was saved after it is left out."""
        revision = self.revisions[revision_id]
        rows = self.rows_of(revision_id) if revision.file_format in (None, s.SCHEMA_VERSION) else None
        before = ancestors({r.id: r.parents for r in self.revisions.values()}, [revision_id])
        head = dataclasses.replace(revision, content=TABLES, base_id=None, file_format=None, snapshot=None)
        return History([head if r.id == revision_id else r for r in self.revisions.values() if r.id in before], rows)

    def adopt(self, other: History) -> None:
        """Become ``other`` (once the file holds it)."""
        self.revisions, self.head_rows = other.revisions, other.head_rows

    def _prune(self, now: datetime) -> None:
        """Keep the content of the head, named versions, the last days' and the last few saves."""
        order = list(self.revisions.values())
        recent = {r.id for r in order[-KEEP_LAST:]}
        keep = {r.id for r in order if r.content == TABLES or r.name or r.id in recent
                or now - r.saved_at <= timedelta(days=KEEP_DAYS)}
        dropping = {r.id for r in order if r.content == DELTA and r.id not in keep}
        if dropping:
            rebased = {}
            for r in order:
                if r.content == DELTA and r.id not in dropping and r.base_id in dropping:
                    base = r.base_id
                    while base in dropping:
                        base = self.revisions[base].base_id
                    try:
                        rows = difference(self.rows_of(r.id), self.rows_of(base) if base is not None else {})
                    except HistoryError:  # a damaged version cannot be carried on: its content goes
                        dropping.add(r.id)
                        continue
                    rebased[r.id] = dataclasses.replace(r, base_id=base, snapshot=pack(rows))
            for r in order:
                if r.id in rebased:
                    self.revisions[r.id] = rebased[r.id]
                elif r.id in dropping:
                    self.revisions[r.id] = dataclasses.replace(r, content=NONE, base_id=None, file_format=None,
                                                               snapshot=None)
        forgotten = [r.id for r in self.revisions.values() if r.content == NONE and not r.name]
        for revision_id in forgotten[:max(0, len(forgotten) - MAX_FORGOTTEN)]:
            del self.revisions[revision_id]

    # -- reading versions back -------------------------------------------------------

    def rows_of(self, revision_id: str) -> RowSet:
        """The snapshot of a kept version (``HistoryError`` when it is not kept or cannot be read)."""
        chain = []
        current: str | None = revision_id
        seen = set()
        while True:
            revision = self.revisions.get(current)
            if revision is None or not revision.kept:
                raise HistoryError("That version's content is no longer kept in the file.")
            if revision.content == TABLES:
                if self.head_rows is None:
                    raise HistoryError("That version's content is no longer kept in the file.")
                rows = self.head_rows
                break
            if current in seen:
                raise HistoryError("The file's history is damaged: its versions refer to each other in a circle.")
            seen.add(current)
            chain.append(revision)
            if revision.base_id is None:
                rows = {}
                break
            current = revision.base_id
        try:
            for revision in reversed(chain):
                rows = apply(unpack(revision.snapshot), as_format(rows, revision.file_format))
        except SnapshotError as error:
            raise HistoryError(f"That version could not be read back: {error}.") from None
        return rows

    def project_of(self, revision_id: str) -> Project:
        """The project as it was saved in that revision, checked like a file (``HistoryError``)."""
        from cxdesigner.storage.upgrade import UPGRADES
        revision = self.revisions.get(revision_id)
        rows = self.rows_of(revision_id)
        try:
            return read_snapshot(rows, revision.file_format or s.SCHEMA_VERSION, UPGRADES)
        except SnapshotError as error:
            raise HistoryError(f"That version could not be read back: {error}.") from None

    # -- the file's rows ----------------------------------------------------------------

    def rows(self) -> dict:
        """The rows of the revision tables, as ``writer.write_rows`` takes them."""
        revisions, parents = [], []
        for position, r in enumerate(self.revisions.values()):
            revisions.append({"id": r.id, "position": position, "saved_at": r.saved_at.isoformat(),
                              "author": r.author, "host": r.host, "name": r.name, "content": r.content,
                              "base_id": r.base_id, "file_format": r.file_format, "snapshot": r.snapshot})
            parents += [{"revision_id": r.id, "parent_id": p, "position": i} for i, p in enumerate(r.parents)]
        return {s.revision: revisions, s.revision_parent: parents}


def ancestors(parents: dict[str, tuple[str, ...]], start: Iterable[str]) -> set[str]:
    """``start`` and every revision they were made from, as far as ``parents`` records them."""
    found: set[str] = set()
    waiting = list(start)
    while waiting:
        current = waiting.pop()
        if current not in found:
            found.add(current)
            waiting.extend(parents.get(current, ()))
    return found


def read_history(connection: sqlite3.Connection, name: str) -> History:
    """The revisions a file records (checked, not unpacked: a snapshot is read when it is needed)."""
    def damaged(why: str) -> ProjectFileError:
        return ProjectFileError(f"{name} is damaged and cannot be opened (its history of saves {why}).")

    parents: dict[str, list[str]] = {}
    for revision_id, parent_id in connection.execute(
            "SELECT revision_id, parent_id FROM revision_parent ORDER BY revision_id, position"):
        parents.setdefault(revision_id, []).append(parent_id)
    revisions = []
    for (revision_id, saved_at, author, host, label, content, base_id, file_format, snapshot) in connection.execute(
            "SELECT id, saved_at, author, host, name, content, base_id, file_format, snapshot "
            "FROM revision ORDER BY position"):
        if content == COMMENTS:
            raise CommentsOnly(f"{name} holds only review comments on a project, not the project itself: open "
                               "the project they are about and bring them in with File > Merge With….")
        if content not in (TABLES, DELTA, NONE):
            raise damaged("names an unknown kind of content")
        if content == DELTA and (not isinstance(snapshot, bytes) or not isinstance(file_format, int)):
            raise damaged("lacks a version's content")
        try:
            when = datetime.fromisoformat(saved_at)
        except (TypeError, ValueError):
            raise damaged("has an unreadable date") from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        revisions.append(Revision(revision_id, tuple(parents.pop(revision_id, ())), when, author, host, label,
                                  content, base_id if content == DELTA else None,
                                  file_format if content == DELTA else None, snapshot if content == DELTA else None))
    history = History(revisions)
    if len(history.revisions) != len(revisions):
        raise damaged("names one revision twice")
    if parents:
        raise damaged("names the parents of a revision it lacks")
    if sum(r.content == TABLES for r in revisions) > 1:
        raise damaged("has two newest versions")
    return history
