"""What a file on disk looked like: to notice that someone changed it since we read it.

A project on a shared drive can be replaced by a colleague's save while it is
open here. Saving over it would silently drop their work, so the editor keeps
the stamp of the file it opened (or last saved) and ``save_project`` compares
it with the file on disk before replacing it. Size and modification time alone
are not enough (network drives keep times to the second or two), so the stamp
carries a hash of the contents too; hashing costs about as much as reading the
file, less than saving it.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileStamp:
    """Size, modification time (ns) and a BLAKE2 hash of a file's contents."""

    size: int
    mtime_ns: int
    digest: str

    def same_content(self, other: FileStamp | None) -> bool:
        """Whether ``other`` is the same contents (a touched but unchanged file is the same)."""
        return other is not None and other.size == self.size and other.digest == self.digest


def digest(data: bytes) -> str:
    """The hash a stamp carries, of contents already in memory."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def file_stamp(path: str | os.PathLike) -> FileStamp | None:
    """The stamp of the file at ``path`` now, or ``None`` if there is no file there.

    Other failures to read (permissions, a folder) raise ``OSError``.
    """
    try:
        with open(path, "rb") as handle:
            status = os.fstat(handle.fileno())
            digest = hashlib.blake2b(digest_size=16)
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except FileNotFoundError:
        return None
    return FileStamp(status.st_size, status.st_mtime_ns, digest.hexdigest())


def changed_since(path: str | os.PathLike, stamp: FileStamp | None) -> bool:
    """Whether the file at ``path`` differs from ``stamp`` (``None``: there was no file).

    A missing file counts as changed when there was one, and the other way round;
    an unreadable one counts as changed.
    """
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        return stamp is not None
    except OSError:
        return True
    if stamp is None or size != stamp.size:
        return True
    try:
        return not stamp.same_content(file_stamp(path))
    except OSError:
        return True
