"""A PNG file read chunk by chunk, for tests that check what the PNG writer wrote."""

import struct
import zlib


def png_pixels(data: bytes) -> tuple[int, int, int, bytes]:
    """Width, height, colour type and the filtered rows of a PNG, read with Python's own zlib
    (which checks the stream's Adler-32, where an image reader might let it pass)."""
    chunks, at = {}, 8
    while at < len(data):
        (length,), kind = struct.unpack(">I", data[at:at + 4]), data[at + 4:at + 8]
        body = data[at + 8:at + 8 + length]
        assert struct.unpack(">I", data[at + 8 + length:at + 12 + length])[0] == zlib.crc32(kind + body)
        chunks[kind] = chunks.get(kind, b"") + body
        at += 12 + length
    width, height, _, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    return width, height, colour, zlib.decompress(chunks[b"IDAT"])
