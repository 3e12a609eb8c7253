"""Text of the SVG file: broken into lines by Qt, with the map's own fonts, as the PDF breaks it.

SVG does not wrap, so each line is written as a ``<tspan>``. The lines come from a
``QTextLayout`` with the font the scene paints with (``canvas/text.py``), placed as
``QPainter.drawText`` places them (each line on a whole pixel below the last), so a map's
SVG and its PDF break every text at the same words. A text that fits on one line takes
no layout at all: one width measured, remembered.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontInfo, QFontMetricsF, QTextLayout, QTextOption

from cxdesigner.canvas.text import BREAK, TextStyle, breakable, drawable, shortened
from cxdesigner.render.html_text import number

#: Characters XML 1.0 does not allow (controls other than tab, new line and return; lone surrogates; U+FFFE/F).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": " ", "\r": " ", "\t": " "})
_ID = re.compile(r"[^A-Za-z0-9_.-]")


def xml_text(value: str) -> str:
    """``value`` as element content: escaped, with what XML 1.0 cannot hold dropped."""
    return _NOT_XML.sub("", value).translate(_TEXT)


def xml_attr(value: str) -> str:
    """``value`` inside a double-quoted attribute."""
    return _NOT_XML.sub("", value).translate(_ATTR)


def xml_id(prefix: str, value: str) -> str:
    """An ``id`` made of ``prefix`` and an item's own id, kept to the characters an XML name takes."""
    return f"{prefix}-{_ID.sub('_', value)}"


@dataclass(frozen=True)
class Block:
    """Lines of a text and the baseline of each, from the top of its box."""

    lines: tuple[str, ...]
    baselines: tuple[float, ...]
    height: float


EMPTY = Block((), (), 0.0)


@lru_cache(maxsize=64)
def _metrics(style: TextStyle) -> QFontMetricsF:
    return QFontMetricsF(style.font())


@lru_cache(maxsize=100_000)
def typeset(value: str, style: TextStyle, width: float, elide_height: float | None = None,
            paragraph: bool = False) -> Block:
    """``value`` wrapped to ``width`` as the scene draws it (whole, or cut to ``elide_height`` with an
    ellipsis, as the compact view cuts). ``paragraph``: laid out as a text document lays it out
    (a sticky note): lines one line spacing apart, not rounded to whole pixels."""
    if not value or width <= 0:
        return EMPTY
    metrics = _metrics(style)
    shown = shortened(value, style, QRectF(0, 0, width, elide_height)) if elide_height is not None else drawable(value)
    if not shown:
        return EMPTY
    if "\n" not in shown and "\r" not in shown and metrics.horizontalAdvance(shown) <= width:
        return Block((shown,), (metrics.ascent(),), metrics.height())
    text = breakable(shown, style, width).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\n", "\u2028")  # drawText breaks a line at a new line: so does the layout
    layout = QTextLayout(text, style.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines, baselines, y = [], [], 0.0
    line_height, ascent = metrics.height(), metrics.ascent()
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        piece = text[line.textStart(): line.textStart() + line.textLength()]
        if not paragraph:
            y = math.ceil(y - 1e-6)  # drawText puts each line on a whole pixel
        lines.append(_shown(piece))
        baselines.append(y + (line.ascent() if paragraph else ascent))
        y += line.height() if paragraph else line_height
        if len(lines) >= 2000:
            break
    layout.endLayout()
    return Block(tuple(lines), tuple(baselines), y)


def _shown(piece: str) -> str:
    """A line as drawn: a soft hyphen it breaks at becomes a hyphen, the others vanish. A line broken
    at a space keeps one, so the text read out of the file (copied, searched) keeps its words apart."""
    kept = piece.rstrip("\u2028").rstrip()
    if kept.endswith(BREAK):
        return kept[:-1].replace(BREAK, "") + "-"
    return kept.replace(BREAK, "") + (" " if kept != piece else "")


def text_svg(block: Block, x: float, top: float, css: str, extra: str = "") -> str:
    """``block`` as one ``<text>``: one line as its content, several as ``<tspan>``s under each other."""
    if not block.lines:
        return ""
    if len(block.lines) == 1:
        return (f'<text class="{css}" x="{number(x)}" y="{number(top + block.baselines[0])}"{extra}>'
                f'{xml_text(block.lines[0])}</text>')
    spans, previous = [], block.baselines[0]
    for index, (line, baseline) in enumerate(zip(block.lines, block.baselines)):
        dy = "" if index == 0 else f' dy="{number(baseline - previous)}"'
        spans.append(f'<tspan x="{number(x)}"{dy}>{xml_text(line)}</tspan>')
        previous = baseline
    return f'<text class="{css}" y="{number(top + block.baselines[0])}"{extra}>{"".join(spans)}</text>'


def advance(value: str, style: TextStyle) -> float:
    return _metrics(style).horizontalAdvance(value)


def ascent(style: TextStyle) -> float:
    return _metrics(style).ascent()


def line_box(style: TextStyle) -> float:
    return _metrics(style).height()


def elided(value: str, style: TextStyle, width: float) -> str:
    """One line cut with an ellipsis to ``width`` (a summary table's cell)."""
    return _metrics(style).elidedText(value, Qt.TextElideMode.ElideRight, width)


@lru_cache(maxsize=8)
def family(style: TextStyle = TextStyle(10)) -> str:
    """The family the map's font really is on this system (what a viewer should draw it with)."""
    return QFontInfo(style.font()).family()
