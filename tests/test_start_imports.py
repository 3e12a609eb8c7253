"""Starting the editor on a file imports only what the first painted map needs.

SQLAlchemy is for saving (``storage/schema.py``, ``storage/writer.py``): opening reads
``storage/tables.py`` on plain sqlite3. pyqtgraph and numpy are for the Insights charts,
imported when the first chart is drawn (the map's satisfaction line is plain path items).
A subprocess runs ``python -m cxdesigner``'s own start (``cli.main``) on the hotel
sample, offscreen, until the window is shown and painted once, then reports.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "hotel.cxd"

START = r"""
import builtins, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

importers = {"pyqtgraph": set(), "numpy": set()}  # the modules of ours whose code imports them
plain_import = builtins.__import__
def watching(name, globals=None, locals=None, fromlist=(), level=0):
    top = name.partition(".")[0]
    if level == 0 and top in importers and (globals or {}).get("__name__", "").startswith("cxdesigner"):
        importers[top].add(globals["__name__"])
    return plain_import(name, globals, locals, fromlist, level)
builtins.__import__ = watching

shown = {}
run_loop = QApplication.exec
def until_shown(app):
    from cxdesigner.ui.main_window import MainWindow
    window = MainWindow.open_windows()[0]
    shown.update(visible=window.isVisible(), title=window.windowTitle(),
                 cards=len(window.scene.cards) if window.scene else 0)
    QTimer.singleShot(0, app.quit)
    return run_loop()
QApplication.exec = until_shown

from cxdesigner.cli import main
code = main([sys.argv[1]])
print(json.dumps({"code": code, "shown": shown, "sqlalchemy": "sqlalchemy" in sys.modules,
                  "pyqtgraph": "pyqtgraph" in sys.modules, "numpy": "numpy" in sys.modules,
                  "importers": {k: sorted(v) for k, v in importers.items()}}))
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    sample = home / "hotel.cxd"
    sample.write_bytes(SAMPLE.read_bytes())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home),
           "XDG_STATE_HOME": str(home), "XDG_CACHE_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", START, str(sample)], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0 and report["shown"]["visible"] and report["shown"]["cards"] > 0, report
    return report


def test_opening_a_file_at_start_never_imports_sqlalchemy(started):
    assert started["sqlalchemy"] is False


def test_neither_pyqtgraph_nor_numpy_is_imported_at_start(started):
    assert not started["pyqtgraph"] and not started["numpy"], f"imported at start by {started['importers']}"
