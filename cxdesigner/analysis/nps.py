"""The Net Promoter Score and its margin of error, for a map and per touchpoint where it was asked.

Each answer to the 0-10 "would you recommend us" question is coded +1
(promoter, 9-10), 0 (passive, 7-8) or -1 (detractor, 0-6); the NPS is the mean
of the codes times 100, and its margin comes from their variance.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cxdesigner.analysis.responses import nps_answers
from cxdesigner.model import Project

PROMOTER_FROM = 9
DETRACTOR_UP_TO = 6
#: The normal quantile for a two-sided 95% interval.
Z_95 = 1.959963984540054


@dataclass(frozen=True)
class NetPromoter:
    """Counts, score (-100 to +100) and 95% margin of error (in points) of a set of 0-10 answers."""

    promoters: int
    passives: int
    detractors: int
    score: float
    margin: float

    @property
    def n(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def low(self) -> float:
        return max(-100.0, self.score - self.margin)

    @property
    def high(self) -> float:
        return min(100.0, self.score + self.margin)

    def share(self, group: str) -> float:
        """Percentage of ``"promoters"``, ``"passives"`` or ``"detractors"``."""
        return 100 * getattr(self, group) / self.n


def net_promoter(answers: Iterable[float]) -> NetPromoter | None:
    """The NPS of ``answers`` (values outside 0-10 are not answers and are left out); ``None`` for none."""
    promoters = passives = detractors = 0
    for value in answers:
        if not 0 <= value <= 10:
            continue
        if value >= PROMOTER_FROM:
            promoters += 1
        elif value <= DETRACTOR_UP_TO:
            detractors += 1
        else:
            passives += 1
    return _score(promoters, passives, detractors)


def net_promoter_counts(counts: Mapping[float, int]) -> NetPromoter | None:
    """``net_promoter`` of answers given as value -> how many times it was given."""
    promoters = passives = detractors = 0
    for value, count in counts.items():
        if not 0 <= value <= 10:
            continue
        if value >= PROMOTER_FROM:
            promoters += count
        elif value <= DETRACTOR_UP_TO:
            detractors += count
        else:
            passives += count
    return _score(promoters, passives, detractors)


def _score(promoters: int, passives: int, detractors: int) -> NetPromoter | None:
    n = promoters + passives + detractors
    if n == 0:
        return None
    p, d = promoters / n, detractors / n
    mean = p - d
    variance = max(0.0, p + d - mean * mean)  # of the +1/0/-1 codes
    return NetPromoter(promoters, passives, detractors, 100 * mean, 100 * Z_95 * math.sqrt(variance / n))


@dataclass(frozen=True)
class NpsReport:
    """The NPS of a map's surveys: for the whole journey, and per touchpoint where it was asked about one."""

    journey: NetPromoter | None
    by_touchpoint: dict[str, NetPromoter] = field(default_factory=dict)


def map_nps(project: Project, map_id: str, persona_id: str | None = None) -> NpsReport:
    """The NPS of every survey of map ``map_id`` (answers of the same kind pooled), for one persona if given.

    A survey's NPS question measures the whole journey, unless its question mapping
    ties it to a touchpoint: then it is that touchpoint's NPS.
    """
    pooled: dict[str | None, list[float]] = {}
    for dataset in project.surveys:
        if dataset.map_id != map_id or dataset.nps_question is None:
            continue
        about = dataset.question_touchpoints.get(dataset.nps_question)
        pooled.setdefault(about, []).extend(nps_answers(project, dataset, persona_id))
    by_touchpoint = {}
    jmap = project.find(map_id)
    for touchpoint in jmap.touchpoints:
        result = net_promoter(pooled.get(touchpoint.id, ()))
        if result is not None:
            by_touchpoint[touchpoint.id] = result
    return NpsReport(net_promoter(pooled.get(None, ())), by_touchpoint)
