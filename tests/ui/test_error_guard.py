"""An unexpected error is logged, work is saved first, the user reads one sentence."""

import logging

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from cxdesigner.ui.error_guard import ErrorGuard, logger, start_logging


@pytest.fixture
def guard(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText(),
                                                                       box.detailedText())))
    log_file = start_logging(tmp_path / "logs")
    saved = []
    guard = ErrorGuard(lambda: saved.append(1) or 1, log_file)
    guard.install()
    yield guard, shown, saved, log_file
    guard.uninstall()
    for handler in list(logger.handlers):
        if isinstance(handler, logging.FileHandler):
            logger.removeHandler(handler)
            handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_saved_and_explained(qtbot, guard):
    _, shown, saved, log_file = guard

    def broken_slot():
        raise RuntimeError("a bug in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown))
    text, informative, details = shown[0]
    assert text == "Something went wrong inside CX Designer. You can go on working."
    assert "recovery file" in informative and str(log_file) in informative
    assert "RuntimeError: a bug in a slot" in details and "Traceback" in details
    assert saved == [1]
    for handler in logger.handlers:
        handler.flush()
    assert "RuntimeError: a bug in a slot" in log_file.read_text(encoding="utf-8")


def test_a_read_only_log_folder_does_not_stop_the_editor(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert start_logging(blocker / "logs") is None
