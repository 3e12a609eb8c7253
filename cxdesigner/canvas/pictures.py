"""Pictures from a project file (persona photos, storyboard pictures) turned into images.

A picture is decoded only as the format its header names (never by Qt's guess among
every format it knows: a file from anyone must not reach a rarely used decoder), and
one that cannot be is no picture at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from cxdesigner.inputs import InputError, read_limited
from cxdesigner.storage.images import FORMATS, MalformedImage, image_info, image_problem
from cxdesigner.storage.limits import MAX_PHOTO_BYTES

#: Pictures are stored scaled down to this many pixels on their longer side.
STORED_SIDE = 480


def decoded(data: bytes | None) -> QImage:
    """The image ``data`` holds, or a null image."""
    if not data:
        return QImage()
    try:
        info = image_info(data)
    except MalformedImage:
        return QImage()
    return QImage.fromData(data, info.format.upper()) if info else QImage()


def stored(image: QImage, side: int = STORED_SIDE) -> bytes:
    """``image`` shrunk to fit ``side`` pixels, as PNG bytes: what the file keeps."""
    if max(image.width(), image.height()) > side:
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def picture_from_file(path) -> QImage:
    """The picture in the file the user chose or dropped; ``InputError`` (one plain sentence) when
    it is no picture, too large, damaged, or not a regular file at all (a pipe, a device)."""
    name = Path(path).name
    data = read_limited(path, MAX_PHOTO_BYTES, "picture")
    problem = image_problem(data)
    if problem:
        raise InputError(f"{name} {problem}.")
    image = decoded(data)
    if image.isNull():
        raise InputError(f"{name} is not a picture CX Designer can read (it takes {FORMATS}).")
    return image
