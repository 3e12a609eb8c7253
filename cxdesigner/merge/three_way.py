"""The three-way merge of two versions of a project that share an ancestor.

Item by item on ids, field by field: what only one side changed is taken; the
same field changed both ways is a conflict. Lists of items and of links are
merged as sequences, so both sides' insertions and moves survive. Removals are
decided in ``removals.py``, carried out through the model (so whatever would
dangle goes with them), and the result is checked against every model rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cxdesigner.merge.cascade import CASCADING
from cxdesigner.merge.conflicts import (BASE, DEFAULT, FIELD, GIVEN, MINE, ORDER, PREFERRED, THEIRS, Conflict, Edit,
                                        conflict_key)
from cxdesigner.merge.describe import capital, field_word, kind_word
from cxdesigner.merge.records import (GROUPED, PROJECT, Key, Record, held, is_ordered_set, map_of, orders, plain_fields,
                                      tables)
from cxdesigner.merge.removals import decide
from cxdesigner.merge.repair import check_together, onto_merged_scales
from cxdesigner.merge.sequence import merge_order, predecessor
from cxdesigner.merge.sides import DELIBERATE, FOLLOWS, SAME, Sides
from cxdesigner.model import Project
from cxdesigner.model.containers import MAP_LISTS, PROJECT_LISTS

_ABSENT = object()


class MergeError(ValueError):
    """The merge could not give a sound project; ``str()`` is one plain sentence."""


@dataclass
class MergeResult:
    """The merged project and every conflict met on the way, each with the way it went."""

    project: Project
    conflicts: list[Conflict]

    @property
    def unsettled(self) -> list[Conflict]:
        """Conflicts settled by the default (mine) because nobody said which way."""
        return [c for c in self.conflicts if c.settled == DEFAULT]


def merge(base: Project, mine: Project, theirs: Project, *, prefer: str | None = None,
          resolutions: Mapping[str, str | Edit] | None = None) -> MergeResult:
    """Merge ``mine`` and ``theirs``, two versions of ``base``; none of the three is changed.

    Args:
        prefer: ``"mine"`` or ``"theirs"``: the side a conflict goes to when
            ``resolutions`` does not say. Without it conflicts go to mine and are
            reported as unsettled.
        resolutions: per ``Conflict.key``, ``"mine"``, ``"theirs"`` or an ``Edit`` (a
            value of one's own, for a field): a first merge lists the conflicts, a second
            with the user's choices gives the result.

    Raises ``ValueError`` (one sentence) when the three are not versions of one project, or
    a choice does not fit, and ``MergeError`` if no sound project could be made.
    """
    if prefer not in (None, MINE, THEIRS):
        raise ValueError("The side to prefer is either 'mine' or 'theirs'.")
    if not base.id == mine.id == theirs.id:
        raise ValueError("These files are not versions of the same project: they share no history to merge.")
    return _Merge(Sides(base, mine, theirs), prefer, dict(resolutions or {})).run()


class _Merge:
    def __init__(self, sides: Sides, prefer: str | None, resolutions: dict[str, str | Edit]) -> None:
        self.sides = sides
        self.records = sides.records
        self.prefer = prefer
        self.resolutions = resolutions
        self.conflicts: list[Conflict] = []
        #: Per field of each rating and target, the versions whose value the result took (for the scale).
        self.sources: dict[tuple[Key, str], set[str]] = {}
        #: Per item, the sides whose changes the result holds (two: they must fit together).
        self.contributors: dict[Key, set[str]] = {}
        self.base_orders = orders(self.records[BASE])

    def settle(self, key: str, kind: str) -> tuple[str | Edit, str]:
        if key in self.resolutions:
            choice = self.resolutions[key]
            if isinstance(choice, Edit) and kind != FIELD:
                raise ValueError("Only a field in conflict can take a value of one's own; choose mine or theirs.")
            if not isinstance(choice, Edit) and choice not in (MINE, THEIRS):
                raise ValueError("A conflict is settled by 'mine', 'theirs' or a value of one's own.")
            return choice, GIVEN
        return (self.prefer, PREFERRED) if self.prefer else (MINE, DEFAULT)

    def run(self) -> MergeResult:
        self.decisions = decide(self.sides, self.settle)
        self.conflicts += self.decisions.conflicts
        merged = {key: self._fields(key) for key in self._keys()}
        project = self._build(merged)
        onto_merged_scales(project, self.sides, self.sources)
        self.conflicts += check_together(project, self.sides, self.contributors, self.settle)
        self._carry_out(project)
        trouble = project.problems()
        if trouble:
            raise MergeError(f"The merged project would break a rule ({trouble[0]}); nothing was merged.")
        return MergeResult(project, self.conflicts)

    # -- which items, which values ------------------------------------------------

    def _keys(self) -> list[Key]:
        """Everything either side has, and what one side removed (its removal is carried out later)."""
        gone = [key for key in self.records[BASE] if key in self.decisions.fate]
        return list(dict.fromkeys([*self.records[MINE], *self.records[THEIRS], *gone]))

    def _fields(self, key: Key) -> dict[str, Any]:
        base, mine, theirs = (self.records[side].get(key) for side in (BASE, MINE, THEIRS))
        if mine is None or theirs is None:
            only, side = (mine, MINE) if mine is not None else (theirs, THEIRS)
            if isinstance(key, tuple):
                for name in only.fields:
                    self.sources[(key, name)] = {side}
            self.contributors[key] = {side}
            return dict(only.fields)
        cls = type(mine.item)
        entry = isinstance(key, tuple)
        merged = {}
        for name in plain_fields(cls):
            old = base.fields[name] if base is not None else _ABSENT
            ours, other = mine.fields[name], theirs.fields[name]
            if ours == other:
                value = ours
            elif base is not None and is_ordered_set(cls, name, old, ours, other):
                value = self._ordered_set(key, mine, name, old, ours, other)
            else:
                value = self._field(key, mine, name, old, ours, other)
            merged[name] = value
            versions = ((BASE, old), (MINE, ours), (THEIRS, other))
            if entry:  # only ratings and targets need to know (for the scale)
                self.sources[(key, name)] = {side for side, v in versions if v == value} or {"edit"}
            if value != old:
                changed_by = {side for side, v in versions[1:] if v == value and v != old}
                self.contributors.setdefault(key, set()).update(changed_by or {"edit"})
        return merged

    def _weigh(self, side: str, record: Record, name: str, old: Any, new: Any) -> str:
        if old is _ABSENT:
            return DELIBERATE
        weight = self.sides.weigh(side, record, name, old, new)
        if weight == FOLLOWS and any(self.decisions.fate.get(x) is False for x in self.sides.gone(side, old)):
            return SAME  # it followed from a removal the merge did not carry out
        return weight

    def _field(self, key: Key, record: Record, name: str, old: Any, ours: Any, other: Any) -> Any:
        mine, theirs = self._weigh(MINE, record, name, old, ours), self._weigh(THEIRS, record, name, old, other)
        if mine == SAME and theirs == SAME:
            return old
        if theirs == SAME or (mine == DELIBERATE and theirs == FOLLOWS) or (mine == theirs == FOLLOWS):
            return ours
        if mine == SAME or (theirs == DELIBERATE and mine == FOLLOWS):
            return other
        names = self.sides.names
        title = names.title(record)
        was = "" if old is _ABSENT else f"was {names.show(old)}; "
        sentence = capital(f"{title}: both changed the {field_word(name)} "
                           f"({was}mine {names.show(ours)}, theirs {names.show(other)}).")
        conflict_name = conflict_key(FIELD, key, name)
        resolution, settled = self.settle(conflict_name, FIELD)
        self.conflicts.append(Conflict(conflict_name, FIELD, key, kind_word(type(record.item)), map_of(record), name,
                                       None if old is _ABSENT else old, ours, other, sentence, resolution, settled))
        if isinstance(resolution, Edit):
            return resolution.value
        return ours if resolution == MINE else other

    def _ordered_set(self, key: Key, record: Record, name: str, old: list, ours: list, other: list) -> list:
        """Links and lanes: each side's additions and removals, in an order both agree on.

        A link lost because its item was removed stays for now: carrying out the
        removal (or not) decides it. So does a persona taken off a map by one side.
        """
        had, kept = {MINE: set(ours), THEIRS: set(other)}, set(old)
        members = set()
        for value in dict.fromkeys([*old, *ours, *other]):
            losers = [side for side in (MINE, THEIRS) if value not in had[side]]
            if value not in kept or not losers:
                members.add(value)
            elif len(losers) == 1:
                removed_item = isinstance(value, str) and value in self.sides.all_ids \
                    and value not in self.sides.ids[losers[0]]
                if removed_item or name in CASCADING:
                    members.add(value)
        return merge_order(old, ours, other, members, self._chooser(key, record, name))

    def _chooser(self, key: Key | None, record: Record | None, name: str | None):
        """What ``merge_order`` calls for an element both sides moved to different places."""
        names = self.sides.names

        def choose(element, after_mine, after_theirs) -> str:
            def place(after):
                return f"after {names.show(after)}" if after is not None else "first"
            if name is None:
                what, conflict_name = names.title(self.records[MINE][element]), conflict_key(ORDER, element)
                item, kind, field_name = element, kind_word(type(self.records[MINE][element].item)), None
            else:
                what = f"{names.show(element)} in the {field_word(name)} of {names.title(record)}"
                conflict_name = conflict_key(ORDER, key, name, element)
                item, kind, field_name = key, kind_word(type(record.item)), name
            resolution, settled = self.settle(conflict_name, ORDER)
            before = self.records[BASE].get(key if name else element)
            base_list = (before.fields[name] if name else self.base_orders.get((before.owner, before.where), [])
                         ) if before else []
            after_base = predecessor(base_list, element, set(base_list))
            sentence = capital(f"{what}: both moved it (mine {place(after_mine)}, theirs {place(after_theirs)}).")
            owner_record = record if name else self.records[MINE][element]
            self.conflicts.append(Conflict(conflict_name, ORDER, item, kind, map_of(owner_record), field_name,
                                           after_base, after_mine, after_theirs, sentence, resolution, settled))
            return resolution
        return choose

    # -- the merged project ----------------------------------------------------------

    def _build(self, merged: dict[Key, dict[str, Any]]) -> Project:
        """Objects for every item, in merged order, put together as a new project."""
        template = {key: self.records[MINE].get(key) or self.records[THEIRS].get(key) or self.records[BASE][key]
                    for key in merged}
        objects = {}
        for key, values in merged.items():
            if key == PROJECT:
                continue
            item = template[key].item
            fresh = {h: {} if h in tables(type(item)) else [] for h in held(type(item))}
            copied = {n: list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v
                      for n, v in values.items()}
            objects[key] = dataclasses.replace(item, **copied, **fresh)
        lists: dict[tuple[str | None, str], list[Key]] = {}
        entries: dict[str, list[Key]] = {}
        for key in merged:
            record = template[key]
            if isinstance(key, tuple):
                entries.setdefault(record.owner, []).append(key)
            elif key != PROJECT:
                lists.setdefault((record.owner, record.where), []).append(key)
        placed = _Orders(self, lists, objects)
        maps = [objects[k] for k in placed.order(None, "maps")]
        for jmap in maps:
            for where in MAP_LISTS.values():
                setattr(jmap, where, [objects[k] for k in placed.order(jmap.id, where)])
            for key in entries.get(jmap.id, []):
                getattr(jmap, template[key].where)[key[2:]] = objects[key]
        project_lists = {where: [objects[k] for k in placed.order(None, where)] for where in PROJECT_LISTS.values()}
        project_lists["maps"] = maps
        head = template[PROJECT].item
        return Project(id=head.id, **merged[PROJECT], **project_lists)

    def _carry_out(self, project: Project) -> None:
        """The removals that stand, through the model, then whatever one side removed that is still there."""
        for root in self.decisions.standing:
            if root.link:
                owner, where, value = root.key
                entry = project.lookup(owner)
                if entry is not None and value in getattr(entry[0], where):
                    getattr(project, CASCADING[where])(owner, value)
            else:
                _take(project, root.key)
        for key, stands in self.decisions.fate.items():
            if stands:
                _take(project, key)


def _take(project: Project, key: Key) -> None:
    """Remove an item (with what depends on it) or a keyed entry, if it is still there."""
    if isinstance(key, tuple):
        table, map_id, *entry = key
        owner = project.lookup(map_id)
        if owner is not None:
            getattr(owner[0], table).pop(tuple(entry), None)
    elif project.lookup(key) is not None:
        project.remove(key)


class _Orders:
    """The merged order of each list, computed once; touchpoints run by run, stage by stage."""

    def __init__(self, merge: _Merge, lists: dict[tuple[str | None, str], list[Key]], objects: dict) -> None:
        self.merge, self.lists, self.objects = merge, lists, objects
        self.done: dict[tuple[str | None, str], list[Key]] = {}
        self.side_orders = {side: orders(records) for side, records in merge.records.items()}

    def order(self, owner: str | None, where: str) -> list[Key]:
        place = (owner, where)
        if place not in self.done:
            members = set(self.lists.get(place, []))
            grouping, groups = GROUPED.get(where, (None, None))
            sequences = [self.side_orders[side].get(place, []) for side in (BASE, MINE, THEIRS)]
            choose = self.merge._chooser(None, None, None)
            if grouping is None:
                self.done[place] = merge_order(*sequences, members, choose) if members else []
            else:
                result = []
                for group in self.order(owner, groups):
                    runs = [[k for k in sequence if self.merge.records[side][k].fields[grouping] == group]
                            for side, sequence in zip((BASE, MINE, THEIRS), sequences)]
                    inside = {k for k in members if getattr(self.objects[k], grouping) == group}
                    result += merge_order(*runs, inside, choose) if inside else []
                placed = set(result)  # a touchpoint of no stage: left in, for the rules to refuse
                self.done[place] = result + sorted((k for k in members if k not in placed), key=str)
        return self.done[place]
