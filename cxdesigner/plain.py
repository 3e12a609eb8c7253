"""Text as it may be shown: printable, one line where a line is promised, never too long.

Names, titles and headers come from files, and a file can hold terminal escape
sequences, bidirectional overrides or a whole book in one "name". Whatever is
printed or shown as a message passes through here first.
"""

from __future__ import annotations

#: Longer messages are cut: a hostile file's names must not flood a dialog or a terminal.
MAX_MESSAGE = 400
#: A piece of input quoted inside a message is cut at this many characters.
MAX_QUOTED = 60
#: Characters that would steer a terminal or reorder text, each shown as ``?``: C0 controls
#: but tab and newline, DEL, C1 controls, line and paragraph separators, bidirectional controls.
_STEERING = {code: "?" for code in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0),
                                    0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def printable(text: str) -> str:
    """``text`` with every character that could steer a terminal replaced by ``?`` (lines kept)."""
    return text.translate(_STEERING)


def one_line(text: str) -> str:
    """``text`` as one printable line: whitespace runs become one space, other control characters ``?``."""
    text = " ".join("".join(c if c.isprintable() or c.isspace() else "?" for c in text).split())
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE - 1] + "…"


def clip(text: str, limit: int = MAX_QUOTED) -> str:
    """A piece of input to quote in a message: one printable line, cut at ``limit`` characters."""
    text = " ".join("".join(c if c.isprintable() else "?" for c in text[:limit * 2]).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
