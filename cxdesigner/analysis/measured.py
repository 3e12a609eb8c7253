"""Ratings measured from survey data, and the changes that apply them to a map.

``measure_ratings`` computes, from a survey's raw answers, the rating each
touchpoint and persona get: the mean score on the map's scale, the number of
answers, their standard deviation and the 95% t interval, with evidence
"survey". ``rating_changes`` compares them with the map's current ratings, so
the interface can push only what changes, as one undo step::

    changes = rating_changes(project, dataset)
    commands = [SetValueCommand(project, RATING, c.map_id, c.touchpoint_id, c.persona_id, c.new.value, **c.details)
                for c in changes]
    document.push(MacroCommand(project, "Apply survey ratings", commands))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cxdesigner.analysis.responses import touchpoint_scores
from cxdesigner.analysis.stats import CONFIDENCE, summarize
from cxdesigner.model import RATING, Evidence, Project, Rating, SurveyDataset

#: Below this many answers a measured rating is flagged as resting on few answers.
DEFAULT_MIN_ANSWERS = 10


@dataclass(frozen=True)
class MeasuredRating:
    """What a survey says about one touchpoint for one persona, on the map's scale.

    ``sd`` and the interval are ``None`` for a single answer. ``few_answers`` is set
    when ``n`` is under the threshold the rating was measured with.
    """

    touchpoint_id: str
    persona_id: str
    n: int
    mean: float
    sd: float | None
    interval_low: float | None
    interval_high: float | None
    few_answers: bool

    @property
    def details(self) -> dict[str, Any]:
        """The rating's fields beside its value: ``SetValueCommand(..., RATING, value, **details)``."""
        return {"evidence": Evidence.SURVEY, "n": self.n, "spread": self.sd,
                "interval_low": self.interval_low, "interval_high": self.interval_high}

    def rating(self) -> Rating:
        return Rating(touchpoint_id=self.touchpoint_id, persona_id=self.persona_id, value=self.mean, **self.details)


def measure_ratings(project: Project, dataset: SurveyDataset, *, min_answers: int = DEFAULT_MIN_ANSWERS,
                    confidence: float = CONFIDENCE) -> list[MeasuredRating]:
    """The ratings ``dataset`` implies for its map, in journey order (personas in the map's order).

    Touchpoints and personas without a single answer get none: the map keeps what it had.
    """
    jmap = project.find(dataset.map_id)
    scores = touchpoint_scores(project, dataset)
    measured = []
    for touchpoint in jmap.touchpoints:
        for persona_id in jmap.persona_ids:
            values = scores.get((touchpoint.id, persona_id))
            if not values:
                continue
            summary = summarize(values, confidence)
            mean = jmap.scale.clamp(summary.mean)  # rounding may step a hair outside
            measured.append(MeasuredRating(touchpoint.id, persona_id, summary.n, mean, summary.sd,
                                           summary.low, summary.high, summary.n < min_answers))
    return measured


@dataclass(frozen=True)
class RatingChange:
    """Replace ``old`` (``None``: no rating yet) by the measured ``new`` at one touchpoint for one persona."""

    map_id: str
    touchpoint_id: str
    persona_id: str
    old: Rating | None
    new: Rating
    measured: MeasuredRating

    @property
    def details(self) -> dict[str, Any]:
        return self.measured.details


def rating_changes(project: Project, dataset: SurveyDataset, measured: list[MeasuredRating] | None = None, *,
                   skip_few: bool = False, min_answers: int = DEFAULT_MIN_ANSWERS) -> list[RatingChange]:
    """The ratings of ``dataset``'s map that measuring it would change (unchanged ones are left out).

    ``measured`` defaults to ``measure_ratings(project, dataset)``; ``skip_few`` leaves out
    ratings resting on fewer than ``min_answers`` answers.
    """
    if measured is None:
        measured = measure_ratings(project, dataset, min_answers=min_answers)
    jmap = project.find(dataset.map_id)
    changes = []
    for m in measured:
        if skip_few and m.few_answers:
            continue
        old, new = jmap.rating(m.touchpoint_id, m.persona_id), m.rating()
        if old != new:
            changes.append(RatingChange(jmap.id, m.touchpoint_id, m.persona_id, old, new, m))
    return changes


def apply_rating_changes(project: Project, changes: list[RatingChange]) -> None:
    """Set every changed rating directly (the command line; the editor pushes commands instead)."""
    for change in changes:
        project.set_value(RATING, change.map_id, change.new)
