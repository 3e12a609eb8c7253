"""Journey scores: what the shape of a persona's satisfaction line says, in a few numbers.

Pure functions of a map's ratings (whatever their evidence); an unrated
touchpoint is a gap, never a zero. Each score's meaning is one sentence in
``definitions.FIGURES`` (the key is named beside each function).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cxdesigner.model import JourneyMap


@dataclass(frozen=True)
class Point:
    """A rated touchpoint: its id, its place in the journey and its value."""

    touchpoint_id: str
    index: int
    value: float


def rated_points(jmap: JourneyMap, persona_id: str) -> list[Point]:
    """The persona's rated touchpoints in journey order."""
    points = []
    for index, touchpoint in enumerate(jmap.touchpoints):
        rating = jmap.ratings.get((touchpoint.id, persona_id))
        if rating is not None:
            points.append(Point(touchpoint.id, index, rating.value))
    return points


def _mean(values: list[float]) -> float | None:
    return math.fsum(values) / len(values) if values else None


def mean_satisfaction(jmap: JourneyMap, persona_id: str) -> float | None:
    """FIGURES["mean_satisfaction"]; ``None`` when nothing is rated."""
    return _mean([p.value for p in rated_points(jmap, persona_id)])


@dataclass(frozen=True)
class StageMean:
    stage_id: str
    mean: float | None
    rated: int


def stage_means(jmap: JourneyMap, persona_id: str) -> list[StageMean]:
    """FIGURES["stage_means"]: one per stage, in stage order (``mean`` ``None`` where nothing is rated)."""
    by_stage: dict[str, list[float]] = {s.id: [] for s in jmap.stages}
    for touchpoint in jmap.touchpoints:
        rating = jmap.ratings.get((touchpoint.id, persona_id))
        if rating is not None:
            by_stage[touchpoint.stage_id].append(rating.value)
    return [StageMean(stage_id, _mean(values), len(values)) for stage_id, values in by_stage.items()]


def weakest_touchpoints(jmap: JourneyMap, persona_id: str, count: int = 3) -> list[Point]:
    """FIGURES["weakest_touchpoints"]: up to ``count``; equals in journey order."""
    return sorted(rated_points(jmap, persona_id), key=lambda p: (p.value, p.index))[:count]


def strongest_touchpoints(jmap: JourneyMap, persona_id: str, count: int = 3) -> list[Point]:
    """FIGURES["strongest_touchpoints"]: up to ``count``; equals in journey order."""
    return sorted(rated_points(jmap, persona_id), key=lambda p: (-p.value, p.index))[:count]


@dataclass(frozen=True)
class PeakEnd:
    """The most intense moment, the last rated one, and the mean of the two."""

    peak: Point
    end: Point
    score: float


def peak_end(jmap: JourneyMap, persona_id: str) -> PeakEnd | None:
    """FIGURES["peak_end"]: intensity is the distance from the scale's neutral middle; ``None`` when unrated."""
    points = rated_points(jmap, persona_id)
    if not points:
        return None
    neutral = jmap.scale.neutral
    peak = max(points, key=lambda p: (abs(p.value - neutral), -p.index))
    end = points[-1]
    return PeakEnd(peak, end, (peak.value + end.value) / 2)


@dataclass(frozen=True)
class Drop:
    """A fall from one rated touchpoint to the next rated one (``change`` is negative)."""

    before: Point
    after: Point

    @property
    def change(self) -> float:
        return self.after.value - self.before.value


def biggest_drops(jmap: JourneyMap, persona_id: str, count: int = 3) -> list[Drop]:
    """FIGURES["biggest_drops"]: up to ``count`` falls, largest first (equals in journey order);
    unrated touchpoints in between are stepped over."""
    points = rated_points(jmap, persona_id)
    drops = [Drop(a, b) for a, b in zip(points, points[1:]) if b.value < a.value]
    return sorted(drops, key=lambda d: (d.change, d.before.index))[:count]


@dataclass(frozen=True)
class ComparisonRow:
    """One touchpoint's rating per persona (``None`` where unrated), in the comparison's persona order."""

    touchpoint_id: str
    values: tuple[float | None, ...]

    @property
    def difference(self) -> float | None:
        """Highest minus lowest persona here; ``None`` unless two or more personas rated it."""
        rated = [v for v in self.values if v is not None]
        return max(rated) - min(rated) if len(rated) > 1 else None


@dataclass(frozen=True)
class PersonaComparison:
    persona_ids: tuple[str, ...]
    rows: list[ComparisonRow]
    means: tuple[float | None, ...]

    def widest(self, count: int = 3) -> list[ComparisonRow]:
        """The touchpoints where personas differ most, widest first (equals in journey order)."""
        rows = [r for r in self.rows if r.difference is not None and r.difference > 0]
        return sorted(rows, key=lambda r: -r.difference)[:count]


def compare_personas(jmap: JourneyMap, persona_ids: list[str] | None = None) -> PersonaComparison:
    """FIGURES["persona_comparison"]: for ``persona_ids`` (default: the map's personas, in its order)."""
    personas = tuple(jmap.persona_ids if persona_ids is None else persona_ids)
    rows = []
    for touchpoint in jmap.touchpoints:
        ratings = (jmap.ratings.get((touchpoint.id, p)) for p in personas)
        rows.append(ComparisonRow(touchpoint.id, tuple(r.value if r else None for r in ratings)))
    return PersonaComparison(personas, rows, tuple(mean_satisfaction(jmap, p) for p in personas))
