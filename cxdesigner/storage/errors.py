"""The exceptions storage raises: a plain sentence a user can act on."""

from __future__ import annotations

from cxdesigner.plain import MAX_MESSAGE, one_line

__all__ = ["MAX_MESSAGE", "ProjectFileError", "one_line"]


class ProjectFileError(Exception):
    """A project file could not be opened or saved; ``str()`` is the user's message.

    The message is always one line of printable text, whatever file or folder names
    or database errors went into it. ``reason``, when given, is the bare cause
    ("the disk is full"), for callers that phrase their own sentence around it.
    """

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(one_line(message))
        self.reason = reason
