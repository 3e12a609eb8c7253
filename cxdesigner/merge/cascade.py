"""What a removal takes with it, asked of the model itself.

``Project.remove`` (and ``detach_persona``) know every rule about what may not
dangle; rather than repeat those rules, a comparison or a merge removes the
item from a working copy, reads the ``Removal`` record, and restores it
exactly. A new kind of item, or a new dependency, needs no change here.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from typing import Any

from cxdesigner.merge.records import PROJECT, Key, flatten, held
from cxdesigner.model import JourneyMap, Project, Removal

#: Lists of links whose removal cascades, and the ``Project`` method that removes one link.
CASCADING = {"persona_ids": "detach_persona"}


@dataclass
class Cascade:
    """What removing one thing takes away: the records (``removed``) and the links cut.

    ``links`` holds ``(item id, field, value before, value after)`` for each link cut
    (or, for a goal's end, moved to a neighbour).
    """

    removed: set[Key] = field(default_factory=set)
    links: list[tuple[str, str, Any, Any]] = field(default_factory=list)


def working_copy(project: Project) -> Project:
    """A copy for removals to try out: every item and every list and table its own, while the
    values inside (texts, ratings, photos) are shared, since removing and restoring only ever
    replaces them. A tenth of a deep copy's cost for a large project."""
    def twin(item: Any) -> Any:
        double = copy.copy(item)
        for name in held(type(item)):
            value = getattr(item, name)
            setattr(double, name, dict(value) if isinstance(value, dict) else [twin(v) for v in value])
        for f in dataclasses.fields(item):
            value = getattr(double, f.name)
            if f.name not in held(type(item)) and isinstance(value, list | dict):
                setattr(double, f.name, copy.copy(value))
        return double

    return Project(**{f.name: ([twin(v) for v in getattr(project, f.name)] if f.name in held(Project)
                               else getattr(project, f.name)) for f in dataclasses.fields(project)})


def removal_cascade(project: Project, item_id: str) -> Cascade:
    """What removing the item ``item_id`` from ``project`` would take; ``project`` is left as it was."""
    removal = project.remove(item_id)
    try:
        return _read(project, removal, Cascade())
    finally:
        project.restore(removal)


def membership_cascade(project: Project, where: str, owner_id: str, value: str) -> Cascade:
    """What taking ``value`` out of the cascading list ``where`` of item ``owner_id`` would take."""
    removal = getattr(project, CASCADING[where])(owner_id, value)
    try:
        return _read(project, removal, Cascade())
    finally:
        project.restore(removal)


def _read(project: Project, removal: Removal, found: Cascade) -> Cascade:
    item = removal.item
    if removal.where in CASCADING:  # a link taken out of a list; what went with it is in the cascade
        found.links.append((removal.owner_id, removal.where, None, None))
    elif hasattr(item, "id"):
        found.removed.add(item.id)
        if isinstance(item, JourneyMap):  # a map takes everything in it
            found.removed.update(key for key in flatten(Project(maps=[item])) if key != PROJECT)
    else:  # a keyed entry (a rating, a target)
        found.removed.add((removal.where, removal.owner_id, *item.key))
    for item_id, name, before in removal.detached:
        entry = project.lookup(item_id)
        found.links.append((item_id, name, before, getattr(entry[0], name) if entry else None))
    for dependent in removal.cascade:
        _read(project, dependent, found)
    return found
