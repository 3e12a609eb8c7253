"""Text for the interactive HTML map: escaped for where it goes, and wrapped into lines.

Everything the user typed reaches the page through ``text`` (element content),
``attr`` (a quoted attribute) or ``json_data`` (the script's data), so a title such
as ``</script><img src=x onerror=alert(1)>`` stays text. SVG does not wrap text, so
lines are broken here from an estimate of each character's width in a common sans
serif (on the wide side, so a line never runs out of its box).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache

__all__ = ["attr", "color", "json_data", "number", "text", "wrap"]

_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})
_SCRIPT = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})
#: Characters HTML has no place for (controls other than tab and new line, lone surrogates, non-characters).
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_HEX = re.compile(r"#[0-9a-fA-F]{6}")

# Widths in ems of a wide sans serif (DejaVu Sans); others are narrower.
_NARROW, _WIDE = set("ijlI.,;:'!|()[]{} tf"), set("mwMWOQGCDHNU@%&")


def clean(value: str) -> str:
    """``value`` without the characters no HTML document may hold."""
    return _UNSAFE.sub("\ufffd", value)


def text(value: str) -> str:
    """``value`` as element content."""
    return clean(value).translate(_TEXT)


def attr(value: str) -> str:
    """``value`` inside a double-quoted attribute (new lines kept as spaces)."""
    return clean(value).replace("\n", " ").translate(_ATTR)


def json_data(value: object) -> str:
    """``value`` as JSON safe inside a ``<script>`` element: no ``<``, ``>``, ``&`` or line separators."""
    return json.dumps(_cleaned(value), ensure_ascii=True, separators=(",", ":")).translate(_SCRIPT)


def _cleaned(value: object) -> object:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean(k): _cleaned(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_cleaned(v) for v in value]
    return value


def color(value: str, fallback: str = "#8e8e93") -> str:
    """A colour the user chose, as ``#rrggbb``; anything else becomes ``fallback``."""
    return value.lower() if isinstance(value, str) and _HEX.fullmatch(value) else fallback


@lru_cache(maxsize=65_536)
def number(value: float) -> str:
    """A coordinate for an attribute: finite, bounded, short (0.1 at most; a map repeats its
    coordinates, so each is worked out once)."""
    if not math.isfinite(value):
        value = 0.0
    value = max(-1e7, min(1e7, value))
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _width(char: str) -> float:
    if char in _NARROW:
        return 0.34
    if char in _WIDE:
        return 0.92
    if char.isupper() or char.isdigit():
        return 0.72
    if ord(char) > 0x2e80:  # CJK and the like: full width
        return 1.0
    return 0.62


def text_width(value: str, size: float) -> float:
    """About how wide ``value`` is at ``size`` pixels."""
    return sum(_width(c) for c in value) * size


def wrap(value: str, width: float, size: float, most: int = 200) -> list[str]:
    """``value`` broken into lines no wider than ``width`` at ``size`` pixels (words kept whole
    where they fit, long ones cut); at most ``most`` lines, the last ending in an ellipsis when cut."""
    lines: list[str] = []
    for paragraph in clean(value).replace("\r", "").split("\n"):
        line, used = "", 0.0
        for word in paragraph.split():
            wide = text_width(word, size)
            space = text_width(" ", size) if line else 0.0
            if line and used + space + wide <= width:
                line, used = f"{line} {word}", used + space + wide
                continue
            if line:
                lines.append(line)
            line, used = "", 0.0
            while text_width(word, size) > width and len(word) > 1:  # a word longer than the line
                cut = _fits(word, width, size)
                lines.append(word[:cut])
                word = word[cut:]
            line, used = word, text_width(word, size)
        lines.append(line)
        if len(lines) > most:
            break
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1][:-1] + "…"
    return lines


def _fits(word: str, width: float, size: float) -> int:
    used = 0.0
    for index, char in enumerate(word):
        used += _width(char) * size
        if used > width:
            return max(1, index)
    return len(word)
