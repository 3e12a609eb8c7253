"""Saving safely: stamps catch a colleague's save, backups keep the previous version,
and a folder that vanishes or a file replaced by a folder mid-save are plain errors."""

from __future__ import annotations

import os
import shutil

import pytest

from cxdesigner.storage import (SCHEMA_VERSION, FileChangedError, ProjectFileError, backup_path, changed_since,
                                file_stamp, needs_upgrade, open_project, read_project, save_project)
from cxdesigner.storage import writer
from cxdesigner.storage.reader import upgrade_notice


def test_save_returns_the_stamp_of_what_it_wrote(project, tmp_path):
    path = tmp_path / "p.cxd"
    assert file_stamp(path) is None and changed_since(path, None) is False
    stamp = save_project(project, path)
    assert stamp == file_stamp(path) and not changed_since(path, stamp)
    os.utime(path, ns=(1, 1))
    assert not changed_since(path, stamp) and stamp.same_content(file_stamp(path))  # touched, not changed


def test_a_colleagues_save_is_not_overwritten(project, tmp_path):
    path = tmp_path / "p.cxd"
    save_project(project, path)
    opened = read_project(path)
    assert opened.stamp == file_stamp(path) and opened.upgrade_notice is None
    colleague = open_project(path)
    colleague.update(colleague.id, name="Their version")
    save_project(colleague, path)
    theirs = path.read_bytes()
    assert changed_since(path, opened.stamp)
    project.update(project.id, name="My version")
    with pytest.raises(FileChangedError, match=r"^Could not save p\.cxd: it was changed on disk since it was "
                                               r"opened.*The previous file is unchanged\.$") as caught:
        save_project(project, path, if_unchanged=opened.stamp)
    assert isinstance(caught.value, ProjectFileError)
    assert path.read_bytes() == theirs and sorted(os.listdir(tmp_path)) == ["p.cxd"]
    save_project(project, path)  # the user chose to overwrite
    assert open_project(path).name == "My version"


def test_a_deleted_file_counts_as_changed(project, tmp_path):
    path = tmp_path / "p.cxd"
    stamp = save_project(project, path)
    path.unlink()
    with pytest.raises(FileChangedError):
        save_project(project, path, if_unchanged=stamp)
    assert not path.exists()


def test_backup_keeps_the_previous_version(project, tmp_path):
    path = tmp_path / "p.cxd"
    save_project(project, path, backup=True)  # nothing to keep yet
    assert sorted(os.listdir(tmp_path)) == ["p.cxd"]
    first = path.read_bytes()
    project.update(project.id, name="Second")
    save_project(project, path, backup=True)
    assert backup_path(path) == tmp_path / "p.cxd.bak" and (tmp_path / "p.cxd.bak").read_bytes() == first
    second = path.read_bytes()
    project.update(project.id, name="Third")
    save_project(project, path, backup=True)
    assert open_project(tmp_path / "p.cxd.bak").name == "Second" and (tmp_path / "p.cxd.bak").read_bytes() == second
    assert open_project(path).name == "Third" and sorted(os.listdir(tmp_path)) == ["p.cxd", "p.cxd.bak"]


def test_backup_is_copied_where_links_are_not_supported(project, tmp_path, monkeypatch):
    path = tmp_path / "p.cxd"
    save_project(project, path)
    first = path.read_bytes()

    def no_links(*args):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(writer.os, "link", no_links)
    project.update(project.id, name="Second")
    save_project(project, path, backup=True)
    assert (tmp_path / "p.cxd.bak").read_bytes() == first and open_project(path).name == "Second"
    assert sorted(os.listdir(tmp_path)) == ["p.cxd", "p.cxd.bak"]


def test_a_failed_save_leaves_the_backup_and_the_file_alone(project, tmp_path, monkeypatch):
    path = tmp_path / "p.cxd"
    save_project(project, path, backup=True)
    project.update(project.id, name="Second")
    save_project(project, path, backup=True)
    before = {name: (tmp_path / name).read_bytes() for name in os.listdir(tmp_path)}

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "_fsync", full)
    with pytest.raises(ProjectFileError, match="the disk is full. The previous file is unchanged"):
        save_project(project, path, backup=True)
    assert {name: (tmp_path / name).read_bytes() for name in os.listdir(tmp_path)} == before


def test_the_folder_vanishing_mid_save_is_a_plain_error(project, tmp_path, monkeypatch):
    folder = tmp_path / "shared drive"
    folder.mkdir()
    path = folder / "p.cxd"
    save_project(project, path)
    write = writer._write

    def write_then_unplug(rows, temporary, name, *more):
        write(rows, temporary, name, *more)
        shutil.rmtree(folder)

    monkeypatch.setattr(writer, "_write", write_then_unplug)
    with pytest.raises(ProjectFileError, match=r"^Could not save p\.cxd: the folder does not exist \(it may have "
                                               r"been moved, deleted or disconnected\)\. The previous file"):
        save_project(project, path)
    assert not folder.exists()


def test_the_file_replaced_by_a_folder_mid_save(project, tmp_path, monkeypatch):
    path = tmp_path / "p.cxd"
    save_project(project, path)
    write = writer._write

    def write_then_replace(rows, temporary, name, *more):
        write(rows, temporary, name, *more)
        path.unlink()
        path.mkdir()
        (path / "inside.txt").write_text("someone's folder")

    monkeypatch.setattr(writer, "_write", write_then_replace)
    with pytest.raises(ProjectFileError, match=r"^Could not save p\.cxd: a folder now has its name\. The previous"):
        save_project(project, path)
    assert (path / "inside.txt").read_text() == "someone's folder"
    assert sorted(os.listdir(tmp_path)) == ["p.cxd"]


def test_errors_are_always_one_printable_line(tmp_path):
    path = tmp_path / "two\nlines\x1b[2J.cxd"
    with pytest.raises(ProjectFileError) as caught:
        open_project(path)
    assert str(caught.value) == "two lines?[2J.cxd does not exist."
    assert len(str(ProjectFileError("x" * 10_000))) == 400


def test_upgrade_notice_for_older_files(project, tmp_path):
    from test_project_file import _as_schema_1
    path = tmp_path / "old.cxd"
    save_project(project, path)
    assert needs_upgrade(path) is None
    _as_schema_1(path)
    assert needs_upgrade(path) == (1, SCHEMA_VERSION)
    opened = read_project(path)
    assert opened.upgraded and opened.file_format == 1 and opened.project.name == project.name
    assert opened.upgrade_notice == upgrade_notice("old.cxd", 1) == (
        "old.cxd was saved by an older CX Designer (file format 1). Saving it will write file format "
        f"{SCHEMA_VERSION}, which older versions of CX Designer cannot open.")
    save_project(opened.project, tmp_path / "new.cxd")
    assert not read_project(tmp_path / "new.cxd").upgraded
