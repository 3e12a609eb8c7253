"""Recovery copies: written, listed after a crash, opened, discarded; garbage never crashes the listing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone

import pytest

from cxdesigner.model import Note
from cxdesigner.storage import ProjectFileError, open_project
from cxdesigner.storage.processes import host_name
from cxdesigner.storage.recovery import RecoveryEntry, RecoveryStore, default_directory, new_key

CRASH = """
import os, sys
from cxdesigner.interchange.templates import load_template
from cxdesigner.storage.recovery import RecoveryStore
RecoveryStore(sys.argv[1]).write(load_template("hotel"), source_path=sys.argv[2], title="hotel.cxd", key="crashed")
os._exit(1)
"""


@pytest.fixture
def store(tmp_path):
    return RecoveryStore(tmp_path / "recovery")


def test_write_makes_a_private_copy_and_sidecar(store, project):
    path = store.write(project, source_path="/projects/hotel.cxd", title="hotel.cxd", key="doc1")
    assert path == store.directory / "doc1.cxd" and open_project(path) == project
    sidecar = json.loads((store.directory / "doc1.json").read_text())
    assert sidecar["source_path"] == "/projects/hotel.cxd" and sidecar["title"] == "hotel.cxd"
    assert sidecar["pid"] == os.getpid() and sidecar["host"] == host_name()
    assert datetime.fromisoformat(sidecar["saved_at"]) > datetime.now(timezone.utc) - timedelta(minutes=1)
    assert path.stat().st_mode & 0o777 == 0o600 and store.directory.stat().st_mode & 0o777 == 0o700
    assert sorted(p.name for p in store.directory.iterdir()) == ["doc1.cxd", "doc1.json"]


def test_copies_of_running_processes_are_not_offered(store, project):
    store.write(project, source_path=None, title="Untitled", key="mine")
    assert store.entries() == []
    (entry,) = store.entries(include_running=True)
    assert entry.owner_running() is True and entry.source_path is None and entry.title == "Untitled"


def test_a_crashed_process_leaves_a_copy_that_is_offered_and_opens(store, tmp_path):
    result = subprocess.run([sys.executable, "-c", CRASH, str(store.directory), str(tmp_path / "hotel.cxd")],
                            capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    (entry,) = store.entries()
    assert isinstance(entry, RecoveryEntry) and entry.owner_running() is False
    assert entry.key == "crashed" and entry.source_path == str(tmp_path / "hotel.cxd") and entry.title == "hotel.cxd"
    assert entry.open().maps[0].name == "Hotel stay"
    store.discard(entry)
    assert store.entries(include_running=True) == [] and list(store.directory.iterdir()) == []


def test_each_write_replaces_the_documents_copy_and_entries_are_newest_first(store, project):
    for key, name in (("a", "First"), ("b", "Second"), ("a", "Third")):
        project.update(project.id, name=name)
        store.write(project, source_path=None, title=name, key=key)
    entries = store.entries(include_running=True)
    assert [(e.key, e.title) for e in entries] == [("a", "Third"), ("b", "Second")]
    assert entries[0].open().name == "Third"
    store.discard("a")
    assert [e.key for e in store.entries(include_running=True)] == ["b"]


def test_snapshot_on_one_thread_and_write_on_another(store, project):
    """The snapshot is a copy: changes made after it do not reach the file."""
    snapshot = store.snapshot(project, source_path=None, title="Untitled", key=new_key())
    project.add(Note(text="after the snapshot"), map_id=project.maps[0].id)
    written = []
    worker = threading.Thread(target=lambda: written.append(snapshot.write()))
    worker.start()
    worker.join()
    assert [n.text for n in open_project(written[0]).maps[0].notes] == ["Ask the night staff"]


def test_garbage_in_the_folder_is_skipped(store, project, tmp_path):
    store.write(project, source_path=None, title="Good", key="good")
    folder = store.directory
    good_sidecar = json.loads((folder / "good.json").read_text())
    junk = {
        "notjson": b"{not json", "list": b"[1, 2, 3]", "binary": b"\xff\xfe\x00", "deep": b"[" * 10_000,
        "huge": b" " * 100_000 + b"{}", "empty": b"",
    }
    for key, data in junk.items():
        (folder / f"{key}.json").write_bytes(data)
    wrong = {"wrongkey": {**good_sidecar, "key": "other"}, "badtime": {**good_sidecar, "saved_at": "yesterday"},
             "badpid": {**good_sidecar, "pid": "many"}, "notitle": {k: v for k, v in good_sidecar.items()
                                                                    if k != "title"},
             "nocopy": good_sidecar, "randomcopy": good_sidecar, "cutcopy": good_sidecar,
             "newformat": {**good_sidecar, "format": 99}, "titlelist": {**good_sidecar, "title": ["x"]}}
    for key, fields in wrong.items():
        (folder / f"{key}.json").write_text(json.dumps({**fields, "key": fields["key"] if key == "wrongkey" else key}))
    (folder / "randomcopy.cxd").write_bytes(os.urandom(8192))
    (folder / "cutcopy.cxd").write_bytes((folder / "good.cxd").read_bytes()[:5000])
    (folder / "a folder.json").mkdir()
    (folder / "bad name!.json").write_text(json.dumps(good_sidecar))
    assert [e.key for e in store.entries(include_running=True)] == ["good"]


def test_a_damaged_copy_with_a_good_header_refuses_to_open_plainly(store, project):
    path = store.write(project, source_path=None, title="Untitled", key="damaged")
    data = bytearray(path.read_bytes())
    data[4096:4160] = bytes(64)  # the second page's header
    path.write_bytes(bytes(data))
    (entry,) = store.entries(include_running=True)
    with pytest.raises(ProjectFileError, match="damaged"):
        entry.open()


def test_a_folder_that_cannot_be_written_gives_a_plain_error(tmp_path, project):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    store = RecoveryStore(blocker / "recovery")
    with pytest.raises(ProjectFileError, match="^Could not write a recovery copy of Untitled: "):
        store.write(project, source_path=None, title="Untitled")
    assert store.entries() == []
    store.discard("nothing-here")


def test_keys_are_checked(store, project):
    with pytest.raises(ValueError):
        store.snapshot(project, source_path=None, title="x", key="../escape")
    store.discard("../escape")  # ignored, not an error


def test_default_folder_is_in_the_users_data_directory(monkeypatch, tmp_path):
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
        assert default_directory() == tmp_path / "cxdesigner" / "recovery"
    assert RecoveryStore().directory == default_directory()
