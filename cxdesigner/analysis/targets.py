"""Current against target: how far each touchpoint is from the satisfaction aimed for."""

from __future__ import annotations

import math
from dataclasses import dataclass

from cxdesigner.model import JourneyMap


@dataclass(frozen=True)
class TargetGap:
    """A touchpoint's target and current rating for one persona (FIGURES["target_gap"]).

    ``gap`` is target minus current, ``None`` while the touchpoint is unrated.
    """

    touchpoint_id: str
    index: int
    target: float
    current: float | None

    @property
    def gap(self) -> float | None:
        return None if self.current is None else self.target - self.current


def target_gaps(jmap: JourneyMap, persona_id: str) -> list[TargetGap]:
    """One entry per touchpoint with a target for ``persona_id``, in journey order."""
    found = []
    for index, touchpoint in enumerate(jmap.touchpoints):
        target = jmap.targets.get((touchpoint.id, persona_id))
        if target is None:
            continue
        rating = jmap.ratings.get((touchpoint.id, persona_id))
        found.append(TargetGap(touchpoint.id, index, target.value, rating.value if rating else None))
    return found


def largest_target_gaps(jmap: JourneyMap, persona_id: str, count: int = 3) -> list[TargetGap]:
    """The touchpoints furthest below their target, furthest first (equals in journey order)."""
    behind = [g for g in target_gaps(jmap, persona_id) if g.gap is not None and g.gap > 0]
    return sorted(behind, key=lambda g: (-g.gap, g.index))[:count]


def mean_target_gap(jmap: JourneyMap, persona_id: str) -> float | None:
    """The average gap over the touchpoints that have both a target and a rating."""
    measured = [g.gap for g in target_gaps(jmap, persona_id) if g.gap is not None]
    return math.fsum(measured) / len(measured) if measured else None
