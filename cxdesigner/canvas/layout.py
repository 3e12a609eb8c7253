"""Where everything sits on the map, in scene units: pure arithmetic, no Qt.

The map is a grid. Columns are touchpoint slots, grouped under their stage
(an empty stage keeps one empty slot, so it can be dropped on); rows are the
lanes, each as tall as its content needs (the scene measures it; without
measures, a lane has its base height). Sticky notes sit under the lanes, never
over them. The scene, print and export all place items from this one layout.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from cxdesigner.model import JourneyMap, Lane, LaneKind, Spacing

#: Each built-in lane's base height: what it takes in the compact view, and at least when it has content.
LANE_HEIGHTS = {Lane.TOUCHPOINTS: 116, Lane.PERSONAS: 96, Lane.SATISFACTION: 260, Lane.CUSTOMER_ACTION: 84,
                Lane.THOUGHTS: 84, Lane.FEELINGS: 84, Lane.GOALS: 104, Lane.PAIN_POINTS: 92,
                Lane.POSITIVE_MOMENTS: 92, Lane.ACTIONS: 92, Lane.CHANNELS: 44, Lane.DEPARTMENTS: 44}
#: The same for the lanes a map adds, by kind.
KIND_HEIGHTS = {LaneKind.TEXT: 84, LaneKind.IMAGE: 120, LaneKind.EMOTION: 52, LaneKind.METRIC: 52,
                LaneKind.FRONTSTAGE: 84, LaneKind.BACKSTAGE: 84, LaneKind.SUPPORT: 84}
#: A lane with nothing in it stays this low (its title and hint still show).
EMPTY_HEIGHT = 52.0
NOTE_GAP = 16.0


def base_height(jmap: JourneyMap, lane: Lane | str) -> float:
    """A lane's height before its content is measured."""
    if isinstance(lane, Lane):
        return LANE_HEIGHTS[lane]
    custom = jmap.custom_lane(lane)
    return KIND_HEIGHTS[custom.kind] if custom is not None else EMPTY_HEIGHT


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
    """Computed positions for one map; ``x_of[touchpoint_id]`` is a card's centre.

    Lanes are keyed by their ``Lane`` or, for a map's own, their id; ``notes`` holds
    where each sticky note is drawn.
    """

    metrics: Metrics
    lanes: list[Lane | str]
    x_of: dict[str, float] = field(default_factory=dict)
    stages: list[StageSpan] = field(default_factory=list)
    lane_top: dict[Lane | str, float] = field(default_factory=dict)
    lane_height: dict[Lane | str, float] = field(default_factory=dict)
    notes: dict[str, tuple[float, float]] = field(default_factory=dict)
    width: float = 0.0
    height: float = 0.0
    lanes_bottom: float = 0.0

    def lane_rect(self, lane: Lane | str) -> tuple[float, float, float, float]:
        """``(x, y, width, height)`` of a lane, across the whole map."""
        return (self.metrics.margin, self.lane_top[lane], self.width - 2 * self.metrics.margin,
                self.lane_height[lane])


def layout_map(jmap: JourneyMap, lanes: list[Lane | str] | None = None, metrics: Metrics = Metrics(),
               heights: dict[Lane | str, float] | None = None) -> MapLayout:
    """Place every stage band, touchpoint column and lane of ``jmap`` (its own lanes by default);
    ``heights`` are the lanes' measured heights (base heights for the lanes it lacks)."""
    lanes = list(jmap.lanes) if lanes is None else lanes
    heights = heights or {}
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
        result.lane_height[lane] = height = heights.get(lane, base_height(jmap, lane))
        y += height + metrics.lane_gap
    result.lanes_bottom = y - metrics.lane_gap
    result.height = result.lanes_bottom + metrics.margin
    result.notes = place_notes(jmap, result)
    return result


def place_notes(jmap: JourneyMap, layout: MapLayout) -> dict[str, tuple[float, float]]:
    """Where each sticky note is drawn: where the designer put it, unless that covers a lane;
    then under the lanes, clear of the notes already placed (in the order they were added)."""
    free = layout.lanes_bottom + NOTE_GAP
    placed: list[tuple[float, float, float, float]] = []
    where = {}
    for note in jmap.notes:
        x, y = note.x, max(note.y, free)
        while any(a < x + note.width and x < c and b < y + note.height and y < d for a, b, c, d in placed):
            y = max(d for a, b, c, d in placed if a < x + note.width and x < c and b < y + note.height and y < d)
            y += NOTE_GAP / 2
        placed.append((x, y, x + note.width, y + note.height))
        where[note.id] = (x, y)
    return where


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
    return top, layout.lane_height[Lane.SATISFACTION] - 2 * SATISFACTION_PADDING


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
