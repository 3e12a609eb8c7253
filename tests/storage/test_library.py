"""The team library through real files: published from one project, added into another,
updated after a change; missing, locked by another process, damaged or changed meanwhile."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings, strategies as st

from cxdesigner.model import Channel, ChannelKind, Department, Persona, Project
from colleague import hold_the_file
from cxdesigner.storage import FileChangedError, ProjectFileError, open_project, save_project
from cxdesigner.storage import library as lib
from cxdesigner.storage.lock import FileInUse, holder


@pytest.fixture
def library_file(tmp_path):
    path = tmp_path / "shared" / "library.cxd"
    path.parent.mkdir()
    save_project(Project(name="Team library"), path)
    return path


def test_publish_from_one_project_add_into_another_and_update_after_a_change(library_file, tmp_path):
    ours = Project(name="Hotel")
    anna = Persona(name="Anna", occupation="Consultant", age=41, color="#112233")
    web = Channel(name="Website", kind=ChannelKind.DIGITAL, icon="web")
    desk = Department(name="Front desk", color="#445566")
    for item in (anna, web, desk):
        ours.add(item)
        assert lib.publish(ours, item, library_file) is True
    assert holder(library_file) is None, "the library's lock is released"

    library = lib.read_library(library_file)
    assert [p.name for p in library.personas] == ["Anna"] and library.personas[0] == anna
    assert library.channels == [web] and library.departments == [desk]
    assert all(lib.source_of(ours, library, item) is not None for item in (anna, web, desk))

    theirs = Project(name="Airline")
    copies = [lib.copy_for(theirs, library, item) for item in (library.personas[0], library.channels[0],
                                                               library.departments[0])]
    for copy in copies:
        theirs.add(copy)
    assert {c.id for c in copies}.isdisjoint({anna.id, web.id, desk.id}), "fresh ids"
    theirs_file = tmp_path / "airline.cxd"
    save_project(theirs, theirs_file)
    theirs = open_project(theirs_file)
    persona = theirs.personas[0]
    assert lib.source_of(theirs, library, persona) == anna
    assert lib.in_project(theirs, library, anna) == persona
    assert lib.changes_from(persona, anna) == {}

    ours.update(anna.id, occupation="Sales consultant", quote="Wi-Fi first.")
    assert lib.publish(ours, anna, library_file) is False, "a published item is replaced, not added again"
    library = lib.read_library(library_file)
    assert len(library.personas) == 1 and library.personas[0].occupation == "Sales consultant"
    changes = lib.changes_from(persona, library.personas[0])
    assert changes == {"occupation": "Sales consultant", "quote": "Wi-Fi first."}

    # The other project publishes its copy back: the same library item is replaced.
    theirs.update(persona.id, **changes)
    theirs.update(persona.id, age=42)
    assert lib.publish(theirs, theirs.personas[0], library_file) is False
    library = lib.read_library(library_file)
    assert len(library.personas) == 1 and library.personas[0].age == 42
    assert library.personas[0].id == anna.id, "the library item keeps its id"


def test_a_library_moved_to_another_drive_keeps_its_links(library_file, tmp_path):
    ours = Project(name="Hotel")
    anna = Persona(name="Anna")
    library = lib.read_library(library_file)
    library.add(anna)
    save_project(library, library_file)
    copy = lib.copy_for(ours, library, anna)
    ours.add(copy)
    moved = tmp_path / "elsewhere.cxd"
    library_file.rename(moved)
    assert lib.source_of(ours, lib.read_library(moved), copy) == anna


def test_a_missing_library_is_one_sentence(tmp_path):
    with pytest.raises(ProjectFileError, match=r"^library\.cxd does not exist\.$"):
        lib.read_library(tmp_path / "library.cxd")
    ours = Project(name="Hotel")
    ours.add(anna := Persona(name="Anna"))
    with pytest.raises(ProjectFileError) as raised:
        lib.publish(ours, anna, tmp_path / "library.cxd")
    assert "\n" not in str(raised.value)
    assert not (tmp_path / "library.cxd").exists(), "no library is made by publishing to a missing one"
    assert ours.personas == [anna]


def test_a_library_a_colleague_has_open_is_not_written(library_file):
    ours = Project(name="Hotel")
    ours.add(anna := Persona(name="Anna"))
    before = library_file.read_bytes()
    colleague = hold_the_file(library_file)
    try:
        with pytest.raises(FileInUse) as raised:
            lib.publish(ours, anna, library_file)
        assert str(raised.value).endswith(f"has had {library_file.name} open since "
                                          f"{raised.value.holder.since.astimezone():%H:%M}.")
        assert library_file.read_bytes() == before
        assert lib.read_library(library_file).personas == [], "reading a locked library still works"
    finally:
        colleague.kill()
        colleague.wait()


def test_a_damaged_library_is_one_sentence_and_stays_as_it_was(library_file):
    library_file.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    damaged = library_file.read_bytes()
    with pytest.raises(ProjectFileError) as raised:
        lib.read_library(library_file)
    assert "\n" not in str(raised.value) and "Traceback" not in str(raised.value)
    ours = Project(name="Hotel")
    ours.add(anna := Persona(name="Anna"))
    with pytest.raises(ProjectFileError):
        lib.publish(ours, anna, library_file)
    assert library_file.read_bytes() == damaged
    assert holder(library_file) is None


def test_a_library_changed_while_publishing_is_not_overwritten(library_file, monkeypatch):
    """A colleague whose editor could not lock the folder saves between our read and our save."""
    real_read = lib.read_project

    def read_then_a_colleague_saves(path):
        opened = real_read(path)
        theirs = open_project(path)
        theirs.add(Persona(name="Their persona"))
        save_project(theirs, path)
        return opened

    monkeypatch.setattr(lib, "read_project", read_then_a_colleague_saves)
    ours = Project(name="Hotel")
    ours.add(anna := Persona(name="Anna"))
    with pytest.raises(FileChangedError):
        lib.publish(ours, anna, library_file)
    assert [p.name for p in open_project(library_file).personas] == ["Their persona"]


def test_an_item_the_library_rules_refuse_is_one_sentence(library_file):
    library = lib.read_library(library_file)
    clash = Channel(name="Website")
    library.add(clash)
    save_project(library, library_file)
    ours = Project(name="Hotel")
    ours.add(Persona(id=clash.id, name="Anna"))  # the same id, another kind of item
    with pytest.raises(ProjectFileError, match="already holds"):
        lib.publish(ours, ours.personas[0], library_file)


@settings(max_examples=50, deadline=None)
@given(st.uuids(), st.uuids(), st.lists(st.uuids(), min_size=1, max_size=20, unique=True))
def test_linked_ids_are_fresh_distinct_and_lead_back(project_id, library_id, item_ids):
    project, library = Project(id=str(project_id)), Project(id=str(library_id))
    for item_id in item_ids:
        library.add(Persona(id=str(item_id), name="P"))
    copies = [lib.copy_for(project, library, p) for p in library.personas]
    assert len({c.id for c in copies}) == len(copies)
    assert {c.id for c in copies}.isdisjoint(str(i) for i in item_ids)
    for copy, original in zip(copies, library.personas):
        assert lib.source_of(project, library, copy) is original
    other = Project()
    assert all(lib.source_of(other, library, copy) is None for copy in copies), "a link is per project"


def test_the_linked_id_is_the_one_the_file_format_documents():
    project, library = Project(), Project()
    item_id = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
    expected = uuid.uuid5(uuid.UUID("6c4f0a52-3e1d-4b8e-9a57-0d6b1f2c9e41"), f"{project.id}\n{library.id}\n{item_id}")
    assert lib.linked_id(project.id, library.id, item_id) == str(expected)
