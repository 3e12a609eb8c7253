"""The composition root: the QApplication, its identity, and the first window."""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from cxdesigner import __version__


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so settings and the desktop recognise it."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("CX Designer")
    app.setOrganizationName("CX Designer")
    app.setOrganizationDomain("cxdesigner.org")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.cxdesigner.CXDesigner")
    return app


def platform_problem(plugin: Path | None = None) -> str | None:
    """Why Qt's X11 plugin would fail to load, in one sentence (``None`` when it loads).

    Qt aborts the process when no platform plugin loads; checking first lets us say
    which system library is missing instead.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb" \
            or (os.environ.get("WAYLAND_DISPLAY") and not plugin):
        return None
    plugin = plugin or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        missing = re.match(r"([^:]+\.so[.\d]*): cannot open", str(error))
        what = f"the system library {missing.group(1)} is missing" if missing else str(error)
        return (f"The editor cannot start: {what}. Install your system's Qt/X11 runtime libraries "
                "(on Debian or Ubuntu: libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 and friends).")
    return None


def run(path: str | None) -> int:
    """Open the editor (on ``path`` when given) and run until it closes."""
    from cxdesigner.editor.document import Document
    from cxdesigner.interchange.templates import load_template
    from cxdesigner.storage import ProjectFileError
    from cxdesigner.ui.main_window import MainWindow

    app = create_application()
    document = Document(load_template("blank"))
    if path is not None:
        try:
            document = Document.open(path)
        except ProjectFileError as error:
            QMessageBox.warning(None, "CX Designer", str(error))
    window = MainWindow(document)
    window.show()
    return app.exec()
