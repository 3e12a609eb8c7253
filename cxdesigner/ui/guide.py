"""Help > User Guide: the guide's Markdown shown inside CX Designer, with its pictures.

It works offline everywhere and needs no program for ``.md`` files. The guide ships
with the package (in ``cxdesigner/resources/docs``); links between its pages open here,
web links in the browser, and the contents at the top jump to their section.
"""

from __future__ import annotations

import re
import unicodedata
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout

MAX_PICTURE_WIDTH = 860


def guide_path() -> Path:
    """The user guide: installed with the program's resources, or this source tree's ``docs/``."""
    installed = Path(str(resources.files("cxdesigner.resources"))) / "docs" / "user-guide.md"
    return installed if installed.is_file() else Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"


def slug(title: str) -> str:
    """A heading's anchor as GitHub writes it: "6. Rate satisfaction" -> "6-rate-satisfaction"."""
    text = unicodedata.normalize("NFKD", title).lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


class GuideBrowser(QTextBrowser):
    """Markdown pages whose headings are anchors and whose pictures fit the window."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenExternalLinks(True)
        self.setAccessibleName(self.tr("User guide"))

    def loadResource(self, kind: int, url: QUrl):
        data = super().loadResource(kind, url)
        if kind == QTextDocument.ResourceType.ImageResource.value and isinstance(data, QImage | bytes):
            image = data if isinstance(data, QImage) else QImage.fromData(data)
            if image.width() > MAX_PICTURE_WIDTH:
                image = image.scaledToWidth(MAX_PICTURE_WIDTH)
            return image
        return data

    def doSetSource(self, url: QUrl, kind=QTextDocument.ResourceType.UnknownResource) -> None:
        super().doSetSource(url, kind)
        self._anchor_headings()

    def _anchor_headings(self) -> None:
        """Make every heading a named anchor, so "#6-rate-satisfaction" links land on it."""
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                cursor = self.textCursor()
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + block.length() - 1, cursor.MoveMode.KeepAnchor)
                anchor = QTextCharFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([slug(block.text())])
                cursor.mergeCharFormat(anchor)
            block = block.next()


class GuideWindow(QDialog):
    """The guide in its own window, beside the editor (not modal)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CX Designer user guide"))
        self.resize(960, 760)
        layout = QVBoxLayout(self)
        self.browser = GuideBrowser()
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.setShortcut(QKeySequence.StandardKey.Back)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        home = QPushButton(self.tr("Contents"))
        home.clicked.connect(self.browser.home)
        row.addWidget(back)
        row.addWidget(home)
        row.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row.addWidget(buttons)
        layout.addLayout(row)
        back.setEnabled(False)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())), QTextDocument.ResourceType.MarkdownResource)
