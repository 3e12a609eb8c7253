"""Deciding each removal one side made: does it stand, or did the other side build on it?

A removal stands unless the other side changed the item, anything that would go
with it (a touchpoint's ratings, a stage's touchpoints, everything in a map), or
linked something to it; then it is a conflict. What goes with a removal is asked
of the model (``cascade.py``), on the other side's project. Removals are decided
outermost first, so removing a stage is one decision for its touchpoints too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cxdesigner.merge.cascade import CASCADING, Cascade, membership_cascade, removal_cascade, working_copy
from cxdesigner.merge.conflicts import BASE, MINE, REMOVAL, THEIRS, Conflict, conflict_key
from cxdesigner.merge.describe import capital, field_word, kind_word
from cxdesigner.merge.records import Key, map_of, references
from cxdesigner.merge.sides import Sides
from cxdesigner.model import Project

#: ``settle(conflict key, kind)`` -> ``(resolution, how it was settled)``.
Settle = Callable[[str, str], tuple[object, str]]


@dataclass(frozen=True)
class Root:
    """Something one side removed: an item or entry (``key``), or a link ``(owner id, list, value)``."""

    key: Key
    side: str
    link: bool = False


@dataclass
class Decisions:
    """Whether each removal stands.

    ``fate`` covers every item or entry one side removed (``True``: it goes), ``links``
    every link taken out of a cascading list; ``standing`` the removals to carry out,
    in order.
    """

    fate: dict[Key, bool] = field(default_factory=dict)
    links: dict[tuple[str, str, str], bool] = field(default_factory=dict)
    standing: list[Root] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def decide(sides: Sides, settle: Settle) -> Decisions:
    """Every removal of mine and of theirs, outermost first, each decided once."""
    decisions = Decisions()
    position = {side: {key: i for i, key in enumerate(records)} for side, records in sides.records.items()}
    working: dict[str, Project] = {}
    covered: set[Key] = set()
    for root in sorted(_roots(sides), key=lambda r: _rank(sides, position[BASE], r)):
        if root.key in covered:
            continue
        other = sides.other(root.side)
        if other not in working:
            working[other] = working_copy(sides.projects[other])
        cascade = _cascade(working[other], root)
        touched = _touched(sides, root, other, cascade, position[other])
        stands = True
        if touched:
            conflict = _conflict(sides, root, other, touched, settle)
            decisions.conflicts.append(conflict)
            stands = conflict.resolution == root.side
        for key in [root.key, *cascade.removed]:
            if key in sides.records[BASE] and key not in sides.records[root.side] and key in sides.records[other]:
                decisions.fate[key] = stands
                covered.add(key)
        if root.link:
            decisions.links[root.key] = stands
        if stands:
            decisions.standing.append(root)
    return decisions


def _roots(sides: Sides) -> list[Root]:
    base = sides.records[BASE]
    found = []
    for side in sides.records.keys() - {BASE}:
        own, other = sides.records[side], sides.records[sides.other(side)]
        found += [Root(key, side) for key in base if key not in own and key in other]
        for key, record in base.items():
            if key not in own or key not in other:
                continue
            for where in CASCADING.keys() & record.fields.keys():
                kept, theirs = set(own[key].fields[where]), set(other[key].fields[where])
                found += [Root((key, where, value), side, link=True) for value in record.fields[where]
                          if value not in kept and value in sides.ids[side] and value in theirs]
    return found


def _rank(sides: Sides, position: dict[Key, int], root: Root) -> tuple:
    """Project-level items, then links off maps, then what maps hold, then ratings and targets."""
    if root.link:
        return (1, position[root.key[0]], str(root.key), root.side)
    record = sides.records[BASE][root.key]
    rank = 3 if isinstance(root.key, tuple) else 0 if record.owner is None else 2
    return (rank, position[root.key], "", root.side)


def _cascade(project: Project, root: Root) -> Cascade:
    if root.link:
        return membership_cascade(project, root.key[1], root.key[0], root.key[2])
    if isinstance(root.key, tuple):
        return Cascade(removed={root.key})
    return removal_cascade(project, root.key)


def _touched(sides: Sides, root: Root, other: str, cascade: Cascade,
             position: dict[Key, int]) -> list[tuple[Key, list[str]]]:
    """What ``other`` changed among what the removal would take, and the links it made to it."""
    keys = sorted(({root.key} if not root.link else set()) | cascade.removed, key=lambda k: position.get(k, -1))
    touched = [(key, fields) for key in keys if (fields := sides.changed(other, key))]
    if not root.link:
        base = sides.records[BASE]
        for item_id, name, before, _ in cascade.links:
            had = references(base[item_id].fields[name], {root.key}) if item_id in base else set()
            if root.key in references(before, {root.key}) and not had:
                touched.append((item_id, [name]))
    return touched


def _conflict(sides: Sides, root: Root, other: str, touched: list[tuple[Key, list[str]]], settle: Settle) -> Conflict:
    names = sides.names
    if root.link:
        owner, where, value = root.key
        item, field_name = owner, where
        what = f"{kind_word(names.kind(value))} {names.name(value)} off {names.title(sides.records[BASE][owner])}"
        values = [value if value in sides.records[side][owner].fields[where] else None
                  for side in (BASE, MINE, THEIRS)]
        key = conflict_key(REMOVAL, owner, where, value)
    else:
        item, field_name = root.key, None
        what = names.title(sides.records[BASE][root.key])
        values = [sides.records[side][root.key].item if root.key in sides.records[side] else None
                  for side in (BASE, MINE, THEIRS)]
        key = conflict_key(REMOVAL, root.key)
    changed, added = [], []
    for touched_key, fields in touched:
        words = ", ".join(field_word(f) for f in fields[:4]) + (", …" if len(fields) > 4 else "")
        if touched_key == root.key:
            changed.append(f"it ({words})")
        elif touched_key in sides.records[BASE]:
            changed.append(f"{names.title(sides.records[other][touched_key])} ({words})")
        else:
            added.append(names.title(sides.records[other][touched_key]))
    clauses = [f"{verb} {_few(parts)}" for verb, parts in (("changed", changed), ("added", added)) if parts]
    sentence = capital(f"{root.side} {'took' if root.link else 'removed'} {what}, but {other} {' and '.join(clauses)}.")
    resolution, settled = settle(key, REMOVAL)
    record = sides.records[BASE][item]
    return Conflict(key, REMOVAL, item, kind_word(type(record.item)), map_of(record), field_name,
                    *values, sentence, resolution, settled)


def _few(parts: list[str]) -> str:
    """At most three, then how many more."""
    return ", ".join(parts[:3]) + (f" and {len(parts) - 3} more" if len(parts) > 3 else "")
