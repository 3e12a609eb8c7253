"""Writing a whole file or nothing: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def real_target(path: str | os.PathLike) -> tuple[Path, int]:
    """Where a replacement must really go (through symlinks), and the permissions it must keep.

    A temporary file starts private (0600); the new file gets the old file's mode,
    or the usual mode for a new file, so colleagues on a shared drive can still read it.
    """
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    try:
        return target, target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return target, 0o666 & ~umask


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old file or the new one, never half."""
    target, mode = real_target(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".writing", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
