"""The layering rules of DESIGN.md, checked in fresh interpreters."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize("package,forbidden", [
    ("cxdesigner.model", ("PySide6", "sqlalchemy")),
    ("cxdesigner.analysis.curve", ("PySide6", "sqlalchemy")),
    ("cxdesigner.storage", ("PySide6",)),
    ("cxdesigner.interchange.json_form", ("PySide6", "sqlalchemy")),
    ("cxdesigner.interchange.templates", ("PySide6", "sqlalchemy")),
    ("cxdesigner.interchange.csv_form", ("PySide6", "sqlalchemy")),
    ("cxdesigner.cli", ("PySide6", "sqlalchemy", "pyqtgraph")),
])
def test_layer_does_not_load(package, forbidden):
    probe = (f"import sys, {package}; "
             f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {forbidden!r}); "
             "print(' '.join(bad)); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, f"{package} loaded {result.stdout.strip()} {result.stderr}"
