"""Recovery copies: what autosave writes, so that a crash loses a few minutes at most.

Autosave never touches the user's own file (saving is the user's decision). It
writes a complete ``.cxd`` copy into a private folder of the user's data
directory, with a small JSON sidecar saying which file it belongs to (or none,
for an untitled project), its title, when, and which process wrote it. After a
crash, the next start lists the copies whose process is gone and offers them.

Each open document writes under one ``key`` (one copy per document, replaced by
each autosave); the interface makes the key when the document opens
(``new_key()``) and discards it when the document is saved or closed cleanly.

Autosave must not stall the interface: ``snapshot`` (on the interface's thread)
only copies the model's values into plain rows, and ``RecoverySnapshot.write``
(on any thread) does the file work. ``write`` does both in turn.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cxdesigner import __version__
from cxdesigner.atomic import write_atomically
from cxdesigner.model import Project
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.processes import Owner, this_process
from cxdesigner.storage.reader import SQLITE_HEADER, announced_size, open_project
from cxdesigner.storage.rows import to_rows
from cxdesigner.storage.tables import APPLICATION_ID
from cxdesigner.storage.stamp import FileStamp
from cxdesigner.storage.writer import Rows, why_not_written, write_rows

#: A sidecar is a few hundred bytes; a larger file is not one of ours and is skipped unread.
MAX_SIDECAR_BYTES = 64 * 1024
SIDECAR_FORMAT = 1
_KEY = re.compile(r"[A-Za-z0-9_-]{1,64}")


def default_directory() -> Path:
    """``recovery`` in the user's data directory (e.g. ``~/.local/share/cxdesigner/recovery``)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("cxdesigner", appauthor=False)) / "recovery"


def new_key() -> str:
    """A fresh key for one open document's recovery copy."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery copy found on disk.

    ``source_path`` is the file the project was opened from or last saved to (``None``
    for a project never saved), and ``source_stamp`` that file as it was then, so the
    recovered work can tell whether someone changed it since; ``title`` what the window
    showed; ``saved_at`` when the copy was written (aware, UTC); ``owner`` the process
    that wrote it.
    """

    key: str
    path: Path
    source_path: str | None
    title: str
    saved_at: datetime
    owner: Owner
    #: The source file as the work began from it (``None`` when not recorded).
    source_stamp: FileStamp | None = None
    #: The revision of the source file's history the work began from (``None`` when not recorded).
    source_revision: str | None = None

    def owner_running(self) -> bool | None:
        """True while the writing process still runs (its document is open, not crashed);
        False when it is gone; None when it ran on another computer (we cannot tell)."""
        return self.owner.running()

    def open(self) -> Project:
        """The recovered project, read with every check of ``open_project`` (the copy is
        untrusted like any file). Raises ``ProjectFileError`` if it is damaged: the
        interface should then offer to discard it."""
        return open_project(self.path)


@dataclass(frozen=True)
class RecoverySnapshot:
    """A project's rows and sidecar, taken on the interface's thread; ``write`` may run on any thread."""

    directory: Path
    key: str
    rows: Rows
    sidecar: dict

    def write(self) -> Path:
        """Write the copy and then its sidecar, each atomically; returns the copy's path.

        Raises ``ProjectFileError`` (e.g. the disk is full); the previous copy is then kept.
        """
        copy = self.directory / f"{self.key}.cxd"
        data = json.dumps({**self.sidecar, "saved_at": datetime.now(timezone.utc).isoformat()},
                          ensure_ascii=False, indent=1).encode("utf-8")
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_rows(self.rows, copy, mode=0o600)
            write_atomically(self.directory / f"{self.key}.json", data)
        except OSError as error:
            raise self._failed(why_not_written(error)) from error
        except ProjectFileError as error:
            raise self._failed(error.reason or str(error)) from error
        return copy

    def _failed(self, reason: str) -> ProjectFileError:
        return ProjectFileError(f"Could not write a recovery copy of {self.sidecar['title']}: {reason}.",
                                reason=reason)


class RecoveryStore:
    """The folder of recovery copies: write them, list them after a crash, discard them.

    ``directory`` defaults to ``default_directory()``; tests pass their own.
    """

    def __init__(self, directory: str | os.PathLike | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_directory()

    def snapshot(self, project: Project, *, source_path: str | os.PathLike | None, title: str,
                 key: str | None = None, source_stamp: FileStamp | None = None,
                 source_revision: str | None = None) -> RecoverySnapshot:
        """Copy what ``write`` needs out of ``project`` (quick: the caller's thread may be the interface's).

        ``key`` names the document's copy (see ``new_key``); by default it is made of this
        process and the project's id.
        """
        key = key if key is not None else f"{os.getpid()}-{project.id}"
        if not _KEY.fullmatch(key):
            raise ValueError(f"A recovery key is letters, digits, '-' and '_': {key!r}")
        me = this_process()
        sidecar = {"format": SIDECAR_FORMAT, "key": key,
                   "source_path": None if source_path is None else os.fspath(source_path), "title": title,
                   "source_stamp": None if source_stamp is None else {"size": source_stamp.size,
                                                                      "mtime_ns": source_stamp.mtime_ns,
                                                                      "digest": source_stamp.digest},
                   "source_revision": source_revision,
                   "user": me.user, "host": me.host, "pid": me.pid, "started": me.started,
                   "written_by": f"CX Designer {__version__}"}
        return RecoverySnapshot(self.directory, key, to_rows(project), sidecar)

    def write(self, project: Project, *, source_path: str | os.PathLike | None, title: str,
              key: str | None = None) -> Path:
        """``snapshot`` and its ``write`` in one go; returns the copy's path."""
        return self.snapshot(project, source_path=source_path, title=title, key=key).write()

    def entries(self, *, include_running: bool = False) -> list[RecoveryEntry]:
        """The recovery copies, newest first: by default only those whose process is gone.

        Copies of processes still running on this computer (documents open in this or
        another window) are left out unless ``include_running``; those written on another
        computer are included (whether they still run cannot be known). A sidecar or copy
        that is unreadable, garbage or cut short is skipped.
        """
        try:
            sidecars = sorted(self.directory.glob("*.json"))
        except OSError:
            return []
        found = []
        for sidecar in sidecars:
            entry = _entry(sidecar)
            if entry is not None and (include_running or entry.owner_running() is not True):
                found.append(entry)
        return sorted(found, key=lambda e: e.saved_at, reverse=True)

    def discard(self, entry: RecoveryEntry | str) -> None:
        """Delete a recovery copy (an entry, or a document's key) and its sidecar; missing ones are fine."""
        key = entry.key if isinstance(entry, RecoveryEntry) else entry
        if not _KEY.fullmatch(key):
            return
        for suffix in (".json", ".cxd"):  # the sidecar first: a copy without one is never listed
            try:
                os.unlink(self.directory / f"{key}{suffix}")
            except OSError:
                pass


def _entry(sidecar: Path) -> RecoveryEntry | None:
    """The entry a sidecar describes, or ``None`` for anything unreadable or inconsistent."""
    key = sidecar.stem
    if not _KEY.fullmatch(key):
        return None
    try:
        with open(sidecar, "rb") as handle:
            data = handle.read(MAX_SIDECAR_BYTES + 1)
        fields = json.loads(data.decode("utf-8")) if len(data) <= MAX_SIDECAR_BYTES else None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(fields, dict) or fields.get("format") != SIDECAR_FORMAT or fields.get("key") != key:
        return None
    copy = sidecar.with_suffix(".cxd")
    try:
        source = fields.get("source_path")
        saved_at = datetime.fromisoformat(fields["saved_at"])
        if saved_at.tzinfo is None:
            saved_at = saved_at.replace(tzinfo=timezone.utc)
        owner = Owner(user=_text(fields.get("user", "")), host=_text(fields["host"]), pid=int(fields["pid"]),
                      started=_text(fields.get("started", "")))
        entry = RecoveryEntry(key=key, path=copy, source_path=None if source is None else _text(source),
                              title=_text(fields["title"]), saved_at=saved_at, owner=owner,
                              source_stamp=_stamp(fields.get("source_stamp")),
                              source_revision=_text(fields["source_revision"]) if fields.get("source_revision")
                              else None)
    except (KeyError, TypeError, ValueError, OverflowError):
        return None
    return entry if _looks_complete(copy) else None


def _stamp(value: object) -> FileStamp | None:
    """A stamp recorded in a sidecar; ``None`` when there is none or it is not one."""
    if not isinstance(value, dict):
        return None
    size, mtime, digest = value.get("size"), value.get("mtime_ns"), value.get("digest")
    if not (isinstance(size, int) and isinstance(mtime, int) and isinstance(digest, str) and len(digest) <= 128):
        return None
    return FileStamp(size, mtime, digest)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _looks_complete(path: Path) -> bool:
    """A cheap test, without opening the database: our header, and as many pages as it announces."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return False
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return False
    expected = announced_size(header)
    return expected is not None and 0 < expected <= size
