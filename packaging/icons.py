"""The application and document icons in every form a desktop asks for.

``python packaging/icons.py render`` draws the PNGs in ``resources/icons/app`` from
their SVGs with ``rsvg-convert`` (run it after changing an SVG and commit the PNGs,
so installing never needs an SVG renderer). The 16 to 32 pixel app icons come from
``app-small.svg``, a bolder drawing that stays legible that small.

``python packaging/icons.py bundle OUTDIR`` packs the committed PNGs into the
Windows ``.ico`` and macOS ``.icns`` files the build needs. Both formats are plain
containers of PNG images, so they are written here byte for byte, the same on every
machine, with no image library.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
APP_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DOCUMENT_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SMALL = 32  # at or below this size the app icon is drawn from app-small.svg

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entry types holding PNG data, and the pixel size each one carries.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def png(name: str, size: int) -> Path:
    """The committed PNG of icon ``name`` ("app" or "document") at ``size`` pixels."""
    return ICONS / f"{name}-{size}.png"


def render() -> list[Path]:
    """Draw every PNG from its SVG; needs rsvg-convert (Debian: librsvg2-bin)."""
    tool = shutil.which("rsvg-convert")
    if tool is None:
        raise SystemExit("rsvg-convert is needed to draw the icons (Debian: apt install librsvg2-bin).")
    written = []
    for name, sizes in (("app", APP_SIZES), ("document", DOCUMENT_SIZES)):
        for size in sizes:
            source = ICONS / ("app-small.svg" if name == "app" and size <= SMALL else f"{name}.svg")
            subprocess.run([tool, "--width", str(size), "--height", str(size), "--keep-aspect-ratio",
                            "--output", str(png(name, size)), str(source)], check=True)
            written.append(png(name, size))
    return written


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    return struct.unpack(">II", data[16:24])


def ico_bytes(images: list[bytes]) -> bytes:
    """A Windows icon holding each PNG as it is (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, offset = b"", 6 + 16 * len(images)
    for data in images:
        width, height = png_size(data)
        entries += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """A macOS icon family: each entry is a type, its length and a PNG."""
    body = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size]
                    for kind, size in ICNS_TYPES if size in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def bundle(folder: Path) -> list[Path]:
    """Write app.ico, document.ico, app.icns and document.icns into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in ("app", "document"):
        images = {size: png(name, size).read_bytes() for size in (*ICO_SIZES, 512)}
        for suffix, data in ((".ico", ico_bytes([images[s] for s in ICO_SIZES])), (".icns", icns_bytes(images))):
            target = folder / f"{name}{suffix}"
            target.write_bytes(data)
            written.append(target)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["render"] and len(argv) == 1:
        paths = render()
    elif argv[:1] == ["bundle"] and len(argv) == 2:
        paths = bundle(Path(argv[1]))
    else:
        print("usage: icons.py render | icons.py bundle OUTDIR", file=sys.stderr)
        return 2
    for path in paths:
        print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
