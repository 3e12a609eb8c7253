"""Unexpected errors: logged, open work saved to recovery copies first, then one plain
sentence with a copyable report, and the editor carries on.

A bug must never cost work or show a traceback as the only message. The report
goes to a rotating log in the user's log folder and into the dialog's details,
ready to paste into a bug report.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from cxdesigner import __version__

LOG_NAME = "cxdesigner.log"
logger = logging.getLogger("cxdesigner")


def log_directory() -> Path:
    import platformdirs
    return Path(platformdirs.user_log_dir("cxdesigner", appauthor=False))


def start_logging(directory: Path | None = None) -> Path | None:
    """Log to ``cxdesigner.log`` (1 MB, three old ones kept); None when the folder is not writable."""
    directory = directory or log_directory()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(directory / LOG_NAME, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return directory / LOG_NAME


class ErrorGuard:
    """Catches what no code caught, on the main thread and in worker threads."""

    def __init__(self, save_work: Callable[[], int], log_file: Path | None) -> None:
        self.save_work, self.log_file = save_work, log_file
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.record(args.exc_type, args.exc_value, args.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = threading.__excepthook__

    def record(self, kind, value, trace) -> str:
        report = "".join(traceback.format_exception(kind, value, trace))
        logger.error("Unexpected error in CX Designer %s (Python %s, %s)\n%s", __version__,
                     platform.python_version(), platform.platform(), report)
        return report

    def handle(self, kind, value, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, trace)
            return
        report = self.record(kind, value, trace)
        try:
            saved = self.save_work()
        except Exception:  # noqa: BLE001 - saving must not hide the first error
            logger.exception("Saving recovery copies after an error failed")
            saved = 0
        if self._showing or QApplication.instance() is None:
            return  # an error while the message is up: logged, not stacked
        self._showing = True
        try:
            self.show(report, saved)
        finally:
            self._showing = False

    def show(self, report: str, saved: int) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("ErrorGuard", "CX Designer"))
        box.setText(QApplication.translate("ErrorGuard", "Something went wrong inside CX Designer. "
                                                        "You can go on working."))
        details = []
        if saved:
            details.append(QApplication.translate("ErrorGuard", "Your unsaved work was copied to a recovery file."))
        if self.log_file is not None:
            details.append(QApplication.translate("ErrorGuard", "The details are also in %1.").replace(
                "%1", str(self.log_file)))
        box.setInformativeText(" ".join(details))
        box.setDetailedText(f"CX Designer {__version__}, Python {platform.python_version()}, "
                            f"{platform.platform()}\n\n{report}")
        box.exec()
