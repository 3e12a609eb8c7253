"""Property: any valid project survives save -> open and JSON export -> import unchanged."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from strategies import projects

from cxdesigner.interchange.json_form import dumps, loads
from cxdesigner.storage import open_project, save_project

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(projects())
def test_save_then_open_gives_the_same_project(project):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.cxd"
        save_project(project, path)
        assert open_project(path) == project


@SETTINGS
@given(projects())
def test_json_export_then_import_gives_the_same_project(project):
    assert loads(dumps(project)) == project
