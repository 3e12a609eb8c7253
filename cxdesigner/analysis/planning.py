"""Planning the next survey: how many answers bring each touchpoint's 95% interval under a chosen width.

The half-width aimed for is given on a 1-5 scale (±0.5 by default) and carried onto the
map's own scale by its span. From the latest wave's spread at a touchpoint, the number of
answers needed is the smallest ``n`` whose t interval, ``t(0.975, n - 1) · sd / √n``, is
no wider than that; "more" is how many that is beyond the answers the latest wave has.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cxdesigner.analysis.nps import Z_95
from cxdesigner.analysis.stats import CONFIDENCE, Summary, t_quantile
from cxdesigner.analysis.waves import map_waves, wave_scores
from cxdesigner.model import Project, SatisfactionScale

#: The half-width aimed for, on a 1-5 scale.
DEFAULT_HALF_WIDTH = 0.5
#: The span the half-width is given on (1 to 5).
REFERENCE_SPAN = 4.0
#: The most answers a plan names: beyond it a touchpoint's spread makes the aim unreachable in practice.
MAX_PLANNED = 10_000_000


def half_width_on(scale: SatisfactionScale, half_width: float = DEFAULT_HALF_WIDTH) -> float:
    """``half_width`` (on a 1-5 scale) carried onto ``scale``: ±0.5 on 1-5 is ±1.125 on 1-10."""
    return half_width * (scale.high - scale.low) / REFERENCE_SPAN


def answers_needed(sd: float, half_width: float, confidence: float = CONFIDENCE) -> int:
    """The fewest answers (at least 2) whose t interval has a half-width of ``half_width`` or less,
    for values spread by ``sd``; at most ``MAX_PLANNED``."""
    if not (math.isfinite(sd) and sd >= 0 and math.isfinite(half_width) and half_width > 0):
        raise ValueError("A plan needs a finite spread and a positive half-width.")
    p = 1 - (1 - confidence) / 2

    def fits(n: int) -> bool:
        return t_quantile(p, n - 1) * sd / math.sqrt(n) <= half_width
    # The normal interval is narrower than the t one: its n is a lower bound.
    low = max(2, min(MAX_PLANNED, math.ceil((Z_95 * sd / half_width) ** 2) if sd else 2))
    if fits(low):
        return low
    high = low
    while not fits(high):
        if high >= MAX_PLANNED:
            return MAX_PLANNED
        low, high = high, min(MAX_PLANNED, high * 2)
    while high - low > 1:  # fits(high), not fits(low): the half-width shrinks as n grows
        middle = (low + high) // 2
        low, high = (low, middle) if fits(middle) else (middle, high)
    return high


@dataclass(frozen=True)
class Plan:
    """One touchpoint's plan: the answers and spread of the latest wave that has any, the interval's
    half-width now, and the answers needed in all and beyond those (``None``: fewer than two answers,
    no spread to plan from)."""

    touchpoint_id: str
    wave: str
    n: int
    sd: float | None
    margin: float | None
    needed: int | None

    @property
    def more(self) -> int | None:
        return None if self.needed is None else max(0, self.needed - self.n)


def plan_next_survey(project: Project, map_id: str, half_width: float = DEFAULT_HALF_WIDTH,
                     persona_id: str | None = None) -> list[Plan]:
    """A plan per touchpoint of the map that a wave has answers for, in journey order."""
    jmap = project.find(map_id)
    target = half_width_on(jmap.scale, half_width)
    latest: dict[str, tuple[str, Summary]] = {}
    for wave in map_waves(project, map_id):
        for touchpoint, summary in wave_scores(project, wave, persona_id).items():
            latest[touchpoint] = (wave.label, summary)
    plans = []
    for touchpoint in jmap.touchpoints:
        if touchpoint.id not in latest:
            continue
        label, summary = latest[touchpoint.id]
        needed = None if summary.sd is None else answers_needed(summary.sd, target)
        plans.append(Plan(touchpoint.id, label, summary.n, summary.sd, summary.margin, needed))
    return plans
