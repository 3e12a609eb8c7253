"""Lock files: telling a colleague that a shared project is already open.

Opening ``hotel.cxd`` for editing creates ``.~hotel.cxd.lock`` beside it: a small
JSON file naming the user, host and process that hold it, and since when. A
second CX Designer finds it and can say "Anna on anna-laptop has this file open
since 10:42", and offer to open the file read-only. A lock left behind by a
crash (same host, its process gone) is taken over silently. A folder where no
lock can be written (read-only, or a read-only share) does not prevent
opening: ``acquire`` then returns a lock that is not held, and says why.

The lock is advice between CX Designers, not enforcement: saving is always
atomic, and ``save_project(..., if_unchanged=...)`` catches what a lock misses.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cxdesigner.atomic import real_target, remove_stale_temporaries
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.processes import Owner, this_process

#: A lock file is a few hundred bytes; anything much larger is not one of ours.
MAX_LOCK_BYTES = 4096
#: How long to wait for a lock file another process is still writing.
_SETTLE_SECONDS = 1.0


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock: enough for "Anna on anna-laptop has this file open since 10:42"."""

    user: str
    host: str
    pid: int
    since: datetime
    started: str = ""

    @property
    def owner(self) -> Owner:
        return Owner(self.user, self.host, self.pid, self.started)

    def is_this_process(self) -> bool:
        """Whether this very process holds it (the file is already open in another window)."""
        return self.owner.is_this_process()

    def is_stale(self) -> bool:
        """Whether the holder is known to be gone: a process of this host that no longer runs.

        A lock from another host is never stale by itself: only the user can tell whether
        that colleague still has the file open (``acquire(..., force=True)``).
        """
        return self.owner.running() is False

    def describe(self, name: str) -> str:
        """One sentence for a message box, e.g. "Anna on anna-laptop has had hotel.cxd open since 10:42."."""
        when = self.since.astimezone()
        moment = f"{when:%H:%M}" if when.date() == datetime.now().astimezone().date() else f"{when:%Y-%m-%d %H:%M}"
        who = self.user or "Someone"
        return f"{who} on {self.host or 'an unknown computer'} has had {name} open since {moment}."


class FileInUse(ProjectFileError):
    """Someone else holds the lock; ``holder`` says who. The file itself is fine: it can still
    be opened read-only, or the lock taken anyway with ``acquire(path, force=True)``."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        super().__init__(holder.describe(path.name))
        self.path = path
        self.holder = holder


class Lock:
    """A lock on one project file, held or not. ``release()`` (or leaving a ``with`` block) removes it.

    ``held`` is False when no lock file could be written (``problem`` says why, e.g. a
    read-only folder): the file can still be opened, but colleagues will not be warned.
    """

    def __init__(self, project: Path, lock_file: Path, token: str | None, problem: str | None = None) -> None:
        self.project = project
        self.path = lock_file
        self._token = token
        self.problem = problem

    @property
    def held(self) -> bool:
        return self._token is not None

    def still_held(self) -> bool:
        """Whether the lock file on disk is still ours (someone may have forced their way in)."""
        return self._token is not None and _token_of(self.path) == self._token

    def release(self) -> None:
        """Remove the lock file, if it is still ours; safe to call twice."""
        if self._token is not None and _token_of(self.path) == self._token:
            try:
                os.unlink(self.path)
            except OSError:
                pass
        self._token = None

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def __repr__(self) -> str:
        state = "held" if self.held else f"not held: {self.problem}"
        return f"<Lock {self.path.name} {state}>"


def lock_path(path: str | os.PathLike) -> Path:
    """Where the lock of ``path`` lives: ``.~NAME.lock`` beside the real file (through symlinks)."""
    target = _real(path)
    return target.with_name(f".~{target.name}.lock")


def holder(path: str | os.PathLike) -> LockHolder | None:
    """Who holds the lock on ``path`` now, stale or not, or ``None``; for the interface to ask first."""
    return _read(lock_path(path))


def acquire(path: str | os.PathLike, *, force: bool = False) -> Lock:
    """Lock ``path`` for editing in this process.

    Returns a held ``Lock``, or one that is not held when no lock file can be written
    there (the interface then opens the file without a lock, and may say so). Raises
    ``FileInUse`` when another live process holds it, on this host or another; with
    ``force=True`` such a lock is taken over (the user said the colleague is gone).
    A stale lock (this host, process gone) is always taken over.
    """
    target = _real(path)
    lock_file = target.with_name(f".~{target.name}.lock")
    for _attempt in range(3):
        token = _new_token()
        try:
            _create(lock_file, token)
            remove_stale_temporaries(target)  # what a killed save of this file left, now that it is ours
            return Lock(target, lock_file, token)
        except FileExistsError:
            pass
        except OSError as error:
            return Lock(target, lock_file, None, _why_not(error))
        current = _settled(lock_file)
        if current is None:
            if not lock_file.exists():
                continue  # released meanwhile: try again
            # Still unreadable after waiting: a crash while writing it, or not ours. Take it over.
        elif not (force or current.is_stale()):
            raise FileInUse(target, current)
        try:
            _take_over(lock_file)
        except OSError as error:
            return Lock(target, lock_file, None, _why_not(error))
    return Lock(target, lock_file, None, "the lock kept changing while we tried to take it")


def _real(path: str | os.PathLike) -> Path:
    """The real file (through symlinks); a path that is no file to replace is locked as it is named."""
    try:
        return real_target(path)[0]
    except OSError:
        return Path(path)


def acquire_waiting(path: str | os.PathLike, seconds: float) -> Lock:
    """``acquire``, waiting up to ``seconds`` for another process to release the lock (commands that save).

    Raises ``FileInUse`` when it is still held then: a command never saves over a file
    another CX Designer has open.
    """
    deadline = time.monotonic() + seconds
    while True:
        try:
            return acquire(path)
        except FileInUse:
            if time.monotonic() >= deadline:
                raise
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))


def _new_token() -> str:
    return os.urandom(8).hex()


def _create(lock_file: Path, token: str) -> None:
    """Create the lock file if there is none, in one step (``O_EXCL``), and fill it."""
    me = this_process()
    data = json.dumps({"user": me.user, "host": me.host, "pid": me.pid, "started": me.started,
                       "since": datetime.now().astimezone().isoformat(timespec="seconds"),
                       "token": token}, ensure_ascii=False).encode("utf-8")
    descriptor = os.open(lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(descriptor, data)
    except BaseException:
        os.close(descriptor)
        os.unlink(lock_file)
        raise
    os.close(descriptor)


def _take_over(lock_file: Path) -> None:
    """Move a stale lock out of the way; only one of several processes doing so at once succeeds.

    The rename is atomic. A process that lost the race renames nothing (the stale file is
    already gone) or, worse, the winner's fresh lock: that one is put back unless another
    lock appeared meanwhile, and the loser then finds it and reports its holder.
    """
    seen = _token_of(lock_file)
    fd, aside = tempfile.mkstemp(prefix=f"{lock_file.name}.", suffix=".stale", dir=lock_file.parent)
    os.close(fd)
    try:
        try:
            os.replace(lock_file, aside)
        except FileNotFoundError:
            return
        if _token_of(Path(aside)) != seen:  # we moved someone's fresh lock: put it back
            try:
                os.link(aside, lock_file)
            except OSError:
                pass
    finally:
        try:
            os.unlink(aside)
        except OSError:
            pass


def _settled(lock_file: Path) -> LockHolder | None:
    """The holder, waiting briefly for a lock file another process is still writing."""
    deadline = time.monotonic() + _SETTLE_SECONDS
    while True:
        current = _read(lock_file)
        if current is not None or not lock_file.exists() or time.monotonic() > deadline:
            return current
        time.sleep(0.05)


def _load(lock_file: Path) -> dict | None:
    try:
        with open(lock_file, "rb") as handle:
            data = handle.read(MAX_LOCK_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_LOCK_BYTES:
        return None
    try:
        fields = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return fields if isinstance(fields, dict) else None


def _read(lock_file: Path) -> LockHolder | None:
    fields = _load(lock_file)
    if fields is None:
        return None
    try:
        since = datetime.fromisoformat(fields["since"])
        if since.tzinfo is None:
            since = since.astimezone()
        pid = int(fields["pid"])
        holder = LockHolder(user=str(fields.get("user", "")), host=str(fields["host"]), pid=pid,
                            since=since, started=str(fields.get("started", "")))
    except (KeyError, TypeError, ValueError, OverflowError):
        return None
    return holder if 0 < pid < 2**31 else None


def _token_of(lock_file: Path) -> str | None:
    fields = _load(lock_file)
    return str(fields.get("token")) if fields else None


def _why_not(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder is read-only or you lack permission to write there"
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return "the folder does not exist"
    return str(error.strerror or error).rstrip(".").lower()
