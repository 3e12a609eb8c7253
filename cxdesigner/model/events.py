"""Events the project emits after each change, named in the past tense.

They are generic over the kind of item (the item's type tells it), so a view
subscribes once and picks what it draws: four shapes cover every entity, and a
fifth every value kept per touchpoint and persona (its ``kind`` tells which).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cxdesigner.model.keyed import KeyedValue


@dataclass(frozen=True)
class ItemAdded:
    """``item`` was inserted at ``index`` of its list in ``owner_id`` (a map, or None)."""

    item: Any
    owner_id: str | None
    index: int


@dataclass(frozen=True)
class ItemChanged:
    """Fields of ``item`` changed; ``old`` holds their previous values."""

    item: Any
    old: dict[str, Any]


@dataclass(frozen=True)
class ItemRemoved:
    """``item`` was taken out of position ``index`` of its list."""

    item: Any
    owner_id: str | None
    index: int


@dataclass(frozen=True)
class ItemMoved:
    """``item`` moved within its list. A moved stage carries its touchpoints."""

    item: Any
    owner_id: str | None
    old_index: int
    new_index: int


@dataclass(frozen=True)
class ValueChanged:
    """A keyed value (``kind``: a rating, a target) at a touchpoint for a persona was set
    (``new``) or cleared (``None``)."""

    kind: KeyedValue
    map_id: str
    touchpoint_id: str
    persona_id: str
    old: Any
    new: Any

    @property
    def item(self) -> Any:
        """The value set, or the one cleared: views that look at ``event.item`` see what changed."""
        return self.new if self.new is not None else self.old


Event = ItemAdded | ItemChanged | ItemRemoved | ItemMoved | ValueChanged
Listener = Callable[[Event], None]
