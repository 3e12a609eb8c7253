"""Survey waves: a map's surveys over time, per touchpoint, and the changes the data supports.

A wave is the surveys of a map that carry one label ("2026 Q3"; a survey with no label is
a wave of its own, named by the survey), ordered by its fieldwork period. Each touchpoint
gets, per wave, the mean score with its t interval and, where the wave asks it, the NPS
with its margin. A change between two consecutive waves is marked only where it is
statistically supported at 95%, two-sided: Welch's t test for means (unequal variances,
Welch-Satterthwaite degrees of freedom), and for the NPS the margin of error of the
difference of two independent scores.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from cxdesigner.analysis.nps import NetPromoter, net_promoter_counts
from cxdesigner.analysis.responses import score_questions, segment_personas, to_map_scale
from cxdesigner.analysis.stats import CONFIDENCE, Summary, summarize_counts, t_two_sided
from cxdesigner.model import Project, SurveyDataset


@dataclass(frozen=True)
class Wave:
    """The surveys of one wave of a map, its label and fieldwork period (``None``: not known)."""

    label: str
    surveys: tuple[SurveyDataset, ...]
    start: date | None
    end: date | None

    @property
    def period(self) -> str:
        """The fieldwork period as text: "2026-07-01 – 2026-07-31", "from 2026-07-01", "until …" or ""."""
        if self.start and self.end:
            return f"{self.start.isoformat()} – {self.end.isoformat()}"
        if self.start or self.end:
            return f"from {self.start.isoformat()}" if self.start else f"until {self.end.isoformat()}"
        return ""


def wave_label(dataset: SurveyDataset) -> str:
    """The wave a survey belongs to: its label, or its own name when it has none."""
    return dataset.wave.strip() or dataset.name


def map_waves(project: Project, map_id: str) -> list[Wave]:
    """The waves of map ``map_id``, oldest first (by fieldwork, then import date, then the order of import)."""
    grouped: dict[str, list[SurveyDataset]] = defaultdict(list)
    for dataset in project.surveys:
        if dataset.map_id == map_id:
            grouped[wave_label(dataset)].append(dataset)
    waves = []
    for label, surveys in grouped.items():
        starts = [d.fieldwork_start for d in surveys if d.fieldwork_start]
        ends = [d.fieldwork_end for d in surveys if d.fieldwork_end]
        waves.append(Wave(label, tuple(surveys), min(starts) if starts else None, max(ends) if ends else None))
    order = {id(d): i for i, d in enumerate(project.surveys)}

    def when(wave: Wave) -> tuple:
        imported = [d.imported_at.date() for d in wave.surveys if d.imported_at]
        moment = wave.start or wave.end or (min(imported) if imported else None)
        return (moment is None, moment or date.min, min(order[id(d)] for d in wave.surveys))
    return sorted(waves, key=when)


#: The answers of the last few surveys counted: a redraw of Insights after an edit counts nothing again.
_COUNTED: dict[int, tuple[list, int, Counter]] = {}
_COUNTED_KEPT = 16


def _answer_counts(dataset: SurveyDataset) -> Counter:
    """``(question, segment, value)`` -> how many answers there are of it (no value and non-finite ones left out).

    A survey's answers are not edited in place (an import adds a new dataset), so the counts are
    kept for the answers list they were taken from, while it keeps its length.
    """
    answers = dataset.answers
    entry = _COUNTED.get(id(dataset))
    if entry is not None and entry[0] is answers and entry[1] == len(answers):
        return entry[2]
    counts = Counter((a.question, a.segment, a.value) for a in answers)
    for key in [k for k in counts if k[2] is None or not math.isfinite(k[2])]:
        del counts[key]
    if len(_COUNTED) >= _COUNTED_KEPT:
        _COUNTED.pop(next(iter(_COUNTED)))
    _COUNTED[id(dataset)] = (answers, len(answers), counts)
    return counts


def wave_counts(project: Project, wave: Wave, persona_id: str | None = None) -> dict[str, Counter]:
    """Touchpoint id -> score on the map's scale -> how many times it was given in ``wave``; every
    respondent's, or only those of ``persona_id``'s segment."""
    found: dict[str, Counter] = defaultdict(Counter)
    for dataset in wave.surveys:
        jmap = project.find(dataset.map_id)
        convert = to_map_scale(dataset, jmap)
        questions = score_questions(dataset)
        personas = segment_personas(project, dataset) if persona_id is not None else {}
        for (question, segment, value), count in _answer_counts(dataset).items():
            touchpoint = questions.get(question)
            if touchpoint is None or (persona_id is not None and personas.get(segment) != persona_id):
                continue
            found[touchpoint][convert(value)] += count
    return dict(found)


def wave_scores(project: Project, wave: Wave, persona_id: str | None = None) -> dict[str, Summary]:
    """Touchpoint id -> the summary (mean, sd, 95% t interval) of the scores given there in ``wave``."""
    return {tp: summarize_counts(counts) for tp, counts in wave_counts(project, wave, persona_id).items() if counts}


def wave_nps(project: Project, wave: Wave, persona_id: str | None = None) -> dict[str | None, NetPromoter]:
    """The NPS of ``wave``: under ``None`` for the whole journey, under a touchpoint id where its question
    is tied to one."""
    pooled: dict[str | None, Counter] = defaultdict(Counter)
    for dataset in wave.surveys:
        if dataset.nps_question is None:
            continue
        personas = segment_personas(project, dataset) if persona_id is not None else {}
        about = dataset.question_touchpoints.get(dataset.nps_question)
        for (question, segment, value), count in _answer_counts(dataset).items():
            if question == dataset.nps_question and (persona_id is None or personas.get(segment) == persona_id):
                pooled[about][value] += count
    found = {}
    for about, counts in pooled.items():
        result = net_promoter_counts(counts)
        if result is not None:
            found[about] = result
    return found


# -- is a change supported? ---------------------------------------------------------------

@dataclass(frozen=True)
class WelchTest:
    """Welch's t test of ``later.mean - earlier.mean``: the statistic, its degrees of freedom and p-value."""

    difference: float
    t: float
    df: float
    p: float

    @property
    def supported(self) -> bool:
        return self.p < 1 - CONFIDENCE


def welch(earlier: Summary, later: Summary) -> WelchTest | None:
    """Welch's two-sided t test between two means; ``None`` when either has fewer than two values or
    neither varies (there is then nothing to weigh the difference against)."""
    if earlier.sd is None or later.sd is None:
        return None
    a, b = earlier.sd ** 2 / earlier.n, later.sd ** 2 / later.n
    if a + b == 0:
        return None
    difference = later.mean - earlier.mean
    t = difference / math.sqrt(a + b)
    df = (a + b) ** 2 / (a * a / (earlier.n - 1) + b * b / (later.n - 1))
    return WelchTest(difference, t, df, t_two_sided(t, df))


@dataclass(frozen=True)
class NpsChange:
    """The difference of two NPS (points) and its 95% margin of error."""

    difference: float
    margin: float

    @property
    def supported(self) -> bool:
        return abs(self.difference) > self.margin


def nps_change(earlier: NetPromoter, later: NetPromoter) -> NpsChange:
    """The change of NPS between two independent samples, with the margin of the difference:
    z times the square root of the sum of both scores' squared standard errors."""
    margin = math.hypot(earlier.margin, later.margin)  # each margin is z * its standard error
    return NpsChange(later.score - earlier.score, margin)


# -- the table of a map's waves -------------------------------------------------------------

@dataclass(frozen=True)
class WaveCell:
    """One touchpoint in one wave: the satisfaction (``None``: no answers) and the NPS asked about it,
    each with the change since the wave before (``None``: nothing to compare)."""

    satisfaction: Summary | None = None
    satisfaction_change: WelchTest | None = None
    nps: NetPromoter | None = None
    nps_change: NpsChange | None = None


@dataclass(frozen=True)
class WaveTable:
    """A map's waves, oldest first, and per touchpoint (in journey order) a cell per wave; the
    journey's NPS per wave under ``journey``."""

    waves: list[Wave]
    rows: dict[str, list[WaveCell]] = field(default_factory=dict)
    journey: list[WaveCell] = field(default_factory=list)


def wave_table(project: Project, map_id: str, persona_id: str | None = None) -> WaveTable:
    """Every wave of map ``map_id`` side by side, with the changes between consecutive waves."""
    jmap = project.find(map_id)
    waves = map_waves(project, map_id)
    scores = [wave_scores(project, wave, persona_id) for wave in waves]
    nps = [wave_nps(project, wave, persona_id) for wave in waves]
    rows: dict[str, list[WaveCell]] = {}
    for touchpoint in jmap.touchpoints:
        summaries = [s.get(touchpoint.id) for s in scores]
        scores_here = [n.get(touchpoint.id) for n in nps]
        if any(summaries) or any(scores_here):
            rows[touchpoint.id] = _cells(summaries, scores_here)
    return WaveTable(waves, rows, _cells([None] * len(waves), [n.get(None) for n in nps]))


def _cells(summaries: list[Summary | None], scores: list[NetPromoter | None]) -> list[WaveCell]:
    cells = []
    for i, (summary, score) in enumerate(zip(summaries, scores)):
        before, before_nps = (summaries[i - 1], scores[i - 1]) if i else (None, None)
        cells.append(WaveCell(summary, welch(before, summary) if before and summary else None,
                              score, nps_change(before_nps, score) if before_nps and score else None))
    return cells


def wave_line(project: Project, map_id: str, label: str, persona_id: str | None = None) -> dict[str, float]:
    """Touchpoint id -> the mean score in the wave named ``label`` (the "ghost" of an earlier wave)."""
    for wave in map_waves(project, map_id):
        if wave.label == label:
            return {tp: summary.mean for tp, summary in wave_scores(project, wave, persona_id).items()}
    return {}
