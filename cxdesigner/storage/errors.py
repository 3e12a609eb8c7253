"""The exceptions storage raises: a plain sentence a user can act on."""

from __future__ import annotations

#: Longer messages are cut: a hostile file's names must not flood a dialog or a terminal.
MAX_MESSAGE = 400


class ProjectFileError(Exception):
    """A project file could not be opened or saved; ``str()`` is the user's message.

    The message is always one line of printable text, whatever file or folder names
    or database errors went into it. ``reason``, when given, is the bare cause
    ("the disk is full"), for callers that phrase their own sentence around it.
    """

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(one_line(message))
        self.reason = reason


def one_line(text: str) -> str:
    """``text`` as one printable line: whitespace runs become one space, other control characters ``?``."""
    text = " ".join("".join(c if c.isprintable() or c.isspace() else "?" for c in text).split())
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE - 1] + "…"
