"""Survey data: the raw answers of real customers, kept so figures can be recomputed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from cxdesigner.model.base import Entity


@dataclass(kw_only=True, slots=True)
class SurveyAnswer:
    """One respondent's answer to one question (a touchpoint score, or NPS 0-10)."""

    respondent: str
    question: str
    value: float | None = None
    segment: str = ""
    comment: str = ""


@dataclass(kw_only=True, slots=True)
class SurveyDataset(Entity):
    """An imported survey for one map, in long form, on the survey's own scale.

    ``question_touchpoints`` maps each question to the touchpoint it measures
    (or ``None`` when it measures none); ``nps_question`` names the 0-10 one.
    A map keeps several surveys over time: ``wave`` names the one this is ("2026 Q3";
    surveys of one label are pooled) and the fieldwork period is when its answers
    were collected, which orders the waves.
    """

    name: str
    map_id: str
    source: str = ""
    imported_at: datetime | None = None
    scale_low: float = 1.0
    scale_high: float = 5.0
    question_touchpoints: dict[str, str | None] = field(default_factory=dict)
    nps_question: str | None = None
    answers: list[SurveyAnswer] = field(default_factory=list)
    wave: str = ""
    fieldwork_start: date | None = None
    fieldwork_end: date | None = None
