"""Image sizes read from file headers, in pure Python, without decoding a pixel.

Persona photos come from files, and a small file can claim a huge picture (a
decompression bomb). Reading the width and height from the header lets us
refuse such a photo before anything tries to decode it. PNG, JPEG, GIF, WebP
and BMP are recognised; other bytes are reported as unrecognised (``None``).
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

#: A photo's pixels decoded as 32-bit colour must stay well below Qt's own 256 MB
#: allocation limit: 32 million pixels is 128 MB, more than a 24-megapixel camera photo.
MAX_IMAGE_PIXELS = 32_000_000
#: Neither side may exceed this, whatever the other side is.
MAX_IMAGE_SIDE = 16_384
FORMATS = "PNG, JPEG, GIF, WebP or BMP"


class MalformedImage(ValueError):
    """The bytes start like a known image format, but the header does not hold together."""


@dataclass(frozen=True)
class ImageInfo:
    """What an image's header says: ``format`` is ``"png"``, ``"jpeg"``, ``"gif"``, ``"webp"`` or ``"bmp"``."""

    format: str
    width: int
    height: int


def image_info(data: bytes) -> ImageInfo | None:
    """The format and size ``data``'s header claims, or ``None`` for bytes in no format we know.

    Raises ``MalformedImage`` when the bytes start like a known format but its
    header is cut short or impossible (a zero side, say).
    """
    for sniff, read in _READERS:
        if sniff(data):
            try:
                width, height = read(data)
            except MalformedImage:
                raise
            except (struct.error, IndexError, ValueError) as error:
                raise MalformedImage("its header is cut short") from error
            if width <= 0 or height <= 0:
                raise MalformedImage("its header gives no size")
            return ImageInfo(read.__name__.removeprefix("_"), width, height)
    return None


def image_problem(data: bytes) -> str | None:
    """Why ``data`` may not be kept as a photo (a phrase to put after "the photo"), or ``None``.

    Bytes in a format we do not recognise are not a problem here: storage keeps them
    as they are, and the interface shows only photos ``image_info`` recognises.
    """
    try:
        info = image_info(data)
    except MalformedImage as error:
        return f"is a damaged image ({error})"
    if info is None:
        return None
    if max(info.width, info.height) > MAX_IMAGE_SIDE or info.width * info.height > MAX_IMAGE_PIXELS:
        return (f"claims to be {info.width:,} x {info.height:,} pixels, more than CX Designer accepts "
                f"({MAX_IMAGE_PIXELS // 1_000_000} million pixels, {MAX_IMAGE_SIDE:,} a side)")
    return None


def _png(data: bytes) -> tuple[int, int]:
    if data[12:16] != b"IHDR":
        raise MalformedImage("its header does not start with IHDR")
    return struct.unpack(">II", data[16:24])


def _gif(data: bytes) -> tuple[int, int]:
    """The larger of the logical screen and the first frame: a frame may claim more than the screen."""
    width, height, flags = struct.unpack("<HHB", data[6:11])
    offset = 13 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0)
    while True:
        marker = data[offset]
        if marker == 0x21:  # extension: label, then sub-blocks up to an empty one
            offset += 2
            while data[offset]:
                offset += data[offset] + 1
            offset += 1
        elif marker == 0x2C:  # the first image descriptor
            frame_width, frame_height = struct.unpack("<HH", data[offset + 5:offset + 9])
            return max(width, frame_width), max(height, frame_height)
        else:  # the trailer, or garbage: no frame at all
            raise MalformedImage("it holds no picture")


def _jpeg(data: bytes) -> tuple[int, int]:
    offset = 2
    while True:
        # Searches in C: a hostile file may hold megabytes of bytes between markers.
        found = _NOT_FILL.search(data, data.index(b"\xff", offset))
        if found is None:
            raise MalformedImage("it has no frame header")
        marker, offset = data[found.start()], found.end()
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            continue
        if marker in (0xD9, 0xDA):
            raise MalformedImage("it has no frame header")
        (length,) = struct.unpack(">H", data[offset:offset + 2])
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            height, width = struct.unpack(">HH", data[offset + 3:offset + 7])
            return width, height
        if length < 2:
            raise MalformedImage("a segment has an impossible length")
        offset += length


def _webp(data: bytes) -> tuple[int, int]:
    chunk = data[12:16]
    if chunk == b"VP8X":  # extended: the canvas every frame is drawn on
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        _require_length(data, 30)
        return width, height
    if chunk == b"VP8L":  # lossless: 14 bits each, minus one
        if data[20] != 0x2F:
            raise MalformedImage("its lossless header is wrong")
        (bits,) = struct.unpack("<I", data[21:25])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 ":  # lossy: a key frame's start code, then 14 bits each
        if data[23:26] != b"\x9d\x01\x2a":
            raise MalformedImage("its key frame is missing")
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    raise MalformedImage("it has no image chunk")


def _bmp(data: bytes) -> tuple[int, int]:
    (header,) = struct.unpack("<I", data[14:18])
    if header == 12:  # OS/2 core header: unsigned 16-bit sides
        return struct.unpack("<HH", data[18:22])
    width, height = struct.unpack("<ii", data[18:26])
    return width, abs(height)  # a negative height only means top-down rows


def _require_length(data: bytes, length: int) -> None:
    if len(data) < length:
        raise MalformedImage("its header is cut short")


_NOT_FILL = re.compile(rb"[^\xff]")
#: BMP is recognised only with a plausible header size, so that two stray bytes "BM" are not taken for one.
_BMP_HEADERS = (12, 40, 52, 56, 64, 108, 124)
_READERS = (
    (lambda d: d.startswith(b"\x89PNG\r\n\x1a\n"), _png),
    (lambda d: d.startswith(b"\xff\xd8\xff"), _jpeg),
    (lambda d: d[:6] in (b"GIF87a", b"GIF89a"), _gif),
    (lambda d: d.startswith(b"RIFF") and d[8:12] == b"WEBP", _webp),
    (lambda d: d.startswith(b"BM") and len(d) >= 18 and struct.unpack("<I", d[14:18])[0] in _BMP_HEADERS, _bmp),
)
