"""The sizes text is printed at in a PDF, read from its text operators.

A glyph's size on paper is the font size of ``Tf`` scaled by the text matrix (``Tm``) and the
current transformation (``cm``); pypdf's text visitor hands over all three for every piece of
text it shows. Sizes are in points (a PDF's user space is 1/72 inch unless a page says otherwise).
"""

import math

from pypdf import PdfReader


def _times(m: list[float], n: list[float]) -> list[float]:
    """The product of two PDF matrices ``[a b c d e f]`` (``m`` first, then ``n``)."""
    a, b, c, d, e, f = m
    g, h, i, j, k, l_ = n
    return [a * g + b * i, a * h + b * j, c * g + d * i, c * h + d * j, e * g + f * i + k, e * h + f * j + l_]


def page_font_sizes(page) -> list[tuple[float, str]]:
    """``(size in points, text)`` for every non-blank piece of text the page shows."""
    found = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text.strip() or not font_size:
            return
        a, b, c, d, _, _ = _times(list(map(float, tm)), list(map(float, cm)))
        vertical = math.hypot(c, d)  # how tall one unit of the font comes out
        found.append((abs(float(font_size)) * vertical, text))

    page.extract_text(visitor_text=visit)
    return found


def smallest_font_sizes(path) -> list[float | None]:
    """The smallest text size on each page, in points (``None`` for a page with no text)."""
    smallest = []
    for page in PdfReader(path).pages:
        sizes = [size for size, _ in page_font_sizes(page)]
        smallest.append(min(sizes) if sizes else None)
    return smallest
