"""About names the versions a bug report needs; Help opens the user guide."""

from __future__ import annotations

import platform

import pyqtgraph
import PySide6
import pytest
import sqlalchemy
from PySide6.QtCore import QSettings, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel

from cxdesigner import __version__
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.storage import SCHEMA_VERSION
from cxdesigner.ui.about import AboutDialog, app_icon
from cxdesigner.ui.guide import GuideWindow
from cxdesigner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    window = MainWindow(Document(load_template("hotel")), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window, before_close_func=lambda w: w.document and w.document.undo_stack.setClean())
    return window


def test_about_names_every_version_and_the_licence(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for version in (__version__, str(SCHEMA_VERSION), qVersion(), PySide6.__version__, pyqtgraph.__version__,
                    sqlalchemy.__version__, platform.python_version()):
        assert version in shown
    assert "GPL-3.0-or-later" in shown
    assert not dialog.findChildren(QLabel)[0].pixmap().isNull()
    dialog.copy_versions()
    copied = QGuiApplication.clipboard().text()
    assert f"CX Designer {__version__}" in copied and f"Qt {qVersion()}" in copied


def test_the_icon_has_every_size():
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == {16, 22, 24, 32, 48, 64, 128, 256, 512}


def test_help_menu_opens_the_guide_inside_the_app_and_about(window, monkeypatch):
    opened, shown = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    help_menu = window.help_menu
    guide, about_action = help_menu.actions()
    assert guide.text() == "&User Guide" and guide.shortcut().toString() == "F1"
    guide.trigger()
    about_action.trigger()
    assert opened == [] and len(shown) == 1  # no program for .md files is needed
    windows = window.findChildren(GuideWindow)
    assert len(windows) == 1 and windows[0].isVisible()
    guide.trigger()
    assert len(window.findChildren(GuideWindow)) == 1  # the same window comes forward
