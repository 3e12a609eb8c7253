"""The layering rules of DESIGN.md, checked in fresh interpreters."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize("package,forbidden", [
    ("cxdesigner.model", ("PySide6", "sqlalchemy")),
    ("cxdesigner.analysis.curve", ("PySide6", "sqlalchemy")),
    ("cxdesigner.analysis.stats", ("PySide6", "sqlalchemy", "scipy", "numpy")),
    ("cxdesigner.analysis.measured", ("PySide6", "sqlalchemy", "scipy", "numpy")),
    ("cxdesigner.analysis.nps", ("PySide6", "sqlalchemy", "scipy", "numpy")),
    ("cxdesigner.analysis.scores", ("PySide6", "sqlalchemy", "scipy", "numpy")),
    ("cxdesigner.analysis.gaps", ("PySide6", "sqlalchemy", "scipy", "numpy")),
    ("cxdesigner.analysis.targets", ("PySide6", "sqlalchemy", "scipy", "numpy")),
    ("cxdesigner.analysis.definitions", ("PySide6", "sqlalchemy")),
    ("cxdesigner.analysis.matching", ("PySide6", "sqlalchemy")),
    ("cxdesigner.analysis.responses", ("PySide6", "sqlalchemy", "scipy", "numpy")),
    ("cxdesigner.analysis.waves", ("PySide6", "sqlalchemy", "scipy", "numpy")),
    ("cxdesigner.analysis.planning", ("PySide6", "sqlalchemy", "scipy", "numpy")),
    ("cxdesigner.waves_command", ("PySide6", "sqlalchemy", "pyqtgraph")),
    ("cxdesigner.interchange.survey_csv", ("PySide6", "sqlalchemy", "scipy", "numpy")),
    ("cxdesigner.merge", ("PySide6", "sqlalchemy")),
    # opening a file reads storage/tables.py on sqlite3: SQLAlchemy is loaded by the first save
    ("cxdesigner.storage", ("PySide6", "sqlalchemy")),
    ("cxdesigner.storage.recovery", ("PySide6", "sqlalchemy")),
    ("cxdesigner.storage.conflicted", ("PySide6", "sqlalchemy")),
    ("cxdesigner.interchange.json_form", ("PySide6", "sqlalchemy")),
    ("cxdesigner.interchange.templates", ("PySide6", "sqlalchemy")),
    ("cxdesigner.interchange.csv_form", ("PySide6", "sqlalchemy")),
    ("cxdesigner.interchange.mermaid", ("PySide6", "sqlalchemy")),
    # openpyxl is loaded when a workbook is read or written, not by importing these
    ("cxdesigner.interchange.workbook", ("PySide6", "sqlalchemy", "openpyxl")),
    ("cxdesigner.interchange.map_workbook", ("PySide6", "sqlalchemy", "openpyxl")),
    ("cxdesigner.interchange.table_import", ("PySide6", "sqlalchemy", "openpyxl")),
    ("cxdesigner.interchange.survey_sources", ("PySide6", "sqlalchemy", "openpyxl", "scipy", "numpy")),
    ("cxdesigner.table_command", ("PySide6", "openpyxl", "pyqtgraph")),
    ("cxdesigner.collector", ("PySide6", "sqlalchemy")),
    ("cxdesigner.cli", ("PySide6", "sqlalchemy", "pyqtgraph", "openpyxl")),
    ("cxdesigner.compare_cli", ("PySide6", "sqlalchemy", "pyqtgraph", "cxdesigner.merge")),
    ("cxdesigner.editor.document", ("PySide6.QtWidgets", "cxdesigner.canvas", "cxdesigner.ui", "sqlalchemy")),
    # the Insights charts load pyqtgraph (and numpy) when the first is drawn
    ("cxdesigner.ui.insights_panel", ("pyqtgraph", "numpy", "sqlalchemy")),
    ("cxdesigner.canvas.scene", ("cxdesigner.ui",)),
    ("cxdesigner.canvas.layout", ("PySide6",)),
    ("cxdesigner.render.export", ("cxdesigner.ui",)),
])
def test_layer_does_not_load(package, forbidden):
    probe = (f"import sys, {package}; "
             f"bad = sorted(m for m in sys.modules if any(m == f or m.startswith(f + '.') for f in {forbidden!r})); "
             "print(' '.join(bad)); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, f"{package} loaded {result.stdout.strip()} {result.stderr}"
