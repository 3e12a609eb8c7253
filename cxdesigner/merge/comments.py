"""Another reader's review comments, put on the version of the project they read.

The result is "their" side of a merge whose base is that version: the comments are all
they changed, so the merge brings them in as it brings in any added or changed item,
without a conflict unless the owner has since removed what they are about or changed
the same comment.
"""

from __future__ import annotations

import copy
import dataclasses

from cxdesigner.model import Comment, JourneyMap, Project


def comments_made(before: Project | None, after: Project) -> list[tuple[str, Comment]]:
    """The comments of ``after`` that are new or changed since ``before`` (all of them without it):
    what a reader wrote, to save in a comments file."""
    made = []
    for jmap in after.maps:
        for comment in jmap.comments:
            earlier = before.lookup(comment.id) if before is not None else None
            if earlier is None or earlier[0] != comment:
                made.append((jmap.id, comment))
    return made


def with_comments(project: Project, comments: list[tuple[str, Comment]]) -> tuple[Project, int]:
    """A copy of ``project`` with ``comments`` (``(map id, comment)``) added, or taking the place of
    those it has; and how many were left out.

    A comment about something the project no longer has is kept on its map, as a thread of
    its own; one whose map is gone is left out.
    """
    result = copy.deepcopy(project)
    left_out = 0
    for map_id, comment in comments:  # a thread's first comment comes before its replies, as saved
        jmap = result.lookup(map_id)
        if jmap is None or not isinstance(jmap[0], JourneyMap):
            left_out += 1
            continue
        if not _put(result, map_id, copy.copy(comment)):
            left_out += 1
    return result, left_out


def _put(project: Project, map_id: str, comment: Comment) -> bool:
    """Add or update one comment; ``False`` when it cannot stand in the project at all."""
    present = project.lookup(comment.id)
    try:
        if present is not None:
            if not isinstance(present[0], Comment):
                return False
            project.update(comment.id, text=comment.text, resolved=comment.resolved)
            return True
        try:
            project.add(comment, map_id=map_id)
        except ValueError:
            project.add(dataclasses.replace(comment, target_id=map_id, reply_to_id=None), map_id=map_id)
    except ValueError:
        return False
    return True
