"""Values a map keeps per touchpoint and persona (ratings, targets): one table of their kinds.

Each kind is a dataclass whose fields start ``touchpoint_id``, ``persona_id``, ``value`` (on the
map's scale), kept in a ``dict`` of the ``JourneyMap`` under ``(touchpoint_id, persona_id)``. Setting,
clearing, the rules, the scale's conversion, removal, undo, the file, JSON and merging all
go through the kind, so a new value of this shape is one more entry in ``KEYED_VALUES``
(and its table in the file), not a copy of each of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cxdesigner.model.journey import Rating, Target


@dataclass(frozen=True)
class KeyedValue:
    """One kind of per-touchpoint-and-persona value.

    ``name`` is the word rules speak of ("A rating belongs to ..."), ``attribute`` the
    ``JourneyMap`` dict holding the values, ``cls`` their dataclass, ``on_scale`` the fields
    that lie on the map's scale (``value`` first: it must lie inside it; the rest, such as an
    interval's ends, are carried onto a new scale with it).
    """

    name: str
    attribute: str
    cls: type
    on_scale: tuple[str, ...] = ("value",)

    def table(self, jmap: Any) -> dict[tuple[str, str], Any]:
        """The map's values of this kind, by ``(touchpoint_id, persona_id)``."""
        return getattr(jmap, self.attribute)

    def __repr__(self) -> str:
        return f"KeyedValue({self.name!r})"


RATING = KeyedValue("rating", "ratings", Rating, ("value", "interval_low", "interval_high"))
TARGET = KeyedValue("target", "targets", Target)
#: Every kind, in the order they are written, checked and converted.
KEYED_VALUES = (RATING, TARGET)
#: Each kind by the map attribute it lives in (which is also how removals and merges name it).
BY_ATTRIBUTE = {kind.attribute: kind for kind in KEYED_VALUES}
