"""An SVG file turned into pixels by a renderer that is not ours, and two pictures compared.

rsvg-convert (librsvg) when it is installed, Qt's QSvgRenderer otherwise. QSvgRenderer (SVG Tiny)
ignores where a ``<tspan>`` is placed and runs a text's lines together, so before it draws, each
line becomes a ``<text>`` of its own at the place the file gives it; rsvg-convert reads the file as
it is.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = "{http://www.w3.org/2000/svg}"
for prefix, uri in (("", "http://www.w3.org/2000/svg"), ("xlink", "http://www.w3.org/1999/xlink"),
                    ("inkscape", "http://www.inkscape.org/namespaces/inkscape")):
    ET.register_namespace(prefix, uri)


def rasterised(svg: bytes, tmp_path, width: int, height: int) -> QImage:
    """``svg`` drawn ``width`` x ``height`` pixels on white."""
    if shutil.which("rsvg-convert"):
        source, target = tmp_path / "raster.svg", tmp_path / "raster.png"
        source.write_bytes(svg)
        subprocess.run(["rsvg-convert", "-w", str(width), "-h", str(height), "-b", "white", "-o", str(target),
                        str(source)], check=True)
        return QImage(str(target))
    renderer = QSvgRenderer(QByteArray(_lines_apart(svg)))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def _lines_apart(svg: bytes) -> bytes:
    root = ET.fromstring(svg)
    for parent in root.iter():
        for index, child in reversed(list(enumerate(parent))):
            if child.tag != SVG + "text" or not len(child):
                continue
            y, lines = float(child.get("y")), []
            for span in child:
                y += float(span.get("dy", "0"))
                line = ET.Element(SVG + "text", {k: v for k, v in child.attrib.items() if k not in ("x", "y")})
                line.set("x", span.get("x"))
                line.set("y", str(y))
                line.text = span.text
                lines.append(line)
            parent.remove(child)
            for offset, line in enumerate(lines):
                parent.insert(index + offset, line)
    return ET.tostring(root)


def _pixels(image: QImage, width: int, height: int) -> np.ndarray:
    small = image.convertToFormat(QImage.Format.Format_RGB888).scaled(
        width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    rows = np.frombuffer(small.constBits(), np.uint8).reshape(height, small.bytesPerLine())
    return rows[:, :width * 3].reshape(height, width, 3).astype(float)


def difference(a: QImage, b: QImage, shrink: int = 4, ink: int = 64) -> tuple[float, float]:
    """``(mean difference out of 255, share of pixels that differ by more than ink)`` of the two pictures
    shrunk ``shrink`` times (text antialiased differently blurs away; a missing mark does not)."""
    width, height = max(1, a.width() // shrink), max(1, a.height() // shrink)
    change = np.abs(_pixels(a, width, height) - _pixels(b, width, height)).max(axis=2)
    return float(change.mean()), float((change > ink).mean())
