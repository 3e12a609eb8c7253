"""The three versions a merge reads, and what each side's change of a value means.

A removal changes other items too: a touchpoint's removal cuts the pain points'
links to it and pulls goal ends onto a neighbour; a new scale converts every
rating. Such a change *follows* from another and must not clash with one the
designer made: a change is deliberate unless the old value named an item that
side removed (or, for ratings, it is the conversion onto that side's new scale).
"""

from __future__ import annotations

import math
from typing import Any

from cxdesigner.merge.conflicts import BASE, MINE, THEIRS
from cxdesigner.merge.describe import Names
from cxdesigner.merge.records import Key, Record, entity_ids, flatten, is_ordered_set, references
from cxdesigner.model import KEYED_VALUES, Project

SAME, DELIBERATE, FOLLOWS = "same", "deliberate", "follows"
#: The fields of each keyed table that lie on the map's scale (those ``Project.set_scale`` converts).
ON_SCALE = {kind.attribute: kind.on_scale for kind in KEYED_VALUES}


class Sides:
    """Base, mine and theirs, flattened into records, with every id each side holds."""

    def __init__(self, base: Project, mine: Project, theirs: Project) -> None:
        self.projects = {BASE: base, MINE: mine, THEIRS: theirs}
        self.records: dict[str, dict[Key, Record]] = {side: flatten(p) for side, p in self.projects.items()}
        self.ids = {side: entity_ids(records) for side, records in self.records.items()}
        self.all_ids = frozenset().union(*self.ids.values())
        self.names = Names(self.records[MINE], self.records[THEIRS], self.records[BASE])

    @staticmethod
    def other(side: str) -> str:
        return THEIRS if side == MINE else MINE

    def gone(self, side: str, value: Any) -> set[str]:
        """The items ``value`` names that ``side`` no longer has."""
        return {x for x in references(value, self.all_ids) if x not in self.ids[side]}

    def weigh(self, side: str, record: Record, name: str, before: Any, after: Any) -> str:
        """``SAME``, ``DELIBERATE``, or ``FOLLOWS`` (the change follows from that side's removals
        or from its new scale)."""
        if before == after:
            return SAME
        gone = self.gone(side, before)
        if not gone:
            return FOLLOWS if self._carried_onto_scale(side, record, name, before, after) else DELIBERATE
        if is_ordered_set(type(record.item), name, before, after):
            kept = [x for x in before if x in after]
            if set(after) - set(before) or set(before) - set(after) - gone or kept != [x for x in after if x in before]:
                return DELIBERATE
        return FOLLOWS

    def scale(self, side: str, map_id: str) -> Any:
        """A map's scale in one version (``None`` where that version has no such map)."""
        record = self.records[side].get(map_id)
        return record.fields["scale"] if record is not None else None

    def _carried_onto_scale(self, side: str, record: Record, name: str, before: Any, after: Any) -> bool:
        """Whether a rating's new value is only the old one carried onto that side's new scale."""
        if not isinstance(record.key, tuple) or name not in ON_SCALE.get(record.where, ()):
            return False
        old_scale, new_scale = self.scale(BASE, record.owner), self.scale(side, record.owner)
        if old_scale is None or new_scale is None or old_scale == new_scale or before is None or after is None:
            return False
        return any(math.isclose(after, moved, rel_tol=1e-9, abs_tol=1e-9)
                   for moved in (old_scale.convert(before, new_scale), new_scale.clamp(before)))

    def changed(self, side: str, key: Key) -> list[str]:
        """The fields of item ``key`` that ``side`` changed deliberately (every field, for an item it added)."""
        mine = self.records[side].get(key)
        if mine is None:
            return []
        base = self.records[BASE].get(key)
        if base is None:
            return list(mine.fields)
        return [name for name, value in mine.fields.items()
                if self.weigh(side, base, name, base.fields[name], value) == DELIBERATE]
