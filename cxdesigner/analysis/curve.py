"""The satisfaction line: the points a persona's line is drawn through.

A touchpoint without a rating is a gap in the line, never a zero: the curve
keeps one point per touchpoint (``value`` ``None`` where unrated) and
``segments`` splits it into the runs that are actually drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.model import Evidence, JourneyMap


@dataclass(frozen=True)
class CurvePoint:
    """One touchpoint's place on the line: ``x`` is its position in the journey."""

    x: int
    touchpoint_id: str
    value: float | None
    evidence: Evidence | None = None


def satisfaction_curve(jmap: JourneyMap, persona_id: str) -> list[CurvePoint]:
    """One point per touchpoint, in journey order, for ``persona_id``."""
    points = []
    for x, touchpoint in enumerate(jmap.touchpoints):
        rating = jmap.ratings.get((touchpoint.id, persona_id))
        points.append(CurvePoint(x, touchpoint.id, rating.value if rating else None,
                                 rating.evidence if rating else None))
    return points


def segments(points: list[CurvePoint]) -> list[list[CurvePoint]]:
    """The unbroken runs of rated points; an unrated touchpoint ends a run."""
    runs: list[list[CurvePoint]] = []
    current: list[CurvePoint] = []
    for point in points:
        if point.value is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(point)
    if current:
        runs.append(current)
    return runs
