"""Keeping a merged project inside the model's rules.

Two things can go wrong when both sides' changes are put together: a rating
taken from a side whose map had another scale, and an item whose changes are
fine apart but break a rule together (a goal's two ends, a rating's interval).
The first is converted onto the merged scale, as ``Project.set_scale`` would; the
second becomes a ``TOGETHER`` conflict and the item is taken whole from one side.
"""

from __future__ import annotations

from typing import Any

from cxdesigner.merge.conflicts import BASE, MINE, THEIRS, TOGETHER, Conflict, conflict_key
from cxdesigner.merge.describe import capital, kind_word
from cxdesigner.merge.records import PROJECT, Key, Record, map_of
from cxdesigner.merge.sides import ON_SCALE, Sides
from cxdesigner.model import JourneyMap, Project, rules
from cxdesigner.model.keyed import BY_ATTRIBUTE


def onto_merged_scales(project: Project, sides: Sides, sources: dict[tuple[Key, str], set[str]]) -> None:
    """Carry each rating and target value taken from a side with another scale onto the map's merged one."""
    for jmap in project.maps:
        for table in ON_SCALE:
            for entry_key, entry in getattr(jmap, table).items():
                key = (table, jmap.id, *entry_key)
                _onto(sides, jmap, table, entry, {name: sources.get((key, name), set()) for name in ON_SCALE[table]})


def _onto(sides: Sides, jmap: JourneyMap, table: str, entry: Any, sources: dict[str, set[str]]) -> None:
    for name in ON_SCALE[table]:
        value = getattr(entry, name)
        scales = [s for s in (sides.scale(side, jmap.id) for side in (MINE, THEIRS, BASE)
                              if side in sources.get(name, ())) if s is not None]
        if value is not None and scales and jmap.scale not in scales:
            setattr(entry, name, scales[0].convert(value, jmap.scale))


def check_together(project: Project, sides: Sides, contributors: dict[Key, set[str]], settle) -> list[Conflict]:
    """Items holding changes of both sides that break a rule together: each is taken whole from the side
    the conflict goes to (or, if that still breaks a rule, from the other; failing both, left out)."""
    found = []
    for key, who in contributors.items():
        if len(who) < 2 and "edit" not in who:
            continue
        located = _locate(project, key)
        if located is None:
            continue
        item, jmap = located
        problem = _problem(project, key, item, jmap)
        if problem is None:
            continue
        record = sides.records[MINE].get(key) or sides.records[THEIRS][key]
        title = sides.names.title(record)
        if "edit" in who:
            raise ValueError(capital(f"{title}: the value given does not fit ({_lower(problem)})."))
        name = conflict_key(TOGETHER, key)
        resolution, settled = settle(name, TOGETHER)
        for side in (resolution, sides.other(resolution)):
            if _take_version(sides, jmap, key, item, sides.records[side].get(key), side) \
                    and _problem(project, key, item, jmap) is None:
                break
        else:
            _drop(project, key)
        sentence = capital(f"{title}: the changes of mine and theirs do not fit together ({_lower(problem)}).")
        versions = [sides.records[side][key].item if key in sides.records[side] else None
                    for side in (BASE, MINE, THEIRS)]
        found.append(Conflict(name, TOGETHER, key, kind_word(type(record.item)), map_of(record), None,
                              *versions, sentence, resolution, settled))
    return found


def _lower(sentence: str) -> str:
    """A rule's sentence to go inside another: "A goal spans..." -> "a goal spans..."."""
    return sentence[:1].lower() + sentence[1:].rstrip(".")


def _locate(project: Project, key: Key) -> tuple[Any, JourneyMap | None] | None:
    if isinstance(key, tuple):
        table, map_id, *entry_key = key
        owner = project.lookup(map_id)
        entry = getattr(owner[0], table).get(tuple(entry_key)) if owner is not None else None
        return (entry, owner[0]) if entry is not None else None
    return None if key == PROJECT else project.lookup(key)


def _problem(project: Project, key: Key, item: Any, jmap: JourneyMap | None) -> str | None:
    try:
        if isinstance(key, tuple):
            kind = BY_ATTRIBUTE.get(key[0])
            if kind is not None:
                rules.check_value(project, jmap, kind, item)
        else:
            rules.check_item(project, item, jmap)
    except ValueError as error:
        return str(error)
    return None


def _take_version(sides: Sides, jmap: JourneyMap | None, key: Key, item: Any, record: Record | None,
                  side: str) -> bool:
    """Give ``item`` every field of one side's version of it; ``False`` when that side has none."""
    if record is None:
        return False
    for name, value in record.fields.items():
        setattr(item, name, list(value) if isinstance(value, list) else dict(value) if isinstance(value, dict)
                else value)
    if isinstance(key, tuple) and key[0] in ON_SCALE:
        _onto(sides, jmap, key[0], item, dict.fromkeys(ON_SCALE[key[0]], {side}))
    return True


def _drop(project: Project, key: Key) -> None:
    if isinstance(key, tuple):
        table, map_id, *entry_key = key
        getattr(project.find(map_id), table).pop(tuple(entry_key), None)
    else:
        project.remove(key)
