"""The icons exist at every size the desktops ask for, and pack into .ico and .icns files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("packaging_icons", ROOT / "packaging" / "icons.py")
icons = importlib.util.module_from_spec(spec)
spec.loader.exec_module(icons)


@pytest.mark.parametrize("name,sizes", [("app", icons.APP_SIZES), ("document", icons.DOCUMENT_SIZES)])
def test_every_size_is_drawn(name, sizes):
    assert (icons.ICONS / f"{name}.svg").is_file()
    for size in sizes:
        assert icons.png_size(icons.png(name, size).read_bytes()) == (size, size)


def read_all(path: Path) -> list[int]:
    """The widths of every image in an icon file, as Qt reads them."""
    reader = QImageReader(str(path))
    widths = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        widths.append(reader.read().width())
    return widths


def test_ico_and_icns_hold_every_size(qapp, tmp_path):
    written = icons.bundle(tmp_path)
    assert sorted(p.name for p in written) == ["app.icns", "app.ico", "document.icns", "document.ico"]
    for name in ("app", "document"):
        assert read_all(tmp_path / f"{name}.ico") == list(icons.ICO_SIZES)
        data = (tmp_path / f"{name}.icns").read_bytes()
        assert data[:4] == b"icns" and int.from_bytes(data[4:8], "big") == len(data)
        if b"icns" in QImageReader.supportedImageFormats():
            assert read_all(tmp_path / f"{name}.icns") == [size for _, size in icons.ICNS_TYPES]


def test_bundling_is_reproducible(tmp_path):
    first = {p.name: p.read_bytes() for p in icons.bundle(tmp_path / "a")}
    second = {p.name: p.read_bytes() for p in icons.bundle(tmp_path / "b")}
    assert first == second
