"""The application built by ``make package`` starts on its own: no Python, no virtualenv,
no source tree. Run with ``make test-package`` (builds it first); ``make test`` skips it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cxdesigner import __version__
from cxdesigner.interchange.templates import template_names

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dist" / "cxdesigner" / ("cxdesigner.exe" if sys.platform == "win32" else "cxdesigner")
SAMPLE = ROOT / "resources" / "samples" / "hotel.cxd"


@pytest.fixture
def env(tmp_path):
    """Nothing of this checkout's Python reaches the app: a bare PATH, no PYTHON* or VIRTUAL_ENV, a fresh home."""
    if not APP.is_file():
        pytest.fail(f"{APP.relative_to(ROOT)} is missing: build it with make package")
    home = tmp_path / "home"
    home.mkdir()
    return {"PATH": os.defpath, "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(tmp_path)}


def app(env, *args, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([str(APP), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=180)


def test_version(env, tmp_path):
    result = app(env, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"CX Designer {__version__}"


def test_check_the_sample(env, tmp_path):
    shutil.copy(SAMPLE, tmp_path / "hotel.cxd")
    result = app(env, "check", "hotel.cxd", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "hotel.cxd: ok"


def test_bundled_templates_are_found_and_drawn(env, tmp_path):
    """Templates and channel icons come through importlib.resources inside the built app."""
    listed = app(env, "templates", cwd=tmp_path)
    assert [line.split()[0] for line in listed.stdout.splitlines()] == template_names(), listed.stderr
    assert app(env, "new", "shop.cxd", "--template", "online-shop", cwd=tmp_path).returncode == 0
    result = app(env, "export", "shop.cxd", "--format", "png", "--dpi", "50", "--output", "shop.png", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "shop.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_editor_opens_a_project(env, tmp_path):
    """The window is up with the project open once its lock file appears beside it."""
    project = tmp_path / "hotel.cxd"
    shutil.copy(SAMPLE, project)
    editor = subprocess.Popen([str(APP), str(project)], env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (tmp_path / ".~hotel.cxd.lock").exists() and editor.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert editor.poll() is None, editor.communicate()[1]
        assert (tmp_path / ".~hotel.cxd.lock").exists()
    finally:
        editor.terminate()
        _, errors = editor.communicate(timeout=30)
    assert "Traceback" not in errors
