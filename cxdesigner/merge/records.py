"""A project as flat records, one per item, so two versions compare item by item on ids.

Everything is found from the dataclasses themselves: the lists of items named in
``model/containers.py``, the keyed tables (a ``dict`` of dataclasses, such as a
map's ratings and targets), lists of plain values (lanes, persona ids, a pain
point's touchpoints: merged as ordered sets) and every other field (compared
whole). A field or a kind of item added to the model is compared and merged
with no change here.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Hashable

from cxdesigner.model import Project
from cxdesigner.model.containers import MAP_LISTS, PROJECT_LISTS

#: The key of the project's own record: its fields are the project's name and description.
PROJECT = "project"
#: An entity's key is its id; a keyed entry's is ``(table, map id, *its key)``.
Key = Hashable
ITEM_KINDS = {**PROJECT_LISTS, **MAP_LISTS}
#: Lists kept in runs by a field, with that field and the list the runs follow: a map's
#: touchpoints stand together by stage, in stage order (``rules.check_stage_order``).
#: Their order is compared and merged within each run.
GROUPED = {"touchpoints": ("stage_id", "stages")}


@dataclass(frozen=True, slots=True)
class Record:
    """One item of a project: where it sits and the values that can change.

    ``owner`` is the id of the map it lives in (``None`` for project-level items),
    ``where`` the list or table holding it, ``fields`` every field but the id and
    the items it holds.
    """

    key: Key
    item: Any
    owner: str | None
    where: str
    fields: dict[str, Any]


@cache
def held(cls: type) -> tuple[str, ...]:
    """The fields of ``cls`` that hold other items: lists of items and keyed tables."""
    names = []
    for name, hint in typing.get_type_hints(cls).items():
        arguments = typing.get_args(hint)
        if typing.get_origin(hint) is list and arguments and arguments[0] in ITEM_KINDS:
            names.append(name)
        elif name in tables(cls):
            names.append(name)
    return tuple(names)


@cache
def tables(cls: type) -> tuple[str, ...]:
    """The keyed tables of ``cls``: ``dict`` fields whose values are dataclasses (ratings, targets)."""
    names = []
    for name, hint in typing.get_type_hints(cls).items():
        arguments = typing.get_args(hint)
        if typing.get_origin(hint) is dict and len(arguments) == 2 and dataclasses.is_dataclass(arguments[1]):
            names.append(name)
    return tuple(names)


@cache
def plain_fields(cls: type) -> tuple[str, ...]:
    """The fields compared and merged one by one: all but the id and the items held."""
    skip = {"id", *held(cls)}
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in skip)


@cache
def set_fields(cls: type) -> frozenset[str]:
    """Lists of plain values (not dataclasses): merged as ordered sets when their values are unique."""
    names = set()
    for name, hint in typing.get_type_hints(cls).items():
        arguments = typing.get_args(hint)
        if (name in plain_fields(cls) and typing.get_origin(hint) is list and arguments
                and not dataclasses.is_dataclass(arguments[0])):
            names.add(name)
    return frozenset(names)


def is_ordered_set(cls: type, name: str, *values: Any) -> bool:
    """Whether field ``name`` merges as an ordered set: a list of plain values, none twice, in every version."""
    return name in set_fields(cls) and all(isinstance(v, list) and len(set(v)) == len(v) for v in values)


def flatten(project: Project) -> dict[Key, Record]:
    """Every item of ``project`` as a record, outermost first: the project, its lists, then each map's content."""
    records = {PROJECT: _record(PROJECT, project, None, "")}
    for where in PROJECT_LISTS.values():
        for item in getattr(project, where):
            records[item.id] = _record(item.id, item, None, where)
    for jmap in project.maps:
        for where in MAP_LISTS.values():
            for item in getattr(jmap, where):
                records[item.id] = _record(item.id, item, jmap.id, where)
        for table in tables(type(jmap)):
            for entry_key, entry in getattr(jmap, table).items():
                key = (table, jmap.id, *entry_key)
                records[key] = _record(key, entry, jmap.id, table)
    return records


def _record(key: Key, item: Any, owner: str | None, where: str) -> Record:
    return Record(key, item, owner, where, {name: getattr(item, name) for name in plain_fields(type(item))})


def orders(records: dict[Key, Record]) -> dict[tuple[str | None, str], list[Key]]:
    """The keys of every list of items, in list order, under ``(owner id, list name)``."""
    found: dict[tuple[str | None, str], list[Key]] = {}
    for record in records.values():
        if record.key != PROJECT and isinstance(record.key, str):
            found.setdefault((record.owner, record.where), []).append(record.key)
    return found


def map_of(record: Record) -> str | None:
    """The map a record belongs to: the one it lives in, the map itself, or the map a survey measures."""
    if record.owner is not None:
        return record.owner
    if record.where == "maps":
        return record.key
    linked = record.fields.get("map_id")
    return linked if isinstance(linked, str) else None


def references(value: Any, ids: set[str] | frozenset[str]) -> set[str]:
    """The ids of ``ids`` that ``value`` names: itself, or inside a list, tuple or a dict's values."""
    if isinstance(value, str):
        return {value} if value in ids else set()
    inside = value.values() if isinstance(value, dict) else value if isinstance(value, list | tuple) else ()
    return {v for v in inside if isinstance(v, str) and v in ids}


def entity_ids(records: Iterable[Key]) -> set[str]:
    return {key for key in records if isinstance(key, str) and key != PROJECT}
