"""Review comments: on the map or a part of it, in threads; they go with what they are about."""

import copy
from datetime import datetime, timezone

import pytest

from cxdesigner.model import Comment


def commented(project):
    """The fixture project with a thread on "Check in", a comment on the map and one on the pain point."""
    jmap = project.maps[0]
    check_in, pain = jmap.touchpoints[2], jmap.pain_points[0]
    first = Comment(target_id=check_in.id, text="Is the queue really this long?", author="Ana",
                    created_at=datetime(2026, 11, 30, 9, 30, tzinfo=timezone.utc))
    project.add(first, map_id=jmap.id)
    project.add(Comment(target_id=check_in.id, text="Yes, at 3 pm.", author="Ben", reply_to_id=first.id),
                map_id=jmap.id)
    project.add(Comment(target_id=jmap.id, text="Looks good overall."), map_id=jmap.id)
    project.add(Comment(target_id=pain.id, text="Severity 5?"), map_id=jmap.id)
    return jmap, first


def test_comments_stand_on_the_map_and_its_parts(project):
    jmap, first = commented(project)
    assert project.problems() == [] and len(jmap.comments) == 4
    project.update(first.id, resolved=True)
    assert first.resolved


@pytest.mark.parametrize("changes, message", [
    ({"text": " "}, "needs a text"),
    ({"target_id": "nowhere"}, "is about its map"),
    ({"resolved": 1}, "cannot take"),
])
def test_a_comment_refuses_what_does_not_fit(project, changes, message):
    _, first = commented(project)
    with pytest.raises(ValueError, match=message):
        project.update(first.id, **changes)


def test_a_reply_answers_the_first_comment_of_a_thread_on_the_same_thing(project):
    jmap, first = commented(project)
    reply = next(c for c in jmap.comments if c.reply_to_id == first.id)
    with pytest.raises(ValueError, match="A reply answers"):
        project.add(Comment(target_id=first.target_id, text="Deeper", reply_to_id=reply.id), map_id=jmap.id)
    with pytest.raises(ValueError, match="A reply answers"):
        project.add(Comment(target_id=jmap.id, text="Elsewhere", reply_to_id=first.id), map_id=jmap.id)


def test_comments_go_with_what_they_are_about_and_come_back_with_undo(project):
    jmap, first = commented(project)
    before = copy.deepcopy(project)
    removal = project.remove(first.target_id)  # the touchpoint: its thread goes with it
    assert [c.text for c in jmap.comments] == ["Looks good overall.", "Severity 5?"]
    project.restore(removal)
    assert project == before and project.problems() == []
    removal = project.remove(jmap.stages[1].id)  # the stage takes the touchpoint, and so its thread
    assert len(jmap.comments) == 2
    project.restore(removal)
    removal = project.remove(first.id)  # the first comment takes its replies
    assert [c.text for c in jmap.comments] == ["Looks good overall.", "Severity 5?"]
    project.restore(removal)
    assert project == before
