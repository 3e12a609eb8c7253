"""Bad and odd project files, made on the spot from a good one, and small images in pure Python.

Each maker takes the path of a good ``.cxd`` (the hotel template, several pages)
and a path to create; it returns nothing. ``BAD`` pairs each with the words its
refusal must contain.
"""

from __future__ import annotations

import random
import sqlite3
import struct
import zlib
from pathlib import Path

from cxdesigner.storage import SCHEMA_VERSION
from cxdesigner.storage.limits import MAX_FILE_BYTES, MAX_PHOTO_BYTES, MAX_ROWS, MAX_TEXT_BYTES

PAGE = 4096


# -- images ----------------------------------------------------------------------

def png(width: int, height: int, *, claimed: tuple[int, int] | None = None) -> bytes:
    """A real grey PNG; ``claimed`` puts other dimensions in its header (pixels unchanged)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    w, h = claimed or (width, height)
    header = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\x80" * width for _ in range(height)))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def gif(width: int, height: int, frame: tuple[int, int] | None = None) -> bytes:
    """A GIF with a two-colour palette; ``frame`` gives its first frame other dimensions."""
    fw, fh = frame or (width, height)
    return (b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
            + b"\x21\xf9\x04\x01\x00\x00\x00\x00" + b"\x2c" + struct.pack("<HHHHB", 0, 0, fw, fh, 0)
            + b"\x02\x02\x44\x01\x00\x3b")


def bmp(width: int, height: int) -> bytes:
    """A real 24-bit BMP, bottom-up."""
    row = (b"\x10\x20\x30" * width).ljust((width * 3 + 3) // 4 * 4, b"\x00")
    pixels = row * height
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + len(info) + len(pixels), 0, 0, 14 + len(info)) + info + pixels


def jpeg_header(width: int, height: int) -> bytes:
    """The start of a baseline JPEG: SOI, an APP0 segment and a frame header (no pixels)."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def webp_lossless_header(width: int, height: int) -> bytes:
    """The start of a lossless WebP: 14 bits per side, each minus one."""
    bits = (width - 1) | (height - 1) << 14
    payload = b"\x2f" + struct.pack("<I", bits) + b"\x00" * 8
    return b"RIFF" + struct.pack("<I", 4 + 8 + len(payload)) + b"WEBPVP8L" + struct.pack("<I", len(payload)) + payload


# -- bad files -------------------------------------------------------------------

def _copy(good: Path, path: Path) -> None:
    path.write_bytes(good.read_bytes())


def _sql(*statements: str, setup=None):
    def make(good: Path, path: Path) -> None:
        _copy(good, path)
        with sqlite3.connect(path) as db:
            if setup:
                setup(db)
            for statement in statements:
                db.execute(statement)
        db.close()
    return make


def _bytes(data: bytes):
    return lambda good, path: path.write_bytes(data)


def _truncated(keep):
    def make(good: Path, path: Path) -> None:
        data = good.read_bytes()
        path.write_bytes(data[:keep(len(data))])
    return make


def _random_after_header(good: Path, path: Path) -> None:
    data = good.read_bytes()
    path.write_bytes(data[:100] + random.Random(2).randbytes(len(data) - 100))


def _flipped(page_of):
    """Every bit of the first 64 bytes of one page inverted: its b-tree page header and first cells."""
    def make(good: Path, path: Path) -> None:
        data = bytearray(good.read_bytes())
        start = page_of(len(data) // PAGE) * PAGE
        data[start:start + 64] = bytes(b ^ 0xFF for b in data[start:start + 64])
        path.write_bytes(bytes(data))
    return make


def _another_app(good: Path, path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        db.execute("INSERT INTO contacts VALUES ('Ann', '555')")
    db.close()


def _wal(good: Path, path: Path) -> None:
    _copy(good, path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.close()  # the last connection checkpoints and removes -wal and -shm; the header says WAL


def _interrupted(good: Path, path: Path) -> None:
    """A file with a hot journal beside it: another program stopped in the middle of a write."""
    _copy(good, path)
    Path(f"{path}-journal").write_bytes(random.Random(3).randbytes(PAGE))


def _too_large(good: Path, path: Path) -> None:
    """A good file's bytes, then a hole up to past the size limit (a sparse file: no time, no disk)."""
    _copy(good, path)
    with open(path, "r+b") as handle:
        handle.truncate(MAX_FILE_BYTES + PAGE)


def _photo(data: bytes):
    return _sql(setup=lambda db: db.execute(
        "UPDATE persona SET photo = ? WHERE rowid = (SELECT min(rowid) FROM persona)", (data,)))


def _many_channels(db: sqlite3.Connection) -> None:
    db.executemany("INSERT INTO channel VALUES (?, ?, 'Channel', 'digital', '#000000', '')",
                   ((f"extra-{i}", 100 + i) for i in range(MAX_ROWS["channel"] + 1)))


def _big_text(size: int):
    def setup(db: sqlite3.Connection) -> None:
        db.execute("UPDATE touchpoint SET description = ? WHERE rowid = (SELECT min(rowid) FROM touchpoint)",
                   ("é" * (size // 2),))
    return _sql(setup=setup)


#: name -> (maker, a regular expression the one-line refusal must match)
BAD = {
    "empty": (_bytes(b""), "is empty"),
    "zeros": (_bytes(bytes(3 * PAGE)), "not a database file"),
    "random": (_bytes(random.Random(1).randbytes(5 * PAGE)), "not a database file"),
    "header then random": (_random_after_header, "damaged"),
    "cut at 50 bytes": (_truncated(lambda n: 50), "truncated"),
    "cut at 100 bytes": (_truncated(lambda n: 100), "truncated"),
    "cut after page 1": (_truncated(lambda n: PAGE), "truncated"),
    "cut in half": (_truncated(lambda n: n // 2), "truncated"),
    "cut in the last page": (_truncated(lambda n: n - 100), "truncated"),
    "page 2 flipped": (_flipped(lambda pages: 1), "damaged"),
    "middle page flipped": (_flipped(lambda pages: pages // 2), "damaged"),
    "last page flipped": (_flipped(lambda pages: pages - 1), "damaged"),
    "another app": (_another_app, "belongs to another program"),
    "wrong application id": (_sql("PRAGMA application_id = 1234"), "belongs to another program"),
    "newer": (_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 3}"),
              rf"newer CX Designer \(file format {SCHEMA_VERSION + 3}; this version reads up to {SCHEMA_VERSION}\)"
              r"\. Update CX Designer to open it\."),
    "no version": (_sql("PRAGMA user_version = 0"), "no file format version"),
    "trigger": (_sql("CREATE TRIGGER t AFTER INSERT ON note BEGIN DELETE FROM note; END"), "triggers"),
    "view": (_sql("CREATE VIEW v AS SELECT * FROM touchpoint"), "views"),
    "virtual table": (_sql("CREATE VIRTUAL TABLE search USING fts5(text)"), "virtual tables"),
    "wal mode": (_wal, "WAL journal mode"),
    "interrupted writer": (_interrupted, "interrupted while writing it"),
    "larger than the limit": (_too_large, f"more than CX Designer accepts \\({MAX_FILE_BYTES // 2**20} MB\\)"),
    "long text": (_big_text(MAX_TEXT_BYTES + 2), r"a text in touchpoint is 4\.0 MB long, more than"),
    "huge text": (_big_text(MAX_PHOTO_BYTES + 2), r"a value larger than CX Designer accepts \(16 MB\)"),
    "png bomb": (_photo(png(1, 1, claimed=(100_000, 100_000))), "photo claims to be 100,000 x 100,000 pixels"),
    "gif frame bomb": (_photo(gif(2, 2, frame=(60_000, 60_000))), "photo claims to be 60,000 x 60,000 pixels"),
    "jpeg bomb": (_photo(jpeg_header(65_000, 65_000)), "photo claims to be 65,000 x 65,000"),
    "malformed png": (_photo(png(1, 1)[:20]), "photo is a damaged image"),
    "too many rows": (_sql(setup=_many_channels),
                      f"rows in channel, more than CX Designer accepts \\({MAX_ROWS['channel']:,}\\)"),
    "blob in a text column": (_sql("UPDATE touchpoint SET title = x'0102'"), "wrong values in touchpoint"),
    "text in a number column": (_sql("UPDATE rating SET value = 'very good'"), "damaged.*rating"),
    "text in an integer column": (_sql("UPDATE pain_point SET severity = 'high'"), "damaged.*severity"),
    "two projects": (_sql("INSERT INTO project SELECT 'x', name, description, saved_by FROM project"),
                     "2 projects"),
    "missing table": (_sql("DROP TABLE note"), "damaged.*no such table"),
    "dangling reference": (_sql("UPDATE touchpoint SET stage_id = 'nowhere'"), "damaged.*stage"),
}
