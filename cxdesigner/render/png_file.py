"""A picture as PNG bytes, painted in strips and compressed as it goes.

A 500-touchpoint map at 150 dpi is some 137,000 × 1,700 pixels: most of the time goes
into deflate. So each row is written less the row above it (PNG's Up filter): a map is
mostly rows like the one above, which become zeros that deflate packs smaller and
faster than the pixels themselves. An opaque map is written without its alpha. Each
strip is deflated on its own, by one of two threads while the next strip is painted,
and the pieces are joined into one zlib stream (as pigz does); a strip starts afresh,
which costs a few bytes for each 32 MB of pixels.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cxdesigner.collector import collector_paused

STRIP_BYTES = 32 * 1024 * 1024  # a PNG is drawn in strips of about this size
#: zlib's level for PNG pixels: 4 to 6 make files less than half the size of 1 to 3 for about
#: 1.25 times the time (see benchmarks/bench_export.py); 6 is the smallest, for no more than 4.
PNG_LEVEL = 6
_ADLER_BASE = 65521


class Cancelled(Exception):
    """``after_strip`` said to stop."""


def png_stream(paint: Callable[[QPainter, QRectF], None], width: int, height: int, dpi: float, *,
               transparent: bool = False, after_strip: Callable[[], bool] | None = None) -> bytes:
    """The PNG of ``width`` × ``height`` pixels that ``paint(painter, rows)`` draws, ``rows`` being
    the strip's rectangle in the image's pixels. ``after_strip`` returning False cancels."""
    channels = 4 if transparent else 3
    strip = max(1, min(height, STRIP_BYTES // (4 * width)))
    pieces: list[Future] = []
    above = None
    # At most two strips wait to be deflated, so memory stays three strips. The cycle
    # collector waits meanwhile: started by another thread's allocations, it would delete
    # garbage Qt objects there while this one paints.
    with collector_paused(), ThreadPoolExecutor(max_workers=2) as workers:
        for top in range(0, height, strip):
            rows = min(strip, height - top)
            image = QImage(width, rows, QImage.Format.Format_RGBA8888_Premultiplied)
            image.fill(QColor(0, 0, 0, 0) if transparent else QColor("white"))
            painter = QPainter(image)
            paint(painter, QRectF(0, top, width, rows))
            painter.end()
            # PNG keeps colours apart from their opacity; an opaque map needs none
            image = image.convertToFormat(QImage.Format.Format_RGBA8888 if transparent
                                          else QImage.Format.Format_RGB888)
            if len(pieces) >= 2:
                pieces[-2].result()
            pieces.append(workers.submit(_deflate_strip, image, channels, above, top + rows == height))
            start = (rows - 1) * image.bytesPerLine()
            above = bytes(image.constBits()[start:start + width * channels])
            if after_strip is not None and not after_strip():
                raise Cancelled()
        deflated = [piece.result() for piece in pieces]
    checksum = 1
    for _, adler, length in deflated:
        checksum = _adler32_combine(checksum, adler, length)
    per_metre = round(dpi / 0.0254)
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if transparent else 2, 0, 0, 0)
    data = b"".join((b"\x78\x9c", *(piece for piece, _, _ in deflated), struct.pack(">I", checksum)))
    return b"".join((b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", header),
                     _chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),
                     _chunk(b"IDAT", data), _chunk(b"IEND", b"")))


def _deflate_strip(image: QImage, channels: int, above: bytes | None, last: bool) -> tuple[bytes, int, int]:
    """The strip's rows, each after its filter byte (2: Up) and less the row above (``above`` for
    its first, the previous strip's last), as raw deflate that the next strip's can follow; with
    the filtered bytes' Adler-32 and length."""
    import numpy

    used = image.width() * channels
    pixels = numpy.frombuffer(image.constBits(), numpy.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = pixels[:, :used]
    filtered = numpy.empty((image.height(), used + 1), numpy.uint8)
    filtered[:, 0] = 2
    numpy.subtract(pixels[1:], pixels[:-1], out=filtered[1:, 1:])
    filtered[0, 1:] = pixels[0] if above is None else pixels[0] - numpy.frombuffer(above, numpy.uint8)
    compressor = zlib.compressobj(PNG_LEVEL, zlib.DEFLATED, -15)
    data = compressor.compress(filtered.data) + compressor.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)
    return data, zlib.adler32(filtered.data), filtered.size


def _adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two byte strings joined, from theirs (zlib's adler32_combine)."""
    rem = second_length % _ADLER_BASE
    low = first & 0xFFFF
    high = (rem * low + (first >> 16) + (second >> 16) + _ADLER_BASE - rem) % _ADLER_BASE
    low = (low + (second & 0xFFFF) + _ADLER_BASE - 1) % _ADLER_BASE
    return low | high << 16


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(data, zlib.crc32(kind)))
