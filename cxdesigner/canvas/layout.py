"""Where everything sits on the map, in scene units: pure arithmetic, no Qt.

The map is a grid. Columns are touchpoint slots, grouped under their stage
(an empty stage keeps one empty slot, so it can be dropped on); rows are the
lanes. The scene, print and export all place items from this one layout.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from cxdesigner.model import JourneyMap, Lane, Spacing

LANE_HEIGHTS = {Lane.TOUCHPOINTS: 116, Lane.SATISFACTION: 260, Lane.CUSTOMER_ACTION: 84, Lane.THOUGHTS: 84,
                Lane.FEELINGS: 84, Lane.GOALS: 104, Lane.PAIN_POINTS: 92, Lane.POSITIVE_MOMENTS: 92,
                Lane.ACTIONS: 92, Lane.CHANNELS: 44, Lane.DEPARTMENTS: 44}


@dataclass(frozen=True)
class Metrics:
    """The grid's fixed sizes, in scene units (1 unit = 1 pixel at 100%)."""

    label_width: float = 150.0   # the lane titles on the left
    slot_width: float = 176.0    # one touchpoint column
    card_width: float = 156.0
    card_height: float = 92.0
    header_height: float = 44.0  # the stage bands
    lane_gap: float = 8.0
    margin: float = 24.0


@dataclass
class StageSpan:
    stage_id: str
    left: float
    right: float


@dataclass
class MapLayout:
    """Computed positions for one map; ``x_of[touchpoint_id]`` is a card's centre."""

    metrics: Metrics
    lanes: list[Lane]
    x_of: dict[str, float] = field(default_factory=dict)
    stages: list[StageSpan] = field(default_factory=list)
    lane_top: dict[Lane, float] = field(default_factory=dict)
    width: float = 0.0
    height: float = 0.0

    def lane_rect(self, lane: Lane) -> tuple[float, float, float, float]:
        """``(x, y, width, height)`` of a lane, across the whole map."""
        return (self.metrics.margin, self.lane_top[lane], self.width - 2 * self.metrics.margin, LANE_HEIGHTS[lane])

def layout_map(jmap: JourneyMap, lanes: list[Lane] | None = None, metrics: Metrics = Metrics()) -> MapLayout:
    """Place every stage band, touchpoint column and lane of ``jmap`` (its own lanes by default)."""
    lanes = list(jmap.lanes) if lanes is None else lanes
    result = MapLayout(metrics, lanes)
    gaps = time_gaps(jmap, len(jmap.touchpoints) * metrics.slot_width) if jmap.spacing == Spacing.TIME else {}
    x = metrics.margin + metrics.label_width
    by_stage: dict[str, list[str]] = {s.id: [] for s in jmap.stages}
    for touchpoint in jmap.touchpoints:
        by_stage[touchpoint.stage_id].append(touchpoint.id)
    for stage in jmap.stages:
        left = x
        for touchpoint_id in by_stage[stage.id]:
            result.x_of[touchpoint_id] = x + metrics.slot_width / 2
            x += metrics.slot_width + gaps.get(touchpoint_id, 0.0)
        if not by_stage[stage.id]:
            x += metrics.slot_width
        result.stages.append(StageSpan(stage.id, left, x))
    result.width = x + metrics.margin
    y = metrics.margin + metrics.header_height + metrics.lane_gap
    for lane in lanes:
        result.lane_top[lane] = y
        y += LANE_HEIGHTS[lane] + metrics.lane_gap
    result.height = y + metrics.margin - metrics.lane_gap
    return result


def time_gaps(jmap: JourneyMap, budget: float) -> dict[str, float]:
    """Extra room after each touchpoint, shared out in proportion to the time until the next.

    The time is the difference of start times where both are known, else the
    touchpoint's own duration; the whole ``budget`` goes to the journey's waits.
    """
    waits: dict[str, float] = {}
    for here, after in zip(jmap.touchpoints, jmap.touchpoints[1:]):
        if here.starts_at is not None and after.starts_at is not None:
            try:
                waits[here.id] = max(0.0, (after.starts_at - here.starts_at).total_seconds() / 60)
            except TypeError:  # one date with a time zone, one without
                waits[here.id] = here.duration_minutes or 0.0
        else:
            waits[here.id] = here.duration_minutes or 0.0
    total = sum(waits.values())
    return {touchpoint_id: budget * wait / total for touchpoint_id, wait in waits.items()} if total else {}


SATISFACTION_PADDING = 40.0  # room for the lane title above the scale's high end


def _satisfaction_band(layout: MapLayout) -> tuple[float, float]:
    """Scene y of the scale's high end, and the height down to its low end."""
    top = layout.lane_top[Lane.SATISFACTION] + SATISFACTION_PADDING
    return top, LANE_HEIGHTS[Lane.SATISFACTION] - 2 * SATISFACTION_PADDING


def value_to_y(layout: MapLayout, jmap: JourneyMap, value: float) -> float:
    """Scene y of a satisfaction value: high values at the top of the lane."""
    top, span = _satisfaction_band(layout)
    scale = jmap.scale
    return top + (scale.high - value) / (scale.high - scale.low) * span


def y_to_value(layout: MapLayout, jmap: JourneyMap, y: float) -> float:
    """The satisfaction value at scene ``y``, snapped to the scale's steps."""
    top, span = _satisfaction_band(layout)
    scale = jmap.scale
    return scale.snap(scale.high - (y - top) / span * (scale.high - scale.low))


def drop_target(layout: MapLayout, jmap: JourneyMap, x: float,
                moving: Collection[str] = ()) -> tuple[int, str]:
    """Where touchpoints dropped at scene ``x`` go: ``(index among the others, stage id)``.

    The stage is the band under ``x`` (the nearest band when outside them all);
    the index counts the touchpoints not ``moving`` whose centre lies left of ``x``.
    """
    spans = layout.stages
    span = next((s for s in spans if s.left <= x < s.right), spans[0] if x < spans[0].left else spans[-1])
    others = [t for t in jmap.touchpoints if t.id not in moving]
    index = sum(1 for t in others if layout.x_of[t.id] < x)
    # Keep the index inside the chosen stage's run of touchpoints.
    stage_order = {s.id: i for i, s in enumerate(jmap.stages)}
    target = stage_order[span.stage_id]
    first = sum(1 for t in others if stage_order[t.stage_id] < target)
    last = sum(1 for t in others if stage_order[t.stage_id] <= target)
    return min(max(index, first), last), span.stage_id
