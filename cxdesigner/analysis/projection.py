"""The projected line: a persona's satisfaction after the actions chosen for it.

A map chooses its actions by status (``JourneyMap.projected_statuses``) and, with
``projected_until``, only those planned on or before that day (an action with no date
is then left out). What "applies" means, exactly:

- an action counts when it is chosen and has an expected effect;
- it acts on its touchpoint or, when it names none, on every touchpoint of its pain point;
  an action with neither acts nowhere;
- at each touchpoint the effects of the actions acting there add up, and the persona's
  rating plus that sum is clamped once to the map's scale, so the order of the plan
  decides which actions a date takes in, never the figures;
- an unrated touchpoint stays a gap (there is nothing to improve from), and every
  persona of the map gets the same effects (an action is not a persona's).

Pure functions of the map, so the canvas, the Insights and the tests agree.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from cxdesigner.model import Action, JourneyMap, Rating


@dataclass(frozen=True)
class Projection:
    """The actions applied, in plan order, and the summed effect at each touchpoint they reach."""

    actions: tuple[Action, ...]
    effects: dict[str, float]


def is_projected(jmap: JourneyMap) -> bool:
    """Whether the map draws a projected line (a status is chosen)."""
    return bool(jmap.projected_statuses)


def chosen_actions(jmap: JourneyMap) -> list[Action]:
    """The actions the projection applies, in the map's (the plan's) order."""
    statuses, until = set(jmap.projected_statuses), jmap.projected_until
    return [a for a in jmap.actions if a.status in statuses and a.expected_effect is not None
            and (until is None or (a.planned_on is not None and a.planned_on <= until))]


def action_targets(jmap: JourneyMap, action: Action, _index: tuple[set, dict] | None = None) -> list[str]:
    """The touchpoints an action acts on: its own, else its pain point's."""
    present, pains = _index or _index_of(jmap)
    if action.touchpoint_id is not None:
        return [action.touchpoint_id] if action.touchpoint_id in present else []
    pain = pains.get(action.pain_point_id)
    return [t for t in dict.fromkeys(pain.touchpoint_ids) if t in present] if pain else []


def _index_of(jmap: JourneyMap) -> tuple[set, dict]:
    return {t.id for t in jmap.touchpoints}, {p.id: p for p in jmap.pain_points}


def projection(jmap: JourneyMap) -> Projection | None:
    """What the map's projected line applies; ``None`` when it has none."""
    if not is_projected(jmap):
        return None
    actions = chosen_actions(jmap)
    parts: dict[str, list[float]] = {}
    index = _index_of(jmap)
    for action in actions:
        for touchpoint_id in action_targets(jmap, action, index):
            parts.setdefault(touchpoint_id, []).append(action.expected_effect)
    return Projection(tuple(actions), {t: values[0] if len(values) == 1 else math.fsum(values)
                                       for t, values in parts.items()})


def projected_values(jmap: JourneyMap, persona_id: str, found: Projection | None = None) -> list[float | None] | None:
    """One value per touchpoint in journey order (``None`` where unrated); ``None`` when the map has
    no projected line. ``found``: the map's ``projection`` when already worked out."""
    found = found or projection(jmap)
    if found is None:
        return None
    low, high = sorted((jmap.scale.low, jmap.scale.high))
    effects, ratings = found.effects, jmap.ratings
    values: list[float | None] = []
    for touchpoint in jmap.touchpoints:
        rating = ratings.get((touchpoint.id, persona_id))
        values.append(None if rating is None else min(high, max(low, rating.value + effects.get(touchpoint.id, 0.0))))
    return values


def projected_map(jmap: JourneyMap) -> JourneyMap | None:
    """A light copy of the map whose ratings are the projected ones, for the journey scores
    (``None`` when it has no projected line). The copy shares everything else: read it, never change it."""
    found = projection(jmap)
    if found is None:
        return None
    low, high = sorted((jmap.scale.low, jmap.scale.high))
    ratings = dict(jmap.ratings)
    for key, rating in jmap.ratings.items():
        effect = found.effects.get(key[0])
        if effect is not None:
            ratings[key] = Rating(touchpoint_id=rating.touchpoint_id, persona_id=rating.persona_id,
                                  value=min(high, max(low, rating.value + effect)), evidence=rating.evidence)
    return dataclasses.replace(jmap, ratings=ratings)
