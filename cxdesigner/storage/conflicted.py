"""Conflicted copies: the files sync tools leave beside a project edited in two places.

When two people edit their copies of a synced project offline, the sync tool
keeps both: one under the project's name, the other renamed, e.g. "hotel (Ana's
conflicted copy 2026-11-30).cxd". ``conflicted_copies`` finds such files beside
a project, by the names each tool gives them, and keeps only those that are CX
Designer projects. That is told from the first 100 bytes alone (the SQLite
header and its application id, which ``PRAGMA application_id`` reads): nothing
else of a file that may be hostile is read, and SQLite never opens it.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from cxdesigner.atomic import real_target
from cxdesigner.storage.reader import SQLITE_HEADER
from cxdesigner.storage.tables import APPLICATION_ID

#: How each tool names the copy of ``NAME.EXT``: the pattern of what stands between NAME and .EXT.
NAMINGS = [
    ("Dropbox", r" \((?P<detail>.+'s conflicted copy \d{4}-\d{2}-\d{2}(?: \(\d+\))?)\)"),
    ("Nextcloud or ownCloud", r" \((?P<detail>conflicted copy (?:.+ )?\d{4}-\d{2}-\d{2} \d{6})\)"),
    ("ownCloud", r"_(?P<detail>conflict-\d{8}-\d{6})"),
    ("Syncthing", r"\.(?P<detail>sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7})"),
    ("Google Drive", r" \((?P<detail>\d{1,3})\)"),
    ("OneDrive", r"-(?P<detail>[A-Za-z0-9][A-Za-z0-9-]{0,62})"),
]


def _computer_name(detail: str) -> bool:
    """Whether what follows the hyphen looks like a computer's name ("DESKTOP-7K2P9QX",
    "ANA-LAPTOP", "Anas-MacBook-Pro") rather than a word one adds oneself ("v2", "merged",
    "Final"): capitals, with digits or hyphens, or capitals only."""
    return any(c.isupper() for c in detail) and (detail.isupper() or "-" in detail or any(c.isdigit() for c in detail))


#: Further checks of what a pattern found, by tool.
CHECKS = {"OneDrive": _computer_name}
#: Names looked at in one folder, and copies reported at most: a folder may hold millions of files.
MAX_NAMES = 200_000
MAX_COPIES = 100


@dataclass(frozen=True)
class ConflictedCopy:
    """A file beside a project that a sync tool made from it: ``tool`` made it, ``detail``
    is what the tool put in the name (who, when, which computer)."""

    path: Path
    tool: str
    detail: str


def copy_naming(name: str, project_name: str) -> tuple[str, str] | None:
    """``(tool, detail)`` if ``name`` is how a sync tool names a conflicted copy of ``project_name``."""
    stem, extension = os.path.splitext(project_name)
    if not stem or len(name) > 1000 or not name.lower().endswith(extension.lower()) or not name.startswith(stem):
        return None
    middle = name[len(stem):len(name) - len(extension)]
    for tool, pattern in NAMINGS:
        found = re.fullmatch(pattern, middle)
        if found and CHECKS.get(tool, bool)(found["detail"]):
            return tool, found["detail"]
    return None


def is_project_file(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a regular file whose SQLite header carries CX Designer's application id.

    Opened without blocking (a FIFO named like a project does not hang) and read no
    further than the header; devices, folders and FIFOs are not projects.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return False
        header = os.read(descriptor, 100)
    except OSError:
        return False
    finally:
        os.close(descriptor)
    return (len(header) == 100 and header.startswith(SQLITE_HEADER)
            and int.from_bytes(header[68:72], "big") == APPLICATION_ID)


def conflicted_copies(path: str | os.PathLike) -> list[ConflictedCopy]:
    """The conflicted copies of the project at ``path`` that lie beside it, by name; an empty
    list when there are none or the folder cannot be read."""
    target, _ = real_target(path)
    found = []
    try:
        with os.scandir(target.parent) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_NAMES or len(found) >= MAX_COPIES:
                    break
                naming = copy_naming(entry.name, target.name) if entry.name != target.name else None
                if naming and is_project_file(entry.path):
                    found.append(ConflictedCopy(Path(entry.path), *naming))
    except OSError:
        return []
    return sorted(found, key=lambda c: c.path.name)
