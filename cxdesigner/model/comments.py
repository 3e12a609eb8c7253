"""Review comments: what colleagues say about a map and its parts, in threads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cxdesigner.model.base import Entity


@dataclass(kw_only=True, slots=True)
class Comment(Entity):
    """A remark on a map, or on one of its stages, touchpoints, pain points or actions.

    ``target_id`` names what it is about (the map's own id for the map as a whole). A
    reply names the comment it answers in ``reply_to_id`` and is about the same thing;
    threads are one level deep. ``resolved`` is kept on a thread's first comment.
    """

    target_id: str
    text: str
    author: str = ""
    created_at: datetime | None = None
    reply_to_id: str | None = None
    resolved: bool = False
