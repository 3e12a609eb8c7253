"""Maps as PDF, SVG and PNG bytes, drawn from the same pictures as print.

Each function returns the whole file's bytes, so callers write them atomically:
a failed export never leaves half a file or clobbers an existing one.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

from cxdesigner import __version__
from cxdesigner.collector import collector_paused
from cxdesigner.model import Project
from cxdesigner.render.pages import PageSetup, TooSmall, paint_sheets
from cxdesigner.render.picture import UNITS_PER_INCH, MapPicture, map_picture

#: The most pixels one PNG may have (an A0 poster at 300 dpi is about 140 million).
MAX_PNG_PIXELS = 400_000_000
STRIP_BYTES = 32 * 1024 * 1024  # a PNG is drawn in strips of about this size
#: zlib's level for PNG pixels: 4 to 6 make files less than half the size of 1 to 3 at about
#: twice the time (see benchmarks/bench_export.py); 6 is the smallest, for a few per cent more time.
PNG_LEVEL = 6


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
    very long journey needs little memory. ``after_strip`` returning False cancels."""
    if not 24 <= dpi <= 1200:
        raise ExportError("Choose a resolution from 24 to 1200 dpi.")
    with map_picture(project, map_id, summary=summary) as picture:
        size = png_size(picture, dpi)
        width, height = size.width(), size.height()
        if width * height > MAX_PNG_PIXELS:
            raise ExportError(f"At {dpi:g} dpi this map would be {width:,} × {height:,} pixels, too large for "
                              "a PNG; choose a lower resolution, or export a PDF or SVG.")
        scale = dpi / UNITS_PER_INCH
        strip = max(1, min(height, STRIP_BYTES // (4 * width)))
        compressor = zlib.compressobj(PNG_LEVEL)
        chunks: list[bytes] = []
        # Each strip is compressed on a second thread (zlib lets go of the interpreter)
        # while the next one is painted; one strip waits at most, so memory stays two strips.
        # The cycle collector waits meanwhile: started by the second thread's allocations, it
        # would delete garbage Qt objects there while this one paints.
        with collector_paused(), ThreadPoolExecutor(max_workers=1) as worker:
            pending = None
            for top in range(0, height, strip):
                rows = min(strip, height - top)
                image = QImage(width, rows, QImage.Format.Format_RGBA8888_Premultiplied)
                image.fill(QColor(0, 0, 0, 0) if transparent else QColor("white"))
                painter = QPainter(image)
                source = QRectF(picture.rect.left(), picture.rect.top() + top / scale, picture.rect.width(),
                                rows / scale)
                picture.paint(painter, QRectF(0, 0, width, rows), source)
                painter.end()
                if transparent:  # PNG keeps colours apart from their opacity
                    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
                if pending is not None:
                    chunks += pending.result()
                pending = worker.submit(_deflate_rows, compressor, image, rows)
                if after_strip is not None and not after_strip():
                    pending.result()
                    raise ExportCancelled()
            if pending is not None:
                chunks += pending.result()
        chunks.append(compressor.flush())
    per_metre = round(dpi / 0.0254)
    return b"".join((b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)),
                     _chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),
                     _chunk(b"IDAT", b"".join(chunks)), _chunk(b"IEND", b"")))


def _deflate_rows(compressor, image: QImage, rows: int) -> list[bytes]:
    """The strip's rows, each after its filter byte (0: none), straight from the image's memory."""
    bits, stride, used = image.constBits(), image.bytesPerLine(), image.width() * 4
    out = []
    for row in range(rows):
        out.append(compressor.compress(b"\0"))
        out.append(compressor.compress(bits[row * stride: row * stride + used]))
    return out


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
