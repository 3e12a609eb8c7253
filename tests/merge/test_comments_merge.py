"""Review comments travel like any other item: in the file, in JSON, in a merge, and in a comments file."""

import copy
import sqlite3
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxdesigner.interchange.json_form import dumps, loads
from cxdesigner.merge import REMOVAL, merge
from cxdesigner.merge.comments import comments_made, with_comments
from cxdesigner.model import Comment
from cxdesigner.storage import ProjectFileError, open_project, read_project, save_project
from cxdesigner.storage.comments_file import read_comments, save_comments
from cxdesigner.storage.history import CommentsOnly

WHEN = datetime(2026, 11, 30, 10, 12, tzinfo=timezone.utc)


def comment_on(project, target_id, text, **fields):
    jmap = project.maps[0]
    comment = Comment(target_id=target_id, text=text, author=fields.pop("author", "Ana"), created_at=WHEN, **fields)
    project.add(comment, map_id=jmap.id)
    return comment


def test_comments_round_trip_through_the_file_and_json(project, tmp_path):
    jmap = project.maps[0]
    first = comment_on(project, jmap.touchpoints[2].id, "Is the queue this long?")
    comment_on(project, first.target_id, "Yes, at 3 pm.", reply_to_id=first.id, author="Ben")
    comment_on(project, jmap.id, "Looks good", resolved=True)
    save_project(project, tmp_path / "hotel.cxd")
    assert open_project(tmp_path / "hotel.cxd") == project
    assert loads(dumps(project)) == project
    assert '"reply_to_id": "' + first.id in dumps(project)


def test_a_merge_brings_in_their_comments_beside_my_edits(project):
    base = copy.deepcopy(project)
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    jmap = mine.maps[0]
    mine.update(jmap.touchpoints[2].id, title="Check-in at the desk")
    mine_note = comment_on(mine, jmap.id, "Mine")
    first = comment_on(theirs, jmap.touchpoints[2].id, "Theirs")
    comment_on(theirs, first.target_id, "And a reply", reply_to_id=first.id)
    result = merge(base, mine, theirs)
    assert result.conflicts == []
    merged = result.project.maps[0]
    assert [c.text for c in merged.comments] == ["Mine", "Theirs", "And a reply"]
    assert merged.touchpoints[2].title == "Check-in at the desk" and mine_note in merged.comments


def test_a_comment_on_what_the_other_side_removed_is_a_conflict(project):
    base = copy.deepcopy(project)
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    doomed = base.maps[0].touchpoints[3].id
    mine.remove(doomed)
    comment_on(theirs, doomed, "Keep this one!")
    (conflict,) = merge(base, mine, theirs).conflicts
    assert conflict.kind == REMOVAL and conflict.item == doomed and "added comment" in conflict.sentence
    kept = merge(base, mine, theirs, prefer="theirs").project
    assert [c.text for c in kept.maps[0].comments] == ["Keep this one!"]


def test_a_readers_comments_file_comes_in_without_conflict(project, tmp_path):
    path = tmp_path / "hotel.cxd"
    first = comment_on(project, project.maps[0].id, "Owner's first thought")
    save_project(project, path)
    read = read_project(path)  # a colleague opens it read-only and comments
    theirs = read.project
    jmap = theirs.maps[0]
    theirs.update(first.id, resolved=True)
    reply = comment_on(theirs, jmap.id, "Agreed", reply_to_id=first.id, author="Ben")
    new = comment_on(theirs, jmap.pain_points[0].id, "Severity 5?", author="Ben")
    made = comments_made(read.history.project_of(read.history.head.id), theirs)
    assert [c for _, c in made] == [theirs.find(first.id), reply, new]
    comments_path = tmp_path / "hotel (comments by Ben).cxd"
    save_comments(comments_path, theirs.id, theirs.name, made, revision_id=read.history.head.id, author="Ben")
    with pytest.raises(CommentsOnly, match="holds only review comments"):
        open_project(comments_path)
    owner = read_project(path)  # meanwhile the owner edited on
    owner.project.update(owner.project.maps[0].touchpoints[0].id, title="Finds us online")
    incoming = read_comments(comments_path)
    assert (incoming.author, incoming.revision_id, len(incoming.comments)) == ("Ben", owner.history.head.id, 3)
    base = owner.history.project_of(incoming.revision_id)
    their_side, left_out = with_comments(base, incoming.comments)
    result = merge(base, owner.project, their_side)
    assert result.conflicts == [] and left_out == 0
    merged = result.project.maps[0]
    assert merged.touchpoints[0].title == "Finds us online"
    assert [(c.text, c.resolved) for c in merged.comments] == [
        ("Owner's first thought", True), ("Agreed", False), ("Severity 5?", False)]


def test_comments_on_what_is_gone_stay_on_the_map(project):
    jmap = project.maps[0]
    gone = Comment(target_id="a-touchpoint-removed-since", text="About something gone")
    lost = Comment(target_id="x", text="On a map removed since")
    result, left_out = with_comments(project, [(jmap.id, gone), ("a-map-removed-since", lost)])
    assert left_out == 1 and [c.target_id for c in result.maps[0].comments] == [jmap.id]


def test_a_damaged_comments_file_is_one_sentence(project, tmp_path):
    path = tmp_path / "notes.cxd"
    save_comments(path, project.id, project.name, [(project.maps[0].id, Comment(target_id="t", text="x"))],
                  revision_id=None)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE comment SET resolved = 7")
    with pytest.raises(ProjectFileError, match="notes.cxd is damaged and cannot be read"):
        read_comments(path)
    save_project(project, path)
    with pytest.raises(ProjectFileError, match="holds no review comments"):
        read_comments(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_comments_file_with_any_bytes_changed_is_read_or_refused_plainly(project, tmp_path, data):
    path = tmp_path / "notes.cxd"
    save_comments(path, project.id, project.name,
                  [(project.maps[0].id, Comment(target_id=project.maps[0].id, text="A remark", author="Ben"))],
                  revision_id="r1")
    damaged = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 8), label="changes")):
        at = data.draw(st.integers(0, len(damaged) - 1), label="at")
        damaged[at] = data.draw(st.integers(0, 255), label="byte")
    path.write_bytes(bytes(damaged))
    try:
        incoming = read_comments(path)
    except ProjectFileError as error:
        assert "\n" not in str(error) and "Traceback" not in str(error)
    else:
        with_comments(project, incoming.comments)  # whatever it holds is applied, or left out
