"""The history inside a project file: each save a revision, older versions read back exactly."""

import copy
import dataclasses
import shutil
import sqlite3
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxdesigner.storage import ProjectFileError, open_project, read_project, save_project
from cxdesigner.storage.history import DELTA, NONE, TABLES, History, HistoryError, Revision
from cxdesigner.storage.reader import file_format_version
from cxdesigner.storage.rows import to_rows
from cxdesigner.storage.schema import SCHEMA_VERSION
from cxdesigner.storage.snapshots import SnapshotError, apply, read_snapshot, unpack
from cxdesigner.storage.upgrade import UPGRADES
from edits import edit
from strategies import projects

FORMAT_3 = Path(__file__).parent / "files" / "hotel-format-3.cxd"
START = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)


def saves(history, versions, start=START, every=timedelta(hours=1)):
    """Record each project of ``versions`` as a save, in memory; the revision ids, oldest first."""
    ids = []
    for i, project in enumerate(versions):
        saved = history.after_save(to_rows(project), author="Ana", host="ana-laptop", now=start + i * every)
        history.adopt(saved)
        ids.append(history.head.id)
    return ids


def test_a_format_3_file_opens_unchanged_and_its_first_save_starts_its_history(tmp_path):
    path = tmp_path / "hotel.cxd"
    shutil.copyfile(FORMAT_3, path)
    before = path.read_bytes()
    opened = read_project(path)
    assert opened.file_format == 3 and opened.history.revisions == {}
    assert path.read_bytes() == before  # opening writes nothing
    project = opened.project
    project.update(project.maps[0].touchpoints[0].id, title="Finds the hotel online")
    save_project(project, path, history=opened.history, author="Ana")
    assert file_format_version(path) == SCHEMA_VERSION
    again = read_project(path)
    (revision,) = again.history.revisions.values()
    assert revision.parents == () and revision.content == TABLES and revision.author == "Ana"
    assert revision.host and revision.saved_at.tzinfo is not None
    assert again.project == project


def test_each_save_is_a_revision_made_from_the_one_before(project, tmp_path):
    path = tmp_path / "hotel.cxd"
    save_project(project, path, author="Ana")
    first = read_project(path)
    first.project.update(first.project.id, name="Second")
    save_project(first.project, path, history=first.history, author="Ben")
    opened = read_project(path)
    older, newer = opened.history.revisions.values()
    assert newer.parents == (older.id,) and (older.author, newer.author) == ("Ana", "Ben")
    assert (older.content, newer.content) == (DELTA, TABLES) and older.base_id == newer.id
    assert opened.history.project_of(older.id) == project
    assert opened.history.project_of(newer.id) == opened.project


def test_a_script_that_opens_changes_and_saves_carries_the_history_on(project, tmp_path):
    path = tmp_path / "hotel.cxd"
    save_project(project, path)
    changed = open_project(path)
    changed.update(changed.maps[0].id, name="Edited by a script")
    save_project(changed, path)
    history = read_project(path).history
    older, newer = history.revisions.values()
    assert newer.parents == (older.id,) and history.project_of(older.id) == project
    save_project(dataclasses.replace(project, id="another-project"), path)
    assert len(read_project(path).history.revisions) == 1  # another project: its own history


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), st.data())
def test_every_saved_version_reads_back_exactly(project, data):
    versions = [copy.deepcopy(project)]
    for _ in range(data.draw(st.integers(1, 5), label="saves")):
        versions.append(copy.deepcopy(edit(copy.deepcopy(versions[-1]), data, data.draw(st.integers(0, 6)))))
    history = History()
    ids = saves(history, versions)
    for revision_id, version in zip(ids, versions):
        assert history.project_of(revision_id) == version


def test_the_history_survives_the_file_and_stays_small(project, tmp_path):
    path = tmp_path / "hotel.cxd"
    versions = [copy.deepcopy(project)]
    for i in range(20):
        nxt = copy.deepcopy(versions[-1])
        nxt.update(nxt.maps[0].touchpoints[i % 4].id, description=f"Note {i}")
        versions.append(nxt)
    history = History()
    for version in versions:
        save_project(version, path, history=history)
    opened = read_project(path)
    ids = list(opened.history.revisions)
    assert [opened.history.project_of(i) for i in ids] == versions
    with sqlite3.connect(path) as db:
        stored = db.execute("SELECT sum(length(snapshot)) FROM revision").fetchone()[0]
    assert stored < 20 * 400  # a one-field edit costs a few hundred bytes


def test_what_is_kept_the_last_days_named_versions_and_the_last_saves(project):
    versions = []
    for i in range(30):
        version = copy.deepcopy(project)
        version.update(version.id, name=f"Version {i}")
        versions.append(version)
    history = History()
    ids = saves(history, versions[:1], start=START)
    history.adopt(history.named(ids[0], "Sent to the client"))
    ids += saves(history, versions[1:20], start=START + timedelta(days=1), every=timedelta(days=1))
    ids += saves(history, versions[20:], start=START + timedelta(days=100), every=timedelta(minutes=5))
    kept = {i for i, r in history.revisions.items() if r.kept}
    assert ids[0] in kept and set(ids[20:]) <= kept  # named; the last ten saves
    assert not kept & set(ids[1:20])  # unnamed, months old
    assert history.project_of(ids[0]) == versions[0]  # still read back: rebased onto a kept version
    assert all(history.project_of(i) == versions[n] for n, i in enumerate(ids) if i in kept)
    assert all(history.revisions[i].content == NONE for i in ids[1:20])  # their record stays


def test_a_version_no_longer_kept_says_so(project):
    history = History()
    ids = saves(history, [project, project])
    revisions = dict(history.revisions)
    revisions[ids[0]] = dataclasses.replace(revisions[ids[0]], content=NONE, base_id=None, snapshot=None)
    history.adopt(History(revisions.values(), history.head_rows))
    with pytest.raises(HistoryError, match="no longer kept"):
        history.project_of(ids[0])


@pytest.mark.parametrize("blob, message", [
    (b"not zlib at all", "damaged"),
    (zlib.compress(b"[1, 2"), "damaged"),
    (zlib.compress(b"\0" * (300 * 2**20)), "unpacks to more than"),
    (zlib.compress(b'{"tables": 5, "changes": {}}'), "tables are not listed"),
    (zlib.compress(b'{"tables": ["touchpoint"], "changes": {"touchpoint": {"drop": ["x"]}}}'), "does not fit"),
])
def test_a_damaged_version_is_one_plain_sentence(project, blob, message):
    history = History()
    ids = saves(history, [project, project])
    damaged = {**history.revisions, ids[0]: Revision(ids[0], (), START, "Ana", "h", content=DELTA,
                                                     base_id=ids[1], file_format=SCHEMA_VERSION, snapshot=blob)}
    with pytest.raises(HistoryError, match=message):
        History(damaged.values(), history.head_rows).project_of(ids[0])


def test_versions_that_refer_to_each_other_in_a_circle_are_refused(project):
    history = History()
    ids = saves(history, [project, project])
    first = history.revisions[ids[0]]
    circle = History([Revision(ids[0], (), START, "a", "h", content=DELTA, base_id="b", file_format=4,
                               snapshot=first.snapshot),
                      Revision("b", (), START, "a", "h", content=DELTA, base_id=ids[0], file_format=4,
                               snapshot=first.snapshot)])
    with pytest.raises(HistoryError, match="circle"):
        circle.project_of(ids[0])


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.floats(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=20)


def _paths(value, path=()):
    """Every place inside a JSON value, as the keys and indexes that lead there."""
    yield path
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        yield from _paths(child, (*path, key))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_change_to_a_snapshot_is_read_or_refused_plainly(project, data):
    """A real difference (a touchpoint renamed, one added, one removed) with one part replaced by
    any JSON at all: applying it gives a snapshot or a ``SnapshotError``, nothing else."""
    edited = copy.deepcopy(project)
    jmap = edited.maps[0]
    edited.update(jmap.touchpoints[0].id, title="Renamed")
    edited.remove(jmap.touchpoints[1].id)
    history = History()
    saves(history, [edited, project])
    change = unpack(history.revisions[next(iter(history.revisions))].snapshot)
    place = data.draw(st.sampled_from(list(_paths(change))), label="place")
    replacement = data.draw(JSON, label="replacement")
    if place:
        parent = change
        for step in place[:-1]:
            parent = parent[step]
        parent[place[-1]] = replacement
    else:
        change = replacement
    try:
        rows = apply(change, history.head_rows)
        read_snapshot(rows, SCHEMA_VERSION, UPGRADES)
    except SnapshotError:
        pass


@pytest.mark.parametrize("change, why", [
    ("UPDATE revision SET content = 'magic'", "unknown kind of content"),
    ("UPDATE revision SET saved_at = 'yesterday'", "unreadable date"),
    ("UPDATE revision SET content = 'tables'", "two newest versions"),
    ("INSERT INTO revision_parent VALUES ('nobody', 'x', 0)", "parents of a revision it lacks"),
    ("UPDATE revision SET snapshot = NULL WHERE content = 'delta'", "lacks a version's content"),
])
def test_a_file_whose_history_is_damaged_is_refused(project, tmp_path, change, why):
    path = tmp_path / "hotel.cxd"
    history = History()
    save_project(project, path, history=history)
    save_project(project, path, history=history)
    with sqlite3.connect(path) as db:
        db.execute(change)
    with pytest.raises(ProjectFileError, match=f"its history of saves .*{why}"):
        open_project(path)
