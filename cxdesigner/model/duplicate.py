"""Copies of a map with fresh ids, for Duplicate and Paste.

Everything the map owns gets a new id and every link inside the copy follows;
links out of it (personas, channels, departments) stay as they are.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from cxdesigner.model.base import new_id
from cxdesigner.model.containers import MAP_LISTS
from cxdesigner.model.journey import JourneyMap
from cxdesigner.model.keyed import KEYED_VALUES


def duplicate_map(jmap: JourneyMap, name: str | None = None) -> JourneyMap:
    """A deep copy of ``jmap`` under fresh ids (and ``name``, when given)."""
    twin = copy.deepcopy(jmap)
    owned = [twin, *(item for attribute in MAP_LISTS.values() for item in getattr(twin, attribute))]
    fresh = {item.id: new_id() for item in owned}
    for item in owned:
        _relink(item, fresh)
    twin.lanes = [fresh.get(lane, lane) for lane in twin.lanes]  # the map's own lanes, by their new ids
    for kind in KEYED_VALUES:  # ratings, targets: keyed by the copied touchpoints
        moved = [dataclasses.replace(value, touchpoint_id=fresh[value.touchpoint_id])
                 for value in kind.table(jmap).values()]
        setattr(twin, kind.attribute, {value.key: value for value in moved})
    if name is not None:
        twin.name = name
    return twin


def _relink(item: Any, fresh: dict[str, str]) -> None:
    """Point ``item``'s id and id-valued fields at the copies."""
    for field in dataclasses.fields(item):
        value = getattr(item, field.name)
        if field.name == "id" or field.name.endswith("_id"):
            setattr(item, field.name, fresh.get(value, value))
        elif field.name.endswith("_ids") and field.name != "persona_ids":
            setattr(item, field.name, [fresh.get(v, v) for v in value])
