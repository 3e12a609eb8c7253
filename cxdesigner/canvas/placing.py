"""Where a lane's pieces go: plain arithmetic the scene and both map-to-SVG writers (the SVG file
and the interactive HTML map) share, so all three put a chip, a goal and a face in the same place.

Each writer measures its own pieces (the scene and the file with Qt, the HTML map with estimated
widths) and passes the heights in; what goes under which touchpoint, in which order and row, is
decided here once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from cxdesigner.canvas.faces import emotion_of
from cxdesigner.canvas.layout import MapLayout
from cxdesigner.model import Emotion, Goal, JourneyMap, Lane

TOP, BOTTOM, STACK_GAP, ROW_GAP = 8.0, 8.0, 4.0, 6.0


def annotations(jmap: JourneyMap, lane: Lane) -> list[tuple[str, object, int]]:
    """``(touchpoint id, item, plan step)`` of an annotation lane, in the map's order: a pain point
    under its first touchpoint; an action under its touchpoint, or its pain point's first when it
    has none (its step in the plan counts every action)."""
    if lane is Lane.PAIN_POINTS:
        return [(p.touchpoint_ids[0], p, 0) for p in jmap.pain_points if p.touchpoint_ids]
    if lane is Lane.POSITIVE_MOMENTS:
        return [(m.touchpoint_id, m, 0) for m in jmap.positive_moments]
    pains = {p.id: p for p in jmap.pain_points}
    found = []
    for step, action in enumerate(jmap.actions, 1):
        where = action.touchpoint_id or next(iter(getattr(pains.get(action.pain_point_id), "touchpoint_ids", [])),
                                             None)
        if where:
            found.append((where, action, step))
    return found


def stacked(under: Sequence[str], heights: Sequence[float], x_of: dict[str, float],
            top: float = TOP) -> tuple[list[float | None], float | None]:
    """The top of each piece stacked under its touchpoint (``under[i]``, ``heights[i]`` tall), in
    order; ``None`` for one whose touchpoint is not on the map. Also the bottom of the deepest
    stack (``None`` when nothing is stacked)."""
    depth: dict[str, float] = {}
    tops: list[float | None] = []
    for touchpoint_id, height in zip(under, heights):
        if touchpoint_id not in x_of:
            tops.append(None)
            continue
        y = depth.get(touchpoint_id, top)
        tops.append(y)
        depth[touchpoint_id] = y + height + STACK_GAP
    return tops, (max(depth.values()) - STACK_GAP if depth else None)


def goal_spans(goals: Iterable[Goal], layout: MapLayout, card_width: float) -> list[list[tuple[float, float, Goal]]]:
    """Goal bars across their spans (a stage's band or a card's width at each end), in rows: each
    goal, from the leftmost, takes the first row where it fits after the last bar."""
    half = card_width / 2
    edges = {span.stage_id: (span.left + 6, span.right - 6) for span in layout.stages}
    edges.update({t: (x - half, x + half) for t, x in layout.x_of.items()})
    rows: list[list[tuple[float, float, Goal]]] = []
    for goal in sorted(goals, key=lambda g: min(edges.get(g.first_id, (0, 0))[0], edges.get(g.last_id, (0, 0))[0])):
        if goal.first_id not in edges or goal.last_id not in edges:
            continue
        ends = [edges[goal.first_id], edges[goal.last_id]]
        left, right = min(e[0] for e in ends), max(e[1] for e in ends)
        row = next((r for r in rows if r[-1][1] + 4 <= left), None)
        if row is None:
            rows.append(row := [])
        row.append((left, right, goal))
    return rows


def goal_rows(goals: Iterable[Goal], layout: MapLayout, card_width: float, height_of: Callable[[Goal, float], float],
              top: float = TOP) -> tuple[list[tuple[Goal, float, float, float, float]], float]:
    """``(goal, left, width, y, height)`` of each goal bar (``height_of(goal, width)`` tall), its row
    as tall as its tallest bar; and the bottom of the last row (``top`` when there is none)."""
    placed, y = [], top
    rows = goal_spans(goals, layout, card_width)
    for row in rows:
        heights = [height_of(goal, right - left) for left, right, goal in row]
        for (left, right, goal), height in zip(row, heights):
            placed.append((goal, left, right - left, y, height))
        y += max(heights) + ROW_GAP
    return placed, (y - ROW_GAP if rows else top)


def faces(jmap: JourneyMap, chosen: dict[tuple[str, str], Emotion], touchpoint_id: str) -> list[tuple[str, Emotion, bool]]:
    """``(persona id, emotion, chosen)`` of each persona with a face at a touchpoint: the one chosen
    in the lane, or else the one the rating implies (``chosen`` False)."""
    found = []
    for persona_id in jmap.persona_ids:
        emotion, picked = chosen.get((touchpoint_id, persona_id)), True
        rating = jmap.rating(touchpoint_id, persona_id)
        if emotion is None and rating is not None and rating.value == rating.value and abs(rating.value) != float("inf"):
            emotion, picked = emotion_of(rating.value, jmap.scale), False
        if emotion is not None:
            found.append((persona_id, emotion, picked))
    return found
