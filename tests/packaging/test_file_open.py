"""A file double-clicked in Finder arrives as a FileOpen event and opens through open_path."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from cxdesigner.app import FileOpenHandler
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.storage import save_project
from cxdesigner.ui.main_window import MainWindow


@pytest.fixture
def handler(qapp):
    handler = FileOpenHandler()
    qapp.installEventFilter(handler)
    yield handler
    qapp.removeEventFilter(handler)


@pytest.fixture
def make_window(qtbot, tmp_path):
    def make(document=None):
        window = MainWindow(document, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window, before_close_func=lambda w: w.document and w.document.undo_stack.setClean())
        window.show()
        return window
    return make


@pytest.fixture
def hotel_file(tmp_path):
    path = tmp_path / "hotel.cxd"
    save_project(load_template("hotel"), path)
    return path


def file_open(path) -> bool:
    return QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))


def test_the_file_opens_in_the_window_on_its_start_page(handler, make_window, hotel_file):
    busy = make_window(Document(load_template("blank")))
    waiting = make_window()
    assert file_open(hotel_file)
    assert waiting.document.path == hotel_file and busy.document.path is None


def test_a_file_open_here_brings_its_window_forward(handler, make_window, hotel_file, monkeypatch):
    owner = make_window()
    owner.open_path(hotel_file)
    other = make_window()
    raised = []
    monkeypatch.setattr(MainWindow, "raise_", lambda window: raised.append(window))
    assert file_open(hotel_file)
    assert raised == [owner] and other.document is None
