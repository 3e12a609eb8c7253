"""Comparing two versions of a project: what was added, removed, changed and moved.

Items are matched on their ids, so a renamed touchpoint is one change, not a
removal and an addition. Whatever a removal took with it (a touchpoint's
ratings, the links to it) is listed under that removal, not on its own.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from cxdesigner.merge.cascade import CASCADING, membership_cascade, removal_cascade, working_copy
from cxdesigner.merge.describe import Names, capital, field_word, kind_word
from cxdesigner.merge.records import GROUPED, Key, Record, flatten, map_of, orders
from cxdesigner.merge.sequence import moved
from cxdesigner.model import Project

ADDED, REMOVED, CHANGED, MOVED = "added", "removed", "changed", "moved"


@dataclass(frozen=True)
class Difference:
    """One change from the old version to the new.

    ``key`` is the item's (an id, or ``(table, map id, *key)`` for a rating or a
    target); ``map_id`` the map it belongs to (``None``: the project itself, its
    personas, channels, departments). A change of a field has ``field``, ``old`` and
    ``new``; a move has the positions (from 1) in ``old`` and ``new``. ``consequences``
    are what a removal took with it.
    """

    change: str
    key: Key
    kind: str
    map_id: str | None
    sentence: str
    field: str | None = None
    old: Any = None
    new: Any = None
    consequences: tuple[Difference, ...] = ()


def compare(old: Project, new: Project) -> list[Difference]:
    """Every difference from ``old`` to ``new``, item by item, outermost first."""
    return _Comparison(old, new).differences()


class _Comparison:
    def __init__(self, old: Project, new: Project) -> None:
        self.a, self.b = flatten(old), flatten(new)
        self.old = old
        self.gone = {key for key in self.a if key not in self.b and isinstance(key, str)}
        self.names = Names(self.b, self.a)
        self.before, self.after = orders(self.a), orders(self.b)
        self.position = {key: i for i, key in enumerate(self.a)}
        self.previous: dict[Key, Key | None] | None = None
        self.explained: dict[Key, list[Difference]] = {}
        self.cut: dict[tuple[str, str], Key] = {}

    def differences(self) -> list[Difference]:
        removals = self._removals()
        moves = self._moves()
        found: list[Difference] = []
        inside_new_maps: dict[str, list[Difference]] = {}
        for key in dict.fromkeys([*self.b, *self.a]):
            if key in removals:
                found.append(removals[key])
            elif key not in self.a:
                owner = self.b[key].owner
                if owner is not None and owner not in self.a:  # it comes with its new map
                    inside_new_maps.setdefault(owner, []).append(self._added(self.b[key]))
                else:
                    found.append(self._added(self.b[key]))
            elif key in self.b:
                found.extend(d for d in self._changes(self.a[key], self.b[key])
                             if (key, d.field) not in self.cut)
                if key in moves:
                    found.append(moves[key])
        return [self._added(self.b[d.key], inside_new_maps[d.key]) if d.key in inside_new_maps else d
                for d in found]

    # -- removals, with what each took ---------------------------------------

    def _removals(self) -> dict[Key, Difference]:
        """Each removal not explained by an earlier one, with the removals and cut links it explains.

        A removal's cascade is asked of the model, on a working copy of the old version.
        """
        gone = [key for key in self.a if key not in self.b]
        if not gone:
            return {}
        working = working_copy(self.old)
        covered: set[Key] = set()
        found: dict[Key, Difference] = {}
        entities = [key for key in gone if isinstance(key, str)]
        roots = [(key, lambda key=key: removal_cascade(working, key)) for key in entities if self.a[key].owner is None]
        roots += [((owner, where), lambda o=owner, w=where, v=value: membership_cascade(working, w, o, v))
                  for (owner, where), value in self._links_taken_out()]
        roots += [(key, lambda key=key: removal_cascade(working, key)) for key in entities if self.a[key].owner]
        for root, simulate in roots:
            if root in covered:
                continue
            cascade = simulate()
            taken = sorted((k for k in cascade.removed if k != root and k in self.a and k not in self.b
                            and k not in covered), key=self.position.__getitem__)
            covered.update(taken)
            consequences = [self._removed(self.a[k]) for k in taken]
            for item_id, name, _, after in cascade.links:
                if item_id in self.b and (item_id, name) not in self.cut and self._cut_only(item_id, name, after):
                    self.cut[(item_id, name)] = root
                    consequences.extend(self._changes(self.a[item_id], self.b[item_id], only=name))
            if root in self.a:
                found[root] = self._removed(self.a[root], consequences)
            else:
                self.explained.setdefault(root, []).extend(consequences)
        for key in gone:
            if key not in found and key not in covered:
                found[key] = self._removed(self.a[key])
        return found

    def _links_taken_out(self) -> list[tuple[tuple[str, str], str]]:
        """Links taken out of cascading lists (a persona off a map) while both ends stay."""
        taken = []
        for key, record in self.a.items():
            for where in CASCADING:
                if where in record.fields and key in self.b:
                    now = set(self.b[key].fields[where])
                    taken += [((key, where), v) for v in record.fields[where] if v not in now and v in self.b]
        return taken

    def _cut_only(self, item_id: str, name: str, cut: Any) -> bool:
        """Whether a field changed only as removals change it: to the value one removal left
        (``cut``), or by losing its links to everything removed."""
        before, now = self.a[item_id].fields[name], self.b[item_id].fields[name]
        return now != before and now in (cut, _without(before, self.gone))

    # -- moves ---------------------------------------------------------------

    def _moves(self) -> dict[Key, Difference]:
        """Items that changed place among the items of both versions (touchpoints within their stage)."""
        found = {}
        for place, keys in self.after.items():
            previous = self.before.get(place, [])
            old_index = {key: i for i, key in enumerate(previous)}
            new_index = {key: i for i, key in enumerate(keys)}
            for old_group, new_group, group in self._groups(place[1], previous, keys):
                at = {key: i for i, key in enumerate(new_group)}
                for key in moved(old_group, new_group):
                    index = at[key]
                    where = (f"after {self.names.name(new_group[index - 1])}" if index
                             else f"to the start of {self.names.name(group)}" if group else "to the start")
                    record = self.b[key]
                    found[key] = Difference(
                        MOVED, key, kind_word(type(record.item)), map_of(record),
                        capital(f"{self.names.title(record)} moved {where}."),
                        old=old_index[key] + 1, new=new_index[key] + 1)
        return found

    def _groups(self, where: str, old: list[Key], new: list[Key]):
        """The list, or its runs by the grouping field (touchpoints by stage): ``(old, new, group)``."""
        grouping, _ = GROUPED.get(where, (None, None))
        if grouping is None:
            yield old, new, None
            return
        for group in dict.fromkeys(self.b[k].fields[grouping] for k in new):
            yield ([k for k in old if self.a[k].fields[grouping] == group],
                   [k for k in new if self.b[k].fields[grouping] == group], group)

    # -- sentences -------------------------------------------------------------

    def _added(self, record: Record, content: list[Difference] = ()) -> Difference:
        title = self.names.title(record)
        if isinstance(record.key, tuple):
            shown = _worth_saying(record.item)
            detail = ": " + ", ".join(f"{field_word(n)} {self.names.show(v)}" for n, v in shown) if shown else ""
            sentence = f"{title} added{detail}."
        else:
            sentence = f"{title} added{self._place(record)}{_with(content)}."
        return Difference(ADDED, record.key, kind_word(type(record.item)), map_of(record), capital(sentence),
                          new=record.item, consequences=tuple(content))

    def _place(self, record: Record) -> str:
        if self.previous is None:
            self.previous = {}
            for (owner, where), keys in self.after.items():
                grouping, _ = GROUPED.get(where, (None, None))
                last: dict = {}
                for key in keys:
                    group = self.b[key].fields[grouping] if grouping else None
                    self.previous[key] = last.get(group)
                    last[group] = key
        grouping, _ = GROUPED.get(record.where, (None, None))
        before = self.previous.get(record.key)
        if before is not None:
            return f" after {self.names.name(before)}"
        return f" at the start of {self.names.name(record.fields[grouping])}" if grouping else ""

    def _removed(self, record: Record, consequences: list[Difference] = ()) -> Difference:
        sentence = f"{self.names.title(record)} removed{_with(consequences)}."
        return Difference(REMOVED, record.key, kind_word(type(record.item)), map_of(record), capital(sentence),
                          old=record.item, consequences=tuple(consequences))

    def _changes(self, old: Record, new: Record, only: str | None = None) -> list[Difference]:
        title = self.names.title(new)
        return [Difference(CHANGED, new.key, kind_word(type(new.item)), map_of(new),
                           capital(f"{title}: {field_word(name)} {self.names.change(value, new.fields[name])}."),
                           field=name, old=value, new=new.fields[name],
                           consequences=tuple(self.explained.get((new.key, name), ())))
                for name, value in old.fields.items()
                if (only is None or name == only) and value != new.fields[name]]


def _with(consequences) -> str:
    """" (with 2 ratings and 1 link)": what came or went with an item, counted by kind."""
    counted: dict[str, int] = {}
    for difference in consequences:
        word = difference.kind if difference.change in (ADDED, REMOVED) else "link"
        counted[word] = counted.get(word, 0) + 1
    parts = [f"{n} {word}{'s' if n > 1 else ''}" for word, n in counted.items()]
    detail = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)
    return f" (with {detail})" if detail else ""


def _without(value: Any, gone: set[str]) -> Any:
    """``value`` with its links to ``gone`` cut, as a removal cuts them."""
    if isinstance(value, str):
        return None if value in gone else value
    if isinstance(value, list):
        return [v for v in value if v not in gone]
    if isinstance(value, dict):
        return {k: (None if v in gone else v) for k, v in value.items()}
    return value


def _worth_saying(item: Any) -> list[tuple[str, Any]]:
    """The fields of a new rating or target worth saying: those not at their default, links left out."""
    return [(f.name, getattr(item, f.name)) for f in dataclasses.fields(item)
            if not f.name.endswith("_id") and getattr(item, f.name) not in (None, f.default)]
