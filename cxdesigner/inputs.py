"""Reading a file the user named, whatever it turns out to be.

A path can name a pipe that never ends, a device that never stops (``/dev/zero``),
a folder, or a file far larger than anything CX Designer reads. Only regular
files are read, opened without blocking (a pipe with no writer would wait for
ever), and no more than a limit is read: past it the reading stops with one
plain sentence.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_CHUNK = 1 << 20


class InputError(OSError):
    """A file that cannot be read as input; ``str()`` is one plain sentence naming it."""

    def __init__(self, message: str, code: int = errno.EINVAL) -> None:
        super().__init__(code, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def megabytes(size: int) -> str:
    return f"{size / 2**20:,.0f} MB"


def open_regular(path: str | os.PathLike) -> int:
    """A descriptor open for reading on ``path``, which must be a regular file (through symlinks)."""
    name = Path(path).name or str(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError(f"{name} does not exist.", errno.ENOENT) from None
    except IsADirectoryError:
        raise InputError(f"{name} is a folder, not a file.", errno.EISDIR) from None
    except OSError as error:
        raise InputError(f"{name} could not be read: {describe_os_error(error)}.", error.errno or errno.EIO) from None
    kind = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(kind):
        os.close(descriptor)
        if stat.S_ISDIR(kind):
            raise InputError(f"{name} is a folder, not a file.", errno.EISDIR)
        raise InputError(f"{name} is not a regular file (it is {special_kind(kind)}), so it is not read.")
    if hasattr(os, "set_blocking"):
        os.set_blocking(descriptor, True)
    return descriptor


def read_limited(path: str | os.PathLike, limit: int, what: str = "file") -> bytes:
    """The whole of the regular file ``path``, refused with ``InputError`` past ``limit`` bytes.

    The limit holds even for a file that grows while it is read.
    """
    name = Path(path).name or str(path)
    descriptor = open_regular(path)
    try:
        size = os.fstat(descriptor).st_size
        if size > limit:
            raise InputError(too_large(name, size, limit, what))
        chunks, total = [], 0
        while chunk := os.read(descriptor, min(_CHUNK, limit + 1 - total) or 1):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise InputError(too_large(name, total, limit, what))
        return b"".join(chunks)
    except InputError:
        raise
    except OSError as error:
        raise InputError(f"{name} could not be read: {describe_os_error(error)}.", error.errno or errno.EIO) from None
    finally:
        os.close(descriptor)


def sidecar(path: Path, suffix: str) -> Path | None:
    """``NAME<suffix>`` beside ``path`` (a journal, a WAL) when it is there and not an empty regular file."""
    beside = path.with_name(path.name + suffix)
    try:
        status = os.lstat(beside)
    except OSError:
        return None
    return None if stat.S_ISREG(status.st_mode) and status.st_size == 0 else beside


def too_large(name: str, size: int, limit: int, what: str) -> str:
    return f"{name} is too large to read: it is more than {megabytes(limit)}, the most CX Designer reads as a {what}."


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is, in plain words."""
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a plain file"


def describe_os_error(error: OSError) -> str:
    """An operating system error in plain words, without its number or Python's wording."""
    if error.errno == errno.ELOOP:
        return "its path is a loop of symbolic links"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return str(error.strerror or "the system refused").rstrip(".").lower()
