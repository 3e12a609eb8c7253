"""Writing a whole file or nothing: a temporary file beside the target, then a rename.

Temporaries are named after their target and the process writing them
(``.NAME.HOST-PID-START.XXXX.saving``), so that one left behind by a process
that was killed can be told from one being written right now: the next save
of the same file removes those of processes of this computer that no longer
run (the rule stale lock files follow).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

#: What temporaries end with: project saves, and exported or other written files.
TEMPORARY_SUFFIXES = (".saving", ".writing")
_TAG = re.compile(r"(?P<host>[0-9a-f]{8})-(?P<pid>\d{1,10})-(?P<start>[0-9a-f]{8})\.")


class NotReplaceable(OSError):
    """The target is there but is no regular file; ``strerror`` says what it is, plainly."""


def real_target(path: str | os.PathLike) -> tuple[Path, int]:
    """Where a replacement must really go (through symlinks), and the permissions it must keep.

    A temporary file starts private (0600); the new file gets the old file's mode,
    or the usual mode for a new file, so colleagues on a shared drive can still read it.
    Raises ``OSError`` for a loop of symbolic links, and for a target that is there
    but is no regular file (a folder, a device, a pipe): replacing it would destroy it.
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        status = target.stat()
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return target, 0o666 & ~umask
    if not stat.S_ISREG(status.st_mode):
        if stat.S_ISDIR(status.st_mode):
            raise NotReplaceable(errno.EISDIR, "a folder has that name", str(target))
        raise NotReplaceable(errno.EINVAL, "it is not a regular file (a device or a pipe has that name)", str(target))
    return target, status.st_mode & 0o777


def owner_tag() -> str:
    """This process in a temporary's name: a hash of the computer's name, the id, a hash of its start."""
    from cxdesigner.storage.processes import host_name, this_process
    me = this_process()
    return f"{_short_hash(host_name())}-{me.pid}-{_short_hash(me.started)}"


def temporary_beside(target: Path, suffix: str) -> tuple[int, str]:
    """A new private file in ``target``'s folder, named for ``target`` and this process."""
    return tempfile.mkstemp(prefix=f".{target.name}.{owner_tag()}.", suffix=suffix, dir=target.parent or ".")


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Delete the temporaries of ``target`` left by processes of this computer that are gone."""
    from cxdesigner.storage.processes import host_name, pid_running, start_of
    prefix, here = f".{target.name}.", _short_hash(host_name())
    removed = []
    try:
        names = os.listdir(target.parent or ".")
    except OSError:
        return removed
    for name in names:
        if not (name.startswith(prefix) and name.endswith(TEMPORARY_SUFFIXES)):
            continue
        tag = _TAG.match(name, len(prefix))
        if tag is None or tag["host"] != here:
            continue  # an older name, or another computer's: only it can tell
        pid = int(tag["pid"])
        if pid_running(pid) and _short_hash(start_of(pid)) == tag["start"]:
            continue
        leftover = (target.parent or Path(".")) / name
        try:
            if stat.S_ISREG(os.lstat(leftover).st_mode):
                os.unlink(leftover)
                removed.append(leftover)
        except OSError:
            pass
    return removed


def _short_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=4).hexdigest()


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old file or the new one, never half."""
    write_all_atomically([(path, data)])


def write_all_atomically(files: Sequence[tuple[str | os.PathLike, bytes]]) -> None:
    """Replace several files with their new contents: all of them, or none.

    Every target is checked first (none may be a folder or a device), every new file is
    written and flushed beside its target, and only then are they moved into place. If
    one move fails, the files already moved are put back as they were.
    """
    targets = [real_target(path) for path, _ in files]
    for target, _ in targets:
        remove_stale_temporaries(target)
    temporaries: list[str] = []
    olds: list[str | None] = []
    moved: list[int] = []
    try:
        for (target, mode), (_, data) in zip(targets, files):
            fd, temporary = temporary_beside(target, ".writing")
            temporaries.append(temporary)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temporary, mode)
        if len(files) > 1:
            olds = [_keep_old(target) for target, _ in targets]
        for index, ((target, _), temporary) in enumerate(zip(targets, temporaries)):
            os.replace(temporary, target)
            moved.append(index)
    except BaseException:
        for index in reversed(moved):
            _put_back(targets[index][0], olds[index])
        for leftover in (*temporaries, *olds):
            _unlink(leftover)
        raise
    for old in olds:
        _unlink(old)


def _keep_old(target: Path) -> str | None:
    """A second name for ``target``'s present contents (``None`` when there is no file yet)."""
    if not target.exists():
        return None
    fd, aside = temporary_beside(target, ".writing")
    os.close(fd)
    try:
        os.unlink(aside)
        os.link(target, aside)
    except OSError:
        shutil.copy2(target, aside)  # where links are not supported
    return aside


def _put_back(target: Path, old: str | None) -> None:
    try:
        if old is None:
            os.unlink(target)
        else:
            os.replace(old, target)
    except OSError:
        pass


def _unlink(path: str | None) -> None:
    if path is None:
        return
    try:
        os.unlink(path)
    except OSError:
        pass
