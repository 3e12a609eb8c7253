"""The Linux desktop files agree with the code and pass the freedesktop validators;
installed for a user, the desktop recognises a .cxd file by its name and its content.

The validators come from Debian's desktop-file-utils, appstream, appstream-util,
shared-mime-info and xdg-utils; a test whose tool is missing is skipped.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxdesigner import __version__
from cxdesigner.storage import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.cxdesigner.CXDesigner"
MIME_TYPE = "application/x-cxdesigner"
DESKTOP, METAINFO, MIME_XML = (LINUX / f"{APP_ID}.desktop", LINUX / f"{APP_ID}.metainfo.xml",
                               LINUX / f"{APP_ID}.mime.xml")
SAMPLE = ROOT / "resources" / "samples" / "hotel.cxd"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def run(*command, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, **kwargs)


def desktop_entry(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


# -- the files agree with the code and with each other --------------------------------

def test_one_id_everywhere():
    app_source = (ROOT / "cxdesigner" / "app.py").read_text()
    assert f'setDesktopFileName("{APP_ID}")' in app_source
    metainfo = ET.parse(METAINFO).getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == DESKTOP.name
    assert desktop_entry(DESKTOP)["Icon"] == APP_ID


def test_one_mime_type_everywhere():
    declared = ET.parse(MIME_XML).getroot().find("m:mime-type", MIME_NS).get("type")
    assert declared == MIME_TYPE
    assert desktop_entry(DESKTOP)["MimeType"] == f"{MIME_TYPE};"
    assert ET.parse(METAINFO).getroot().findtext("provides/mediatype") == MIME_TYPE


def test_newest_release_is_this_version():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases[0].get("version") == __version__


def test_mime_magic_is_the_sqlite_header_and_our_application_id():
    mime = ET.parse(MIME_XML).getroot().find("m:mime-type", MIME_NS)
    header = mime.find("m:magic/m:match", MIME_NS)
    assert (header.get("type"), header.get("offset"), header.get("value")) == ("string", "0", r"SQLite format 3\000")
    app_id = header.find("m:match", MIME_NS)
    assert (app_id.get("type"), app_id.get("offset")) == ("big32", "68")
    assert int(app_id.get("value"), 16) == APPLICATION_ID
    assert SAMPLE.read_bytes()[68:72] == APPLICATION_ID.to_bytes(4, "big")
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == ["*.cxd"]


# -- the validators ----------------------------------------------------------------------

def test_desktop_file_validates():
    result = run(tool("desktop-file-validate"), str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates_with_appstreamcli():
    result = run(tool("appstreamcli"), "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_validates_with_appstream_util():
    result = run(tool("appstream-util"), "validate", "--nonet", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


# -- installed for a user -------------------------------------------------------------------

@pytest.fixture
def user_env(tmp_path):
    """A throwaway home and data folder, and no desktop session (xdg-mime asks the MIME database itself)."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID")}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    (tmp_path / "home").mkdir()
    return env


def install(env, *args) -> subprocess.CompletedProcess:
    result = run("sh", str(LINUX / "install-desktop.sh"), *args, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_install_puts_everything_under_xdg_data_home_and_uninstall_removes_it(user_env):
    install(user_env, "/opt/CX Designer/cxdesigner")
    data = Path(user_env["XDG_DATA_HOME"])
    expected = [f"applications/{APP_ID}.desktop", f"metainfo/{APP_ID}.metainfo.xml", f"mime/packages/{APP_ID}.xml",
                f"icons/hicolor/scalable/apps/{APP_ID}.svg", "icons/hicolor/scalable/mimetypes/application-x-cxdesigner.svg"]
    expected += [f"icons/hicolor/{n}x{n}/{kind}/{name}.png" for n in (16, 22, 24, 32, 48, 64, 128, 256, 512)
                 for kind, name in (("apps", APP_ID), ("mimetypes", "application-x-cxdesigner"))]
    assert [name for name in expected if not (data / name).is_file()] == []
    assert desktop_entry(data / "applications" / f"{APP_ID}.desktop")["Exec"] == '"/opt/CX Designer/cxdesigner" %f'
    assert not Path(user_env["HOME"], ".local").exists()
    install(user_env, "--uninstall")
    assert [name for name in expected if (data / name).exists()] == []


def test_install_refuses_a_relative_command(user_env):
    result = run("sh", str(LINUX / "install-desktop.sh"), "cxdesigner", env=user_env)
    assert result.returncode == 2 and "absolute path" in result.stderr


def test_installed_desktop_file_still_validates(user_env):
    validate = tool("desktop-file-validate")
    install(user_env, "/opt/cxdesigner/cxdesigner")
    result = run(validate, str(Path(user_env["XDG_DATA_HOME"], "applications", f"{APP_ID}.desktop")))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_xdg_mime_knows_a_project_by_name_and_by_content(user_env, tmp_path):
    xdg_mime = tool("xdg-mime")
    tool("update-mime-database")
    tool("mimetype")  # how xdg-mime reads the MIME database outside a desktop session
    install(user_env, "/opt/cxdesigner/cxdesigner")
    named = tmp_path / "hotel.cxd"
    shutil.copy(SAMPLE, named)
    unnamed = tmp_path / "hotel-copy"
    shutil.copy(SAMPLE, unnamed)
    other = tmp_path / "other-database"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()

    def filetype(path: Path) -> str:
        result = run(xdg_mime, "query", "filetype", str(path), env=user_env)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assert filetype(named) == MIME_TYPE
    assert filetype(unnamed) == MIME_TYPE
    assert filetype(other) == "application/vnd.sqlite3"
    default = run(xdg_mime, "query", "default", MIME_TYPE, env=user_env).stdout.strip()
    assert default == f"{APP_ID}.desktop"

