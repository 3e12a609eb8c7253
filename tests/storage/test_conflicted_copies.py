"""Conflicted copies: the names each sync tool gives them, and only our files count."""

import os
import shutil
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.storage import APPLICATION_ID, save_project
from cxdesigner.storage.reader import SQLITE_HEADER
from cxdesigner.storage.conflicted import conflicted_copies, copy_naming, is_project_file

#: What each tool leaves beside "hotel.cxd" when two copies were edited apart.
SYNC_TOOL_NAMES = {
    "Dropbox": "hotel (Ana Lopez's conflicted copy 2026-11-30).cxd",
    "Google Drive": "hotel (1).cxd",
    "OneDrive": "hotel-DESKTOP-7K2P9QX.cxd",
    "Nextcloud or ownCloud": "hotel (conflicted copy 2026-11-30 143218).cxd",
    "Syncthing": "hotel.sync-conflict-20261130-143218-ABCD123.cxd",
}


@pytest.fixture
def hotel(tmp_path, project):
    path = tmp_path / "hotel.cxd"
    save_project(project, path)
    return path


@pytest.mark.parametrize("tool", SYNC_TOOL_NAMES)
def test_each_tools_copy_is_found(hotel, tool):
    copy = hotel.with_name(SYNC_TOOL_NAMES[tool])
    shutil.copy(hotel, copy)
    (found,) = conflicted_copies(hotel)
    assert (found.path, found.tool) == (copy, tool)


def test_other_variants_of_the_names():
    for name, tool in [("hotel (Ana's conflicted copy 2026-11-30 (1)).cxd", "Dropbox"),
                       ("hotel (conflicted copy Ana Lopez 2026-11-30 143218).cxd", "Nextcloud or ownCloud"),
                       ("hotel_conflict-20261130-143218.cxd", "ownCloud"),
                       ("hotel (12).CXD", "Google Drive"), ("hotel-Anas-MacBook-Pro.cxd", "OneDrive"),
                       ("hotel-ANALAPTOP.cxd", "OneDrive")]:
        assert copy_naming(name, "hotel.cxd")[0] == tool, name
    for name in ["hotel.cxd", "hotels.cxd", "hotel (1).json", "hotel.cxd.bak", ".~hotel.cxd.lock", "hotel ().cxd",
                 "hotel.sync-conflict-2026-ABC.cxd", "hotel (1234).cxd", "Hotel (1).cxd", "hotel-.cxd",
                 "hotel-v2.cxd", "hotel-merged.cxd", "hotel-Final.cxd", "hotel-monday.cxd"]:
        assert copy_naming(name, "hotel.cxd") is None, name


def test_only_our_files_named_so_are_copies(hotel, tmp_path):
    hotel.with_name("hotel (1).cxd").write_text("my notes")
    foreign = hotel.with_name("hotel (2).cxd")
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    hotel.with_name("hotel (3).cxd").mkdir()
    os.mkfifo(hotel.with_name("hotel (4).cxd"))  # would hang a plain open() for reading
    os.symlink("/dev/zero", hotel.with_name("hotel (5).cxd"))
    shutil.copy(hotel, hotel.with_name("hotel (6).cxd"))
    shutil.copy(hotel, hotel.with_name("other (1).cxd"))
    assert [c.path.name for c in conflicted_copies(hotel)] == ["hotel (6).cxd"]
    assert conflicted_copies(tmp_path / "missing folder" / "hotel.cxd") == []


def test_a_copy_beside_the_real_file_of_a_link(hotel, tmp_path):
    shutil.copy(hotel, hotel.with_name(SYNC_TOOL_NAMES["Syncthing"]))
    elsewhere = tmp_path / "links"
    elsewhere.mkdir()
    (elsewhere / "hotel.cxd").symlink_to(hotel)
    assert [c.tool for c in conflicted_copies(elsewhere / "hotel.cxd")] == ["Syncthing"]


@given(st.text(max_size=80), st.text(min_size=1, max_size=20))
def test_any_name_is_answered(name, project_name):
    found = copy_naming(name, project_name + ".cxd")
    assert found is None or name != project_name + ".cxd"


@given(st.binary(max_size=200), st.booleans())
def test_any_header_is_answered(tmp_path_factory, data, ours):
    if ours:  # our signature over random bytes: still only a header, and that is all that is read
        data = bytearray(data.ljust(100, b"\0"))
        data[:16], data[68:72] = SQLITE_HEADER, APPLICATION_ID.to_bytes(4, "big")
    path = tmp_path_factory.mktemp("headers") / "x.cxd"
    path.write_bytes(bytes(data))
    assert is_project_file(path) is ours
