"""The Project aggregate: one file's worth of maps, personas and research.

Its methods are the only way to change a project. Each checks the rules in
``rules.py`` before touching anything, changes the model, then tells the
listeners with a past-tense event. ``remove`` returns a ``Removal`` that
``restore`` puts back exactly, cascades included, so undo is exact.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from cxdesigner.model import rules
from cxdesigner.model import removal as removals
from cxdesigner.model.base import Entity
from cxdesigner.model.catalog import Channel, Department
from cxdesigner.model.containers import MAP_LISTS, PROJECT_LISTS, STRUCTURAL
from cxdesigner.model.events import Event, ItemAdded, ItemChanged, ItemMoved, ItemRemoved, Listener, ValueChanged
from cxdesigner.model.journey import JourneyMap, LaneCell, Stage, Touchpoint
from cxdesigner.model.keyed import KEYED_VALUES, KeyedValue
from cxdesigner.model.persona import Persona
from cxdesigner.model.removal import Removal
from cxdesigner.model.scale import SatisfactionScale
from cxdesigner.model.survey import SurveyDataset

@dataclass(kw_only=True)
class Project(Entity):
    """Everything one ``.cxd`` file holds."""

    name: str = "Untitled project"
    description: str = ""
    channels: list[Channel] = field(default_factory=list)
    departments: list[Department] = field(default_factory=list)
    personas: list[Persona] = field(default_factory=list)
    maps: list[JourneyMap] = field(default_factory=list)
    surveys: list[SurveyDataset] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listeners: list[Listener] = []
        self._settled: list[Callable[[], None]] = []
        self._batching = 0
        self._index: dict[str, tuple[Entity, JourneyMap | None]] = {}
        for item, jmap in self.walk():
            self._index[item.id] = (item, jmap)

    def __deepcopy__(self, memo: dict) -> Project:
        """A copy with its own index and no listeners: copies never notify the original's views."""
        return Project(**{f.name: copy.deepcopy(getattr(self, f.name), memo) for f in dataclasses.fields(self)})

    # -- reading ---------------------------------------------------------

    def walk(self) -> Iterator[tuple[Entity, JourneyMap | None]]:
        """Every entity with the map it lives in (``None`` for project-level ones)."""
        for attribute in PROJECT_LISTS.values():
            for item in getattr(self, attribute):
                yield item, None
        for jmap in self.maps:
            for attribute in MAP_LISTS.values():
                for item in getattr(jmap, attribute):
                    yield item, jmap

    def lookup(self, item_id: str) -> tuple[Entity, JourneyMap | None] | None:
        """The item with this id and its map, or ``None``."""
        if item_id == self.id:
            return (self, None)
        return self._index.get(item_id)

    def find(self, item_id: str) -> Any:
        """The item with this id; ``KeyError`` when there is none."""
        entry = self.lookup(item_id)
        if entry is None:
            raise KeyError(f"Nothing in this project has the id {item_id}.")
        return entry[0]

    def map_of(self, item_id: str) -> JourneyMap | None:
        entry = self.lookup(item_id)
        if entry is None:
            raise KeyError(f"Nothing in this project has the id {item_id}.")
        return entry[1]

    def problems(self) -> list[str]:
        """Every broken rule; an empty list for a sound project."""
        return rules.problems(self)

    # -- listening -------------------------------------------------------

    def subscribe(self, listener: Listener, settled: Callable[[], None] | None = None) -> Callable[[], None]:
        """Call ``listener`` with every event from now on, and ``settled`` once a ``batch`` of them
        is over; returns the unsubscriber."""
        self._listeners.append(listener)
        if settled is not None:
            self._settled.append(settled)

        def unsubscribe() -> None:
            self._listeners.remove(listener)
            if settled is not None:
                self._settled.remove(settled)

        return unsubscribe

    @property
    def batching(self) -> bool:
        """Inside a ``batch``: a view may hold its redrawing until the batch is over."""
        return self._batching > 0

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many changes as one step (a selection deleted, a paste): each still sends its event,
        and the ``settled`` listeners are called once after the outermost batch, so a view
        that redraws the whole map does so once, not once per change."""
        self._batching += 1
        try:
            yield
        finally:
            self._batching -= 1
            if not self._batching:
                for settled in list(self._settled):
                    settled()

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- adding, changing, moving ----------------------------------------

    def add(self, item: Entity, *, map_id: str | None = None, index: int | None = None) -> None:
        """Insert ``item`` at ``index`` (default: the end; for a touchpoint, the end of its stage)."""
        if item.id in self._index or item.id == self.id:
            raise ValueError("An item with this id is already in the project.")
        jmap = self._owner_map(type(item), map_id)
        container = self._container(type(item), jmap)
        if isinstance(item, LaneCell):
            rules.check_cell_unique(jmap, item)
        if isinstance(item, Touchpoint):
            rules.check_item(self, item, jmap)
            if index is None:
                stage_at = jmap.stage_index(item.stage_id)
                index = sum(1 for t in jmap.touchpoints if jmap.stage_index(t.stage_id) <= stage_at)
            rules.check_stage_order(jmap, container[:index] + [item] + container[index:])
        index = len(container) if index is None else index
        if not 0 <= index <= len(container):
            raise ValueError("That position is outside the list.")
        self._insert(item, jmap, index)

    def update(self, item_id: str, **changes: Any) -> None:
        """Set plain fields of an item (not its id, lists of children, scale or personas)."""
        item = self.find(item_id)
        jmap = self.map_of(item_id)
        names = {f.name for f in dataclasses.fields(item)}
        for name in changes:
            if name not in names or name in STRUCTURAL:
                raise ValueError(f"'{name}' cannot be changed this way.")
        rules.check_field_types(type(item), changes)
        if isinstance(item, Project):  # not copied to check: a copy would index the whole project again
            if not changes.get("name", item.name).strip():
                raise ValueError("A project needs a name.")
        else:
            candidate = dataclasses.replace(item, **changes)
            rules.check_item(self, candidate, jmap)
            if isinstance(item, LaneCell):
                rules.check_cell_unique(jmap, candidate)
            if isinstance(item, Touchpoint) and "stage_id" in changes:
                rules.check_stage_order(jmap, [candidate if t is item else t for t in jmap.touchpoints])
        old = {name: getattr(item, name) for name in changes}
        for name, value in changes.items():
            setattr(item, name, value)
        self._emit(ItemChanged(item, old))

    def move(self, item_id: str, index: int, *, stage_id: str | None = None) -> None:
        """Move an item to ``index`` of its list.

        A touchpoint keeps its stage if it still fits there, otherwise it joins
        the stage of its new neighbours (or ``stage_id``, if given and fitting).
        A stage carries its touchpoints with it.
        """
        item = self.find(item_id)
        jmap = self.map_of(item_id)
        container = self._container(type(item), jmap)
        old_index = _position(container, item)
        if not 0 <= index < len(container):
            raise ValueError("That position is outside the list.")
        rest = container[:old_index] + container[old_index + 1:]
        old_stage = getattr(item, "stage_id", None)
        if isinstance(item, Touchpoint):
            new_stage = self._stage_between(jmap, rest, index, stage_id or item.stage_id, stage_id)
            rules.check_stage_order(jmap, rest[:index] + [dataclasses.replace(item, stage_id=new_stage)] + rest[index:])
            item.stage_id = new_stage
        container[:] = rest[:index] + [item] + rest[index:]
        if isinstance(item, Stage):
            order = {s.id: i for i, s in enumerate(jmap.stages)}
            jmap.touchpoints.sort(key=lambda t: order[t.stage_id])
        if old_index != index:
            self._emit(ItemMoved(item, jmap.id if jmap else None, old_index, index))
        if isinstance(item, Touchpoint) and item.stage_id != old_stage:
            self._emit(ItemChanged(item, {"stage_id": old_stage}))

    def arrange(self, map_id: str, order: list[tuple[str, str]]) -> None:
        """Put a map's touchpoints in ``order``, a list of ``(touchpoint id, stage id)``
        naming each touchpoint once: several cards moved together in one change."""
        jmap = self.find(map_id)
        by_id = {t.id: t for t in jmap.touchpoints}
        if sorted(i for i, _ in order) != sorted(by_id):
            raise ValueError("The new order must name every touchpoint of the map once.")
        if any(self.lookup(s) is None or self.map_of(s) is not jmap for _, s in order):
            raise ValueError("A touchpoint can only go into a stage of its own map.")
        rules.check_stage_order(jmap, [dataclasses.replace(by_id[i], stage_id=s) for i, s in order])
        old_index = {t.id: i for i, t in enumerate(jmap.touchpoints)}
        jmap.touchpoints[:] = [by_id[i] for i, _ in order]
        for new_index, (touchpoint_id, stage_id) in enumerate(order):
            touchpoint = by_id[touchpoint_id]
            old_stage, touchpoint.stage_id = touchpoint.stage_id, stage_id
            if old_index[touchpoint_id] != new_index:
                self._emit(ItemMoved(touchpoint, map_id, old_index[touchpoint_id], new_index))
            if old_stage != stage_id:
                self._emit(ItemChanged(touchpoint, {"stage_id": old_stage}))

    @staticmethod
    def _stage_between(jmap: JourneyMap, rest: list[Touchpoint], index: int,
                       wanted: str, required: str | None) -> str:
        """The stage a touchpoint dropped at ``index`` of ``rest`` may belong to."""
        low = jmap.stage_index(rest[index - 1].stage_id) if index > 0 else 0
        high = jmap.stage_index(rest[index].stage_id) if index < len(rest) else len(jmap.stages) - 1
        at = jmap.stage_index(wanted)
        if required is not None and not low <= at <= high:
            raise ValueError("That stage does not fit at that position.")
        return jmap.stages[min(high, max(low, at))].id

    # -- keyed values (ratings, targets), scale, personas of a map ----------

    def set_value(self, kind: KeyedValue, map_id: str, value: Any) -> None:
        """Set (or replace) a value of ``kind`` (``RATING``, ``TARGET``) at its touchpoint for its persona."""
        jmap = self._owner_map(Stage, map_id)
        rules.check_value(self, jmap, kind, value)
        table = kind.table(jmap)
        old = table.get(value.key)
        table[value.key] = value
        self._emit(ValueChanged(kind, jmap.id, value.touchpoint_id, value.persona_id, old, value))

    def clear_value(self, kind: KeyedValue, map_id: str, touchpoint_id: str, persona_id: str) -> None:
        """Remove a value of ``kind``: a cleared rating leaves a gap in the line, a cleared target no aim."""
        jmap = self._owner_map(Stage, map_id)
        old = kind.table(jmap).pop((touchpoint_id, persona_id), None)
        if old is not None:
            self._emit(ValueChanged(kind, jmap.id, touchpoint_id, persona_id, old, None))

    def set_scale(self, map_id: str, scale: SatisfactionScale, *, convert: bool = True) -> None:
        """Give a map a new scale; the values on it (ratings, targets) are converted onto it (or clamped)."""
        jmap = self._owner_map(Stage, map_id)
        old_scale, jmap.scale = jmap.scale, scale
        self._emit(ItemChanged(jmap, {"scale": old_scale}))
        moved = (lambda v: old_scale.convert(v, scale)) if convert else scale.clamp
        for kind in KEYED_VALUES:
            table = kind.table(jmap)
            for key, value in list(table.items()):
                new = dataclasses.replace(value, **{name: moved(getattr(value, name)) for name in kind.on_scale
                                                    if getattr(value, name) is not None})
                if new != value:
                    table[key] = new
                    self._emit(ValueChanged(kind, jmap.id, *key, value, new))

    def attach_persona(self, map_id: str, persona_id: str, index: int | None = None) -> None:
        """Let a map carry a persona (and so its satisfaction line)."""
        jmap = self._owner_map(Stage, map_id)
        entry = self.lookup(persona_id)
        if entry is None or not isinstance(entry[0], Persona):
            raise ValueError("Only a persona of this project can be added to a map.")
        if persona_id in jmap.persona_ids:
            raise ValueError("The map already carries this persona.")
        old = list(jmap.persona_ids)
        jmap.persona_ids.insert(len(old) if index is None else index, persona_id)
        self._emit(ItemChanged(jmap, {"persona_ids": old}))

    def detach_persona(self, map_id: str, persona_id: str) -> Removal:
        """Take a persona off a map, with its ratings and goals there."""
        return removals.detach_persona(self, self._owner_map(Stage, map_id), persona_id)

    # -- removing and restoring ------------------------------------------

    def remove(self, item_id: str) -> Removal:
        """Remove an item and whatever would dangle without it."""
        return removals.remove(self, self.find(item_id))

    def restore(self, removal: Removal) -> None:
        """Put back exactly what ``remove`` (or ``detach_persona``) took away."""
        removals.restore(self, removal)

    # -- primitives shared with removal.py --------------------------------

    def _owner_map(self, kind: type, map_id: str | None) -> JourneyMap | None:
        if kind not in MAP_LISTS:
            return None
        jmap = self.lookup(map_id) if map_id else None
        if jmap is None or not isinstance(jmap[0], JourneyMap):
            raise ValueError("That map is not in this project.")
        return jmap[0]

    def _container(self, kind: type, jmap: JourneyMap | None) -> list:
        if kind in PROJECT_LISTS:
            return getattr(self, PROJECT_LISTS[kind])
        if kind in MAP_LISTS:
            return getattr(jmap, MAP_LISTS[kind])
        raise TypeError(f"A {kind.__name__} is not something a project holds.")

    def _insert(self, item: Entity, jmap: JourneyMap | None, index: int) -> None:
        rules.check_item(self, item, jmap)
        if isinstance(item, JourneyMap):
            self._index_map(item)
        self._container(type(item), jmap).insert(index, item)
        self._index[item.id] = (item, jmap)
        self._emit(ItemAdded(item, jmap.id if jmap else None, index))

    def _index_map(self, jmap: JourneyMap) -> None:
        """Check and index a whole map being added (with its content, as on paste)."""
        probe = Project(channels=self.channels, departments=self.departments,
                        personas=self.personas, maps=[jmap])
        trouble = probe.problems()
        if trouble:
            raise ValueError(trouble[0])
        children = {child.id: (child, jmap) for child, _ in probe.walk() if _ is jmap}
        if not children.keys().isdisjoint(self._index):
            raise ValueError("An item with this id is already in the project.")
        self._index.update(children)

    def _take(self, item: Entity, jmap: JourneyMap | None) -> int:
        container = self._container(type(item), jmap)
        index = _position(container, item)
        del container[index]
        self._index.pop(item.id, None)
        if isinstance(item, JourneyMap):
            for attribute in MAP_LISTS.values():
                for child in getattr(item, attribute):
                    self._index.pop(child.id, None)
        self._emit(ItemRemoved(item, jmap.id if jmap else None, index))
        return index

    def _set(self, item: Any, name: str, value: Any) -> tuple[str, str, Any]:
        """Set one field without checks (for cascades); returns the undo triple."""
        old = getattr(item, name)
        setattr(item, name, value)
        self._emit(ItemChanged(item, {name: old}))
        return (item.id, name, old)


def _position(container: list, item: Any) -> int:
    """Where ``item`` itself stands in ``container``: by identity, not by comparing every earlier
    item field by field as ``list.index`` would (slow in a list of 10,000 touchpoints)."""
    return next(i for i, other in enumerate(container) if other is item)
