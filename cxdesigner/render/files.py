"""Maps as PDF, SVG and PNG bytes, drawn from the same pictures as print.

Each function returns the whole file's bytes, so callers write them atomically:
a failed export never leaves half a file or clobbers an existing one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter, QPdfWriter

from cxdesigner import __version__
from cxdesigner.model import Project
from cxdesigner.render.pages import PageSetup, TooSmall, paint_sheets
from cxdesigner.render.picture import UNITS_PER_INCH, MapPicture, map_picture
from cxdesigner.render.png_file import Cancelled, png_stream

#: The most pixels one PNG may have (an A0 poster at 300 dpi is about 140 million).
MAX_PNG_PIXELS = 400_000_000


class ExportError(Exception):
    """An export that cannot be made; ``str()`` is one plain sentence."""


class ExportCancelled(Exception):
    """The user pressed Cancel; files already finished stay, nothing is half-written."""


def pictures(project: Project, map_ids: Sequence[str], *, summary: bool = False) -> Iterator[MapPicture]:
    """Each map's picture in turn, built when needed and released after."""
    for map_id in map_ids:
        with map_picture(project, map_id, summary=summary) as picture:
            yield picture


def pdf_bytes(project: Project, map_ids: Sequence[str], setup: PageSetup, *, author: str = "",
              summary: bool = False, after_map: Callable[[], bool] | None = None) -> bytes:
    """A vector PDF: real, selectable text with embedded fonts; one page per map or a poster each."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(setup.page_layout())
    single = len(map_ids) == 1
    writer.setTitle(project.find(map_ids[0]).name if single else project.name)
    writer.setCreator(f"CX Designer {__version__}")
    writer.setAuthor(author)
    try:
        paint_sheets(writer, pictures(project, map_ids, summary=summary), setup, after_map=after_map)
    except TooSmall as error:
        raise ExportError(str(error)) from None
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data())


def svg_bytes(project: Project, map_id: str, *, summary: bool = False) -> bytes:
    """A map as SVG written from its layout (``svg_file.py``): layers, named groups, real ``<text>``,
    its size in pixels and a matching viewBox."""
    from cxdesigner.render.svg_file import map_svg
    return map_svg(project, map_id, summary=summary).encode("utf-8")


def png_size(picture: MapPicture, dpi: float) -> QSize:
    scale = dpi / UNITS_PER_INCH
    return QSize(max(1, round(picture.rect.width() * scale)), max(1, round(picture.rect.height() * scale)))


def png_bytes(project: Project, map_id: str, dpi: float = 150, *, transparent: bool = False,
              summary: bool = False, after_strip: Callable[[], bool] | None = None) -> bytes:
    """A map as PNG at ``dpi`` (recorded in the file), drawn in strips so that even a
    very long journey needs little memory (``png_file.py``). ``after_strip`` returning False cancels."""
    if not 24 <= dpi <= 1200:
        raise ExportError("Choose a resolution from 24 to 1200 dpi.")
    with map_picture(project, map_id, summary=summary) as picture:
        size = png_size(picture, dpi)
        width, height = size.width(), size.height()
        if width * height > MAX_PNG_PIXELS:
            raise ExportError(f"At {dpi:g} dpi this map would be {width:,} × {height:,} pixels, too large for "
                              "a PNG; choose a lower resolution, or export a PDF or SVG.")
        scale = dpi / UNITS_PER_INCH
        area = picture.rect

        def paint(painter: QPainter, rows: QRectF) -> None:
            source = QRectF(area.left(), area.top() + rows.top() / scale, area.width(), rows.height() / scale)
            picture.paint(painter, QRectF(0, 0, rows.width(), rows.height()), source)

        try:
            return png_stream(paint, width, height, dpi, transparent=transparent, after_strip=after_strip)
        except Cancelled:
            raise ExportCancelled() from None
