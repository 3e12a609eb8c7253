"""The About box.

About names every version a bug report needs (ours, the file format's, Qt's, the
Python libraries') and can copy them in one click.
"""

from __future__ import annotations

import platform
from importlib import resources

import PySide6
from PySide6.QtCore import QCoreApplication, QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout

from cxdesigner import __version__
from cxdesigner.storage import SCHEMA_VERSION

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application icon at every size drawn for it (PNGs, so no SVG plugin is needed)."""
    folder = resources.files("cxdesigner.resources") / "icons" / "app"
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"app-{size}.png"), QSize(size, size))
    return icon


def versions() -> list[tuple[str, str]]:
    """(what, version) for this program and what it runs on.

    The libraries opening a map does not need are imported here, when the box is shown.
    """
    import pyqtgraph
    import sqlalchemy

    return [("CX Designer", __version__), (QCoreApplication.translate("AboutDialog", "File format"), str(SCHEMA_VERSION)),
            ("Qt", qVersion()), ("PySide6", PySide6.__version__), ("pyqtgraph", pyqtgraph.__version__),
            ("SQLAlchemy", sqlalchemy.__version__), ("Python", platform.python_version())]


class AboutDialog(QDialog):
    """The icon, what CX Designer is, the versions and the licence."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CX Designer"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("<h2>CX Designer %1</h2>").replace("%1", __version__))
        summary = QLabel(self.tr("A desktop editor for customer experience maps."))
        self.details = QFormLayout()
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.details.setHorizontalSpacing(16)
        self.details.setVerticalSpacing(4)
        for what, version in versions()[1:]:
            value = QLabel(version)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(self.tr("%1:").replace("%1", what), value)
        self.links = QLabel(self.tr('Licence: <a href="%1">%2</a>').replace("%1", LICENCE_URL)
                            .replace("%2", LICENCE))
        self.links.setOpenExternalLinks(True)
        text = QVBoxLayout()
        text.setSpacing(6)
        for widget in (title, summary):
            text.addWidget(widget)
        text.addSpacing(8)
        text.addLayout(self.details)
        text.addSpacing(8)
        text.addWidget(self.links)
        row = QHBoxLayout()
        row.setSpacing(20)
        row.addWidget(icon)
        row.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy Versions"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("Copy the versions, for a bug report"))
        copy.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def versions_text(self) -> str:
        """One line per version, plus the system: what a bug report should carry."""
        lines = [f"{what} {version}" for what, version in versions()]
        return "\n".join([*lines, platform.platform()])

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(self.versions_text())
