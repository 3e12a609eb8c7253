"""The composition root: the QApplication, its identity, and the first window."""

from __future__ import annotations

import sys

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


def run(path: str | None) -> int:
    """Open the editor (on ``path`` when given) and run until it closes."""
    from cxdesigner.storage import ProjectFileError, open_project
    from cxdesigner.ui.overview_window import OverviewWindow

    app = create_application()
    project = None
    if path is not None:
        try:
            project = open_project(path)
        except ProjectFileError as error:
            QMessageBox.warning(None, "CX Designer", str(error))
    window = OverviewWindow(project, path)
    window.show()
    return app.exec()
