"""What the commands share: one-sentence errors, plain output, and saving a file safely.

Output meant for people goes through ``PlainWriter``, so no name or header from
a file can steer the terminal; exported text goes out byte for byte. A command
that saves holds the file's lock (the editor's own) for the whole read-change-save,
waits a bounded time for another holder, and saves only over the file it read.
"""

from __future__ import annotations

import errno
import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from cxdesigner.plain import clip, printable

#: How long a saving command waits for another CX Designer to let go of the file.
LOCK_WAIT_SECONDS = 10.0


class UserError(Exception):
    """A problem the user can fix; ``str()`` is the one line shown."""


class OutputError(UserError):
    """Standard output could not be written (a full disk, a closed pipe)."""


def quoted(text: str, *, quotes: str = "'") -> str:
    """A piece of input named in a message, quoted, printable and cut short."""
    return f"{quotes}{clip(text)}{quotes}"


class PlainWriter:
    """A text stream that replaces characters steering a terminal by ``?`` and turns write
    failures into one sentence. ``write_bytes`` sends exported data untouched."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        with _output_errors(self._stream):
            return self._stream.write(printable(text))

    def write_bytes(self, data: bytes) -> None:
        with _output_errors(self._stream):
            self._stream.flush()
            self._stream.buffer.write(data)
            self._stream.buffer.flush()

    def flush(self) -> None:
        with _output_errors(self._stream):
            self._stream.flush()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextmanager
def _output_errors(stream: TextIO) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        _silence(stream)
        if error.errno == errno.EPIPE:
            raise OutputError("Could not write the output: whatever was reading it stopped.") from None
        from cxdesigner.storage.writer import why_not_written
        raise OutputError(f"Could not write the output: {why_not_written(error)}.") from None


def _silence(stream: TextIO) -> None:
    """Point standard output at nothing, so the interpreter's last flush does not fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


@contextmanager
def plain_output() -> Iterator[None]:
    original = sys.stdout
    sys.stdout = PlainWriter(original)
    try:
        yield
    finally:
        sys.stdout = original


def report_unexpected(error: BaseException) -> int:
    """The last line of defence: one sentence instead of a traceback (``CXDESIGNER_TRACEBACK=1`` shows it)."""
    if os.environ.get("CXDESIGNER_TRACEBACK"):
        traceback.print_exception(error)
    if isinstance(error, MemoryError):
        print("cxdesigner: There was not enough memory to finish; nothing was saved.", file=sys.stderr)
    else:
        print("cxdesigner: An unexpected problem stopped the command (please report it, with the command "
              "you ran).", file=sys.stderr)
    return 1


def load(path):
    """The project in ``path``, or one sentence why not."""
    from cxdesigner.storage import ProjectFileError, open_project
    try:
        return open_project(path)
    except ProjectFileError as error:
        raise UserError(str(error)) from None


def pick_map(project, name: str | None):
    names = ", ".join(quoted(m.name, quotes="") for m in project.maps[:20]) + (", …" if len(project.maps) > 20 else "")
    if name is not None:
        for jmap in project.maps:
            if jmap.name == name:
                return jmap
        raise UserError(f"There is no map called {quoted(name)}. Maps: {names or 'none'}.")
    if len(project.maps) == 1:
        return project.maps[0]
    if not project.maps:
        raise UserError("This project has no map to export.")
    raise UserError(f"This project has {len(project.maps)} maps; choose one with --map ({names}).")


class Saving:
    """The file a command saves: read it (remembering what was read), then save over that only."""

    def __init__(self, path: Path, stamp) -> None:
        self.path, self.stamp = path, stamp

    def open(self):
        """The project in the file, read under the lock."""
        from cxdesigner.storage import ProjectFileError, read_project
        try:
            opened = read_project(self.path)
        except ProjectFileError as error:
            raise UserError(str(error)) from None
        self.stamp = opened.stamp
        return opened.project

    def __call__(self, project, *, history=None, merged=(), record: bool = True) -> None:
        """Save as a revision of the file's history (``history``, made also from ``merged`` heads), or,
        without ``record``, with no history at all (a file for the samples)."""
        from cxdesigner.storage import FileChangedError, ProjectFileError, save_project
        from cxdesigner.storage.rows import to_rows
        from cxdesigner.storage.writer import write_rows
        try:
            if record:
                save_project(project, self.path, if_unchanged=self.stamp, history=history, merged=merged)
            else:
                write_rows(to_rows(project), self.path, if_unchanged=self.stamp)
        except FileChangedError:
            raise UserError(f"{self.path.name} was changed by another program while this command ran; nothing "
                            f"was saved (run the command again).") from None
        except ProjectFileError as error:
            raise UserError(str(error)) from None


@contextmanager
def saving(path: str | os.PathLike, *, replace: bool = True) -> Iterator[Saving]:
    """Hold ``path``'s lock while a command reads, changes and saves it.

    ``replace=False`` refuses a file that is already there (``--force`` not given).
    """
    from cxdesigner.storage import file_stamp
    from cxdesigner.storage.lock import FileInUse, acquire_waiting
    path = Path(path)
    try:
        lock = acquire_waiting(path, LOCK_WAIT_SECONDS)
    except FileInUse as error:
        raise UserError(f"{error.holder.describe(path.name)[:-1]}; nothing was changed (it was still open after "
                        f"{LOCK_WAIT_SECONDS:g} seconds).") from None
    with lock:
        if not replace and os.path.lexists(path):
            raise UserError(f"{path} already exists; add --force to replace it.")
        try:
            stamp = file_stamp(path) if os.path.isfile(path) else None
        except OSError:
            stamp = None  # unreadable: saving says why
        yield Saving(path, stamp)
